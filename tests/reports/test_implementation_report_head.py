"""The implementation report as a planning unit's head read it before presenting it (Morocco, in
Arabic, Russian and English; reports/plan/progress.py, progress.html.j2, the report's catalogues):

- a money table of several currencies adds up as printed: each currency's total under more than one
  row of it, labelled with its currency ("Total (USD)"), then the table's total in the plan's
  currency, converted and rounded as the Budget execution tables; never a "Total" that sums some of
  the rows above it; the money by partner and the money by action by one rule; the next period's
  table no total under a single amount and no rounding note where nothing was rounded;
- why an action done is yet at risk is a note under the actions table ("Action 1: …", its cost line
  said without "of action 1"), never sentences in the narrow standing column;
- the count of the summary names what it counts: cost lines with an overrun;
- a cost line whose overruns are only flagged (spent above disbursed) says that they do not rate
  the action, which may stand on track beside it;
- the rule is said, never cited by a section of a methodology the minister does not have;
- Arabic labels agree with their standings, and the Arabic and Russian words the head asked for.

The plans of test_implementation_report_editor (XOF and US dollars) and
test_implementation_report_first_year (Moroccan dirhams), with an action or an entry added."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest
from test_implementation_report_editor import ACTIONS, CHAIN, ENTRIES, FINANCE, TODAY, VALUES

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.progress import ActionProgress, LineMoney, period_summary
from capacity_app.reports.format import load_strings

D = Decimal
LANGS = ("en", "fr", "es", "ar", "zh", "ru", "pt")
# a second partner in US dollars (two rows in one currency), beside the national budget in XOF
TRAINING = Action("a4", "Training", institutions=("NSO",), start="2026-Q1", end="2026-Q4",
                  costs=(Cost(2026, D(2000), "USD", "partner", "UNFPA"),))
TRAINED = ActionProgress("a4", "2026", "in_progress", "2026-02-01", None, "",
                         (LineMoney(1, "USD", D(2000), D(1000), D(500)),))


def report(lang: str, actions=(*ACTIONS, TRAINING), entries=(*ENTRIES, TRAINED), finance=FINANCE):
    from capacity_app.reports.plan.progress import progress_report

    summary = period_summary(actions, entries, "2026", TODAY, VALUES, CHAIN)
    return progress_report(summary, lang, load_strings(lang), finance=finance, entries=entries, values=VALUES,
                           chain=CHAIN)


def amount(text: str) -> int:
    return int(re.sub(r"[^\d]", "", text))


# --- the money tables add up as printed ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
def test_the_money_by_partner_adds_up_as_printed(lang):
    s = load_strings(lang)
    r = report(lang)
    labels = [m.partner for m in r.money if m.total]
    # the US dollars' two partners and their total named by its currency; the national budget's single
    # row none of its own; then the table's total in the plan's currency, last
    usd_total = s["progress_total"] + ("\u00a0(USD)" if lang == "ar" else " (USD)")
    grand = s["progress_total_converted"].replace("{code}", "XOF")
    assert labels == [usd_total, grand], labels
    assert s["progress_total"] not in [m.partner for m in r.money]          # never a bare "Total" of some rows
    usd = [m for m in r.money if m.currency == "USD"]
    assert [m.total for m in usd] == [False, False, True]
    for col in range(4):
        assert amount(usd[0].cells[col]) + amount(usd[1].cells[col]) == amount(usd[2].cells[col])
    # the converted total is the Budget execution's by partner: one conversion, one rounding
    last = r.money[-1]
    (partners,) = [t for t in r.rates if t.anchor == "progress-rates-partners"]
    (total,) = [x for x in partners.blocks[0].rows if x.total]
    assert last.partner == grand and last.currency == "XOF"
    assert [amount(last.cells[k]) for k in (0, 2, 3)] == [amount(v) for v in total.cells[:3]]
    # by hand: pledged 3,000,000 XOF + (4,000 + 2,000) USD × 605.25 = 6,631,500 XOF
    assert amount(last.cells[0]) == 6631500


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_money_by_action_takes_the_partner_table_s_rule(lang):
    s = load_strings(lang)
    r = report(lang)
    totals = [(m.title, m.currency) for m in r.action_money if m.total]
    # USD: two actions, their total; XOF: one action, its total too (the rows follow the plan's order,
    # not their currency's: a total under USD alone read as the column's), then the converted total
    assert totals == [(s["progress_total"], "USD"), (s["progress_total"], "XOF"),
                      (s["progress_total_converted"].replace("{code}", "XOF"), "XOF")]
    usd = [m for m in r.action_money if m.currency == "USD"]
    for col in range(4):
        assert amount(usd[0].cells[col]) + amount(usd[1].cells[col]) == amount(usd[2].cells[col])
    # committed, by hand: 3,000,000 + (9,000 + 2,000) × 605.25 = 9,657,750 XOF
    assert amount(r.action_money[-1].cells[1]) == 9657750


def test_a_currency_no_rate_converts_keeps_every_total_whole():
    """A pound sterling line no rate converts: no converted total (it would leave the pounds out),
    each currency's total named by its currency, and no "Total" that sums some of the rows."""
    pounds = Action("a5", "Mirror data", institutions=("Central Bank",), start="2026-Q1", end="2026-Q4",
                    costs=(Cost(2026, D(1000), "GBP", "partner", "UK"),))
    r = report("en", actions=(*ACTIONS, TRAINING, pounds))
    labels = [m.partner for m in r.money if m.total]
    assert labels == ["Total (USD)"], labels
    assert not any(m.title.startswith("Total in") for m in r.action_money)


