"""No translation in Python code: English is the only language written in the sources; every
translation lives in its language's catalogue (docs/languages.md, "Where the texts live").

    .venv/bin/python tools/one_regime.py       # exit 1 and one line per dict literal found

``make lint`` runs it; tests/catalog/test_one_regime.py holds the scan itself (it finds a
translation written into a temporary file) and the YAML sources' side."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANG_CODES = {"en", "fr", "es", "ar", "zh", "ru", "pt"}

# Dict literals keyed by language that are not translations, by file: what each holds. Nothing
# else may key a text by language in Python.
NOT_TRANSLATIONS = {
    "capacity_app/domain/editorial.py": "each language's editorial rules (number separators, month "
                                        "names, percent and range forms): locale data, as CLDR's",
    "capacity_app/reports/typography.py": "each language's quotation marks and typographic pass",
    "capacity_app/reports/names.py": "French and Spanish articles of country names (grammar, not text)",
    "capacity_app/catalog/countries.py": "the UNSD M49 file and the UNTERM column each UN language is read "
                                         "from (file names, not text)",
}


def _words(node: ast.AST) -> bool:
    """Whether ``node`` is a text a reader could read: a string (or strings joined) with a letter
    ("Oui" as much as a sentence)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    return isinstance(node, ast.JoinedStr)


def translations_in_python(path: Path) -> list[int]:
    """The lines of ``path``'s dict literals keyed by two or more languages holding texts."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Dict):
            continue
        keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
        langs = [(k, v) for k, v in zip(keys, node.values, strict=True) if k in LANG_CODES]
        if len(langs) >= 2 and any(k != "en" and _words(v) for k, v in langs):
            lines.append(node.lineno)
    return lines


def found_in_package(root: Path = ROOT) -> list[str]:
    """``file:line`` of each translation written in the package's Python code."""
    found = []
    for path in sorted((root / "capacity_app").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel not in NOT_TRANSLATIONS:
            found += [f"{rel}:{line}" for line in translations_in_python(path)]
    return found


def main() -> int:
    found = found_in_package()
    for where in found:
        print(f"{where}: texts keyed by language in Python code (put the English in domain/texts.py, the "
              "translations in the catalogues: tools/catalogues.py extract-inline)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
