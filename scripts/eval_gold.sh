#!/usr/bin/env bash
# Scores the compiler's events against the hand-made gold files (gold/README.md):
# the seeds, the White House sample and the Reuters sample. Prints one line per
# corpus with strict and relaxed F1 (shared/tools/score_events.py).
#
# Usage: scripts/eval_gold.sh [path/to/diplo] [-v] [--travels] [--full] [--dev|--dev2|--dev3|--dev4|--dev5|--dev6|--news1|--news2|--news3|--news4]
#   --dev      score the DEVELOPMENT gold instead of the held-out samples:
#              gold/inputs/dev-whitehouse.txt and dev-reuters.txt against
#              gold/whitehouse.gold.jsonl and gold/reuters.gold.jsonl (tuned on)
#   --dev2     score the second development gold (round 5, annotated blind):
#              gold/inputs/dev2-whitehouse.txt and dev2-reuters.txt against
#              gold/whitehouse-dev2.gold.jsonl and gold/reuters-dev2.gold.jsonl
#   --dev3     score the third development gold (round 7, Reuters only, annotated
#              blind): gold/inputs/dev3-reuters.txt against gold/reuters-dev3.gold.jsonl
#              (line dev3-reuters; no White House line)
#   --dev4     score the fourth development gold (round 11, Reuters only, annotated
#              blind): gold/inputs/dev4-reuters.txt against gold/reuters-dev4.gold.jsonl
#              (line dev4-reuters; no White House line)
#   --dev5     score the fifth development gold (round 14, Reuters only, annotated
#              blind): gold/inputs/dev5-reuters.txt against gold/reuters-dev5.gold.jsonl
#              (line dev5-reuters; no White House line)
#   --dev6     score the sixth development gold (round 15, Reuters only, annotated
#              blind): gold/inputs/dev6-reuters.txt against gold/reuters-dev6.gold.jsonl
#              (line dev6-reuters; no White House line)
#   --news1    score the round 15 probe of present-day news written and annotated
#              blind (gold/README.md): compiles the directory gold/news1 (.md, .txt,
#              .html, .jsonl) and scores it against gold/news1.gold.jsonl (line news1;
#              no White House or Reuters line)
#   --news2    score the round 16 development set of present-day news written and
#              annotated blind (gold/README.md): compiles the directory gold/news2 (.md,
#              .txt, .html, .jsonl) and scores it against gold/news2.gold.jsonl (line
#              news2; no White House or Reuters line)
#   --news3    score the round 17 set of present-day news by a fourth hand, written and
#              annotated blind (gold/README.md): compiles the directory gold/news3 (.md,
#              .txt, .html, .jsonl) and scores it against gold/news3.gold.jsonl (line
#              news3; no White House or Reuters line)
#   --news4    score the round 18 set of present-day news by a fifth hand, written and
#              annotated blind (gold/README.md): compiles the directory gold/news4 (.md,
#              .txt, .html, .jsonl) and scores it against gold/news4.gold.jsonl (line
#              news4; no White House or Reuters line)
#   -v         also print the scorer's JSON (missed gold ids, false positives) and
#              gold/diagnose.py's sorting of the misses by category
#   --travels  run scripts/eval_travels.py over each sample's events
#   --full     also compile all of shared/data/reuters21578 and shared/data/whitehouse
#              and run scripts/eval_travels.py over them (slow: minutes)
# KEEP=DIR keeps the compiled datasets (DIR/seeds, DIR/whitehouse, DIR/reuters, ...).
# The binary defaults to $CARGO_TARGET_DIR/release/diplo (else target/release/diplo).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${CARGO_TARGET_DIR:-target}/release/diplo
V=""; TRAVELS=""; FULL=""; DEV=""
for a in "$@"; do
  case "$a" in
    -v) V="-v" ;;
    --travels) TRAVELS=1 ;;
    --full) FULL=1 ;;
    --dev) DEV=dev ;;
    --dev2) DEV=dev2 ;;
    --dev3) DEV=dev3 ;;
    --dev4) DEV=dev4 ;;
    --dev5) DEV=dev5 ;;
    --dev6) DEV=dev6 ;;
    --news1) DEV=news1 ;;
    --news2) DEV=news2 ;;
    --news3) DEV=news3 ;;
    --news4) DEV=news4 ;;
    *) BIN="$a" ;;
  esac
