"""The refusals and notices on the command line in the six languages (cli/said.py): each
line the services and importers write in English from a ``cli.*`` entry is said again in the
command line's language, its values carried over, no English sentence left in it."""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from capacity_app.cli.said import FORMS, language, translated
from capacity_app.domain.placeholders import parts
from capacity_app.domain.texts import TEXTS, text

KEYS = sorted(k for k in TEXTS if k.startswith("cli."))
OTHERS = ["fr", "es", "ru", "zh", "ar", "pt"]
FIXTURES = Path(__file__).resolve().parents[1] / "storage" / "fixtures"
EXCHANGE_FIXTURES = Path(__file__).resolve().parents[1] / "exchange" / "fixtures"


def english_runs(key: str, n: int = 3) -> set[str]:
    """Every run of ``n`` words of the entry's English (outside its placeholders): what would be an
    English sentence left in a translated line."""
    runs = set()
    for part in parts(TEXTS[key]["en"]):
        if isinstance(part, str):
            # another program's own label, quoted ('XML values and headers', KoboToolbox's export
            # option), is carried as that program shows it
            part = re.sub(r"'[A-Z][^']*'", " ", part)
            part = re.sub(r"[A-Za-z_]+=", " ", part)  # a keyword to type as it is (spent=, note=)
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", part)
            runs |= {" ".join(words[i:i + n]).lower() for i in range(len(words) - n + 1)}
    return runs


def no_english(line: str, key: str) -> list[str]:
    low = " ".join(re.findall(r"[A-Za-z][A-Za-z'-]*", line)).lower()
    return [r for r in english_runs(key) if r in low]


