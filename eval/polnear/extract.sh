#!/usr/bin/env bash
# extract.sh GIT_DIR OUT_DIR [SPLIT]
# Copies one PolNeAR split (dev by default, or train) out of a git copy of github.com/networkdynamics/PolNeAR
# (a bare mirror or a .git directory; GIT_DIR may also come from $POLNEAR_GIT) into OUT_DIR/<split>/:
# text/, attributions/, corenlp/ and metadata.tsv (the header and this split's rows only).
# Paths are filtered before any content is read: the test split is never listed, opened or copied.
set -euo pipefail
G="${1:-${POLNEAR_GIT:?give the PolNeAR git directory as \$1 or \$POLNEAR_GIT}}"
OUT="${2:?give the output directory}"
SPLIT="${3:-dev}"
case "$SPLIT" in dev|train) ;; *) echo "extract.sh: only dev or train (test is the held-out check)" >&2; exit 2;; esac
D="$OUT/$SPLIT"
mkdir -p "$D/text" "$D/attributions" "$D/corenlp"
git --git-dir="$G" ls-tree -r HEAD --name-only | grep -E "^data/$SPLIT/(text|attributions|corenlp)/" |
while read -r p; do
  git --git-dir="$G" show "HEAD:$p" > "$D/${p#data/$SPLIT/}" 2>/dev/null || { rm -f "$D/${p#data/$SPLIT/}"; echo "absent in this copy: $p" >&2; }
done
git --git-dir="$G" show HEAD:data/metadata.tsv | awk -F'\t' -v s="$SPLIT" 'NR==1 || $1==s' > "$D/metadata.tsv"
echo "$D: $(ls "$D/text" | wc -l) texts, $(ls "$D/attributions" | wc -l) annotation files, $(ls "$D/corenlp" | wc -l) CoreNLP files"
