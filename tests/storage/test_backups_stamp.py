"""Backup names carry their time stamp; list_backups reads it without strptime."""
import datetime as dt

import pytest

from capacity_app.storage.db import _parse_stamp


def test_stamp_round_trip():
    t = dt.datetime(2026, 11, 22, 6, 24, 19, 123456)
    assert _parse_stamp(t.strftime("%Y%m%dT%H%M%S%f")) == t


@pytest.mark.parametrize("bad", ["", "20261122T06241912345", "20261322T062419123456",
                                 "20261122X062419123456", "2026112\uff12T06241912345", "abcdefghTijklmnopqrstu"])
def test_bad_stamps_are_refused(bad):
    with pytest.raises(ValueError):
        _parse_stamp(bad)
