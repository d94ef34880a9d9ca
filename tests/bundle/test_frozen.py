"""The small pieces the standalone bundle relies on, checked without building it: where a frozen
application finds its data, fontconfig's set-up, and the one-line answer when there is no display."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from capacity_app import launch, paths

REPO = Path(__file__).resolve().parents[2]


def test_frozen_application_reads_its_data_from_the_bundle(tmp_path, monkeypatch):
    for name in ("assessments", "resources"):
        (tmp_path / "capacity_app" / "_data" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.frozen_root() == tmp_path
    assert paths.assessments_dir() == tmp_path / "capacity_app" / "_data" / "assessments"
    assert paths.resources_dir() == tmp_path / "capacity_app" / "_data" / "resources"


def test_frozen_application_never_falls_back_to_a_checkout(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(FileNotFoundError):
        paths.assessments_dir()


def test_source_checkout_still_uses_its_folders():
    assert getattr(sys, "frozen", False) is False
    assert paths.frozen_root() is None
    assert paths.assessments_dir() == REPO / "assessments"
    assert paths.resources_dir() == REPO / "resources"


def test_frozen_setup_points_fontconfig_at_the_bundled_configuration(tmp_path, monkeypatch):
    (tmp_path / "fonts.conf").write_text("<fontconfig/>")
    # _frozen_setup writes os.environ itself: give it a copy, so that the empty configuration
    # never leaks into later tests (fontconfig without fonts makes Pango crash in a PDF render).
    monkeypatch.setattr(os, "environ", dict(os.environ))
    os.environ.pop("FONTCONFIG_FILE", None)
    launch._frozen_setup()  # not frozen: nothing changes
    assert "FONTCONFIG_FILE" not in os.environ
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    launch._frozen_setup()
    assert os.environ["FONTCONFIG_FILE"] == str(tmp_path / "fonts.conf")
    monkeypatch.setenv("FONTCONFIG_FILE", "/elsewhere/fonts.conf")
    launch._frozen_setup()  # the user's own choice wins
    assert os.environ["FONTCONFIG_FILE"] == "/elsewhere/fonts.conf"


@pytest.mark.parametrize("before, after", [
    ({"LD_LIBRARY_PATH": "/bundle/_internal"}, None),
    ({"LD_LIBRARY_PATH": "/bundle/_internal:/opt/lib", "LD_LIBRARY_PATH_ORIG": "/opt/lib"}, "/opt/lib"),
])
def test_frozen_setup_gives_opened_programs_the_original_library_path(before, after, tmp_path, monkeypatch):
    monkeypatch.setattr(os, "environ", dict(os.environ))  # _frozen_setup writes it directly
    os.environ.pop("LD_LIBRARY_PATH", None)
    os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    os.environ.update(before)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    launch._frozen_setup()
    assert os.environ.get("LD_LIBRARY_PATH") == after
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ


@pytest.mark.parametrize("environ, platform, says_so", [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ""}, "freebsd14", True),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_no_display_message(environ, platform, says_so):
    message = launch.no_display_message(environ, platform)
    assert (message is not None) == says_so
    if says_so:
        assert "\n" not in message and message.startswith("capacity-app: no display found")


def test_gui_without_a_display_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["CAPACITY_APP_DATA"] = str(tmp_path)
    r = subprocess.run([sys.executable, "-m", "capacity_app", "gui"], env=env, capture_output=True,
                       text=True, timeout=60, check=False)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [launch.no_display_message({}, "linux")]
    assert not list(tmp_path.iterdir())  # nothing was opened or created


def test_packaging_files_name_what_exists():
    spec = (REPO / "packaging" / "capacity_app.spec").read_text()
    assert "capacity_app_entry.py" in spec and (REPO / "packaging" / "capacity_app_entry.py").is_file()
    desktop = (REPO / "packaging" / "capacity-app.desktop").read_text().splitlines()
    assert "Exec=capacity-app gui" in desktop and "Icon=capacity-app" in desktop
    build = (REPO / "packaging" / "build.sh").read_text()
    for name in ("resources/icons/png/app-256.png", "resources/icons/app.svg",
                 "packaging/install-desktop-entry.sh", "packaging/README-bundle.txt"):
        assert name in build and (REPO / name).is_file(), name
