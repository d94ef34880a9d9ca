"""The import's own lines in the command line's language: what was read, the
differences (each question by its wording in that language, the part changed, both values and
the marks), the counts and what the import would do were English whatever the language, while
the lines beside them (refusals, notices: cli/said.py) spoke the user's. English is unchanged."""
from __future__ import annotations

import re

import pytest

from capacity_app.domain.texts import TEXTS, text
from capacity_app.services.assessments import open_store, questionnaire_for
from capacity_app.services.demo import create_demo
from capacity_app.services.differences import Difference, question_wording
from tests.cli.test_said import OTHERS, no_english

KEYS = ["cli.import.read", "cli.import.exists", "diff.changed", "diff.mark_newer", "cli.import.stale",
        "cli.import.then_kept", "cli.import.dry_run", "diff.what.value", "diff.what.comment", "diff.empty"]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """(database, the demo, its workbook) with two answers changed here since the export (one with
    a comment): made once, only read by the dry runs below."""
    from click.testing import CliRunner

    from capacity_app.cli import main

    folder = tmp_path_factory.mktemp("said")
    db, book = folder / "cli.sqlite3", folder / "demo.xlsx"

    def run(*args):
        return CliRunner().invoke(main, ["--db", str(db), *map(str, args)], catch_exceptions=False)

    with open_store(db) as store:
        a = create_demo(store)
    assert run("export", a.id, "--xlsx", book).exit_code == 0
    assert run("set", a.id, "s0_n_interviews", "12").exit_code == 0
    assert run("set", a.id, "s0_population_millions", "7", "--comment", "new census").exit_code == 0
    return run, a, book


def test_english_is_as_it_was(made, monkeypatch):
    cli_run, a, book = made
    monkeypatch.setenv("CAPACITY_APP_LANG", "en")
    out = cli_run("import", book, "--dry-run").output.splitlines()
    assert re.fullmatch(rf"{re.escape(str(book))}: XVL 2026, \d+ answers, questionnaire {a.questionnaire_version}",
                        out[0]), out[0]
    assert out[1] == f"assessment {a.id} ({a.uid}) exists: 3 differences"
    assert re.fullmatch(r'  Answers!G\d+ "Number of interviews held" \(s0_n_interviews\) value: 12 -> 11 '
                        r"\[changed here since this workbook was exported, at .+\]", out[2]), out[2]
    assert re.fullmatch(r'  Answers!K\d+ ".+" \(s0_population_millions\) comment: new census -> \(empty\) '
                        r"\[changed here since .+\]", out[4]), out[4]
    assert out[-2:] == ["answers changed here since the workbook's version (its sender did not change them): 2; "
                        "they would be kept", "dry run: nothing written"]


@pytest.mark.parametrize("lang", OTHERS)
def test_the_differences_in_the_command_lines_language(made, monkeypatch, lang):
    cli_run, a, book = made
    q = questionnaire_for(a)
    monkeypatch.setenv("CAPACITY_APP_LANG", lang)
    r = cli_run("import", book, "--dry-run")
    assert r.exit_code == 0, r.output
    out = r.output.splitlines()
    assert out[1] == text("cli.import.exists", lang, id=a.id, uid=a.uid, n=3)
    wording = question_wording(q, "s0_n_interviews", lang)
    assert wording != question_wording(q, "s0_n_interviews", "en")
    line = next(x for x in out if "s0_n_interviews" in x)
    assert wording in line and text("diff.what.value", lang) in line and "12 -> 11" in line, line
    comment = next(x for x in out if "new census" in x)
    assert text("diff.what.comment", lang) in comment and text("diff.empty", lang) in comment, comment
    assert out[-1] == text("cli.import.dry_run", lang)
    for key in KEYS:
        assert no_english(r.output, key) == [], (key, r.output)


def test_every_difference_part_is_said_in_every_language():
    """Each kind of line, each part an import names (the metadata, the plan's records, an
    action's fields) in the five other languages: no English run of its entry left."""
    lines = [Difference("edited_outside", "", "Answers!G3", "comment"),
             Difference("restore", "4 (abc)", "", "trash"),
             Difference("metadata", "", "", "status", "in_progress", "final"),
             Difference("metadata", "", "", "mission_start", None, "2026-05-11"),
             Difference("changed", "action:3", "Action plan!C4", "action status", "planned", "done"),
             Difference("changed", "action:3", "Action plan!C4", "action sdg target", "", "17.18"),
             Difference("changed", "action_plan", "", "action order", "a / b", "b / a"),
             Difference("changed", "x", "", "value", "1", "2", conflict=True, by="Ana", at="", here_by="",
                        here_at=""),
             Difference("changed", "x", "", "value", "1", "2", by="Ana", at="2026-05-11T10:00:00+00:00",
                        edited_outside=True)]
    what = [k for k in TEXTS if k.startswith("diff.")]
    for lang in OTHERS:
        said = [d.describe(None, lang) for d in lines]
        assert said[2] == text("diff.metadata", lang, what=text("diff.what.status", lang),
                               old=text("wb.astatus.in_progress", lang), new=text("wb.astatus.final", lang))
        assert text("diff.what.sdg_target", lang) in said[5] and text("diff.unknown", lang) in said[7], said
        for key in what:
            assert no_english("\n".join(said), key) == [], (lang, key, said)
    assert [d.describe() for d in lines[:3]] == ["Answers!G3 () comment edited outside the application",
                                                 "assessment 4 (abc) is in the trash: it will be restored",
                                                 "status: in_progress -> final"]


def test_a_packages_documents_said_in_french(cli_run, tmp_path, monkeypatch):
    """A package's documents lines (to attach, attached already, attached) in the user's language."""
    with open_store(cli_run.db) as store:
        a = create_demo(store)
    doc = tmp_path / "evidence.txt"
    doc.write_text("evidence", encoding="utf-8")
    assert cli_run("attach", a.id, "s0_n_interviews", doc).exit_code == 0
    package = tmp_path / "demo.zip"
    assert cli_run("export", a.id, "--package", package).exit_code == 0
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    out = cli_run("import", package, "--dry-run").output.splitlines()
    assert out[-2:] == ["aucun changement : le classeur correspond à cette base de données",
                        "documents : déjà tous joints : 1"], out
    monkeypatch.setenv("CAPACITY_APP_LANG", "en")
    assert cli_run("import", package, "--dry-run").output.splitlines()[-1] == \
        "documents: the 1 documents are attached already"


def test_a_reply_whose_identity_sheet_was_edited_is_refused_in_russian(cli_run, tmp_path, monkeypatch):
    """The interior ministry's form, its hidden _form sheet edited to say another institution:
    refused in one line in the user's language, the database unchanged."""
    import openpyxl

    from tests.exchange.exchange_helpers import dump

    with open_store(cli_run.db) as store:
        a = create_demo(store)
    form = tmp_path / "interior.xlsx"
    assert cli_run("export", a.id, "--institution", "interior", "--xlsx", form).exit_code == 0
    wb = openpyxl.load_workbook(form)
    for row in wb["_form"].iter_rows():
        if row[0].value == "institution":
            row[1].value = "nso"
    wb.save(form)
    before = dump(cli_run.db)
    monkeypatch.setenv("CAPACITY_APP_LANG", "ru")
    r = cli_run("import", form)
    assert r.exit_code == 2 and r.output.count("\n") == 1, r.output
    assert r.output == (f"capacity-app: {form}: _form: {text('cli.form_edited', 'ru')}\n")
    assert no_english(r.output, "cli.form_edited") == []
    assert dump(cli_run.db) == before
