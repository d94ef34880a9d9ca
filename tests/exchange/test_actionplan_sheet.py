"""The workbook's Action plan sheet: written as text (never a formula), read back exactly, hostile
sheets refused cell by cell, and the plan carried by export -> import."""
from __future__ import annotations

import openpyxl
import pytest

from capacity_app.domain.plan.actions import ACTION_TEXT_MAX, Action
from capacity_app.exchange.workbook.actionplan_sheet import read_action_plan, write_action_plan
from capacity_app.exchange.workbook.format import ACTION_PLAN, ACTION_PLAN_COLUMNS
from capacity_app.exchange.outside.reader import Workbook

from exchange_helpers import plan_sheet_file, TRICKY_TEXTS, make_assessment, make_store
from workbook_values import sheet_values

PQS = {"A", "B", "I"}

PLAN = [
    Action("a1", "=SUM(A1:A9) census questions", "census_core_questions", ("A", "I"),
           ("KNBS", "+Ministère de l'Intérieur", "@labour"), "2026-Q3", "2027-06-30",
           "-2 weeks of TA\nline two\r\nwith CR LF", "x\x01y control", 1, "in_progress", 0),
    Action("b2", "Publish a profile", None, (), (), None, None, "", "", 3, "done", 1),
    Action("c3", "Tricky", None, ("B",), ("_x0041_ literal",), "2027-01-01", "2027-Q1",
           "a\tb", " ".join(TRICKY_TEXTS)[:ACTION_TEXT_MAX].strip(), 2, "planned", 2),
]


def _write(path, actions=PLAN, edit=None):
    return plan_sheet_file(path, actions, edit)


def _read(path, pqs=PQS):
    with Workbook(str(path)) as wb:
        return read_action_plan(wb, pqs)


def test_round_trip_exact_and_never_a_formula(tmp_path):
    path = _write(tmp_path / "p.xlsx")
    read, problems = _read(path)
    assert problems == []
    assert read.actions == [PLAN[0], PLAN[1], PLAN[2]]
    assert read.cell("a1") == f"{ACTION_PLAN}!B2" and read.cell("c3", "Status") == f"{ACTION_PLAN}!K4"
    wb = openpyxl.load_workbook(path)
    for row in wb[ACTION_PLAN].iter_rows(min_row=2):
        for c in row:
            assert c.data_type != "f", c.coordinate
    assert wb[ACTION_PLAN]["B2"].quotePrefix  # '=SUM…' stays text when edited in Excel


