"""``--help`` in the command line's language: each command's description and each option's help
stay written in English where they are (the docstrings, the ``help=`` texts); every other
language has them in its catalogue ``resources/cli/strings.<lang>.yaml``, keyed by the command's
path and the option (``actions.add.--owner``; ``capacity-app`` and ``capacity-app.--db`` for the
top-level command), with click's own words (``Usage:``, ``Options:``, ``Commands:``, "Show this
message and exit.", ``[required]``) under ``click.*``. ``tools/catalogues.py update`` writes the
catalogues from the command tree (:func:`help_sources`), ``status`` counts them.

The help is translated when it is formatted (:func:`help_in`, called by the contexts of
``cli.HelpContext``): a copy of the command with its texts in the language is formatted by click,
with a formatter that gives click's words; the commands themselves are never changed. click's
usage errors ("No such option", "Missing argument", "Invalid value for …") are said again in the
language when they are shown (:class:`UsageSaid`, raised by ``cli.FriendlyGroup``): their English,
as click formats it, is matched against click's own message templates (``click.*`` below, with
bare placeholders), and the option names and values it quotes are carried over as they are. This
module and the catalogue are loaded only when help is asked for or a usage error is shown.

The catalogue code (``catalog.kinds``, the translator's exchange) does not import the command line:
``tools/catalogues.py update`` writes the English of :func:`help_sources` to
resources/cli/strings.yaml (:func:`english_text`), which the kind ``cli`` reads."""
from __future__ import annotations

import copy
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from ..catalog.kinds import KINDS, render_english
from ..catalog.translations import Catalogue, read_catalogue
from ..domain.placeholders import fill
from ..paths import resources_dir

ROOT = "capacity-app"  # the key of the top-level command

# click's own words in a help page (its gettext messages), by key: English inline, as click writes them
CLICK_WORDS: dict[str, str] = {
    "click.usage": "Usage:",
    "click.options": "Options",
    "click.commands": "Commands",
    "click.arguments": "Positional arguments",
    "click.help": "Show this message and exit.",
    "click.version": "Show the version and exit.",
    "click.required": "required",
    "click.default": "default: {default}",
    "click.env_var": "env var: {var}",
    # a usage error (click's gettext messages, each placeholder bare: a value click quotes with
    # repr() comes in quoted, the same in every language)
    "click.try_help": "Try '{command} {option}' for help.",
    "click.error": "Error: {message}",
    "click.did_you_mean": "{message} Did you mean {possibility}?",
    "click.did_you_mean_one_of": "{message} (Did you mean one of: {possibilities}?)",
    "click.choose_from": "{message} Choose from:{choices}",   # {choices}: each on its line, indented
    "click.invalid_value_for": "Invalid value for {param}: {message}",
    "click.invalid_value": "Invalid value: {message}",
    "click.no_such_option": "No such option {name}.",
    "click.no_such_command": "No such command {name}.",
    "click.missing_argument": "Missing argument {param}.",
    "click.missing_option": "Missing option {param}.",
    "click.missing_parameter": "Missing parameter {param}.",
    "click.missing_command": "Missing command.",
    "click.extra_argument": "Got unexpected extra argument ({args})",
    "click.extra_arguments": "Got unexpected extra arguments ({args})",
    "click.requires_argument": "Option {name} requires an argument.",
    "click.requires_arguments": "Option {name} requires {nargs} arguments.",
    "click.takes_no_value": "Option {name} does not take a value.",
    "click.not_one_of": "{value} is not one of {choices}.",
    "click.not_choice": "{value} is not {choice}.",
    "click.not_integer": "{value} is not a valid integer.",
    "click.file_is_directory": "File {filename} is a directory.",
    "click.directory_is_file": "Directory {filename} is a file.",
    "click.not_writable": "File {filename} is not writable.",
}
_HEADINGS = {CLICK_WORDS[k]: k for k in ("click.options", "click.commands", "click.arguments")}
_OWN_HELP = {CLICK_WORDS[k]: k for k in ("click.help", "click.version")}


def catalogue_path(lang: str) -> Path:
    return resources_dir() / "cli" / f"strings.{lang}.yaml"


