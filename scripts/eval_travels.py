#!/usr/bin/env python3
"""Check compiled visits of US Presidents and Secretaries of State against the
Office of the Historian's itineraries (shared/data/travels/all_trips_flat.tsv).

Usage: scripts/eval_travels.py EVENTS_JSONL [--trips TSV] [--reference DIR] [--summary] [--json]
                               [--coverage] [--mentioned CORPUS_DIR]

A visit is checked when one of its guests is a US President or Secretary of
State: by office (participant country USA and office president /
foreign_minister / secretary_of_state), by actor id or name in the project's
offices table (data/reference/offices/USA.tsv, tenure covering the visit), or
by last name against the trips file's travellers (visit within the
traveller's years abroad, participant country USA or unknown).
It matches a trip when the last name agrees, the country agrees (trip country
names mapped to alpha-3 with data/reference/countries.tsv; SUN=RUS, YUG=SRB,
CSK=CZE/SVK; or the visit's place is one of the trip's cities) and the dates
overlap, allowing one day either side. Visits without dates are counted apart
as "undated", cancelled and proposed ones are not checked (the country and name are still compared: "undated, country
known" says how many would match on those alone).
Prints counts, then the unmatched visits. With --mentioned CORPUS_DIR (the corpus the events
were compiled from), also one line from scripts/coverage.py: how many trips of the era the corpus
speaks of, and the recall of compiled visits on those (docs/coverage.md).
Exit 0 always (a report, not a test).
"""
import argparse
import csv
import datetime as dt
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")