def test_missing_sheet_leaves_the_plan(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Metadata"
    wb.save(tmp_path / "old.xlsx")
    assert _read(tmp_path / "old.xlsx") == (None, [])


def test_rows_added_in_excel_get_ids_and_defaults(tmp_path):
    def edit(ws):
        ws.append(["", "Added in Excel", "", "a, i", "NSO\nMinistry", "2027q2", "", "", "", None, ""])
        ws.append([None] * 11)  # empty row: skipped
        ws.append(["", "Dated in Excel", "", "", "", __import__("datetime").datetime(2027, 3, 1), "", "", "", 1.0, "In progress"])

    read, problems = _read(_write(tmp_path / "p.xlsx", PLAN[:1], edit), {"A", "I", "a", "i"})
    assert problems == []
    added, dated = read.actions[1], read.actions[2]
    assert added.title == "Added in Excel" and len(added.id) == 32 and added.priority == 2
    assert added.status == "planned" and added.institutions == ("NSO", "Ministry") and added.start == "2027-Q2"
    assert dated.start == "2027-03-01" and dated.priority == 1 and dated.status == "in_progress"
    assert [a.position for a in read.actions] == [0, 1, 2]


@pytest.mark.parametrize("row, cell, words", [
    (["a1", "dup id", "", "", "", "", "", "", "", 2, "planned"], "A3", "used twice (rows 2 and 3)"),
    (["", "", "", "", "", "", "", "", "", 2, "planned"], "B3", "no title"),
    (["", "t" * 40_000, "", "", "", "", "", "", "", 2, "planned"], "B3", "longer than 500"),
    (["", "two\nlines", "", "", "", "", "", "", "", 2, "planned"], "B3", "one line"),
    (["", "bell_x0007_", "", "", "", "", "", "", "", 2, "planned"], "B3", "control character"),
    (["", "t", "", "Z", "", "", "", "", "", 2, "planned"], "D3", "policy question 'Z' does not exist"),
    (["", "t", "", "", "", "soon", "", "", "", 2, "planned"], "F3", "the start: expected a date"),
    (["", "t", "", "", "", "2027-Q3", "2027-Q1", "", "", 2, "planned"], "G3", "before the start"),
    (["", "t", "", "", "", 46023, "", "", "", 2, "planned"], "F3", "is a number"),
    (["", "t", "", "", "", "", "", "r" * (ACTION_TEXT_MAX + 1), "", 2, "planned"], "H3", "longer than 4000"),
    (["", "t", "", "", "", "", "", "", "", 7, "planned"], "J3", "priority must be 1"),
    (["", "t", "", "", "", "", "", "", "", 2, "finished"], "K3", "status must be one of"),
    (["bad id!", "t", "", "", "", "", "", "", "", 2, "planned"], "A3", "action id"),
])
def test_hostile_rows_named_by_cell(tmp_path, row, cell, words):
    path = _write(tmp_path / "p.xlsx", PLAN[:1], lambda ws: ws.append(row))
    read, problems = _read(path)
    assert read is None
    assert problems[0][:2] == (ACTION_PLAN, cell), problems
    assert words in problems[0][2]


def test_formula_and_moved_column_refused(tmp_path):
    path = _write(tmp_path / "f.xlsx", PLAN[:1], lambda ws: ws.cell(row=2, column=9, value="=1+1"))
    read, problems = _read(path)
    assert read is None and problems[0][1] == "I2" and "formula" in problems[0][2]
    path = _write(tmp_path / "h.xlsx", PLAN[:1], lambda ws: ws.cell(row=1, column=2, value="Action"))
    read, problems = _read(path)
    assert read is None and problems[0][1] == "B1" and "expected the column 'Title'" in problems[0][2]
    assert list(ACTION_PLAN_COLUMNS)[1] == "Title"


# --- through the application's export and import ----------------------------------------------

def test_export_import_carries_the_plan(tmp_path, qn):
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

    src = make_store(tmp_path / "src.sqlite3")
    try:
        aid = make_assessment(src, qn).id
        plans.replace_plan(src, qn, aid, PLAN)
        out = export_workbook(src, aid, tmp_path / "plan.xlsx")
        uid = src.assessment(aid).uid
    finally:
        src.close()
    plan = read_workbook(out, qn)
    assert plan.action_plan.actions == PLAN
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        a = apply_import(fresh, plan).assessment
        assert a.uid == uid and fresh.action_plan(a.id) == PLAN
        # edit in "Excel": a status, a new row; the import lists and applies both
        wb = openpyxl.load_workbook(out)
        ws = wb[ACTION_PLAN]
        ws["K3"] = "in_progress"
        ws.append(["", "New from the ministry", "", "", "Ministry of Labour", "", "", "", "", 1, ""])
        wb.save(tmp_path / "edited.xlsx")
        edited = read_workbook(tmp_path / "edited.xlsx", qn)
        diffs = [d for d in diff_import(fresh, edited) if d.key.startswith("action")]
        assert {(d.kind, d.what) for d in diffs} == {("changed", "action status"), ("added", "action")}
        assert next(d for d in diffs if d.kind == "changed").cell == f"{ACTION_PLAN}!K3"
        imported = apply_import(fresh, edited, overwrite=True)
        assert imported.changes.actions
        got = fresh.action_plan(a.id)
        assert [x.status for x in got[:3]] == ["in_progress", "in_progress", "planned"]
        assert got[3].title == "New from the ministry" and got[3].institutions == ("Ministry of Labour",)
    finally:
        fresh.close()


def test_a_workbook_without_costs_keeps_the_plans_costs(tmp_path, qn):
    """A workbook whose sheets do not carry costs, priority actions or strategy objectives (written
    before they existed) leaves those of the plan here as they are."""
    from dataclasses import replace
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Cost
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    store = make_store(tmp_path / "s.sqlite3")
    try:
        aid = make_assessment(store, qn).id
        plans.replace_plan(store, qn, aid, PLAN)
        out = export_workbook(store, aid, tmp_path / "plan.xlsx")
        costed = replace(PLAN[0], costs=(Cost(2027, Decimal(5), "KES"),), priority_action=True, strategy="NSDS 2")
        plans.update_action(store, qn, aid, costed)
        plan = read_workbook(out, qn)
        plan.action_plan.carries = frozenset()
        apply_import(store, plan, overwrite=True)
        assert store.action_plan(aid)[0] == costed
    finally:
        store.close()


# --- costs, currency and rates, validation -----------------------------------------

from dataclasses import replace as _replace  # noqa: E402
from decimal import Decimal  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from capacity_app.catalog import currencies  # noqa: E402
from capacity_app.domain.plan.cost import Cost, Finance, Rate  # noqa: E402
from capacity_app.domain.plan.validation import Validation, snapshot  # noqa: E402
from capacity_app.exchange.workbook.actionplan_sheet import write_action_costs, write_plan_validation  # noqa: E402
from capacity_app.exchange.workbook.format import ACTION_COSTS, ACTION_PLAN_COLUMNS_V1, PLAN_VALIDATION  # noqa: E402

COSTED = [
    _replace(PLAN[0], priority_action=True, strategy="NSDS 2025-2029, objective 3.2", costs=(
        Cost(2026, Decimal(12_000_000), "XOF"),
        Cost(2027, Decimal(45_000_000), "XOF", "partner", "IOM", True, Decimal(30_000_000)),
        Cost(2027, Decimal("84000.25"), "USD", "other", "=HYPERLINK(\"x\") trust fund"))),
    PLAN[1],
    _replace(PLAN[2], costs=(Cost(2100, Decimal("123456789012.345"), "KWD", "national"),)),
]
FINANCE = Finance("XOF", (Rate("KWD", Decimal("0.30725"), "2026-05-02"),
                          Rate("XOF", Decimal("605.25"), "2026-05-01", "UN operational rate of exchange")))
VALIDATION = Validation("2026-06-12", "National validation workshop, Veloria City",
                        ("NSOV", "+Ministry of the Interior"), "Dr Amina Mensah", "Director-General",
                        snapshot(COSTED[:2]))


def _write_all(path, actions=COSTED, finance=FINANCE, validation=VALIDATION, edit=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTION_PLAN
    write_action_plan(ws, actions)
    write_action_costs(wb.create_sheet(ACTION_COSTS), actions)
    write_plan_validation(wb.create_sheet(PLAN_VALIDATION), finance, validation)
    if edit:
        edit(wb)
    wb.save(path)
    return path


def test_costs_and_validation_round_trip_exactly(tmp_path):
    read, problems = _read(_write_all(tmp_path / "c.xlsx"))
    assert problems == []
    assert read.actions == COSTED and read.finance == FINANCE and read.validation == VALIDATION
    assert read.carries == {"costs", "priority_action", "strategy", "indicator", "baseline", "target",
                            "verification", "risks", "depends_on", "sdg_target"} and read.has_record
    assert read.cost_cell(COSTED[0].id) == f"{ACTION_COSTS}!D2" and read.cost_cell("b2") == ""
    wb = openpyxl.load_workbook(tmp_path / "c.xlsx")
    ws = wb[ACTION_COSTS]
    assert ws["D3"].value == 45_000_000 and ws["D3"].data_type == "n" and ws["D5"].number_format == "#,##0.000"
    assert ws["G4"].data_type == "s" and ws["G4"].quotePrefix is True and ws["G4"].value.startswith("=HYPER")
    for sheet in (ACTION_COSTS, PLAN_VALIDATION):
        for row in wb[sheet].iter_rows():
            for c in row:
                assert c.data_type != "f", (sheet, c.coordinate)


def test_the_cost_sheet_s_columns_are_found_by_their_headers(tmp_path):
    """Columns moved (the amount last, the funder's header in French) read the same lines, a
    problem is told at the cell where its column now is, and text under no header is refused."""
    def moved(wb):
        ws = wb[ACTION_COSTS]
        ws.move_range(f"D1:D{ws.max_row}", cols=ws.max_column + 1 - 4)   # the Amount column to the end
        ws.delete_cols(4)
        ws["F1"] = "Partenaire ou autre source"

    read, problems = _read(_write_all(tmp_path / "moved.xlsx", edit=moved))
    assert problems == [] and read.actions == COSTED
    assert read.cost_cell(COSTED[0].id) == f"{ACTION_COSTS}!R2"

    def bad_amount(wb):
        moved(wb)
        wb[ACTION_COSTS]["R3"] = -5

    _, problems = _read(_write_all(tmp_path / "bad.xlsx", edit=bad_amount))
    assert [p[:2] for p in problems] == [(ACTION_COSTS, "R3")] and "negative" in problems[0][2]

    def stray(wb):
        wb[ACTION_COSTS]["T3"] = "a note"

    _, problems = _read(_write_all(tmp_path / "stray.xlsx", edit=stray))
    assert [p[:2] for p in problems] == [(ACTION_COSTS, "T3")], problems


def test_a_workbook_without_the_new_sheets_or_columns_is_read(tmp_path):
    def legacy(ws):
        ws.delete_cols(len(ACTION_PLAN_COLUMNS_V1) + 1, len(ACTION_PLAN_COLUMNS) - len(ACTION_PLAN_COLUMNS_V1))

    read, problems = _read(_write(tmp_path / "v1.xlsx", COSTED, legacy))
    assert problems == [] and read.carries == frozenset() and not read.has_record
    assert read.actions == [_replace(a, costs=(), priority_action=False, strategy="") for a in COSTED]


@pytest.mark.parametrize("sheet, row, cell, words", [
    (ACTION_COSTS, ["nope", "", 2027, 5, "XOF", "national", "", "no", ""], "A6", "no action with the id 'nope'"),
    (ACTION_COSTS, ["", "", 2027, 5, "XOF", "national", "", "no", ""], "A6", "give the id of the action"),
    (ACTION_COSTS, ["a1", "", "next", 5, "XOF", "national", "", "no", ""], "C6", "the year must be a year"),
    (ACTION_COSTS, ["a1", "", 1999, 5, "XOF", "national", "", "no", ""], "C6", "from 2000 to 2100"),
    (ACTION_COSTS, ["a1", "", 2027, "12,5", "XOF", "national", "", "no", ""], "D6", "is not an amount"),
    (ACTION_COSTS, ["a1", "", 2027, -5, "XOF", "national", "", "no", ""], "D6", "is negative: enter a cost as a positive amount"),
    (ACTION_COSTS, ["a1", "", 2027, 1e15, "XOF", "national", "", "no", ""], "D6", "too large"),
    (ACTION_COSTS, ["a1", "", 2027, 1.5, "XOF", "national", "", "no", ""], "D6", "more decimals than XOF"),
    (ACTION_COSTS, ["a1", "", 2027, 5, "ABC", "national", "", "no", ""], "E6", "not an ISO 4217 currency"),
    (ACTION_COSTS, ["a1", "", 2027, 5, "XOF", "bank", "", "no", ""], "F6", "funding source must be"),
    (ACTION_COSTS, ["a1", "", 2027, 5, "XOF", "partner", "", "no", ""], "G6", "must name the partner"),
    (ACTION_COSTS, ["a1", "", 2027, 5, "XOF", "national", "", "maybe", ""], "H6", "Secured must be yes"),
    (ACTION_COSTS, ["a1", "", 2027, 5, "XOF", "national", "", "no", "1.5"], "I6", "amount executed 1.5 has more"),
    (PLAN_VALIDATION, ["signed_by", "x", "", "", "", ""], "A13", "is not a field"),
    (PLAN_VALIDATION, ["validated_on", "2026-06-13", "", "", "", ""], "A13", "given twice"),
    (PLAN_VALIDATION, ["exchange_rate", "EUR", "0", "2026-01-01", "", ""], "B3", "above zero"),
    (PLAN_VALIDATION, ["exchange_rate", "XOF", "600", "2026-01-01", "", ""], "B3", "two exchange rates"),
    (PLAN_VALIDATION, ["validated_action", "zz", "t", "what=1", "", ""], "D13", "do not edit it"),
])
def test_hostile_cost_and_record_rows_named_by_cell(tmp_path, sheet, row, cell, words):
    path = _write_all(tmp_path / "h.xlsx", edit=lambda wb: wb[sheet].append(row))
    read, problems = _read(path)
    assert read is None
    assert problems[0][:2] == (sheet, cell), problems
    assert words in problems[0][2], problems


def test_a_validation_field_missing_or_cleared(tmp_path):
    def clear(wb):
        ws = wb[PLAN_VALIDATION]
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, 1).value == "approved_by":
                ws.cell(r, 2).value = ""
    read, problems = _read(_write_all(tmp_path / "a.xlsx", edit=clear))
    assert read is None and "name of the person who approved" in problems[0][2]
    read, problems = _read(_write_all(tmp_path / "n.xlsx", validation=None))
    assert problems == [] and read.validation is None and read.has_record


_CURRENCIES = sorted(c for c, cur in currencies.table().items() if cur.minor_unit is not None)


@st.composite
def cost_lines(draw):
    code = draw(st.sampled_from(_CURRENCIES))
    places = currencies.table()[code].minor_unit
    amount = draw(st.decimals(min_value=0, max_value=Decimal("9999999999999") / 10 ** places, places=places,
                              allow_nan=False, allow_infinity=False))
    funding = draw(st.sampled_from(["national", "partner", "other"]))
    funder = "" if funding == "national" else draw(st.sampled_from(["IOM", "Banque mondiale", "UE; fonds", ""])) \
        or ("IOM" if funding == "partner" else "")
    executed = draw(st.none() | st.just(amount / 2).map(lambda d: d.quantize(Decimal(1).scaleb(-places)) if places
                                                         else d.to_integral_value()))
    return Cost(draw(st.integers(2000, 2100)), amount, code, funding, funder, draw(st.booleans()), executed)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(cost_lines(), max_size=4), min_size=1, max_size=3),
       st.lists(st.sampled_from(_CURRENCIES), max_size=3, unique=True),
       st.decimals(min_value=Decimal("0.00000001"), max_value=Decimal("9999999.99999999"), places=8,
                   allow_nan=False, allow_infinity=False))
