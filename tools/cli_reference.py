"""Write docs/cli-reference.md, the command line's reference, from the commands' own help: every
command and sub-command of ``capacity-app``, one heading each, with its usage, description and
options as ``--help`` prints them (click's own help formatting, at a fixed width of 100 columns, so
that the page does not depend on the terminal that writes it). tests/cli/test_cli_reference.py
holds the page to what this tool writes today: a new command or option fails it until the page is
written again.

    .venv/bin/python tools/cli_reference.py          # rewrite docs/cli-reference.md
    .venv/bin/python tools/cli_reference.py --check  # exit 1 when the page is out of date
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import click  # noqa: E402

PAGE = ROOT / "docs" / "cli-reference.md"
WIDTH = 100
PROG = "capacity-app"

HEAD = """# Command-line reference

<!-- Written by tools/cli_reference.py from the commands' own --help: do not edit by hand. After
changing a command, run .venv/bin/python tools/cli_reference.py (tests/cli/test_cli_reference.py
fails until then). -->

Every command of `capacity-app` and each of its sub-commands, with its usage, description and
options, as `capacity-app COMMAND --help` prints them (at a width of 100 columns). The options
`--db` and `--operator` of `capacity-app` itself go before the command:
`capacity-app --db FILE actions ID`. How the commands make a mission's work, and what an answer key
is, are in the [user guide](user-guide.md#command-line).
"""


def commands() -> Iterator[tuple[click.Context, click.Command]]:
    """Every command with the context ``--help`` would print it in: ``capacity-app`` first, then
    each command and its sub-commands in the order its group lists them (by name)."""
    from capacity_app.cli import main

    def walk(cmd: click.Command, name: str, parent: click.Context | None) -> Iterator[tuple[click.Context, click.Command]]:
        ctx = cmd.make_context(name, [], parent=parent, resilient_parsing=True, terminal_width=WIDTH,
                               max_content_width=WIDTH)
        yield ctx, cmd
        if isinstance(cmd, click.Group):
            for sub_name in cmd.list_commands(ctx):
                sub = cmd.get_command(ctx, sub_name)
                if sub is not None and not sub.hidden:
                    yield from walk(sub, sub_name, ctx)

    yield from walk(main, PROG, None)


def anchor(title: str) -> str:
    """The anchor GitHub gives a heading ``title`` (lower case, spaces as hyphens, no punctuation)."""
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


def render() -> str:
    """The whole page."""
    found = list(commands())
    out = [HEAD, "## Commands\n"]
    for ctx, cmd in found:
        depth = len(ctx.command_path.split()) - 1
        short = cmd.get_short_help_str(limit=90)
        indent = "  " * max(depth - 1, 0)
        out.append(f"{indent}- [`{ctx.command_path}`](#{anchor(ctx.command_path)})" + (f": {short}" if short else ""))
    out.append("")
    for ctx, cmd in found:
        depth = len(ctx.command_path.split()) - 1
        help_text = "\n".join(line.rstrip() for line in cmd.get_help(ctx).splitlines())
        out += [f"{'#' * min(2 + max(depth - 1, 0), 4)} {ctx.command_path}\n", "```text", help_text, "```", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    page = render()
    if "--check" in argv:
        if not PAGE.exists() or PAGE.read_text(encoding="utf-8") != page:
            print("docs/cli-reference.md is out of date: run .venv/bin/python tools/cli_reference.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
