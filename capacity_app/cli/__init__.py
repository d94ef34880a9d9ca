"""The ``capacity-app`` command line. Commands live in the modules of this package; each module
has a ``register(group)`` function, called below for every one of them. Heavy libraries (PySide6,
WeasyPrint, openpyxl, matplotlib) load inside the commands or the layers below, never here.

Every error is one readable line on stderr and a non-zero exit (2 for refused input, 1 for other
failures); an unexpected fault writes its traceback to ``errors.log`` in the user data folder.
"""
from __future__ import annotations

import sys
import traceback
from pathlib import Path

import click

from .. import __version__
from ..catalog.loader import QuestionnaireError
from ..paths import user_data_dir
from ..services.assessments import ServiceError, open_store, questionnaire_for
from ..storage.db import StorageError
from . import actionplan, backups, core, documents, exchange, institutions, progress, progress_replies, report, results, score, team, translations
from .said import translated
from .text import cut, shown


class Context:
    def __init__(self, db: str | None, operator: str | None = None):
        self.db_path = db
        self.operator = operator  # who writes (--operator, CAPACITY_OPERATOR); None: the preferences' name

    def store(self, readonly: bool = False, readonly_if_locked: bool = False):
        """The database; ``readonly`` for commands that only read (they work while the window
        holds the writer's lock), ``readonly_if_locked`` for those that store what they derive.
        Every write is credited to ``--operator`` when given (issue 49), else to the name the
        preferences hold."""
        store = open_store(self.db_path, readonly=readonly, readonly_if_locked=readonly_if_locked,
                           operator=self.operator)
        if store.damaged:  # read as it is, and said so (issue 47)
            click.echo(f"capacity-app: warning: {cut(shown(store.damaged)).replace('nothing was written: ', '')}; "
                       "opened read-only", err=True)
        elif not store.readonly:
            carry_forward(store)
        return store


def carry_forward(store) -> None:
    """Assessments of an earlier questionnaire version carried to the bundled one, once, and said
    (issue 59: the answers it no longer asks archived, never dropped by the next export)."""
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
    problem = ("is blank" if not name else text_problem(name, "operator", 200))
    if problem:
        raise click.BadParameter(problem)
    return name


class FriendlyGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except BrokenPipeError:
            # output piped into a program that stopped reading (e.g. `| head`): not an error
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("capacity-app: interrupted", err=True)
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
        click.echo("capacity-app: the text given is not valid UTF-8 (check the terminal's "
                   "encoding); nothing was written", err=True)
        return 2
    name = getattr(type(exc), "user_error", False)
    if name:
        click.echo(translated(f"capacity-app: {cut(shown(exc))}"), err=True)
        return 2
    log = _write_log(exc)
    where = f" (details in {log})" if log else ""
    click.echo(f"capacity-app: unexpected error: {type(exc).__name__}: {cut(shown(exc))}{where}", err=True)
    return 1


def _write_log(exc: BaseException) -> Path | None:
    try:
        log = user_data_dir() / "errors.log"
        with open(log, "a", encoding="utf-8") as fh:
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
        ctx.invoke(main.commands["gui"])


for _commands in (core, backups, exchange, report, score, actionplan, results, progress, progress_replies, team, documents, institutions,
                  translations):
    _commands.register(main)
