#!/usr/bin/env python3
"""Count candidate duplicate events in a compiled dataset (events.jsonl).

A candidate duplicate is a pair of events that look like one real-world
event left as two by the merge: the same event type, the same canonical
participant set (actor ids, else lower-cased names; the guests only for a
visit, as the merge blocks them), the same country (or one of them without
a country), and overlapping windows:

  dated      both have dates and the intervals overlap (a coarse "May 2015"
             contains "May 12, 2015" as well);
  undated    one has no dates and one of its reports was published within
             the other's interval .. 60 days after its end (7 for a call);
  both-open  neither has dates and their reports are within 7 days.

Pairs where both events are derived, or the same document holds both, are
counted apart (`same-doc`): two mentions of one document that the merge kept
apart are usually two different events (two stops of one trip). Also counted
apart (`subset`): dated, overlapping pairs where one participant set is inside
the other (at least two shared for a meeting or call): a visit of one member
of a travelling party, or a meeting whose host was not recognized, but also a
bilateral on the sidelines of a summit.

With --wide (round 8 merge audit, docs/audits/round8-merge.md), the
criterion is the wider one an auditor reads pairs by: the same event type,
at least one shared side (a guest for a visit), starts at most 21 days
apart (an undated event starts at its first report), and compatible places
(the same city or country, or one of them without one). Each pair is tagged
with what differs: status, date (and whether one start is a report day of
the other), place missing, side set, and how the side sets relate: equal,
nested (one inside the other) or overlap (each has a side the other lacks:
"Biden calls Macron" and "Biden calls Scholz", two events by definition).
Several DIRs pool their pairs (in argument order) for --sample, which draws
from the equal and nested pairs only.

Usage: scripts/dupes.py DIR_OR_EVENTS_JSONL [-v] [--json]
       scripts/dupes.py --wide DIR... [-v] [--json] [--sample N --seed S]
  -v        list the pairs (ids, titles, dates, documents)
  --json    one JSON object with the counts
  --wide    the wider criterion above; -v lists every pair
  --sample N --seed S   with --wide: list a seeded random N of the pairs
                        (random.seed(S); random.sample of the pairs in
                        sorted order), with the sources' quotes
"""
import random
import json
import sys
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path


def load(arg):
    p = Path(arg)
    if p.is_dir():
        p = p / "events.jsonl"
    with open(p, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def day(s):
    return date.fromisoformat(s) if s else None


def key(ev):
    keys = set()
    for p in ev.get("participants") or []:
        if ev["event_type"] == "visit" and p.get("role") != "guest":
            continue
        keys.add(p.get("actor_id") or (p.get("name") or "").lower())
    return frozenset(keys)


def window(ev):
    s, e = day(ev.get("start_date")), day(ev.get("end_date"))
    if s and e:
        return (s, e)
    return None


def reported(ev):
    return sorted({day(s["published"]) for s in ev.get("sources") or [] if s.get("published")})


def docs(ev):
    return {s["doc_id"] for s in ev.get("sources") or []}


def forums_fit(a, b):
    """The merge's own test (src/extract/forum.rs, `fits`): the same forum,
    or ministers of no named field beside one field's council, never beside
    the leaders, the officials or a committee."""
    field = lambda t: t not in ("leaders", "officials", "committee", "ministers")
    return a == b or (a == "ministers" and field(b)) or (b == "ministers" and field(a))


def relation(a, b):
    """The kind of candidate pair, or None."""
    ca, cb = a.get("country_code"), b.get("country_code")
    if ca and cb and ca != cb:
        return None
    pa, pb = a.get("place_id"), b.get("place_id")
    if pa and pb and pa != pb:
        return None
    fa, fb = a.get("forum"), b.get("forum")
    if fa and fb and not forums_fit(fa, fb):
        return None
    wa, wb = window(a), window(b)
    lag = 7 if a["event_type"] == "call" else 60
    if wa and wb:
        return "dated" if wa[0] <= wb[1] and wb[0] <= wa[1] else None
    if wa or wb:
        w, other = (wa, b) if wa else (wb, a)
        for r in reported(other):
            if w[0] <= r <= w[1] + timedelta(days=lag):
                return "undated"
        return None
    ra, rb = reported(a), reported(b)
    if any(abs((x - y).days) <= 7 for x in ra for y in rb):
        return "both-open"
    return None


def sides(ev):
    """Every side's key (for a visit, the guests)."""
    return key(ev)


def start(ev):
    """The start date, else the first report (an undated event)."""
    s = day(ev.get("start_date"))
    if s:
        return s
    r = reported(ev)
    return r[0] if r else None


def compatible(x, y):
    return not (x and y and x != y)


def wide_tags(a, b):
    """What differs between the two events of a wide pair."""
    tags = []
    if a["status"] != b["status"]:
        tags.append("status")
    sa, sb = day(a.get("start_date")), day(b.get("start_date"))
    if sa and sb and (sa, a.get("end_date")) != (sb, b.get("end_date")):
        tags.append("date")
        # one event is dated by a report day of the other (or its own)
        days = set(reported(a)) | set(reported(b))
        if sa in days or sb in days:
            tags.append("report-day")
    elif not (sa and sb) and (sa or sb):
        tags.append("undated")
    if bool(a.get("country_code")) != bool(b.get("country_code")) or bool(
        a.get("place_id")
    ) != bool(b.get("place_id")):
        tags.append("place-missing")
    ka, kb = sides(a), sides(b)
    if ka != kb:
        tags.append("sides")
        tags.append("nested" if ka < kb or kb < ka else "overlap")
    else:
        tags.append("equal")
    return tags


def wide_pairs(events):
    """Pairs of the wide criterion, sorted by the two event ids."""
    out = []
    evs = sorted((ev for ev in events if sides(ev) and start(ev)), key=lambda e: e["event_id"])
    by_type = {}
    for ev in evs:
        by_type.setdefault(ev["event_type"], []).append(ev)
    for kind in sorted(by_type):
        for a, b in combinations(by_type[kind], 2):
            if not (sides(a) & sides(b)):
                continue
            if abs((start(a) - start(b)).days) > 21:
                continue
            if not compatible(a.get("country_code"), b.get("country_code")):
                continue
            if not compatible(a.get("place_id"), b.get("place_id")):
                continue
            out.append((a, b))
    return out


def show(ev, quotes=False):
    print(
        f"  {ev['event_id']} {ev['status']:9} {ev.get('date_edtf') or '-':24}"
        f" {ev.get('place_id') or '-'}/{ev.get('country_code') or '-'}"
        f" {ev['title']} <- {','.join(sorted(docs(ev)))}"
    )
    if quotes:
        for s in ev.get("sources") or []:
            q = " ".join((s.get("quote") or "").split())
            print(f"      [{s['doc_id']} {s.get('published')}] {q[:300]}")


def wide(paths, verbose, as_json, n, seed):
    pairs = []
    counts = {"events": 0}
    for path in paths:
        events = load(path)
        counts["events"] += len(events)
        pairs.extend(wide_pairs(events))
    counts["wide"] = len(pairs)
    for a, b in pairs:
        for t in wide_tags(a, b):
            counts[t] = counts.get(t, 0) + 1
    listed = pairs
    if n:
        pool = [(a, b) for a, b in pairs if "overlap" not in wide_tags(a, b)]
        random.seed(seed)
        listed = random.sample(pool, min(n, len(pool)))
    if verbose or n:
        for k, (a, b) in enumerate(listed, 1):
            print(f"#{k} {a['event_type']} [{','.join(wide_tags(a, b))}]")
            show(a, quotes=bool(n))
            show(b, quotes=bool(n))
    if as_json:
        print(json.dumps(counts))
    else:
        tags = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k not in ("events", "wide"))
        print(f"{counts['events']} events; wide candidate pairs: {counts['wide']} ({tags})")


