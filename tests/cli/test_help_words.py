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


def test_a_cut_line_ends_on_a_whole_word_so_an_option_is_never_cut():
    """A refusal made long by a long path kept its end, "...-accept-signatures": the end of a cut
    line now starts at a word, and the count says what was left out."""
    from capacity_app.cli.text import LINE_MAX, cut

    message = ("/tmp/" + "x" * 900 + ".xlsx: the signatures it carries cannot be checked; take them only if you "
               "accept them (import --accept-signatures)")
    shown = cut(message)
    end = shown.rsplit("...", 1)[1]
    assert end.startswith(("--", "(", "accept", "them", "only", "if", "you")) or end.split()[0].isalpha()
    assert shown.endswith("(import --accept-signatures)") and "...-accept" not in shown
    left = int(shown.split("... (")[1].split(" ")[0])
    assert len(shown) - len(f"... ({left} characters left out) ...") + left == len(message) <= LINE_MAX * 3
