#!/usr/bin/env bash
# Whole-process wall time and peak memory of `safha build` on the sample article: all six
# editions (en, ur, parallel × HTML, PDF), written into a fresh folder every run.
#
#   benches/build_sample.sh            # 20 runs
#   RUNS=50 FORMAT=pdf benches/build_sample.sh
#
# Needs GNU time (/usr/bin/time, Debian package `time`) for the peak resident set size.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
runs=${RUNS:-20}
format=${FORMAT:-html,pdf}
cargo build --release --quiet
bin=target/release/safha
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" build --format "$format" --out "$work/warm" >/dev/null 2>&1
# Timed with bash's own clock ($EPOCHREALTIME, no process started) and not under GNU time,
# whose own start would add about a millisecond; peak memory comes from separate runs.
ms=()
peak=0
for i in $(seq "$runs"); do
  out="$work/run$i"
  start=$EPOCHREALTIME
  "$bin" build --format "$format" --out "$out" >/dev/null 2>&1
  end=$EPOCHREALTIME
  ms+=($(( ${end/./} - ${start/./} )))
  rm -rf "$out"
done
for i in 1 2 3; do
  out="$work/rss$i"
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" build --format "$format" --out "$out" >/dev/null 2>&1
  rss=$(cat "$work/rss")
  (( rss > peak )) && peak=$rss
  rm -rf "$out"
done
sorted=($(printf '%s\n' "${ms[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
printf 'safha build (%s, %d runs): median %d.%03d ms, min %d.%03d ms, max %d.%03d ms; peak RSS %.1f MiB\n' \
  "$format" "$runs" \
  $(( median / 1000 )) $(( median % 1000 )) \
  $(( sorted[0] / 1000 )) $(( sorted[0] % 1000 )) \
  $(( sorted[runs - 1] / 1000 )) $(( sorted[runs - 1] % 1000 )) \
  "$(echo "$peak / 1024" | bc -l)"