def main():
    argv = sys.argv[1:]
    opt = {}
    for name in ("--sample", "--seed"):
        if name in argv:
            k = argv.index(name)
            if k + 1 >= len(argv):
                sys.exit(__doc__)
            opt[name] = int(argv[k + 1])
            del argv[k : k + 2]
    args = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in sys.argv
    as_json = "--json" in sys.argv
    if "--wide" in sys.argv and args:
        return wide(args, verbose, as_json, opt.get("--sample", 0), opt.get("--seed", 0))
    if len(args) != 1:
        sys.exit(__doc__)
    events = load(args[0])
    blocks = {}
    for ev in events:
        k = key(ev)
        if k:
            blocks.setdefault((ev["event_type"], k), []).append(ev)
    counts = {"events": len(events), "dated": 0, "undated": 0, "both-open": 0, "same-doc": 0}
    pairs = []
    for (_, _), evs in sorted(blocks.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
        for a, b in combinations(evs, 2):
            rel = relation(a, b)
            if rel is None:
                continue
            if docs(a) & docs(b) and len(docs(a) | docs(b)) == 1 or (a["derived"] and b["derived"]):
                counts["same-doc"] += 1
                rel = "same-doc:" + rel
            else:
                counts[rel] += 1
            pairs.append((rel, a, b))
    counts["candidates"] = counts["dated"] + counts["undated"] + counts["both-open"]
    # looser: one participant set inside the other (two or more shared for a
    # meeting or call), dated and overlapping; a bilateral on a summit's
    # sidelines is one of these too, so they are counted, not called duplicates
    subset = []
    dated = [ev for ev in events if window(ev) and key(ev)]
    for a, b in combinations(dated, 2):
        ka, kb = key(a), key(b)
        if a["event_type"] != b["event_type"] or ka == kb or not (ka < kb or kb < ka):
            continue
        if a["event_type"] != "visit" and min(len(ka), len(kb)) < 2:
            continue
        if relation(a, b) == "dated":
            subset.append(("subset", a, b))
    counts["subset"] = len(subset)
    if verbose:
        pairs.extend(subset)
    if verbose:
        for rel, a, b in pairs:
            print(f"{rel}\t{a['event_type']}")
            for ev in (a, b):
                print(
                    f"  {ev['event_id']} {ev['status']:9} {ev.get('date_edtf') or '-':24}"
                    f" {ev.get('place_id') or '-'}/{ev.get('country_code') or '-'}"
                    f" {ev['title']} <- {','.join(sorted(docs(ev)))}"
                )
    if as_json:
        print(json.dumps(counts))
    else:
        print(
            f"{counts['events']} events; candidate duplicate pairs: {counts['candidates']}"
            f" (dated {counts['dated']}, undated {counts['undated']},"
            f" both-open {counts['both-open']}); same-doc {counts['same-doc']};"
            f" participant subsets {counts['subset']}"
        )


if __name__ == "__main__":
    main()
