#!/usr/bin/env bash
# Installs what safha's tests need on a fresh Debian machine, idempotently:
#   Debian: poppler-utils (pdftotext, pdffonts, pdftoppm), qpdf, libharfbuzz-bin (hb-shape),
#           a Java runtime (for the Nu Html Checker), Node.js and npm, python3-venv,
#           chromium (the browser tests), libxml2-utils (xmllint: XLIFF against its schema),
#           gettext (msgfmt: PO files)
#   npm:    vnu-jar (the Nu Html Checker), pdfjs-dist (pdf.js), playwright-core (drives
#           Debian's chromium; downloads no browser) and axe-core, into .tools/
#   PyPI:   PyMuPDF, fluent.syntax and compare-locales (Mozilla's Fluent parser and
#           linter), pdfua (PDF/UA-1's machine-checkable rules, no JVM), into the
#           virtualenv .tools/venv
# Prints the environment the tests read (SAFHA_VNU_JAR, SAFHA_PDFJS, SAFHA_PYTHON) for the
# caller to eval.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="$PWD/.tools"
mkdir -p "$TOOLS"

need_apt=()
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
command -v qpdf >/dev/null || need_apt+=(qpdf)
command -v hb-shape >/dev/null || need_apt+=(libharfbuzz-bin)
command -v java >/dev/null || need_apt+=(default-jre-headless)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
python3 -c "import ensurepip, venv" 2>/dev/null || need_apt+=(python3-venv)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
command -v msgfmt >/dev/null || need_apt+=(gettext)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "test-deps: installing ${need_apt[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >&2
fi

VNU="$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$VNU" ]; then
  echo "test-deps: installing vnu-jar (Nu Html Checker)" >&2
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" vnu-jar@26.9.27 >&2 \
    || npm install --silent --no-audit --no-fund --prefix "$TOOLS" vnu-jar >&2
fi
PDFJS="$TOOLS/node_modules/pdfjs-dist/legacy/build/pdf.mjs"
if [ ! -f "$PDFJS" ]; then
  echo "test-deps: installing pdfjs-dist (pdf.js)" >&2
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" pdfjs-dist@4.8.69 >&2
fi

if [ ! -f "$TOOLS/node_modules/playwright-core/package.json" ] || [ ! -f "$TOOLS/node_modules/axe-core/axe.min.js" ]; then
  echo "test-deps: installing playwright-core and axe-core" >&2
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-audit --no-fund --prefix "$TOOLS" \
    playwright-core@1.55.0 axe-core@4.11.0 >&2
fi

PY="$TOOLS/venv/bin/python"
if ! "$PY" -c "import fitz, fluent.syntax, compare_locales, pdfua" 2>/dev/null; then
  echo "test-deps: installing PyMuPDF, fluent.syntax, compare-locales and pdfua into .tools/venv" >&2
  [ -x "$PY" ] || python3 -m venv "$TOOLS/venv" >&2
  "$TOOLS/venv/bin/pip" install --quiet --disable-pip-version-check \
    pymupdf==1.26.7 fluent.syntax==0.19.0 compare-locales==9.0.5 pdfua==0.1.3 >&2
fi

echo "export SAFHA_VNU_JAR='$VNU'"
echo "export SAFHA_PDFJS='$PDFJS'"
echo "export SAFHA_PYTHON='$PY'"