def test_costs_round_trip_hypothesis(tmp_path_factory, lines, rate_codes, per_usd):
    from capacity_app.domain.plan.actions import validate_action
    from capacity_app.domain.plan.cost import validate_finance

    actions = [validate_action(Action(f"id{i}", f"Action {i}", costs=tuple(cs), position=i))
               for i, cs in enumerate(lines)]
    finance = validate_finance(Finance(rate_codes[0] if rate_codes else None,
                                       tuple(Rate(c, per_usd, "2026-05-01") for c in rate_codes if c != "USD")))
    validation = Validation("2026-06-12", "Workshop", ("NSO",), "A", "DG", snapshot(actions))
    path = _write_all(tmp_path_factory.mktemp("rt") / "rt.xlsx", actions, finance, validation)
    read, problems = _read(path)
    assert problems == []
    assert read.actions == actions and read.finance == finance and read.validation == validation
    for a, b in zip(read.actions, actions, strict=True):  # the same spelling, not only the same value
        assert [str(c.amount) for c in a.costs] == [str(c.amount) for c in b.costs]


def _costed_and_validated(store, qn) -> int:
    """An assessment whose plan is costed in CFA francs with a rate and validated: its id."""
    from capacity_app.services.plan import actions as plans

    aid = make_assessment(store, qn).id
    plans.replace_plan(store, qn, aid, COSTED)
    plans.set_plan_finance(store, aid, currency="XOF", rates=FINANCE.rates)
    plans.record_validation(store, aid, date="2026-06-12", event=VALIDATION.event,
                            institutions=VALIDATION.institutions, approved_by="Dr Amina Mensah",
                            position="Director-General")
    return aid


