#!/usr/bin/env python3
"""Write en.typ, ur.typ and parallel.typ: the sample article as Typst documents that
mirror safha's three PDF editions (page geometry, sizes, running header, page numbers), for
benches/typst_compare.sh.

    python3 benches/typst/make.py            # writes next to this script

Reads the English segments from locales/en/<stem>.ftl and the Urdu ones from
locales/ur/<stem>.ftl (pairing Fluent messages by id), and takes heading levels and block
quotes from content/<stem>.md. Output is deterministic: same inputs, same bytes.
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
STEM = "new-wave-of-terrorism"

# safha's A4 geometry and type sizes (src/pdf/layout.rs), in points.
MARGIN = "(inside: 68pt, outside: 50pt, top: 66pt, bottom: 62pt)"
URDU_SCALE = 1.18  # Nastaliq looks about 15 % smaller than Latin at the same size
SIZES = {"title": 19.0, "summary": 11.5, "heading": 13.5, "body": 10.5, "furniture": 8.0}
LEADING = 1.45  # line pitch of body text, in ems
GUTTER = "18pt"
# safha balances the two columns' heights by bisection; Typst gets a fixed share that
# comes out about even for this article (Nastaliq at 1.18x runs taller than English).
PARALLEL_COLUMNS = "(0.75fr, 1fr)"

LATIN_FONTS = '"Noto Serif"'
# As safha: Nastaliq, then the Latin serif for "TTP", then Naskh for anything else Arabic.
URDU_FONTS = '("Noto Nastaliq Urdu", "Noto Serif", "Noto Naskh Arabic")'


def read_ftl(path):
    """Fluent messages id -> value, in file order. Continuation lines (indented) join
    with a space; a comment ends the message before it."""
    messages = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            current = None
            continue
        m = re.match(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*)$", line)
        if m:
            current = m.group(1)
            messages[current] = m.group(2).strip()
        elif line[:1] in (" ", "\t") and current is not None and line.strip():
            messages[current] = (messages[current] + " " + line.strip()).strip()
        elif not line.strip():
            continue
        else:
            current = None
    # Fluent string literals used as escapes: { "{" } -> {
    for k, v in messages.items():
        messages[k] = re.sub(r'\{\s*"((?:[^"\\]|\\.)*)"\s*\}', lambda m: m.group(1), v)
    return messages


def markdown_roles(path):
    """Plain text of each Markdown block -> ("heading", level) or ("quote", 0)."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[1]
    roles = {}
    for line in text.splitlines():
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            roles[m.group(2)] = ("heading", len(m.group(1)))
            continue
        m = re.match(r"^>\s?(.*)$", line)
        if m and m.group(1).strip():
            roles[m.group(1).strip()] = ("quote", 0)
    return roles


# Characters that mean something in Typst markup anywhere in a line.
ALWAYS = set("\\#*_`$<>@[]~'\"/")


def escape(text):
    """Plain text -> Typst markup that typesets as exactly that text."""
    out = []
    for i, c in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if c in ALWAYS:
            out.append("\\" + c)
        elif c == "-" and nxt in ("-", "?"):  # -- en dash, --- em dash, -? soft hyphen
            out.append("\\-")
        elif c == "." and text[i : i + 3] == "...":  # ellipsis shorthand
            out.append("\\.")
        else:
            out.append(c)
    s = "".join(out)
    # Line-start markers: heading, list, enum, term.
    if s[:1] in ("=", "-", "+"):
        s = "\\" + s
    s = re.sub(r"^(\d+)\.", r"\1\\.", s)
    return s


def inline(text):
    """Markdown inline (**strong**, *emphasis*) -> Typst markup."""
    parts = re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text)
    out = []
    for part in parts:
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append("#strong[" + escape(part[2:-2]) + "]")
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            out.append("#emph[" + escape(part[1:-1]) + "]")
        elif part:
            if out and out[-1].endswith("]") and part[0] in "(.":
                # `#emph[x](` or `#emph[x].y` would continue the call in code mode.
                part = "\\" + part
                out.append(part[0:2] + escape(part[2:]))
            else:
                out.append(escape(part))
    return "".join(out)


def plain(text):
    return re.sub(r"\*\*?([^*]+)\*\*?", r"\1", text)


