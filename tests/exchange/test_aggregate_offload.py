"""The consolidated workbook's largest tables are rendered by the run's worker pool once every file
is read (sheets.write_workbook): what the workers render is, byte for byte, what the main process
renders; a worker that ends while rendering, or a pool that takes nothing, leaves the rendering to
the main process, and the workbook is the same."""
from __future__ import annotations

import datetime as dt
import os
import pickle
import zipfile

import pytest

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def workbooks(qn, tmp_path_factory):
    """Four country workbooks (one in French, one without any answer): a run of more than two
    files, so that it starts a pool."""
    from capacity_app.services.exchange import export_workbook

    from exchange_helpers import make_assessment, make_store

    folder = tmp_path_factory.mktemp("offload")
    store = make_store(folder / "db.sqlite3")
    books = [folder / f"{iso3}.xlsx" for iso3 in ("SEN", "KEN", "NGA", "GHA")]
    try:
        for book, lang, answers in zip(books, ("fr", "en", "en", "en"), (None, None, None, []), strict=True):
            export_workbook(store, make_assessment(store, qn, book.stem, 2026, answers).id, book, lang=lang)
    finally:
        store.close()
    return books


def _members(path, generated: str) -> dict[str, bytes]:
    """Every member of the workbook as plain bytes, the run's time stamp left out."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).replace(generated.encode(), b"") for n in z.namelist()}


def _ends_its_worker(*_args):
    os._exit(3)  # as a worker killed while rendering (out of memory, a signal)


@pytest.fixture()
def offloads(monkeypatch):
    """Every table a candidate for the pool; the tables submitted to it counted here."""
    from capacity_app.exchange.aggregate import sheets
    from capacity_app.exchange.outside.isolation import Pool

    monkeypatch.setattr(sheets, "OFFLOAD_CELLS", 1)
    submitted: list[tuple[str, tuple]] = []
    submit = Pool.submit

    def counted(self, fn, *args):
        submitted.append((fn.__name__, args))
        return submit(self, fn, *args)

    monkeypatch.setattr(Pool, "submit", counted)
    return submitted


@pytest.fixture()
def used(monkeypatch):
    """What this process made of each table: the worker's rendering taken (True) or its own."""
    from capacity_app.exchange.aggregate import sheets

    taken: list[bool] = []
    result = sheets._result

    def counted(future):
        rendered = result(future)
        if future is not None:
            taken.append(rendered is not None)
        return rendered

    monkeypatch.setattr(sheets, "_result", counted)
    return taken


def _long_digits(x) -> bool:
    """A float whose shortest repr needs more than the 15 significant digits a spreadsheet holds."""
    return isinstance(x, float) and len(repr(x).lstrip("-0.").replace(".", "").split("e")[0]) > 15


def test_tables_rendered_by_the_workers_are_those_rendered_here(workbooks, tmp_path, offloads, used):
    from capacity_app.exchange.aggregate.run import aggregate

    pooled = aggregate(workbooks, tmp_path / "pooled.xlsx", workers=2, today=TODAY)
    assert [fn for fn, _ in offloads] == ["deflated_table_file"] * 2  # one table for each worker
    assert used == [True, True]  # and what each rendered is what the workbook holds
    # only a path goes through the pool's queue: with megabytes of rows in flight there, a worker
    # killed meanwhile left Python 3.11's pool waiting for ever on its blocked sender
    assert all(len(pickle.dumps(args)) < 1_000 for _, args in offloads)
    here = aggregate(workbooks, tmp_path / "here.xlsx", workers=0, today=TODAY)
    assert pooled.accepted == here.accepted == len(workbooks)
    assert _members(tmp_path / "pooled.xlsx", pooled.generated) == _members(tmp_path / "here.xlsx", here.generated)


def test_unrounded_figures_rendered_by_a_worker_keep_a_spreadsheet_s_digits(workbooks, tmp_path, offloads,
                                                                          used, monkeypatch):
    """Every table rendered by the pool, among them those with unrounded figures of 16 or 17
    significant digits, which a worker rounds to 15 as this process does."""
    from capacity_app.exchange.aggregate import sheets
    from capacity_app.exchange.aggregate.run import aggregate
    long_exact: list[str] = []
    offloaded = sheets._offloaded

    def noted(made, layout, pool, run_dir):
        for t in made:
            exact = layout[id(t)][1]
            if any(_long_digits(row[i]) for row in t.rows for i in exact):
                long_exact.append(t.sheet)
        if pool is not None:  # as many workers as tables: each one rendered by the pool
            pool.size = len(made)
        return offloaded(made, layout, pool, run_dir)

    monkeypatch.setattr(sheets, "_offloaded", noted)
    pooled = aggregate(workbooks, tmp_path / "pooled.xlsx", workers=2, today=TODAY)
    assert long_exact, "no table with an unrounded figure of more than 15 digits: the test proves nothing"
    assert len(used) == len(offloads) > 2 and all(used)
    here = aggregate(workbooks, tmp_path / "here.xlsx", workers=0, today=TODAY)
    assert _members(tmp_path / "pooled.xlsx", pooled.generated) == _members(tmp_path / "here.xlsx", here.generated)


@pytest.mark.skipif(os.name != "posix", reason="Windows spawns the workers, which do not import this test")
def test_a_worker_ending_while_rendering_leaves_the_table_to_this_process(workbooks, tmp_path, offloads,
                                                                          used, monkeypatch):
    from capacity_app.exchange.aggregate import run, sheets

    monkeypatch.setattr(sheets, "deflated_table_file", _ends_its_worker)
    ended = run.aggregate(workbooks, tmp_path / "ended.xlsx", workers=2, today=TODAY)
    assert [fn for fn, _ in offloads] == ["_ends_its_worker"] * 2
    assert used == [False, False]
    here = run.aggregate(workbooks, tmp_path / "here.xlsx", workers=0, today=TODAY)
    assert _members(tmp_path / "ended.xlsx", ended.generated) == _members(tmp_path / "here.xlsx", here.generated)


def test_a_pool_that_takes_nothing_leaves_every_table_here(workbooks, tmp_path, offloads, monkeypatch):
    from capacity_app.exchange.outside.isolation import Pool

    def refuses(self, fn, *args):
        raise RuntimeError("cannot schedule new futures after shutdown")

    monkeypatch.setattr(Pool, "submit", refuses)
    from capacity_app.exchange.aggregate.run import aggregate

    refused = aggregate(workbooks, tmp_path / "refused.xlsx", workers=2, today=TODAY)
    here = aggregate(workbooks, tmp_path / "here.xlsx", workers=0, today=TODAY)
    assert _members(tmp_path / "refused.xlsx", refused.generated) == _members(tmp_path / "here.xlsx", here.generated)
