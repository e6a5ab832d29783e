#!/usr/bin/env python3
"""Times dateparser.search_dates over a JSON-lines file of {"text": ...}
documents (written by `cargo bench --bench time`); prints one JSON object."""
import json, sys, time

try:
    from dateparser.search import search_dates
except ImportError:
    print("dateparser is not installed", file=sys.stderr)
    sys.exit(3)

docs = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
nbytes = sum(len(d.encode("utf-8")) for d in docs)
search_dates("warm up on March 3, 1987", languages=["en"])
found = 0
start = time.perf_counter()
for d in docs:
    r = search_dates(d, languages=["en"])
    found += len(r or [])
secs = time.perf_counter() - start
print(json.dumps({"docs": len(docs), "mb": nbytes / 1e6, "found": found, "seconds": secs,
                  "mb_per_s": nbytes / 1e6 / secs if secs else 0.0}))