def test_export_import_carries_costs_and_validation_with_newer_work_kept(tmp_path, qn, clock_moves_on):
    """Export, import on another machine: costs, currency, rates and validation unchanged. Then an
    edit after the export (a cost, the validation withdrawn) is protected like an answer: listed as
    newer here, kept unless the import is told to take the workbook's."""
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

    src = make_store(tmp_path / "src.sqlite3")
    try:
        aid = _costed_and_validated(src, qn)
        out = export_workbook(src, aid, tmp_path / "plan.xlsx")
        validated = src.plan_validation(aid)
    finally:
        src.close()
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        a = apply_import(fresh, read_workbook(out, qn)).assessment
        assert fresh.action_plan(a.id) == COSTED
        assert fresh.plan_finance(a.id) == FINANCE and fresh.plan_validation(a.id) == validated
        state = plans.plan_state(fresh, a.id)
        assert state.validated and state.changes == ()
        # after the export, here: a cost changed, the validation withdrawn
        clock_moves_on(2)  # history stamps have whole seconds: these changes a later one
        first = fresh.action_plan(a.id)[0]
        plans.update_action(fresh, qn, a.id, _replace(first, costs=first.costs[:1]))
        plans.withdraw_validation(fresh, a.id, "revised")
        plan = read_workbook(out, qn)
        newer = {d.key: d for d in diff_import(fresh, plan) if d.newer_here}
        assert set(newer) == {f"action:{first.id}", "action_plan:validation"}
        assert newer[f"action:{first.id}"].what == "action costs"
        assert newer[f"action:{first.id}"].cell == f"{ACTION_COSTS}!D2"
        apply_import(fresh, plan)  # the newer work here is kept
        assert fresh.action_plan(a.id)[0].costs == first.costs[:1] and fresh.plan_validation(a.id) is None
        apply_import(fresh, read_workbook(out, qn), overwrite={"action_plan:validation"})
        assert fresh.plan_validation(a.id) == validated and fresh.action_plan(a.id)[0].costs == first.costs[:1]
        assert [c.kind for c in plans.plan_state(fresh, a.id).changes] == ["changed"]
    finally:
        fresh.close()


