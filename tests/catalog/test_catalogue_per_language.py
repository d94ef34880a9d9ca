"""One catalogue regime, read as used: the questionnaire's and the recommendations' catalogues
(``assessments/translations/<lang>.yaml``) and the report's fixed texts are read the first time a
text of their language is asked for, once per process, so a process in English reads none; a
broken catalogue is told, in one line naming its file, entry and reason, whenever its language is
asked for, and leaves every other language alone; a check (``questionnaire validate``) still reads
them all."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from capacity_app.catalog import translations
from capacity_app.catalog.errors import QuestionnaireError
from capacity_app.catalog.loader import check_questionnaire, load_questionnaire, require_languages
from capacity_app.domain.questionnaire import tr
from capacity_app.paths import assessments_dir

# the process's own reading of a catalogue file (its parse, not bundled_digest's checksum of bytes)
_WATCH = r"""
import os, sys
read = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, os.PathLike)):
        p = os.fsdecode(args[0])
        name = os.path.basename(p)
        catalogue = (os.sep + "translations" + os.sep in p or
                     (name.startswith("strings.") and name.count(".") == 2))
        if catalogue:
            f = sys._getframe(1)
            while f is not None and f.f_code.co_name != "bundled_digest":
                f = f.f_back
            if f is None:
                read.append(p)
sys.addaudithook(hook)
import atexit
atexit.register(lambda: sys.stderr.write("CATALOGUES READ: %r\n" % sorted(set(read))))
from capacity_app.cli import main
sys.argv = ["capacity-app", *sys.argv[1:]]
main()
"""



def _damage_french(folder) -> None:
    """An entry of the French catalogue that is a text, not {en: …, fr: …}."""
    fr = folder / "translations" / "fr.yaml"
    fr.write_text(fr.read_text(encoding="utf-8").replace("entries:\n", 'entries:\n  "not.a.path": "Rien"\n', 1),
                  encoding="utf-8")


def _catalogues_read(db, *args: str) -> tuple[subprocess.CompletedProcess, str]:
    r = subprocess.run([sys.executable, "-c", _WATCH, "--db", str(db), *args], capture_output=True, text=True,
                       env={**os.environ, "CAPACITY_APP_LANG": "en"}, timeout=120)
    return r, r.stderr.rsplit("CATALOGUES READ: ", 1)[-1].strip()


def test_an_english_score_reads_no_catalogue_file(demo_db, tmp_path):
    db, aid = demo_db
    shutil.copy(db, tmp_path / "demo.sqlite3")
    r, read = _catalogues_read(tmp_path / "demo.sqlite3", "score", str(aid))
    assert r.returncode == 0, r.stderr
    assert "Overall" in r.stdout
    assert read == "[]", read


@pytest.fixture
def folder(tmp_path):
    """A copy of the bundled questionnaire, its sections, recommendations and catalogues."""
    for name in ("questionnaire.yaml", "recommendations.yaml"):
        shutil.copy(assessments_dir() / name, tmp_path / name)
    for sub in ("sections", "translations"):
        shutil.copytree(assessments_dir() / sub, tmp_path / sub)
    return tmp_path


def _counting(monkeypatch) -> list[str]:
    read: list[str] = []
    real = translations.read_catalogue

    def counted(path, lang, errors):
        read.append(lang)
        return real(path, lang, errors)

    monkeypatch.setattr(translations, "read_catalogue", counted)
    return read


def test_the_questionnaire_reads_a_language_s_catalogue_when_asked_and_once(folder, monkeypatch):
    read = _counting(monkeypatch)
    q = load_questionnaire(folder / "questionnaire.yaml")
    english = [tr(it.label, "en") for it in q.items()]
    assert all(english) and read == []                # English: no catalogue
    label = q.title
    assert tr(label, "fr") != tr(label, "en") and read == ["fr"]
    assert [tr(it.label, "fr") for it in q.items()] and read == ["fr"]   # once per process
    assert "ar" in label and read == ["fr", "ar"]
    assert len(q.content_hash) == 64 and "es" in read  # the digest covers the original Spanish


def test_a_damaged_french_catalogue_is_said_when_french_is_asked(folder):
    _damage_french(folder)
    q = load_questionnaire(folder / "questionnaire.yaml")   # another language's problem is not English's
    assert tr(q.title, "en") and tr(q.title, "es") != tr(q.title, "en")
    for ask in (lambda: tr(q.title, "fr"), lambda: require_languages(q, ["fr"]), lambda: q.reviews["fr"]):
        with pytest.raises(QuestionnaireError) as caught:   # each time French is asked
            ask()
        lines = [str(e) for e in caught.value.errors]
        assert len(lines) == 1 and "fr.yaml" in lines[0] and "not.a.path" in lines[0] \
            and "an entry is {en:" in lines[0], lines
    q2, errors = check_questionnaire(folder / "questionnaire.yaml")   # a check reads them all
    assert q2 is None and any("fr.yaml" in str(e) for e in errors)


def test_the_command_line_says_a_damaged_french_catalogue_in_one_line(folder, monkeypatch, cli_run):
    from capacity_app.catalog import loader

    _damage_french(folder)
    monkeypatch.setattr(loader, "default_questionnaire_path", lambda: folder / "questionnaire.yaml")
    loader._CACHE.clear()
    try:
        ok = cli_run("questionnaire", "show", "--lang", "es")
        assert ok.exit_code == 0 and "S1" in ok.output
        refused = cli_run("questionnaire", "show", "--lang", "fr")
        lines = [line for line in refused.output.splitlines() if line.strip()]
        assert refused.exit_code == 2 and len(lines) == 1, refused.output
        assert "fr.yaml" in lines[0] and "not.a.path" in lines[0], lines
    finally:
        loader._CACHE.clear()


def test_a_recommendation_reads_its_language_s_catalogue_when_asked(folder, monkeypatch):
    from capacity_app.catalog.recommendations import load_recommendations

    q = load_questionnaire(folder / "questionnaire.yaml")
    read = _counting(monkeypatch)
    recs = load_recommendations(folder / "recommendations.yaml", q)
    assert all(tr(r.title, "en") for r in recs) and read == []
    assert tr(recs[0].title, "ru") != tr(recs[0].title, "en") and read == ["ru"]


def test_texts_pickle_with_what_was_read_and_read_the_rest_where_they_land(folder):
    import pickle

    q = load_questionnaire(folder / "questionnaire.yaml")
    tr(q.title, "fr")
    again = pickle.loads(pickle.dumps(q))
    assert again.content_hash == q.content_hash
    assert dict(again.title) == dict(q.title) and tr(again.title, "zh") == tr(q.title, "zh")


def test_the_report_reads_its_own_language_s_fixed_texts(monkeypatch):
    from capacity_app.reports import format as report_format

    read = _counting(monkeypatch)
    monkeypatch.setattr(report_format, "read_catalogue", translations.read_catalogue)
    report_format.clear()
    try:
        english = report_format.load_strings("en")
        assert read == []
        russian = report_format.load_strings("ru")
        assert read == ["ru"] and russian["report_title"] != english["report_title"]
    finally:
        report_format.clear()
