"""Import: validation with file/sheet/cell/reason, differences, --yes, all-or-nothing."""

import openpyxl
import pytest

from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS, METADATA_FIELD_NAMES, column_letter
from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.services.exchange import apply_import, diff_import, read_workbook

from exchange_helpers import LoadedOnce, dump, make_store

CODE = column_letter(ANSWERS_COLUMNS.index("Code") + 1)
COMMENT = column_letter(ANSWERS_COLUMNS.index("Comment") + 1)
DK = column_letter(ANSWERS_COLUMNS.index("Don't know") + 1)


def _row_of(ws, key):
    col = ANSWERS_COLUMNS.index("Answer key") + 1
    for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        if cell.value == key:
            return cell.row
    raise KeyError(key)


def _answer(loaded, key, column=CODE):
    """(sheet, reference) of ``key``'s cell in ``column`` of the loaded workbook's Answers sheet."""
    return "Answers", f"{column}{_row_of(loaded.book['Answers'], key)}"


def _edit(src, dst, fn):
    wb = openpyxl.load_workbook(src)
    fn(wb)
    wb.save(dst)
    return dst


@pytest.fixture(scope="module")
def rich_loaded(rich):
    """The rich workbook loaded once in openpyxl for the tests below that edit cells only: each sets
    its cells and saves its own copy (exchange_helpers.LoadedOnce); a test that adds rows loads it
    afresh (``_edit``)."""
    return LoadedOnce(rich[2])


@pytest.fixture
def imported(rich, qn, tmp_path):
    """A database holding the rich assessment (imported from its workbook)."""
    _, _, path = rich
    db = tmp_path / "target.sqlite3"
    store = make_store(db)
    apply_import(store, read_workbook(path, qn))
    yield store, db
    if not store.closed:
        store.close()


def test_edited_cells_are_named_and_diffed(rich_loaded, qn, imported, tmp_path):
    store, db = imported
    r = _row_of(rich_loaded.book["Answers"], "s2_need_a")
    r2 = _row_of(rich_loaded.book["Answers"], "s2_policy")
    edited = rich_loaded.save_edited(tmp_path / "edited.xlsx", {
        ("Answers", f"{CODE}{r}"): 1, ("Answers", f"{COMMENT}{r2}"): "Strategy adopted in June."})
    plan = read_workbook(edited, qn)
    assert not plan.checksum_ok
    assert {(e.cell, e.part) for e in plan.edited} == {(f"{CODE}{r}", "value"), (f"{COMMENT}{r2}", "comment")}
    diffs = diff_import(store, plan)
    changed = {(d.key, d.what, d.old, d.new) for d in diffs if d.kind == "changed"}
    assert ("s2_need_a", "value", 3, 1) in changed
    assert any(d[0] == "s2_policy" and d[1] == "comment" and d[3] == "Strategy adopted in June."
               for d in changed)
    # one line per change: the edit outside the application is told on the change's own line,
    # at the cell that changed (a comment at its Comment cell)
    assert not [d for d in diffs if d.kind == "edited_outside"]
    assert {(d.cell, d.edited_outside) for d in diffs if d.kind == "changed"} == {
        (f"Answers!{CODE}{r}", True), (f"Answers!{COMMENT}{r2}", True)}
    assert not any(d.newer_here for d in diffs)  # the database holds this very export
    done = apply_import(store, plan)
    a = done.assessment
    assert not done.created and ("s2_need_a" in done.changes.keys) and done.changes.listing
    assert store.answer(a.id, "s2_need_a").value == 1
    assert store.answer(a.id, "s2_policy").comment == "Strategy adopted in June."
    assert any(h["key"] == "s2_need_a" for h in store.history(a.id))
    assert a.settings["imported_from"]["checksum_ok"] is False
    assert any(b.reason == "pre-import" for b in store.backups())


def test_cli_requires_yes_to_update(rich, rich_loaded, tmp_path, cli_run):
    _, _, path = rich
    r = cli_run("import", path)
    assert r.exit_code == 0, r.output
    assert "created assessment" in r.output
    edited = rich_loaded.save_edited(tmp_path / "e.xlsx", {_answer(rich_loaded, "s2_need_a"): 0})
    before = dump(cli_run.db)
    r = cli_run("import", edited)
    assert r.exit_code == 2
    assert "(s2_need_a) value: 3 -> 0" in r.output
    assert "edited outside the application" in r.output
    assert "--yes" in r.output
    assert dump(cli_run.db) == before
    r = cli_run("import", edited, "--yes")
    assert r.exit_code == 0 and "updated assessment" in r.output
    r = cli_run("answers", "1", "--json")
    assert '"item_id": "s2_need_a",\n    "section": "S2",\n    "value": 0' in r.output