def test_plan_validation_notes_in_the_workbook_language_and_the_import_unchanged(tmp_path, qn):
    """The Plan validation sheet's Notes column was English in a French or Spanish workbook: it
    is written in the workbook's language (the import reads no note: the plan comes back the same)."""
    from capacity_app.exchange.workbook.format import PLAN_VALIDATION_COLUMNS
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    src = make_store(tmp_path / "src.sqlite3")
    try:
        aid = _costed_and_validated(src, qn)
        books = {lang: export_workbook(src, aid, tmp_path / f"plan-{lang}.xlsx", lang=lang)
                 for lang in ("en", "fr", "es")}
    finally:
        src.close()
    notes = {}
    for lang, path in books.items():
        rows = sheet_values(path, PLAN_VALIDATION)
        col = PLAN_VALIDATION_COLUMNS.index("Notes")
        notes[lang] = {r[0]: r[col] for r in rows[1:]}
    assert notes["en"]["plan_currency"] == "The plan's currency; empty: the country's."
    assert notes["fr"]["plan_currency"] == "La monnaie du plan ; vide : celle du pays."
    assert notes["es"]["validated_on"] == "El día en que el gobierno validó el plan."
    assert notes["fr"]["exchange_rate"].startswith("1 dollar des États-Unis = ")
    assert "US dollar" not in " ".join(str(v) for v in notes["fr"].values() if v)
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        a = apply_import(fresh, read_workbook(books["fr"], qn)).assessment
        assert fresh.action_plan(a.id) == COSTED and fresh.plan_finance(a.id) == FINANCE
        assert fresh.plan_validation(a.id) is not None
    finally:
        fresh.close()


# --- the Plan totals sheet: computed at export, never read back ---------------------

from capacity_app.exchange.workbook.actionplan_sheet import write_plan_totals  # noqa: E402
from capacity_app.exchange.workbook.format import PLAN_TOTALS  # noqa: E402


