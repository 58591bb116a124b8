#!/usr/bin/env bash
# The Typst command line on the documents of make.py, one document per run as
# `typst compile` takes them, for typst_compare.sh:
#
#   benches/typst/cli.sh TYPST JOBS "pdf html" OUT
#
# compiles en, ur and parallel in each format into OUT, JOBS runs at a time, with the fonts
# under fonts/ only (as safha uses them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
typst=$1 jobs=$2 formats=$3 out=$4
for fmt in $formats; do
  for name in en ur parallel; do echo "$fmt $name"; done
done | xargs -P "$jobs" -n 2 sh -c '"$0" compile --root "$1" --font-path "$1/fonts" \
  --ignore-system-fonts --features html --format "$3" "$1/benches/typst/$4.typ" "$2/$4.$3"' \
  "$typst" "$root" "$out"
