"""The ``capacity-app`` command line. Commands live in the modules of this package; each module
has a ``register(group)`` function, called for a module when one of its commands is asked for
(:data:`COMMANDS`): a command line imports its command's module and what that imports, not the
other commands' (``list`` loads no report model, no action plan, no workbook reader); ``--help``
registers them all. Heavy libraries (PySide6, WeasyPrint, openpyxl, matplotlib) load inside the
commands or the layers below, never here.

Every error is one readable line on stderr and a non-zero exit (2 for refused input, 1 for other
failures); an unexpected fault writes its traceback to ``errors.log`` in the user data folder.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from .. import __version__
from ..catalog.errors import QuestionnaireError
from ..paths import user_data_dir
from ..services.assessments import ServiceError, open_store, questionnaire_for
from ..storage.db import QUICK, READ, StorageError
from .said import language, say, translated
from .text import cut, shown

# Each top-level command, and the modules (of this package) that register it, in order: ``actions``
# gathers the verbs of five modules, each registering under what the one before made.
# tests/cli/test_lazy_commands.py holds this table to what the modules register.
_ACTIONS = ("actionplan", "results", "progress", "progress_replies", "progress_report")
COMMANDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("questionnaire", "new", "edit", "list", "answers", "set", "status", "evidence", "check", "gui",
                     "demo"), ("core",)),
    "backups": ("backups",),
    **dict.fromkeys(("export", "aggregate"), ("exchange",)), "import": ("exchange_import",),
    "report": ("report",),
    **dict.fromkeys(("score", "weights"), ("score",)),
    "actions": _ACTIONS, "next-round": _ACTIONS,
    **dict.fromkeys(("review", "reviews", "signoff", "review-signoff", "reopen"), ("team",)),
    **dict.fromkeys(("attach", "documents", "detach"), ("documents",)),
    **dict.fromkeys(("institutions", "proposals"), ("institutions",)),
    "translations": ("translations",),
}


class Context:
    def __init__(self, db: str | None, operator: str | None = None):
        self.db_path = db
        self.operator = operator  # who writes (--operator, CAPACITY_OPERATOR); None: the preferences' name

    def store(self, readonly: bool = False, readonly_if_locked: bool = False):
        """The database; ``readonly`` for commands that only read (they work while the window
        holds the writer's lock), ``readonly_if_locked`` for those that store what they derive.
        Every write is credited to ``--operator`` when given, else to the name the
        preferences hold. A command that only reads checks the file as far as what it reads
        (``storage.db.READ``: on a large file the tables every command reads, not every page); one
        that would write more than what it derives (the carry to a newer questionnaire, below) is
        opened again with the writers' check first."""
        reading = readonly or readonly_if_locked
        store = self._open(readonly, readonly_if_locked, READ if reading else QUICK)
        pending = not store.readonly and not store.damaged and _carry_pending(store)
        if pending and reading:  # rare: after an upgrade of the questionnaire or the rules
            store.close()
            store = self._open(readonly, readonly_if_locked, QUICK)  # the writers' check first
        if store.damaged:  # read as it is, and said so
            damage = translated(cut(shown(store.damaged)).replace("nothing was written: ", ""))
            click.echo("capacity-app: " + say("shown.main.damaged", damage=damage), err=True)
        elif pending and not store.readonly:
            carry_forward(store)
        return store

    def _open(self, readonly: bool, readonly_if_locked: bool, integrity: str):
        return open_store(self.db_path, readonly=readonly, readonly_if_locked=readonly_if_locked,
                          operator=self.operator, integrity=integrity)


def _carry_pending(store) -> bool:
    """Whether :func:`carry_forward` would write anything (without loading the questionnaire when
    its file names its version plainly)."""
    from ..catalog.digest import bundled_identity
    from ..services.versions import carry_pending

    try:
        identity = bundled_identity()
        if identity is None:
            q = questionnaire_for()
            identity = (q.id, q.version)
        return carry_pending(store, *identity)
    except BaseException:
        store.close()
        raise


def carry_forward(store) -> None:
    """Assessments of an earlier questionnaire version carried to the bundled one, once, and said
    (the answers it no longer asks archived, never dropped by the next export); called
    when :func:`_carry_pending` says there is something to carry (the questionnaire loads then)."""
    from ..services.versions import carry_to_current

    try:
        carried = carry_to_current(store, questionnaire_for())
    except BaseException:
        store.close()
        raise
    for c in carried:
        click.echo(translated(f"capacity-app: {cut(shown(c.describe()))}"), err=True)


def _operator(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--operator``: one line of at most 200 characters, not blank (refused on one line)."""
    from ..domain.celltext import text_problem

    if value is None:
        return None
    name = " ".join(value.split())
    problem = (say("cli.operator.blank") if not name else text_problem(name, "operator", 200))
    if problem:
        raise click.BadParameter(translated(problem))
    return name


class HelpContext(click.Context):
    """The context of every command of the tree: its ``--help`` in the command line's language
    (``cli/helptext.py``, loaded only then); in English, click's own help."""

    def get_help(self) -> str:
        lang = language()
        if lang == "en":
            return super().get_help()
        from .helptext import help_in

        return help_in(self, lang)


def _help_in_language(cmd: click.Command) -> None:
    """Every command of ``cmd``'s tree made with a :class:`HelpContext`."""
    cmd.context_class = HelpContext
    for sub in getattr(cmd, "commands", {}).values():
        _help_in_language(sub)


def _in_language(exc: click.UsageError) -> click.UsageError:
    """A usage error of click said in the command line's language when it is not English
    (``cli/helptext.py``: the same lines in the catalogue's words); in English, or one that shows
    something else than a usage error (``no_args_is_help``: the help), ``exc`` itself."""
    lang = language()
    if lang == "en" or type(exc).show is not click.UsageError.show:
        return exc
    from .helptext import UsageSaid

    return UsageSaid(exc, lang)


class FriendlyGroup(click.Group):
    """The top-level group: its commands registered when asked for (:data:`COMMANDS`), every
    fault turned into one line, and ``--help`` and click's usage errors in the command line's
    language (:class:`HelpContext`, given to each command registered; :func:`_in_language`)."""

    context_class = HelpContext

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._registered: set[str] = set()  # the modules whose commands are registered

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            for name in COMMANDS.get(cmd_name, ()):
                self.register(name)
        return self.commands.get(cmd_name)

    def register(self, name: str) -> None:
        """The commands of the module ``name`` of this package, once."""
        if name not in self._registered:
            importlib.import_module(f"{__name__}.{name}").register(self)
            self._registered.add(name)
            _help_in_language(self)

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:  # the top-level options' (a subcommand's: in invoke)
            said = _in_language(exc)
            if said is exc:
                raise
            raise said from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            said = _in_language(exc)
            if said is exc:
                raise
            raise said from None
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except BrokenPipeError:
            # output piped into a program that stopped reading (e.g. `| head`): not an error
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("capacity-app: " + say("shown.main.interrupted"), err=True)
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 - the one place that turns faults into messages
            sys.exit(report_error(exc))


def report_error(exc: BaseException) -> int:
    """Print ``exc`` as one line; return the exit code."""
    if isinstance(exc, QuestionnaireError):
        for e in exc.errors:
            click.echo(translated(cut(str(e))), err=True)
        return 2
    if isinstance(exc, (ServiceError, StorageError)):
        click.echo(translated(f"capacity-app: {cut(shown(exc))}"), err=True)  # may quote a workbook's text: escaped
        return 2
    if isinstance(exc, UnicodeEncodeError) and exc.reason == "surrogates not allowed":
        # bytes that are not UTF-8 in an argument or a file name (kept by Python as surrogates)
        click.echo("capacity-app: " + say("shown.main.not_utf8"), err=True)
        return 2
    name = getattr(type(exc), "user_error", False)
    if name:
        click.echo(translated(f"capacity-app: {cut(shown(exc))}"), err=True)
        return 2
    log = _write_log(exc)
    where = say("shown.main.details", log=log) if log else ""
    click.echo("capacity-app: " + say("shown.main.unexpected", kind=type(exc).__name__, error=cut(shown(exc)),
                                      details=where), err=True)
    return 1


def _write_log(exc: BaseException) -> Path | None:
    import os
    import traceback  # (with linecache and tokenize, 4 ms): only for a fault

    from ..files import open_own

    try:
        log = user_data_dir() / "errors.log"
        # only the log itself (files.open_own): whatever stands in its place, the fault is said in
        # one line, and nothing else is waited on or written to
        fd = open_own(log, os.O_WRONLY | os.O_APPEND, 0o644)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)))
            fh.write("\n")
        return log
    except Exception:  # noqa: BLE001
        return None


@click.group(cls=FriendlyGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db", type=click.Path(dir_okay=False), envvar="CAPACITY_APP_DB",
              help="Database file (default: capacity.sqlite3 in the user data folder).")
@click.option("--operator", "operator", envvar="CAPACITY_OPERATOR", callback=_operator, metavar="NAME",
              help="Who makes the changes: every answer, review, sign-off and import written by this command is "
                   "credited to NAME (default: the name in the preferences).")
@click.version_option(__version__, prog_name="capacity-app")
@click.pass_context
def main(ctx: click.Context, db: str | None, operator: str | None) -> None:
    """Assess a country's capacity to produce migration statistics (UNSD toolkit).

    Without a command, starts the desktop application."""
    ctx.obj = Context(db, operator)
    if ctx.invoked_subcommand is None:
        gui = main.get_command(ctx, "gui")
        assert gui is not None
        ctx.invoke(gui)
