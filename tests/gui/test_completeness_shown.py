"""One completeness figure: the dashboard, the list of assessments, the command line's list and the
report all give the scoring result's completeness (they read 28 % and 6 % for the same data)."""
from __future__ import annotations

import pytest

from capacity_app.domain.rounding import percent
from capacity_app.services import summaries as sums
from capacity_app.services.demo import create_demo
from capacity_app.services.reports import build_report_context
from capacity_app.services.scoring import score_assessment


def test_window_list_command_line_and_report_show_one_completeness(window, questionnaire, qtbot):
    win = window
    demo = create_demo(win.store)
    win.store.db.execute("UPDATE answers SET status = 'empty', value = NULL WHERE key LIKE 's6%'")
    result = score_assessment(win.store, questionnaire, demo.id)
    assert 0 < result.completeness < 1
    figure = f"{percent(result.completeness, 1):.1f}%"  # one decimal, as rules 3.0 shows it, as UN English writes it
    win.home.refresh()
    win.home.derive_all()
    row = next(r for r in win.home.model.rows if r.assessment.id == demo.id)
    assert row.completion == pytest.approx(result.completeness, abs=1e-6)
    assert win.home.model.index(0, 3).data() == figure
    assert win.open_assessment(demo.id)
    win.session.refresh_derived()
    win.view.show_tab(2)
    assert f"Completion {figure}" in win.view.dashboard.meta.text()
    listed = {r.assessment.id: r.summary for r in sums.summaries(win.store, questionnaire)}
    assert round(listed[demo.id].completion, 4) == round(result.completeness, 4)
    ctx = build_report_context(win.store, questionnaire, demo.id, "en")
    assert ctx.summary.completeness == f"{percent(result.completeness, 1):g}%"  # the report: one decimal, CLDR's pattern


def test_figures_are_written_as_the_interface_language_writes_them(qapp, monkeypatch):
    from capacity_app.gui.numbers import decimal_text, percent_text

    monkeypatch.setattr(qapp, "capacity_language", "fr", raising=False)
    assert (decimal_text(77.94), percent_text(77.9)) == ("77,9", "77,9\u00a0%")
    monkeypatch.setattr(qapp, "capacity_language", "en", raising=False)
    assert (decimal_text(77.94), percent_text(5)) == ("77.9", "5.0%")
    # one form per language, the report's and the workbook's (domain/editorial.py)
    monkeypatch.setattr(qapp, "capacity_language", "ar", raising=False)
    assert percent_text(98.1) == "98.1\u00a0في\u00a0المائة"
    monkeypatch.setattr(qapp, "capacity_language", "ru", raising=False)
    assert decimal_text(8.35, 2) == "8,35"


def test_section_names_take_two_lines_in_the_dashboards_chart(qapp):
    """"S6A Traditional sources: population census" is read, not three rows of "S6 Traditional sour…";
    a longer name takes a third line, whole, rather than end in "…" (Russian, Arabic)."""
    from PySide6.QtGui import QFont, QFontMetrics

    from capacity_app.gui.dashboard import name_lines

    fm = QFontMetrics(QFont())
    width = fm.horizontalAdvance("S6C Traditional sources: ") + 4
    lines = name_lines(fm, "S6C Traditional sources: administrative records", width)
    assert lines[0] == "S6C Traditional sources:" and " ".join(lines) == "S6C Traditional sources: administrative records"
    assert name_lines(fm, "S8 Open data", width) == ["S8 Open data"]
    russian = "S6C Традиционные источники: административные регистры и реестры"
    lines = name_lines(fm, russian, width)
    assert " ".join(lines) == russian and "…" not in "".join(lines) and len(lines) >= 3
    # Chinese breaks between characters (seen under Xvfb: "S4" / "可持续发展目标指标及按移民…"), a
    # line never starting with closing punctuation
    chinese = "S4 可持续发展目标指标及按移民身份分列"
    lines = name_lines(fm, chinese, width)
    assert "".join(lines) == chinese and len(lines) >= 2
    assert lines[0].startswith("S4 可") and all(fm.horizontalAdvance(x) <= width for x in lines)
    lines = name_lines(fm, "S6A 传统来源：人口普查", fm.horizontalAdvance("S6A 传统来源") + 2)
    assert not any(x[0] in "：，）" for x in lines) and "".join(lines) == "S6A 传统来源：人口普查"