"""The workbook's coded cells as labels in its language (editors' reviews S14, B21-B24):
an action's status, priority action, start and end, a cost line's funding source, secured, category
and funding stage, the Scores kind, the Metadata status and the default title are written in the
workbook's language, and read back from the label of any of the six languages or the code (an older
workbook's), so a workbook round-trips exactly and a cell a person types in LibreOffice in any
language is read; anything else is refused at its cell with the accepted values."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import openpyxl
import pytest

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.assessment import default_title, default_title_in, is_default_title_in_any_language
from capacity_app.domain.languages import LANGUAGES
from capacity_app.domain.plan.cost import Cost, Finance, Rate
from capacity_app.exchange.workbook import vocab
from capacity_app.exchange.workbook.actionplan_sheet import (
    plan_rows,
    read_action_plan,
    write_action_costs,
    write_action_plan,
)
from capacity_app.exchange.workbook.format import ACTION_COSTS, ACTION_PLAN, METADATA
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.services.exchange import read_workbook
from capacity_app.exchange.workbook.importer import WorkbookError


VOCABULARIES = (vocab.ACTION_STATUS, vocab.FUNDING, vocab.CATEGORY, vocab.PIPELINE, vocab.SCORE_KIND,
                vocab.ASSESSMENT_STATUS, vocab.GAP_TYPE, vocab.YES_NO)

PLAN = [
    Action("a1", "Census questions", None, ("A",), ("NSO",), "2026-Q3", "2027-06-30", "", "", 1, "in_progress",
           0, priority_action=True,
           costs=(Cost(2026, Decimal("1500.5"), "EUR", "partner", "EU", True, category="consultants",
                       pipeline="committed"),
                  Cost(2027, Decimal(900), "EUR", "national", "", False, category="survey_operations"))),
    Action("b2", "Profile", None, (), (), "2027-Q1", "2027-Q4", "", "", 3, "dropped", 1,
           costs=(Cost(2027, Decimal(10), "EUR", "other", "", False, pipeline="pledged"),)),
    Action("c3", "Register", None, (), (), None, "2028-01-15", "", "", 2, "planned", 2),
]


@pytest.mark.parametrize("words", VOCABULARIES, ids=lambda v: v.prefix)
def test_every_label_of_every_language_reads_back_as_its_code(words):
    for lang in LANGUAGES:
        shown = vocab.labels(words, lang)
        assert len(set(shown)) == len(shown), (lang, shown)  # two codes never share a label
        for code, label in zip(words.codes, shown, strict=True):
            assert vocab.code_of(words, label) == code, (lang, label)
            assert vocab.code_of(words, f"  {label.upper()} ") == code  # typed in capitals, with spaces
            # a drop-down list's items: no comma or quote inside a label (Excel's list syntax)
            assert "," not in label and '"' not in label, (lang, label)
        assert len(",".join(shown)) <= 255  # Excel's limit for a list's text
        if lang != "en":
            assert set(shown) != set(words.codes), lang  # labels, not the codes
    for code in words.codes:  # the codes themselves (an older workbook, a person typing them)
        assert vocab.code_of(words, code) == code
    assert vocab.code_of(words, "") is None


def test_an_unknown_value_names_the_accepted_labels_and_codes():
    with pytest.raises(ValueError) as e:
        vocab.code_of(vocab.FUNDING, "bank", "fr")
    assert str(e.value) == ("the funding source must be one of budget national, partenaire de développement, "
                            "autre source (or the codes national, partner, other), got 'bank'")
    assert "\n" not in str(e.value)


def _write(path, actions, lang, edit=None):
    wb = openpyxl.Workbook()
    wb.active.title = METADATA
    wb.active.append(["Field", "Value"])
    wb.active.append(["language", lang])
    write_action_plan(wb.create_sheet(ACTION_PLAN), actions, lang)
    write_action_costs(wb.create_sheet(ACTION_COSTS), actions, lang)
    if edit:
        edit(wb)
    wb.save(path)
    return path


def _read(path):
    with Workbook(str(path)) as wb:
        return read_action_plan(wb, {"A"})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_plan_sheets_show_labels_and_round_trip_exactly(tmp_path, lang):
    path = _write(tmp_path / f"p-{lang}.xlsx", PLAN, lang)
    wb = openpyxl.load_workbook(path)
    plan, costs = wb[ACTION_PLAN], wb[ACTION_COSTS]
    row = [c.value for c in plan[2]]
    assert row[5] == {"en": "Q3 2026", "fr": "T3 2026", "es": "T3 2026", "ar": "الربع الثالث 2026",
                      "zh": "2026年第三季度", "ru": "III\u00a0кв.\u00a02026\u00a0г.", "pt": "T3 2026"}[lang]
    assert row[6] == {"en": "30 June 2027", "fr": "30 juin 2027", "es": "30 de junio de 2027",
                      "ar": "30 حزيران/يونيه 2027", "zh": "2027年6月30日", "ru": "30\u00a0июня 2027\u00a0года",
                      "pt": "30 de junho de 2027"}[lang]
    assert row[10] == vocab.label(vocab.ACTION_STATUS, "in_progress", lang)
    assert row[11] == {"en": "yes", "fr": "oui", "es": "sí", "ar": "نعم", "zh": "是", "ru": "да", "pt": "sim"}[lang]
    line = [c.value for c in costs[2]]
    assert line[5] == vocab.label(vocab.FUNDING, "partner", lang) and line[9] == vocab.label(vocab.CATEGORY,
                                                                                              "consultants", lang)
    if lang != "en":
        shown = {c.value for r in (*plan.iter_rows(min_row=2), *costs.iter_rows(min_row=2)) for c in r}
        codes = {"in_progress", "planned", "dropped", "national", "partner", "other", "survey_operations",
                 "committed", "pledged", "yes", "no", "2026-Q3", "2027-Q4"} - {"no" if lang == "es" else ""}
        assert not shown & codes, shown & codes  # ("no" is Spanish for no)
    # the drop-down lists offer the labels
    lists = {dv.formula1 for dv in plan.data_validations.dataValidation if dv.type == "list"}
    assert '"' + ",".join(vocab.labels(vocab.ACTION_STATUS, lang)) + '"' in lists
    wb.close()
    read, problems = _read(path)
    assert problems == []
    assert read.actions == [replace(a, position=i) for i, a in enumerate(PLAN)]


def test_a_cell_typed_in_another_language_or_as_the_code_is_read(tmp_path):
    """A French workbook edited in a spreadsheet by someone typing Russian, Chinese, Arabic labels,
    the codes, or a quarter as any language writes it: each read as its code."""
    def edit(wb):
        plan, costs = wb[ACTION_PLAN], wb[ACTION_COSTS]
        plan["K2"] = "выполнено"          # done (Russian)
        plan["L3"] = "是"                  # priority action (Chinese)
        plan["F3"] = "الربع الأول 2027"    # 2027-Q1 (Arabic)
        plan["G3"] = "2027-Q4"            # the code
        plan["K4"] = "In Progress"        # English label, in capitals
        costs["F2"] = "national"          # the code
        costs["G2"] = None                # (the national budget names no partner)
        costs["H2"] = "no"
        costs["J2"] = "培训"               # training (Chinese)
        costs["M2"] = "объявлено"           # pledged (Russian)

    read, problems = _read(_write(tmp_path / "e.xlsx", PLAN, "fr", edit))
    assert problems == []
    a1, b2, c3 = read.actions
    assert a1.status == "done" and b2.priority_action and b2.start == "2027-Q1" and b2.end == "2027-Q4"
    assert c3.status == "in_progress"
    line = a1.costs[0]
    assert (line.funding, line.secured, line.category, line.pipeline) == ("national", False, "training",
                                                                          "pledged")


@pytest.mark.parametrize(("sheet", "cell", "value", "words"), [
    (ACTION_PLAN, "K2", "peut-être", "the status must be one of prévue, en cours, réalisée, abandonnée (or the "
                                     "codes planned, in_progress, done, dropped), got 'peut-être'"),
    (ACTION_PLAN, "L2", "bof", "Priority action must be oui, non or empty (or yes, no), got 'bof'"),
    (ACTION_COSTS, "F2", "banque", "the funding source must be one of budget national"),
    (ACTION_COSTS, "H2", "peut-être", "Secured must be oui, non or empty"),
    (ACTION_COSTS, "J2", "repas", "the cost category must be one of personnel, consultants"),
    (ACTION_COSTS, "M2", "promis", "the pipeline status (funding stage) must be one of identifié"),
])
def test_an_unknown_label_is_refused_at_its_cell_with_the_accepted_values(tmp_path, sheet, cell, value, words):
    path = _write(tmp_path / "u.xlsx", PLAN, "fr", lambda wb: wb[sheet].__setitem__(cell, value))
    read, problems = _read(path)
    assert read is None
    assert problems[0][:2] == (sheet, cell), problems
    assert words in problems[0][2], problems


@pytest.mark.parametrize(("lang", "note"), [
    ("ru", "1 доллар США = 605,25 XOF на 1\u00a0мая 2026\u00a0года"),
    ("fr", "1 dollar des États-Unis = 605,25 XOF au 1er mai 2026"),
    ("es", "1 dólar de los Estados Unidos = 605,25 XOF al 1 de mayo de 2026"),
    ("zh", "2026年5月1日：1美元 = 605.25 XOF"),
    ("ar", "سعر الصرف في 1 أيار/مايو 2026: 1 دولار = 605.25 XOF"),
    ("en", "1 US dollar = 605.25 XOF on 1 May 2026"),
])
def test_the_exchange_rate_note_writes_its_number_and_date_as_the_language_does(lang, note):
    finance = Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-05-01", "UN"),
                              Rate("EUR", Decimal("0.9123456"), "2026-05-01", "")))
    rows = plan_rows(finance, None, lang)
    assert rows[1][5] == note
    assert rows[2][2] == Decimal("0.9123456")  # the value cells keep the rate itself
    assert ("0,9123456" if lang in ("fr", "es", "ru") else "0.9123456") in rows[2][5]  # every decimal


def test_the_default_title_in_each_language_is_read_back_as_the_default():
    for lang in LANGUAGES:
        shown = default_title_in("Republic of Veloria", 2026, lang)
        assert is_default_title_in_any_language(shown, 2026) and not is_default_title_in_any_language(shown, 2027)
    assert default_title_in("X", 2026, "en") == default_title("X", 2026)
    assert default_title_in("Kenya", 2026, "fr") == ("Kenya\u00a0: évaluation des capacités en matière de données "
                                                    "migratoires, 2026")
    assert not is_default_title_in_any_language("Kenya 2026 mission", 2026)


def test_an_unknown_metadata_status_is_refused_at_its_cell(rich, qn, tmp_path):
    """A Metadata status that is no status in any language is refused at its cell with the accepted
    labels (the English workbook of the session's demo, edited)."""
    wb = openpyxl.load_workbook(rich[2])
    row = next(r for r in wb[METADATA].iter_rows(min_row=2) if r[0].value == "status")
    assert row[1].value == "In progress"
    row[1].value = "готово"
    wb.save(tmp_path / "bad.xlsx")
    wb.close()
    with pytest.raises(WorkbookError) as e:
        read_workbook(tmp_path / "bad.xlsx", qn)
    assert f"B{row[1].row}" in str(e.value) and "Draft, In progress, Final" in str(e.value)


def test_what_a_code_cell_accepts_is_said_in_the_language():
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.domain.questionnaire import tr
    from capacity_app.exchange.workbook.codec import allowed_text

    q = load_bundled()
    fields = {f.type: f for item in q.items() for _k, f, _c in q.keys(item)}
    year = allowed_text(fields["year"], "ru")
    assert year.startswith("год от ") and "\u00a0" not in year  # a year is never grouped ("2 100")
    assert allowed_text(fields["date"], "fr") == "date AAAA-MM-JJ"
    multi = allowed_text(fields["select_multiple"], "zh")
    assert multi.startswith("以逗号分隔的代码：") and "; " not in multi
    assert allowed_text(fields["select_one"], "en") == "; ".join(
        f"{c.code} = {tr(c.label, 'en')}" for c in fields["select_one"].choices)


def test_the_aggregation_reads_the_scores_kinds_as_labels(rich, tmp_path):
    """The Scores sheet's Kind column holds labels ("Overall", "Score global"): the aggregation
    reads them as the codes, so its checks on the stored scores still hold (an edited overall score
    is told: with the Kind read as a code only, no row was found and nothing was told)."""
    from capacity_app.exchange.aggregate.extract import extract

    wb = openpyxl.load_workbook(rich[2])
    ws = wb["Scores"]
    assert ws["A2"].value == "Overall"
    ws["D2"] = 1.0  # the overall score, edited
    wb.save(tmp_path / "edited.xlsx")
    wb.close()
    got = extract(str(tmp_path / "edited.xlsx"))
    assert got.identity.status == "in_progress"
    assert {"scores_edited", "overall_differs"} <= {n.code for n in got.notes}
