"""A partner's edition of the funding request filed as it is, as an EU delegation's programme
manager and a World Bank task team leader read it (reports/plan/edition.py): its first page gives
the plan's total cost, the partner's request and the national counterpart in the partner's currency
with the plan's and the dollar beside (each currency named once), equal to the totals the full
report and the edition's tables print; how much of the national counterpart to the partner's
actions is secured; the partner's part of the logframe and results framework, whole and no other
partner's; the plan's validation on the cover, never "Draft" above a validated plan; a partner with
no action refused in one line. The demo's contexts are built once (no PDF); one PDF in Arabic is
laid out and read back for its boxes."""
from __future__ import annotations

import re
import sqlite3
from decimal import Decimal

import pytest

EU = "European Union"
UNICEF = "United Nations Children's Fund (UNICEF)"    # its one line is in dollars
IOM = "International Organization for Migration (IOM)"   # lines in francs and dollars, secured and not


@pytest.fixture(scope="module")
def editions(demo):
    """The demo's full report and the editions of three partners, in English: contexts only."""
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    out = {p: build_report_context(store, q, a.id, "en", partner=p) for p in (EU, UNICEF, IOM)}
    out[None] = build_report_context(store, q, a.id, "en")
    return out


def _by_code(amounts) -> dict[str, str]:
    """{"EUR": "53000", …} of "EUR 53,000"-like amounts (whole units, as the demo's)."""
    out = {}
    for text in amounts:
        code = re.search(r"[A-Z]{3}", text).group(0)
        out[code] = re.sub(r"\D", "", text)
    return out


def _blocks(table) -> dict[str, object]:
    return {re.search(r"[A-Z]{3}", b.currency).group(0): b for b in table.blocks}


def _exact(lines, code, finance) -> str:
    """The lines' exact total in ``code`` rounded half-up once, in whole units."""
    from capacity_app.domain.plan.cost import convert, exact_sum, rounded

    return str(int(rounded(exact_sum(convert(c.amount, c.currency, code, finance) for c in lines), 0)))


@pytest.mark.parametrize("partner, own", [(EU, "EUR"), (UNICEF, "USD")])
def test_the_first_pages_figures_are_the_totals_the_tables_print(editions, demo, partner, own):
    from capacity_app.domain.plan.budget import lines_of

    e, full = editions[partner].edition, editions[None]
    store, _, a = demo
    plan, finance = store.action_plan(a.id), store.plan_finance(a.id)
    total, asked, national = e.figures
    assert e.currencies[0] == own and len(set(e.currencies)) == len(e.currencies)
    assert [len(f.amounts) for f in e.figures] == [len(e.currencies)] * 3
    assert [re.search(r"[A-Z]{3}", x).group(0) for x in total.amounts] == e.currencies  # the partner's first
    # the lead-in names each currency once: the dollar partner's no longer "in USD, with … US dollars"
    others = [c for c in e.currencies if c != own]
    assert f"Amounts are in {own}, with their equivalent in {' and '.join(others)} beside them" in e.intro
    assert "US dollars" not in e.intro
    # the plan's total cost: the full report's budgets' grand total in each currency they print,
    # and the exact total rounded once in the partner's own
    by_category = _blocks(full.funding.budgets[0])
    for code, digits in _by_code(total.amounts).items():
        expected = re.sub(r"\D", "", by_category[code].total.total) if code in by_category else _exact(
            lines_of(plan), code, finance)
        assert digits == expected, code
    assert set(by_category) <= set(_by_code(total.amounts))
    # the request: the partner's budget's grand total and the line "Total requested", in every currency
    assert _by_code(asked.amounts) == _by_code(e.totals) == {
        code: re.sub(r"\D", "", b.total.total) for code, b in _blocks(e.budget).items()}
    # the national counterpart: the national budget's row of co-financing and of the cost by source
    (share,) = [r for r in full.funding.shares if r.label == "National budget"]
    by_source = _blocks(full.funding.budgets[2])
    nat = _by_code(national.amounts)
    assert nat[full.funding.share_currency] == re.sub(r"\D", "", share.cost)
    for code, block in by_source.items():
        (row,) = [r for r in block.rows if r.label == "National budget"]
        assert nat[code] == re.sub(r"\D", "", row.total), code


