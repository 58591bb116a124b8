#!/usr/bin/env bash
# How safha scales: synthetic corpora made from the sample (benches/make_corpus.py), built
# from scratch, whole-process wall time and peak memory. Two tables:
#   - 10, 100, 1000 articles of the sample's length;
#   - 10 articles at 1x, 10x and 100x the sample's length;
# each for the HTML editions alone (--format html) and for all six editions. A third row
# set times a second, unchanged build (incremental) and one after touching one article.
#
#   benches/scale.sh                 # everything (a few minutes on 2 cores)
#   COUNTS="10 100" LENGTHS="1 10" FORMATS=html benches/scale.sh
#
# Needs GNU time (/usr/bin/time, Debian package `time`) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=${COUNTS:-10 100 1000}
lengths=${LENGTHS:-1 10 100}
formats=${FORMATS:-html html,pdf}
cargo build --release --quiet
bin=$PWD/target/release/safha
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SAFHA_CACHE_DIR=$work/cache

# run CORPUS FORMAT -> "seconds peak_kib"
run() {
  /usr/bin/time -f "%e %M" -o "$work/t" "$bin" --project "$1" build --format "$2" >/dev/null 2>"$work/log"
  cat "$work/t"
}

row() { # label n corpus format
  local label=$1 n=$2 corpus=$3 format=$4 s kib
  rm -rf "$corpus/dist"
  read -r s kib < <(run "$corpus" "$format")
  printf '%-28s %-9s %8.2f s %9.0f articles/s %8.1f MiB\n' "$label" "$format" "$s" \
    "$(echo "$n / $s" | bc -l)" "$(echo "$kib / 1024" | bc -l)"
}

# Warm the web-font cache once, so every row measures the same work.
python3 benches/make_corpus.py "$work/warm" 3 1 && "$bin" --project "$work/warm" build --format html >/dev/null 2>&1

echo "articles (sample length)"
for n in $counts; do
  python3 benches/make_corpus.py "$work/c$n" "$n" 1
  for f in $formats; do row "$n articles" "$n" "$work/c$n" "$f"; done
done
echo
echo "article length (10 articles)"
for l in $lengths; do
  python3 benches/make_corpus.py "$work/l$l" 10 "$l"
  for f in $formats; do row "10 articles x$l length" 10 "$work/l$l" "$f"; done
done
echo
n=$(echo "$counts" | tr ' ' '\n' | tail -1)
echo "incremental ($n articles, all formats)"
rm -rf "$work/c$n/dist"
read -r first kib < <(run "$work/c$n" html,pdf)
read -r again kib2 < <(run "$work/c$n" html,pdf)
printf 'first build %.2f s, unchanged rebuild %.2f s (%.1f %%)\n' "$first" "$again" "$(echo "100 * $again / $first" | bc -l)"
sed -i 's/^\(summary: .*\)"$/\1 (edited)"/' "$work/c$n/content/article-00002.md"
read -r one kib3 < <(run "$work/c$n" html,pdf)
printf 'after editing one article: %.2f s\n' "$one"
grep -v '^warning' "$work/log" | tail -1 | sed 's/^/  safha said: /'