@pytest.mark.parametrize("key,value,reason", [
    ("s2_need_a", 7, "above the maximum"),
    ("s2_need_a", "lots", "expected a whole number"),
    ("s2_policy", "perhaps", "is not one of the choices"),
    ("s0_mission_start", "15/05/2026", "expected a date"),
])
def test_invalid_value_names_cell_and_leaves_db_unchanged(rich_loaded, qn, imported, tmp_path, key, value, reason):
    store, db = imported
    row = _row_of(rich_loaded.book["Answers"], key)
    bad = rich_loaded.save_edited(tmp_path / "bad.xlsx", {("Answers", f"{CODE}{row}"): value})
    before = dump(db)
    with pytest.raises(WorkbookError) as exc:
        read_workbook(bad, qn)
    msg = str(exc.value)
    assert msg.startswith(f"{bad}: Answers!{CODE}{row}: ")
    assert reason in msg
    assert exc.value.user_error
    assert dump(db) == before


def test_value_and_flag_together_refused(rich_loaded, qn, tmp_path):
    bad = rich_loaded.save_edited(tmp_path / "b.xlsx", {_answer(rich_loaded, "s2_need_a", DK): "yes"})
    with pytest.raises(WorkbookError, match=rf"Answers!{CODE}\d+: a value is given and Don't know"):
        read_workbook(bad, qn)


def test_formula_in_input_is_refused(rich_loaded, qn, tmp_path):
    sheet, ref = _answer(rich_loaded, "s2_need_a")
    bad = rich_loaded.save_edited(tmp_path / "f.xlsx", {(sheet, ref): "=1+1"})  # openpyxl writes a live formula
    with pytest.raises(WorkbookError) as exc:
        read_workbook(bad, qn)
    assert f"Answers!{ref}: contains a formula" in str(exc.value)


def test_wrong_format_version(rich_loaded, qn, tmp_path):
    bad = rich_loaded.save_edited(tmp_path / "v.xlsx", {("Metadata", "B3"): "9"}, unprotect=("Metadata",))
    with pytest.raises(WorkbookError, match=r"Metadata!B3: made by a newer version of capacity-app \(workbook "
                                            r"format 9; this version reads up to 4\)"):
        read_workbook(bad, qn)


def test_unknown_questionnaire_version_without_mapping(rich_loaded, qn, tmp_path):
    bad = rich_loaded.save_edited(tmp_path / "q.xlsx", {("Metadata", "B5"): "0.1.0"})
    with pytest.raises(WorkbookError, match=r"Metadata!B5: questionnaire version 0.1.0 cannot be imported"):
        read_workbook(bad, qn)


def test_edited_checksum_is_reported(rich_loaded, qn, tmp_path):
    row = METADATA_FIELD_NAMES.index("answers_sha256") + 2
    plan = read_workbook(rich_loaded.save_edited(tmp_path / "c.xlsx", {("Metadata", f"B{row}"): "0" * 64}), qn)
    assert not plan.checksum_ok
    assert [(e.sheet, e.cell) for e in plan.edited] == [("Metadata", f"B{row}")]
    assert "no single answer row differs" in plan.warnings[0]


def test_unknown_key_and_duplicate_rows(rich_loaded, qn, tmp_path):
    key = column_letter(ANSWERS_COLUMNS.index("Answer key") + 1)
    bad = rich_loaded.save_edited(tmp_path / "k.xlsx", {
        ("Answers", f"{key}2"): "no_such_item", ("Answers", f"{key}4"): rich_loaded.book["Answers"][f"{key}3"].value})
    with pytest.raises(WorkbookError) as exc:
        read_workbook(bad, qn)
    problems = exc.value.problems
    assert ("Answers", "B2", f"no_such_item: unknown answer key for questionnaire {qn.id} {qn.version}") in problems
    assert any(p[1] == "B4" and "appears twice" in p[2] for p in problems)


def test_failure_inside_apply_rolls_back(rich_loaded, qn, imported, monkeypatch, tmp_path):
    """A fault after the answers were written inside the import transaction leaves nothing."""
    store, db = imported
    plan = read_workbook(rich_loaded.save_edited(tmp_path / "r.xlsx", {
        _answer(rich_loaded, "s2_need_a"): 0, ("Metadata", "B9"): "Another title"}), qn)
    real = store.replace_answers

    def replace_then_fail(*args, **kwargs):
        real(*args, **kwargs)
        raise OSError("disk went away")

    monkeypatch.setattr(store, "replace_answers", replace_then_fail)
    before = dump(db)
    with pytest.raises(OSError):
        apply_import(store, plan)
    assert dump(db) == before


