"""History lives in the changelog and the git log, not where readers read: no development issue
number in the code, the tests, the help, the resources, the tools or the guides (each reference
says the reason it stood for instead). CHANGELOG.md and docs/development.md name what changed
and what was verified when, by date."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = "iss" + "ue"   # spelled apart, so that this file does not find itself
NUMBERED = re.compile(rf"\b[{WORD[0].upper()}{WORD[0]}]{WORD[1:]}s? \d+")
PLACES = ("capacity_app", "docs", "resources", "tests", "tools", "benchmarks", "packaging")
COMPILED = ROOT / "resources" / "compiled"  # made by make: copies of the YAML files, each read at its source
SUFFIXES = {".py", ".md", ".yaml", ".yml", ".j2", ".css", ".html", ".ts", ".txt", ".sh", ".toml", ".json"}


def test_no_development_issue_number_where_readers_read():
    found = []
    files = [ROOT / "README.md", ROOT / "CHANGELOG.md", ROOT / "Makefile", ROOT / "pyproject.toml"]
    for place in PLACES:
        files += [p for p in (ROOT / place).rglob("*") if p.suffix in SUFFIXES and "__pycache__" not in p.parts
                  and COMPILED not in p.parents]
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        for n, line in enumerate(text.splitlines(), 1):
            if NUMBERED.search(line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()[:100]}")
    assert found == [], "\n".join(found[:20])
