"""The reader (exchange/outside/reader.py): one parser, its limits built in. The same cells spelled in
every valid way read the same; the plain reading and the parser agree on every sheet; whatever is
refused is refused within 512 MB, naming the sheet and the cell (the 10 s: the
reliability run)."""
import random
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.exchange.outside import reader
from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.outside.safety import DEFAULT_LIMITS, UnsafeWorkbook
from capacity_app.services.exchange import read_workbook
from capacity_app.services.assessments import open_store

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


_ANSWERS_SKIP = frozenset({0, 2, 3, 4, 5, 7})  # the Answers sheet's columns the importer does not keep


def _exporter_cell(rng: random.Random, col: int, row: str, shared: list[str]) -> str:
    """One cell of column ``col`` in the exporter's shape or, now and then, close to it (a type the
    parser refuses, a value in the wrong element, a reference to another row...)."""
    odd = rng.random() < 0.04
    letters = reader.column_name(col)
    ref = f"{letters}{row}" if not odd or rng.random() < 0.7 else f"{letters}{rng.choice(['0' + row, '1', row + '0'])}"
    s_attr = f' s="{rng.randrange(30)}"' if rng.random() < 0.7 else ""
    kind = rng.random()
    if kind < 0.5:
        text = "".join(rng.choice(["a", "é", " ", "\t", "&amp;", "&lt;", "&#65;", "&#x4e2d;", "_x000D_", "\r\n",
                                   "&gt;", "&quot;", "'", "x" * rng.randrange(1, 40), "中"] + ["&#0;"] * odd)
                       for _ in range(rng.randrange(0, 6)))
        space = ' xml:space="preserve"' if rng.random() < 0.3 else ""
        t = rng.choice(["", ' t="s"', ' t="str"']) if odd else ' t="inlineStr"'
        return f'<c r="{ref}"{s_attr}{t}><is><t{space}>{text}</t></is></c>'
    if kind < 0.7:
        t = rng.choice(["", "", ' t="inlineStr"', ' t="n"', ' t="s"', ' t="e"'] + [' t="bogus"'] * odd)
        return f'<c r="{ref}"{s_attr}{t}{rng.choice(["/>", " />", "></c>", chr(10) + "/>"])}'
    if kind < 0.85:
        t, v = rng.choice([("", "1"), (' t="n"', "2.5"), (' t="n"', ""), ("", "1e3"), (' t="b"', "1"),
                           (' t="str"', "a&amp;b"), (' t="d"', "2024-05-01"), (' t="e"', "#N/A")] if not odd else
                          [("", "-0"), ("", "x"), (' t="b"', "2"), (' t="inlineStr"', "1"), (' t="zz"', "1")])
        return f'<c r="{ref}"{s_attr}{t}><v>{v}</v></c>'
    shared.append(rng.choice(["s", "", "_x0041_", "long " * 5]))
    index = str(len(shared) - 1) if not odd else str(len(shared) + 3)
    return f'<c r="{ref}"{s_attr} t="s"><v>{index}</v></c>'


def exporter_sheet(rng: random.Random, shared: list[str]) -> bytes:
    """A worksheet shaped as the exporter writes one (the Answers sheet's): a header of 6 to 18
    columns, then rows with cells of any of columns A..R (some beyond the header's), now and then
    a row in another shape."""
    out = ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    if rng.random() < 0.9:
        out.append('<row r="1">' + "".join(f'<c r="{reader.column_name(c)}1" t="inlineStr"><is><t>h{c}</t></is></c>'
                                           for c in range(rng.randrange(6, 19))) + "</row>")
    r = 1
    for _ in range(rng.randrange(0, 12)):
        r += 1 if rng.random() < 0.8 else rng.randrange(2, 4)
        row = str(r)
        start = f'<row r="{row}">' if rng.random() > 0.04 else rng.choice(
            [f'<row r="{row}" spans="1:13">', f"<row r='{row}'>", "<row>", f'<row r="0{row}">'])
        cols = sorted(rng.sample(range(18), rng.randrange(0, 8)))
        cells = "".join(_exporter_cell(rng, c, row, shared) for c in cols)
        out.append(f"{start}{cells}</row>" if rng.random() > 0.03 else f'<row r="{row}"/>')
    out.append('</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" '
               'footer="0.5" /></worksheet>')
    return "".join(out).encode("utf-8")


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 2 ** 30),
       st.lists(st.tuples(st.integers(0, 10 ** 6), st.sampled_from(["<", ">", "&", " ", "\r", "x", "/", '"',
                                                                   "</c>", "<v>1</v>", "</row>", '<row r="9">',
                                                                   't="e"', "&#0;", "\x01"])),
                max_size=2),
       st.sampled_from([_ANSWERS_SKIP, frozenset({1}), frozenset(range(18))]))
