"""PySide6's check of each module imported after it, answered by capacity_app/gui/__init__.py
without ``inspect.getsource``: still installed by the PySide6 versions pyproject.toml allows, and
giving PySide's own answer wherever it reads a file."""
from __future__ import annotations

import sys
import types

import pytest

import capacity_app.gui as gui


def _check():
    feature = sys.modules.get("shibokensupport.feature")
    return getattr(feature, "_mod_uses_pyside", None)


def test_the_quick_check_is_installed_in_this_pyside():
    assert gui._quicken_pyside_import_check() is True
    check = _check()
    assert check is not None and check.__name__ == "uses_pyside_quick"


def test_the_quick_check_gives_pysides_answer_for_the_window_s_modules():
    import capacity_app.gui.home
    import capacity_app.gui.window.main_window  # noqa: F401

    check = _check()
    modules = [m for name, m in sorted(sys.modules.items())
               if name.startswith("capacity_app.gui") and getattr(m, "__file__", "").endswith(".py")]
    assert len(modules) > 5
    assert [(m.__name__, check(m)) for m in modules] == [(m.__name__, bool(check.original(m))) for m in modules]
    assert check(sys.modules["capacity_app.gui.home"]) is True


def test_modules_that_never_import_pyside6_are_answered_without_reading_them(tmp_path, monkeypatch):
    import json

    import capacity_app.domain.texts as texts

    check = _check()
    assert check(texts) is False and check(json) is False
    assert bool(check.original(json)) is False  # PySide's own answer for the standard library
    # a module of neither kind is read: its file decides
    for name, source, expected in (("third_party_qt", "from PySide6 import QtCore\n", True),
                                   ("third_party_plain", "import json\n", False)):
        path = tmp_path / f"{name}.py"
        path.write_text(source, encoding="utf-8")
        module = types.ModuleType(name)
        module.__file__ = str(path)
        assert check(module) is expected


@pytest.mark.parametrize("name", ["capacity_app.gui", "capacity_app.guide_like"])
def test_only_the_gui_package_is_read_among_the_applications_modules(name, tmp_path):
    check = _check()
    path = tmp_path / "m.py"
    path.write_text("# PySide6\n", encoding="utf-8")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    # capacity_app.gui and below are read; "capacity_app.guide_like" is not the gui package
    assert check(module) is (name == "capacity_app.gui")
