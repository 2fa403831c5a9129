#!/usr/bin/env bash
# eval/measure.sh OUT_DIR [polnear|wikinews|seeds ...]
# Ingests each named corpus into a fresh store under OUT_DIR, exports it and scores it, so that a change is judged
# on text it was not tuned on (issue 16). Needs the PolNeAR dev split prepared as eval/polnear/README.md says
# (/tmp/polnear/dev and /tmp/polnear/dev.csv). KG_HOME picks the build to measure (default: this checkout).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KG="${KG_HOME:-$(dirname "$HERE")}/kg"
OUT="${1:?give an output directory}"; shift
mkdir -p "$OUT"
for corpus in "${@:-seeds wikinews polnear}"; do
  for c in $corpus; do
    rm -rf "$OUT/$c-graph"
    case "$c" in
      seeds)    input="$HERE/../../shared/corpus/seeds" ;;
      wikinews) input="$HERE/wikinews-gold/articles.csv" ;;
      polnear)  input=/tmp/polnear/dev.csv ;;
      *) echo "unknown corpus $c" >&2; exit 2 ;;
    esac
    start=$(date +%s)
    "$KG" ingest "$input" --data "$OUT/$c-graph" --threads 2 > "$OUT/$c-ingest.log" 2>&1
    echo "$c: ingest $(( $(date +%s) - start )) s" >&2
    "$KG" export "$OUT/$c.jsonl" --data "$OUT/$c-graph" > /dev/null 2>&1
    case "$c" in
      seeds)    python3 "$HERE/../../shared/eval/kgscore.py" "$OUT/$c.jsonl" "$HERE"/../../shared/eval/gold/*.yaml > "$OUT/$c-score.txt" ;;
      wikinews) python3 "$HERE/wikinews-gold/score.py" "$OUT/$c.jsonl" "$HERE"/wikinews-gold/gold/*.yaml --verbose > "$OUT/$c-score.txt" ;;
      polnear)  python3 "$HERE/polnear/score.py" "$OUT/$c.jsonl" --corpus /tmp/polnear/dev --json "$OUT/$c-score.json" --verbose > "$OUT/$c-score.txt" ;;
    esac
    echo "== $c"; grep -E "TOTAL|right|recall|accuracy|precision|bar|score:" "$OUT/$c-score.txt" | head -20 || true
  done
done
