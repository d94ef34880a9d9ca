"""Signatures that arrive by workbook: the national statistics office's sign-off, the
supervisor's review sign-off and the plan's validation travel with a check (Metadata
``signatures_check``: a SHA-256 over them and the answers they cover, recomputed on import). A
signature edited in the spreadsheet, or answers changed under it, is refused in one line naming
who and what, the database unchanged (compared whole); one without a check (an older workbook)
is shown in full in the differences and taken only with the person's consent
(``accept_signatures``, ``import --accept-signatures``); a difference line never cuts the name."""
from __future__ import annotations

import json
import re

import openpyxl
import pytest

from capacity_app.domain.plan.validation import Validation, snapshot
from capacity_app.services import assessments as svc
from capacity_app.services.base import ServiceError
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
from capacity_app.services.imports import carried_signatures
from capacity_app.services.team.signoff import sign_off, signoff_record

WHO = dict(name="Dr Amina Mensah", position="Director-General", institution="Kenya National Bureau of Statistics",
           date="2026-06-12")
FORGED = {"name": "Prof. Nobody Ever-Signed", "position": "Director-General",
          "institution": "Kenya National Bureau of Statistics", "date": "2026-06-30",
          "at": "2026-06-30T10:00:00+00:00", "operator": "nobody"}