done
SH=../shared
SCORE="python3 $SH/tools/score_events.py"
[[ -x "$BIN" ]] || { echo "eval_gold: no binary at $BIN (cargo build --release)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
OUT=${KEEP:-$TMP}
mkdir -p "$OUT"

WH_LIST=gold/inputs/whitehouse.txt; RT_LIST=gold/inputs/reuters.txt
WH_GOLD=gold/whitehouse-sample.gold.jsonl; RT_GOLD=gold/reuters-sample.gold.jsonl
if [[ "$DEV" == dev ]]; then
  WH_LIST=gold/inputs/dev-whitehouse.txt; RT_LIST=gold/inputs/dev-reuters.txt
  WH_GOLD=gold/whitehouse.gold.jsonl; RT_GOLD=gold/reuters.gold.jsonl
elif [[ "$DEV" == dev2 ]]; then
  WH_LIST=gold/inputs/dev2-whitehouse.txt; RT_LIST=gold/inputs/dev2-reuters.txt
  WH_GOLD=gold/whitehouse-dev2.gold.jsonl; RT_GOLD=gold/reuters-dev2.gold.jsonl
elif [[ "$DEV" == dev3 ]]; then
  WH_LIST=""; RT_LIST=gold/inputs/dev3-reuters.txt
  WH_GOLD=""; RT_GOLD=gold/reuters-dev3.gold.jsonl
elif [[ "$DEV" == dev4 ]]; then
  WH_LIST=""; RT_LIST=gold/inputs/dev4-reuters.txt
  WH_GOLD=""; RT_GOLD=gold/reuters-dev4.gold.jsonl
elif [[ "$DEV" == dev5 ]]; then
  WH_LIST=""; RT_LIST=gold/inputs/dev5-reuters.txt
  WH_GOLD=""; RT_GOLD=gold/reuters-dev5.gold.jsonl
elif [[ "$DEV" == dev6 ]]; then
  WH_LIST=""; RT_LIST=gold/inputs/dev6-reuters.txt
  WH_GOLD=""; RT_GOLD=gold/reuters-dev6.gold.jsonl
elif [[ "$DEV" == news1 ]]; then
  # The round 15 probe: present-day articles in gold/news1, compiled as a directory.
  WH_LIST=""; RT_LIST=""
  WH_GOLD=""; RT_GOLD=""
elif [[ "$DEV" == news2 ]]; then
  # The round 16 development set: present-day articles in gold/news2, compiled as a directory.
  WH_LIST=""; RT_LIST=""
  WH_GOLD=""; RT_GOLD=""
elif [[ "$DEV" == news3 ]]; then
  # The round 17 set by a fourth hand: present-day articles in gold/news3, compiled as a directory.
  WH_LIST=""; RT_LIST=""
  WH_GOLD=""; RT_GOLD=""
elif [[ "$DEV" == news4 ]]; then
  # The round 18 set by a fifth hand: present-day articles in gold/news4, compiled as a directory.
  WH_LIST=""; RT_LIST=""
  WH_GOLD=""; RT_GOLD=""
fi

# The White House sample: the chosen .md files, passed directly.
WH=()
if [[ -f "$WH_LIST" ]]; then
  while IFS= read -r f; do
    [[ -z "$f" || "$f" == \#* ]] && continue
    WH+=("$SH/data/whitehouse/$f")
  done < "$WH_LIST"
fi

# The Reuters sample: a small .sgm of exactly the listed stories, cut out of
# the shared files by NEWID (the REUTERS elements are copied unchanged).
if [[ -n "$RT_LIST" ]]; then
  mkdir -p "$TMP/reuters-in"
  python3 scripts/cut_reuters.py "$SH/data/reuters21578" "$RT_LIST" "$TMP/reuters-in/sample.sgm"
fi

run() { # name gold inputs...
  local name=$1 gold=$2; shift 2
  "$BIN" compile -q --jobs 2 "$@" --out "$OUT/$name" >"$TMP/$name.log" 2>&1 \
    || { echo "$name: compile failed"; cat "$TMP/$name.log" >&2; return 1; }
  local res
  res=$($SCORE "$gold" "$OUT/$name/events.jsonl" $V || true)
  if [[ -n "$V" ]]; then
    echo "$res" | sed '$d' | sed "s/^/  [$name] /"
    python3 gold/diagnose.py "$gold" "$OUT/$name/events.jsonl" | sed "s/^/  [$name] /"
  fi
  printf '%-15s %s\n' "$name:" "$(echo "$res" | tail -1 | sed 's/; need.*//')"
  if [[ -n "$TRAVELS" ]]; then python3 scripts/eval_travels.py "$OUT/$name/events.jsonl" --summary | sed "s/^/  travels: /"; fi
}

run seeds "$SH/gold/seeds.gold.jsonl" "$SH/seeds"
P=${DEV:+$DEV-}
# Until the White House part of dev2 exists, its line is skipped.
if [[ "$DEV" == news1 || "$DEV" == news2 || "$DEV" == news3 || "$DEV" == news4 ]]; then
  :  # news1, news2, news3 and news4 have no White House part
elif [[ "$DEV" == dev3 || "$DEV" == dev4 || "$DEV" == dev5 || "$DEV" == dev6 ]]; then
  :  # dev3, dev4, dev5 and dev6 are Reuters only
elif [[ -s "$WH_GOLD" && ${#WH[@]} -gt 0 ]]; then
  run "${P}whitehouse" "$WH_GOLD" "${WH[@]}"
else
  echo "${P}whitehouse: no gold yet ($WH_GOLD)"
fi
if [[ "$DEV" == news1 ]]; then
  run news1 gold/news1.gold.jsonl gold/news1
elif [[ "$DEV" == news2 ]]; then
  run news2 gold/news2.gold.jsonl gold/news2
elif [[ "$DEV" == news3 ]]; then
  run news3 gold/news3.gold.jsonl gold/news3
elif [[ "$DEV" == news4 ]]; then
  run news4 gold/news4.gold.jsonl gold/news4
else
  run "${P}reuters" "$RT_GOLD" "$TMP/reuters-in/sample.sgm"
fi

if [[ -n "$FULL" ]]; then
  for corpus in reuters21578 whitehouse; do
    "$BIN" compile -q --jobs 2 "$SH/data/$corpus" --out "$OUT/full-$corpus" >"$TMP/full.log" 2>&1 \
      || { echo "full-$corpus: compile failed"; cat "$TMP/full.log" >&2; continue; }
    echo "full-$corpus travels:"
    python3 scripts/eval_travels.py --coverage "$OUT/full-$corpus/events.jsonl" | sed 's/^/  /'
  done
fi