def english_text(root: click.Command) -> str:
    """resources/cli/strings.yaml: the English of every help text of ``root``'s tree (``cli.main``)
    and of click's words, what the catalogues of the kind ``cli`` translate."""
    return render_english(f"The English of {KINDS['cli'].what}.\nWritten by tools/catalogues.py update from "
                          "the commands: do not edit it; change the docstring or the help= text instead.\n"
                          "Every other language: resources/cli/strings.<lang>.yaml.", help_sources(root))


def _text(help_text: str | None) -> str:
    """A help text as click prints it: its lines dedented, cut at a form feed."""
    return inspect.cleandoc(help_text or "").partition("\f")[0]


def _param_key(param: click.Parameter) -> str:
    if isinstance(param, click.Option):
        return next((o for o in param.opts if o.startswith("--")), param.opts[0])
    return (param.name or "").upper()


def _child(key: str, name: str) -> str:
    return name if key == ROOT else f"{key}.{name}"


def _tree(root: click.Command) -> Iterator[tuple[str, click.Command]]:
    """Every command of ``root``'s tree (each group's commands registered) with its key, in the
    order the groups list them."""

    def walk(cmd: click.Command, key: str, ctx: click.Context) -> Iterator[tuple[str, click.Command]]:
        yield key, cmd
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(ctx):
                sub = cmd.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    yield from walk(sub, _child(key, name), click.Context(sub, info_name=name, parent=ctx))

    yield from walk(root, ROOT, click.Context(root, info_name=ROOT))


def help_sources(root: click.Command) -> dict[str, str]:
    """Key -> English of every help text of ``root``'s tree, then click's words."""
    out: dict[str, str] = {}
    for key, cmd in _tree(root):
        if _text(cmd.help):
            out[key] = _text(cmd.help)
        for param in cmd.params:
            help_text = getattr(param, "help", None)
            if help_text and help_text not in _OWN_HELP and not getattr(param, "hidden", False):
                out[f"{key}.{_param_key(param)}"] = help_text
    return {**out, **CLICK_WORDS}


_READ: dict[str, Catalogue] = {}


def catalogue(lang: str) -> Catalogue:
    """The help's catalogue of ``lang`` (empty when it has none: English shows)."""
    if lang not in _READ:
        _READ[lang] = read_catalogue(catalogue_path(lang), lang, [])
    return _READ[lang]


class _Words(click.HelpFormatter):
    """click's formatter, writing click's words in the catalogue's language."""

    def __init__(self, said: dict[str, str], width: int | None, max_width: int | None) -> None:
        super().__init__(width=width, max_width=max_width)
        self.said = said

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, f"{self.said['click.usage']} " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(self.said[_HEADINGS[heading]] if heading in _HEADINGS else heading)

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(first, self._help(second)) for first, second in rows], col_max, col_spacing)

    def _help(self, text: str) -> str:
        """An option's help with click's words in it translated: its own help of ``--help`` and
        ``--version``, and the bracket of extras it adds (``[default: 3; required]``)."""
        if text in _OWN_HELP:
            return self.said[_OWN_HELP[text]]
        head, sep, tail = text.rpartition("[")
        if not tail.endswith("]") or (head and not head.endswith("  ")):
            return text
        items = []
        for item in tail[:-1].split("; "):
            if item == CLICK_WORDS["click.required"]:
                item = self.said["click.required"]
            for k in ("click.default", "click.env_var"):
                name = CLICK_WORDS[k].split("{")[0]
                if item.startswith(name):
                    item = self.said[k].replace(CLICK_WORDS[k][len(name):], item[len(name):])
            items.append(item)
        return f"{head}{sep}{'; '.join(items)}]"


def _in(cat: Catalogue, key: str, english: str | None) -> str | None:
    got = cat.translation(key)
    return got if isinstance(got, str) and english else english


def _translated(cmd: click.Command, key: str, cat: Catalogue) -> click.Command:
    """A copy of ``cmd`` with its description and its options' help in ``cat``'s language."""
    out = copy.copy(cmd)
    out.help = _in(cat, key, _text(cmd.help))
    params = []
    for param in cmd.params:
        p = copy.copy(param)
        if getattr(param, "help", None):
            p.help = _in(cat, f"{key}.{_param_key(param)}", param.help)
        params.append(p)
    out.params = params
    return out