def test_mapping_older_version(rich, qn, tmp_path):
    """A workbook of an older version: renamed item, recoded codes, archived answer."""
    from capacity_app.exchange.workbook.mapping import load_mapping

    _, _, path = rich
    mp = tmp_path / "m.yaml"
    mp.write_text(
        f"questionnaire: {qn.id}\nfrom: '0.9.0'\nto: '{qn.version}'\n"
        "rename: {s2_need_old: s2_need_a}\n"
        "recode: {s2_policy: {draft: partly}}\n"
        "archive: [s2_retired]\n", encoding="utf-8")
    mapping = load_mapping(mp)

    def change(wb):
        wb["Metadata"]["B5"] = "0.9.0"
        for row in wb["Metadata"].iter_rows():  # a workbook of 0.9.0 carried no signatures check
            if row[0].value == "signatures_check":
                row[1].value = None
        ws = wb["Answers"]
        col = ANSWERS_COLUMNS.index("Answer key") + 1
        ws.cell(row=_row_of(ws, "s2_need_a"), column=col).value = "s2_need_old"
        ws[f"{CODE}{_row_of(ws, 's2_policy')}"] = "draft"
        r = ws.max_row + 1
        ws.cell(row=r, column=col).value = "s2_retired"
        ws[f"{CODE}{r}"] = "an old answer"

    old = _edit(path, tmp_path / "old.xlsx", change)
    plan = read_workbook(old, qn, mappings=[mapping])
    rep = plan.mapping
    assert rep.chain == f"0.9.0 -> {qn.version}"
    assert ("s2_policy", "s2_policy", "draft", "partly") in rep.recoded
    assert any(r[0] == "s2_need_old" and r[1] == "s2_need_a" for r in rep.recoded)
    assert [a["key"] for a in rep.archived] == ["s2_retired"]
    assert len(rep.kept) > 50
    by_key = {a.key: a for a in plan.answers}
    assert by_key["s2_policy"].value == "partly" and by_key["s2_need_a"].value == 3
    assert "s2_retired" not in by_key
    store = make_store(tmp_path / "m.sqlite3")
    try:
        a = apply_import(store, plan, accept_signatures=True).assessment  # its plan validation, unchecked
        assert a.questionnaire_version == qn.version
        assert a.settings["archived_answers"][0]["value"] == "an old answer"
    finally:
        store.close()


def test_sdg_17_18_1_answered_under_1_1_0_is_archived_by_the_bundled_mapping(rich, qn, tmp_path):
    """Questionnaire 1.2.0 takes SDG 17.18.1 out of the S4 grid (a global composite, not
    an indicator to disaggregate); a 1.1.0 workbook that answered it imports through the bundled
    mapping, its answer archived and listed, every other answer kept."""
    assert qn.version == "1.3.0"
    assert qn.resolve_key("s4_sdg.sdg_17_18_1.produced") is None
    assert "sdg_17_18_1" not in {r.code for r in qn.item("s4_sdg").rows}
    _, _, path = rich

    def change(wb):
        wb["Metadata"]["B5"] = "1.1.0"
        ws = wb["Answers"]
        col = ANSWERS_COLUMNS.index("Answer key") + 1
        r = ws.max_row + 1
        ws.cell(row=r, column=col).value = "s4_sdg.sdg_17_18_1.produced"
        ws[f"{CODE}{r}"] = "yes"

    plan = read_workbook(_edit(path, tmp_path / "v110.xlsx", change), qn)
    rep = plan.mapping
    assert rep.chain == "1.1.0 -> 1.2.0 -> 1.2.1 -> 1.3.0"
    assert [a["key"] for a in rep.archived] == ["s4_sdg.sdg_17_18_1.produced"]
    assert not rep.recoded and len(rep.kept) > 50
    assert all("17_18_1" not in a.key for a in plan.answers)


def test_constraint_between_answers_names_cell(rich_loaded, qn, tmp_path):
    end = _answer(rich_loaded, "s0_mission_end")
    bad = rich_loaded.save_edited(tmp_path / "c.xlsx", {
        _answer(rich_loaded, "s0_mission_start"): "2026-05-11",
        end: "2026-05-01"})  # before the start: breaks the constraint
    with pytest.raises(WorkbookError) as exc:
        read_workbook(bad, qn)
    assert f"Answers!{end[1]}: s0_mission_end: " in str(exc.value)


