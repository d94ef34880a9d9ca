"""Words broken at a line end in the Russian report (an editor read
"идентификац-ионный"): read on the PDF's text, every Cyrillic word hyphenated at a line end is
broken where the Russian patterns WeasyPrint uses (pyphen's hyph_ru_RU, through <html lang="ru">
and ``hyphens: auto``) allow it, and no Cyrillic word is cut without a hyphen."""
from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pyphen
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CYR = re.compile(r"^[А-Яа-яЁё]+$")


def line_breaks(pdf: Path) -> list[tuple[int, str, str, bool]]:
    """(page, the end of a line, the start of the next, hyphenated) for every line of a text block
    followed by another line of the same block."""
    out = []
    with pymupdf.open(pdf) as doc:
        for pno, page in enumerate(doc, 1):
            for block in page.get_text("dict")["blocks"]:
                lines = ["".join(s["text"] for s in ln["spans"]) for ln in block.get("lines", [])]
                for a, b in zip(lines, lines[1:], strict=False):
                    if not a.strip() or not b.strip():
                        continue
                    end, start = a.split()[-1], b.split()[0]
                    hyphen = end.endswith(("\xad", "\u2010", "-"))
                    out.append((pno, end.rstrip("\xad\u2010-"), start, hyphen))
    return out


def vocabulary() -> set[str]:
    words: set[str] = set()
    for path in [REPO / "assessments" / "translations" / "ru.yaml", *REPO.glob("resources/*/strings.ru.yaml")]:
        words.update(w.lower() for w in re.findall(r"[А-Яа-яЁё]+", path.read_text(encoding="utf-8")))
    return words


@pytest.fixture(scope="module")
def russian(demo_report):
    return demo_report("ru")


@pytest.mark.slow  # the Russian demo report: make reliability (tests/sample.py)
def test_no_wrong_hyphenation_in_the_russian_report(russian):
    html = (REPO / "resources" / "report" / "report.css").read_text(encoding="utf-8")
    assert "hyphens: auto" in html
    assert russian.ctx.lang == "ru"
    patterns = pyphen.Pyphen(lang="ru_RU", left=2, right=2)
    words = vocabulary()
    wrong, cut = [], []
    hyphenated = 0
    for page, end, start, hyphen in line_breaks(russian.path):
        head = re.sub(r"^[^А-Яа-яЁё]+", "", end)
        tail = re.match(r"[А-Яа-яЁё]*", start)[0]
        if not head or not tail or not CYR.match(head):
            continue
        word = head + tail
        if hyphen:
            hyphenated += 1
            if len(head) not in patterns.positions(word.lower()):
                wrong.append(f"p. {page}: {head}-{tail}")
        elif tail[0].islower() and word.lower() in words and head.lower() not in words \
                and tail.lower() not in words:
            cut.append(f"p. {page}: {head} | {tail}")
    assert hyphenated > 50           # the check read real breaks
    assert wrong == [] and cut == []


def test_the_russian_catalogue_has_no_hand_made_breaks():
    """The catalogues carry text, not layout: a soft hyphen typed into a translation would reach
    the translator's file invisibly and every output but the PDF."""
    for path in [REPO / "assessments" / "translations" / "ru.yaml", *REPO.glob("resources/*/strings.ru.yaml")]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        flat = repr(data)
        assert "\xad" not in flat and "\\xad" not in flat, path.name
