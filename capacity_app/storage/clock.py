"""The time stamp every row the store writes carries (answers, history, the action plan): one
function, so that store.py and actionplan.py, which store.py builds on, share it without importing
each other."""
from __future__ import annotations

import datetime as _dt


def now_iso() -> str:
    return _dt.datetime.now().isoformat(timespec="seconds")
