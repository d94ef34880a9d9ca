"""``--help`` in the command line's language: each command's description and each option's help
stay written in English where they are (the docstrings, the ``help=`` texts); every other
language has them in its catalogue ``resources/cli/strings.<lang>.yaml``, keyed by the command's
path and the option (``actions.add.--owner``; ``capacity-app`` and ``capacity-app.--db`` for the
top-level command), with click's own words (``Usage:``, ``Options:``, ``Commands:``, "Show this
message and exit.", ``[required]``) under ``click.*``. ``tools/catalogues.py update`` writes the
catalogues from the command tree (:func:`help_sources`), ``status`` counts them.

The help is translated when it is formatted (:func:`help_in`, called by the contexts of
``cli.HelpContext``): a copy of the command with its texts in the language is formatted by click,
with a formatter that gives click's words; the commands themselves are never changed. This module
and the catalogue are loaded only when help is asked for."""
from __future__ import annotations

import copy
import inspect
from collections.abc import Iterator
from pathlib import Path

import click

from ..catalog.kinds import Kind
from ..catalog.translations import Catalogue, read_catalogue
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
}
_HEADINGS = {CLICK_WORDS[k]: k for k in ("click.options", "click.commands", "click.arguments")}
_OWN_HELP = {CLICK_WORDS[k]: k for k in ("click.help", "click.version")}


def catalogue_path(lang: str) -> Path:
    return resources_dir() / "cli" / f"strings.{lang}.yaml"


def help_kind(root: click.Command) -> Kind:
    """The catalogues of the command line's help, over the tree of ``root`` (``cli.main``)."""
    return Kind("cli", "the command line's --help: each command's description, each option's help and "
                "click's own words (capacity_app/cli/)", catalogue_path, lambda: help_sources(root),
                lambda key: key.split(".", 1)[0])


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
