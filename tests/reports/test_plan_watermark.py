"""A validated plan prints no DRAFT: the demo assessment is in progress, so its pages carry
the DRAFT mark, but the government validated its action plan, so the plan chapter and Annex F carry
none; the cover still gives the assessment's status. Read from the session's demo report (no new
render): the mark is the one vector outline drawn at the same place on every marked page."""
from __future__ import annotations


def test_a_validated_plans_pages_carry_no_draft_mark(reports):
    import pymupdf

    r = reports("en")
    assert r.ctx.draft and r.ctx.plan_valid and not r.ctx.plan_draft
    doc = pymupdf.open(r.path)
    try:
        texts = [p.get_text() for p in doc]
        ref = doc[1].get_drawings()[0]["rect"]  # the disclaimer's page: nothing drawn but the mark

        def marked(page) -> bool:
            return any(abs(d["rect"].x0 - ref.x0) < 0.5 and abs(d["rect"].y0 - ref.y0) < 0.5
                       and abs(d["rect"].x1 - ref.x1) < 0.5 for d in page.get_drawings())

        annex_f = max(i for i, t in enumerate(texts) if "Annex F. The full action plan" in t)  # not the contents
        plan = [i for i, t in enumerate(texts) if "Cost by year and cost category" in t or "For the Government" in t]
        plan.append(annex_f)
        assert plan and not any(marked(doc[i]) for i in plan)
        others = [i for i, t in enumerate(texts) if i > 2 and ("Executive summary" in t or "Annex C." in t)]
        assert others and all(marked(doc[i]) for i in others)
        assert "In progress" in texts[0]  # the assessment's own status stays on the cover
    finally:
        doc.close()
