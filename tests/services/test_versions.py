"""Versions that meet: a database whose assessment answered questions a later
questionnaire no longer asks (SDG 17.18.1 under 1.0.0) carries them to the bundled version the
first time a writer opens it, archiving those answers as the import of the old workbook does and
saying so once; the next export says they are on its Archived answers sheet."""
import json
import shutil
import sqlite3
from pathlib import Path

from capacity_app.catalog.loader import load_bundled
from capacity_app.services.assessments import open_store
from capacity_app.services.versions import archived_answers, carry_to_current

FIXTURES = Path(__file__).resolve().parents[1] / "storage" / "fixtures"
REMOVED = [("s4_sdg.sdg_17_18_1.produced", "yes"), ("s4_sdg.sdg_17_18_1.identifies_migrants", "no"),
           ("s4_sdg.sdg_17_18_1.published", "no"), ("s4_sdg.sdg_17_18_1.source", "census")]


def _old_database(path: Path) -> None:
    """The schema-10 fixture (questionnaire 1.0.0) with four answers to SDG 17.18.1, as 1.0.0 asked."""
    shutil.copyfile(FIXTURES / "schema-v010-m010_action_donor_fields.sqlite3", path)
    conn = sqlite3.connect(path)
    with conn:
        for key, value in REMOVED:
            conn.execute("INSERT INTO answers(assessment_id, key, status, value, comment, updated_at, operator)"
                         " VALUES (1, ?, 'answered', ?, '', '2026-03-01T10:00:00+00:00', 'fixture')",
                         [key, json.dumps(value)])
    conn.close()


def test_the_first_open_archives_and_says_so_once(cli_run, tmp_path):
    _old_database(cli_run.db)
    first = cli_run("list")
    assert first.exit_code == 0, first.output
    q = load_bundled()
    said = [line for line in first.output.splitlines() if "archived" in line]
    assert len(said) == 1 and f"questionnaire 1.0.0 -> {q.version}: answers archived" in said[0], first.output
    assert "not exported as answers): 4 (" in said[0], first.output
    assert "s4_sdg.sdg_17_18_1.produced" in said[0]
    again = cli_run("list")
    assert "archived" not in again.output  # said once
    with open_store(cli_run.db, readonly=True) as store:
        a = store.assessment(1)
        assert a.questionnaire_version == q.version
        assert sorted(archived_answers(a)) == sorted(k for k, _ in REMOVED)
        assert {e["key"]: e["value"] for e in a.settings["archived_answers"]} == dict(REMOVED)
        answers = store.answers(1)
        assert not [k for k in answers if k.startswith("s4_sdg.sdg_17_18_1.")]
        assert answers["s2_need_a"].value == 2  # every other answer kept
        assert any(h["key"] == "s4_sdg.sdg_17_18_1.produced" for h in store.history(1))  # the removal in history
    exported = cli_run("export", "1", "--xlsx", tmp_path / "a.xlsx")
    assert exported.exit_code == 0, exported.output
    assert "note: 4 archived answers to questions an earlier questionnaire asked are on the workbook's Archived answers sheet" \
        in exported.output


def test_nothing_to_carry_writes_nothing(store, questionnaire):
    from capacity_app.services.assessments import create_assessment

    create_assessment(store, questionnaire, country="KEN", round=2026)
    before = len(store.history(1))
    assert carry_to_current(store, questionnaire) == []
    assert len(store.history(1)) == before


def test_carry_pending_says_whether_a_carry_would_write(store, questionnaire, db_path):
    """The command line loads the questionnaire for the carry only when this says so."""
    from capacity_app.services.assessments import create_assessment
    from capacity_app.services.versions import carry_pending

    a = create_assessment(store, questionnaire, country="KEN", round=2026)
    assert not carry_pending(store, questionnaire.id, questionnaire.version)
    assert carry_pending(store, questionnaire.id, "9.9.9")
    store.db.execute("UPDATE assessments SET questionnaire_version = '1.2.1', deleted_at = 'x' WHERE id = ?", [a.id])
    store.db.conn.commit()
    assert carry_pending(store, questionnaire.id, questionnaire.version)  # one in the trash too
    assert not carry_pending(store, "another-questionnaire", "1.0.0")
    with open_store(db_path, readonly=True) as reader:
        assert not carry_pending(reader, questionnaire.id, questionnaire.version)  # the next writer carries


