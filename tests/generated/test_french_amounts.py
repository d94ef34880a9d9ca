"""French amounts of every size, whole on one line ("267 300 00 / 0", "24 783 US / D" in
the French Word report as LibreOffice printed it). A generated French assessment (Senegal, its plan
in XOF) whose cost lines hold a table of amounts from nothing to twelve digits, with a fraction and
without, in francs CFA, euros and dollars, plus one amount of each length from one to thirteen
digits drawn from a seed; its report written once (the PDF and the Word document together,
``report --pdf F --docx G``), the Word file printed by LibreOffice where it is installed. Each
amount, as the report formats it (reports.money.format_money: "12 345 678 XOF", digits grouped by
U+202F, the code after U+00A0), is found whole on one line of the PDF's text (pdftotext -layout),
and of the LibreOffice print; so are the totals the report computes from them."""
from __future__ import annotations

import random
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from generated.assessments import Shape, make_spec, write
from generated.invariants import broken_amounts, converted_by_libreoffice, soffice, unbroken_pieces

CURRENCIES = ("XOF", "EUR", "USD")
TABLE = [Decimal(x) for x in ("0", "7", "1234", "12345678", "999999999999", "12345678.9", "250000.05")]
# one amount of each length from 1 to 13 digits (below the limit of ten trillion), from a fixed seed
_rng = random.Random(20260511)
DRAWN = [Decimal(_rng.randint(10 ** (n - 1), 10 ** n - 1)) for n in range(1, 14)]


def _lines() -> list[tuple[Decimal, str]]:
    """(amount, currency) of every cost line the plan holds: the table in each currency (no fraction of a franc
    CFA, which has none), the drawn
    amounts in turn."""
    return ([(a, c) for c in CURRENCIES for a in TABLE if c != "XOF" or a == a.to_integral_value()]
            + [(a, CURRENCIES[i % 3]) for i, a in enumerate(DRAWN) if a < Decimal(10) ** 13])


def _plan(spec) -> None:
    """``spec``'s plan: its actions carrying :func:`_lines`, at most five lines each (a year apiece)."""
    from capacity_app.domain.plan.cost import Cost

    lines = _lines()
    actions = []
    for n, action in enumerate(spec.actions):
        mine = lines[n * 5:(n + 1) * 5]
        costs = tuple(Cost(2026 + i, amount, cur, "partner" if i % 2 else "national",
                           "Banque mondiale" if i % 2 else "", i % 3 == 0) for i, (amount, cur) in enumerate(mine))
        actions.append(replace(action, costs=costs))
    assert sum(len(a.costs) for a in actions) == len(lines)
    spec.actions = actions
    spec.country, spec.plan_currency = "SEN", "XOF"
    spec.rates = [("XOF", "603.5"), ("EUR", "0.92")]


@pytest.fixture(scope="module")
def french(make_once):
    """The folder holding the French report of the generated plan: report.pdf and report.docx,
    written together once per run (the PDF's pages given to the Word contents)."""
    def make(d: Path) -> None:
        from capacity_app.services.assessments import open_store, questionnaire_for
        from capacity_app.services.reports import export_report_files

        questionnaire = questionnaire_for()
        spec = make_spec(questionnaire, Shape("fr", 62, filled=0.2, texts="short", actions=-(-len(_lines()) // 5),
                                              currencies=3))
        _plan(spec)
        with open_store(d / "amounts.sqlite3", daily_backup=False) as store:
            aid = write(store, questionnaire, spec)
            export_report_files(store, aid, pdf_path=d / "report.pdf", docx_path=d / "report.docx", lang="fr")

    return make_once("french-amounts", make, across_workers=True)


def expected() -> list[str]:
    """Every amount of the plan as the French report prints it."""
    from capacity_app.reports.money import format_money

    return sorted({format_money(a, c, "fr") for a, c in _lines()})


def _spaced(text: str) -> str:
    return re.sub(r"[ \u00a0\u202f\u2009]+", " ", text)


def not_whole(pdf: Path, amounts: list[str]) -> list[str]:
    """The ``amounts`` not found whole on one line of ``pdf``'s text (pdftotext -layout): its
    digits, their groups and its currency, with no digit or group just before it (of which it
    would be the end) and no letter, digit or decimal comma just after it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode()
    lines = [_spaced(line) for line in text.splitlines()]
    missing = []
    for amount in amounts:
        wanted = re.compile(r"(?<![\d,])(?<!\d )" + re.escape(_spaced(amount)) + r"(?!\w|,\d)")
        if not any(wanted.search(line) for line in lines):
            missing.append(amount)
    return missing


def test_the_check_sees_an_amount_broken_across_lines(tmp_path):
    """What the check reads: an amount cut in two by a line break is not whole; the same on one
    line is; another amount that ends with its digits does not stand for it."""
    import weasyprint

    amount = "12\u202f345\u202f678\u00a0XOF"
    html = (f'<html lang="fr"><body style="font: 10pt sans-serif"><p style="width: 14mm">{amount.replace(chr(0xa0), " ")}</p>'
            f'<p>2\u202f345\u202f678\u00a0XOF</p><p>1\u202f234\u00a0EUR</p></body></html>')
    pdf = tmp_path / "broken.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf)
    assert not_whole(pdf, [amount, "345\u202f678\u00a0XOF", "1\u202f234\u00a0EUR"]) == [amount, "345\u202f678\u00a0XOF"]


@pytest.mark.slow  # the report's one render: about a minute on the shared machine
def test_every_french_amount_is_whole_on_one_line_of_the_pdf(french):
    amounts = expected()
    assert "999\u202f999\u202f999\u202f999\u00a0EUR" in amounts and "0\u00a0XOF" in amounts  # the table's ends
    assert not_whole(french / "report.pdf", amounts) == []


@pytest.mark.slow  # the render, then LibreOffice's conversion (about 15 s)
def test_every_french_amount_is_whole_in_the_word_report_as_libreoffice_prints_it(french, tmp_path):
    if soffice() is None:
        pytest.skip("LibreOffice is not installed (soffice): the Word report's print cannot be checked")
    docx = tmp_path / "report.docx"
    shutil.copy(french / "report.docx", docx)
    printed = converted_by_libreoffice(docx, tmp_path)
    pieces = sorted(unbroken_pieces(docx))  # every amount of a number's cell, totals included
    assert not_whole(printed, expected()) == []
    assert not_whole(printed, [p for p in pieces if re.search(r"[A-Z]{3}$", p)]) == []
    # with or without its currency (its digits on one line): the costs by currency's totals in the
    # trillions, six columns of them, broke inside their digits ("1 127 303 265 750 96 / 7") until
    # the table's type shrank to fit them
    assert broken_amounts(docx, printed) == []