def _recomputed(wb) -> dict[tuple[str, object, str], tuple[Decimal, ...]]:
    """The totals summed again from the Action plan, Action costs and Plan validation sheets as a
    reader would, without the application: {(group, item, currency): (cost, secured, gap, cost in
    USD, gap in USD)}, the USD figures rounded to the cent (None without a rate)."""
    from decimal import ROUND_HALF_UP, localcontext

    plan = list(wb[ACTION_PLAN].iter_rows(min_row=2, values_only=True))
    lead = {r[0]: (str(r[4] or "").splitlines() or [""])[0] for r in plan}
    dropped = {r[0] for r in plan if r[10] == "dropped"}
    per_usd = {r[1]: Decimal(str(r[2])) for r in wb[PLAN_VALIDATION].iter_rows(min_row=2, values_only=True)
               if r[0] == "exchange_rate"}
    per_usd["USD"] = Decimal(1)
    sums: dict[tuple[str, object, str], list[Decimal]] = {}
    for aid, _, year, amount, currency, funding, funder, secured, _executed, category, *_ in wb[ACTION_COSTS].iter_rows(
            min_row=2, values_only=True):
        if aid in dropped:
            continue
        amount = Decimal(str(amount))
        # the funding source as the English workbook labels it
        source = {"national budget": "National budget", "development partner": f"Development partner: {funder}",
                  "other source": f"Other source: {funder}" if funder else "Other source"}[funding]
        cat = category or "Category not given"  # the budgets a donor reads
        for key in (("Whole plan", "Total"), ("Year", year), ("Lead institution", lead[aid] or "No institution yet"),
                    ("Funding source", source), ("Cost category", cat), ("Year and cost category", f"{year} · {cat}"),
                    ("Year and funding source", f"{year} · {source}")):
            s = sums.setdefault((*key, currency), [Decimal(0), Decimal(0)])
            s[0] += amount
            s[1] += amount if secured == "yes" else 0

    def usd(x: Decimal, currency: str) -> Decimal | None:
        if currency not in per_usd:
            return None
        with localcontext() as ctx:
            ctx.prec = 28
            return (x / per_usd[currency]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    return {k: (c, s, c - s, usd(c, k[2]), usd(c - s, k[2])) for k, (c, s) in sums.items()}


def test_plan_totals_recomputed_from_the_rows_equal_the_sheet(tmp_path):
    """The totals by year, lead institution and funding source and the financing gap that the
    sheet shows are what a reader sums again from the cost rows (dropped actions left out, USD at
    the plan's rates); numbers in number cells, names as text, never a formula."""
    dropped = _replace(PLAN[1], id="d4", status="dropped", institutions=("Dropped ministry",),
                       costs=(Cost(2026, Decimal(999), "XOF"),))
    unowned = _replace(PLAN[1], id="e5", status="planned", institutions=(),
                       costs=(Cost(2028, Decimal("15.5"), "EUR", "other", ""),))  # EUR: no rate
    actions = [*COSTED, dropped, unowned]
    path = _write_all(tmp_path / "t.xlsx", actions,
                      edit=lambda wb: write_plan_totals(wb.create_sheet(PLAN_TOTALS), actions, FINANCE))
    wb = openpyxl.load_workbook(path)
    ws = wb[PLAN_TOTALS]
    from capacity_app.exchange.workbook.format import PLAN_TOTALS_COLUMNS

    assert tuple(c.value for c in ws[1]) == PLAN_TOTALS_COLUMNS and ws.protection.sheet
    shown: dict[tuple[str, object, str], tuple[Decimal | None, ...]] = {}
    in_plan: dict[tuple[str, object, str], tuple[Decimal | None, ...]] = {}
    r = 2
    while ws.cell(r, 1).value:
        row = [ws.cell(r, i).value for i in range(1, 11)]
        for i, c in enumerate(ws[r], 1):
            assert c.data_type != "f", c.coordinate
            if i >= 4 and c.value is not None:
                assert c.data_type == "n", c.coordinate
        values = tuple(None if v is None else Decimal(repr(v)) for v in row[3:])
        (in_plan if str(row[2]).startswith("All, in") else shown)[(row[0], row[1], row[2])] = values
        r += 1
    want = _recomputed(wb)
    assert {k: v[:5] for k, v in shown.items()} == want
    # each row in the plan's currency (XOF, no decimals) at the plan's rates; an item in several
    # currencies summed, converted, in an "All, in XOF" row
    per_usd = {r.currency: r.per_usd for r in FINANCE.rates} | {"USD": Decimal(1)}
    for (group, item, cur), v in shown.items():
        if cur in per_usd:
            exact = v[0] * per_usd["XOF"] / per_usd[cur]
            assert v[5] == exact.quantize(Decimal(1), rounding="ROUND_HALF_UP"), (group, item, cur)
        else:
            assert v[5] is None and v[6] is None  # EUR: no rate
    whole = in_plan[("Whole plan", "Total", "All, in XOF")] if ("Whole plan", "Total", "All, in XOF") in in_plan else None
    assert whole is None  # the EUR line has no rate: no converted total pretends to be whole
    year = in_plan[("Year", 2027, "All, in XOF")]
    assert year[0] == year[5] and abs(year[0] - sum(v[5] for k, v in shown.items() if k[:2] == ("Year", 2027))) <= 1
    # what the sheet holds, spelled out: the whole plan in three currencies, the gap where not secured
    assert shown[("Whole plan", "Total", "XOF")][:3] == (Decimal(57_000_000), Decimal(45_000_000), Decimal(12_000_000))
    assert shown[("Whole plan", "Total", "EUR")][2:] == (Decimal("15.5"), None, None, None, None)
    assert shown[("Year", 2027, "USD")][:5] == (Decimal("84000.25"), 0, Decimal("84000.25"), Decimal("84000.25"),
                                            Decimal("84000.25"))
    with Workbook(str(path)) as book:  # user text as typed, escaped on the way (openpyxl shows the escape)
        assert "_x0041_ literal" in {row[1] for row in book.rows(PLAN_TOTALS)}
    assert ("Lead institution", "_x005F_x0041_ literal", "KWD") in shown
    assert ("Lead institution", "No institution yet", "EUR") in shown
    assert not any("Dropped ministry" == k[1] for k in shown) and ("Year", 2026, "XOF") in shown
    assert shown[("Year", 2026, "XOF")][0] == 12_000_000  # the dropped action's 999 left out
    assert ("Funding source", 'Other source: =HYPERLINK("x") trust fund', "USD") in shown
    notes = [ws.cell(i, 1).value for i in range(r + 1, ws.max_row + 1)]
    assert notes[0].startswith("Read-only summary") and "Actions costed: 3 of 4." in notes
    assert any("EUR" in n and "left empty" in n for n in notes) and "Dropped actions, not counted: 1." in notes


def test_plan_totals_in_the_workbook_language_and_ignored_on_import(tmp_path, qn):
    """A French workbook's Plan totals read in French; a total edited by hand (a number, a label,
    even a formula) changes nothing on import and is not listed as a difference."""
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

    src = make_store(tmp_path / "src.sqlite3")
    try:
        aid = _costed_and_validated(src, qn)
        out = export_workbook(src, aid, tmp_path / "plan-fr.xlsx", lang="fr")
        wb = openpyxl.load_workbook(out)
        ws = wb[PLAN_TOTALS]
        assert [c.value for c in ws[1]][:3] == ["Totaux par", "Année, institution ou source", "Monnaie"]
        assert (ws["A2"].value, ws["B2"].value, ws["C2"].value, ws["F2"].value) == (
            "Ensemble du plan", "Total", "XOF", 12_000_000)
        labels = {ws.cell(r, 1).value for r in range(2, ws.max_row + 1)}
        assert {"Année", "Institution chef de file", "Source de financement"} <= labels
        assert any(str(v).startswith("Récapitulatif en lecture seule") for v in labels)
        ws["D2"] = 1
        ws["F2"] = "=D2*2"
        ws["B3"] = "=HYPERLINK(\"http://evil.example\")"
        ws.append(["Year", 2031, "XOF", 5, 0, 5])
        wb.save(tmp_path / "edited.xlsx")
        plan = read_workbook(tmp_path / "edited.xlsx", qn)
        assert diff_import(src, plan) == []
        before = (src.action_plan(aid), src.plan_finance(aid), src.plan_validation(aid))
        apply_import(src, plan)
        assert (src.action_plan(aid), src.plan_finance(aid), src.plan_validation(aid)) == before
    finally:
        src.close()
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        a = apply_import(fresh, read_workbook(tmp_path / "edited.xlsx", qn)).assessment
        assert fresh.action_plan(a.id) == COSTED and fresh.plan_finance(a.id) == FINANCE
    finally:
        fresh.close()


def test_the_workbook_lists_changes_since_the_validation_with_old_and_new_values(tmp_path):
    """The demo plan validated, then an amount changed and a secured line made unsecured:
    the workbook's Plan totals sheet notes each difference, value approved → value now."""
    from dataclasses import replace as _replace

    from capacity_app.exchange.workbook.actionplan_sheet import totals_rows
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo

    store = open_store(tmp_path / "demo.sqlite3", backup_dir=tmp_path / "b")
    try:
        a = create_demo(store)
        q = questionnaire_for(a)
        state = plans.plan_state(store, a.id)
        _, notes = totals_rows(state.actions, store.plan_finance(a.id), "en", state.validation)
        # as approved but the survey's end, moved a quarter after the validation: listed with its values
        (note,) = [" ".join(n.split()) for n in notes if "Changed since the validation" in n]
        assert "Run the 2027 migration survey with over-sampling of migrant households: timeline: Q1–Q4 2027 → " \
            "Q1 2027 – Q1 2028" in note.replace("\u00a0", " ")
        x = next(y for y in state.actions if any(c.secured for c in y.costs))
        i = next(k for k, c in enumerate(x.costs) if c.secured)
        costs = list(x.costs)
        # no longer secured: its funding stage, where the line says one, back to pledged
        costs[i] = _replace(costs[i], secured=False, amount=costs[i].amount + 1,
                            pipeline="pledged" if costs[i].pipeline else "")
        plans.update_action(store, q, a.id, _replace(x, costs=tuple(costs)))
        state = plans.plan_state(store, a.id)
        _, notes = totals_rows(state.actions, store.plan_finance(a.id), "fr", state.validation)
        # in the workbook's language, amounts and the date as it writes them
        note = " ".join(next(n for n in notes if n.startswith("Modifié depuis la validation du 18 juin 2026")).split())
        amount = lambda d: f"{d:,}".replace(",", " ") + " XOF"  # noqa: E731
        assert f"montant : {amount(x.costs[i].amount)} → {amount(x.costs[i].amount + 1)}" in note.replace("\u202f", " ")
        assert "financement acquis" not in note and "monnaie du plan" not in note
        assert "amount" not in note and "secured" not in note
        # the funding no longer secured is the funding's progress, in a note of its own
        progress = " ".join(next(n for n in notes if n.startswith("Avancement du financement depuis la validation du "
                                                                  "18 juin 2026, non une modification")).split())
        assert "financement acquis : oui → non" in progress and "montant" not in progress
    finally:
        store.close()


# --- a line's sustainability: three columns, an exact round trip, refusals by cell ----

SUSTAINED = [_replace(COSTED[0], costs=(
    Cost(2026, Decimal(12_000_000), "XOF"),
    Cost(2027, Decimal("250000.5"), "EUR", "partner", "European Union", True, category="staff", recurrent=True,
         takeover_year=2029, takeover_amount=Decimal("180000.25")),
    Cost(2027, Decimal(9_000), "USD", "partner", "UNFPA", recurrent=True))), *COSTED[1:]]


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "zh"])
def test_sustainability_round_trips_exactly(tmp_path, lang):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTION_PLAN
    write_action_plan(ws, SUSTAINED, lang)
    write_action_costs(wb.create_sheet(ACTION_COSTS), SUSTAINED, lang)
    wb.save(tmp_path / "s.xlsx")
    read, problems = _read(tmp_path / "s.xlsx")
    assert problems == [] and read.actions == SUSTAINED
    line = read.actions[0].costs[1]
    assert (str(line.takeover_amount), line.takeover_year, line.recurrent) == ("180000.25", 2029, True)


