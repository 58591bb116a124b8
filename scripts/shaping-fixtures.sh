#!/usr/bin/env bash
# Regenerates crates/safha-text/tests/shaping/nastaliq.hb.jsonl: HarfBuzz's own shaping (hb-shape, from
# Debian's libharfbuzz-bin) of every line of crates/safha-text/tests/shaping/strings.txt with the bundled
# Noto Nastaliq Urdu, one JSON array per line, at cluster level 1 (marks keep clusters of
# their own, as safha shapes). The parity test compares safha against it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hb-shape >/dev/null || { echo "hb-shape missing: apt-get install libharfbuzz-bin" >&2; exit 2; }
out=crates/safha-text/tests/shaping/nastaliq.hb.jsonl
: > "$out"
grep -v '^#' crates/safha-text/tests/shaping/strings.txt | while IFS= read -r line; do
  hb-shape fonts/NotoNastaliqUrdu-Regular.ttf --direction=rtl --script=arab --language=ur \
    --cluster-level=1 --output-format=json --no-glyph-names --utf8-clusters -- "$line" >> "$out"
done
echo "wrote $out ($(wc -l < "$out") strings, $(hb-shape --version | head -1))" >&2
