"""docs/cli-reference.md is written from the commands' own --help by tools/cli_reference.py: the
page is what the tool writes today (a new command or option, or a changed help text, fails here
until the page is written again), it has a heading for every command and sub-command, and each
command's section names every option the command takes."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import cli_reference  # noqa: E402

PAGE = ROOT / "docs" / "cli-reference.md"


def _sections(page: str) -> dict[str, str]:
    """Each command's section of the page, by its command path (the heading's text)."""
    sections: dict[str, str] = {}
    name = None
    for line in page.splitlines():
        if line.startswith("#") and line.lstrip("#").startswith(" capacity-app"):
            name = line.lstrip("#").strip()
            assert name not in sections, f"two headings for {name}"
            sections[name] = ""
        elif name is not None:
            sections[name] += line + "\n"
    return sections


def test_the_page_is_what_the_tool_writes_today():
    assert PAGE.read_text(encoding="utf-8") == cli_reference.render(), (
        "docs/cli-reference.md is out of date: run .venv/bin/python tools/cli_reference.py")


def test_every_command_and_every_option_is_on_the_page():
    from capacity_app.cli import COMMANDS, main

    sections = _sections(PAGE.read_text(encoding="utf-8"))
    seen: list[str] = []

    def walk(cmd: click.Command, path: str, parent: click.Context | None) -> None:
        ctx = click.Context(cmd, info_name=path.split()[-1], parent=parent)
        seen.append(path)
        assert path in sections, f"no heading for {path}"
        assert f"Usage: {path} " in sections[path], path
        for param in cmd.get_params(ctx):
            if isinstance(param, click.Option) and not param.hidden:
                for opt in (*param.opts, *param.secondary_opts):
                    named = re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", sections[path])
                    assert named, f"{path}: {opt} is not in its section"
            elif isinstance(param, click.Argument):
                assert param.make_metavar(ctx) in sections[path], f"{path}: argument {param.name}"
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(ctx):
                sub = cmd.get_command(ctx, name)
                assert sub is not None, f"{path} {name}"
                walk(sub, f"{path} {name}", ctx)

    walk(main, "capacity-app", None)
    assert {p.split()[1] for p in seen if len(p.split()) > 1} == set(COMMANDS)
    assert sorted(sections) == sorted(seen)
    assert "capacity-app actions add" in sections and "--priority-action" in sections["capacity-app actions add"]
    assert "--no-priority-action" in sections["capacity-app actions edit"]


def test_the_user_guide_links_to_the_page_instead_of_a_list_of_its_own():
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    section = guide.split("## Command line", 1)[1]
    assert "(cli-reference.md)" in section
    assert "actions add ID --title" not in guide  # the list written by hand is gone