def test_a_version_without_a_mapping_is_left_and_said(store, questionnaire):
    from capacity_app.services.assessments import create_assessment

    a = create_assessment(store, questionnaire, country="KEN", round=2026)
    store.db.execute("UPDATE assessments SET questionnaire_version = '0.1.0' WHERE id = ?", [a.id])
    store.db.conn.commit()
    (done,) = carry_to_current(store, questionnaire)
    assert done.left and "no declared mapping" in done.describe()
    assert store.assessment(a.id).questionnaire_version == "0.1.0"


def _scored_under_rules_2(db) -> tuple[int, float]:
    """The demo assessment with its stored summary made to say 44.9 under rules 2.0 (as a database
    written by a version of the rules 2.0 says it); (its id, its figure under these rules)."""
    from capacity_app.services.demo import create_demo
    from capacity_app.services.summaries import summaries

    with open_store(db) as store:
        a = create_demo(store)
        (now,) = [row.summary for row in summaries(store) if row.assessment.id == a.id]
        store.db.execute("UPDATE summaries SET basis = replace(basis, 'rules 3.0', 'rules 2.0'), overall = 44.9,"
                         " band = 'partially_meets' WHERE assessment_id = ?", [a.id])
        store.db.conn.commit()
    return a.id, now.overall


def test_a_score_stored_under_earlier_rules_is_shown_beside_this_one(cli_run):
    """44.9 "Partially meets" under rules 2.0 became another figure under 3.0 with no
    word; the list says both figures and what the rules changed when they meet, and `score` says
    it after that too (the earlier figure kept in the assessment)."""
    aid, now = _scored_under_rules_2(cli_run.db)
    listed = cli_run("list")
    assert listed.exit_code == 0, listed.output
    line = next(x for x in listed.output.splitlines() if "under rules" in x)
    assert (f"capacity-app: #{aid}: Scored 44.9 (Developing capacity) under rules 2.0; {now:.1f} (" in line
            and ") under rules 3.0." in line), line
    assert "What changed: 3.0: only the documented weights give a band" in line
    assert "under rules" not in cli_run("list").output  # the list says it once: then stored under 3.0
    scored = cli_run("score", aid).output.splitlines()
    assert scored[1].startswith("  Scored 44.9 (Developing capacity) under rules 2.0; "), scored[:3]
    assert "What changed: 3.0: only the documented weights give a band" in scored[1]


def test_score_says_both_figures_in_every_language_and_in_json(cli_run):
    from capacity_app.domain.languages import LANGUAGES
    from capacity_app.domain.texts import text

    aid, now = _scored_under_rules_2(cli_run.db)  # no list first: read from the stored summary
    for lang in LANGUAGES:
        out = cli_run("score", aid, "--lang", lang).output.splitlines()
        changed = text("rules.changed.3.0", lang)
        assert "44.9" in out[1] and f"{now:.1f}" in out[1] and "2.0" in out[1] and changed in out[1], (lang, out[1])
        if lang != "en":
            assert changed != text("rules.changed.3.0", "en") and "under rules" not in out[1], (lang, out[1])
    d = json.loads(cli_run("score", aid, "--json").output)
    assert d["earlier_score"]["overall"] == 44.9 and d["earlier_score"]["rules"] == "2.0"
    assert [c["rules"] for c in d["earlier_score"]["changes"]] == ["3.0"]
    cli_run("list")  # derived again under 3.0: the figure kept in the assessment still says it
    assert json.loads(cli_run("score", aid, "--json").output)["earlier_score"]["overall"] == 44.9


