"""``capacity-app backups``: the database's backups listed, and one removed by its file name.

Daily and pre-import backups rotate (the twelve newest stay); the backup taken before each schema
migration is kept apart from the rotation, the last copy the version before the upgrade can open,
until it is removed here (docs/reliability.md "Version doors")."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..paths import default_db_path
from ..storage.db import BACKUP_KEEP, all_backups, owner_check, remove_backup


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
        click.echo(f"{path}: no backups yet")
        return
    click.echo(f"{path}: {len(backups)} backups, newest first (the {BACKUP_KEEP} newest daily and "
               "pre-import ones are kept; pre-migration ones until removed)")
    for b in backups:
        mark = "kept " if b.kept else "     "
        click.echo(f"  {mark}{b.describe()}: {b.path.name} ({b.size:,} bytes) in {b.path.parent}")


@backups_group.command("remove")
@click.argument("name")
@click.pass_context
def remove_cmd(ctx: click.Context, name: str) -> None:
    """Remove the backup named NAME (its file name, as 'backups' lists it)."""
    path = _path(ctx.obj)
    removed = remove_backup(path, name, ctx.parent.meta.get("backup_dir") if ctx.parent else None)
    click.echo(f"removed {removed.describe()}: {removed.path}")


def register(group: click.Group) -> None:
    group.add_command(backups_group)
