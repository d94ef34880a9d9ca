"""The refusals of the database and its backups, the documents, the proposals, the packages and
the outside workbooks' reader, the mapping and XLSForm files and the dropped-in language catalogues
said in the user's language: each written in English from its ``cli.*`` entry (or in words an
entry's English matches) and said again by ``domain/retold.py``, met here through the command line
in French, Arabic or Chinese, or through the service or reader a window calls, its values carried
over. (That every ``cli.*`` entry is said in every language: tests/cli/test_said.py.)"""
from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from capacity_app.domain.retold import retold

EXCHANGE_FIXTURES = Path(__file__).resolve().parents[1] / "exchange" / "fixtures"


@pytest.fixture
def said_in(monkeypatch):
    """``said_in(lang)``: the command line speaks ``lang`` from now on."""
    return lambda lang: monkeypatch.setenv("CAPACITY_APP_LANG", lang)


@pytest.fixture
def demo_copy(demo_db, tmp_path):
    """A store on a copy of the session's demo database, and its assessment's id."""
    from capacity_app.services.assessments import open_store

    path, aid = demo_db
    shutil.copyfile(path, tmp_path / "demo.sqlite3")
    with open_store(tmp_path / "demo.sqlite3") as store:
        yield store, aid


def test_a_backup_not_found_in_french(cli_run, said_in):
    said_in("fr")
    r = cli_run("backups", "remove", "nosuch.sqlite3")
    assert r.exit_code == 2
    assert r.output.strip() == ("capacity-app: 'nosuch.sqlite3' : ce n'est pas une sauvegarde de cli.sqlite3 "
                                "(capacity-app backups les énumère par nom de fichier)"), r.output


def test_a_package_of_another_format_in_arabic(cli_run, said_in, tmp_path):
    said_in("ar")
    package = tmp_path / "other.zip"
    with zipfile.ZipFile(package, "w") as z:
        z.writestr("manifest.json", json.dumps({"format": "other", "version": 1}))
    r = cli_run("import", package, "--yes")
    assert r.exit_code == 2
    assert r.output.strip() == f"capacity-app: {package}: manifest.json غير صالح: تنسيقه ليس capacity-app-package", \
        r.output


def test_a_cell_the_reader_refuses_in_chinese(cli_run, said_in, tmp_path):
    """A true/false cell holding 2 in the Answers sheet: the reader's refusal, in the sheet's
    cell, said in Chinese; nothing imported."""
    said_in("zh")
    source = sorted(EXCHANGE_FIXTURES.glob("*.xlsx"))[0]
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet3.xml":   # the Answers sheet (rId3)
                data = data.replace(b"</row>", b'<c r="ZZ1" t="b"><v>2</v></c></row>', 1)
            zout.writestr(info, data)
    r = cli_run("import", broken, "--yes")
    assert r.exit_code == 2
    assert r.output.strip() == f"capacity-app: {broken}: Answers!ZZ1: 真/假单元格中含有 '2'", r.output


def test_a_proposal_not_found_in_french(demo_copy):
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.services.base import ServiceError
    from capacity_app.services.institutions import proposals

    store, aid = demo_copy
    with pytest.raises(ServiceError) as refused:
        proposals.accept(store, load_bundled(), aid, 987654)
    assert str(refused.value) == "no proposal with id 987654"
    assert retold(str(refused.value), "fr") == "aucune proposition d'identifiant 987654"


def test_a_document_not_found_in_spanish(demo_copy):
    from capacity_app.storage.db import StorageError

    store, _ = demo_copy
    sha = "ab" * 32
    with pytest.raises(StorageError) as refused:
        store.document_content(sha)
    assert retold(str(refused.value), "es") == f"no hay ningún documento con SHA-256 {sha}"


def test_a_mapping_file_and_a_form_refused_in_arabic_and_russian(tmp_path):
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.exchange.institutions.xlsform import FormSpec, XLSFormError, build_form, whole
    from capacity_app.exchange.workbook.mapping import MappingError, load_mapping

    mapping = tmp_path / "1.2-to-1.3.yaml"
    mapping.write_text("- questionnaire\n- from\n", encoding="utf-8")
    with pytest.raises(MappingError) as refused:
        load_mapping(mapping)
    assert retold(str(refused.value), "ar") == \
        f"{mapping}: ملف المطابقة قاموس YAML يحوي questionnaire, from, to"

    q = load_bundled()
    with pytest.raises(XLSFormError) as refused:
        build_form(q, whole(q), FormSpec(assessment_uid="0123abcd", title=q.title, lang="xx"))
    assert retold(str(refused.value), "ru") == "неизвестный язык 'xx'"


def test_a_dropped_in_catalogue_left_out_in_french(tmp_path, monkeypatch):
    from capacity_app.catalog.languages import read_all

    lines = ["Language: ti", "Content-Type: text/plain; charset=UTF-8", "X-Direction: up"]
    (tmp_path / "ti.po").write_text('msgid ""\nmsgstr ""\n' + "".join(f'"{line}\\n"\n' for line in lines),
                                    encoding="utf-8")
    monkeypatch.setenv("CAPACITY_APP_LANGUAGES", str(tmp_path))
    _, problems = read_all()
    assert [retold(p, "fr") for p in problems] == [f"{tmp_path / 'ti.po'}: écarté : X-Direction doit être ltr ou "
                                                   "rtl, pas 'up'"]
