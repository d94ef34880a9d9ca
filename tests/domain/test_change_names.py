"""Every change after the validation named as what it is: a dependency is not "timeline",
risks are not "what is to be done"; the detailed list shows each with its old and new value, the
actions depended on by title; in the six languages."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from capacity_app.domain.languages import LANGUAGES
from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance
from capacity_app.domain.plan.validation import (
    Validation,
    approved_plan,
    change_words,
    changes_since,
    snapshot,
    split_funding_progress,
    value_change_text,
    value_changes,
)

LINE = Cost(2027, Decimal(45_000_000), "XOF", "partner", "IOM", recurrent=True)
A = Action("a", "Census questions", institutions=("NSO",), start="2026-Q3", end="2027-Q4", costs=(LINE,))
B = Action("b", "Publish tables", institutions=("NSO",))
F = Finance("XOF")


def _validated(*actions: Action) -> Validation:
    return Validation("2026-06-12", "Workshop", ("NSO",), "A. Mensah", "Director-General", snapshot(actions),
                      approved=approved_plan(actions, F))


@pytest.mark.parametrize("change, named, what", [
    ({"depends_on": ("b",)}, ("dependencies",), "dependencies"),
    ({"risks": "Census postponed"}, ("risks",), "risks"),
    ({"sdg_target": "17.18"}, ("sdg_target",), "sdg_target"),
    ({"indicator": "Tables published"}, ("results",), "indicator"),
    ({"title": "Census questions and pilot"}, ("title",), "title"),
    ({"strategy": "NSDS 2.3"}, ("what",), None),
    ({"end": "2028-Q1"}, ("when",), "timeline"),
    ({"institutions": ("NSO", "Ministry of the Interior")}, ("who",), "institutions"),
    ({"costs": (replace(LINE, category="staff"),)}, ("categories",), "category"),
    ({"costs": (replace(LINE, amount=Decimal(45_000), unit_cost=Decimal(1500), quantity=Decimal(30)),)},
     ("cost", "bases"), "basis"),
    ({"costs": (replace(LINE, takeover_year=2028, takeover_amount=Decimal(9_000_000)),)}, ("sustainability",),
     "sustainability"),
    ({"costs": (replace(LINE, amount=Decimal(46_000_000)),)}, ("cost",), "amount"),
])
def test_every_kind_of_change_is_named(change, named, what):
    v = _validated(A, B)
    now = [replace(A, **change), B]
    (got,) = changes_since(v, now)
    assert got.named == named
    values = value_changes(v, now, F)
    if what is not None and what != "action":
        mine = [c for c in values if c.what == what]
        assert mine, values
        for lang in LANGUAGES:  # each in the six languages, never a raw key or code
            text = change_words(mine[0], lang)
            assert "wb." not in text and "recurrent;" not in text


def test_the_title_timeline_and_institutions_are_listed_with_their_values():
    """The demo's own change after the validation (the survey's end moved a quarter) was named
    "timeline" in the summary and missing from the detailed list: now each is listed, old and new."""
    v = _validated(A, B)
    now = [replace(A, title="Census questions and pilot", end="2028-Q1", institutions=("NSO", "MoI")), B]
    got = {c.what: (c.old, c.new) for c in value_changes(v, now, F)}
    assert got["title"] == ("Census questions", "Census questions and pilot")
    assert got["timeline"] == ("2026-Q3 – 2027-Q4", "2026-Q3 – 2028-Q1")
    assert got["institutions"] == ("NSO", "NSO\nMoI")  # one a line: a name may hold "; " itself
    assert "Census questions and pilot: institutions NSO → NSO; MoI" in [value_change_text(c) for c in
                                                                        value_changes(v, now, F)]
    words = [change_words(c, "fr") for c in value_changes(v, now, F) if c.what == "timeline"]
    assert words == ["Census questions and pilot : calendrier : T3 2026 – T4 2027 → T3 2026 – T1 2028"]


def test_a_dependency_is_listed_by_title():
    v = _validated(A, B)
    values = value_changes(v, [replace(A, depends_on=("b",)), B], F)
    (dep,) = [c for c in values if c.what == "dependencies"]
    assert (dep.old, dep.new) == ("", "Publish tables")


def test_without_the_plan_approved_the_coarse_parts_stand():
    v = replace(_validated(A, B), approved=None)
    (got,) = changes_since(v, [replace(A, depends_on=("b",)), B])
    assert got.named == ("when",) == got.parts


@pytest.mark.parametrize("change, what", [
    ({"title": "GIS 2031"}, "title"),
    ({"risks": "USD 2031"}, "risks"),
    ({"sdg_target": "SDG 2031"}, "sdg_target"),
])
def test_the_officers_own_text_is_printed_as_typed_never_as_money(change, what):
    """Review of a title shaped like an amount ("GIS 2030" to "GIS 2031") was read as
    money: "GIS 2,030 → GIS 2,031", the French workbook "2 030 GIS"."""
    was = replace(A, **{k: v.replace("2031", "2030") for k, v in change.items()})
    (got,) = [c for c in value_changes(_validated(was, B), [replace(A, **change), B], F) if c.what == what]
    for lang in LANGUAGES:
        text = change_words(got, lang)
        assert got.old in text and got.new in text, (lang, text)


def test_each_change_names_its_actions_id():
    """The cover counts a change by its action's id, never by a title another title may start with."""
    census, pilot = Action("c", "Census"), Action("p", "Census (pilot)", costs=(LINE,))
    values = value_changes(_validated(census, pilot), [census, replace(pilot, costs=(replace(LINE, amount=Decimal(1)),))], F)
    assert values and all(v.action_id == "p" for v in values if v.title), values


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_timeline_from_a_start_alone_to_an_end_alone_reads_as_a_change(lang):
    """Review of approved from 2027-Q4 with no end, now to 2027-Q4 with no start, read
    "Q4 2027 → Q4 2027"; the missing side is shown as "…"."""
    was, now = replace(A, start="2027-Q4", end=""), replace(A, start="", end="2027-Q4")
    (got,) = [c for c in value_changes(_validated(was, B), [now, B], F) if c.what == "timeline"]
    from capacity_app.domain.editorial import open_period_range

    text = change_words(got, lang)
    old, new = open_period_range("2027-Q4", "", lang), open_period_range("", "2027-Q4", lang)
    assert old != new and "…" in old and "…" in new and old in text and new in text, text
    if lang == "en":
        assert text == "Census questions: timeline: Q4 2027 – … → … – Q4 2027", text


def test_a_lines_funding_moving_on_is_progress_not_an_amendment():
    """A line's funding secured or moved to another stage after the validation is progress in
    financing (docs/funding-request.md), and so is the gap it moves when nothing else changed."""
    v = _validated(A, B)
    committed = replace(LINE, secured=True, pipeline="committed")
    now = [replace(A, costs=(committed,)), B]
    assert changes_since(v, now) == ()
    amend, progress = split_funding_progress(changes_since(v, now), value_changes(v, now, F))
    assert amend == () and {c.what for c in progress} >= {"secured", "pipeline", "total gap"}, progress
    now = [replace(A, costs=(committed,), end="2028-Q1"), B]
    amend, progress = split_funding_progress(changes_since(v, now), value_changes(v, now, F))
    assert {c.what for c in progress} == {"secured", "pipeline"} and "timeline" in {c.what for c in amend}
