"""Reliability scenarios for limits and text on every path:
plain functions returning the same dict shape as ``scenarios.py`` (``result(ok, summary,
problems)``); the fast tests are in ``test_limits_and_text.py``, the report tool registers them."""
from __future__ import annotations

from pathlib import Path

from scenarios import answers_signature, result, text_keys


def _refused(call) -> str | None:
    from capacity_app.services.assessments import ServiceError

    try:
        call()
    except ServiceError as exc:
        return str(exc)
    return None


def scenario_text_limits(workdir: Path, evidence_entries: int | None = None) -> dict:
    """Texts at the limits on every path in: a 20,000-character comment with CR LF line breaks is
    accepted and comes back whole; a comment whose escaped form passes a cell's 32,767 characters
    (CR LF grows through `_x000D_`) or that is longer than 20,000 characters is refused by `set`
    with and without a value and by `comment`; evidence over its length or count limit is refused;
    thousands of evidence entries (more than one cell holds) are exported over continuation rows and
    come back entry for entry; a stored text too long for a cell makes the export refuse, writing
    nothing."""
    from capacity_app.domain.celltext import CELL_MAX, EVIDENCE_MAX, EVIDENCE_TEXT_MAX, TEXT_MAX
    from capacity_app.exchange.workbook.cells import ExportError
    from capacity_app.services.assessments import (
        add_evidence, create_assessment, open_store, questionnaire_for, record_answer, set_comment,
    )
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    n_ev = evidence_entries or 10_000  # the most an answer takes (about 2 s)
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    q = questionnaire_for()
    keys = text_keys(q)
    problems: list[str] = []
    db = workdir / "limits.sqlite3"
    fits = ("line of text\r\n" * (TEXT_MAX // 14 + 1))[:TEXT_MAX]  # 20,000 characters, CR LF lines
    overflowing = "a\r\n" * (TEXT_MAX // 3)  # under 20,000 characters, about 60,000 escaped
    with open_store(db, daily_backup=False) as store:
        a = create_assessment(store, q, country="KEN", round=2026)
        record_answer(store, q, a.id, keys[0], fits, comment=fits)
        set_comment(store, q, a.id, "s1_statistics", fits)  # a grid as a whole
        refusals = {
            "set value with a long comment": lambda: record_answer(store, q, a.id, keys[1], "x",
                                                                   comment=overflowing),
            "set --comment without a value": lambda: set_comment(store, q, a.id, keys[1], overflowing),
            "comment of 20,001 characters": lambda: set_comment(store, q, a.id, keys[1], "c" * (TEXT_MAX + 1)),
            "text value over a cell": lambda: record_answer(store, q, a.id, keys[1], overflowing),
            "evidence over its length": lambda: add_evidence(store, q, a.id, keys[1], "note",
                                                             "e" * (EVIDENCE_TEXT_MAX + 1)),
        }
        for what, call in refusals.items():
            if _refused(call) is None:
                problems.append(f"{what}: accepted")
        with store.transaction():  # one transaction: thousands of entries in a second
            for i in range(n_ev):
                store.add_evidence(a.id, keys[2], "document", f"report {i:05d}, annex table\\{i}")
        if n_ev >= EVIDENCE_MAX and _refused(lambda: add_evidence(store, q, a.id, keys[2], "note", "one more")) is None:
            problems.append(f"evidence entry {n_ev + 1} accepted (at most {EVIDENCE_MAX})")
        before = answers_signature(store, a.id)
        xlsx = export_workbook(store, a.id, workdir / "limits.xlsx")
    # the consolidated workbook holds the same evidence, no cell over the limit
    import python_calamine

    from capacity_app.exchange.aggregate.run import aggregate

    aggregate([xlsx], workdir / "all.xlsx", workers=0)
    rows = python_calamine.CalamineWorkbook.from_path(str(workdir / "all.xlsx")).get_sheet_by_name(
        "Answers").to_python()
    longest = max(len(str(v)) for r in rows for v in r)
    head = list(rows[0])  # columns found by their header: the sheet's layout may grow
    ev, key = head.index("Evidence"), head.index("Answer key")
    lines = sum(len(str(r[ev]).splitlines()) for r in rows[1:] if r[key] == keys[2])
    if longest > CELL_MAX or lines != n_ev:
        problems.append(f"consolidated workbook: longest cell {longest}, {lines} of {n_ev} evidence lines")
    plan = read_workbook(xlsx, q)
    with open_store(workdir / "back.sqlite3", daily_backup=False) as store:
        back = apply_import(store, plan).assessment
        after = answers_signature(store, back.id)
    changed = [k for k in set(before) | set(after) if before.get(k) != after.get(k)]
    for k in changed[:5]:
        problems.append(f"{k}: changed on the round trip ({len(str(before.get(k)))} -> "
                        f"{len(str(after.get(k)))} characters)")
    # a text stored before the limits (raw SQL plays an older version): the export refuses
    with open_store(db, daily_backup=False) as store:
        with store.transaction():
            store.db.execute("UPDATE answers SET comment = ? WHERE assessment_id = ? AND key = ?",
                             [overflowing, a.id, keys[0]])
        out = workdir / "refused.xlsx"
        try:
            export_workbook(store, a.id, out)
            problems.append(f"a comment of {len(overflowing)} characters (over {CELL_MAX} escaped) was exported")
        except ExportError as exc:
            if "Answers!" not in str(exc) or out.exists():
                problems.append(f"export refusal unclear or a file written: {exc}")
    ok = not problems
    summary = (f"{len(refusals)} over-limit texts refused at entry; a {TEXT_MAX:,}-character CR LF "
               f"comment and {n_ev:,} evidence entries exported and re-imported with {len(changed)} "
               f"answers changed; an over-long stored text refused by the export")
    return result(ok, summary, problems, refused=len(refusals), evidence=n_ev, changed=len(changed))


def scenario_empty_text(workdir: Path) -> dict:
    """`set ID ITEM ""` (and the same empty text for a grid cell or matrix field, or in an import)
    is refused with a message instead of storing an empty text that counts as answered and
    vanishes on the round trip; whitespace is a text and is kept."""
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_text

    q = questionnaire_for()
    text_cells = [k for k, fld, _ in q.all_keys() if fld.type == "text" and not fld.constraint]
    picks = [text_cells[0], *[k for k in text_cells if k.count(".") == 2][:1],
             *[k for k in text_cells if k.count(".") == 3][:1]]
    problems: list[str] = []
    with open_store(Path(workdir) / "empty.sqlite3", daily_backup=False) as store:
        a = create_assessment(store, q, country="KEN", round=2026)
        for key in picks:
            msg = _refused(lambda key=key: record_text(store, q, a.id, key, ""))
            if msg is None or "empty text" not in msg:
                problems.append(f"{key}: an empty text was " + ("stored" if msg is None else f"refused unclearly: {msg}"))
            if store.answer(a.id, key).is_answered:
                problems.append(f"{key}: counts as answered after an empty text")
        record_text(store, q, a.id, picks[0], " ")
        if store.answer(a.id, picks[0]).value != " ":
            problems.append("a text of one space was not kept")
    summary = (f"an empty text refused on {len(picks)} kinds of place (item, grid cell, matrix field); "
               f"{len(problems)} stored as answered")
    return result(not problems, summary, problems, places=len(picks))


def scenario_aggregate_rows(workdir: Path, files: int = 3, max_rows: int = 40) -> dict:
    """The consolidated Answers sheet never passes a sheet's row limit: with the limit lowered
    (the module constant Excel's 1,048,576 comes from), the long table goes on in `Answers (2)`,
    `Answers (3)` …, each under the limit with the header row, and every row of every workbook is
    there exactly once."""
    import python_calamine

    from capacity_app.exchange.aggregate import xlsxstream
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.exchange.aggregate.run import aggregate
    from capacity_app.services.exchange import export_workbook

    from scenarios import make_database

    workdir = Path(workdir)
    inputs = workdir / "in"
    inputs.mkdir(parents=True, exist_ok=True)
    for i in range(files):  # one country and round each (aggregation keeps one per pair)
        db = workdir / f"c{i}.sqlite3"
        aid = make_database(db, n_answers=60, seed=i)
        with open_store(db, daily_backup=False) as store:
            other = create_assessment(store, questionnaire_for(), country=("UGA", "TZA", "RWA", "ETH")[i % 4],
                                      round=2020 + i)
            store.replace_answers(other.id, list(store.answers(aid).values()), note="copy")
            export_workbook(store, other.id, inputs / f"c{i}.xlsx")

    def answer_sheets(out: Path) -> dict[str, list]:
        book = python_calamine.CalamineWorkbook.from_path(str(out))
        return {n: book.get_sheet_by_name(n).to_python() for n in book.sheet_names
                if n == "Answers" or n.startswith("Answers (")}

    problems: list[str] = []
    aggregate([inputs], workdir / "whole.xlsx", workers=0)
    expected = [tuple(r) for rows in answer_sheets(workdir / "whole.xlsx").values() for r in rows[1:]]
    saved = xlsxstream.MAX_ROWS
    xlsxstream.MAX_ROWS = max_rows
    try:
        aggregate([inputs], workdir / "split.xlsx", workers=0)
    finally:
        xlsxstream.MAX_ROWS = saved
    sheets = answer_sheets(workdir / "split.xlsx")
    names = list(sheets)
    data_rows: list[tuple] = []
    for n, rows in sheets.items():
        if len(rows) > max_rows:
            problems.append(f"{n}: {len(rows)} rows, more than the limit {max_rows}")
        if not rows or rows[0][:3] != ["Country code", "Round", "Answer key"]:
            problems.append(f"{n}: no header row")
        data_rows += [tuple(r) for r in rows[1:]]
    if data_rows != expected:
        problems.append(f"{len(data_rows)} answer rows in {len(names)} sheets, {len(expected)} expected "
                        "(rows lost, repeated or out of order)")
    if len(set(data_rows)) != len(data_rows):
        problems.append("a row appears twice")
    if len(names) < 2:
        problems.append(f"the table did not go on in a second sheet ({len(data_rows)} rows, limit {max_rows})")
    summary = (f"{files} workbooks, {len(data_rows)} answer rows with a row limit of {max_rows}: "
               f"{len(names)} sheets ({', '.join(names)}), none over the limit, no row lost or repeated")
    return result(not problems, summary, problems, sheets=len(names), rows=len(data_rows))


def _set_metadata(src: Path, dst: Path, **fields: str) -> Path:
    """A copy of a workbook with Metadata fields edited (as a person would in Excel)."""
    import openpyxl

    wb = openpyxl.load_workbook(src)
    ws = wb["Metadata"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value in fields:
            row[1].value = fields[row[0].value]
    wb.save(dst)
    return dst


def scenario_import_preview(workdir: Path) -> dict:
    """The import preview lists what an import changes beyond the answers: a workbook whose only
    edit is the Metadata `institutions` shows one difference (and the institutions are listed
    among other changes); re-importing a workbook whose assessment is in the trash says "… is in
    the trash: it will be restored", and applying it restores it."""
    from capacity_app.domain.assessment import Institution
    from capacity_app.services.assessments import open_store, questionnaire_for, trash_assessment
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

    from scenarios import make_database

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    q = questionnaire_for()
    db = workdir / "preview.sqlite3"
    aid = make_database(db, n_answers=10)
    problems: list[str] = []
    with open_store(db, daily_backup=False) as store:
        store.update_assessment(aid, institutions=(Institution("National Statistics Office", "lead"),))
        xlsx = export_workbook(store, aid, workdir / "a.xlsx")
        edited = _set_metadata(xlsx, workdir / "inst.xlsx",
                               institutions="National Statistics Office | lead\nMinistry of Interior | data")
        texts = [d.describe() for d in diff_import(store, read_workbook(edited, q), q)]
        if not any("institutions" in t and "Ministry of Interior" in t for t in texts):
            problems.append(f"institutions edited alone: {len(texts)} differences listed ({texts[:3]})")
        both = _set_metadata(edited, workdir / "both.xlsx", title="Another title")
        texts = [d.describe() for d in diff_import(store, read_workbook(both, q), q)]
        if not (any(t.startswith("institutions") for t in texts) and any(t.startswith("title") for t in texts)):
            problems.append(f"institutions and title edited: listed {texts[:3]}")
        trash_assessment(store, aid)
        plan = read_workbook(xlsx, q)
        texts = [d.describe() for d in diff_import(store, plan, q)]
        if not any("is in the trash: it will be restored" in t for t in texts):
            problems.append(f"assessment in the trash: the preview says {texts[:3] or 'nothing'}")
        apply_import(store, plan, q)
        if store.assessment(aid).deleted:
            problems.append("the assessment stayed in the trash after the import")
    summary = ("institutions edited alone and with the title: listed in the preview; a workbook of an "
               f"assessment in the trash: announced and restored ({len(problems)} problems)")
    return result(not problems, summary, problems)


def scenario_text_from_workbooks(workdir: Path) -> dict:
    """Text and dates from a workbook on their way in and out: control characters (an ESC
    sequence, CR, BEL) are printed escaped by `import --dry-run` and `answers` (and kept unchanged
    in the database and `--json`); a date serial typed as a number gets a hint (in the CLI and in a
    workbook's date cell); ISO week dates are stored as YYYY-MM-DD; a workbook whose mission ends
    before it starts is refused, naming the Metadata cell."""
    import json

    import openpyxl
    from click.testing import CliRunner

    from capacity_app.cli import main
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.exchange import WorkbookError, export_workbook, read_workbook

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    q = questionnaire_for()
    problems: list[str] = []
    runner = CliRunner()
    db, db2 = workdir / "a.sqlite3", workdir / "b.sqlite3"

    def cli(*args: object, to=db):
        return runner.invoke(main, ["--db", str(to), *map(str, args)], catch_exceptions=False)

    hostile = "\x1b]0;owned\x07\x1b[2J\rclean"
    aid = cli("new", "--country", "KEN", "--round", "2026", "--mission-start", "2026-W01-1").output.strip()
    key = text_keys(q)[0]
    cli("set", aid, key, hostile, "--comment", hostile)
    cli("evidence", aid, key, hostile, "--kind", "note")
    shown = cli("answers", aid).output
    if "\x1b" in shown or "\r" in shown or "\\x1b" not in shown:
        problems.append("answers prints control characters raw")
    rows = {r["item_id"]: r for r in json.loads(cli("answers", aid, "--json").output)}
    if rows[key]["value"] != hostile or rows[key]["comment"] != hostile:
        problems.append("the stored text or --json output changed")
    with open_store(db, daily_backup=False) as store:
        a = store.assessment(int(aid))
        if a.mission_start != "2025-12-29":
            problems.append(f"the week date 2026-W01-1 stored as {a.mission_start!r}")
        xlsx = export_workbook(store, a.id, workdir / "a.xlsx")
    cli("import", xlsx, to=db2)
    cli("set", "1", key, "changed", to=db2)
    out = cli("import", xlsx, "--dry-run", to=db2).output
    if "\x1b" in out or "\r" in out or "\\x1b" not in out:
        problems.append("import --dry-run prints control characters raw")
    r = cli("set", aid, "s0_reference_date", "46023")
    if r.exit_code != 2 or "date serial" not in r.output:
        problems.append(f"a date serial in the CLI: {r.output.strip()!r}")
    r = cli("set", aid, "s0_reference_date", "2026W011")
    rows = {r["item_id"]: r for r in json.loads(cli("answers", aid, "--json").output)}
    if rows.get("s0_reference_date", {}).get("value") != "2025-12-29":
        problems.append("the week date 2026W011 not stored as 2025-12-29")
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Answers"]
    col = {c.value: c.column for c in ws[1]}
    for row in ws.iter_rows(min_row=2):
        if row[col["Answer key"] - 1].value == "s0_reference_date":
            row[col["Code"] - 1].value = 46023
    wb.save(workdir / "serial.xlsx")
    wb = openpyxl.load_workbook(xlsx)
    for row in wb["Metadata"].iter_rows(min_row=2):
        if row[0].value == "mission_end":
            row[1].value = "2025-01-01"
    wb.save(workdir / "ends.xlsx")
    for name, expect in (("serial.xlsx", "date serial"), ("ends.xlsx", "ends (2025-01-01) before it starts")):
        try:
            read_workbook(workdir / name, q)
            problems.append(f"{name}: accepted")
        except WorkbookError as exc:
            if expect not in str(exc) or not exc.cell:
                problems.append(f"{name}: refused without {expect!r} or its cell: {exc}")
    summary = ("control characters escaped in `answers` and `import --dry-run` (stored and JSON "
               "unchanged), date serials hinted, week dates normalised, mission end before start "
               f"refused on import: {len(problems)} problems")
    return result(not problems, summary, problems)


def limits_plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) rows for tools/reliability_report.py: plan()."""
    return [
        ("text_limits", "8, 10", "texts at the limits on every path in, and a cell's 32,767 characters",
         lambda d: scenario_text_limits(d)),
        ("empty_text", "10", "an empty text is no answer (set ID ITEM \"\")",
         lambda d: scenario_empty_text(d)),
        ("aggregate_rows", "8", "the consolidated Answers sheet over a sheet's row limit",
         lambda d: scenario_aggregate_rows(d)),
        ("import_preview", "3, 9", "the import preview: institutions, an assessment in the trash",
         lambda d: scenario_import_preview(d)),
        ("text_from_workbooks", "3, 5", "control characters on the terminal, date serials, week dates",
         lambda d: scenario_text_from_workbooks(d)),
    ]
