"""A database on another machine is refused for writing, in one line, before anything is written
(SQLite's locks and WAL journal are not safe over a network file system); reading stays."""
from __future__ import annotations

import pytest

from capacity_app import places
from capacity_app.storage.db import NETWORK_SHARE, StorageError, open_database


def _opened(path, **kw):
    db, lock = open_database(path, **kw)
    db.conn.close()
    if lock is not None:
        lock.release()


def test_a_database_on_a_network_share_is_refused_for_writing_and_nothing_is_made(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(places, "on_network", lambda path: path.startswith(str(share)))
    with pytest.raises(StorageError) as exc:
        _opened(share / "mission.sqlite3")
    assert str(exc.value) == f"{share / 'mission.sqlite3'}: {NETWORK_SHARE}"
    assert list(share.iterdir()) == []  # no database, no lock file, no journal
    _opened(tmp_path / "local.sqlite3")  # a local one opens as ever


def test_an_existing_database_on_a_share_can_still_be_read(tmp_path, monkeypatch):
    path = tmp_path / "mission.sqlite3"
    _opened(path)
    monkeypatch.setattr(places, "on_network", lambda p: True)
    with pytest.raises(StorageError):
        _opened(path)
    _opened(path, readonly=True)


def test_the_decision_follows_the_mount_table_and_windows_shares():
    mounts = "nas:/export /mnt/mission nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    assert places.is_network_path("/mnt/mission/a.sqlite3", "linux", mounts=mounts)
    assert not places.is_network_path("/home/officer/a.sqlite3", "linux", mounts=mounts)
    assert places.is_network_path(r"\\nas\mission\a.sqlite3", "win32")
    assert places.is_network_path(r"Z:\a.sqlite3", "win32", remote_drives=frozenset("Z"))
    assert not places.is_network_path(r"C:\Users\Amélie\a.sqlite3", "win32", remote_drives=frozenset("Z"))
