"""The reader (exchange/reader.py): one parser, its limits built in. The same cells spelled in
every valid way read the same; the plain reading and the parser agree on every sheet; whatever is
refused is refused within 512 MB, naming the sheet and the cell (issue 25; the 10 s: the
reliability run)."""
import random
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.exchange import reader
from capacity_app.exchange.importer import WorkbookError
from capacity_app.exchange.reader import Workbook
from capacity_app.exchange.safety import DEFAULT_LIMITS, UnsafeWorkbook
from capacity_app.services.exchange import read_workbook

from exchange_helpers import dump
from hostile25 import ATTACKS, spelled_attack
from spellings import STRICT, TRANSITIONAL, Spelling, respelled, sheet_xml, spellings

SHEETS = ("Metadata", "Scores", "Action plan")


def _trimmed(rows):
    out = [list(r) for r in rows]
    for r in out:
        while r and r[-1] == "":
            r.pop()
    while out and not out[-1]:
        out.pop()
    return out


@pytest.fixture(scope="module")
def canonical(rich):
    _, _, src = rich
    with Workbook(src) as wb:
        rows = {name: _trimmed(wb.rows(name)) for name in SHEETS + ("Answers",)}
    return src.read_bytes(), rows


@pytest.fixture(scope="module")
def original_plan(rich, qn):
    return _plan_summary(read_workbook(rich[2], qn))


def _plan_summary(plan):
    return (plan.uid, plan.meta, sorted((a.key, repr(a.value), a.status, a.comment, a.evidence)
                                        for a in plan.answers),
            plan.action_plan.actions if plan.action_plan else None)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 2 ** 30))
def test_every_spelling_reads_the_same(canonical, original_plan, qn, tmp_path, seed):
    data, rows = canonical
    sp = spellings(random.Random(seed))
    path = tmp_path / f"spelled-{seed}.xlsx"
    path.write_bytes(respelled(data, {name: rows[name] for name in SHEETS}, sp))
    with Workbook(path) as wb:
        for name in SHEETS:
            assert _trimmed(wb.rows(name)) == rows[name], (name, sp)
    assert _plan_summary(read_workbook(path, qn)) == original_plan, sp


@pytest.mark.parametrize("sp", [Spelling(), Spelling(namespace=STRICT, prefix="x", quote="'", equals=" = ",
                                                     ref_case="lower", cell_refs="none", row_refs="none",
                                                     strings="shared", runs=True, char_refs=True, pretty=True,
                                                     part_case=True, extension=".bin", strict_workbook=True)],
                         ids=["plain", "every-other-spelling"])
def test_the_answers_sheet_in_another_spelling(canonical, original_plan, qn, tmp_path, sp):
    """The whole Answers sheet (2,300 rows) spelled the plain way and every other way at once."""
    data, rows = canonical
    path = tmp_path / "answers.xlsx"
    path.write_bytes(respelled(data, {"Answers": rows["Answers"], "Metadata": rows["Metadata"]}, sp))
    assert _plan_summary(read_workbook(path, qn)) == original_plan


# --- the plain reading and the parser --------------------------------------------------------------

_VALUES = st.one_of(st.just(""), st.text(max_size=12), st.floats(allow_nan=False, allow_infinity=False),
                    st.booleans(), st.integers(-10 ** 6, 10 ** 6).map(float))


def _both(data: bytes, strings=(), styles=None, skip=frozenset()):
    """(plain, parser): each the SheetRead, or the exception's class name."""
    def run(fn):
        try:
            return fn(data, "S", list(strings), styles or {}, False, DEFAULT_LIMITS, reader._Budget(), skip)
        except reader._NotPlain:
            return "not plain"
        except UnsafeWorkbook:
            return "refused"
    return run(reader._read_plain), run(reader._read_sheet)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_VALUES, max_size=6), max_size=8), st.integers(0, 2 ** 30),
       st.lists(st.tuples(st.integers(0, 10 ** 6), st.sampled_from(["<", ">", "&", "'", '"', " ", "\r", "x", "/",
                                                                   "<c>", "</c>", "<v>1</v>", "&#0;", "]]>",
                                                                   "<row>", "</row>", 'r="A1"', "\x01", "<!--",
                                                                   "<![CDATA[", 'xmlns="urn:x"', "&#65;", "<f>",
                                                                   't="e"', "</sheetData>", "\xe9", "\ufffe"])),
                max_size=3),
       st.sampled_from([frozenset(), frozenset({1}), frozenset({0, 2})]))
def test_plain_reading_and_parser_agree(rows, seed, edits, skip):
    """On any sheet (plain spelling, or a plain one damaged anywhere), the plain reading either
    gives up or reads exactly what the parser reads; it never accepts what the parser refuses."""
    shared: list[str] = []
    data = sheet_xml(rows, Spelling(strings="mixed", seed=seed), shared)
    for at, piece in edits:
        at %= len(data) + 1
        data = data[:at] + piece.encode() + data[at:]
    plain, parsed = _both(data, shared, skip=skip)
    if plain != "not plain":
        assert plain == parsed, (data, plain, parsed)


def test_an_empty_cell_of_an_unknown_type_is_refused_by_both():
    """``<c t="bogus"/>``: the parser refuses the type; the plain reading gave up on it only when
    the cell held a value, and read the empty one as an empty cell."""
    data = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="1"><c r="A1" t="bogus"/><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>'
            b'</sheetData></worksheet>')
    assert _both(data) == ("not plain", "refused")
    assert _both(data, skip=frozenset({0}))[0] == "not plain"


def test_plain_reading_takes_the_common_spellings(rich):
    """Every sheet of the application's own export is read the plain way (the fast one)."""
    _, _, src = rich
    with Workbook(src) as wb:
        for name, part in wb.sheet_parts.items():
            data = wb.checked.parts[part]
            plain, parsed = _both(data)
            assert plain != "not plain" and plain == parsed, name


# --- refusals: in time, in memory, naming the cell -------------------------------------------------

def _refused_in_bounds(path, qn, match):
    """Refused, naming the cell, within 512 MB of Python memory (the time: the reliability run)."""
    tracemalloc.start()
    try:
        with pytest.raises(WorkbookError, match=match):
            read_workbook(path, qn)
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < 512 * 1024 * 1024, peak


HOSTILE_SEEDS = (0, 1, 2)  # make test; the reliability run tries many more


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("seed", HOSTILE_SEEDS)
def test_hostile_cells_in_any_spelling_refused(canonical, qn, tmp_path, cli_run, seed, attack):
    """Each refused within 512 MB, naming the sheet and the cell, the database unchanged."""
    data, rows = canonical
    spelled, match = spelled_attack(data, rows["Metadata"], seed, attack)
    path = tmp_path / f"{attack}-{seed}.xlsx"
    path.write_bytes(spelled)
    _refused_in_bounds(path, qn, match)
    cli_run("list")
    before = dump(cli_run.db)
    assert cli_run("import", path).exit_code == 2
    assert dump(cli_run.db) == before


def test_spellings_module_is_what_it_says():
    assert {TRANSITIONAL, STRICT} == {Spelling().namespace, Spelling(namespace=STRICT).namespace}