def _key(ctx: click.Context) -> str:
    names = []
    while ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return ".".join(reversed(names)) or ROOT


def help_in(ctx: click.Context, lang: str) -> str:
    """The help of ``ctx``'s command in ``lang`` (English where its catalogue lacks a text)."""
    cat = catalogue(lang)
    cmd, key = ctx.command, _key(ctx)
    shown = _translated(cmd, key, cat)
    if isinstance(cmd, click.Group) and isinstance(shown, click.Group):
        subs = {name: cmd.get_command(ctx, name) for name in cmd.list_commands(ctx)}
        shown.commands = {name: _translated(sub, _child(key, name), cat) for name, sub in subs.items() if sub}
    said = {k: _in(cat, k, english) or english for k, english in CLICK_WORDS.items()}
    formatter = _Words(said, ctx.terminal_width, ctx.max_content_width)
    shown.format_help(ctx, formatter)
    return formatter.getvalue().rstrip("\n")


# --- usage errors ---------------------------------------------------------------------------------

# the templates a message of click is matched against: those that hold another message first, then
# the longest (so that "is not one of" is tried before "is not")
_HOLDING = ("click.did_you_mean", "click.did_you_mean_one_of", "click.choose_from", "click.invalid_value_for",
            "click.invalid_value")
_LEAVES = ("click.no_such_option", "click.no_such_command", "click.missing_argument", "click.missing_option",
           "click.missing_parameter", "click.missing_command", "click.extra_argument", "click.extra_arguments",
           "click.requires_argument", "click.requires_arguments", "click.takes_no_value", "click.not_one_of",
           "click.not_choice", "click.not_integer", "click.file_is_directory", "click.directory_is_file",
           "click.not_writable")
_MESSAGES: tuple[str, ...] = _HOLDING + tuple(sorted(_LEAVES, key=lambda k: -len(re.sub(r"\{\w+\}", "", CLICK_WORDS[k]))))
_INNER = ("message",)  # a field that is itself a message of click (or of the application), said too


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)),
                      re.DOTALL)


_PATTERNS = {k: _pattern(CLICK_WORDS[k]) for k in _MESSAGES}


def said_message(english: str, lang: str) -> str:
    """A message of click in ``lang``: matched against click's templates (the names and values it
    quotes carried over as they are); a message of the application in it (``--operator``'s
    refusal) said by ``cli.said``; else as it is."""
    cat = catalogue(lang)
    for key in _MESSAGES:
        m = _PATTERNS[key].fullmatch(english)
        if m:
            fields = {name: said_message(v, lang) if name in _INNER else v for name, v in m.groupdict().items()}
            return fill(_in(cat, key, CLICK_WORDS[key]) or CLICK_WORDS[key], **fields)
    from .said import translated

    return translated(english, lang)


class UsageSaid(click.UsageError):
    """A usage error of click (``english``) shown in ``lang``: the same lines, exit code and
    context, in the catalogue's words."""

    def __init__(self, english: click.UsageError, lang: str) -> None:
        super().__init__(english.message, english.ctx)
        self.english, self.lang = english, lang

    def format_message(self) -> str:
        return said_message(self.english.format_message(), self.lang)

    def show(self, file: IO[Any] | None = None) -> None:
        """What ``click.UsageError.show`` writes, in the language."""
        cat, ctx = catalogue(self.lang), self.ctx
        said = {k: _in(cat, k, english) or english for k, english in CLICK_WORDS.items()}
        color = None
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                option = max(ctx.command.get_help_option_names(ctx), key=len)
                hint = fill(said["click.try_help"], command=ctx.command_path, option=option) + "\n"
            formatter = _Words(said, ctx.terminal_width, ctx.max_content_width)
            ctx.command.format_usage(ctx, formatter)
            color = ctx.color
            click.echo(f"{formatter.getvalue().rstrip(chr(10))}\n{hint}", file=file, err=True, color=color)
        message = self.format_message()
        click.echo(fill(said["click.error"], message=message), file=file, err=True,
                   color=color)
