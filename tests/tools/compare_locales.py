"""Runs Mozilla's compare-locales (PyPI) on a safha project's locales: the source folder
is the reference, one target folder the localization. Prints compare-locales' JSON.
Usage: python compare_locales.py LOCALES_DIR SOURCE_TAG TARGET_TAG"""
import os
import shutil
import subprocess
import sys
import tempfile

locales, source, target = sys.argv[1:4]
work = tempfile.mkdtemp(prefix="safha-compare-locales-")
try:
    shutil.copytree(os.path.join(locales, source), os.path.join(work, "reference"))
    shutil.copytree(os.path.join(locales, target), os.path.join(work, "l10n", target))
    with open(os.path.join(work, "l10n.toml"), "w", encoding="utf-8") as f:
        f.write(
            'basepath = "."\n'
            f'locales = ["{target}"]\n'
            '[env]\n    l = "{l10n_base}/{locale}/"\n'
            '[[paths]]\n    reference = "reference/**"\n    l10n = "{l}**"\n'
        )
    exe = os.path.join(os.path.dirname(sys.executable), "compare-locales")
    r = subprocess.run(
        [exe, "--json", "-", "--return-zero", "l10n.toml", "l10n", target],
        cwd=work, capture_output=True, text=True,
    )
    sys.stderr.write(r.stderr)
    sys.stdout.write(r.stdout)
    sys.exit(r.returncode)
finally:
    shutil.rmtree(work, ignore_errors=True)
