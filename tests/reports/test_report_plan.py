"""The report's action plan follows the validation record only: "agreed" / "proposed" wording, the
DRAFT stamp and the cover's line change with the record, never with the number of owners filled
in; an edit after the validation is flagged; the costed plan's totals are the sums of the rows.
Contexts and HTML only (no PDF is rendered here: the layout tests render the demo's)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from capacity_app.domain.plan.cost import convert, plan_totals
from capacity_app.reports.money import format_amount
from plan_edits import forget_progress


@pytest.fixture
def demo(tmp_path):
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo

    store = open_store(tmp_path / "demo.sqlite3", backup_dir=tmp_path / "b")
    a = create_demo(store)
    yield store, questionnaire_for(a), a
    store.close()


def _ctx(store, q, a, lang="en"):
    from capacity_app.services.reports import build_report_context

    return build_report_context(store, q, a.id, lang)


def _html(ctx):
    from capacity_app.reports.pdf import render_html

    return render_html(ctx, {"sections": "data:x", "pq": "data:y"})


def test_wording_and_stamp_follow_the_validation_record_only(demo):
    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    ctx = _ctx(store, q, a)
    rec, s = ctx.plan_record, ctx.s
    assert not ctx.plan.proposed and rec.validated and rec.stamp == ""
    assert rec.cover_line.startswith("Validated on 18 June 2026 (National validation workshop")
    assert ctx.plan.intro.startswith("The action plan was validated by the government on 18 June 2026")
    html = _html(ctx)
    # the cover's line as printed, its quotation marks the language's (the heading its changes are listed under)
    assert s["plan_stamp"] not in html and rec.cover_line.replace('"', "“", 1).replace('"', "”") in html
    assert f'<h2 id="plan-changes">{s["plan_changes"]}</h2>' in html

    # every action owned, but the validation withdrawn: proposed, stamped, on the cover too
    plans.withdraw_validation(store, a.id, "revised")
    assert all(x.institutions for x in plans.action_plan(store, a.id))
    ctx = _ctx(store, q, a)
    assert ctx.plan.proposed and ctx.plan_record.stamp == s["plan_stamp"]
    assert ctx.plan.intro == s["plan_intro_unvalidated"] and ctx.plan_record.cover_line == s["plan_cover_proposed"]
    html = _html(ctx)
    assert '<p class="planstamp">DRAFT — not validated by the government</p>' in html
    assert not ctx.plan.intro.startswith("The action plan agreed")

    # an action without an owner cannot be validated; validated, then every owner
    # removed: the validation decides, the removals are changes after it
    x = plans.action_plan(store, a.id)[0]
    plans.update_action(store, q, a.id, replace(x, institutions=()))
    with pytest.raises(plans.ServiceError, match=r"cannot be validated yet: action 1 \(.*\) has no owner"):
        plans.record_validation(store, a.id, date="2026-06-18", event="Workshop", institutions=["NSOV"],
                                approved_by="H. Tavares", position="Director-General")
    plans.update_action(store, q, a.id, x)
    plans.record_validation(store, a.id, date="2026-06-18", event="Workshop", institutions=["NSOV"],
                            approved_by="H. Tavares", position="Director-General")
    for x in plans.action_plan(store, a.id):
        plans.update_action(store, q, a.id, replace(x, institutions=()))
    ctx = _ctx(store, q, a)
    assert not ctx.plan.proposed and ctx.plan_record.stamp == "" and not any(x.owners_agreed for x in ctx.plan.actions)

    # in French and Spanish too
    for lang, word in (("fr", "PROJET — non validé par le Gouvernement"), ("es", "BORRADOR — no validado por el Gobierno")):
        plans.withdraw_validation(store, a.id, "revised") if lang == "fr" else None
        c = _ctx(store, q, a, lang)
        assert c.plan_record.stamp == word and word in _html(c)


def test_an_edit_after_the_validation_is_flagged(demo):
    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    ctx = _ctx(store, q, a)
    survey = next(x for x in ctx.plan.actions if x.title.startswith("Run the 2027 migration survey"))
    assert survey.changed == "changed after the validation: timeline"
    assert [x.changed for x in ctx.plan.actions].count("") == len(ctx.plan.actions) - 1
    assert ctx.plan_record.changes == ["Run the 2027 migration survey with over-sampling of migrant households: "
                                       "timeline changed"]
    assert "changed after the validation: timeline" in _html(ctx)
    # a removal and an addition are listed as such
    gone = plans.action_plan(store, a.id)[-1]
    plans.remove_action(store, a.id, gone.id)
    plans.add_action(store, q, a.id, title="Publish a migration profile", institutions=("NSOV",))
    ctx = _ctx(store, q, a)
    lines = ctx.plan_record.changes
    i = lines.index("Publish a migration profile: added")
    assert lines[i + 1] == f"{gone.title}: removed"
    # then every difference with its values: the action gone and the totals approved, under
    # a lead-in sentence that is not one of the bullets
    values = ctx.plan_record.values
    assert ctx.plan_record.values_intro == ("Every difference from the plan as validated, with the value approved "
                                            "and the value now:") and ctx.plan_record.values_intro not in values
    assert f"{gone.title}: removed" in values and any(x.startswith("Total cost: XOF") for x in values)
    assert ctx.plan.actions[-1].changed == "added after the validation"


def test_plan_at_a_glance_and_costs_recomputed_from_the_rows(demo):
    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    ctx = _ctx(store, q, a)
    state = plans.plan_state(store, a.id)
    chosen = [x for x in state.actions if x.priority_action]
    rec = ctx.plan_record
    assert [g.title for g in rec.glance] == [x.title for x in chosen] and rec.annex
    assert rec.glance_more == "The full plan of 10 actions, with the resources and milestone of each, is in Annex F."
    survey = next(g for g in rec.glance if g.title.startswith("Run the 2027"))
    # an amount never breaks from its currency code ("335 500 000 / XOF")
    # (in dollars exactly 322,180.92: the sum of its two lines as every table reads them, each rounded
    # once, 247,832 for 247,831.47 and 74,350 for 74,349.44; within one unit a line of its exact sum)
    assert survey.cost == "XOF\u00a0195,000,000" and survey.cost_usd == "USD\u00a0322,182"
    assert survey.funding == ["International Organization for Migration (IOM) (secured)", "National budget (not secured)"]
    # the totals are the sums of the cost lines, recomputed here from the stored rows
    lines = [c for x in state.actions if x.status != "dropped" for c in x.costs]
    # each line in francs (the demo's partners fund in euros and dollars too), exactly
    cost = sum((convert(c.amount, c.currency, "XOF", state.finance) for c in lines), Decimal(0))
    gap = sum((convert(c.amount, c.currency, "XOF", state.finance) for c in lines if not c.secured), Decimal(0))
    costs = rec.costs
    assert costs.currency == "XOF"
    assert (costs.total.cost, costs.total.gap) == (format_amount(cost, "XOF"), format_amount(gap, "XOF"))
    usd = (cost / Decimal("605.25")).quantize(Decimal(1))
    assert costs.total.cost_usd == format_amount(usd, "USD")
    by_year = {r.label: r.cost for r in costs.by_year}
    for year in {c.year for c in lines}:
        assert by_year[str(year)] == format_amount(sum((convert(c.amount, c.currency, "XOF", state.finance)
                                                        for c in lines if c.year == year), Decimal(0)), "XOF")
    # the secured part in dollars: its lines' amounts, each line rounded once (budget.line_amounts),
    # within one unit per line of its exact sum (323,138 for exactly 323,137.13; the gap 253,377)
    from capacity_app.domain.plan.budget import keyed, line_amounts

    rounded_usd = line_amounts(state.actions, state.finance, "USD", 0)
    usd_secured = sum((rounded_usd[k] for k, _, c in keyed(state.actions) if c.secured), Decimal(0))
    held = sum(1 for c in lines if c.secured)
    assert abs(usd_secured - (cost - gap) / Decimal("605.25")) < held and sum(rounded_usd.values()) == usd
    assert costs.sentence == (f"The plan costs XOF\u00a0{format_amount(cost, 'XOF')} (USD\u00a0{format_amount(usd, 'USD')}) "
                              f"over 2026–2029. Of this, XOF\u00a0{format_amount(cost - gap, 'XOF')} "
                              f"(USD\u00a0{format_amount(usd_secured, 'USD')}) "
                              "is secured, which "
                              f"leaves a financing gap of XOF\u00a0{format_amount(gap, 'XOF')} "
                              f"(USD\u00a0{format_amount(usd - usd_secured, 'USD')}).")
    assert plan_totals(state.actions, state.finance).all.converted["XOF"].gap == gap
    assert "USD 1 = XOF 605.25 (1 May 2026, UN operational rate of exchange)" in costs.notes[-2].replace("\u00a0", " ")


def test_a_drafted_plan_has_no_costs_and_says_proposed(demo):
    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    plans.withdraw_validation(store, a.id, "revised")
    forget_progress(store, a.id)   # a plan whose actions have progress keeps them
    plans.replace_plan(store, q, a.id, [])
    ctx = _ctx(store, q, a)
    assert ctx.plan.proposed and ctx.plan.intro == ctx.s["plan_intro_proposed"] and ctx.plan.actions
    assert ctx.plan_record.costs is None and not ctx.plan_record.annex and ctx.plan_record.changes == []
    html = _html(ctx)
    assert ctx.s["plan_stamp"] in html and 'id="annex-plan"' not in html


def test_priority_actions_are_numbered_as_in_the_plan_and_say_so(demo):
    """No priority action chosen and the second action done: the summary and the plan at a glance
    list the most urgent open actions under their numbers in the full plan (1, 3, 4 …), and the
    column says that these are the plan's numbers (a bare "#" read as a list with holes)."""
    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    for i, x in enumerate(plans.action_plan(store, a.id)):
        plans.update_action(store, q, a.id, replace(x, priority_action=False, status="done" if i == 1 else x.status))
    for lang in ("en", "fr", "es"):
        ctx = _ctx(store, q, a, lang)
        full = {x.title: x.order for x in ctx.plan.actions}
        shown = ctx.summary.priority_actions
        assert 2 not in [x.order for x in shown] and [x.order for x in shown] != list(range(1, len(shown) + 1))
        assert all(full[x.title] == x.order for x in shown)
        assert [g.order for g in ctx.plan_record.glance] == [x.order for x in shown]
        html = _html(ctx)
        header = f"<th>{ctx.s['plan_no']}</th><th>{ctx.s['action']}</th>"
        assert html.count(header) == 2, lang  # the summary's table and the glance's


