#!/usr/bin/env bash
# Peak memory of one article as it grows (#14's curve): an English-only article of SIZES
# megabytes (the sample's paragraphs over and over, from benches/make_corpus.py, cut at a
# paragraph), built from scratch, web pages only and web pages with the PDF. An edition of
# more than 500,000 characters is laid out again for each of the writer's passes rather
# than kept whole (src/pdf/mod.rs, KEEP_CHARS).
#
#   benches/memory_curve.sh                # 1 4 10 50 MB
#   SIZES="1 2" benches/memory_curve.sh
#   SAFHA=/tmp/old/safha SIZES=4 benches/memory_curve.sh   # another build of safha
#
# Needs GNU time (/usr/bin/time, Debian package `time`) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-1 4 10 50}
cargo build --release --quiet
bin=${SAFHA:-$PWD/target/release/safha}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SAFHA_CACHE_DIR=$work/cache
largest=$(printf '%s\n' $sizes | sort -n | tail -1)
# One long article, then each size cut from it (make_corpus's length is in samples, of
# about 9.5 KB each for this one: a tenth over the largest size, under the 64 MB an
# article may be).
python3 benches/make_corpus.py "$work/long" 1 $(( largest * 116 )) >/dev/null
printf '%-8s %-22s %s\n' "article" "web pages" "web pages + PDF"
for mb in $sizes; do
  p=$work/a$mb
  mkdir -p "$p/content" "$p/locales/en"
  cp "$work/long/safha.toml" "$p/"
  cp "$work/long/locales/en/ui.ftl" "$p/locales/en/"
  python3 - "$work/long/content/article-00001.md" "$p/content/article.md" "$mb" <<'PY'
import sys
src, dst, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(src, encoding="utf-8").read()
cut = text.rfind("\n\n", 0, mb * 1_000_000)
open(dst, "w", encoding="utf-8").write(text[:cut] + "\n")
PY
  row=()
  # Once untimed: the web-font subsets for this text are made on first use, and cached.
  "$bin" --project "$p" build --format html >/dev/null 2>&1 || true
  for f in html html,pdf; do
    rm -rf "$p/dist"
    /usr/bin/time -f "%e %M" -o "$work/t" "$bin" --project "$p" build --format "$f" >/dev/null 2>"$work/log" || true
    read -r s kib < <(tail -n 1 "$work/t")
    row+=("$(printf '%.0f MiB, %.1f s' "$(echo "$kib / 1024" | bc -l)" "$s")")
  done
  printf '%-8s %-22s %s\n' "$mb MB" "${row[0]}" "${row[1]}"
done
