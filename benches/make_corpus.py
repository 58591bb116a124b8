#!/usr/bin/env python3
"""Writes a synthetic safha project of N articles made from the sample: each article takes
the sample's paragraphs in a different order and number (LENGTH times the sample's length
on average, at least a third of it), a numbered title, and the matching Urdu translation.

    benches/make_corpus.py OUT N [LENGTH]      # LENGTH: 1 (default), 10, 100 ...

It runs `safha extract` (target/release/safha, or $SAFHA) to give the segments their ids,
then writes locales/ur/<slug>.ftl by looking up each segment's English in the sample. A
paragraph or heading drawn twice into one article is numbered ("… (2)"), so that long
articles keep one message per paragraph."""
import os
import random
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUG = "new-wave-of-terrorism"


def messages(path):
    """id -> value of a .ftl file whose messages are one line each (as the sample's are)."""
    out = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^([a-z][a-z0-9-]*) = (.*)$", line.rstrip("\n"))
        if m:
            out[m.group(1)] = m.group(2)
    return out


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    length = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    safha = os.environ.get("SAFHA", os.path.join(ROOT, "target/release/safha"))
    en = messages(os.path.join(ROOT, "locales/en", SLUG + ".ftl"))
    ur = messages(os.path.join(ROOT, "locales/ur", SLUG + ".ftl"))
    to_ur = {en[k]: ur[k] for k in en if k in ur}
    text = open(os.path.join(ROOT, "content", SLUG + ".md"), encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    blocks = [b for b in body.strip().split("\n\n") if b.strip()]
    title = en["title"]

    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "content"))
    os.makedirs(os.path.join(out, "locales", "ur"))
    with open(os.path.join(out, "safha.toml"), "w") as f:
        f.write('source = "en"\nlanguages = ["en", "ur"]\nbase_url = "https://corpus.example.org/"\n')
    shutil.copy(os.path.join(ROOT, "locales/ur/ui.ftl"), os.path.join(out, "locales/ur/ui.ftl"))
    os.makedirs(os.path.join(out, "locales", "en"))
    shutil.copy(os.path.join(ROOT, "locales/en/ui.ftl"), os.path.join(out, "locales/en/ui.ftl"))
    for i in range(n):
        rng = random.Random(i)
        count = max(len(blocks) // 3, int(len(blocks) * length * rng.uniform(0.5, 1.5)))
        chosen = [blocks[rng.randrange(len(blocks))] for _ in range(count)]
        # A paragraph or heading drawn again is numbered, so every one stays a message of
        # its own (equal English in one article shares one message).
        seen = {}
        for k, block in enumerate(chosen):
            seen[block] = seen.get(block, 0) + 1
            plain = "\n" not in block and not block.startswith(("|", "-", "*", ">", "!", "["))
            if seen[block] > 1 and plain:
                chosen[k] = f"{block} ({seen[block]})"
        # Never two headings in a row at the end: articles end with a paragraph.
        while chosen and chosen[-1].startswith("#"):
            chosen.pop()
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        md = (f'---\ntitle: "{title} ({i + 1})"\nsummary: "{en["summary"]}"\n'
              f"date: 2024-{month:02d}-{day:02d}\n---\n\n" + "\n\n".join(chosen) + "\n")
        with open(os.path.join(out, "content", f"article-{i + 1:05d}.md"), "w", encoding="utf-8") as f:
            f.write(md)
    subprocess.run([safha, "--project", out, "extract"], check=True, stderr=subprocess.DEVNULL)
    for name in sorted(os.listdir(os.path.join(out, "content"))):
        slug = name[:-3]
        number = int(slug.split("-")[1])
        lines = []
        for mid, value in messages(os.path.join(out, "locales/en", slug + ".ftl")).items():
            if mid == "title":
                translated = f"{ur['title']} ({number})"
            else:
                numbered = re.match(r"^(.*) \((\d+)\)$", value, re.S)
                translated = to_ur.get(value)
                if translated is None and numbered and numbered.group(1) in to_ur:
                    translated = f"{to_ur[numbered.group(1)]} ({numbered.group(2)})"
            if translated is None:
                continue
            lines.append(f"# en: {value}\n{mid} = {translated}\n")
        with open(os.path.join(out, "locales/ur", slug + ".ftl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


if __name__ == "__main__":
    main()