def test_a_final_report_marks_the_plan_draft_until_it_is_validated(demo, tmp_path):
    """The DRAFT mark follows the assessment's status on every page, and the plan's validation on
    the plan's pages: a final assessment whose plan the government has not validated prints its
    chapter and Annex F on pages marked DRAFT (the page plandraft) and no other page; validated
    and final, no mark at all."""
    from capacity_app.reports.fetcher import SafeFetcher
    from capacity_app.reports.pdf import register_watermark
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.assessments import set_status

    from capacity_app.reports.pdf import render_html

    def marked(ctx) -> str:
        return render_html(ctx, {"sections": "data:x", "pq": "data:y"}, register_watermark(ctx, SafeFetcher(tmp_path)))

    store, q, a = demo
    ctx = _ctx(store, q, a)  # in progress, plan validated: every page marked
    assert ctx.draft == "DRAFT" and ctx.plan_draft == ""
    assert "@page { background: url(" in marked(ctx)
    plans.withdraw_validation(store, a.id, "revised")
    set_status(store, a.id, "final")
    for lang, word in (("en", "DRAFT"), ("fr", "PROJET"), ("es", "BORRADOR")):
        ctx = _ctx(store, q, a, lang)
        assert ctx.draft == "" and ctx.plan_draft == word
        assert register_watermark(ctx, SafeFetcher(tmp_path)).startswith("data:image/svg+xml")
        html = marked(ctx)
        assert "@page plandraft { background: url(" in html and "@page { background" not in html
        assert '<section class="actions plandraft">' in html and '<div class="plandraft"><h2 id="annex-plan"' in html
        assert html.count("plandraft") == 3
    set_status(store, a.id, "in_progress", reason="the plan goes back to the government")
    plans.record_validation(store, a.id, date="2026-06-18", event="Workshop", institutions=["NSOV"],
                            approved_by="H. Tavares", position="Director-General")
    set_status(store, a.id, "final")
    ctx = _ctx(store, q, a)
    assert ctx.draft == ctx.plan_draft == "" and register_watermark(ctx, SafeFetcher(tmp_path)) == ""
    assert "plandraft {" not in marked(ctx)