def test_a_workbook_before_sustainability_is_read(tmp_path):
    def legacy(wb):
        ws = wb[ACTION_COSTS]
        ws.delete_cols(14, 5)   # the sustainability columns and the EU budget's after them

    read, problems = _read(_write_all(tmp_path / "v2.xlsx", COSTED, edit=legacy))
    assert problems == [] and read.actions == COSTED


@pytest.mark.parametrize("cells, cell, words", [
    (["yes", 2027, 5], "O6", "still funds the action in 2027"),
    (["", 2029, 5], "N6", "mark the line recurrent"),
    (["perhaps", "", ""], "N6", "Recurrent must be yes"),
    (["yes", "soon", ""], "O6", "takeover year must be a year"),
    (["yes", 2029, ""], "P6", "both the year and the amount"),
])
def test_bad_sustainability_named_by_cell(tmp_path, cells, cell, words):
    def add(wb):
        wb[ACTION_COSTS].append(["a1", "", 2027, 5, "XOF", "partner", "IOM", "no", "", "", "", "", "", *cells])

    read, problems = _read(_write_all(tmp_path / "bad.xlsx", edit=add))
    assert any(p[:2] == (ACTION_COSTS, cell) and words in p[2] for p in problems), problems


def test_an_old_default_title_is_noted_in_the_workbooks_language():
    """Review of an action drafted from a recommendation and renamed after the validation;
    the French workbook's note gave its old (default) title in English, as stored."""
    from capacity_app.catalog.recommendations import load_bundled_recommendations
    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Finance
    from capacity_app.domain.plan.validation import Validation, approved_plan, snapshot
    from capacity_app.exchange.workbook.actionplan_sheet import totals_rows

    rec = next(r for r in load_bundled_recommendations() if r.id == "census_core_questions")
    drafted = Action("c", " ".join(rec.title["en"].split()), recommendation_id=rec.id, institutions=("NSO",))
    finance = Finance("XOF")
    v = Validation("2026-06-12", "Workshop", ("NSO",), "A. Mensah", "DG", snapshot([drafted]),
                   approved=approved_plan([drafted], finance))
    _, notes = totals_rows([_replace(drafted, title="Intitulé des officiers")], finance, "fr", v)
    note = " ".join(next(n for n in notes if n.startswith("Modifié depuis")).replace("\u00a0", " ").split())
    assert f"{' '.join(rec.title['fr'].replace(chr(160), ' ').split())} → Intitulé des officiers" in note, note
    assert drafted.title not in note