def string(text):
    """A Typst string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pt(x):
    return f"{x:.2f}".rstrip("0").rstrip(".") + "pt"


def segments():
    en = read_ftl(ROOT / "locales/en" / f"{STEM}.ftl")
    ur = read_ftl(ROOT / "locales/ur" / f"{STEM}.ftl")
    roles = markdown_roles(ROOT / "content" / f"{STEM}.md")
    out = []
    for mid, en_text in en.items():
        if mid not in ur:
            print(f"make.py: no Urdu for {mid}; using the English", file=sys.stderr)
        ur_text = ur.get(mid, en_text)
        if mid in ("title", "summary"):
            role = (mid, 0)
        else:
            role = roles.get(en_text)
            if role is None:
                if mid.startswith("h-"):
                    role = ("heading", 2)
                elif mid.startswith("quote-"):
                    role = ("quote", 0)
                else:
                    role = ("body", 0)
        out.append((mid, role, en_text, ur_text))
    return out


def edges(lang):
    """safha's line pitch is max(font ascender - descender, min_leading) ems. Noto Serif's
    natural height (1.36em) is below every min_leading, so English gets 1em line boxes plus
    leading; Nastaliq's (1.904 + 0.596 = 2.5em) is above all of them, so Urdu lines are the
    font's own ascender-to-descender boxes with no leading."""
    if lang == "ur":
        return '#set text(top-edge: "ascender", bottom-edge: "descender")'
    return "#set text(top-edge: 0.8em, bottom-edge: -0.2em)"


def leading(lang, pitch):
    return "0em" if lang == "ur" else f"{pitch - 1:.2f}em"


def lang_setup(lang):
    """The `set` rules of one language, as a list of lines."""
    k = URDU_SCALE if lang == "ur" else 1.0
    body = SIZES["body"] * k
    if lang == "ur":
        text = f"#set text(font: {URDU_FONTS}, size: {pt(body)}, lang: \"ur\", dir: rtl)"
        heading_weight = '"regular"'  # Nastaliq is set in one weight, as safha does
    else:
        text = f"#set text(font: {LATIN_FONTS}, size: {pt(body)}, lang: \"en\", hyphenate: true)"
        heading_weight = '"bold"'
    return [
        text,
        edges(lang),
        f"#set par(justify: true, leading: {leading(lang, LEADING)}, spacing: 7pt)",
        f"#show heading: set text(size: {pt(SIZES['heading'] * k)}, weight: {heading_weight})",
        "#show heading: set block(above: 14pt, below: 4pt)",
        "#show heading: set par(justify: false)",
    ]


def block(lang, role, text, bq="bq"):
    """One segment as Typst markup in the current language's setup."""
    kind, level = role
    k = URDU_SCALE if lang == "ur" else 1.0
    m = inline(text)
    if kind == "title":
        weight = '"regular"' if lang == "ur" else '"bold"'
        return (
            f"#block(below: 10pt, par(justify: false, leading: {leading(lang, 1.22)},"
            f" text(size: {pt(SIZES['title'] * k)}, weight: {weight})[{m}]))"
        )
    if kind == "summary":
        style = ', style: "italic"' if lang == "en" else ""
        return (
            f"#block(below: 14pt, par(justify: false, leading: {leading(lang, 1.4)},"
            f" text(size: {pt(SIZES['summary'] * k)}{style})[{m}]))"
        )
    if kind == "heading":
        return "=" * level + " " + m
    if kind == "quote":
        return f"#{bq}[{m}]"
    return m


def quote_def(lang, name="bq"):
    # safha: text indented 20pt from the start edge, a thin bar 8pt in, italic in English.
    side = "right" if lang == "ur" else "left"
    style = 'set text(style: "italic"); ' if lang == "en" else ""
    return (
        f"#let {name}(body) = block(above: 11pt, below: 10pt, inset: ({side}: 8pt),\n"
        f"  block(inset: ({side}: 12pt), stroke: ({side}: 0.5pt + luma(120)), {{ {style}body }}))"
    )


def page_setup(lang, header, footer):
    binding = "right" if lang == "ur" else "left"
    return [
        f"#set page(paper: \"a4\", binding: {binding}, margin: {MARGIN},",
        "  header-ascent: 14pt, footer-descent: 16pt,",
        f"  header: {header},",
        f"  footer: {footer})",
    ]


def furniture_text(lang):
    # Line boxes from the font's ascender to its descender, so that a clip box of one
    # line's height (clip_height) shows exactly the first line, as safha's header does.
    edges = 'top-edge: "ascender", bottom-edge: "descender"'
    if lang == "ur":
        return f"text(font: {URDU_FONTS}, size: {pt(SIZES['furniture'] * URDU_SCALE)}, lang: \"ur\", dir: rtl, {edges})"
    return f"text(font: {LATIN_FONTS}, size: {pt(SIZES['furniture'])}, lang: \"en\", {edges})"