def test_changes_after_the_validation_are_listed_with_old_and_new_values(demo):
    """As a donor reads it: the demo plan (XOF) validated, then a secured line made
    unsecured, an amount changed and the rate changed: the cover says "amended since", how many
    changes and under which heading the chapter lists them; the chapter lists each difference with the value approved and the value now, in English and
    French; the record says who entered it and which version of the plan it covers."""
    from capacity_app.domain.plan.cost import Rate
    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    state = plans.plan_state(store, a.id)
    survey = next(x for x in state.actions if x.title.startswith("Run the 2027"))
    # the demo's own change after the validation, listed with its values (it was only named)
    assert [(v.title, v.what) for v in state.values] == [(survey.title, "timeline")]
    assert state.validation.version and state.validation.approved is not None
    # one change, though the summary names it and the detailed list gives its values
    # (typeset with the user's texts held: chapter.cover_lines, budget.with_user_text)
    assert _ctx(store, q, a).plan_record.cover_line.endswith('; amended since: one change (see “Changes since the '
                                                              'validation”)')
    secured = next(i for i, c in enumerate(survey.costs) if c.secured)
    costs = list(survey.costs)
    costs[secured] = replace(costs[secured], secured=False, pipeline="pledged")  # the commitment withdrawn
    costs[0 if secured else 1] = replace(costs[0 if secured else 1], amount=costs[0 if secured else 1].amount + 1000)
    plans.update_action(store, q, a.id, replace(survey, costs=tuple(costs)))
    plans.set_plan_finance(store, a.id, rates=[Rate("XOF", Decimal("655.957"), "2026-07-01")])
    ctx = _ctx(store, q, a)
    rec = ctx.plan_record
    # two changes: the survey (its timeline and its lines, summary and detailed list together) and the rate;
    # the totals they move are no change of their own
    listed = 2
    assert len(rec.changes) + len(rec.values) > listed and rec.cover_line.endswith(f'; amended since: {listed} changes (see “Changes since the validation”)')
    assert rec.cover_unlisted.endswith(f"; amended since: {listed} changes")   # the funding request lists none
    text = "\n".join(rec.changes + rec.values).replace("\u00a0", " ")
    # the commitment withdrawn is financing's progress (here backwards), listed apart, no amendment
    assert "funding secured" not in text and "funding stage" not in text
    assert f"{survey.title} ({costs[secured].year}): funding secured: yes → no" in rec.funding
    # the rate and its date as the report's language writes them, not as stored
    assert "exchange rate: USD 1 = XOF 605.25 (1 May 2026) → USD 1 = XOF 655.957 (1 July 2026)" in text.replace(
        "Exchange rate", "exchange rate")
    assert "Total financing gap: XOF " in text and " → XOF " in text
    assert f"{survey.title}: timeline: Q1–Q4 2027 → Q1 2027 – Q1 2028" in text
    fr = _ctx(store, q, a, "fr").plan_record
    assert fr.cover_line.replace("\u00a0", " ").endswith(
        f"; modifié depuis : {listed} modifications (voir « Modifications depuis la validation »)")
    assert "financement acquis : oui → non" in "\n".join(fr.funding).replace("\u00a0", " ")
    assert "calendrier : T1–T4 2027 → T1 2027 – T1 2028" in "\n".join(fr.values).replace("\u00a0", " ")
    assert ctx.plan_record.changes and _html(ctx).count("→") >= 3


