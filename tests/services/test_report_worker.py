"""The GUI's report export path: a worker reads the database read-only while the window keeps it open."""
from pdf_text import page_texts

from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_answer
from capacity_app.services.reports import export_report_from_database


def test_worker_reads_the_open_database_and_writes_the_report(tmp_path):
    db = tmp_path / "mission.sqlite3"
    with open_store(db) as store:  # the window's writer connection (and its lock) stay open
        q = questionnaire_for()
        a = create_assessment(store, q, country="KEN", round=2026)
        record_answer(store, q, a.id, "s0_lead_institution", "Bureau of the latest answer")
        out = tmp_path / "report.pdf"
        seen = []
        export_report_from_database(str(db), a.id, out, lang="fr", progress=lambda f, m: seen.append(f))
    pages = page_texts(out)
    assert len(pages) > 10
    assert "Bureau of the latest answer" in pages[0]  # the committed state, on the cover
    assert seen[0] == 0.0 and seen[-1] == 1.0
