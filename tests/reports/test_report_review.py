"""The answers' review in the report: the coverage sentence and the answers disputed or
needing follow-up in Annex D, in en/fr/es, from the same figures as the window's."""
from __future__ import annotations

import pytest

from capacity_app.catalog.recommendations import load_bundled_recommendations
from capacity_app.domain.team.review import DISPUTED, FOLLOW_UP, VALIDATED, Review, coverage, unit_fingerprint
from capacity_app.domain.scoring import score
from capacity_app.reports.build import assemble_context
from capacity_app.reports.pdf import render_html
from capacity_app.services.demo import demo_answers

CHARTS = {"sections": "data:x", "pq": "data:y"}


@pytest.fixture(scope="module")
def reviewed():
    from capacity_app.catalog.loader import load_bundled

    q = load_bundled()
    answers = {a.key: a for a in demo_answers(q)}

    def rev(unit, status, note="", stale=False):
        check = "0" * 16 if stale else unit_fingerprint(q, answers, unit)
        return Review(unit, status, "A. Supervisor", "2026-03-01T10:00:00+00:00", note, check)

    reviews = {r.unit: r for r in (
        rev("s2_need_a", VALIDATED), rev("s2_need_b", VALIDATED),
        rev("s3_matrix.A.CEN", DISPUTED, "the census asked citizenship, not <birth>"),
        rev("s0_institutions.nso", FOLLOW_UP, "second source"),
        rev("s2_need_c", DISPUTED, "stale", stale=True))}
    return q, answers, reviews


@pytest.mark.parametrize("lang, validated, follow", [
    ("en", "Review items (each question, grid row or matrix cell answered): {total}; validated: 2", "1 needs follow-up"),
    ("fr", "Éléments à revoir (chaque question, ligne de grille ou cellule de la matrice renseignée) : {total} ; validés : 2", "1 à suivre"),
    ("es", "Elementos por revisar (cada pregunta, fila de cuadrícula o celda de la matriz respondida): {total}; validados: 2", "1 requiere seguimiento"),
])
def test_coverage_and_the_answers_to_follow_up(reviewed, lang, validated, follow):
    q, answers, reviews = reviewed
    r = score(q, answers, "", None, lang, load_bundled_recommendations())
    ctx = assemble_context(q, None, answers, r, lang, reviews=reviews)
    c = coverage(q, answers, reviews)
    from capacity_app.reports.format import fmt_number

    assert ctx.review.coverage.startswith(validated.format(total=fmt_number(c.total, lang)))
    assert follow in ctx.review.coverage
    assert [row.label.split(" — ")[0] for row in ctx.review.rows][0].startswith("A.")  # disputed first
    assert len(ctx.review.rows) == 2  # the stale review is not listed
    html = render_html(ctx, CHARTS)
    assert ctx.review.coverage.split(" (")[0] in html
    assert "&lt;birth&gt;" in html and "<birth>" not in html  # the note is text


def test_without_reviews_every_answer_is_not_reviewed(reviewed):
    q, answers, _ = reviewed
    r = score(q, answers, "", None, "en", load_bundled_recommendations())
    ctx = assemble_context(q, None, answers, r, "en")
    total = coverage(q, answers, {}).total
    # review items, not answers; and nothing said about disputes when nothing was reviewed (zh 6, ru 25)
    assert ctx.review.coverage == (f"The review has not started: none of the {total} review items (each question, "
                                   "grid row or matrix cell answered) has been reviewed yet.")
    assert ctx.review.rows == [] and not ctx.review.reviewed
    html = render_html(ctx, CHARTS)
    assert "No reviewed item is disputed" not in html and "has been reviewed yet" in html