def test_the_full_plan_prints_each_actions_cost_lines(demo):
    """Each action's own cost lines (year, amount, who pays, secured) are in the PDF's
    full plan, not only its sum."""
    store, q, a = demo
    ctx = _ctx(store, q, a)
    survey = next(x for x in ctx.plan.actions if x.title.startswith("Run the 2027"))
    text = survey.cost.replace("\u00a0", " ")
    assert text.startswith("XOF 195,000,000 — 2027: XOF ")
    assert "International Organization for Migration (IOM) (secured)" in text and "National budget (not secured)" in text
    fr = next(x for x in _ctx(store, q, a, "fr").plan.actions if x.title.startswith("Run the 2027") or x.order == survey.order)
    assert "(acquis)" in fr.cost and "Budget national (non acquis)" in fr.cost


def test_a_default_title_in_the_reports_language_is_no_change_after_validation(tmp_path):
    """Found by the Russian, Arabic, Chinese, French and Spanish editors: an action
    drafted from a recommendation prints its title in the report's language; that is not a change
    of the plan the government validated (which recorded the stored title). Every language flags
    the one action edited after the validation, as English does."""
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    with open_store(tmp_path / "t.sqlite3", backup_dir=tmp_path / "b") as st:
        q = questionnaire_for()
        a = create_demo(st)
        flagged = {lang: [r.order for r in build_report_context(st, q, a.id, lang).plan.actions if r.changed]
                   for lang in ("en", "ru")}
    assert flagged["en"] == flagged["ru"] == [5]


