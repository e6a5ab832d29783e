#!/usr/bin/env python3
"""How many official trips does a corpus speak of, and how many of those become compiled visits?

Usage: scripts/coverage.py CORPUS_DIR EVENTS_JSONL [--trips TSV] [--reference DIR]
                           [--before 30] [--after 7] [--list] [--sample N] [--json]

CORPUS_DIR is the corpus the dataset was compiled from: a folder of White House Markdown
statements (YAML front matter with `date:`) or of Reuters-21578 SGML files. EVENTS_JSONL is the
compiled dataset's events.jsonl. The trips are the Office of the Historian's itineraries
(shared/data/travels/all_trips_flat.tsv), one row per country stop.

The era is the corpus's publication span. For every trip starting in it, the documents dated
from BEFORE days before the trip's start to AFTER days after its end are searched, sentence by
sentence, for the trip:
  mentioned  a sentence names the destination (the trip's country: name or alias from
             data/reference/countries.tsv; or one of its cities) at most 80 characters after a
             movement word (visit, travel, trip, arrive, depart, fly, leave for, stop in, go to,
             ...), or has an event word (met, talks, summit, attend, speech, ...) and
             "in/at <destination>"; and that sentence or the one before names the traveller
             (last name; in White House statements also "the President" for a President). Or
             the dateline names a trip city and the body the traveller; or the title has the
             destination after a movement word and the document names the traveller.
  weak       the traveller and the destination share a sentence, without a travel word (a call
             with the country's leader, a policy statement): counted apart, not in the
             denominator.
Each trip is then looked up among the compiled events:
  visit      a visit (any status but cancelled) whose guest has the traveller's last name, in the
             trip's country (or one of its cities), its dates overlapping the trip's (one day of
             slack);
  visit~     the same but dated elsewhere in the search window, or undated with a source document
             in the window (the trip is found, its date is wrong or missing);
  other      no such visit, but a meeting/other event with the traveller in the trip's country
             dated in the trip (the trip shows only as a meeting there).
Documents in gold/inputs/*.txt (held out) are marked with a `*` in the listing.

Prints one table line per corpus era, then (with --list) every mentioned trip with its status
and the evidence sentence, or (with --sample N) N mentioned-but-missed trips, stratified by
role. Exit 0 always (a report, not a test).
"""
import argparse
import datetime as dt
import glob
import html
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_travels as et  # noqa: E402

ROOT = et.ROOT
MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}
# Words of movement: the destination must follow within a few words ("will travel to Brussels",
# "will visit Egypt, Cambodia, and Indonesia", "arriving in Moscow from Helsinki").
TRAVEL = re.compile(
    r"\b(visit(s|ed|ing)?|travel\w*|trips?|tour(s|ed|ing)?|arriv\w*|depart(s|ed|ing|ure)?|"
    r"fl(y|ies|ew|ying)|journey\w*|stop(s|ped|over)? in|landed|leav(e|es|ing) for|left for|"
    r"head(s|ed|ing)? (to|for)|go(es|ing)? to|went to|will be in|while in|hosted by|welcomed by|"
    r"shuttle)\b", re.I)
NEAR = 80
# Words of an event that place the traveller where a following "in/at <place>" says
# ("met today with President Duda of Poland in Warsaw", "the NATO Summit in Brussels").
LOCATED = re.compile(r"\b(met|meets?|meeting|talks|spoke|speech|remarks|attend\w*|margins|"
                     r"summit|conference|session|ceremony|signed|held|hold)\b", re.I)


def travel_to(s, prx, inrx):
    """A movement word followed closely by the place, or an event word and "in/at <place>"."""
    places = [m.start() for m in prx.finditer(s)]
    for m in TRAVEL.finditer(s):
        if any(m.end() <= p <= m.end() + NEAR for p in places):
            return True
    return bool(LOCATED.search(s) and inrx.search(s))


def parse_date_reuters(s):
    m = re.match(r"\s*(\d+)-([A-Z]{3})-(\d{4})", s or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), MONTHS.get(m.group(2), 0), int(m.group(1)))
    except ValueError:
        return None


