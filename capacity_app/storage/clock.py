"""The time stamp every row the store writes carries (answers, history, the action plan): one
function, so that store.py and actionplan.py, which store.py builds on, share it without importing
each other.

Stamps are UTC with their offset (``2026-11-23T14:20:08+00:00``): a moment, whatever the time zone
the laptop is set to on the day (a mission flies from New York to Tokyo) — and ordered as text.
They say *when*, for a person; they never decide what is newer: an import compares
content (row checks, the action plan's fingerprints), backups are ordered by their sequence."""
from __future__ import annotations

import datetime as _dt


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