def test_the_un_operational_rate_is_named_in_the_reports_language():
    """The Russian and Arabic editors: "UN operational rate of exchange", as officers
    enter a rate's source, printed in English inside every report; it is named in the report's
    language, any other source as typed."""
    from capacity_app.reports.format import load_strings
    from capacity_app.reports.plan.chapter import rate_source

    assert rate_source("UN operational  rate of exchange", "ru", load_strings("ru")).startswith("операционный")
    assert rate_source("un operational rate", "zh", load_strings("zh")) == "联合国业务汇率"
    assert rate_source("BCEAO; fixing: daily", "fr", load_strings("fr")) == "BCEAO; fixing: daily"


@pytest.mark.parametrize("lang, money, small, amount", [
    ("en", "XOF\u00a02,500,000", "XOF\u00a02,500", "573,565.50"),
    ("fr", "2\u202f500\u202f000\u00a0XOF", "2\u202f500\u00a0XOF", "573\u202f565,50"),
    ("es", "2\u00a0500\u00a0000\u00a0XOF", "2500\u00a0XOF", "573\u00a0565,50"),  # UN Spanish, not "2.500.000"
    ("ru", "2\u00a0500\u00a0000\u00a0XOF", "2\u00a0500\u00a0XOF", "573\u00a0565,50"),
    ("zh", "XOF\u00a02,500,000", "XOF\u00a02,500", "573,565.50")])
def test_amounts_are_grouped_as_the_languages_editorial_rule_groups_numbers(lang, money, small, amount):
    """An amount's digits are the editorial rule's (domain.editorial.number), the report's, the
    window's and the workbook's alike (the Spanish report printed "2.500.000 XOF")."""
    from capacity_app.domain.editorial import number
    from capacity_app.reports.money import format_money

    assert format_money(Decimal(2_500_000), "XOF", lang) == money
    assert format_money(Decimal(2_500), "XOF", lang) == small
    assert format_amount(Decimal("573565.5"), "USD", lang) == amount == number(Decimal("573565.5"), lang, 2)


