"""click's usage errors in the command line's language (cli/helptext.py ``UsageSaid``, raised by
``cli.FriendlyGroup``): the usage line, the hint and the error in the catalogue's words, the option
names and values typed carried over as they are; in English, click's own lines byte for byte."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from capacity_app.cli import helptext, main
from capacity_app.cli.helptext import CLICK_WORDS, catalogue
from capacity_app.catalog.translations import Catalogue

LANGS = ("en", "fr", "es", "ar", "zh", "ru", "pt")
# (arguments, the command whose usage is shown, the message's key, its values as click quotes them)
CASES = [
    (["list", "--nope"], "capacity-app list", "click.no_such_option", {"name": "'--nope'"}),
    (["actions", "add"], "capacity-app actions add", "click.missing_argument", {"param": "'ASSESSMENT_ID'"}),
]
ERRORS = [["--nope"], ["list", "--nope"], ["nope"], ["actions", "add"], ["score", "1", "2", "3"], ["list", "extra"],
          ["report", "1", "--lang", "zz"], ["new", "--round", "x"], ["export", "1", "--format", "xlsx"],
          ["translations", "export", "out.po"], ["--db"]]   # a blank --operator: the application's own words


def _run(args: list[str], lang: str):
    r = CliRunner().invoke(main, args, env={"CAPACITY_APP_LANG": lang}, prog_name="capacity-app")
    assert r.exit_code == 2, r.output
    return r.output


def _said(lang: str, key: str, **values: str) -> str:
    return str(catalogue(lang).translation(key)).format(**values)


@pytest.mark.parametrize("lang", ("fr", "ar"))
@pytest.mark.parametrize("args, command, key, values", CASES)
def test_an_unknown_option_and_a_missing_argument_in_the_language(lang, args, command, key, values):
    out = _run(args, lang).splitlines()
    assert out[0].startswith(f"{_said(lang, 'click.usage')} {command} [OPTIONS]")
    assert out[1] == _said(lang, "click.try_help", command=command, option="--help")
    assert out[2] == ""
    assert out[3] == _said(lang, "click.error", message=_said(lang, key, **values))
    assert len(out) == 4


@pytest.mark.parametrize("lang", ("fr", "ar"))
def test_an_invalid_choice_in_the_language_with_the_value_and_choices_kept(lang):
    out = _run(["report", "1", "--lang", "zz"], lang).splitlines()
    choices = "'en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt'"
    inner = _said(lang, "click.not_one_of", value="'zz'", choices=choices)
    assert out[-1] == _said(lang, "click.error", message=_said(lang, "click.invalid_value_for", param="'--lang'",
                                                                 message=inner))
    assert choices in out[-1] and "'--lang'" in out[-1]
    for english in ("Usage:", "Try '", "Error:", "Invalid value", "is not one of"):
        assert english not in "\n".join(out), english


@pytest.mark.parametrize("lang", ("fr", "ar"))
def test_a_suggestion_and_a_list_of_choices_are_said_too(lang):
    out = _run(["export", "1", "--format", "xlsx"], lang).splitlines()
    message = _said(lang, "click.did_you_mean", message=_said(lang, "click.no_such_option", name="'--format'"),
                    possibility="'--xlsform'")
    assert out[-1] == _said(lang, "click.error", message=message)
    out = _run(["translations", "export", "out.po"], lang)
    assert _said(lang, "click.missing_option", param="'--lang'") in out
    assert "\n\tfr,\n\tes,\n\tar," in out and "Missing" not in out and "Choose" not in out


def test_in_english_the_error_is_clicks_own():
    """English: click's exception itself, printed by click (nothing of the application's)."""
    r = CliRunner().invoke(main, ["list", "--nope"], env={"CAPACITY_APP_LANG": "en"}, prog_name="capacity-app")
    assert r.output == ("Usage: capacity-app list [OPTIONS]\nTry 'capacity-app list --help' for help.\n\n"
                        "Error: No such option '--nope'.\n")
    with pytest.raises(click.NoSuchOption):
        main.main(["list", "--nope"], prog_name="capacity-app", standalone_mode=False)


@pytest.mark.parametrize("args", ERRORS)
def test_the_templates_give_clicks_english_back_byte_for_byte(args, monkeypatch):
    """Said in a language whose catalogue is empty (every word English), each error is what click
    prints, byte for byte: the templates take each message apart and put it together exactly."""
    english = CliRunner().invoke(main, args, env={"CAPACITY_APP_LANG": "en"}, prog_name="capacity-app").output
    monkeypatch.setattr(helptext, "catalogue", lambda lang: Catalogue(lang))
    assert _run(args, "fr") == english


def test_every_message_template_has_its_words_in_every_catalogue():
    """Each usage error's template is matched (none forgotten) and translated in every language, with
    the same placeholders."""
    shown = {"click.try_help", "click.error", *helptext._MESSAGES}
    assert set(CLICK_WORDS) - shown == {"click.usage", "click.options", "click.commands", "click.arguments",
                                        "click.help", "click.version", "click.required", "click.default",
                                        "click.env_var"}
    keys = [k for k in CLICK_WORDS if k not in ("click.usage",)]
    for lang in LANGS[1:]:
        cat = catalogue(lang)
        for key in keys:
            said = cat.translation(key)
            assert isinstance(said, str) and said.strip(), (lang, key)
            assert sorted(helptext._pattern(CLICK_WORDS[key]).groupindex) == sorted(
                helptext._pattern(said).groupindex), (lang, key)


def test_lang_choices_are_the_languages_of_the_moment(tmp_path, monkeypatch):
    """A language dropped in while the process runs (or one taken out) is in --lang's choices when
    the option is read, whatever the languages were when the command's module was imported."""
    from capacity_app.cli.exchange import export_cmd  # noqa: F401  (defined before the drop-in)
    from capacity_app.cli.said import LanguageChoice
    from capacity_app.domain import languages as L

    (tmp_path / "ka.po").write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                                    '"Language: ka\\n"\n"X-Language-Tag: ka-GE\\n"\n', encoding="utf-8")
    choice = LanguageChoice()
    monkeypatch.setenv("CAPACITY_APP_LANGUAGES", str(tmp_path))
    L.reload()
    try:
        assert "ka" in choice.choices
    finally:
        monkeypatch.delenv("CAPACITY_APP_LANGUAGES")
        L.reload()
    assert "ka" not in choice.choices and "fr" in choice.choices


