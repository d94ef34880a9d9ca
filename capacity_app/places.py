"""Where things are on each platform, decided from text alone.

Pure functions of a platform name (``sys.platform``: ``win32``, ``darwin``, ``linux``), an
environment mapping and a home folder: the system's font folders, whether a path is on a network
share, whether one path is inside another. (The application's data and configuration folders are
platformdirs' answer, asked by capacity_app.paths; tests/test_places.py holds it to the folders
docs/packaging.md promises.)
Windows paths are handled with :mod:`ntpath` and the others with :mod:`posixpath` whatever the
machine running the code, so every decision is tested on Linux too (tests/test_places.py); the
tests marked for a platform check the same functions against that platform's own answers
(platformdirs, the folders that exist) on the native CI runners (.github/workflows/tests.yml).

A leaf module: standard library only, importable from every layer (``tests/test_layering.py``)."""
from __future__ import annotations

import ntpath
import posixpath
from collections.abc import Mapping

def _flavour(platform: str):
    return ntpath if platform in ("win32", "cygwin") else posixpath


def _local_appdata(environ: Mapping[str, str], home: str) -> str:
    """%LOCALAPPDATA% (not the roaming profile: a database does not travel with a profile)."""
    value = environ.get("LOCALAPPDATA", "")
    return value if ntpath.isabs(value) else ntpath.join(home, "AppData", "Local")


def _xdg(environ: Mapping[str, str], name: str, home: str, default: str) -> str:
    """An XDG base folder: the variable when it holds an absolute path (the specification ignores
    a relative one), else ``home/default``."""
    value = environ.get(name, "")
    return value if posixpath.isabs(value) else posixpath.join(home, default)


def font_folders(platform: str, environ: Mapping[str, str], home: str) -> list[str]:
    """The system's font folders, most general first (the report's own faces travel with the
    application; these give the window and the report the fonts of the officer's system):

    * Windows: ``%WINDIR%\\Fonts`` and the per-user fonts of Windows 10 1809 and later
      (``%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts``);
    * macOS: the system's, the supplemental (most non-Latin scripts), the machine's and the user's;
    * Linux and other Unix: ``$XDG_DATA_DIRS/*/fonts`` (``/usr/local/share``, ``/usr/share``), then
      the user's ``$XDG_DATA_HOME/fonts`` and the older ``~/.fonts``."""
    if platform == "win32":
        windir = environ.get("WINDIR") or environ.get("SystemRoot") or "C:\\Windows"
        return [ntpath.join(windir, "Fonts"),
                ntpath.join(_local_appdata(environ, home), "Microsoft", "Windows", "Fonts")]
    if platform == "darwin":
        return ["/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts",
                posixpath.join(home, "Library", "Fonts")]
    shared = [d for d in environ.get("XDG_DATA_DIRS", "").split(":") if posixpath.isabs(d)]
    shared = shared or ["/usr/local/share", "/usr/share"]
    return [*(posixpath.join(d, "fonts") for d in shared),
            posixpath.join(_xdg(environ, "XDG_DATA_HOME", home, ".local/share"), "fonts"),
            posixpath.join(home, ".fonts")]


# --- paths: drive letters, UNC shares, case -------------------------------------------------------

_NETWORK_FSTYPES = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
                              "glusterfs", "fuse.sshfs", "fuse.glusterfs", "fuse.s3fs", "davfs", "fuse.davfs2"})


def is_unc(path: str) -> bool:
    """Whether a Windows path names a network share: ``\\\\server\\share\\...`` (either slash), or
    the long form ``\\\\?\\UNC\\server\\share\\...``. A device path (``\\\\.\\``, ``\\\\?\\C:\\``)
    is not one."""
    drive = ntpath.splitdrive(path)[0].replace("/", "\\")
    if drive.startswith(("\\\\?\\", "\\\\.\\")):
        return drive[4:].upper().startswith("UNC\\")
    return drive.startswith("\\\\") and len(drive) > 2


def is_network_path(path: str, platform: str, *, remote_drives: frozenset[str] = frozenset(),
                    mounts: str = "") -> bool:
    """Whether ``path`` is on another machine, where SQLite's locks cannot be trusted (its own
    documentation: not over a network file system). Windows: a UNC path, or a drive letter in
    ``remote_drives`` (the mapped network drives, which only the system knows:
    ``GetDriveTypeW(...) == DRIVE_REMOTE``, see :func:`remote_drive_letters`). Elsewhere: the
    file system of the longest mount point above ``path`` in ``mounts`` (the text of
    /proc/self/mounts) is a network one."""
    if platform == "win32":
        if is_unc(path):
            return True
        drive = ntpath.splitdrive(path)[0]
        return len(drive) == 2 and drive[1] == ":" and drive[0].upper() in remote_drives
    return mount_fstype(path, mounts) in _NETWORK_FSTYPES


def mount_fstype(path: str, mounts: str) -> str:
    """The file-system type of the longest mount point of ``mounts`` (/proc/self/mounts: device,
    mount point with octal escapes, type, ...) holding the absolute ``path``; "" when none does."""
    best, fstype = -1, ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        if is_within(path, point, "linux") and len(point) > best:
            best, fstype = len(point), fields[2]
    return fstype


def _unescape_mount(text: str) -> str:
    r"""The mount table writes space, tab, newline and backslash as \040, \011, \012, \134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def is_within(path: str, folder: str, platform: str) -> bool:
    """Whether ``path`` is ``folder`` or inside it, on the text: ``..`` resolved, Windows paths
    compared without case and with either slash, a path on another drive or share never inside
    (no link is followed: give real paths when links matter). Both must be absolute."""
    flavour = _flavour(platform)
    if not (flavour.isabs(path) and flavour.isabs(folder)):
        raise ValueError(f"absolute paths expected: {path!r}, {folder!r}")
    path, folder = (flavour.normcase(flavour.normpath(_rooted(p, flavour))) for p in (path, folder))
    try:
        common = flavour.commonpath([path, folder])
    except ValueError:  # ntpath: different drives or shares
        return False
    separators = "\\/" if flavour is ntpath else "/"
    return common.rstrip(separators) == folder.rstrip(separators)  # a share's or drive's root ends in one


def _rooted(path: str, flavour) -> str:
    """A share named without its root (``\\\\nas\\mission``) as its root (``\\\\nas\\mission\\``)."""
    drive, rest = flavour.splitdrive(path)
    return path + flavour.sep if drive and not rest else path


def remote_drive_letters() -> frozenset[str]:  # pragma: no cover - a Windows system call
    """The drive letters Windows maps to network shares now (``GetDriveTypeW`` is DRIVE_REMOTE);
    empty elsewhere."""
    import sys

    if sys.platform != "win32":
        return frozenset()
    import ctypes
    import string

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    mask = kernel32.GetLogicalDrives()
    drive_remote = 4
    return frozenset(letter for index, letter in enumerate(string.ascii_uppercase)
                     if mask >> index & 1 and kernel32.GetDriveTypeW(f"{letter}:\\") == drive_remote)


def on_network(path: str) -> bool:  # pragma: no cover - reads the running system
    """:func:`is_network_path` for this machine: its mapped drives or its mount table."""
    import sys

    if sys.platform == "win32":
        return is_network_path(path, "win32", remote_drives=remote_drive_letters())
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="surrogateescape") as fh:
            mounts = fh.read()
    except OSError:
        return False  # macOS and others: no mount table to read
    return is_network_path(path, sys.platform, mounts=mounts)
