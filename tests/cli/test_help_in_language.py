"""``--help`` in the command line's language (cli/helptext.py): each command's description, each
option's help and click's own words from resources/cli/strings.<lang>.yaml, no English sentence
left; in English exactly what click printed before (docs/cli-reference.md, written in English
whatever the language); every help text of the command tree in each catalogue."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from i18n_status import catalogues_tool

from capacity_app.cli import HelpContext, main
from capacity_app.cli.helptext import CLICK_WORDS, catalogue, help_in, help_sources

ROOT = Path(__file__).resolve().parents[2]
FILLED = ("fr", "es", "pt", "ar", "zh", "ru")
tool = catalogues_tool()


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return help_sources(main)


def _help(lang: str, *args: str) -> str:
    r = CliRunner().invoke(main, [*args, "--help"], env={"CAPACITY_APP_LANG": lang},
                            prog_name="capacity-app", catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


def _flat(text: str) -> str:
    return " ".join(text.split())


def _runs(text: str, n: int = 3) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return {" ".join(words[i:i + n]).lower() for i in range(len(words) - n + 1)}


def _english_left(output: str, keys: list[str], sources: dict[str, str], lang: str) -> list[str]:
    """The runs of three English words of ``keys``' texts found in ``output``, but those the
    translation keeps itself (the values typed as they are: planned, in_progress ...)."""
    text = re.sub(r"(?m)^  \S+ {2,}", "  ", output)  # a listed command's name is no English sentence
    low = " ".join(re.findall(r"[A-Za-z][A-Za-z'-]*", text)).lower()
    left = []
    for key in keys:
        kept = _runs(str(catalogue(lang).translation(key) or ""))
        left += [f"{key}: {run}" for run in sorted(_runs(sources[key]) - kept) if run in low]
    return left


@pytest.mark.parametrize("lang", FILLED)
def test_the_top_level_help_is_in_the_language(lang, sources):
    out = _help(lang)
    cat = catalogue(lang)
    for key in ("capacity-app", "capacity-app.--db", "capacity-app.--operator", "click.help", "click.version"):
        assert _flat(str(cat.translation(key))) in _flat(out), key
    assert out.startswith(f"{cat.translation('click.usage')} capacity-app [OPTIONS]")
    assert f"\n{cat.translation('click.commands')}:\n" in out and f"\n{cat.translation('click.options')}:\n" in out
    commands = [k for k in sources if "." not in k and k != "capacity-app"]
    assert "actions" in commands and "translations" in commands
    keys = ["capacity-app", "capacity-app.--db", "capacity-app.--operator", *CLICK_WORDS, *commands]
    assert _english_left(out, keys, sources, lang) == []


@pytest.mark.parametrize("lang", FILLED)
def test_a_subcommand_help_is_in_the_language(lang, sources):
    out = _help(lang, "actions", "add")
    cat = catalogue(lang)
    keys = [k for k in sources if k == "actions.add" or k.startswith("actions.add.")]
    assert "actions.add.--owner" in keys and "actions.add.--cost" in keys
    for key in ("actions.add", "actions.add.--owner", "actions.add.--priority-action", "click.help"):
        assert _flat(str(cat.translation(key))) in _flat(out), key
    assert out.startswith(f"{cat.translation('click.usage')} capacity-app actions add [OPTIONS] ASSESSMENT_ID")
    assert _english_left(out, [*keys, *CLICK_WORDS], sources, lang) == []
    # a group of the plan's commands lists its commands' short help in the language
    progress = _help(lang, "actions", "progress")
    assert _flat(str(cat.translation("actions.progress.set"))) in _flat(progress)


def test_click_words_of_a_help_record_are_translated_and_values_kept():
    """``[required]``, ``[default: 3]``: click's words in the catalogue's, the value as it is; a
    command the catalogue does not know keeps its English."""
    group = click.Group("capacity-app", commands=[click.Command("zz", help="Only in English.", params=[
        click.Option(["--n"], default=3, show_default=True, help="How many."),
        click.Option(["--who"], required=True, help="Who.")])])
    parent = HelpContext(group, info_name="capacity-app")
    out = help_in(HelpContext(group.commands["zz"], info_name="zz", parent=parent), "fr")
    assert out.startswith("Utilisation : capacity-app zz [OPTIONS]")
    assert "Only in English." in out and "How many.  [par défaut : 3]" in out
    assert "Who.  [obligatoire]" in out and "Afficher ce message et quitter." in out


def test_in_english_the_help_is_clicks_own_and_the_reference_stays_english(monkeypatch):
    """English (chosen, or a language the application does not have) prints what click prints,
    byte for byte: the block docs/cli-reference.md holds for ``actions add``; the page is written
    in English whatever the language of the command line."""
    page = (ROOT / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    block = page.split("### capacity-app actions add\n\n```text\n", 1)[1].split("\n```", 1)[0]
    for lang in ("en", "xx"):
        r = CliRunner().invoke(main, ["actions", "add", "--help"], env={"CAPACITY_APP_LANG": lang},
                               prog_name="capacity-app", terminal_width=100, max_content_width=100)
        assert "\n".join(line.rstrip() for line in r.output.rstrip("\n").splitlines()) == block
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import cli_reference
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert cli_reference.render() == page


def test_every_help_text_of_the_command_tree_has_its_entry_in_each_catalogue(sources):
    """The catalogue regime (tools/catalogues.py "cli"): the English is read from the commands
    themselves (every module registered) and written to resources/cli/strings.yaml, which the
    catalogue code reads (catalog/kinds.py: the translator's file carries it); each language's
    catalogue has an entry for each."""
    assert tool.KINDS["cli"].sources() == sources, "run tools/catalogues.py update"
    assert tool.cli_english() == tool.KINDS["cli"].path("en").with_name("strings.yaml").read_text(encoding="utf-8")
    for key in ("capacity-app.--operator", "actions.progress.send.--institution", "translations.import.--reviewer",
                "import.--accept-signatures", "weights", "click.usage"):
        assert key in sources
    for lang in tool.CATALOGUED:
        entries = tool.read(tool.KINDS["cli"], lang).entries
        assert list(entries) == list(sources), f"run tools/catalogues.py update {lang}"
    for lang in FILLED:
        assert tool.report(tool.KINDS["cli"], lang).missing == ()