def read_whitehouse(root):
    docs = []
    for path in sorted(glob.glob(os.path.join(root, "**", "*.md"), recursive=True)):
        text = open(path, encoding="utf-8", errors="replace").read()
        m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
        head, body = (m.group(1), m.group(2)) if m else ("", text)
        d = re.search(r"^date:\s*'?(\d{4}-\d{2}-\d{2})", head, re.M)
        t = re.search(r"^title:\s*(.*(?:\n\s+.*)*)", head, re.M)
        title = t.group(1) if t else ""
        try:
            title = json.loads(re.sub(r"\\\n\s*\\?", "", title)) if title.startswith('"') else title
        except ValueError:
            pass
        rel = os.path.relpath(path, root)
        docs.append(dict(id=os.path.splitext(os.path.basename(path))[0], key=rel,
                         date=et.date(d.group(1)) if d else None, title=str(title).replace("\xa0", " "),
                         dateline="", body=body.replace("\\###", "")))
    return docs


def read_reuters(root):
    docs = []
    for path in sorted(glob.glob(os.path.join(root, "*.sgm"))):
        raw = open(path, encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', raw, re.S):
            body = m.group(2)

            def tag(name):
                t = re.search(rf"<{name}>(.*?)</{name}>", body, re.S)
                return html.unescape(t.group(1)) if t else ""

            docs.append(dict(id=f"reuters-{m.group(1)}", key=(m.group(1), os.path.basename(path)),
                             date=parse_date_reuters(tag("DATE")), title=tag("TITLE"),
                             dateline=tag("DATELINE"), body=re.sub(r"\x03", "", tag("BODY"))))
    return docs


def held_out():
    out = set()
    for name in ("whitehouse.txt", "reuters.txt"):
        path = os.path.join(ROOT, "gold", "inputs", name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            out.add((cols[0], cols[1]) if len(cols) >= 2 else cols[0])
    return out


def fold(text):
    """Accents dropped, case kept (the trip file writes "Rzeszow", the text "Rzeszów")."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).replace("\xa0", " ")


def sentences(text):
    text = re.sub(r"\s+", " ", fold(text)).strip()
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'“(])", text) if s]


def place_terms(idx_rows, trip):
    """Regexes for the trip's country (names and aliases, no adjectives) and its cities."""
    names = set()
    for code, row_names in idx_rows.items():
        if trip["code"] and et.same_country(code, trip["code"]):
            names |= row_names
    cities = {c for c in trip["cities"] if len(c) > 2}
    cities |= {re.sub(r"\s*\(.*?\)", "", c).strip() for c in cities}
    if "west berlin" in cities:
        cities.add("berlin")
    terms = sorted({n for n in names | cities if n and n not in {"us", "uk"}}, key=len, reverse=True)
    if not terms:
        return None, None, None
    rx = re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)
    crx = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
                     + r")\b", re.I) if cities else None
    inrx = re.compile(r"\b(in|at) (the )?(" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)
    return rx, crx, inrx


def country_rows(ref):
    rows = {}
    for r in et.read_tsv(os.path.join(ref, "countries.tsv")):
        ns = {r["name"]} | {a for a in (r.get("aliases") or "").split("|") if a}
        rows.setdefault(r["code3"], set()).update(n for n in ns if len(n) > 2 or n.isupper())
    for k, v in et.EXTRA.items():
        rows.setdefault(v, set()).add(k)
    return rows


