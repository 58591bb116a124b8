#!/usr/bin/env bash
# Typst beside safha on the sample article, whole-process wall time and peak memory, median
# of RUNS runs: the same three PDF editions (en, ur, parallel), then the same six editions
# (the three as HTML too; Typst's HTML export, safha's pages with their stylesheet and web
# fonts, the subsets coming from safha's font cache after the warm-up run).
#
#   benches/typst_compare.sh              # 10 runs
#   RUNS=30 OUT=/tmp/typst-pdfs benches/typst_compare.sh   # also keep the Typst PDFs
#
# Typst comes from PyPI (package `typst`, Python bindings that carry the compiler; PyPI has
# no standalone Typst CLI) in a venv at .tools/typst-venv. benches/typst/make.py regenerates
# benches/typst/{en,ur,parallel}.typ from content/ and locales/ first. All three documents
# are compiled in one Python process, as `safha build --format pdf` writes all three in one
# process; the cost of starting Python and importing the module is measured on its own
# (`python -c 'import typst'`) and reported beside it, with the in-process compile time.
# safha is measured only if target/release/safha is already built: this script never builds.
#
# The Typst command line (crate `typst-cli` 0.15.1, the same compiler) is measured too when
# it is installed at .tools/typst-cli/bin/typst; `TYPST_CLI=1` installs it first with
# `cargo install` (about 20 minutes on two cores). The command line compiles one document
# per run (benches/typst/cli.sh), so the six editions are six runs, one after another and
# also two at a time (safha uses both cores too).
#
# The last line measures the six editions once more with Typst and safha interleaved run by
# run, the comparison that holds on a machine whose speed drifts.
#
# Needs GNU time (/usr/bin/time, Debian package `time`) for the peak resident set size.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
typst_py_version=${TYPST_PY_VERSION:-0.15.2}
venv=.tools/typst-venv
py=$venv/bin/python

if [[ ! -x /usr/bin/time ]]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
if ! "$py" -c "import typst, sys; sys.exit(typst.__version__ != '$typst_py_version')" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "typst==$typst_py_version"
fi
"$py" benches/typst/make.py

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One process: import, then the three editions, each a fresh compile sharing one font book
# (the fonts under fonts/ only, no system fonts), as `typst compile --font-path fonts
# --ignore-system-fonts` would. Prints the in-process compile time in µs.
cat >"$work/compile.py" <<'EOF'
import sys, time
import typst
out = sys.argv[-1]
formats = ("pdf", "html") if "--six" in sys.argv else ("pdf",)
t0 = time.perf_counter()
fonts = typst.Fonts(include_system_fonts=False, font_paths=["fonts"])
for fmt in formats:
    for name in ("en", "ur", "parallel"):
        typst.compile(f"benches/typst/{name}.typ", output=f"{out}/{name}.{fmt}", format=fmt,
                      font_paths=fonts)
print(round((time.perf_counter() - t0) * 1e6))
EOF

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int(NR/2)+1]}'; }
ms() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }

