"""An upgrade keeps every answer: an assessment of any released questionnaire version, fully
answered, carried to the bundled version at the first writing open keeps each answer or archives it
(kept in the assessment, said by the carry's line) — counted, none lost — and a carry killed half way
loses neither an answer nor the word of what it archived.

A red team found a database of 151 assessments answered under 1.0.0 missing 604 answers (the four of
SDG indicator 17.18.1 in each) after an upgrade killed half way: the archive was said only once the
carry of every assessment was done, so a kill before that left the assessments already carried with
their answers archived and never said. The fully answered assessment of each released version is
the fixture tests/services/fixtures/answers-q<version>.json (made from the repository's history by
make_released_answers.py there)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from capacity_app.catalog.loader import load_bundled
from capacity_app.domain.answers import canonical_answers
from capacity_app.domain.status import ANSWERED, DONT_KNOW, EMPTY
from capacity_app.exchange.workbook.codec import COMMENT_ONLY_ITEMS
from capacity_app.exchange.workbook.mapping import recorded_digests
from capacity_app.services import versions
from capacity_app.services.assessments import create_assessment, open_store
from capacity_app.services.versions import archived_answers, carry_to_current

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SDG_17_18_1 = ["s4_sdg.sdg_17_18_1.identifies_migrants", "s4_sdg.sdg_17_18_1.produced",
               "s4_sdg.sdg_17_18_1.published", "s4_sdg.sdg_17_18_1.source"]


def released() -> list[str]:
    """Every version of the bundled questionnaire assessments/versions.yaml records."""
    return list(recorded_digests()[load_bundled().id])


def fully_answered(version: str) -> dict:
    """Every answer key an assessment of ``version`` may hold, with a value its field accepted."""
    q = load_bundled()
    if version == q.version:
        from tests.services.fixtures.make_released_answers import _answers
        import random

        return _answers(q, random.Random(version))
    path = FIXTURES / f"answers-q{version}.json"
    assert path.exists(), (f"no fully answered assessment of the released version {version}: run "
                           "tests/services/fixtures/make_released_answers.py")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["questionnaire"] == q.id and data["version"] == version
    return data["answers"]


def write_old(db: Path, version: str, answers: dict, n: int = 1) -> list[int]:
    """``n`` assessments of questionnaire ``version`` holding ``answers`` as a database keeps them:
    mostly values, some "don't know", comments and evidence, a comment alone on a comment key."""
    q = load_bundled()
    with open_store(db, daily_backup=False) as store:
        ids = [create_assessment(store, q, country="KEN", round=2000 + i).id for i in range(n)]
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM answers")
        conn.execute("DELETE FROM evidence")
        conn.execute("UPDATE assessments SET questionnaire_version = ?", [version])
        for aid in ids:
            for i, (key, value) in enumerate(sorted(answers.items())):
                status = EMPTY if value is None else DONT_KNOW if i % 7 == 3 else ANSWERED
                stored = json.dumps(value) if status == ANSWERED else None
                comment = f"comment {i}" if value is None or i % 5 == 0 else ""
                conn.execute("INSERT INTO answers(assessment_id, key, status, value, comment, updated_at, operator)"
                             " VALUES (?, ?, ?, ?, ?, '2026-03-01T10:00:00+00:00', 'fixture')",
                             [aid, key, status, stored, comment])
                if i % 11 == 0:
                    conn.execute("INSERT INTO evidence(assessment_id, key, kind, text, created_at)"
                                 " VALUES (?, ?, 'document', ?, '2026-03-01T10:00:00+00:00')", [aid, key, f"doc {i}"])
    conn.close()
    return ids


def has_place(q, key: str) -> bool:
    item = q.item(key)
    return q.resolve_key(key) is not None or (item is not None and item.type in COMMENT_ONLY_ITEMS)


def assert_kept_or_archived(store, aid: int, before: dict, archived: list[dict]) -> None:
    """Every answer of ``before`` is in the assessment as it was, or archived as it was; counted."""
    q = load_bundled()
    after = store.answers(aid)
    a = store.assessment(aid)
    assert a.questionnaire_version == q.version
    stored_archive = a.settings.get("archived_answers") or []
    assert len(after) + len(stored_archive) == len(before), (len(before), len(after), len(stored_archive))
    assert set(after) | set(archived_answers(a)) == set(before) and not set(after) & set(archived_answers(a))
    assert canonical_answers(after) == canonical_answers({k: before[k] for k in after})
    as_given = [{k: v for k, v in e.items() if k not in ("version", "archived_at")} for e in stored_archive]
    assert as_given == canonical_answers({e["key"]: before[e["key"]] for e in stored_archive})
    # each with the questionnaire version that asked it and when it was archived
    assert all(e["version"] != q.version and e["archived_at"] for e in stored_archive)
    assert sorted(e["key"] for e in archived) == sorted(archived_answers(a))  # said, every one
    assert not [k for k in after if not has_place(q, k)]  # what is kept, the window shows and exports


def test_every_released_version_has_its_fully_answered_assessment():
    """A release that moves the bundled version on adds the assessment of the version it leaves."""
    q = load_bundled()
    assert q.version in released() and "1.0.0" in released()
    for version in released():
        answers = fully_answered(version)
        assert len(answers) > 2000, version


def test_sdg_17_18_1_answered_under_1_0_0_is_archived_said_and_exported(cli_run, tmp_path):
    """The red team's case: a fully answered 1.0.0 assessment keeps every answer but the four of SDG
    17.18.1 (out of the S4 grid since 1.2.0), which are archived, said by the upgrade's line and
    named by the export."""
    answers = fully_answered("1.0.0")
    assert set(SDG_17_18_1) <= set(answers)
    (aid,) = write_old(cli_run.db, "1.0.0", answers)
    with open_store(cli_run.db, readonly=True) as store:
        before = store.answers(aid)
    listed = cli_run("list")
    assert listed.exit_code == 0, listed.output
    (said,) = [line for line in listed.output.splitlines() if "archived" in line]
    assert f"questionnaire 1.0.0 -> {load_bundled().version}: answers archived" in said, said
    assert ": 4 (" + ", ".join(SDG_17_18_1) + ")" in said, said
    with open_store(cli_run.db, readonly=True) as store:
        assert_kept_or_archived(store, aid, before, [{"key": k} for k in SDG_17_18_1])
    assert "archived" not in cli_run("list").output  # said once
    exported = cli_run("export", aid, "--xlsx", tmp_path / "a.xlsx")
    assert exported.exit_code == 0, exported.output
    assert "note: 4 archived answers to questions an earlier questionnaire asked are on the workbook's Archived answers sheet" \
        in exported.output


@pytest.mark.parametrize("version", released())
def test_a_fully_answered_assessment_of_each_released_version_keeps_every_answer(version, tmp_path):
    """Along the chain of declared mappings from every released version to the bundled one, every
    answer key of a fully answered assessment is carried or archived: kept + archived = before."""
    answers = fully_answered(version)
    db = tmp_path / "old.sqlite3"
    (aid,) = write_old(db, version, answers)
    with open_store(db, daily_backup=False) as store:
        before = store.answers(aid)
        assert len(before) == len(answers)
        done = carry_to_current(store, load_bundled())
        archived = [e for c in done for e in c.archived]
        assert not [c.left for c in done if c.left]
        assert_kept_or_archived(store, aid, before, archived)


def test_an_answer_whose_question_is_gone_is_archived_though_no_mapping_names_it(tmp_path):
    """An answer under a key the bundled questionnaire does not ask, which the declared mappings
    carry as it is (1.2.1 -> 1.3.0 names nothing), is archived and said: kept, it would be in no
    window and no workbook."""
    answers = {**fully_answered("1.2.1"), "s4_sdg.sdg_17_18_1.produced": "yes", "s9_retired_question": "no"}
    db = tmp_path / "q121.sqlite3"
    (aid,) = write_old(db, "1.2.1", answers)
    with open_store(db, daily_backup=False) as store:
        before = store.answers(aid)
        (done,) = carry_to_current(store, load_bundled())
        assert sorted(e["key"] for e in done.archived) == ["s4_sdg.sdg_17_18_1.produced", "s9_retired_question"]
        assert_kept_or_archived(store, aid, before, done.archived)


class Killed(BaseException):
    """The process killed: nothing after it runs (no except clause of the application catches it)."""


def test_a_carry_killed_before_it_moves_the_versions_says_every_archive_at_the_next_open(tmp_path, monkeypatch):
    answers = fully_answered("1.0.0")
    db = tmp_path / "killed.sqlite3"
    ids = write_old(db, "1.0.0", answers, n=3)
    with open_store(db, daily_backup=False) as store:
        before = {aid: store.answers(aid) for aid in ids}

        def kill(*_a, **_k):
            raise Killed

        with monkeypatch.context() as m:
            m.setattr(versions, "_move", kill)
            with pytest.raises(Killed):
                carry_to_current(store, load_bundled())
        for aid in ids:  # archived, on its version still: nothing said, nothing lost
            a = store.assessment(aid)
            assert a.questionnaire_version == "1.0.0" and sorted(archived_answers(a)) == SDG_17_18_1
            assert len(store.answers(aid)) + 4 == len(before[aid])
        done = carry_to_current(store, load_bundled())
        assert sorted(c.assessment.id for c in done) == ids
        for c in done:
            assert sorted(e["key"] for e in c.archived) == SDG_17_18_1, c.describe()
            assert_kept_or_archived(store, c.assessment.id, before[c.assessment.id], c.archived)
            assert "carrying" not in c.assessment.settings
        assert carry_to_current(store, load_bundled()) == []


CHILD = """
import os, sys
from capacity_app.catalog.loader import load_bundled
from capacity_app.services.assessments import open_store
from capacity_app.services.versions import carry_to_current

