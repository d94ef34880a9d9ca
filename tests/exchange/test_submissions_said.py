"""An ODK export's refusals and the several-replies notice through the command line in a
language other than English (cli/said.py): the sentence in that language, the values as they were,
no English sentence left; the database unchanged by a refusal."""
from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest
from click.testing import CliRunner
from exchange_helpers import dump
from submissions_export import interiors_replies, odk_zip

from capacity_app.cli import main
from capacity_app.domain.placeholders import parts
from capacity_app.domain.texts import TEXTS

def _english_left(line: str, key: str) -> list[str]:
    runs = set()
    for part in parts(TEXTS[key]["en"]):
        if isinstance(part, str):
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", part)
            runs |= {" ".join(words[i:i + 3]).lower() for i in range(len(words) - 2)}
    low = " ".join(re.findall(r"[A-Za-z][A-Za-z'-]*", line)).lower()
    return [r for r in runs if r in low]


def _edit(text, edits):
    rows = list(csv.reader(io.StringIO(text)))
    col = {h.rsplit("-", 1)[-1]: i for i, h in enumerate(rows[0])}
    for (row, column), value in edits.items():
        rows[row][col[column]] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, text in files.items():
            z.writestr(n, text.encode("utf-8"))
    return out.getvalue()


@pytest.fixture
def interiors_export(tmp_path):
    """(database, interior's form, its ODK export's files with two submissions)."""
    db = tmp_path / "demo.sqlite3"
    form, subs = interiors_replies(db)
    return db, form, subs


def _run(db, path, lang, monkeypatch):
    monkeypatch.setenv("CAPACITY_APP_LANG", lang)
    return CliRunner().invoke(main, ["--db", str(db), "import", str(path)], catch_exceptions=False)


@pytest.mark.parametrize("lang,said", [
    ("fr", "soumission uuid:00000000-0000-4000-8000-000000000001 : le formulaire a été envoyé à 'interior', "
           "mais l'export l'attribue à 'nso' (sa colonne d'institution modifiée ?) ; rien n'a été importé"),
    ("ru", "запись uuid:00000000-0000-4000-8000-000000000001: форма была отправлена 'interior', но выгрузка "
           "приписывает ее 'nso' (изменен столбец учреждения?); ничего не импортировано"),
])
def test_a_reply_credited_to_another_institution(interiors_export, tmp_path, monkeypatch, lang, said):
    db, form, subs = interiors_export
    _, files = odk_zip(form, subs)
    root = f"{form.form_id}.csv"
    path = tmp_path / "interior.zip"
    path.write_bytes(_zip(dict(files, **{root: _edit(files[root], {(2, "cap_institution"): "nso"})})))
    before = dump(db)
    r = _run(db, path, lang, monkeypatch)
    assert r.exit_code == 2 and said in r.output, r.output
    assert _english_left(r.output, "cli.sent_to_credits") == [], r.output
    assert dump(db) == before


def test_an_instance_id_twice_and_an_edited_check_in_chinese(interiors_export, tmp_path, monkeypatch):
    db, form, subs = interiors_export
    subs[1]["uuid"] = "uuid:00000000-0000-4000-8000-000000000000"  # the first one's
    path = tmp_path / "twice.zip"
    path.write_bytes(odk_zip(form, subs)[0])
    r = _run(db, path, "zh", monkeypatch)
    assert r.exit_code == 2
    assert "提交记录uuid:00000000-0000-4000-8000-000000000000：其实例ID在导出文件中出现两次" in r.output, r.output
    assert _english_left(r.output, "cli.instance_twice") == [], r.output


def test_two_replies_of_one_institution_said_in_arabic(interiors_export, tmp_path, monkeypatch):
    db, form, subs = interiors_export
    path = tmp_path / "interior.zip"
    path.write_bytes(odk_zip(form, subs)[0])
    r = _run(db, path, "ar", monkeypatch)
    assert r.exit_code == 0, r.output
    line = next(x for x in r.output.splitlines() if x.startswith("  interior:") and "uuid" in x)
    assert re.fullmatch(r"  interior: عدد الردود 2، أُخذ رد .+ \(uuid:[-0-9a-f]+\)؛ واستُبدل الرد الأقدم", line), line


def test_the_counts_of_an_export_said_in_russian(interiors_export, tmp_path, monkeypatch):
    """The import's own lines (what was read, proposals by institution, what was stored) were
    English while the notices beside them were said in the command line's language."""
    from capacity_app.domain.texts import text

    db, form, subs = interiors_export
    path = tmp_path / "interior.zip"
    path.write_bytes(odk_zip(form, subs[:1])[0])
    r = _run(db, path, "ru", monkeypatch)
    assert r.exit_code == 0, r.output
    out = r.output.splitlines()
    assert re.fullmatch(rf"{re.escape(str(path))}: выгрузка ODK Central, версия формы .+, отправок: 1, "
                        r"значений: \d+", out[0]), out[0]
    assert re.fullmatch(r"  interior: предложений: \d+", out[1]), out
    assert re.fullmatch(r"оценка \d+: сохранено предложений: \d+; ни один ответ не изменен \(capacity-app "
                        r"proposals, чтобы принять или отклонить их\)", out[-1]), out
    for key in ("cli.import.export_one", "cli.import.proposals_many", "cli.import.stored"):
        assert _english_left(r.output, key) == [], (key, r.output)
    assert text("cli.import.proposals_many", "en", institution="interior", n=5) == "interior: 5 proposals"
