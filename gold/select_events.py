#!/usr/bin/env python3
"""Keep the events of a compiled events.jsonl that cite one of the documents a
gold file lists, so a gold file over a sample of a large input (the Reuters
SGML files) is scored on that sample only.

usage: select_events.py GOLD EVENTS_JSONL > SELECTED_JSONL
"""
import json, sys

gold, events = sys.argv[1], sys.argv[2]
docs = set()
for line in open(gold):
    if line.strip():
        docs.update(json.loads(line)["docs"])
for line in open(events):
    if not line.strip():
        continue
    ev = json.loads(line)
    if any(s.get("doc_id") in docs for s in ev.get("sources") or []):
        print(line.rstrip("\n"))
