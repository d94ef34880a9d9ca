"""capacity_app.places: each platform's folders and path decisions, on the text (every test but the
marked ones runs on Linux too); the marked ones compare with the running system on the native CI
runners (.github/workflows/tests.yml)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from capacity_app import places

WIN_ENV = {"LOCALAPPDATA": "C:\\Users\\Zoë Ngô\\AppData\\Local", "WINDIR": "C:\\Windows"}


def test_windows_fonts_under_windir_and_localappdata_with_a_non_ascii_user():
    home = "C:\\Users\\Zoë Ngô"
    assert places.font_folders("win32", WIN_ENV, home) == [
        "C:\\Windows\\Fonts", "C:\\Users\\Zoë Ngô\\AppData\\Local\\Microsoft\\Windows\\Fonts"]
    # no LOCALAPPDATA (a bare environment): the profile's own AppData\Local, never the roaming one
    assert places.font_folders("win32", {}, "D:\\Профиль")[1] == "D:\\Профиль\\AppData\\Local\\Microsoft\\Windows\\Fonts"


def test_macos_fonts():
    assert places.font_folders("darwin", {}, "/Users/محمد") == [
        "/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts", "/Users/محمد/Library/Fonts"]


def test_linux_fonts_follow_xdg_and_ignore_a_relative_value():
    env = {"XDG_DATA_HOME": "/data/ana", "XDG_DATA_DIRS": "/opt/share:rel"}
    assert places.font_folders("linux", env, "/home/ana") == [
        "/opt/share/fonts", "/data/ana/fonts", "/home/ana/.fonts"]
    assert places.font_folders("linux", {}, "/h")[:2] == ["/usr/local/share/fonts", "/usr/share/fonts"]


def _promised_folders(home: Path) -> tuple[Path, Path]:
    """The data and settings folders docs/packaging.md promises on this system (no override)."""
    if sys.platform == "win32":  # the local profile: a database does not travel with a roaming one
        data = Path(os.environ["LOCALAPPDATA"]) / "UNSD" / "capacity-app"
        return data, data
    if sys.platform == "darwin":
        data = home / "Library" / "Application Support" / "capacity-app"
        return data, home / "Library" / "Application Support" / "capacity-app"
    return home / ".local" / "share" / "capacity-app", home / ".config" / "capacity-app"


def test_the_data_and_settings_folders_are_the_promised_ones_on_this_platform(monkeypatch):
    """capacity_app.paths asks platformdirs; held here to what docs/packaging.md promises. Runs on
    each of the three systems in CI (on Windows platformdirs asks the shell, not the environment)."""
    from capacity_app import paths

    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "CAPACITY_APP_DATA", "CAPACITY_APP_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    data, config = _promised_folders(Path.home())
    assert paths.default_data_dir() == data
    assert paths.config_file() == config / "settings.json"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG base folders are a Linux convention")
def test_linux_data_and_settings_folders_follow_xdg(monkeypatch, tmp_path):
    from capacity_app import paths

    for name in ("CAPACITY_APP_DATA", "CAPACITY_APP_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert paths.default_data_dir() == tmp_path / "data" / "capacity-app"
    assert paths.config_file() == tmp_path / "config" / "capacity-app" / "settings.json"


@pytest.mark.skipif(sys.platform not in ("win32", "darwin"), reason="the system font folder of Windows or macOS")
def test_the_system_font_folder_exists_here():
    folders = places.font_folders(sys.platform, os.environ, str(Path.home()))
    assert Path(folders[0]).is_dir(), folders
    assert any(Path(folders[0]).glob("*.tt[fc]")), f"no font in {folders[0]}"


@pytest.mark.parametrize("path, unc", [
    ("\\\\fileserver\\mission\\capacity.sqlite3", True),
    ("//fileserver/mission/capacity.sqlite3", True),
    ("\\\\?\\UNC\\fileserver\\mission\\db.sqlite3", True),
    ("\\\\?\\C:\\Users\\ana\\db.sqlite3", False),
    ("\\\\.\\PhysicalDrive0", False),
    ("C:\\Users\\Zoë\\db.sqlite3", False),
    ("Z:\\db.sqlite3", False),
    ("relative\\db.sqlite3", False),
])
def test_unc_paths(path, unc):
    assert places.is_unc(path) is unc
    assert places.is_network_path(path, "win32") is unc


def test_a_mapped_network_drive_is_remote_only_when_the_system_says_so():
    assert places.is_network_path("z:\\mission\\db.sqlite3", "win32", remote_drives=frozenset("Z"))
    assert not places.is_network_path("C:\\db.sqlite3", "win32", remote_drives=frozenset("Z"))


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/share nfs4 rw 0 0
//nas/mission /media/mission\\040files cifs rw 0 0
/dev/sdb1 /mnt/share/local ext4 rw 0 0
sshfs#ana@host: /home/ana/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize("path, network", [
    ("/home/ana/db.sqlite3", False),
    ("/mnt/share/db.sqlite3", True),
    ("/mnt/share/local/db.sqlite3", False),  # a local disk mounted inside the share: the longest wins
    ("/mnt/shared/db.sqlite3", False),  # a sibling whose name starts alike is not inside
    ("/media/mission files/db.sqlite3", True),  # \040 in the table is a space
    ("/home/ana/remote/x/db.sqlite3", True),
])
def test_network_mounts(path, network):
    assert places.is_network_path(path, "linux", mounts=MOUNTS) is network


def test_mount_fstype_of_a_path_outside_every_mount_is_empty():
    assert places.mount_fstype("/x", "") == ""
    assert places.mount_fstype("/mnt/share/a", MOUNTS) == "nfs4"


@pytest.mark.parametrize("path, folder, inside", [
    ("C:\\Users\\Zoë\\AppData\\Local\\UNSD\\capacity-app\\backups", "c:/users/ZOË/appdata/local/unsd/capacity-app", True),
    ("C:\\Data\\capacity-app", "C:\\Data\\capacity-app\\", True),
    ("C:\\Data\\capacity-app2", "C:\\Data\\capacity-app", False),
    ("C:\\Data\\capacity-app\\..\\other", "C:\\Data\\capacity-app", False),
    ("D:\\Data\\capacity-app", "C:\\Data\\capacity-app", False),  # another drive
    ("\\\\nas\\mission\\db", "\\\\nas\\mission", True),
    ("\\\\nas\\other\\db", "\\\\nas\\mission", False),  # another share
    ("\\\\nas\\mission\\db", "C:\\", False),
])
def test_is_within_on_windows_paths(path, folder, inside):
    assert places.is_within(path, folder, "win32") is inside


def test_is_within_on_posix_paths_keeps_case():
    assert places.is_within("/home/ana/data/backups", "/home/ana/data", "linux")
    assert not places.is_within("/home/ana/Data/backups", "/home/ana/data", "darwin")
    assert not places.is_within("/home/ana/data-old", "/home/ana/data", "linux")
    with pytest.raises(ValueError):
        places.is_within("data", "/home", "linux")


@pytest.mark.skipif(sys.platform != "win32", reason="Windows drive types")
def test_the_system_drive_is_not_a_network_drive():
    assert os.environ.get("SystemDrive", "C:")[0].upper() not in places.remote_drive_letters()
    assert not places.on_network(os.environ.get("SystemRoot", "C:\\Windows"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux mount table")
def test_the_temporary_folder_is_read_from_the_mount_table(tmp_path):
    with open("/proc/self/mounts", encoding="utf-8") as fh:
        assert places.mount_fstype(str(tmp_path), fh.read()) != ""
    assert places.on_network(str(tmp_path)) is False


def _conf_dirs(name: str) -> list[str]:
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).resolve().parents[1] / "packaging" / name).getroot()
    return [d.text for d in root.iter("dir") if d.get("prefix") != "relative"]


def test_each_bundles_fontconfig_configuration_lists_its_platforms_font_folders():
    """The spec ships fonts-windows.conf or fonts-macos.conf as the bundle's fonts.conf: fontconfig's
    names for Windows' two folders, and folders holding each macOS one (a <dir> is read recursively)."""
    home = "/Users/ana"
    windows = places.font_folders("win32", WIN_ENV, "C:\\Users\\Zoë Ngô")
    names = {"WINDOWSFONTDIR": windows[0], "WINDOWSUSERFONTDIR": windows[1]}
    assert [names[d] for d in _conf_dirs("fonts-windows.conf")] == windows
    mac = [d.replace("~", home, 1) for d in _conf_dirs("fonts-macos.conf")]
    for folder in places.font_folders("darwin", {}, home):
        assert any(places.is_within(folder, d, "darwin") for d in mac), folder
    linux = _conf_dirs("fonts.conf")
    assert {"/usr/share/fonts", "/usr/local/share/fonts"} <= set(linux)
