"""Fixtures for the exchange tests: the demo assessment enriched with hard values, exported."""
import pytest

from exchange_helpers import enrich, make_store


@pytest.fixture(scope="session")
def qn():
    from capacity_app.catalog.loader import load_bundled

    return load_bundled()


@pytest.fixture(scope="session")
def rich(tmp_path_factory, qn):
    """(db path, assessment id, workbook path): the demo enriched, exported in English."""
    from capacity_app.services.demo import create_demo
    from capacity_app.services.exchange import export_workbook

    folder = tmp_path_factory.mktemp("rich")
    db = folder / "rich.sqlite3"
    store = make_store(db)
    try:
        a = create_demo(store)
        answers = enrich(qn, store.answers(a.id))
        store.replace_answers(a.id, list(answers.values()), note="test")
        out = folder / "rich.xlsx"
        export_workbook(store, a.id, out, lang="en")
    finally:
        store.close()
    return db, a.id, out


@pytest.fixture
def clock_moves_on(monkeypatch):
    """``clock_moves_on(seconds)``: every stamp the store writes from now on (storage/clock.now_iso)
    is ``seconds`` later than the wall clock, as if the test had slept that long: a change made
    "after the export" gets a later whole-second stamp without the test waiting for it."""
    import datetime as dt
    import types

    from capacity_app.storage import clock

    def move(seconds: float) -> None:
        class Later(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return dt.datetime.now(tz) + dt.timedelta(seconds=seconds)

        monkeypatch.setattr(clock, "_dt", types.SimpleNamespace(datetime=Later, UTC=dt.UTC))
    return move
