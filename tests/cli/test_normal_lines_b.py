"""The normal lines of the team's, the institutions', the exchange's and the translator's commands
in the user's language (cli/team.py, cli/institutions.py, cli/exchange.py, cli/translations.py):
run on a copy of the demo with CAPACITY_APP_LANG set to French, Arabic and (signoff) Chinese, no
line printed holds a word of four letters or more of those lines' English (the entries their
lines are said from); in English the lines are as they were, word for word.

A code a script reads (the translator's file's kinds such as "questionnaire", the review's status
given with ``--status``) and a value typed by the user are not words of the lines."""
from __future__ import annotations

import functools
import re
import shutil

import pytest
from click.testing import CliRunner

from capacity_app.cli import main
from capacity_app.domain.placeholders import parts
from capacity_app.domain.texts import TEXTS, text

# the entries of these commands' lines (domain/texts.py: their block after the progress's)
PREFIXES = ("shown.team.", "shown.inst.", "shown.export.", "shown.aggregate.", "shown.translations.",
            "shown.main.", "cli.signoff.")
# the translator's file's kinds: codes, printed as they are in every language
KINDS = {"questionnaire", "sentences", "report", "help", "aggregate", "forms", "cli", "interface"}
# a word: letters standing alone (not inside an id such as "s2_need_a" or a file's name)
WORDS = re.compile(r"(?<![\w./-])[A-Za-z][A-Za-z'-]*(?![\w./])")


@functools.cache
def _words(lang: str) -> frozenset[str]:
    """Every word of the fixed parts of these lines in ``lang`` (four letters or more in English)."""
    words: set[str] = set()
    for key in TEXTS:
        if key.startswith(PREFIXES):
            for part in parts(text(key, lang)):
                if isinstance(part, str):
                    words |= {w.lower() for w in WORDS.findall(part) if len(w) >= 4 or lang != "en"}
    return frozenset(words)


def english_in(line: str, lang: str) -> set[str]:
    """The words of ``line`` that are words of these lines' English, but a word the language's own
    lines use too ("national", "document" in French) and the kinds' codes."""
    return {w.lower() for w in WORDS.findall(line)} & (_words("en") - _words(lang) - KINDS)


@pytest.fixture
def db(demo_db, tmp_path, monkeypatch):
    """A copy of the demo; ``translations status`` counts each language's texts as given here (the
    count reads every catalogue: seconds a language), one of them translated in part."""
    from capacity_app.catalog import shares

    def counts(lang):
        return {"questionnaire": (665, 665), "sentences": (1400, 1500), "report": (700, 700)}

    monkeypatch.setattr(shares, "counts", counts)
    path, aid = demo_db
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(path, copy)
    return copy, str(aid)


def _runner(db_path, lang):
    runner = CliRunner(env={"CAPACITY_APP_LANG": lang})

    def run(*args, code=0):
        r = runner.invoke(main, ["--db", str(db_path), *map(str, args)], catch_exceptions=False)
        assert r.exit_code == code, (lang, args, r.output)
        return r.output.splitlines()

    return run


def _team(run, aid) -> list[str]:
    lines = run("reviews", aid) + run("review", aid, "s2_need_a")
    lines += run("review", aid, "s2_need_a", "--status", "disputed", "--note", "XQ-17")
    lines += run("review", aid, "s2_need_a") + run("reviews", aid)
    lines += run("signoff", aid) + run("review-signoff", aid)
    lines += run("reopen", aid, "--reason", "why", code=2)  # refused: said from cli.signoff.not_final
    return lines


def _others(run, aid) -> list[str]:
    lines = run("institutions", aid, "--institution", "nso")[-1:]  # the wording above is --lang's
    return lines + run("proposals", aid) + run("translations", "status")


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_lines_are_in_the_users_language(db, tmp_path, lang):
    path, aid = db
    run = _runner(path, lang)
    lines = _team(run, aid) + _others(run, aid)
    if lang == "fr":  # the files written (a second each)
        lines += run("export", aid, "--institution", "nso", "--xlsx", tmp_path / "nso.xlsx")
        lines += run("translations", "export", "--lang", "fr", tmp_path / "fr.po")
    assert len(lines) >= 20, lines
    found = {line: english_in(line, lang) for line in lines if english_in(line, lang)}
    assert found == {}, (lang, found)
    said = "\n".join(lines)
    assert "XQ-17" in said and "s2_need_a" in said and "1400" in said  # the values carried over


def test_signoff_in_chinese(db):
    path, aid = db
    lines = _runner(path, "zh")("signoff", aid)
    assert lines[0].startswith(f"评估{aid}（XVL 2026）：进行中，"), lines
    assert "98.1%" in lines[2] and not any(english_in(line, "zh") for line in lines), lines


def test_english_as_before(db, tmp_path):
    path, aid = db
    run = _runner(path, "en")
    assert run("reviews", aid) == ["0 of 222 answers validated; 0 need follow-up, 0 disputed, 222 not reviewed"]
    assert run("review", aid, "s2_need_a") == ["s2_need_a: not_reviewed"]
    assert run("signoff", aid) == [
        f"assessment {aid} (XVL 2026): in_progress, not validated for the national statistics office",
        "  the supervisor has not signed the reviews off",
        "  readiness: 98.1% of the primary questions known (at least 80% needed); 0 follow-ups open, 222 of 222 "
        "answers not reviewed, 0 disputed, 7 citing a document not attached"]
    assert run("review-signoff", aid) == [f"assessment {aid} (XVL 2026): the reviews are not signed off",
                                          "  cannot be signed off yet: 222 of 222 answers are not reviewed"]
    set_line = run("review", aid, "s2_need_a", "--status", "follow_up", "--note", "check")
    assert re.fullmatch(r"s2_need_a: follow_up at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", set_line[0]), set_line
    assert re.fullmatch(r"  s2_need_a: follow_up \(unknown, [\d: -]+\) - check", run("reviews", aid)[1])
    assert run("institutions", aid, "--institution", "nso")[-1] == "151 questions, grid rows and matrix cells for nso"
    assert run("proposals", aid) == ["no proposals"]
    out = tmp_path / "nso.xlsx"
    assert run("export", aid, "--institution", "nso", "--xlsx", out) == [f"wrote {out}"]
    status = run("translations", "status")
    assert status[0].startswith("en English (the source): 100% translated; questionnaire all, sentences all"), status
    assert status[1].startswith("fr Français (catalogues): 97% translated; questionnaire 665, sentences 1400 of "
                                "1500, report 700, help 0, "), status
    assert run("reopen", aid, "--reason", "why", code=2) == [
        f"capacity-app: assessment {aid} (XVL 2026) is not final: nothing to reopen"]
