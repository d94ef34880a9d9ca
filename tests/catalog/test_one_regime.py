"""One home per text: English is the only language written in the sources; every translation
lives in its language's catalogue (docs/languages.md, "Where the texts live").

A translation left in Python code, or inline beside the English in a YAML source, fails here with
its file and line; ``tools/catalogues.py extract-inline`` moves it to its catalogue."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import inline_texts  # noqa: E402
from one_regime import found_in_package, translations_in_python  # noqa: E402

def test_no_translation_is_left_in_python_code():
    """The scan `make lint` runs (tools/one_regime.py)."""
    found = found_in_package(ROOT)
    assert not found, ("texts keyed by language in Python code (put the English in domain/texts.py, "
                       "the translations in the catalogues: tools/catalogues.py extract-inline): "
                       + ", ".join(found))


def test_the_check_finds_a_translation_in_code(tmp_path):
    """The scan is not blind: a sentence with its French beside it is found, a locale table is not."""
    path = tmp_path / "m.py"
    path.write_text('A = {"en": "Tick one", "fr": "Cochez une case"}\n'
                    'B = {"en": ",", "fr": ","}\n'
                    'C = {\n    "x": {"es": "Marque " + "una opción", "pt": "Assinale uma"}}\n', encoding="utf-8")
    assert translations_in_python(path) == [1, 4]


def _sources() -> list[Path]:
    """Every YAML source under assessments/ and resources/ that is not a catalogue."""
    out = []
    for path in sorted([*(ROOT / "assessments").rglob("*.yaml"), *(ROOT / "resources").rglob("*.yaml")]):
        head = path.read_text(encoding="utf-8")[:4000]
        if not ("\nlanguage: " in head and "\nentries:" in head):  # a catalogue's own keys
            out.append(path)
    return out


def test_no_yaml_source_holds_a_translation_inline():
    found = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        stripped, n = inline_texts.strip_yaml(text)
        if n:
            first = next(i for i, (a, b) in enumerate(zip(text.splitlines(), stripped.splitlines(), strict=False))
                         if a != b)
            found.append(f"{path.relative_to(ROOT)}:{first + 1} ({n} texts)")
    assert not found, ("translations inline beside the English (run tools/catalogues.py extract-inline): "
                       + ", ".join(found))
    assert not list((ROOT / "resources" / "help").glob("help.[!e]*.html")), "a help page other than English's"


def test_extract_inline_moves_a_text_and_keeps_the_english(tmp_path):
    """The tool's YAML and Python cuts: the other languages out, the English and comments as written."""
    text = ("# a comment\nkey: {en: \"Tick one\", fr: \"Cochez\", es: 'Marque'}\nblock:\n  en: \"A\"\n"
            "  fr:\n    - \"x\"\n    - \"y\"\n  es: \"B\"\nnext: {en: \"N\"}\n")
    stripped, n = inline_texts.strip_yaml(text)
    assert n == 4
    assert stripped == "# a comment\nkey: {en: \"Tick one\"}\nblock:\n  en: \"A\"\nnext: {en: \"N\"}\n"
    source = 'TEXTS = {\n    "a": {"en": "É one", "fr": "É un",\n          "es": "uno"},\n}\n'
    cut, n = inline_texts.strip_python(source)
    assert n == 2 and cut == 'TEXTS = {\n    "a": {"en": "É one"},\n}\n'
    assert inline_texts.strip_python(cut) == (cut, 0) and inline_texts.strip_yaml(stripped) == (stripped, 0)