def test_comment_and_evidence_on_a_whole_grid_survive_export_and_import(rich, qn, imported, tmp_path):
    """A comment or evidence on a grid, the matrix or a note as a whole travels on its own row;
    an update import used to drop it (replace_answers deletes what the file does not carry)."""
    from capacity_app.services.assessments import add_evidence, set_comment
    from capacity_app.services.exchange import export_workbook

    store, _ = imported
    aid = store.find_assessment(read_workbook(rich[2], qn).uid).id
    grid = next(it for it in qn.items() if it.type == "grid")
    note = next(it for it in qn.items() if it.type == "note")
    set_comment(store, qn, aid, grid.id, "=the whole table comes from the 2020 census")
    add_evidence(store, qn, aid, grid.id, "document", "Census report, table 4")
    set_comment(store, qn, aid, note.id, "read aloud\r\nto the ministry")
    out = tmp_path / "whole.xlsx"
    export_workbook(store, aid, out)
    plan = read_workbook(out, qn)
    assert plan.checksum_ok
    by_key = {a.key: a for a in plan.answers}
    assert by_key[grid.id].comment == "=the whole table comes from the 2020 census"
    assert [(e.kind, e.text) for e in by_key[grid.id].evidence] == [("document", "Census report, table 4")]
    assert by_key[note.id].comment == "read aloud\r\nto the ministry"
    assert diff_import(store, plan, qn) == []
    apply_import(store, plan, qn)  # an update: nothing lost
    assert store.answer(aid, grid.id).comment == "=the whole table comes from the 2020 census"
    assert store.answer(aid, note.id).comment == "read aloud\r\nto the ministry"

    def value_on_whole_row(wb):
        ws = wb["Answers"]
        ws[f"{CODE}{_row_of(ws, grid.id)}"] = "3"

    with pytest.raises(WorkbookError, match="takes only a comment and evidence"):
        read_workbook(_edit(out, tmp_path / "v.xlsx", value_on_whole_row), qn)


def test_too_many_institutions_are_refused_naming_the_cell(rich_loaded, qn, tmp_path):
    """50,000 institutions in a small workbook made saves and the report slow;
    the count is limited on every path in (here: the Metadata sheet)."""
    from capacity_app.domain.assessment import INSTITUTIONS_MAX

    row = METADATA_FIELD_NAMES.index("institutions") + 2
    bad = rich_loaded.save_edited(tmp_path / "i.xlsx", {
        ("Metadata", f"B{row}"): "\n".join(f"Office {i} | host" for i in range(INSTITUTIONS_MAX + 1))})
    with pytest.raises(WorkbookError, match=rf"Metadata!B{row}: {INSTITUTIONS_MAX + 1:,} institutions: "
                                            rf"at most {INSTITUTIONS_MAX:,}"):
        read_workbook(bad, qn)


@pytest.mark.parametrize("written", ["2_026", "NaN", "inf", "2026.5"])
def test_a_round_written_as_no_year_is_refused_naming_its_cell(rich_loaded, qn, tmp_path, written):
    """Float() read the Metadata round "2_026" as 2026 (and took "NaN", "inf")."""
    ws = rich_loaded.book["Metadata"]
    ref = f"B{next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == 'round')}"
    book = rich_loaded.save_edited(tmp_path / "r.xlsx", {("Metadata", ref): written}, unprotect=("Metadata",))
    with pytest.raises(WorkbookError) as exc:
        read_workbook(book, qn)
    assert f"Metadata!{ref}: round must be a year, got {written!r}" in str(exc.value)


def test_a_country_code_edited_against_its_m49_is_refused(rich_loaded, qn, tmp_path):
    """A Metadata's country changed by hand (its M49 code left as it was): read as another country's
    assessment, it entered the roll-ups under that country (a UNSD reader's finding)."""
    iso, m49 = (f"B{METADATA_FIELD_NAMES.index(f) + 2}" for f in ("country_iso3", "m49"))
    bad = rich_loaded.save_edited(tmp_path / "m.xlsx", {("Metadata", iso): "PER", ("Metadata", m49): "704"})
    with pytest.raises(WorkbookError, match=rf"Metadata!{iso}: the country code PER does not match the M49 code 704 "
                                            r"written beside it: the Metadata was edited"):
        read_workbook(bad, qn)
    for written in ("404", 404, 404.0, "", None):   # Kenya's, as text, a number, or not given: read as it is
        good = rich_loaded.save_edited(tmp_path / "k.xlsx", {("Metadata", iso): "KEN", ("Metadata", m49): written})
        assert read_workbook(good, qn).country == "KEN", written
