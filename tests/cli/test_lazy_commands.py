"""The command line registers a module's commands when one of them is asked for (cli.COMMANDS):
the table names every command the modules register, each with the modules that make it, and every
command is reached by its name alone, in a fresh group, as a command line reaches it."""
from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys

import click
from click.testing import CliRunner

import capacity_app.cli as cli


def _registered_by_all() -> dict[str, click.Command]:
    group = click.Group("all")
    for name in dict.fromkeys(m for mods in cli.COMMANDS.values() for m in mods):
        importlib.import_module(f"capacity_app.cli.{name}").register(group)
    return group.commands


def test_the_table_names_every_command_and_module():
    commands = _registered_by_all()
    assert sorted(commands) == sorted(cli.COMMANDS)
    with_register = {m.name for m in pkgutil.iter_modules(cli.__path__)
                     if hasattr(importlib.import_module(f"capacity_app.cli.{m.name}"), "register")}
    assert with_register == {m for mods in cli.COMMANDS.values() for m in mods}


def test_each_command_is_found_by_its_name_alone():
    every = _registered_by_all()
    for name in cli.COMMANDS:
        group = cli.FriendlyGroup(name="capacity-app")  # nothing registered yet
        found = group.get_command(click.Context(group), name)
        assert found is every[name], name


def test_a_new_process_reaches_the_verbs_of_every_module_of_a_group(tmp_path):
    """``actions`` gathers the verbs of four modules: a command line that names one of them, in a
    process that has imported none, finds it (and ``next-round``, made by the third)."""
    env = dict(os.environ, CAPACITY_APP_DATA=str(tmp_path))
    for args in (["actions", "progress", "send", "--help"], ["actions", "objective", "--help"],
                 ["next-round", "--help"], ["actions", "--help"]):
        r = subprocess.run([sys.executable, "-m", "capacity_app", *args], env=env, capture_output=True,
                           text=True, timeout=120)
        assert r.returncode == 0 and "Usage:" in r.stdout, (args, r.stderr[-400:])


def test_help_lists_every_command():
    r = CliRunner().invoke(cli.main, ["--help"])
    assert r.exit_code == 0
    for name in cli.COMMANDS:
        assert f"  {name} " in r.output or f"  {name}\n" in r.output, name
    assert cli.main.get_command(click.Context(cli.main), "no-such-command") is None
