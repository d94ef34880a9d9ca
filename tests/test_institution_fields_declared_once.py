"""An institution's fields, declared once.

A request's fields (by when, whom to contact, a note: the table ``institution_requests``) are
declared in ``domain/institutions/request_fields.py``; the store's columns, the request's plain data,
the checks, the command line's options and list, the workbook's cover and the window's send dialog
read that declaration, and no other module names a field by hand. The columns of the S0 grid of
institutions interviewed are the questionnaire's: a column added to the grid (a web site) is data
only, and the report's list of institutions prints it after the role.
"""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from capacity_app.domain.institutions import request_fields as rf

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "capacity_app"
# the modules that read the request's fields
READERS = ("storage/proposals.py", "services/institutions/asked.py", "services/institutions/forms.py",
           "exchange/institutions/form.py", "exchange/institutions/workbook.py", "cli/institutions.py",
           "gui/institutions/dialogs.py")
# the same words meaning something else: a proposal's note (the officer's reason for a decision, a
# column of ``proposals`` and the ``proposals`` command's ``--note``)
ELSEWHERE = {"storage/proposals.py": ["note"], "cli/institutions.py": ["--note"]}


def _literals(path: Path) -> list[str]:
    """Every string constant and attribute name of the module at ``path`` (its docstrings aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs:
            out.append(n.value)
        elif isinstance(n, ast.Attribute):
            out.append(n.attr)
    return out


def test_each_field_declared_once_and_no_reader_names_one():
    names = rf.REQUEST_NAMES
    assert len(set(names)) == len(names) and len({f.option for f in rf.REQUEST_FIELDS}) == len(names)
    assert all(f.kind in rf.REQUEST_KINDS and f.option == "--" + f.name.replace("_", "-") for f in rf.REQUEST_FIELDS)
    for module in READERS:
        found = _literals(PKG / module)
        named = sorted({x for x in found for f in rf.REQUEST_FIELDS if x in (f.name, f.option, f.cover, f.help)})
        if module == "gui/institutions/dialogs.py":  # the window's own words for its first columns, by name
            from capacity_app.gui.institutions import dialogs

            assert set(dialogs._REQUEST_HEADERS) <= {f.name for f in rf.WINDOW_FIELDS}
            named = [x for x in named if x not in dialogs._REQUEST_HEADERS]
        assert named == ELSEWHERE.get(module, []), (module, named)
    # the limits and options are written in the declaration only
    for path in PKG.rglob("*.py"):
        if path.name != "request_fields.py":
            text = path.read_text(encoding="utf-8")
            assert "CONTACT_MAX = 500" not in text and '"--deadline"' not in text, path


def test_the_store_the_cli_and_the_form_read_the_declaration(store, questionnaire, tmp_path):
    from dataclasses import fields

    from capacity_app.catalog import forms_texts
    from capacity_app.cli.institutions import institutions_cmd
    from capacity_app.services import assessments as svc
    from capacity_app.services.base import ServiceError
    from capacity_app.services.institutions import asked as si
    from capacity_app.services.institutions.forms import build_form
    from capacity_app.storage.proposals import Request

    columns = [r[1] for r in store.db.execute("PRAGMA table_info(institution_requests)")]
    assert columns == ["assessment_id", "institution", *rf.REQUEST_NAMES, "operator", "at"]
    assert [f.name for f in fields(Request)] == ["institution", *rf.REQUEST_NAMES, "at"]
    options = {p.name: p for p in institutions_cmd.params}
    for f in rf.REQUEST_FIELDS:
        assert options[f.name].opts == [f.option] and options[f.name].help == f.help
        assert forms_texts.text(f"form.{f.cover}", "fr") != forms_texts.text(f"form.{f.cover}", "en")
    aid = svc.create_assessment(store, questionnaire, country="KEN", round=2026).id
    svc.record_answer(store, questionnaire, aid, "s6c_registers.pop.exists", "yes")
    given = {"deadline": " 2026-12-01 ", "contact": "Dr A. Mwangi", "note": "Thank you;\nthe mission"}
    assert set(given) == set(rf.REQUEST_NAMES)  # a field declared later: give it here too
    si.set_request(store, questionnaire, aid, "interior", **given)
    kept = si.requests(store, questionnaire, aid)["interior"]
    assert kept.values() == {k: v.strip() for k, v in given.items()}
    assert store.history(aid, "interior")[0]["new"] == {"institution": "interior", **kept.values(), "at": kept.at}
    for f in rf.REQUEST_FIELDS:  # each refused by its word, nothing stored
        bad = "x" * (f.limit + 1) if f.limit else "soon"
        with pytest.raises(ServiceError, match=f.what):
            si.set_request(store, questionnaire, aid, "interior", **{**given, f.name: bad})
    with pytest.raises(ServiceError, match="not a field of a request"):
        si.set_request(store, questionnaire, aid, "interior", website="https://example.org")
    assert si.requests(store, questionnaire, aid)["interior"] == kept
    form = build_form(store, questionnaire, aid, "interior", "en")
    lines = rf.cover_lines(form.request, "1", "not given")
    assert [k for k, _v in lines] == ["cover.deadline", "cover.contact", "cover.questions", "cover.note"]
    assert dict(lines)["cover.note"] == "Thank you;\nthe mission"
    assert rf.cover_lines({}, "1", "-") == [("cover.deadline", "-"), ("cover.contact", "-"), ("cover.questions", "1")]


@pytest.fixture(scope="module")
def with_website(tmp_path_factory):
    """The bundled questionnaire with a column added to the S0 grid of institutions, as a
    maintainer adds it: data only (its translations aside)."""
    from capacity_app.catalog.loader import load_questionnaire

    tmp = tmp_path_factory.mktemp("website")
    shutil.copytree(ROOT / "assessments", tmp / "assessments")
    mission = tmp / "assessments" / "sections" / "s00_mission.yaml"
    text = mission.read_text(encoding="utf-8")
    role = '            label: {en: "Role of the respondent"}\n'
    assert text.count(role) == 1
    mission.write_text(text.replace(role, role + "          - id: website\n            type: text\n"
                                    "            dont_know: false\n            relevant: \"${interviewed} = 'yes'\"\n"
                                    '            label: {en: "Web site"}\n'), encoding="utf-8")
    return load_questionnaire(tmp / "assessments" / "questionnaire.yaml")


def test_a_column_of_the_grid_reaches_the_report_list(with_website, questionnaire, store):
    from dataclasses import replace

    from capacity_app.domain.answers import Answer
    from capacity_app.domain.assessment import Institution
    from capacity_app.domain.mission import institutions_interviewed, later_columns, record_fields
    from capacity_app.domain.status import ANSWERED
    from capacity_app.reports.build import _cover_institutions
    from capacity_app.reports.format import load_strings
    from capacity_app.services import assessments as svc

    q = with_website
    assert later_columns(questionnaire) == [] and [c.id for c in later_columns(q)] == ["website"]
    values = {"nso.interviewed": "yes", "nso.name": "KNBS", "nso.role": "Director",
              "nso.website": "https://knbs.or.ke", "labour.interviewed": "yes"}
    answers = {f"s0_institutions.{k}": Answer(f"s0_institutions.{k}", v, ANSWERED) for k, v in values.items()}
    a = replace(svc.create_assessment(store, questionnaire, country="KEN", round=2026),
                institutions=(Institution("Mission partner", "Adviser"),))
    listed = institutions_interviewed(q, answers, a, "en")
    assert [(i.name, i.role, i.details) for i in listed] == [
        ("KNBS — National statistical office", "Director", ("https://knbs.or.ke",)),
        ("Labour authority", "", ("",)), ("Mission partner", "Adviser", ())]
    # the record keeps the name and the role only: a later column never rewrites it
    record = record_fields(q, answers, a)["institutions"]
    assert record == (Institution("National statistical office", "Director"), Institution("Labour authority", ""),
                      Institution("Mission partner", "Adviser"))
    cover = _cover_institutions(q, listed, "fr", load_strings("fr"))
    assert cover["institution_columns"] == ("Web site",)  # its English until the catalogue has it
    assert [r.details for r in cover["institutions"]] == [("https://knbs.or.ke",), ("",), ("",)]
    # without the column, the list is as it was
    plain = _cover_institutions(questionnaire, institutions_interviewed(questionnaire, answers, a, "en"), "en",
                                load_strings("en"))
    assert plain["institution_columns"] == () and {r.details for r in plain["institutions"]} == {()}
