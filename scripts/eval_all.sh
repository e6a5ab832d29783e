#!/usr/bin/env bash
# Every score line at once, one row per gold set: seeds, the held-out samples, the six dev
# sets, the round 15 news probe (news1), the round 16 news set (news2), the round 17 news set
# by a fourth hand (news3), the round 18 news set by a fifth hand (news4) and the blind sets
# (F1 only, as eval_blind2.sh keeps them blind). For comparing two binaries:
# `diff <(scripts/eval_all.sh A) <(scripts/eval_all.sh B)`.
#
# Usage: scripts/eval_all.sh [path/to/diplo]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${CARGO_TARGET_DIR:-target}/release/diplo}
[[ -x "$BIN" ]] || { echo "eval_all: no binary at $BIN (cargo build --release)" >&2; exit 2; }
{
  scripts/eval_gold.sh "$BIN"
  for set in --dev --dev2 --dev3 --dev4 --dev5 --dev6 --news1 --news2 --news3 --news4; do scripts/eval_gold.sh "$BIN" "$set" | grep -v '^seeds'; done
  scripts/eval_blind2.sh "$BIN"
} 2>&1 | python3 -c '
import re, sys
rows = {}
for line in sys.stdin:
    m = re.match(r"\s*([\w-]+):\s+(.*)", line)
    if not m:
        continue
    name, rest = m.groups()
    for kind in ("strict", "relaxed"):
        k = re.search(kind + r" F1 ([\d.]+)", rest)
        if k:
            rows.setdefault(name, {})[kind] = float(k.group(1))
for name, r in rows.items():
    nan = float("nan")
    print("%-22s %.3f / %.3f" % (name, r.get("strict", nan), r.get("relaxed", nan)))
'
