#!/usr/bin/env bash
# Scores the compiler on the round-5 held-out gold (blind2, gold/README.md): 30 Reuters
# stories and 20 White House statements annotated blind, never tuned on. Prints ONLY the
# strict and relaxed F1 per corpus (never the scorer's -v detail: keep it blind).
#
# Usage: scripts/eval_blind2.sh [path/to/diplo]
# The binary defaults to $CARGO_TARGET_DIR/release/diplo (else target/release/diplo).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${CARGO_TARGET_DIR:-target}/release/diplo}
SH=../shared
[[ -x "$BIN" ]] || { echo "eval_blind2: no binary at $BIN (cargo build --release)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The White House statements, passed directly.
WH=()
while IFS= read -r f; do
  [[ -z "$f" || "$f" == \#* ]] && continue
  WH+=("$SH/data/whitehouse/$f")
done < gold/inputs/blind2-whitehouse.txt

# The Reuters stories: a small .sgm cut out of the shared files by NEWID.
mkdir -p "$TMP/reuters-in"
python3 - "$SH/data/reuters21578" gold/inputs/blind2-reuters.txt "$TMP/reuters-in/blind2.sgm" <<'PY'
import re, sys
src, listing, out = sys.argv[1:4]
want = {}
for line in open(listing, encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        newid, fname = line.split("\t")[:2]
        want.setdefault(fname, set()).add(newid)
found = []
for fname in sorted(want):
    text = open(f"{src}/{fname}", encoding="latin-1").read()
    for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>.*?</REUTERS>', text, re.S):
        if m.group(1) in want[fname]:
            found.append((int(m.group(1)), m.group(0)))
missing = sum(len(v) for v in want.values()) - len(found)
if missing:
    sys.exit(f"eval_blind2: {missing} listed Reuters stories not found in {src}")
with open(out, "w", encoding="latin-1") as f:
    f.write('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n')
    for _, block in sorted(found):
        f.write(block + "\n")
PY

run() { # name gold inputs...
  local name=$1 gold=$2; shift 2
  "$BIN" compile -q --jobs 2 "$@" --out "$TMP/$name" >"$TMP/$name.log" 2>&1 \
    || { echo "$name: compile failed" >&2; return 1; }
  local res
  res=$(python3 "$SH/tools/score_events.py" "$gold" "$TMP/$name/events.jsonl" | tail -1 | sed 's/; need.*//' || true)
  # the scorer's summary line, split in two: "strict F1 x (P p R r)" and "relaxed F1 ..."
  printf '%-19s %s\n' "$name:" "${res%%, relaxed*}"
  printf '%-19s %s\n' "$name:" "relaxed${res#*, relaxed}"
}

run blind2-whitehouse gold/whitehouse-blind2.gold.jsonl "${WH[@]}"
run blind2-reuters gold/reuters-blind2.gold.jsonl "$TMP/reuters-in/blind2.sgm"