def test_plain_reading_and_parser_agree_on_the_exporters_rows(seed, edits, skip):
    """Rows in the exporter's shape (read a whole row at a time when columns are skipped), with
    random text, references, empty cells, values in skipped and kept columns, and damage: the plain
    reading gives up or reads exactly what the parser reads, cells counted alike."""
    shared: list[str] = []
    data = exporter_sheet(random.Random(seed), shared)
    for at, piece in edits:
        at %= len(data) + 1
        data = data[:at] + piece.encode() + data[at:]
    plain, parsed = _both(data, shared, skip=skip)
    if plain != "not plain":
        assert plain == parsed, (data, plain, parsed)


def test_the_exporters_rows_are_read_whole(monkeypatch):
    """The exporter's rows are read a row at a time (the fast way), with the result the parser
    gives and the same count of cells towards the workbook's limit as the token reading."""
    rng = random.Random(28)
    rows = []
    for r in range(2, 200):
        cells = [f'<c r="A{r}" s="8" t="inlineStr"><is><t>S{r % 7}</t></is></c>',
                 f'<c r="B{r}" s="8" t="inlineStr"><is><t>key_{r}</t></is></c>',
                 f'<c r="C{r}" s="9" t="inlineStr"><is><t>Question &amp; «{"é" * rng.randrange(90)}»</t></is></c>',
                 f'<c r="F{r}" s="8" t="inlineStr"><is><t>text</t></is></c>',
                 f'<c r="G{r}" s="6" t="inlineStr"><is><t xml:space="preserve"> {r}_x000D_</t></is></c>'
                 if r % 3 else f'<c r="G{r}" s="6" t="n"><v>{r / 4}</v></c>',
                 f'<c r="I{r}" s="7" t="inlineStr" />',
                 f'<c r="M{r}" s="10" t="inlineStr"><is><t>{r:08x}</t></is></c>']
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    data = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1">' + "".join(f'<c r="{reader.column_name(c)}1" t="inlineStr"><is><t>{c}</t></is></c>'
                                   for c in range(13)) + "</row>" + "".join(rows)
            + "</sheetData></worksheet>").encode()
    whole = []
    made = reader._fast_rows(_ANSWERS_SKIP, 13)
    monkeypatch.setattr(reader, "_fast_rows", lambda skip, width: (
        lambda *a: whole.append(made[0](*a)) or whole[-1], made[1]))
    budgets = reader._Budget(), reader._Budget()
    plain = reader._read_plain(data, "S", [], {}, False, DEFAULT_LIMITS, budgets[0], _ANSWERS_SKIP)
    parsed = reader._read_sheet(data, "S", [], {}, False, DEFAULT_LIMITS, budgets[1], _ANSWERS_SKIP)
    assert plain == parsed and plain.rows[0][12] == "12" and plain.rows[5][1] == "key_6" and plain.rows[5][6] == 1.5
    assert plain.rows[6][6] == " 7\r"
    assert len(whole) == 198 and all(m is not None for m in whole)
    monkeypatch.setattr(reader, "_fast_rows", lambda skip, width: (lambda *a: None, made[1]))  # token by token
    tokens = reader._Budget()
    assert reader._read_plain(data, "S", [], {}, False, DEFAULT_LIMITS, tokens, _ANSWERS_SKIP) == plain
    assert (budgets[0].cells, budgets[0].text) == (tokens.cells, tokens.text)


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
    open_store(cli_run.db).close()  # an empty database (a read command creates none)
    before = dump(cli_run.db)
    assert cli_run("import", path).exit_code == 2
    assert dump(cli_run.db) == before


def test_spellings_module_is_what_it_says():
    assert {TRANSITIONAL, STRICT} == {Spelling().namespace, Spelling(namespace=STRICT).namespace}


def test_the_time_a_workbook_says_it_was_saved(tmp_path):
    """``Workbook.modified``: the core properties' dcterms:modified, found through the package's
    relationships whatever the part is called (a name in another case, another folder); "" when the
    workbook gives none; never the file system's time."""
    import os
    import re
    import zipfile

    import openpyxl

    openpyxl.Workbook().save(tmp_path / "a.xlsx")
    with zipfile.ZipFile(tmp_path / "a.xlsx") as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    core = parts.pop("docProps/core.xml")
    stamped = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-05-12T09:30:00Z", core)

    def written(name, members):
        with zipfile.ZipFile(tmp_path / name, "w") as z:
            for member, data in members.items():
                z.writestr(member, data)
        os.utime(tmp_path / name, (0, 0))   # the file's own time says nothing
        with Workbook(tmp_path / name) as wb:
            return wb.modified()

    assert written("b.xlsx", {**parts, "docProps/core.xml": stamped}) == "2026-05-12T09:30:00Z"
    moved = {**parts, "_rels/.rels": parts["_rels/.rels"].replace(b"docProps/core.xml", b"/Meta/CORE.XML"),
             "meta/core.xml": stamped}
    assert written("c.xlsx", moved) == "2026-05-12T09:30:00Z"
    gone = {**parts, "_rels/.rels": parts["_rels/.rels"].replace(b"docProps/core.xml", b"docProps/none.xml")}
    assert written("d.xlsx", gone) == ""
