"""The cross-country view: a folder read in the background, countries × policy questions, a
filter by region or group, a country's detail, and the consolidated workbook and PDF exported."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
    from exchange_helpers import make_assessment, make_store

    from capacity_app.catalog.loader import load_bundled
    from capacity_app.services.exchange import export_workbook

    q = load_bundled()
    root = tmp_path_factory.mktemp("cross")
    out = root / "countries"
    out.mkdir()
    store = make_store(root / "c.sqlite3")
    try:
        for iso, rnd in (("GHA", 2023), ("GHA", 2025), ("SEN", 2025), ("MEX", 2025), ("KGZ", 2025)):
            a = make_assessment(store, q, iso, rnd)
            export_workbook(store, a.id, out / f"{iso}-{rnd}.xlsx")
    finally:
        store.close()
    return out


def test_open_filter_detail_export(window, folder, qtbot, tmp_path):
    from capacity_app.gui.aggregation.view import FIXED_COLUMNS

    window.actions_by_name["crosscountry"].trigger()  # File > Cross-country view…
    view = window._crosscountry_view
    assert view.isVisible() and not view.export_xlsx.isEnabled()
    view.open_paths([str(folder)])  # in the background, through the window's runner
    qtbot.waitUntil(lambda: view.report is not None, timeout=60000)
    assert view.visible_countries() == ["GHA", "KGZ", "MEX", "SEN"]  # countries, not files
    row = view.visible_countries().index("GHA")
    assert view.table.item(row, 2).text() == "2025"  # the latest round
    assert view.table.columnCount() == FIXED_COLUMNS + 15
    level = view.table.item(row, FIXED_COLUMNS).text()
    assert level in {"0", "1", "2", "3"} and view.table.item(row, FIXED_COLUMNS).background().color().isValid()
    assert "4 countries; 5 workbooks used" in view.notice.text()

    africa = view.filter.findText("Region: Africa")
    view.filter.setCurrentIndex(africa)
    assert view.visible_countries() == ["GHA", "SEN"]
    view.filter.setCurrentIndex(view.filter.findText("Group: Landlocked Developing Countries (LLDC)"))
    assert view.visible_countries() == ["KGZ"]
    view.filter.setCurrentIndex(0)
    assert len(view.visible_countries()) == 4

    view.table.selectRow(row)
    text = view.detail.toPlainText()
    view.filter.setCurrentIndex(view.filter.findText("Region: Americas"))
    assert view.detail.toPlainText() == ""  # Ghana hidden: its detail goes with it
    view.filter.setCurrentIndex(0)
    assert "Ghana (GHA)" in text and "Western Africa" in text and "GHA-2025.xlsx" in text
    assert "A. How many immigrants" in text

    out = tmp_path / "consolidated.xlsx"
    view.export_to("xlsx", str(out))
    qtbot.waitUntil(out.exists, timeout=60000)
    pdf = tmp_path / "summary.pdf"
    view.export_to("pdf", str(pdf))
    qtbot.waitUntil(pdf.exists, timeout=120000)
    assert pdf.read_bytes().startswith(b"%PDF")
    view.export_to("xlsx", str(window.store.path))  # the database itself: refused, nothing runs
    assert window.store.path.exists()


def test_labels_follow_the_window_language(window, folder, qtbot):
    """Band, gap type and policy-question labels in the window's language, not English codes."""
    from capacity_app.domain.labels import band_label, gap_type_label

    window.lang = "fr"
    window.actions_by_name["crosscountry"].trigger()
    view = window._crosscountry_view
    view.open_paths([str(folder)])
    qtbot.waitUntil(lambda: view.report is not None, timeout=60000)
    row = view.visible_countries().index("GHA")
    r = view.table.item(row, 0).data(0x0100)  # Qt.ItemDataRole.UserRole
    sc = r.scores
    shown = view.table.item(row, 4).text()
    if sc.band:
        assert shown == band_label(sc.band, "fr") != band_label(sc.band, "en")
    else:
        assert shown in {"–", band_label(None, "fr", provisional=True)}
    text = view.detail_text(r)
    assert "How many immigrants" not in text and f"A. {view.pq_labels['A']['fr']}" in text
    gap_types = {d.gap_type for d in r.recomputed.pq.values() if d.gap_type}
    for g in gap_types:
        assert gap_type_label(g, "fr") in text