def measure(corpus, events_jsonl, trips_tsv, reference, before=30, after=7):
    """(counts, listing): the table's counts and, per trip of the era, (trip, label, evidence
    [(doc, (how, text))], matching events); label None for a trip nothing speaks of."""
    a = argparse.Namespace(corpus=corpus, events_jsonl=events_jsonl, trips=trips_tsv,
                           reference=reference, before=before, after=after)

    sgm = glob.glob(os.path.join(a.corpus, "*.sgm"))
    docs = read_reuters(a.corpus) if sgm else read_whitehouse(a.corpus)
    held = held_out()
    for d in docs:
        d["held"] = d["key"] in held
        d["sents"] = sentences(d["body"])
    docs = [d for d in docs if d["date"]]
    lo, hi = min(d["date"] for d in docs), max(d["date"] for d in docs)
    corpus_kind = "reuters" if sgm else "whitehouse"

    idx = et.country_index(a.reference)
    rows = country_rows(a.reference)
    trips = []
    for r in et.read_tsv(a.trips):
        s, e = et.date(r["start_date"]), et.date(r["end_date"])
        if s is None or not (lo <= s <= hi):
            continue
        trips.append(dict(role=r["role"], name=r["name"], last=et.last_name(r["name"]), start=s,
                          end=e or s, code=et.to_code(idx, r["country"], r["country_id"]),
                          country=r["country"],
                          cities=[et.norm(c) for c in re.split(r",| and ", r["cities"] or "") if c.strip()]))

    events = [json.loads(l) for l in open(a.events_jsonl, encoding="utf-8") if l.strip()]
    one = dt.timedelta(days=1)

    def guests(ev, last, roles):
        return any(et.last_name(p.get("name") or p.get("actor_id") or "") == last
                   and p.get("role") in roles for p in ev.get("participants") or [])

    def in_place(ev, t):
        code = (ev.get("country_code") or "").upper()
        return (t["code"] and code and et.same_country(t["code"], code)) or \
            et.norm(ev.get("place_name")) in t["cities"]

    counts = dict(corpus=corpus_kind, era=f"{lo}..{hi}", trips=len(trips), mentioned=0, weak=0,
                  visit=0, visit_loose=0, other_type=0, missed=0, compiled_unmentioned=0, by_role={})
    listing = []
    for t in trips:
        w0, w1 = t["start"] - dt.timedelta(days=a.before), t["end"] + dt.timedelta(days=a.after)
        prx, crx, inrx = place_terms(rows, t)
        who = re.compile(rf"\b{re.escape(t['last'])}\b", re.I)
        if corpus_kind == "whitehouse" and t["role"] == "president":
            who = re.compile(rf"\b({re.escape(t['last'])}|the President)\b", re.I)
        strong, weak = [], []
        window_docs = [d for d in docs if w0 <= d["date"] <= w1]
        for d in window_docs if prx else []:
            hit = None
            head = fold(f'{d["title"]} {d["dateline"]}')
            if crx and crx.search(d["dateline"]) and who.search(d["body"]):
                hit = ("dateline", d["dateline"].strip())
            ss = d["sents"]
            for i, s in enumerate(ss):
                if hit:
                    break
                if not prx.search(s):
                    continue
                if not travel_to(s, prx, inrx):
                    continue
                if who.search(s):
                    hit = ("sentence", s)
                elif i > 0 and who.search(ss[i - 1]):
                    hit = ("pair", ss[i - 1] + " " + s)
            if not hit and travel_to(head, prx, inrx) and who.search(head + " " + d["body"]):
                hit = ("title", d["title"].strip())
            if hit:
                strong.append((d, hit))
            else:
                ws = [s for s in ss if who.search(s) and prx.search(s)]
                if ws:
                    weak.append((d, ("weak", ws[0])))
        # compiled events
        vis = [ev for ev in events if ev.get("event_type") == "visit" and ev.get("status") != "cancelled"
               and guests(ev, t["last"], {"guest"}) and in_place(ev, t)]
        exact = [ev for ev in vis if et.date(ev.get("start_date")) and
                 et.date(ev.get("start_date")) - one <= t["end"] and
                 t["start"] <= (et.date(ev.get("end_date")) or et.date(ev.get("start_date"))) + one]
        win_ids = {d["id"] for d in window_docs}
        loose = [ev for ev in vis if ev not in exact and (
            (et.date(ev.get("start_date")) and w0 <= et.date(ev.get("start_date")) <= w1) or
            (not ev.get("start_date") and any(s.get("doc_id") in win_ids for s in ev.get("sources") or [])))]
        other = [ev for ev in events if ev.get("event_type") != "visit" and
                 guests(ev, t["last"], {"guest", "participant", "host"}) and in_place(ev, t) and
                 et.date(ev.get("start_date")) and t["start"] - one <= et.date(ev.get("start_date")) <= t["end"] + one]
        status = "visit" if exact else "visit~" if loose else "other" if other else "missed"
        role = counts["by_role"].setdefault(t["role"], dict(trips=0, mentioned=0, found=0))
        role["trips"] += 1
        if strong:
            role["mentioned"] += 1
            role["found"] += status in ("visit", "visit~")
            counts["mentioned"] += 1
            key = {"visit": "visit", "visit~": "visit_loose", "other": "other_type", "missed": "missed"}[status]
            counts[key] += 1
        else:
            counts["weak"] += bool(weak)
            if status in ("visit", "visit~"):
                counts["compiled_unmentioned"] += 1
        label = status if strong else status + " (unmentioned)" if status != "missed" else \
            "weak" if weak else None
        listing.append((t, label, strong or weak, exact or loose or other))

    return counts, listing


