"""``capacity-app backups``: the database's backups listed, and one removed by its file name.

Daily and pre-import backups rotate (the twelve newest stay); the backup taken before each schema
migration is kept apart from the rotation, the last copy the version before the upgrade can open,
until it is removed here (docs/reliability.md "Version doors")."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..paths import default_db_path
from ..domain.editorial import number
from ..storage.db import BACKUP_KEEP, all_backups, owner_check, remove_backup
from .core import described
from .said import language, say


def _path(obj) -> Path:
    path = Path(obj.db_path) if obj.db_path else default_db_path()
    if path.exists():
        owner_check(path)  # another program's file: its folder's backups are not ours to list
    return path


@click.group("backups", invoke_without_command=True)
@click.option("--backup-dir", type=click.Path(file_okay=False), default=None,
              help="Where the backups are (default: the backup-folder preference and the backups "
                   "folder next to the database).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def backups_group(ctx: click.Context, backup_dir: str | None, as_json: bool) -> None:
    """List the database's backups, newest first; the pre-migration ones are kept until removed
    with 'backups remove FILE_NAME'."""
    ctx.meta["backup_dir"] = Path(backup_dir) if backup_dir else None
    if ctx.invoked_subcommand is not None:
        return
    path = _path(ctx.obj)
    backups = all_backups(path, ctx.meta["backup_dir"])
    if as_json:
        click.echo(json.dumps([{
            "name": b.path.name, "path": str(b.path), "reason": b.reason, "kept": b.kept, "schema": b.schema,
            "created": b.created.isoformat(timespec="seconds"), "sequence": b.sequence, "size": b.size,
        } for b in backups], indent=2, ensure_ascii=False))
        return
    if not backups:
        click.echo(say("shown.backups.none", path=path))
        return
    click.echo(say("shown.backups.head_one" if len(backups) == 1 else "shown.backups.head", path=path, n=len(backups),
                   keep=BACKUP_KEEP))
    for b in backups:
        mark = say("shown.backups.kept") + " " if b.kept else "     "
        click.echo(f"  {mark}" + say("shown.backups.row", which=described(b), name=b.path.name,
                                     size=number(b.size, language()), folder=b.path.parent))


@backups_group.command("remove")
@click.argument("name")
@click.pass_context
def remove_cmd(ctx: click.Context, name: str) -> None:
    """Remove the backup named NAME (its file name, as 'backups' lists it)."""
    path = _path(ctx.obj)
    removed = remove_backup(path, name, ctx.parent.meta.get("backup_dir") if ctx.parent else None)
    click.echo(say("shown.backups.removed", which=described(removed), path=removed.path))


def register(group: click.Group) -> None:
    group.add_command(backups_group)