# Runs "$@" RUNS times in fresh output folders (after one warm-up); sets wall (median µs)
# and peak (KiB, the largest of three more runs under GNU time). The clock is bash's own
# $EPOCHREALTIME, read without starting a process, and the timed runs are not wrapped in
# GNU time: either would add a millisecond or two of this script's own to every run, which
# is nothing beside Typst's 200 ms and a tenth of safha's time.
measure() {
  local walls=() i out start end rss
  peak=0
  "$@" "$work/warm" >/dev/null 2>&1
  for i in $(seq "$runs"); do
    out="$work/run$i"
    mkdir -p "$out"
    start=$EPOCHREALTIME
    "$@" "$out" >"$work/stdout" 2>/dev/null
    end=$EPOCHREALTIME
    walls+=($(( ${end/./} - ${start/./} )))
    [[ -s "$work/stdout" ]] && inproc+=($(cat "$work/stdout"))
    [[ $i == "$runs" && -n "${OUT:-}" ]] && { mkdir -p "$OUT"; cp "$out"/* "$OUT"/ 2>/dev/null || true; }
    rm -rf "$out"
  done
  wall=$(median "${walls[@]}")
  for i in 1 2 3; do
    out="$work/rss$i"
    mkdir -p "$out"
    /usr/bin/time -f "%M" -o "$work/rss" "$@" "$out" >/dev/null 2>&1
    rss=$(tail -n 1 "$work/rss")
    (( rss > peak )) && peak=$rss
    rm -rf "$out"
  done
}

mkdir -p "$work/warm"
inproc=()
measure "$py" -c 'import typst' ; import_wall=$wall; import_peak=$peak
inproc=()
measure "$py" "$work/compile.py"; typst_wall=$wall; typst_peak=$peak
compile_us=$(median "${inproc[@]}")
inproc=()
measure "$py" "$work/compile.py" --six; typst6_wall=$wall; typst6_peak=$peak
compile6_us=$(median "${inproc[@]}")

version=$("$py" -c 'import typst; print(typst.eval(b"", "sys.version"))' | sed -E 's/.*\(([0-9]+), ([0-9]+), ([0-9]+)\).*/\1.\2.\3/')
printf 'typst %s (typst-py %s, %s; 3 PDFs, %d runs): median %s ms (python import %s ms; in-process compile %s ms); peak RSS %.1f MiB (import alone %.1f MiB)\n' \
  "$version" "$typst_py_version" "$("$py" -c 'import platform; print("Python", platform.python_version())')" "$runs" \
  "$(ms "$typst_wall")" "$(ms "$import_wall")" "$(ms "$compile_us")" \
  "$(echo "$typst_peak / 1024" | bc -l)" "$(echo "$import_peak / 1024" | bc -l)"

typst_cli=.tools/typst-cli/bin/typst
if [[ ! -x $typst_cli && ${TYPST_CLI:-0} == 1 ]]; then
  cargo install typst-cli --version 0.15.1 --locked --root .tools/typst-cli
fi
if [[ -x $typst_cli ]]; then
  cli=benches/typst/cli.sh
  inproc=()
  measure "$cli" "$typst_cli" 1 pdf; cli3_wall=$wall
  measure "$cli" "$typst_cli" 1 "pdf html"; cli6_wall=$wall; cli6_peak=$peak
  measure "$cli" "$typst_cli" 2 "pdf html"; cli6p_wall=$wall
  printf 'typst-cli %s (one document per run): 3 PDFs %s ms; six editions %s ms one after another, %s ms two at a time; peak RSS %.1f MiB\n' \
    "$("$typst_cli" --version | awk '{print $2}')" "$(ms "$cli3_wall")" "$(ms "$cli6_wall")" \
    "$(ms "$cli6p_wall")" "$(echo "$cli6_peak / 1024" | bc -l)"
fi

bin=target/release/safha
if [[ -x $bin ]]; then
  inproc=()
  measure "$bin" build --format pdf --out; safha_wall=$wall; safha_peak=$peak
  printf 'safha build (pdf, 3 PDFs, %d runs): median %s ms; peak RSS %.1f MiB\n' \
    "$runs" "$(ms "$safha_wall")" "$(echo "$safha_peak / 1024" | bc -l)"
  printf 'typst / safha: wall %.1fx (less python import %.1fx; in-process compile %.1fx), peak RSS %.1fx\n' \
    "$(echo "$typst_wall / $safha_wall" | bc -l)" \
    "$(echo "($typst_wall - $import_wall) / $safha_wall" | bc -l)" \
    "$(echo "$compile_us / $safha_wall" | bc -l)" \
    "$(echo "$typst_peak / $safha_peak" | bc -l)"
  measure "$bin" build --out; safha6_wall=$wall; safha6_peak=$peak
  printf 'six editions: typst median %s ms (in-process compile %s ms), %.1f MiB; safha median %s ms, %.1f MiB\n' \
    "$(ms "$typst6_wall")" "$(ms "$compile6_us")" "$(echo "$typst6_peak / 1024" | bc -l)" \
    "$(ms "$safha6_wall")" "$(echo "$safha6_peak / 1024" | bc -l)"
  printf 'six editions, typst / safha: wall %.1fx (less python import %.1fx; in-process compile %.1fx)\n' \
    "$(echo "$typst6_wall / $safha6_wall" | bc -l)" \
    "$(echo "($typst6_wall - $import_wall) / $safha6_wall" | bc -l)" \
    "$(echo "$compile6_us / $safha6_wall" | bc -l)"
  if [[ -x $typst_cli ]]; then
    printf 'typst-cli / safha: 3 PDFs %.1fx; six editions %.1fx (one after another), %.1fx (two at a time)\n' \
      "$(echo "$cli3_wall / $safha_wall" | bc -l)" "$(echo "$cli6_wall / $safha6_wall" | bc -l)" \
      "$(echo "$cli6p_wall / $safha6_wall" | bc -l)"
  fi
  # The same six editions again, the two tools interleaved run by run (alternating which
  # goes first), so that both see the same machine: these machines drift by a fifth from
  # minute to minute, and the blocks above run minutes apart.
  tw=(); sw=(); ratios=()
  for i in $(seq "$runs"); do
    for side in $(( i % 2 )) $(( 1 - i % 2 )); do
      out="$work/pair$i-$side"
      mkdir -p "$out"
      start=$EPOCHREALTIME
      if (( side == 0 )); then
        "$py" "$work/compile.py" --six "$out" >/dev/null 2>&1
      else
        "$bin" build --out "$out" >/dev/null 2>&1
      fi
      end=$EPOCHREALTIME
      if (( side == 0 )); then t=$(( ${end/./} - ${start/./} )); else s=$(( ${end/./} - ${start/./} )); fi
      rm -rf "$out"
    done
    tw+=("$t"); sw+=("$s"); ratios+=($(( t * 100 / s )))
  done
  r=$(median "${ratios[@]}")
  printf 'six editions, interleaved (%d pairs): typst median %s ms, safha median %s ms; typst / safha per pair: median %d.%02dx\n' \
    "$runs" "$(ms "$(median "${tw[@]}")")" "$(ms "$(median "${sw[@]}")")" $(( r / 100 )) $(( r % 100 ))
else
  echo "safha: $bin not built (cargo build --release), not measured"
fi