def test_a_single_currency_table_keeps_its_plain_total():
    from test_implementation_report_first_year import ACTIONS as MAD, ENTRIES as MAD_ENTRIES
    from test_implementation_report_first_year import FINANCE as MAD_FINANCE

    r = report("en", actions=MAD, entries=MAD_ENTRIES, finance=MAD_FINANCE)
    assert [m.title for m in r.action_money if m.total] == ["Total"]     # two actions in dirhams
    assert not any(m.total for m in r.money)                            # the national budget's one row
    # the next half-year: one amount of 150,000 dirhams, exact: no total under it, no rounding note
    assert [a.budget for a in r.next_actions] == [("150,000",)]
    assert r.next_total == () and not r.next_rounded


def test_the_next_period_s_table_prints_a_total_and_a_note_only_where_they_say_something(demo_db):
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context
    from test_implementation_report_first_year import ACTIONS as MAD, ENTRIES as MAD_ENTRIES
    from test_implementation_report_first_year import FINANCE as MAD_FINANCE

    with open_store(demo_db[0], readonly=True) as store:
        ctx = progress_report_context(store, demo_db[1], "2026", "en", today=TODAY)
    html = render_html(replace(ctx, progress=report("en", actions=MAD, entries=MAD_ENTRIES, finance=MAD_FINANCE)))
    nxt = html.split('id="progress-next"', 1)[1].split('id="progress-leads"', 1)[0]
    assert "150,000" in nxt and 'class="total"' not in nxt and ctx.s["progress_rounding"][:30] not in nxt
    # the demo's own next year, converted from several currencies: its total and its note
    demo = render_html(ctx).split('id="progress-next"', 1)[1].split('id="progress-leads"', 1)[0]
    assert 'class="total"' in demo and ctx.s["progress_rounding"][:30] in demo


# --- why an action done is at risk: a note under the table -------------------------------------------------------

def test_why_a_done_action_is_at_risk_is_a_note_under_the_actions_table(demo_db):
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context
    from test_implementation_report_first_year import ACTIONS as MAD, ENTRIES as MAD_ENTRIES
    from test_implementation_report_first_year import FINANCE as MAD_FINANCE

    r = report("en", actions=MAD, entries=MAD_ENTRIES, finance=MAD_FINANCE)
    (note,) = r.action_notes
    assert note.startswith("Action 1: Done on 20 November 2026. Money: at risk; cost line 1: "), note
    assert "of action 1" not in note and "cost line 1 of action" not in r.risks[0].why
    with open_store(demo_db[0], readonly=True) as store:
        ctx = progress_report_context(store, demo_db[1], "2026", "en", today=TODAY)
    html = render_html(replace(ctx, progress=r), typed=True)
    table, after = html.split('id="progress-actions"', 1)[1].split("</table>", 1)
    cells = re.findall(r'<td class="standing-[a-z_]+">(.*?)</td>', table, re.S)
    assert cells and all("<" not in c and len(c) < 20 for c in cells), cells   # the standing alone
    assert "Done on" not in table and "Action 1: Done on 20 November 2026." in after.split("<h", 1)[0]
    # its amounts kept whole on their line, as every overrun's ("marokkan-skikh" was cut in the narrow column)
    assert '<span class="amount">' in after.split("<h", 1)[0]


