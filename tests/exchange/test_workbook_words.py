"""What the workbook says agrees with the report, in the workbook's language (ru 8, 10,
48; zh 24, 25; ar 31), and reads back exactly: the Matrix sheet's levels, default action titles,
the UN's rate source, the Plan totals notes and the Answers sheet's Type column. Unit level: no
workbook is written."""
from __future__ import annotations

from decimal import Decimal

import pytest

from capacity_app.domain.languages import LANGUAGES
from capacity_app.domain.texts import text
from capacity_app.reports.format import load_strings


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_matrix_legend_defines_the_levels_as_the_report_does(lang):
    def plain(t: str) -> str:  # the report's typography (no-break spaces) aside
        return " ".join(t.replace("\u00a0", " ").split())

    note, s = plain(text("wb.matrix.note", lang)), load_strings(lang)
    for n in range(4):
        assert plain(s[f"level_{n}"]) in note, (lang, n)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_uns_rate_source_is_written_in_the_language_and_read_back(lang):
    from capacity_app.domain.plan.cost import UN_RATE_SOURCE, Finance, Rate
    from capacity_app.exchange.workbook.actionplan_sheet import _rate_source, plan_rows

    assert text("wb.rate_source_un", lang) == load_strings(lang)["rate_source_un"]  # the report's words
    finance = Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-05-01", UN_RATE_SOURCE),
                              Rate("EUR", Decimal("0.92"), "2026-05-01", "ECB")))
    written = [r[4] for r in plan_rows(finance, None, lang) if r[0] == "exchange_rate"]
    assert written == [text("wb.rate_source_un", lang), "ECB"]
    assert [_rate_source(w) for w in written] == [UN_RATE_SOURCE, "ECB"]


def test_the_plan_totals_note_names_a_row_only_when_the_sheet_has_it():
    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Cost, Finance, Rate
    from capacity_app.exchange.workbook.actionplan_sheet import totals_rows

    finance = Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-05-01"), Rate("EUR", Decimal("0.92"), "2026-05-01")))
    one = Action("a1", "Census tables", costs=(Cost(2026, Decimal("1000"), "XOF"),))
    xof = "\u2068XOF\u2069"  # a code in an Arabic label: isolated
    rows, notes = totals_rows([one], finance, "ar")
    assert not any(str(r[2]).startswith(text("wb.totals.all_in", "ar", code=xof)) for r in rows)
    assert text("wb.totals.all_in_note", "ar", code=xof) not in notes
    two = Action("a2", "Survey", costs=(Cost(2026, Decimal("50"), "EUR"),))
    rows, notes = totals_rows([one, two], finance, "ar")
    assert any(r[2] == text("wb.totals.all_in", "ar", code=xof) for r in rows)
    assert text("wb.totals.all_in_note", "ar", code=xof) in notes


def test_a_default_action_title_is_written_in_the_language_and_read_back_as_stored():
    from dataclasses import replace

    from capacity_app.catalog.recommendations import action_title, kept_default_title, load_bundled_recommendations
    from capacity_app.domain.plan.actions import Action, drafted_title
    from capacity_app.exchange.workbook.actionplan_sheet import action_cells

    rec = next(r for r in load_bundled_recommendations() if r.id == "mirror_data_emigrants")
    stored = Action("a8", drafted_title(rec.title["en"], rec.id), rec.id)
    ru = drafted_title(rec.title["ru"], rec.id)
    assert action_cells(stored, "ru")[1] == action_title(stored, "ru") == ru  # as the Russian report prints it
    assert kept_default_title(stored, replace(stored, title=ru)) == stored  # read back: nothing changes
    edited = replace(stored, title="Mirror data from Spain and Italy")  # the officers' own: as typed
    assert action_cells(edited, "ru")[1] == edited.title
    assert kept_default_title(stored, edited) == edited


@pytest.mark.parametrize("lang", ["ar", "ru", "zh"])
def test_the_answers_type_column_is_in_the_language(lang):
    from capacity_app.domain.questionnaire import ITEM_TYPES
    from capacity_app.exchange.workbook import vocab

    labels = vocab.labels(vocab.QUESTION_TYPE, lang)
    assert len(set(labels)) == len(ITEM_TYPES) and not set(labels) & set(ITEM_TYPES)
    assert vocab.label(vocab.QUESTION_TYPE, "select_one", "zh") == "单选"
