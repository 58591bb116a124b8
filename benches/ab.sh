#!/usr/bin/env bash
# Interleaved A/B timing of two safha executables on the same project: run A, then B, then
# A, … so that both see the same machine (these machines drift by a fifth from hour to
# hour). Whole-process wall time with bash's own clock, a fresh output folder every run.
#
#   benches/ab.sh OLD_SAFHA NEW_SAFHA            # 40 runs each, the sample, six editions
#   RUNS=60 FORMAT=pdf PROJECT=path benches/ab.sh A B
#
# Prints each side's median, quartiles and min, and the median of the paired differences
# (B - A) with the share of pairs in which B was faster.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: benches/ab.sh A_EXECUTABLE B_EXECUTABLE" >&2; exit 2; }
a=$(realpath "$1"); b=$(realpath "$2")
runs=${RUNS:-40}
format=${FORMAT:-html,pdf}
project=$(realpath "${PROJECT:-.}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Each side's own cache folder, warmed once: the web-font subsets are made on first use.
for side in a b; do
  bin=${!side}
  SAFHA_CACHE_DIR="$work/cache-$side" "$bin" --project "$project" build --no-cache \
    --format "$format" --out "$work/warm-$side" >/dev/null 2>&1 || true
done
ta=(); tb=()
for i in $(seq "$runs"); do
  # A then B, then B then A: whichever runs second in a pair meets a file system busy
  # with the first one's deletions (a millisecond on these disks), so each side does so
  # equally often.
  order="a b"
  [ $((i % 2)) -eq 0 ] && order="b a"
  for side in $order; do
    bin=${!side}
    out="$work/$side$i"
    start=$EPOCHREALTIME
    SAFHA_CACHE_DIR="$work/cache-$side" "$bin" --project "$project" build --no-cache \
      --format "$format" --out "$out" >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    us=$(( ${end/./} - ${start/./} ))
    if [ $side = a ]; then ta+=("$us"); else tb+=("$us"); fi
    rm -rf "$out"
  done
done
python3 - "$runs" "${ta[@]}" "${tb[@]}" <<'EOF'
import statistics, sys
n = int(sys.argv[1]); xs = list(map(int, sys.argv[2:]))
a, b = xs[:n], xs[n:]
def show(name, v):
    q = statistics.quantiles(v, n=4)
    print(f"{name}: median {statistics.median(v)/1000:.2f} ms  (q1 {q[0]/1000:.2f}, q3 {q[2]/1000:.2f}, min {min(v)/1000:.2f})")
show("A", a); show("B", b)
d = [y - x for x, y in zip(a, b)]
faster = sum(1 for x in d if x < 0) / n
print(f"B - A: median {statistics.median(d)/1000:+.2f} ms over {n} pairs; B faster in {faster:.0%} of them")
EOF
