"""Users read user words: no command's --help names a development issue or its history (what was
verified when belongs in the changelog and docs/development.md)."""
from __future__ import annotations

import re

import click


def test_no_help_names_an_issue():
    from capacity_app.cli import main

    found = []

    def walk(cmd: click.Command, path: list[str]) -> None:
        text = cmd.get_help(click.Context(cmd, info_name=" ".join(path)))
        found.extend((" ".join(path), m.group(0)) for m in re.finditer(r".{0,40}\bissues? \d+", text))
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])

    walk(main, ["capacity-app"])
    assert found == []