def test_the_reply_and_translation_lines_are_entries():
    assert {"cli.instance_twice", "cli.sent_to_credits", "cli.picked_credits", "cli.identity_edited",
            "cli.two_replies", "cli.several_replies", "cli.newer_workbook", "cli.archived",
            "cli.translations_none", "cli.translations_some", "cli.placeholder_not_bare"} <= set(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_each_line_is_said_in_every_language_with_its_values(key):
    names = [p[0] for p in parts(TEXTS[key]["en"]) if not isinstance(p, str)]
    # a value of a fixed form (cli/said.FORMS: an optional part) is left empty here; the
    # signature test of tests/services/test_signatures_import.py says them whole
    values = {n: "" if n in FORMS else f"«v{i}»" for i, n in enumerate(dict.fromkeys(names))}
    head = "capacity-app: export.zip: "
    line = head + text(key, "en", **values)
    assert translated(line, "en") == line
    for lang in OTHERS:
        said = translated(line, lang)
        assert said == head + text(key, lang, **values), (lang, said)
        assert all(v in said for v in values.values() if v), (lang, said)
        assert no_english(said, key) == [], (lang, said)
    assert translated("capacity-app: something else entirely", "fr") == "capacity-app: something else entirely"


@pytest.mark.parametrize("tail", ["", " 0 answers, questionnaire 1"])
def test_a_hostile_line_is_translated_in_bounded_time(tail):
    """A signer's name of ": a , " repeated matched the entries' patterns in seconds, growing with
    the 4th power of its length (the review): 1,200 characters, even ending as
    ``cli.import.read`` does, said in French in under half a second."""
    import time

    translated("warm the patterns up", "fr")
    line = "capacity-app: reply.xlsx: " + ": a , " * 200 + tail
    t = time.perf_counter()
    said = translated(line, "fr")
    assert time.perf_counter() - t < 0.5
    assert said.startswith("capacity-app: reply.xlsx")
    # an ordinary line of that entry is still said in French
    assert translated("capacity-app: r.xlsx: XVL 2026, 12 answers, questionnaire 1.2", "fr") == \
        "capacity-app: r.xlsx : XVL 2026, réponses : 12, questionnaire 1.2"


def test_the_language_of_the_command_line(monkeypatch):
    for name in ("CAPACITY_APP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert language() == "en"
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert language() == "ru"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert language() == "en"  # LC_ALL first, as POSIX reads them
    monkeypatch.setenv("CAPACITY_APP_LANG", "zh")
    assert language() == "zh"
    monkeypatch.setenv("CAPACITY_APP_LANG", "xx")
    assert language() == "en"


# --- the refusals as the command line prints them, in French -------------------------------------

@pytest.fixture
def french(monkeypatch):
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")


def test_a_workbook_of_a_newer_format_in_french(cli_run, french, tmp_path):
    from capacity_app.exchange.workbook.format import FORMAT_VERSION
    from capacity_app.services.demo import create_demo
    from capacity_app.services.assessments import open_store

    with open_store(cli_run.db) as store:
        create_demo(store)
    wb = openpyxl.load_workbook(sorted(EXCHANGE_FIXTURES.glob("*.xlsx"))[0])
    ws = wb["Metadata"]
    ws.protection.sheet = False
    current = int(FORMAT_VERSION)  # one newer than this version reads
    ws["B3"] = str(current + 1)
    wb.save(tmp_path / "newer.xlsx")
    r = cli_run("import", tmp_path / "newer.xlsx", "--yes")
    assert r.exit_code == 2
    assert (f"créé par une version plus récente de capacity-app (format de classeur {current + 1} ; cette version lit "
            f"jusqu'au format {current}) : mettez capacity-app à jour pour l'importer") in r.output, r.output
    assert no_english(r.output, "cli.newer_workbook") == [], r.output


def test_an_emptied_translation_in_french(cli_run, french, tmp_path):
    from capacity_app.paths import default_questionnaire_path

    folder = tmp_path / "q"
    shutil.copytree(default_questionnaire_path().parent, folder)
    (folder / "translations" / "ru.yaml").write_text("", encoding="utf-8")
    r = cli_run("questionnaire", "validate", folder / "questionnaire.yaml")
    assert r.exit_code == 2
    assert re.search(r"translations/ru\.yaml : erreur : ru : (\d+) textes sur \1 manquants ou vides "
                     r"\(le catalogue n'en traduit aucun\)", r.output), r.output
    assert no_english(r.output, "cli.translations_none") == [], r.output


def test_answers_archived_at_the_first_open_in_french(cli_run, french):
    shutil.copyfile(FIXTURES / "schema-v010-m010_action_donor_fields.sqlite3", cli_run.db)
    conn = sqlite3.connect(cli_run.db)
    with conn:
        conn.execute("INSERT INTO answers(assessment_id, key, status, value, comment, updated_at, operator)"
                     " VALUES (1, 's4_sdg.sdg_17_18_1.produced', 'answered', ?, '', '2026-03-01T10:00:00+00:00',"
                     " 'fixture')", [json.dumps("yes")])
    conn.close()
    r = cli_run("list")
    line = next(x for x in r.output.splitlines() if "réponses archivées" in x)
    assert re.search(r"capacity-app: évaluation 1 \(.+\), questionnaire 1\.0\.0 -> [\d.]+ : réponses archivées parce "
                     r"que la version [\d.]+ ne pose plus leurs questions \(.+\) : 1 \(s4_sdg\.sdg_17_18_1\.produced",
                     line), line
    assert no_english(line, "cli.archived") == [], line


@pytest.mark.parametrize("line", [
    "a: " * 650 + "the disk is full; the file was not written",
    "f: nothing imported: " * 95,
    "settings file /x: " * 110 + "the disk is full",
    "f: nothing imported: " * 4000,
    "settings file /x: " * 4000 + "the disk is full",
])
def test_a_line_of_many_sentence_starts_is_said_in_bounded_time(line):
    """A file's name or a value holding a refusal's words thousands of times (an attack on the
    lines said again): in well under two seconds each (about a quarter of a second alone, on a
    machine shared with the suite's other workers), near the longest line said again and far
    beyond it (given back as it is); before the limit, 84,000 characters took a minute."""
    import time

    from capacity_app.domain.retold import MAX_LINE, retold

    translated("warm the patterns up", "fr")
    t = time.perf_counter()
    said = retold(line, "fr")
    assert time.perf_counter() - t < 2.0
    if len(line) > MAX_LINE:
        assert said == line


def test_a_settings_refusal_said_whole_inside_what_was_not_changed():
    """A settings file that cannot be read, refused by a change of the preferences ("…; nothing was
    changed"): the whole line said in French, the reason a read's, not a write's."""
    line = ("capacity-app: /home/u/.config/settings.json: the settings file cannot be read (Permission denied); "
            "fix its permissions or remove it; nothing was changed")
    said = translated(line, "fr")
    assert "le fichier de paramètres ne peut pas être lu (accès refusé)" in said, said
    assert said.endswith("rien n'a été modifié"), said
    assert no_english(said, "cli.svc.settings_unreadable") == [] and "/home/u/.config/settings.json" in said


def test_a_workbooks_count_of_more_problems_is_said_apart_from_its_first():
    """"(and 2 more problems)" after a refused workbook's first problem: the first said by its entry,
    the count by its own (before, the entry's last value took the count in: the Chinese line read
    "第7) (and 2 more problems行）"); a line of many such counts is read once, in bounded time."""
    import time

    line = "capacity-app: k.xlsx: Answers!B7: s1_x appears twice (rows 4 and 7) (and 2 more problems)"
    assert translated(line, "zh").endswith("s1_x出现了两次（第4行和第7行）（另有 2 个问题）")
    assert translated(line, "fr").endswith("s1_x figure deux fois (lignes 4 et 7) (autres problèmes : 2)")
    hostile = "capacity-app: k.xlsx: " + "x (and 1 more problems)" * 80
    t = time.perf_counter()
    translated(hostile, "fr")
    assert time.perf_counter() - t < 0.5


# a refused export of a form's submissions: its first problem, as exchange/institutions/submissions.py
# writes it (each one an entry), how many more, and "nothing imported"
SUBMISSION_PROBLEMS = {
    "cli.sub.no_parent": "group_x row 3: no submission 'abc' in the export for it",
    "cli.sub.no_grid_row": "submission uuid:1f2e, s3_matrix: no row 'ZZ' in the grid",
    "cli.sub.no_cell": "submission uuid:1f2e, s2_grid: no cell 'Q9_XX'",
    "cli.sub.control": "submission uuid:1f2e, cap_respondent: holds the control character U+001B (refused)",
    "cli.reply.not_a_number": "submission uuid:1f2e, s1_staff: 'many' is not a number",
}


@pytest.mark.parametrize("more", ["", " (and 2 more)"])
@pytest.mark.parametrize("key", list(SUBMISSION_PROBLEMS))
def test_a_refused_exports_first_problem_is_said_whole_whatever_it_holds(key, more):
    """The first problem holding a ": " of its own ("group_x row 3: …", "submission X, q: …"): the
    line said from where that problem starts, not from its last ": " (which left "group_x row 3: no
    submission … in the export for it" in English before the translated "nothing imported")."""
    problem = SUBMISSION_PROBLEMS[key]
    line = f"capacity-app: /data/kobo export.xlsx: {problem}{more}; nothing imported"
    for lang in OTHERS:
        said = translated(line, lang)
        assert said.startswith("capacity-app: /data/kobo export.xlsx"), said
        left = [k for k in ("cli.sub.nothing_imported", "cli.sub.value_problem", key) if k in TEXTS
                and no_english(said, k)]
        assert left == [], (lang, said)
        assert "uuid:1f2e" in said or "group_x" in said
