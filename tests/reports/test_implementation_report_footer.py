"""The implementation report is the ministry's own document: its running foot names no
questionnaire version and no application ("capacity-app 0.1.0" on every page was read out to a
minister); the assessment's report keeps both."""
from __future__ import annotations


def _running_strings(html: str) -> str:
    """The page styles' running strings (``string-set``) with their CSS escapes read back."""
    import re

    head = html.split("</style>")[0].split("string-set")[1]
    return re.sub(r"\\([0-9a-fA-F]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), head)


def test_the_implementation_report_s_foot_names_no_application(tmp_path):
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context, progress_report_context

    with open_store(tmp_path / "demo.sqlite3") as store:
        a = create_demo(store)
        html = render_html(progress_report_context(store, a.id, "2026", "en"))
        assert "capacity-app" not in _running_strings(html) and 'version ""' in html
        full = render_html(build_report_context(store, None, a.id, "en"))
        assert "Questionnaire version 1.3.0 · capacity-app" in _running_strings(full)