# Trip-file country names that countries.tsv does not know by name or alias.
EXTRA = {
    "burma": "MMR", "burma myanmar": "MMR", "byelorussia": "BLR", "ceylon": "LKA",
    "kirghizia": "KGZ", "kyrgyz republic": "KGZ", "korea north": "PRK", "korea south": "KOR",
    "korea republic of": "KOR", "holy see": "VAT", "vatican city": "VAT",
    "republic of china": "TWN", "southern rhodesia": "ZWE", "western samoa": "WSM",
    "timor leste": "TLS", "st. lucia": "LCA", "turkiye": "TUR", "palestinian authority": "PSE",
    "west bank": "PSE", "kosovo": "XKX", "macedonia former yugoslav republic of": "MKD",
    "u.s.s.r.": "SUN", "bosnia": "BIH", "micronesia federated states of": "FSM",
    "congo democratic republic of": "COD", "democratic republic of the congo": "COD",
    "serbia and montenegro": "SRB", "serbia-montenegro": "SRB", "netherlands antilles": "ANT",
    "antarctica": "ATA", "cook islands": "COK", "china people's republic of": "CHN",
    "german democratic republic": "DDR", "czechoslovakia": "CSK", "yugoslavia": "YUG",
}
# Codes that name the same ground in different years.
SAME = [{"SUN", "RUS"}, {"YUG", "SRB"}, {"CSK", "CZE"}, {"CSK", "SVK"}, {"DEU", "DDR"}]
TARGET_OFFICES = {"president", "foreign_minister", "secretary_of_state"}
SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
TITLES = {"president", "secretary", "of", "state", "first", "lady", "second", "gentleman", "mr",
          "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "u.s.", "us", "former", "vice"}
NICK = {"joe": "joseph", "bill": "william", "jimmy": "james", "jim": "james", "mike": "michael",
        "dick": "richard", "ron": "ronald", "tony": "antony", "ed": "edmund", "al": "alexander",
        "chris": "christopher", "larry": "lawrence", "larry.": "lawrence", "jack": "john"}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("’", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def last_name(name):
    toks = [t for t in re.split(r"[\s,]+", norm(name)) if t and t not in SUFFIX]
    toks = [t for t in toks if not (t.startswith("(") or t.endswith(")"))]
    return toks[-1] if toks else ""


def first_name_ok(guest, trip_name):
    """The guest's first name (titles dropped) agrees with the traveller's, or is absent."""
    toks = [t for t in re.split(r"[\s,]+", norm(guest)) if t and t not in TITLES and t not in SUFFIX]
    if len(toks) < 2:
        return True
    first = NICK.get(toks[0], toks[0]).rstrip(".")
    trip = [t.rstrip(".") for t in re.split(r"[\s,()]+", norm(trip_name)) if t]
    return any(t == first or (len(first) == 1 and t.startswith(first)) for t in trip)


def date(s):
    try:
        return dt.date.fromisoformat(str(s)[:10]) if s else None
    except ValueError:
        return None


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def country_index(ref):
    idx = {}
    for r in read_tsv(os.path.join(ref, "countries.tsv")):
        code = r["code3"]
        for n in [r["name"], code] + (r.get("aliases") or "").split("|"):
            if n:
                idx.setdefault(norm(n), code)
    for k, v in EXTRA.items():
        idx.setdefault(k, v)
    return idx


def to_code(idx, name, slug):
    cands = [name, re.sub(r"\s*\(.*?\)", "", name), slug.replace("-", " ")]
    if "," in name:  # "Korea, Republic of" -> "Republic of Korea"
        a, b = name.split(",", 1)
        cands += [f"{b.strip()} {a.strip()}", name.replace(",", "")]
    for c in cands:
        code = idx.get(norm(c))
        if code:
            return code
    return None


def same_country(a, b):
    return a == b or any(a in s and b in s for s in SAME)


def kb_people(ref):
    """actor_id and normalized names of US presidents / secretaries of state, with tenures."""
    out = []
    path = os.path.join(ref, "offices", "USA.tsv")
    if not os.path.exists(path):
        return out
    names = {}
    for r in read_tsv(path):
        if r.get("name"):
            names[r["actor_id"]] = [r["name"]] + [a for a in (r.get("aliases") or "").split("|") if a]
    for r in read_tsv(path):
        if r.get("office") in TARGET_OFFICES:
            keys = {norm(n) for n in names.get(r["actor_id"], [])}
            out.append((r["actor_id"], keys, date(r.get("start")) or dt.date.min,
                        date(r.get("end")) or dt.date.max))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("events_jsonl")
    ap.add_argument("--trips", default=os.path.join(SHARED, "data", "travels", "all_trips_flat.tsv"))
    ap.add_argument("--reference", default=os.path.join(ROOT, "data", "reference"))
    ap.add_argument("--summary", action="store_true", help="one line only")
    ap.add_argument("--json", action="store_true", help="print the counts as one JSON line last")
    ap.add_argument("--coverage", action="store_true",
                    help="also count the trips inside the corpus's publication window (dates of the "
                         "documents the events cite) that some compiled visit matches by name and country")
    ap.add_argument("--mentioned", metavar="CORPUS_DIR",
                    help="also count the trips of the era that the corpus speaks of, and how many of "
                         "those have a compiled visit (scripts/coverage.py)")
    a = ap.parse_args()

    idx = country_index(a.reference)
    trips, unmapped = [], set()
    for r in read_tsv(a.trips):
        code = to_code(idx, r["country"], r["country_id"])
        if code is None:
            unmapped.add(r["country"])
        s, e = date(r["start_date"]), date(r["end_date"])
        if s is None:
            continue
        trips.append(dict(role=r["role"], who=r["who"], name=r["name"], last=last_name(r["name"]),
                          start=s, end=e or s, code=code,
                          cities=[norm(c) for c in re.split(r",| and ", r["cities"] or "") if c.strip()],
                          remarks=r["remarks"]))
    span = {}
    for t in trips:
        lo, hi, names = span.get(t["last"], (t["start"], t["end"], set()))
        span[t["last"]] = (min(lo, t["start"]), max(hi, t["end"]), names | {t["name"]})
    kb = kb_people(a.reference)

    def is_target(p, s):
        if p.get("role") != "guest":
            return False
        if p.get("country") == "USA" and p.get("office") in TARGET_OFFICES:
            return True
        keys = {norm(p.get("name")), norm(p.get("actor_id"))}
        for aid, names, t0, t1 in kb:
            if (aid in keys or keys & names) and (s is None or t0 <= s <= t1):
                return True
        ln = last_name(p.get("name") or "")
        if ln in span and p.get("country") in (None, "USA"):
            lo, hi, names = span[ln]
            if not any(first_name_ok(p.get("name") or "", n) for n in names):
                return False
            return s is None or lo - dt.timedelta(days=365) <= s <= hi + dt.timedelta(days=365)
        return False

    checked = matched = undated = undated_country = skipped = 0
    seen = set()  # (last name, country) of every checked guest, for --coverage
    unmatched, undated_list = [], []
    one = dt.timedelta(days=1)
    for line in open(a.events_jsonl, encoding="utf-8"):
        if not line.strip():
            continue
        ev = json.loads(line)
        if ev.get("event_type") != "visit":
            continue
        if ev.get("status") in ("cancelled", "proposed"):
            skipped += sum(is_target(p, date(ev.get("start_date"))) for p in ev.get("participants") or [])
            continue
        s, e = date(ev.get("start_date")), date(ev.get("end_date"))
        s, e = s or e, e or s
        code = (ev.get("country_code") or "").upper()
        place = norm(ev.get("place_name"))
        for p in ev.get("participants") or []:
            if not is_target(p, s):
                continue
            ln = last_name(p.get("name") or p.get("actor_id") or "")
            seen.add((ln, code))
            cands = [t for t in trips if t["last"] == ln and (
                (t["code"] and code and same_country(t["code"], code)) or (place and place in t["cities"]))]
            label = f'{ev.get("event_id")}  {p.get("name")} -> {ev.get("place_name") or "-"} ({code or "-"}) ' \
                    f'{ev.get("start_date") or "?"}..{ev.get("end_date") or "?"} [{ev.get("status")}]'
            if s is None:
                undated += 1
                undated_country += bool(cands)
                undated_list.append(label + ("  (a trip matches name+country)" if cands else ""))
                continue
            checked += 1
            if any(t["start"] - one <= e and s <= t["end"] + one for t in cands):
                matched += 1
            else:
                pool = cands or [t for t in trips if t["last"] == ln]
                near = sorted(pool, key=lambda t: abs((t["start"] - s).days))[:1]
                hint = f'  nearest trip: {near[0]["start"]}..{near[0]["end"]} {near[0]["code"]} ' \
                       f'{near[0]["cities"]}' if near else ""
                unmatched.append(label + hint)

    counts = dict(checked=checked, matched=matched, unmatched=len(unmatched), undated=undated,
                  undated_country_known=undated_country, cancelled_or_proposed=skipped)
    line = (f"visits checked {checked}, matched {matched}, unmatched {len(unmatched)}, "
            f"undated {undated} (of which country+name match a trip: {undated_country}), "
            f"not checked (cancelled/proposed) {skipped}")
    if a.summary:
        print(line)
        return
    if unmapped:
        print(f"trip countries not mapped to alpha-3: {sorted(unmapped)}", file=sys.stderr)
    print(line)
    if checked:
        print(f"precision against the itineraries: {matched / checked:.3f}")
    for u in unmatched:
        print("  unmatched:", u)
    for u in undated_list:
        print("  undated:", u)
    if a.coverage:
        # The window: publication dates of the documents some event cites (a stray README
        # compiled with the corpus would otherwise stretch it).
        pub = []
        for line in open(a.events_jsonl, encoding="utf-8"):
            if line.strip():
                pub += [date(src.get("published")) for src in json.loads(line).get("sources") or []]
        pub = [d for d in pub if d]
        if pub:
            lo, hi = min(pub), max(pub)
            inside = [t for t in trips if lo <= t["start"] <= hi]
            hit = [t for t in inside if any(ln == t["last"] and t["code"] and same_country(t["code"], c)
                                              for ln, c in seen)]
            print(f"coverage: trips starting {lo}..{hi}: {len(inside)}, with a compiled visit "
                  f"(name+country): {len(hit)}")
            counts.update(trips_in_window=len(inside), trips_found=len(hit))
    if a.mentioned:
        sys.path.insert(0, HERE)
        import coverage  # noqa: E402 (a sibling script)
        cov, _ = coverage.measure(a.mentioned, a.events_jsonl, a.trips, a.reference)
        print("mentioned: " + coverage.summary(cov))
        counts.update(trips_mentioned=cov["mentioned"],
                      trips_mentioned_compiled=cov["visit"] + cov["visit_loose"],
                      trips_mentioned_dated_right=cov["visit"])
    if a.json:
        print(json.dumps(counts))


if __name__ == "__main__":
    main()
