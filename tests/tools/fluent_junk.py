"""Parses .ftl files with Mozilla's reference parser (PyPI fluent.syntax) and prints, as
JSON, each file's Junk entries (annotations with line:col) and its message ids.
Usage: python fluent_junk.py FILE..."""
import json
import sys

from fluent.syntax import FluentParser, ast

out = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    resource = FluentParser(with_spans=True).parse(text)
    junk = []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            for a in entry.annotations:
                line = text.count("\n", 0, a.span.start) + 1
                col = a.span.start - (text.rfind("\n", 0, a.span.start) + 1) + 1
                junk.append(f"{line}:{col} {a.code} {a.message}")
    ids = [e.id.name for e in resource.body if isinstance(e, ast.Message)]
    out[path] = {"junk": junk, "ids": ids}
print(json.dumps(out, ensure_ascii=False))