def test_the_report_says_both_figures(cli_run):
    from capacity_app.services.reports import build_report_context

    aid, now = _scored_under_rules_2(cli_run.db)
    cli_run("list")  # the upgrade's first writing open keeps the earlier figure
    with open_store(cli_run.db, readonly=True) as store:
        fr = build_report_context(store, None, aid, "fr")
        ar = build_report_context(store, None, aid, "ar")
    assert fr.earlier_score.startswith("Score de 44,9 (Capacité en développement) selon les règles 2.0 ; ")
    assert "Ce qui a changé : 3.0 : seule la pondération documentée donne un niveau" in fr.earlier_score
    assert "وفق القواعد 2.0" in ar.earlier_score and "لا تُمنح الفئة إلا بالأوزان الموثقة" in ar.earlier_score


def test_no_earlier_figure_under_these_rules(cli_run):
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    with open_store(cli_run.db) as store:
        aid = create_demo(store).id
    assert "under rules" not in cli_run("score", aid).output
    assert "earlier_score" not in json.loads(cli_run("score", aid, "--json").output)
    with open_store(cli_run.db, readonly=True) as store:
        assert build_report_context(store, None, aid, "en").earlier_score == ""


def test_the_rules_changes_are_data():
    from capacity_app.domain.labels import RULES_CHANGES, RULES_VERSION, rules_changes_since

    assert RULES_CHANGES[-1][0] == RULES_VERSION  # a new rules version says what it changed
    assert [v for v, _ in rules_changes_since("1.0")] == ["2.0", "3.0"]
    assert [v for v, _ in rules_changes_since("2.0")] == ["3.0"]
    assert rules_changes_since(RULES_VERSION) == []


def test_each_rules_change_is_said_in_six_languages():
    from capacity_app.domain.labels import RULES_CHANGES, rules_change
    from capacity_app.domain.languages import LANGUAGES

    for version, what in RULES_CHANGES:
        assert rules_change(version, "en") == what
        said = {lang: rules_change(version, lang) for lang in LANGUAGES}
        assert len(set(said.values())) == len(LANGUAGES), said  # none left in English


def test_the_list_says_both_figures_in_the_command_lines_language(cli_run, monkeypatch):
    aid, now = _scored_under_rules_2(cli_run.db)
    monkeypatch.setenv("CAPACITY_APP_LANG", "ru")
    line = next(x for x in cli_run("list").output.splitlines() if x.startswith(f"capacity-app: #{aid}:"))
    assert f"Оценка 44.9 (Формирующийся потенциал) по правилам 2.0; {now:.1f} (" in line, line
    assert "Что изменилось: 3.0: уровень присваивается только при документированных весах" in line, line


def test_a_comment_saved_while_the_carry_reads_the_answers_is_kept(tmp_path, monkeypatch):
    """The window carries in the background while the officer may save: the carry reads an
    assessment's answers and writes them back in one transaction, so a save that comes meanwhile
    waits for it and is kept, not written over by the carry's earlier reading."""
    import threading

    from capacity_app.services import versions

    db = tmp_path / "old.sqlite3"
    _old_database(db)
    q = load_bundled()
    split = versions._split
    saving: list[threading.Thread] = []

    with open_store(db) as store:
        kept_key = next(k for k in store.answers(1) if not k.startswith("s4_sdg.sdg_17_18_1."))

        def split_while_the_officer_saves(answers, *args):
            saver = threading.Thread(target=store.set_comment, args=(1, kept_key, "typed during the carry"))
            saver.start()
            saving.append(saver)
            saver.join(0.5)  # it waits for the carry's transaction, or (before) wrote at once
            return split(answers, *args)

        monkeypatch.setattr(versions, "_split", split_while_the_officer_saves)
        carried = carry_to_current(store, q)
        saving[0].join(10)
        assert [c.assessment.id for c in carried] == [1] and len(carried[0].archived) == 4
        assert store.answer(1, kept_key).comment == "typed during the carry"
        assert store.assessment(1).questionnaire_version == q.version