store = open_store(sys.argv[1], daily_backup=False)
kill_at, seen = int(sys.argv[2]), [0]

def trace(_sql):
    seen[0] += 1
    if seen[0] == kill_at:
        os._exit(9)

store.db.conn.set_trace_callback(trace)
for c in carry_to_current(store, load_bundled()):
    print("SAID", c.assessment.id, len(c.archived), flush=True)
print("STATEMENTS", seen[0], flush=True)
"""


def _run_child(db: Path, kill_at: int) -> list[str]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(db), str(kill_at)], capture_output=True, text=True,
                         timeout=120, cwd=Path(__file__).resolve().parents[2])
    return out.stdout.splitlines()


def test_a_carry_killed_at_any_statement_loses_no_answer_and_no_word(tmp_path):
    """kill -9 at statements spread over the first writing open's carry (three assessments holding
    their 17.18.1 answers): after the next open every answer is kept or archived, and every
    assessment's archive was said by the killed process or the next one."""
    answers = {k: v for k, v in fully_answered("1.0.0").items() if k.startswith(("s0_", "s4_sdg.sdg_17_18_1."))}
    base = tmp_path / "base.sqlite3"
    ids = write_old(base, "1.0.0", answers, n=3)
    with open_store(base, daily_backup=False) as store:
        before = {aid: store.answers(aid) for aid in ids}
    whole = tmp_path / "whole.sqlite3"
    whole.write_bytes(base.read_bytes())
    (total,) = [int(line.split()[1]) for line in _run_child(whole, 0) if line.startswith("STATEMENTS")]
    assert total > 100, total  # the carry of three assessments, every write in it
    for kill_at in sorted({total * k // 6 for k in range(1, 6)} | {total}):
        db = tmp_path / f"killed-{kill_at}.sqlite3"
        db.write_bytes(base.read_bytes())
        said = {int(line.split()[1]) for line in _run_child(db, kill_at) if line.startswith("SAID")}
        with open_store(db, daily_backup=False) as store:
            done = carry_to_current(store, load_bundled())
            said |= {c.assessment.id for c in done if c.archived}
            for aid in ids:
                a = store.assessment(aid)
                assert_kept_or_archived(store, aid, before[aid], a.settings["archived_answers"])
        assert said == set(ids), (kill_at, total, said)


def test_an_import_keeps_the_answers_archived_before():
    """An import of a workbook of an earlier questionnaire into an assessment that already has
    answers archived (by a carry, by an earlier import) adds its own to them: none archived before
    is dropped; one archived again under its key is the newer entry."""
    from capacity_app.services.imports import merged_archive

    earlier = [{"key": "s4_sdg_17_18_1.a", "value": "yes"}, {"key": "s9_old", "value": 3}]
    new = [{"key": "s9_old", "value": 4}, {"key": "s2_gone", "value": "x"}]
    assert merged_archive(earlier, new) == [{"key": "s4_sdg_17_18_1.a", "value": "yes"}, *new]
    assert merged_archive(None, new) == new and merged_archive("damaged", new) == new
    assert merged_archive(earlier, []) == earlier
