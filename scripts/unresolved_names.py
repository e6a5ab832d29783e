#!/usr/bin/env python3
"""Ranks the person names next to a title, in sentences with an event word, that the
reference tables do not resolve (issue #5: people wire copy names that diplo does not know).

Usage: scripts/unresolved_names.py DIPLO_BIN [--reuters DIR] [--whitehouse DIR] [--top N] [--places]
       [--resolved] [--datelines]

Reads every Reuters-21578 story (SGML, DATE and BODY) and every White House statement
(Markdown with a `date:` header), keeps the sentences holding an event word (visit, talks,
met, meeting, summit, arrived, trip, delegation, host, called, telephone...), and in them the
capitalized name runs that a title introduces ("Finance Minister X", "President X", "Mr X",
"Chancellor X", "Governor X", "Sheikh X") or that an appositive title follows ("X, the
Brazilian Foreign Minister"). The sentences of one date are resolved together by
`diplo actors mentions --on DATE` (one process per date); a name counts as resolved when a
`Person` mention with an actor id overlaps it. Prints the unresolved names by frequency
(occurrences, documents, an example sentence), then the totals.

--datelines: every Reuters dateline (<DATELINE>, the words before its first comma), resolved as
the story's first line ("TAUPO, March 22 - ") by `diplo actors mentions`; prints the totals and
the datelines that give no place or country mention, by story count, with their qualifiers
("New Zealand", "Conn.").
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

PLACES = False

EVENT = re.compile(
    r"\b(visit\w*|talks|met|meet|meets|meeting|meetings|summit|arriv\w*|trip|tour\w*|"
    r"delegation|host\w*|called|telephon\w*|phoned|conferred|received)\b",
    re.I,
)
CAP = r"(?:[A-Z][a-zA-Z'\-]+\.?|[A-Z]\.)"
PART = r"(?:bin|ibn|al|el|de|da|van|von|der|di|le|la|dos|du)"
NAME = rf"{CAP}(?:\s+(?:{PART}\s+|{PART}-)?{CAP}){{0,4}}"
TITLE = (
    r"(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary|Governor|Chairman|"
    r"Mr|Mrs|Ms|Mme|Dr|King|Queen|Prince|Crown Prince|Sheikh|Emir|Sultan|Director|"
    r"Representative|Ambassador|Commissioner|Treasurer|Secretary-General|Senator|"
    r"Vice President|Deputy|Envoy|Spokesman|President-elect|Leader|Foreign Secretary|"
    r"Chief|Undersecretary|Under Secretary|First Lady|Lady)\.?"
)
BEFORE = re.compile(rf"\b{TITLE}\s+(?P<name>{NAME})")
AFTER = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?:the|a|an|[A-Z][\w.]*'s)\s+)?(?:[\w\-.']+\s+){{0,4}}?"
    r"(?:[Mm]inister|[Pp]resident|[Cc]hancellor|[Ss]ecretary|[Gg]overnor|[Cc]hairman|"
    r"[Pp]remier|[Ee]nvoy|[Aa]mbassador|[Dd]irector|[Rr]epresentative|[Cc]ommissioner|"
    r"[Tt]reasurer|[Kk]ing|[Qq]ueen|[Ll]eader)\b"
)
# Capitalized words that start no person's name.
NOT_NAME = set(
    """The A An He She It They We This That These Those His Her Their Its In On At Of For And
    But Or As By From With To After Before When While If Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October
    November December Reuters U.S. UK EC OPEC IMF GATT Soviet American British French
    West East North South New General Foreign Finance Trade Economic Economy Oil Defence
    Defense Agriculture Minister Ministers President Secretary Prime Deputy Vice State
    Treasury Commerce Industry Energy Interior Justice Labour Labor Planning Central Bank
    Federal Reserve Board Chairman Governor Director Managing Executive Commission Council
    Congress House Senate Government Party National International World European Mr Mrs
    Ms Dr Last Next Earlier Later Also Today Yesterday Tomorrow Both Some Several Many Other
    Others Former Acting Chief Special Senior Assistant Under Undersecretary Under-Secretary
    First Lady""".split()
)


def reuters_docs(d):
    for f in sorted(glob.glob(os.path.join(d, "reut2-*.sgm"))):
        text = open(f, encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', text, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m.group(2), re.S)
            date = re.search(r"<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})", m.group(2))
            if not body or not date:
                continue
            mon = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split().index(date.group(2))
            iso = f"{date.group(3)}-{mon + 1:02d}-{int(date.group(1)):02d}"
            b = body.group(1).replace("&lt;", "<").replace("&amp;", "&").replace("&#3;", "")
            yield f"reuters-{m.group(1)}", iso, b


def whitehouse_docs(d):
    for f in sorted(glob.glob(os.path.join(d, "**", "*.md"), recursive=True)):
        text = open(f, encoding="utf-8").read()
        date = re.search(r"^date: '(\d{4}-\d{2}-\d{2})'", text, re.M)
        if not date:
            continue
        body = text.split("---", 2)[-1]
        yield "wh-" + os.path.basename(f)[:-3], date.group(1), body


def sentences(text):
    flat = re.sub(r"\s+", " ", text)
    return [s for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", flat) if s]


PLACE = re.compile(
    r"\b(?:in|to|at|from|visit|visits|visited|visiting|arrived in|left for|flew to)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
)


def place_candidates(sent):
    out = []
    for m in PLACE.finditer(sent):
        name = m.group("name")
        words = name.split()
        while words and words[0] in NOT_NAME:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        start = sent.find(name, m.start("name"))
        out.append((name, start, start + len(name)))
    return out


def candidates(sent):
    if PLACES:
        return place_candidates(sent)
    out = []
    for rx in (BEFORE, AFTER):
        for m in rx.finditer(sent):
            name = m.group("name").rstrip(".")
            words = name.split()
            while words and words[0] in NOT_NAME:
                words = words[1:]
            while words and words[-1] in NOT_NAME:
                words = words[:-1]
            if not words or all(len(w) <= 2 for w in words):
                continue
            name = " ".join(words)
            start = sent.find(name, m.start())
            out.append((name, start, start + len(name)))
    return out


def datelines(bin_, d, top):
    count = collections.Counter()
    quals = collections.defaultdict(collections.Counter)
    for f in sorted(glob.glob(os.path.join(d, "reut2-*.sgm"))):
        text = open(f, encoding="latin-1").read()
        for m in re.finditer(r"<DATELINE>(.*?)</DATELINE>", text, re.S):
            head = re.match(r"\s*([^,]+?),(.*)", m.group(1), re.S)
            if not head:
                continue
            name = head.group(1).strip()
            count[name] += 1
            quals[name][head.group(2).split(",")[0].strip()] += 1
    names = sorted(count)
    lines = [f"{n}, March 3 - x.\n\n" for n in names]
    text = "".join(lines)
    out = subprocess.run(
        [bin_, "actors", "mentions", "--on", "1987-03-03", text], capture_output=True, text=True
    )
    if out.returncode not in (0, 1):
        sys.exit(out.stderr or f"diplo exited with {out.returncode}")
    # Byte offsets where a place or country mention starts.
    starts = set()
    for line in out.stdout.splitlines():
        m = json.loads(line)
        if m["entity"].startswith(("Place", "Country")):
            starts.add(m["start"])
    unresolved, off = [], 0
    for n, line in zip(names, lines):
        if off not in starts:
            unresolved.append(n)
        off += len(line.encode("utf-8"))
    unresolved.sort(key=lambda n: (-count[n], n))
    print(f"== datelines: {len(names)} distinct in {sum(count.values())} stories; "
          f"{len(unresolved)} distinct in {sum(count[n] for n in unresolved)} stories give no place")
    for n in unresolved[:top]:
        q = ", ".join(f"{k or '-'} {v}" for k, v in quals[n].most_common(3))
        print(f"{count[n]:5d}  {n}\t| {q}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
    ap.add_argument("--reuters", default=os.path.join(here, "reuters21578"))
    ap.add_argument("--whitehouse", default=os.path.join(here, "whitehouse"))
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--resolved", action="store_true", help="list the resolved names too")
    ap.add_argument("--places", action="store_true",
                    help="place names after in/to/at/visit that no mention covers")
    ap.add_argument("--all", action="store_true", help="every sentence, not only event ones")
    ap.add_argument("--datelines", action="store_true",
                    help="the Reuters datelines that resolve to no place, by story count")
    a = ap.parse_args()
    if a.datelines:
        datelines(a.bin, a.reuters, a.top)
        return
    global PLACES
    PLACES = a.places
    for corpus, docs in (("reuters", reuters_docs(a.reuters)), ("whitehouse", whitehouse_docs(a.whitehouse))):
        by_date = collections.defaultdict(list)
        for doc_id, date, body in docs:
            for s in sentences(body):
                if a.all or EVENT.search(s):
                    c = candidates(s)
                    if c:
                        by_date[date].append((doc_id, s, c))
        unresolved = collections.Counter()
        resolved = collections.Counter()
        docs_of = collections.defaultdict(set)
        example = {}
        total = 0
        for date in sorted(by_date):
            items = by_date[date]
            text, offs = "", []
            for doc_id, s, c in items:
                offs.append(len(text))
                text += s + "\n\n"
            out = subprocess.run(
                [a.bin, "actors", "mentions", "--on", date, text],
                capture_output=True, text=True,
            )
            # Exit code 1: no mention at all.
            if out.returncode not in (0, 1):
                sys.exit(out.stderr or f"diplo exited with {out.returncode}")
            # Mentions come back with byte offsets into the UTF-8 text.
            bt = text.encode("utf-8")
            people = []
            for line in out.stdout.splitlines():
                m = json.loads(line)
                if m["entity"].startswith("Person {") or (PLACES and "Person" not in m["entity"]):
                    s = len(bt[: m["start"]].decode("utf-8", "ignore"))
                    e = len(bt[: m["end"]].decode("utf-8", "ignore"))
                    people.append((s, e))
            for (doc_id, s, c), off in zip(items, offs):
                for name, st, en in c:
                    total += 1
                    st, en = st + off, en + off
                    if any(ps < en and st < pe for ps, pe in people):
                        resolved[name] += 1
                    else:
                        unresolved[name] += 1
                        docs_of[name].add(doc_id)
                        example.setdefault(name, s[:160])
        n_un = sum(unresolved.values())
        print(f"== {corpus}: {total} name occurrences in event sentences, "
              f"{total - n_un} resolved, {n_un} unresolved ({len(unresolved)} names, "
              f"{sum(1 for v in unresolved.values() if v >= 2)} seen twice or more)")
        for name, n in unresolved.most_common(a.top):
            print(f"{n:4d} {len(docs_of[name]):4d}  {name}\t| {example[name]}")
        if a.resolved:
            for name, n in resolved.most_common(a.top):
                print(f"  ok {n:4d}  {name}")


if __name__ == "__main__":
    main()