@pytest.mark.parametrize(("lang", "head"), [("en", "Amount a year in the plan\u2019s currency (XOF)"),
                                            ("fr", "Montant annuel dans la monnaie du plan (XOF)")])
def test_the_sustainability_tables_converted_column_says_what_it_is(demo, lang, head):
    """The last column of the sustainability table is the amount a year converted into the plan's
    currency: its header says so, not the currency's code alone."""
    import html as htmllib
    import re

    store, q, a = demo
    page = _html(_ctx(store, q, a, lang))
    table = re.search(r'<table class="grid takeovers">.*?</thead>', page, re.S)
    assert table is not None
    heads = [htmllib.unescape(re.sub(r"<[^>]+>", "", h)).replace("\u00a0", " ").strip()
             for h in re.findall(r"<th[^>]*>(.*?)</th>", table[0], re.S)]
    assert heads[-1] == head, heads


def _strings(lang):
    from capacity_app.reports.format import load_strings

    return load_strings(lang)


def test_a_title_shaped_like_an_amount_is_printed_as_typed():
    """Review of "GIS 2030" renamed "GIS 2031" printed "GIS 2,030 → GIS 2,031"."""
    from capacity_app.domain.plan.validation import ValueChange
    from capacity_app.reports.plan.chapter import value_line

    for what in ("title", "risks", "institutions", "dependencies"):
        line = value_line(ValueChange("GIS 2031", what, "GIS 2030", "GIS 2031", "g"), "en", _strings("en"))
        assert line.endswith(": GIS 2030 → GIS 2031"), line
    fr = value_line(ValueChange("GIS 2031", "title", "GIS 2030", "GIS 2031", "g"), "fr", _strings("fr"))
    assert fr.endswith("GIS 2030 → GIS 2031"), fr


def test_the_cover_counts_a_change_by_its_actions_id():
    """Review of with "Census" unchanged and an amount of "Census (pilot)" changed, the
    change "Census (pilot) (2027)" was credited to whichever title a set offered first: 1 or 2
    changes from one run to the next. Counted by the action's id, one; titles cannot mislead it."""
    from capacity_app.domain.plan.validation import ValueChange
    from capacity_app.reports.plan.chapter import changes_counted

    pilot = ValueChange("Census (pilot) (2027)", "amount", "XOF 1", "XOF 2", "p")
    total = ValueChange("", "total cost", "XOF 1", "XOF 2")
    assert changes_counted([], [pilot, total]) == 1
    assert changes_counted([], [pilot, ValueChange("Census (pilot)", "timeline", "", "2027-Q1 – ", "p")]) == 1
    assert changes_counted([], [pilot, ValueChange("Census (pilot) (2027)", "amount", "XOF 1", "XOF 2", "c")]) == 2


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru"])
def test_a_timeline_half_given_on_each_side_prints_as_two_values(lang):
    """Review of approved from 2027-Q4 with no end, now until 2027-Q4 with no start,
    printed "Q4 2027 → Q4 2027"."""
    from capacity_app.domain.plan.validation import ValueChange
    from capacity_app.reports.plan.chapter import value_line

    from capacity_app.domain.editorial import open_period_range

    line = value_line(ValueChange("Census", "timeline", "2027-Q4 – ", " – 2027-Q4", "c"), lang, _strings(lang))
    old, new = open_period_range("2027-Q4", "", lang), open_period_range("", "2027-Q4", lang)
    assert old != new and "…" in old and "…" in new and f"{old} " in line and f" {new}" in line, line