def _dump(store) -> str:
    """The whole database, as committed (a connection of its own, read-only)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def aid(store, questionnaire, fill_to_validate):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    fill_to_validate(store, a.id)
    return a.id


@pytest.fixture(scope="module")
def signed(tmp_path_factory, fill_to_validate):
    """An assessment signed off by ``WHO`` (as A. Supervisor), exported (``final.xlsx``), and that
    workbook as an older version wrote it, without the signatures check (``old.xlsx``): made once
    for the tests that import them (or a copy they edit) into fresh databases and only read them."""
    from capacity_app.catalog.loader import load_bundled

    folder = tmp_path_factory.mktemp("signed")
    with svc.open_store(folder / "signed.sqlite3") as store:
        a = svc.create_assessment(store, load_bundled(), country="KEN", round=2026)
        fill_to_validate(store, a.id)
        store.operator = "A. Supervisor"
        sign_off(store, a.id, **WHO)
        book = export_workbook(store, a.id, folder / "final.xlsx")
    return book, _edit_metadata(book, folder / "old.xlsx", signatures_check="")


def _edit_metadata(book, out, **fields):
    wb = openpyxl.load_workbook(book)
    ws = wb["Metadata"]
    for r in ws.iter_rows():
        if r[0].value in fields:
            r[1].value = fields[r[0].value]
    wb.save(out)
    return out


def _refused(store, plan, *parts):
    before = _dump(store)
    with pytest.raises(ServiceError) as e:
        apply_import(store, plan, overwrite=True, accept_signatures=True)
    text = str(e.value)
    assert "\n" not in text and "nothing imported" in text, text
    for part in parts:
        assert part in text, text
    assert _dump(store) == before
    return text


def test_a_forged_signoff_is_refused_and_shown_in_full(store, questionnaire, aid, tmp_path):
    """An in-progress assessment's workbook edited to say it was validated by someone who never
    signed: the difference names who, position, institution, when; the import is refused even
    with consent (the check does not hold); nothing changes."""
    book = export_workbook(store, aid, tmp_path / "w.xlsx")
    forged = _edit_metadata(book, tmp_path / "forged.xlsx", status="final",
                            signoff=json.dumps(FORGED, separators=(",", ":")))
    plan = read_workbook(forged, questionnaire)
    lines = [d.describe(questionnaire) for d in diff_import(store, plan, questionnaire) if d.kind == "signature"]
    assert lines == ["Metadata sign-off: validated for the national statistics office by Prof. Nobody Ever-Signed "
                     "(Director-General, Kenya National Bureau of Statistics) on 2026-06-30; recorded "
                     "2026-06-30T10:00:00+00:00 by nobody [REFUSED: the signatures do not match their check (a "
                     "sign-off or validation edited outside the application)]"]
    _refused(store, plan, "Prof. Nobody Ever-Signed (Director-General", "do not match their check")
    assert store.assessment(aid).status != "final" and signoff_record(store, aid)[0] is None


def test_a_true_signoff_travels_checked_and_a_workbook_without_the_check_needs_consent(
        signed, questionnaire, tmp_path):
    from capacity_app.services.assessments import open_store

    book, old = signed
    with open_store(tmp_path / "unsd.sqlite3") as fresh:
        plan = read_workbook(book, questionnaire)
        [c] = carried_signatures(fresh, plan)
        assert c.state == "checked" and "by Dr Amina Mensah (Director-General, Kenya National Bureau" in c.text
        a = apply_import(fresh, plan).assessment
        assert a.status == "final" and signoff_record(fresh, a.id)[0].name == "Dr Amina Mensah"
    # the same workbook as an older version wrote it (no check): refused unless accepted
    with open_store(tmp_path / "other.sqlite3") as fresh:
        plan = read_workbook(old, questionnaire)
        [c] = carried_signatures(fresh, plan)
        assert c.state == "unchecked" and "NO CHECK" in c.line() and "Dr Amina Mensah" in c.line()
        before = _dump(fresh)
        with pytest.raises(ServiceError, match="carries a sign-off without a check .*Dr Amina Mensah"):
            apply_import(fresh, plan)
        assert _dump(fresh) == before
        a = apply_import(fresh, plan, accept_signatures=True).assessment
        assert a.status == "final" and signoff_record(fresh, a.id)[0].name == "Dr Amina Mensah"


def test_answers_changed_under_a_signoff_refuse_it(signed, questionnaire, tmp_path):
    from capacity_app.services.assessments import open_store

    book = signed[0]  # signed off by WHO, exported
    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    header = [c.value for c in ws[1]]
    key_col, code_col = header.index("Answer key"), header.index("Code")
    row = next(r for r in ws.iter_rows(min_row=2) if r[key_col].value == "s2_need_a")
    row[code_col].value = 0 if row[code_col].value != 0 else 1
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    with open_store(tmp_path / "unsd.sqlite3") as fresh:
        _refused(fresh, read_workbook(edited, questionnaire), "Dr Amina Mensah",
                 "the answers are not those it signed")


def test_a_plan_validation_re_signed_is_refused_and_its_line_never_cut(store, questionnaire, aid, tmp_path):
    from capacity_app.services.plan import actions as plans

    plans.add_action(store, questionnaire, aid, title="Census", institutions=("NSO",))
    event = "National validation workshop of the migration statistics action plan, Nairobi"
    store.save_plan_validation(aid, Validation("2026-06-12", event, ("NSO", "Interior"), "Dr Amina Mensah",
                                               "Director-General", snapshot(store.action_plan(aid))))
    book = export_workbook(store, aid, tmp_path / "w.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Plan validation"]
    for r in ws.iter_rows():
        for c in r:
            if c.value == "Dr Amina Mensah":
                c.value = "Mr Forged Signatory"
            elif c.value == "2026-06-12":
                c.value = "2026-07-01"
    forged = tmp_path / "forged.xlsx"
    wb.save(forged)
    plan = read_workbook(forged, questionnaire)
    lines = [d.describe(questionnaire) for d in diff_import(store, plan, questionnaire)
             if "validation" in d.what]
    assert any("approved by Mr Forged Signatory (Director-General)" in x and "validated on 2026-07-01" in x
               and "-> validated on" in x for x in lines), lines  # the change, whole
    assert any(x.startswith("Metadata plan validation: validated on 2026-07-01 at " + event) and "REFUSED" in x
               for x in lines), lines
    _refused(store, plan, "Mr Forged Signatory", "do not match their check")
    assert store.plan_validation(aid).approved_by == "Dr Amina Mensah"


def test_a_signature_without_a_check_is_refused_in_the_command_lines_language(signed, tmp_path, monkeypatch):
    """The refusal said in French through `import`, the sign-off in full in French too."""
    import shutil

    from click.testing import CliRunner

    from capacity_app.cli import main

    old = shutil.copy(signed[1], tmp_path / "old.xlsx")
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    db = tmp_path / "fresh.sqlite3"
    r = CliRunner().invoke(main, ["--db", str(db), "import", str(old), "--yes"])
    assert r.exit_code == 2, r.output
    line = next(x for x in r.output.splitlines() if "old.xlsx" in x and "Dr Amina Mensah" in x)
    assert re.search(r"old\.xlsx : il porte une signature sans contrôle, validation de l'Institut national de "
                     r"la statistique \(validé pour l'Institut national de la statistique par Dr Amina Mensah "
                     r"\(Director-General, Kenya National Bureau of Statistics\) le 2026-06-12 ; enregistrée le "
                     r"\S+ par A\. Supervisor\) : prise seulement si vous l'acceptez \(import --accept-signatures ; "
                     r"dans la fenêtre, cochez « Accepter les signatures sans contrôle que porte ce classeur »\) ; "
                     r"rien n'a été importé$", line), r.output
    assert "without a check" not in line and " by " not in line


def test_a_signature_line_in_the_differences_in_french(signed, questionnaire, tmp_path):
    """The difference line of a signature is said in the command line's language too: what it
    is, the signature in full (said again part by part) and what the check says of it."""
    from capacity_app.cli.said import translated
    from capacity_app.services.assessments import open_store

    old = signed[1]
    with open_store(tmp_path / "other.sqlite3") as fresh:
        [d] = [d for d in diff_import(fresh, read_workbook(old, questionnaire), questionnaire)
               if d.kind == "signature"]
    line = d.describe(questionnaire, "fr", said=lambda x: translated(x, "fr"))
    assert line.startswith("Metadata validation de l'Institut national de la statistique : validé pour l'Institut "
                           "national de la statistique par Dr Amina Mensah (Director-General"), line
    assert line.endswith(" [SANS CONTRÔLE (un classeur écrit avant que les signatures n'en portent) : prise "
                         "seulement si vous l'acceptez]"), line
    assert "NO CHECK" in d.describe(questionnaire)


def test_a_forged_signoff_is_refused_in_the_command_lines_language(cli_run, tmp_path, monkeypatch):
    """The refusal of a signature whose check fails, and its reason, said in the user's language."""
    from capacity_app.services.demo import create_demo

    with svc.open_store(cli_run.db) as store:
        a = create_demo(store)
    book = tmp_path / "w.xlsx"
    assert cli_run("export", a.id, "--xlsx", book).exit_code == 0
    forged = _edit_metadata(book, tmp_path / "forged.xlsx", status="final",
                            signoff=json.dumps(FORGED, separators=(",", ":")))
    monkeypatch.setenv("CAPACITY_APP_LANG", "es")
    r = cli_run("import", forged, "--yes", "--accept-signatures")
    assert r.exit_code == 2
    assert ("forged.xlsx: su firma, validación de la oficina nacional de estadística (validado para la oficina "
            "nacional de estadística por Prof. Nobody Ever-Signed") in r.output, r.output
    assert "las firmas no coinciden con su verificación" in r.output and "no se importó nada" in r.output
    assert "refused" not in r.output and "REFUSED" not in r.output
