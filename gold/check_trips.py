#!/usr/bin/env python3
"""Check compiled visits of US Secretaries of State (and Presidents) against the
Office of the Historian's trip records (../shared/data/travels/all_trips_flat.tsv).

A compiled visit matches when a trip of the same person (by surname) went to the
same country (by name, via data/reference/countries.tsv) and the dates overlap
(one day of slack each side). Undated visits match on person and country only
and are counted apart.

usage: check_trips.py EVENTS_JSONL [TRIPS_TSV] [COUNTRIES_TSV]
"""
import csv, datetime, json, sys, unicodedata

def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()

events = sys.argv[1]
trips_tsv = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/travels/all_trips_flat.tsv"
countries_tsv = sys.argv[3] if len(sys.argv) > 3 else "data/reference/countries.tsv"

names = {}
for row in open(countries_tsv, encoding="utf-8"):
    if row.startswith("#") or not row.strip():
        continue
    f = row.rstrip("\n").split("\t")
    names[f[0]] = {norm(f[2])} | {norm(a) for a in f[3].split("|") if a}
    if f[0] == "SUN":
        names[f[0]] |= {"russia", "union of soviet socialist republics"}
    if f[0] == "RUS":
        # places in Moscow carry RUS whatever the year
        names[f[0]] |= {"russia", "soviet union", "ussr", "u.s.s.r."}

trips = []
with open(trips_tsv, encoding="utf-8") as fh:
    for r in csv.DictReader(fh, delimiter="\t"):
        trips.append(r)

def d(s):
    return datetime.date.fromisoformat(s[:10]) if s else None

dated = matched = undated = undated_matched = 0
rows = []
for line in open(events, encoding="utf-8"):
    ev = json.loads(line)
    if ev["event_type"] != "visit":
        continue
    for p in ev["participants"]:
        if p.get("role") != "guest" or p.get("country") != "USA":
            continue
        office = p.get("office") or ""
        if office not in ("foreign_minister", "president"):
            continue
        last = norm(p["name"]).split()[-1]
        code = ev.get("country_code") or ""
        cnames = names.get(code, set())
        cands = [t for t in trips if last in norm(t["name"]).split()
                 and (norm(t["country"]) in cnames or norm(t["country_id"]).replace("-", " ") in cnames)]
        s, e = d(ev.get("start_date")), d(ev.get("end_date"))
        if s is None:
            undated += 1
            ok = bool(cands)
            undated_matched += ok
        else:
            dated += 1
            one = datetime.timedelta(days=1)
            ok = any(d(t["start_date"]) - one <= (e or s) and s <= d(t["end_date"]) + one for t in cands)
            matched += ok
        rows.append((ok, p["name"], code, ev.get("start_date"), ev.get("end_date"), ev["event_id"]))
for r in sorted(rows, key=lambda r: (r[1], r[3] or "")):
    print(("MATCH " if r[0] else "miss  ") + " ".join(str(x) for x in r[1:]))
print(json.dumps({"dated_visits": dated, "dated_matched": matched,
                  "undated_visits": undated, "undated_matched_country": undated_matched}))