def test_an_old_default_title_is_printed_in_the_reports_language(demo):
    """Review of an action drafted from a recommendation, renamed after the validation:
    the French report printed its old (default) title in English, as stored."""
    from capacity_app.catalog.recommendations import load_bundled_recommendations
    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    recs = {r.id: r for r in load_bundled_recommendations()}
    state = plans.plan_state(store, a.id)
    drafted = next(x for x in state.actions if x.recommendation_id in recs
                   and x.title == " ".join(recs[x.recommendation_id].title["en"].split()))
    plans.update_action(store, q, a.id, replace(drafted, title="Intitulé des officiers"))
    fr = "\n".join(_ctx(store, q, a, "fr").plan_record.values).replace("\u00a0", " ")
    french = " ".join(recs[drafted.recommendation_id].title["fr"].split()).replace("\u00a0", " ")
    assert f"{french} → Intitulé des officiers" in fr, fr
    assert drafted.title not in fr


def test_funding_secured_after_the_validation_is_progress_not_an_amendment(demo):
    """Review of a line's funding secured or moved to another stage after the validation
    showed in the detailed list of changes, while the action was not marked changed. It is progress
    in financing the plan approved (docs/funding-request.md): listed under its own heading, the
    plan still "validated", with no change counted on the cover."""
    from capacity_app.services.plan import actions as plans

    store, q, a = demo
    state = plans.plan_state(store, a.id)
    survey = next(x for x in state.actions if x.title.startswith("Run the 2027"))
    open_line = next(i for i, c in enumerate(survey.costs) if not c.secured)
    costs = list(survey.costs)
    costs[open_line] = replace(costs[open_line], secured=True, pipeline="committed")
    plans.update_action(store, q, a.id, replace(survey, costs=tuple(costs)))
    for lang, stage, secured in (("en", "funding stage", "funding secured: no → yes"),
                                 ("fr", "stade du financement", "financement acquis : non → oui")):
        ctx = _ctx(store, q, a, lang)
        rec = ctx.plan_record
        assert rec.funding and rec.funding_intro and all(stage not in x for x in rec.values), rec.values
        assert any(stage in x for x in rec.funding), rec.funding
        html = " ".join(_html(ctx).replace("\u00a0", " ").replace("\u202f", " ").split())
        after = html[html.index('<h2 id="plan-funding-progress">' + ctx.s["plan_funding_progress"]):]
        assert secured in after and secured not in html[:-len(after)]
    # only the demo's own timeline change is counted: one, as before the funding moved on
    assert _ctx(store, q, a).plan_record.cover_line.endswith("amended since: one change (see “Changes since the "
                                                                "validation”)")


def test_a_plan_whose_funding_alone_moved_is_still_validated(tmp_path):
    """The financing gap a line's funding secured moves is said with that progress, not as a change
    of the plan: no "Changes since the validation", the cover "validated" with no change counted."""
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.reports import build_report_context

    with open_store(tmp_path / "t.sqlite3", backup_dir=tmp_path / "b") as store:
        a = create_demo(store)
        q = questionnaire_for(a)
        survey = next(x for x in plans.plan_state(store, a.id).actions if x.title.startswith("Run the 2027"))
        approved = store.plan_validation(a.id).approved["actions"]
        was = next(x for x in approved if x["id"] == survey.id)
        plans.update_action(store, q, a.id, replace(survey, start=was["start"], end=was["end"]))  # the demo's change undone
        costs = list(survey.costs)
        i = next(i for i, c in enumerate(costs) if not c.secured)
        costs[i] = replace(costs[i], secured=True, pipeline="committed")
        plans.update_action(store, q, a.id, replace(survey, start=was["start"], end=was["end"], costs=tuple(costs)))
        rec = build_report_context(store, q, a.id, "en").plan_record
    assert rec.changes == [] and rec.values == [] and "amended" not in rec.cover_line, rec.values
    assert any("funding secured: no → yes" in x for x in rec.funding)
    assert any(x.startswith("Total financing gap") for x in rec.funding), rec.funding
