#!/usr/bin/env bash
# Footnotes at scale (a hostile review's case): one paragraph referring to N notes, each
# defined after it; extract, then build all six editions from scratch, whole-process wall
# time and peak memory. Linear is the aim: 5,000 notes took 98 s to build and 20,000 took
# 18 s to extract while every note was looked up by a search of all the others.
#
#   benches/notes_scale.sh              # 1000 5000 20000 notes
#   NOTES="500 2000" benches/notes_scale.sh
#
# Needs GNU time (/usr/bin/time, Debian package `time`) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
notes=${NOTES:-1000 5000 20000}
cargo build --release --quiet
bin=$PWD/target/release/safha
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SAFHA_CACHE_DIR=$work/cache
printf '%-8s %-20s %s\n' notes extract "build (six editions)"
for n in $notes; do
  p=$work/n$n
  mkdir -p "$p/content"
  python3 - "$p/content/notes.md" "$n" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
refs = " ".join(f"word[^{i}]" for i in range(n))
defs = "\n\n".join(f"[^{i}]: Note number {i}, a sentence of its own." for i in range(n))
open(path, "w").write(f"---\ntitle: Notes\n---\n\n{refs}\n\n{defs}\n")
PY
  cols=()
  for args in "extract" "build --no-cache"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -o "$work/t" "$bin" --project "$p" $args >/dev/null 2>&1 || true
    read -r s kib <"$work/t"
    cols+=("$(printf '%6.2f s %5.0f MiB' "$s" "$(echo "$kib / 1024" | bc -l)")")
  done
  printf '%-8s %-20s %s\n' "$n" "${cols[0]}" "${cols[1]}"
done