# --- columns found by their header ---------------------------------------------------------------

def _move(ws, name, to):
    """The column ``name`` cut and inserted before column ``to`` (1-based), as a spreadsheet does."""
    header = [c.value for c in ws[1]]
    src = header.index(name) + 1
    values = [ws.cell(r, src).value for r in range(1, ws.max_row + 1)]
    ws.delete_cols(src)
    ws.insert_cols(to)
    for r, v in enumerate(values, 1):
        ws.cell(r, to).value = v


def test_moved_columns_and_headers_in_another_language_read_the_same(tmp_path):
    """A column moved (Status first, the SDG target second) and a header written in French read as
    the same plan; a problem names the cell where the column now is."""
    donor = [Action("d1", "Census module", None, (), ("NSO",), "2026-Q1", "2026-Q4", "", "", 2, "planned", 0,
                    indicator="Tables published", risks="Budget kept", sdg_target="17.18")]

    def edit(ws):
        _move(ws, "Status", 1)
        _move(ws, "SDG target", 2)
        header = [c.value for c in ws[1]]
        ws.cell(1, header.index("Indicator") + 1).value = "Indicateur"

    read, problems = _read(_write(tmp_path / "m.xlsx", donor, edit))
    assert problems == [] and read.actions == donor
    assert read.cell("d1", "Status") == f"{ACTION_PLAN}!A2" and read.cell("d1", "SDG target") == f"{ACTION_PLAN}!B2"

    def bad_status(ws):
        edit(ws)
        ws["A2"] = "finished somehow"

    read, problems = _read(_write(tmp_path / "b.xlsx", donor, bad_status))
    assert read is None and problems[0][1] == "A2", problems


@pytest.mark.parametrize("edit, cell, words", [
    (lambda ws: ws.cell(1, 21, "Title"), "U1", "'Title' is there twice (columns B and U)"),
    (lambda ws: ws.cell(1, 21, "Notes"), "U1", "'Notes' is not one of this sheet's"),
    (lambda ws: ws.delete_cols(11), "T1", "the column 'Status' is missing"),
    (lambda ws: ws.cell(2, 23, "a note beside the row"), "W2", "under no column's header"),
    (lambda ws: setattr(ws["H1"], "value", None), "H1", "'Resources or technical assistance' is missing"),
])
def test_a_header_read_by_name_refuses_what_it_cannot_place(tmp_path, edit, cell, words):
    """A column twice, a header no column has, a column every workbook has missing (deleted, or its
    header cleared), text under no header: each refused at its cell, nothing read."""
    read, problems = _read(_write(tmp_path / "h.xlsx", PLAN[:1], edit))
    assert read is None and problems[0][1] == cell and words in problems[0][2], problems


def test_a_workbook_without_a_later_column_leaves_that_field_here(tmp_path):
    """A workbook written before the SDG target (its column removed) carries every other field; the
    SDG target is not among those it carries, so the plan here keeps its own."""
    a = Action("d1", "Census module", None, (), ("NSO",), "2026-Q1", "2026-Q4", "", "", 2, "planned", 0,
               sdg_target="17.18")
    read, problems = _read(_write(tmp_path / "o.xlsx", [a], lambda ws: ws.delete_cols(20)))
    assert problems == [] and "sdg_target" not in read.carries and "risks" in read.carries
    assert read.actions[0].sdg_target == ""


def test_the_header_refusals_are_said_in_the_user_s_language(tmp_path):
    from capacity_app.domain.retold import retold

    _, problems = _read(_write(tmp_path / "t.xlsx", PLAN[:1], lambda ws: ws.cell(1, 21, "Title")))
    assert retold(problems[0][2], "fr") == "la colonne 'Title' figure deux fois (colonnes B et U)"
    _, problems = _read(_write(tmp_path / "u.xlsx", PLAN[:1], lambda ws: ws.cell(2, 23, "x")))
    assert retold(problems[0][2], "ar").startswith("هذه الخلية لا تقع تحت عنوان أي عمود")


def test_no_two_columns_share_a_header_in_any_language():
    """A column is found by its header in any language: no label may name two columns."""
    from capacity_app.exchange.workbook.format import column_labels

    owner: dict[str, str] = {}
    for column in ACTION_PLAN_COLUMNS:
        for label in column_labels(column):
            assert owner.setdefault(label, column) == column, (label, owner[label], column)