def summary(counts):
    m = counts["mentioned"]
    found = counts["visit"] + counts["visit_loose"]
    roles = "; ".join(f"{r}: trips {c['trips']}, mentioned {c['mentioned']}, compiled {c['found']}"
                      for r, c in sorted(counts["by_role"].items()))
    return (f"{counts['corpus']} {counts['era']}: trips {counts['trips']}, mentioned {m} "
            f"(weak only: {counts['weak']}), compiled visit {counts['visit']} "
            f"(+{counts['visit_loose']} misdated/undated), only as meeting {counts['other_type']}, "
            f"missed {counts['missed']}; recall on mentioned {found / m if m else 0:.3f} "
            f"(dated right: {counts['visit'] / m if m else 0:.3f}); compiled but not mentioned "
            f"{counts['compiled_unmentioned']} [{roles}]")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("events_jsonl")
    ap.add_argument("--trips", default=os.path.join(et.SHARED, "data", "travels", "all_trips_flat.tsv"))
    ap.add_argument("--reference", default=os.path.join(ROOT, "data", "reference"))
    ap.add_argument("--before", type=int, default=30, help="days before a trip's start searched")
    ap.add_argument("--after", type=int, default=7, help="days after a trip's end searched")
    ap.add_argument("--list", action="store_true", help="list every mentioned trip with evidence")
    ap.add_argument("--sample", type=int, default=0, help="list N missed trips, stratified by role")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print the counts as one JSON line last")
    a = ap.parse_args()
    counts, listing = measure(a.corpus, a.events_jsonl, a.trips, a.reference, a.before, a.after)
    print(summary(counts))

    def show(t, status, strong, evs):
        print(f"- [{status}] {t['role']} {t['last']} -> {t['country']} {t['cities']} {t['start']}..{t['end']}")
        for ev in evs[:2]:
            print(f"    event {ev['event_id']} {ev['event_type']}/{ev.get('status')} {ev.get('place_name')} "
                  f"({ev.get('country_code')}) {ev.get('start_date')}..{ev.get('end_date')}")
        for d, (how, text) in strong[:3]:
            mark = "*" if d["held"] else " "
            print(f"   {mark}{d['id']} ({d['date']}) {how}: {text[:400]}")

    if a.list:
        for t, status, strong, evs in listing:
            if status:
                show(t, status, strong, evs)
    if a.sample:
        missed = [x for x in listing if x[1] in ("missed", "other", "visit~")]
        rnd = random.Random(a.seed)
        by_role = {}
        for x in missed:
            by_role.setdefault(x[0]["role"], []).append(x)
        pick = []
        roles = sorted(by_role)
        while len(pick) < a.sample and any(by_role.values()):
            for r in roles:
                if by_role[r] and len(pick) < a.sample:
                    pick.append(by_role[r].pop(rnd.randrange(len(by_role[r]))))
        for x in sorted(pick, key=lambda x: x[0]["start"]):
            show(*x)
    if a.json:
        print(json.dumps(counts))


if __name__ == "__main__":
    main()