def test_the_share_of_the_national_counterpart_secured_recomputes(editions, demo):
    from capacity_app.domain import editorial
    from capacity_app.domain.plan.cost import exact_sum

    store, _, a = demo
    e = editions[IOM].edition
    mine = [x for x in store.action_plan(a.id) if x.status != "dropped" and any(
        c.funding == "partner" and c.funder == IOM for c in x.costs)]
    national = [c for x in mine for c in x.costs if c.funding == "national"]
    assert {c.currency for c in national} == {"XOF"}   # the plan's currency: no rate in the way
    whole = exact_sum(c.amount for c in national)
    secured = exact_sum(c.amount for c in national if c.secured)
    assert 0 < secured < whole      # the demo: part of it secured, part not
    k = e.counterpart
    *rows, total = k.rows
    num = lambda t: Decimal(re.sub(r"[^\d]", "", t) or 0)  # noqa: E731  ("–": none)
    assert [r.label for r in rows] == [x.title for x in mine] and total.label == "Total"
    assert num(total.amount) == whole and num(total.secured) == secured and num(total.unsecured) == whole - secured
    # the table adds up as printed, down and across; each action's sheet prints its row's figure
    assert sum(num(r.amount) for r in rows) == num(total.amount)
    assert sum(num(r.secured) for r in rows) == num(total.secured)
    assert all(num(r.secured) + num(r.unsecured) == num(r.amount) for r in k.rows)
    # beside each action, its contribution in each currency of the counterpart's tables (the
    # partner's first, then the plan's and the dollar), each block adding up and the plan's the table above
    assert [b.currency for b in k.blocks][0] == e.currencies[0] and [b.rows for b in k.blocks if b.currency == "XOF"] == [k.rows]
    assert [x.national for x in e.actions] == [" · ".join(b.rows[i].amount for b in k.blocks) for i in range(len(rows))]
    for b in k.blocks:
        assert sum(num(r.amount) for r in b.rows[:-1]) == num(b.rows[-1].amount), b.currency
    pct = editorial.percent(secured / whole * 100, "en", 1)
    # the sentence under the tables in the same currencies as the tables and the cover (a donor read
    # it in the plan's currency only, under tables led by the partner's)
    each = [b.rows[-1] for b in k.blocks]
    assert k.sentence == (f"Of the national counterpart to these actions ({' · '.join(t.amount for t in each)}), "
                          f"{' · '.join(t.secured for t in each)} ({pct}) is secured (committed or disbursed); "
                          f"{' · '.join(t.unsecured for t in each)} is not yet secured.")
    # the cover: the total in the edition's currencies (the plan's is the table's), then the part
    # secured in the same currencies
    assert re.fullmatch(rf"{re.escape(total.amount)} · USD\xa0[\d,]+, of which {re.escape(total.secured)} · "
                        rf"USD\xa0[\d,]+ \({re.escape(pct)}\) secured", k.cover)
    # none secured is said so, and no national line is said so, never "XOF 0 (0.0%)"
    assert editions[EU].edition.counterpart.cover.endswith(", none of it yet secured")
    assert editions[UNICEF].edition.counterpart.rows == []
    assert editions[UNICEF].edition.counterpart.cover == "The plan gives no national budget line for these actions."


@pytest.mark.parametrize("partner", [EU, IOM])
def test_the_logframe_part_is_the_partners_outcomes_and_actions_whole(editions, demo, partner):
    store, _, a = demo
    chain = store.results_chain(a.id)
    plan = store.action_plan(a.id)
    from capacity_app.domain.plan.actions import sorted_plan

    plan = sorted_plan(plan)
    number = {x.id: n for n, x in enumerate(plan, 1)}
    mine = [x for x in plan if x.status != "dropped" and any(
        c.funding == "partner" and c.funder == partner for c in x.costs)]
    served = [o for o in chain.outcomes if any(chain.outcome_of(x.id) == o for x in mine)]
    rc = editions[partner].edition.results
    full = editions[None].plan_record.results
    from dataclasses import replace

    # the EU's edition in the logframe's words, any other partner's in the results framework's
    # (the number held to its word by a no-break space in the edition's narrow level column)
    outcome, output = (("Specific objective (outcome)\u00a0{}", "Output: action\u00a0{}") if partner == EU else
                       ("Development objective · Outcome\u00a0{}", "Intermediate result · Action\u00a0{}"))
    assert [r.kind for r in rc.logframe][0] == "objective"
    assert [r.level for r in rc.logframe if r.kind == "outcome"] == [
        outcome.format(chain.outcome_number(o.id)) for o in served]
    assert sorted(r.level for r in rc.logframe if r.kind == "output") == sorted(
        output.format(number[x.id]) for x in mine if chain.outcome_of(x.id) is not None)
    # every row as the full report prints it, but for its level's words: indicators with baseline
    # and yearly targets, sources of verification, assumptions (an output's: its action's risks)
    bare = [replace(r, level="") for r in full.logframe]
    assert all(replace(r, level="") in bare for r in rc.logframe)
    assert {r.assumptions for r in rc.logframe if r.kind == "output"} <= {x.risks for x in mine}
    expected = ([i.name for i in chain.indicators_of("objective")]
                + [i.name for o in served for i in chain.indicators_of("outcome", o.id)]
                + [i.name for x in mine for i in chain.indicators_of("output", x.id)])
    assert [f.indicator for f in rc.framework] == expected
    bare_rf = [replace(f, level="") for f in full.framework]
    assert all(replace(f, level="") in bare_rf for f in rc.framework) and rc.years == full.years
    # no other partner's outcome or action
    others = {x.id for x in plan} - {x.id for x in mine}
    assert not any(output.format(number[i]) == r.level for i in others for r in rc.logframe)
    # each action asked carries its risks and assumptions
    assert [x.risks for x in editions[partner].edition.actions] == [x.risks for x in mine]


