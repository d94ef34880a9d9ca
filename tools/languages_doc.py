"""Write the table of docs/languages.md ("How many texts each language has") from the catalogues:
what ``capacity-app translations status --markdown`` prints (tests/catalog/test_dropin_language.py
holds the page to it).

    .venv/bin/python tools/languages_doc.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "languages.md"
START, END = "<!-- translations status: start -->\n", "<!-- translations status: end -->"


def main() -> int:
    table = subprocess.run([sys.executable, "-m", "capacity_app", "translations", "status", "--markdown"],
                           capture_output=True, text=True, check=True, cwd=ROOT).stdout
    page = PAGE.read_text(encoding="utf-8")
    head, rest = page.split(START, 1)
    PAGE.write_text(head + START + table + END + rest.split(END, 1)[1], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