def clip_height(lang):
    return "2.55em" if lang == "ur" else "1.4em"


def header_single(lang, title):
    return (
        "{\n"
        f"    set {furniture_text(lang)}\n"
        "    set par(justify: false)\n"
        f"    block(height: {clip_height(lang)}, clip: true, breakable: false, align(top, {string(title)}))\n"
        "    v(-2pt)\n"
        "    line(length: 100%, stroke: 0.4pt)\n"
        "  }"
    )


def header_parallel(en_title, ur_title):
    return (
        "{\n"
        "    set par(justify: false)\n"
        "    grid(columns: (1fr, 1fr), column-gutter: 12pt, align: bottom,\n"
        f"      {{ set {furniture_text('en')}; align(left, block(height: {clip_height('en')}, clip: true, breakable: false, align(top, {string(en_title)}))) }},\n"
        f"      {{ set {furniture_text('ur')}; align(right, block(height: {clip_height('ur')}, clip: true, breakable: false, align(top, {string(ur_title)}))) }})\n"
        "    v(-2pt)\n"
        "    line(length: 100%, stroke: 0.4pt)\n"
        "  }"
    )


def footer(lang):
    # "Page N of M" in the page's language (locales/*/ui.ftl page-number), centred.
    if lang == "ur":
        label = '"صفحہ " + str(here().page()) + " از " + str(counter(page).final().first())'
    else:
        label = '"Page " + str(here().page()) + " of " + str(counter(page).final().first())'
    return f"context align(center, {furniture_text(lang)}[#({label})])"


HEAD = "// Generated by benches/typst/make.py from content/{stem}.md and locales/{{en,ur}}/{stem}.ftl; do not edit.\n"


def single(lang, segs):
    idx = 2 if lang == "en" else 3
    title = plain(segs[0][idx])
    lines = [HEAD.format(stem=STEM).rstrip("\n")]
    lines.append(f"#set document(title: {string(title)})")
    lines += page_setup(lang, header_single(lang, title), footer(lang))
    lines += lang_setup(lang)
    lines.append(quote_def(lang))
    lines.append("")
    for seg in segs:
        lines.append(block(lang, seg[1], seg[idx]))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def parallel(segs):
    en_title, ur_title = plain(segs[0][2]), plain(segs[0][3])
    lines = [HEAD.format(stem=STEM).rstrip("\n")]
    lines.append(f"#set document(title: {string(ur_title + ' | ' + en_title)})")
    lines += page_setup("en", header_parallel(en_title, ur_title), footer("ur"))
    for lang in ("en", "ur"):
        lines.append(quote_def(lang, f"bq-{lang}"))
    for lang in ("en", "ur"):
        # Set rules in a code block apply to the content passed in.
        lines.append(f"#let {lang}(body) = {{")
        for rule in lang_setup(lang):
            lines.append("  " + rule[1:])
        lines.append("  body")
        lines.append("}")
    lines.append(
        "// One row per segment: English on the left, Urdu on the right, both starting level.\n"
        f"#let pair(a, b, above: 0pt, below: 7pt) = block(above: above, below: below,\n"
        f"  grid(columns: {PARALLEL_COLUMNS}, column-gutter: {GUTTER}, en(a), ur(b)))"
    )
    lines.append("")
    for mid, role, en_text, ur_text in segs:
        kind = role[0]
        above, below = {
            "title": ("0pt", "0pt"),
            "summary": ("0pt", "4pt"),
            "heading": ("14pt", "4pt"),
            "quote": ("4pt", "10pt"),
        }.get(kind, ("0pt", "7pt"))
        a = block("en", role, en_text, "bq-en")
        b = block("ur", role, ur_text, "bq-ur")
        # Spacing is the pair's: a heading or quote inside a cell has no one to keep apart.
        lines.append(f"#pair(above: {above}, below: {below},")
        lines.append(f"  [{a}],")
        lines.append(f"  [{b}])")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main():
    segs = segments()
    if not segs or segs[0][0] != "title":
        sys.exit("make.py: the first message must be the title")
    files = {
        "en.typ": single("en", segs),
        "ur.typ": single("ur", segs),
        "parallel.typ": parallel(segs),
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