def _copy(demo_db, folder):
    """The demo's database copied (SQLite's backup) for a test that writes."""
    from capacity_app.services.assessments import open_store

    path, aid = demo_db
    target = folder / "demo.sqlite3"
    with sqlite3.connect(path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return open_store(target, backup_dir=folder / "b"), aid


def _cover(html: str) -> str:
    cover = html[html.index('<section class="cover request">'):]
    return re.sub(r"<[^>]+>", " ", cover[:cover.index("</section>")])


def test_a_validated_plan_is_never_a_draft_on_the_cover(demo_db, tmp_path):
    """A draft assessment whose plan the government validated: its edition says when the plan was
    validated and under which reference, and nowhere "Draft"; withdrawn, it says "not yet
    validated" and carries the DRAFT mark."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import set_status
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.reports import build_report_context

    store, aid = _copy(demo_db, tmp_path)
    with store:
        set_status(store, aid, "draft")
        plans.record_validation(store, aid, date="2026-06-18", event="National validation workshop",
                                institutions=("NSOV",), approved_by="Ms Hélène Tavares", position="Director-General",
                                today="2026-06-30")
        ctx = build_report_context(store, None, aid, "en", partner=EU)
        cover = _cover(render_html(ctx))
        assert ctx.cover.status == "Draft" and ctx.draft == ""
        assert "The plan as validated on 18 June 2026 (reference " in cover and "Validated on 18 June 2026" in cover
        assert "Draft" not in cover and "DRAFT" not in cover and "not yet validated" not in cover
        plans.withdraw_validation(store, aid, "Recorded by mistake")
        ctx = build_report_context(store, None, aid, "fr", partner=EU)
        cover = _cover(render_html(ctx))
        assert ctx.draft == ctx.s["draft_mark"] and "non encore validé par le Gouvernement" in cover


def test_a_partner_with_no_action_is_refused_in_one_line(demo_db, tmp_path):
    """UNICEF's one action dropped: the plan no longer asks it for anything, and its edition is
    refused in one line naming the partners left, no file written."""
    from dataclasses import replace

    from capacity_app.services.assessments import questionnaire_for
    from capacity_app.services.base import ServiceError
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.reports import export_report_pdf

    store, aid = _copy(demo_db, tmp_path)
    with store:
        q = questionnaire_for(store.assessment(aid))
        (action,) = [x for x in store.action_plan(aid) if any(c.funder == UNICEF for c in x.costs)]
        plans.update_action(store, q, aid, replace(action, status="dropped"))
        with pytest.raises(ServiceError) as e:
            export_report_pdf(store, aid, tmp_path / "unicef.pdf", partner=UNICEF)
    said = str(e.value)
    assert "\n" not in said and UNICEF in said and EU in said and IOM in said
    assert said.index("the partners are") < said.index(EU) and not (tmp_path / "unicef.pdf").exists()


def test_the_arabic_edition_keeps_every_word_on_the_page(demo, tmp_path):
    """The Union's edition in Arabic (right to left, the figures left to right) laid out and read
    back: no box outside its page or cell, no word over another, the cover's figures printed."""
    from generated.invariants import word_problems
    from made_reports import write_checked
    from pdf_text import page_texts

    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    ctx = build_report_context(store, q, a.id, "ar", partner=EU)
    layout = write_checked(ctx, tmp_path / "eu-ar.pdf")
    assert layout["outside"] == [] and layout["below_8pt"] == [] and layout["running_overlap"] == []
    assert word_problems(tmp_path / "eu-ar.pdf") == []
    first = " ".join(page_texts(tmp_path / "eu-ar.pdf")[0].split())
    for label in ("req_fig_total", "req_fig_asked", "req_fig_national", "req_fig_counterpart"):
        assert ctx.s[label].split(" (")[0] in first, label   # pypdf reads a bracket of Arabic mirrored
    shown = [re.search(r"\d[\d,]*", x).group(0) for f in ctx.edition.figures for x in f.amounts]
    assert len(shown) == 9 and all(x in first for x in shown)