def _lang_options(command, path=()):
    """Every option of the command tree whose choices are languages, with its command's path."""
    for param in command.params:
        if isinstance(param.type, click.Choice) and "fr" in param.type.choices:
            yield " ".join(path), param
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            yield from _lang_options(command.get_command(ctx, name), (*path, name))


def test_every_language_option_reads_the_languages_of_the_moment(tmp_path, monkeypatch):
    """Each command's language option, the translator's export and import included (their choices
    are the catalogued languages), follows a language dropped in and taken out: none keeps the list
    of the moment its module was first imported."""
    from capacity_app.cli import main
    from capacity_app.domain import languages as L

    options = list(_lang_options(main))
    assert {"translations export", "translations import", "report"} <= {path for path, _ in options}
    (tmp_path / "ka.po").write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                                    '"Language: ka\\n"\n', encoding="utf-8")
    monkeypatch.setenv("CAPACITY_APP_LANGUAGES", str(tmp_path))
    L.reload()
    try:
        assert [path for path, param in options if "ka" not in param.type.choices] == []
    finally:
        monkeypatch.delenv("CAPACITY_APP_LANGUAGES")
        L.reload()
    assert [path for path, param in options if "ka" in param.type.choices] == []


@pytest.mark.parametrize("lang", ("fr", "ar"))
def test_the_command_lines_own_refusals_in_the_frame_are_said_too(lang):
    """What the application itself refuses inside click's frame (a blank --operator, an option that
    needs --institution) is said in the language too, never left in English."""
    from capacity_app.domain.texts import text

    blank = _run(["--operator", " ", "list"], lang).splitlines()[-1]
    assert blank.endswith(text("cli.operator.blank", lang)) and "is blank" not in blank, blank
    needs = _run(["institutions", "1", "--assign", "S6C"], lang).splitlines()[-1]
    options = "--assign, --unassign, --default, --deadline, --contact, --note"
    assert text("cli.institutions.need_one", lang, options=options) in needs, needs
