"""Every field of an action is declared once (domain/plan/action_fields.py for its title, lists,
dates, priority, status and mark; domain/plan/fields.py for its free texts), and each place that
handles an action's fields lists exactly the declaration: the store's columns (and the table's),
the import's differences and the fields a workbook may leave out, the Action plan sheet's columns,
widths and per-kind cells, the differences since the government's validation and the labelled
lines of ``actions show``."""
import sqlite3
from dataclasses import fields as dataclass_fields
from dataclasses import replace

import pytest

from capacity_app.domain.plan.action_fields import (
    ACTION_FIELDS,
    ACTION_KINDS,
    APPROVED,
    FIELD_BY_NAME,
    PARTS,
    SHEET_FIELDS,
    SHOWN,
    part_fields,
)
from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.fields import ACTION_TEXTS, TEXT_NAMES
from capacity_app.domain.texts import TEXTS

_OWN = {"id", "position", "costs"}  # the action's own: its id, place in the plan and cost lines


def test_every_field_of_an_action_is_declared_exactly_once():
    declared = [f.name for f in ACTION_FIELDS] + [f.name for f in ACTION_TEXTS]
    assert sorted(declared) == sorted(f.name for f in dataclass_fields(Action) if f.name not in _OWN)
    assert len(set(declared)) == len(declared)
    headers = [f.header for f in SHEET_FIELDS]
    assert len(set(headers)) == len(headers) and "Id" not in headers
    for f in ACTION_FIELDS:
        assert f.kind in ACTION_KINDS, f.name
        assert TEXTS[f.label_key]["en"] == f.header, f.name  # the keys used before: no translation lost
        assert f.part in ("", *PARTS) and f.part != "cost", f.name
        assert not f.validated or f.named, f.name
        assert not f.before or f.before in TEXT_NAMES, f.name


def test_the_store_s_columns_are_the_declaration(demo_db):
    from capacity_app.storage.actionplan import _columns

    stored = {f.stored for f in ACTION_FIELDS}
    assert _columns() == ("id", "position", "costs", *(f.stored for f in ACTION_FIELDS), *TEXT_NAMES)
    path, _aid = demo_db
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        table = {r[1] for r in db.execute("PRAGMA table_info(action_items)")}
    assert table - {"assessment_id", "updated_at", "operator"} == {*_OWN, *stored, *TEXT_NAMES}


def test_the_import_compares_and_keeps_the_declared_fields():
    from capacity_app.services.plan import actions as plans

    assert set(plans._SHOWN_FIELDS) == {f.name for f in ACTION_FIELDS} | set(TEXT_NAMES) | {"costs"}
    assert len(set(plans._SHOWN_FIELDS)) == len(plans._SHOWN_FIELDS)
    assert set(plans.OPTIONAL_FIELDS) == ({f.name for f in ACTION_FIELDS if f.optional} | set(TEXT_NAMES)
                                          | {"costs"})
    from capacity_app.exchange.workbook import actionplan_sheet as sheet

    for name in (*FIELD_BY_NAME, *TEXT_NAMES):  # a difference points at the field's own column
        assert plans._column_of(name) in sheet.ACTION_PLAN_COLUMNS


def test_the_action_plan_sheet_s_columns_are_the_declaration():
    from capacity_app.exchange.workbook import actionplan_sheet as sheet
    from capacity_app.exchange.workbook.format import ACTION_PLAN_COLUMNS, ACTION_PLAN_FIRST_COLUMNS

    assert ACTION_PLAN_COLUMNS == ("Id", *(f.header for f in SHEET_FIELDS))
    # the columns of every workbook already sent keep their place
    assert ACTION_PLAN_COLUMNS[:len(ACTION_PLAN_FIRST_COLUMNS)] == ACTION_PLAN_FIRST_COLUMNS
    assert set(sheet._WIDTHS) == set(ACTION_PLAN_COLUMNS)
    assert set(sheet._OPTIONAL.values()) == {f.name for f in ACTION_FIELDS if f.optional} | set(TEXT_NAMES)
    assert set(sheet._READ) == set(sheet._WRITE) == set(ACTION_KINDS)  # one converter each way per kind


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_each_kind_s_cell_reads_back_as_written(lang):
    """An action's declared fields written into their cells in ``lang`` and read back by their kind
    give the action again (a list, a quarter, a date, a priority, a status, a mark)."""
    from capacity_app.exchange.workbook import actionplan_sheet as sheet

    a = Action("a1", "Publish the tables", recommendation_id="R1", policy_questions=("A", "C"),
               institutions=("NSO", "Ministry of the Interior"), start="2027-Q1", end="2027-12-31",
               resources="Two statisticians\nfor a year", milestone="Tables online", priority=1,
               status="in_progress", priority_action=True, strategy="NSDS 4.1", depends_on=("a0", "a2"))
    for x in (a, replace(a, recommendation_id=None, policy_questions=(), start=None, end=None, priority=3,
                         status="planned", priority_action=False, depends_on=())):
        cells = dict(zip(sheet.ACTION_PLAN_COLUMNS, sheet.action_cells(x, lang), strict=True))
        for f in ACTION_FIELDS:
            assert sheet._READ[f.kind](cells[f.header], f, lang) == getattr(x, f.name), (f.name, lang)


def test_the_differences_since_the_validation_read_the_declaration():
    from capacity_app.domain.plan import validation

    assert validation.PARTS == PARTS
    named = {f.named for f in ACTION_FIELDS if f.validated}
    assert named <= set(validation.NAMED_PARTS)
    for part in PARTS:  # each part's fields hold their places, as recorded fingerprints do
        assert [f.place for f in part_fields(part)] == list(range(len(part_fields(part))))
    a = Action("a1", "t", institutions=("NSO",), start="2027-Q1", status="done", depends_on=("a0",))
    recorded = validation._approved_action(a)
    assert [k for k in recorded if k in FIELD_BY_NAME] == [f.name for f in APPROVED]
    assert "depends_on" not in validation._approved_action(replace(a, depends_on=()))  # later: only when set


def test_actions_show_prints_the_declared_lines():
    assert [f.name for f in SHOWN] == ["strategy", "resources", "milestone"]
    for f in SHOWN:
        assert f.shown in TEXTS, f.name


def test_a_fingerprint_recorded_before_the_declaration_still_holds():
    """The fingerprint built from the declaration's parts and places is the one every validation
    recorded before it holds (these digests were written by the hand-listed parts)."""
    from capacity_app.domain.plan.validation import fingerprint

    a = Action("a1", "Publish the tables", recommendation_id="R1", policy_questions=("A", "C"),
               institutions=("NSO", "MoI"), start="2027-Q1", end="2027-12-31", resources="Two", milestone="Online",
               priority=1, status="in_progress", priority_action=True, strategy="NSDS 4.1", depends_on=("a0",),
               indicator="Tables", sdg_target="17.18")
    assert fingerprint(a) == "what=6f4391cf3c;who=cfb81992b0;when=4dae19c1b1;cost=4f53cda18c;priority=080a9ed428"
    assert fingerprint(replace(a, depends_on=(), indicator="", sdg_target="")) == (
        "what=d47d88abbf;who=cfb81992b0;when=bd5d31160b;cost=4f53cda18c;priority=080a9ed428")
