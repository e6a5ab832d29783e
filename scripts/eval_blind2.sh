#!/usr/bin/env bash
# Scores the compiler on the held-out gold (gold/README.md), annotated blind, never tuned on:
# blind2 (round 5: 30 Reuters stories, 20 White House statements) and, when its gold exists,
# blind3 (round 7: 40 Reuters stories), blind4 (round 8: 45 Reuters stories), blind5 (round 9:
# 45 Reuters stories), blind6 (round 10: 45 Reuters stories) and blind7-news (round 15: present-day
# news written here, compiled as the directory gold/blind7-news). Prints ONLY the strict and relaxed F1 per corpus
# (never the scorer's -v detail: keep it blind).
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
python3 scripts/cut_reuters.py "$SH/data/reuters21578" gold/inputs/blind2-reuters.txt "$TMP/reuters-in/blind2.sgm"
if [[ -f gold/reuters-blind3.gold.jsonl ]]; then
  python3 scripts/cut_reuters.py "$SH/data/reuters21578" gold/inputs/blind3-reuters.txt "$TMP/reuters-in/blind3.sgm"
fi
if [[ -f gold/reuters-blind4.gold.jsonl ]]; then
  python3 scripts/cut_reuters.py "$SH/data/reuters21578" gold/inputs/blind4-reuters.txt "$TMP/reuters-in/blind4.sgm"
fi
if [[ -f gold/reuters-blind5.gold.jsonl ]]; then
  python3 scripts/cut_reuters.py "$SH/data/reuters21578" gold/inputs/blind5-reuters.txt "$TMP/reuters-in/blind5.sgm"
fi
if [[ -f gold/reuters-blind6.gold.jsonl ]]; then
  python3 scripts/cut_reuters.py "$SH/data/reuters21578" gold/inputs/blind6-reuters.txt "$TMP/reuters-in/blind6.sgm"
fi

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
if [[ -f gold/reuters-blind3.gold.jsonl ]]; then
  run blind3-reuters gold/reuters-blind3.gold.jsonl "$TMP/reuters-in/blind3.sgm"
fi
if [[ -f gold/reuters-blind4.gold.jsonl ]]; then
  run blind4-reuters gold/reuters-blind4.gold.jsonl "$TMP/reuters-in/blind4.sgm"
fi
if [[ -f gold/reuters-blind5.gold.jsonl ]]; then
  run blind5-reuters gold/reuters-blind5.gold.jsonl "$TMP/reuters-in/blind5.sgm"
fi
if [[ -f gold/reuters-blind6.gold.jsonl ]]; then
  run blind6-reuters gold/reuters-blind6.gold.jsonl "$TMP/reuters-in/blind6.sgm"
fi
if [[ -f gold/news-blind7.gold.jsonl ]]; then
  run blind7-news gold/news-blind7.gold.jsonl gold/blind7-news
fi
