#!/usr/bin/env python3
"""Cuts the listed Reuters-21578 stories out of the shared SGML files into one .sgm.

Usage: scripts/cut_reuters.py SRC_DIR LISTING OUT.sgm
LISTING has one story a line, NEWID<TAB>file (e.g. `975<TAB>reut2-000.sgm`); lines starting
with `#` are comments. The REUTERS elements are copied unchanged, in NEWID order; a listed
story that is not found is an error naming how many are missing.
"""
import re
import sys


def main(src, listing, out):
    want = {}
    for line in open(listing, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            newid, fname = line.split("\t")[:2]
            want.setdefault(fname.strip(), set()).add(newid.strip())
    found = []
    for fname in sorted(want):
        text = open(f"{src}/{fname}", encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>.*?</REUTERS>', text, re.S):
            if m.group(1) in want[fname]:
                found.append((int(m.group(1)), m.group(0)))
    missing = sum(len(v) for v in want.values()) - len(found)
    if missing:
        sys.exit(f"cut_reuters: {missing} stories of {listing} not found in {src}")
    with open(out, "w", encoding="latin-1") as f:
        f.write('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n')
        for _, block in sorted(found):
            f.write(block + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:4])