# --- the words -----------------------------------------------------------------------------------------------------

def test_a_line_only_flagged_says_it_does_not_rate_the_action():
    """Spent above disbursed on the training's line (1,500 of 1,000 disbursed, within its budget of
    2,000): flagged in the overruns table, the action not rated by it."""
    spent = replace(TRAINED, lines=(LineMoney(1, "USD", D(2000), D(1000), D(1500), "Advance"),))
    r = report("en", entries=(*ENTRIES, spent))
    flagged = [o for o in r.overruns if o.action == "4. Training"]
    assert [o.flagged[:20] for o in flagged] == ["Flagged, not rated: "], r.overruns
    assert next(a for a in r.actions if a.number == 4).standing_code == "on_track"
    # the census, spent above its budget, is rated: no such sentence
    over = replace(ENTRIES[0], lines=(LineMoney(1, "XOF", D(3000000), D(3000000), D(3100000), "Reprint"),))
    rated = [o for o in report("en", entries=(over, ENTRIES[1], spent)).overruns if o.action.startswith("1.")]
    assert rated and all(o.flagged == "" for o in rated)


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_counts_cost_lines_and_says_the_rule_without_a_section(lang):
    s = load_strings(lang)
    assert not re.search(r"\d", s["progress_rule"]), s["progress_rule"]       # no "section 18"
    assert "{n}" in s["progress_overruns_line"] and s["progress_overrun_flagged"]
    words = {"en": "Cost lines with an overrun", "fr": "Lignes de coût en dépassement", "ru": "Статьи расходов с превышением",
             "ar": "بنود التكلفة التي شهدت تجاوزًا", "es": "Partidas de costos con un exceso",
             "pt": "Linhas de custo com excedente", "zh": "出现超支的费用项目"}[lang]
    assert words in s["progress_overruns_line"]


def test_arabic_labels_agree_with_their_standings_and_read_as_the_head_asked():
    s = load_strings("ar")
    assert s["progress_parts"] == "الجدول الزمني: {timeline}؛ والوضع المالي: {money}؛ ووضع المؤشرات: {indicators}."
    assert s["progress_done_money"].startswith("الوضع المالي: {standing}")
    assert not any("الأموال:" in str(v) for k, v in s.items() if k.startswith("progress_"))
    assert s["progress_written"] == "كلمة وحدة التخطيط"
    assert (s["progress_with_report"], s["progress_without_report"]) == ("قدّمت تقريرًا", "لم تقدّم تقريرًا")
    assert (s["progress_sig_prepared"], s["progress_sig_approved"]) == ("أعدّه", "اعتمده")
    assert "الخارجة عن المسار" not in s["progress_risks"] and "خارجة عن" not in s["progress_measures_other"]


def test_russian_footer_signatures_and_running_totals():
    s = load_strings("ru")
    assert s["generated_on"] == "Дата составления:"
    assert (s["progress_sig_prepared"], s["progress_sig_approved"]) == ("Подготовил", "Утвердил")
    overruns = [str(v) for k, v in s.items() if k.startswith("progress_overrun_")]
    assert not any("на сегодня" in x for x in overruns)
    assert sum("нарастающим итогом" in x for x in overruns) == 8


def test_a_priority_action_s_half_year_money_says_which_period_each_column_counts(demo_db):
    """A planning unit read "spent of disbursed, to date: 100 %" above a priority action's table of
    95,000 disbursed and 115,000 spent, the half-year's only, with nothing saying so: under the
    table, the note the money by action has (committed in the year to the half-year's end,
    disbursed and spent in the half-year only)."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    with open_store(demo_db[0], readonly=True) as store:
        ctx = progress_report_context(store, demo_db[1], "2026-H2", "en", today=TODAY)
    p = ctx.progress
    assert p.priority and any(a.money for a in p.priority) and p.committed_note
    page = render_html(ctx).split('id="progress-priority"', 1)[1].split('id="progress-indicators"', 1)[0]
    for block in page.split('class="grid money"')[1:]:
        assert block.split("</table>", 1)[1].lstrip().startswith(f'<p class="small">{p.committed_note}')
