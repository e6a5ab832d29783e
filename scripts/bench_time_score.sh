#!/usr/bin/env bash
# Scores `diplo timex --timeml` with the TempEval-3 scorer on TimeBank
# (split into the held-out part, every 5th file in name order starting
# with the 5th, and the rest) and on AQUAINT.
# Usage: scripts/bench_time_score.sh [path/to/diplo] [-v rest|aquaint]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${CARGO_TARGET_DIR:-target}/debug/diplo}
SH=../shared
TB=$SH/data/timebank/TimeBank
AQ=$SH/data/timebank/AQUAINT
TMP=$(mktemp -d)
KEEP=${KEEP:-}
trap '[[ -n "$KEEP" ]] && cp "$TMP"/*.jsonl "$KEEP"/; rm -rf "$TMP"' EXIT
mkdir -p "$TMP/held" "$TMP/rest"
i=0
for f in $(ls "$TB"/*.tml | sort); do
  i=$((i+1))
  if (( i % 5 == 0 )); then ln -s "$(realpath "$f")" "$TMP/held/"; else ln -s "$(realpath "$f")" "$TMP/rest/"; fi
done
for part in held rest; do
  "$BIN" timex --timeml "$TMP/$part"/*.tml > "$TMP/$part.jsonl"
done
"$BIN" timex --timeml "$AQ"/*.tml > "$TMP/aq.jsonl"
V=${3:-}
echo -n "TimeBank held-out: "; python3 $SH/tools/score_timeml.py "$TMP/held" "$TMP/held.jsonl" | tail -1
if [[ "$V" == rest ]]; then python3 $SH/tools/score_timeml.py "$TMP/rest" "$TMP/rest.jsonl" -v > /tmp/time_rest_v.txt || true; fi
if [[ "$V" == aquaint ]]; then python3 $SH/tools/score_timeml.py "$AQ" "$TMP/aq.jsonl" -v > /tmp/time_aq_v.txt || true; fi
echo -n "TimeBank rest:     "; python3 $SH/tools/score_timeml.py "$TMP/rest" "$TMP/rest.jsonl" | tail -1
echo -n "AQUAINT:           "; python3 $SH/tools/score_timeml.py "$AQ" "$TMP/aq.jsonl" | tail -1
