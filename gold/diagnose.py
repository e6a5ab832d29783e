#!/usr/bin/env python3
"""Sort the misses of a compiled events.jsonl against a gold file into categories the
extractor's owner can act on: missed trigger, wrong type, wrong/missing participant, wrong
place, wrong status, wrong date (strict fails on a relaxed match), and false positives
(predicted events that match no gold event, core or optional, even relaxed).

Usage: gold/diagnose.py GOLD EVENTS_JSONL   (run by scripts/eval_gold.sh -v)
The matching is shared/tools/score_events.py's own (imported from ../shared/tools).
"""
import json,sys,importlib.util,collections
import os
HERE=os.path.dirname(os.path.abspath(__file__))
spec=importlib.util.spec_from_file_location("se",os.path.join(HERE,"..","..","shared","tools","score_events.py")); se=importlib.util.module_from_spec(spec); spec.loader.exec_module(se)
gold=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
pred=[json.loads(l) for l in open(sys.argv[2]) if l.strip()]
def docs(ev): return {s["doc_id"] for s in ev.get("sources") or []}
def short(ev):
    return f'{ev["event_type"]}/{ev["status"]} {[p["name"]+":"+(p.get("role") or "")[0] for p in ev["participants"]]} @{ev.get("place_name")},{ev.get("country_code")} {ev.get("start_date")}..{ev.get("end_date")}'
cat=collections.Counter(); lines=[]
for g in gold:
    if g["tier"]!="core": continue
    if any(se.match(g,e,True) for e in pred): continue
    same=[e for e in pred if docs(e)&set(g["docs"])]
    people=g["guests"] or g["participants"]
    rel=[e for e in pred if se.match(g,e,False)]
    if rel:
        e=rel[0]
        why=[]
        if e["status"]!=g["status"]: why.append("status")
        if not se.date_ok(g,e): why.append("date")
        if not se.place_ok(g,e,True): why.append("place")
        if g["type"]=="visit" and not all(se.has(se.pred_names(e,{"guest"}),x) for x in g["guests"]): why.append("guest-role")
        for w in why: cat["wrong "+w]+=1
        lines.append(f'{g["id"]} STRICT-FAIL {why}: gold {g["status"]} {people} {g["place"]},{g["country"]} {g["start"]}..{g["end"]}\n      pred {short(e)}')
        continue
    # type mismatch?
    typ=[e for e in same if all(se.has(se.pred_names(e),x) for x in people)]
    if typ:
        e=typ[0]
        if e["event_type"]!=g["type"]:
            cat["wrong type"]+=1; lines.append(f'{g["id"]} TYPE: gold {g["type"]} {people}\n      pred {short(e)}'); continue
        cat["wrong place"]+=1; lines.append(f'{g["id"]} PLACE: gold {g["place"]},{g["country"]} {people}\n      pred {short(e)}'); continue
    part=[e for e in same if e["event_type"]==g["type"] and any(se.has(se.pred_names(e),x) for x in people)]
    if part:
        cat["wrong/missing participant"]+=1; lines.append(f'{g["id"]} PARTICIPANT: gold {people} {g["place"]}\n      pred {short(part[0])}'); continue
    cat["missed trigger"]+=1; lines.append(f'{g["id"]} MISSED: {g["type"]}/{g["status"]} {people} {g["place"]},{g["country"]}  ({g.get("note","")[:80]})')
# false positives: pred not matching any gold relaxed
fps=[e for e in pred if not any(se.match(g,e,False) for g in gold)]
cat["false positive"]=len(fps)
print(dict(cat))
for l in lines: print(l)
print("FALSE POSITIVES:")
for e in fps: print("  ",short(e), "|", (e["sources"][0]["quote"] or "")[:110].replace("\n"," "))
