#!/usr/bin/env python3
"""The baseline for `diplo bench`: Python dateparser.search_dates over the
documents of a JSON lines file ({"text", "published"}), the way an analyst
would script date finding. Prints one JSON object: docs, bytes, seconds
(CPU seconds of the search only, after a warm-up call), found (expressions), version.

    .venv/bin/python scripts/bench_dateparser.py sample.jsonl
"""
import datetime
import json
import sys
import time

import dateparser
from dateparser.search import search_dates


def main(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            base = None
            if d.get("published"):
                base = datetime.datetime.fromisoformat(d["published"])
            docs.append((d["text"], base))
    search_dates("He arrived on March 3, 1987.", languages=["en"])  # warm-up: loads the language data
    found = 0
    t0 = time.process_time()
    for text, base in docs:
        settings = {"RELATIVE_BASE": base} if base else {}
        res = search_dates(text, languages=["en"], settings=settings)
        found += len(res or [])
    seconds = time.process_time() - t0
    print(json.dumps({
        "docs": len(docs),
        "bytes": sum(len(t.encode("utf-8")) for t, _ in docs),
        "seconds": seconds,
        "found": found,
        "version": dateparser.__version__,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
