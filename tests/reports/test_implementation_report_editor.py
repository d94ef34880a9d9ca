"""The implementation report as a United Nations editor reads it, in every language
(reports/plan/progress.py, progress.html.j2): money in a sentence names its currency in the plural
form its figure takes, never by its ISO code but after a Russian preposition, whose case the name's
forms cannot take (tables keep the code in their headers); a quotation
inside a quotation takes the language's second-level marks; the title and the sentences name the
period as the language says it ("за 2026 год"); one word for "pledged" in each language; every
percentage in the language's one form; the summary in full sentences; the money of every action
printed, priority action or not; and flagging a priority action after the validation changes
nothing the government validated.

Read from the report's model and HTML (fast); one PDF each in Russian and Arabic."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from decimal import Decimal

import pytest

from capacity_app.domain import editorial
from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance, Rate
from capacity_app.domain.plan.progress import ActionProgress, IndicatorValue, LineMoney, period_summary
from capacity_app.domain.plan.results import Indicator, ResultsChain, Target
from capacity_app.reports.format import load_strings
from capacity_app.reports.money import currency_name, money_in_words, rate_in_words

D = Decimal
LANGS = ("en", "fr", "es", "ar", "zh", "ru", "pt")
TODAY = _dt.date(2027, 2, 15)
FINANCE = Finance("XOF", (Rate("XOF", D("605.25"), "2026-01-01"),))
ACTIONS = (
    Action("a1", "Census tables", institutions=("NSO",), start="2026-Q1", end="2026-Q4",
           costs=(Cost(2026, D(3000000), "XOF"),), priority_action=True),
    # a survey funded in dollars, not a priority action: its money is printed all the same
    Action("a2", "Survey", institutions=("NSO",), start="2026-Q1", end="2027-Q4",
           costs=(Cost(2026, D(4000), "USD", "partner", "IOM"), Cost(2027, D(6000), "USD", "partner", "IOM"))),
    Action("a3", "Registers", institutions=("Interior",), start="2027-Q1", end="2027-Q4",
           costs=(Cost(2027, D(500000), "XOF"),)),
)
ENTRIES = (
    ActionProgress("a1", "2026", "done", "2026-02-01", "2026-10-01", "",
                   (LineMoney(1, "XOF", D(3000000), D(3000000), D(2900000)),)),
    ActionProgress("a2", "2026", "in_progress", "2026-02-01", None, "",
                   (LineMoney(1, "USD", D(9000), D(7500), D(4200)),)),
)
CHAIN = ResultsChain("Objective", indicators=(
    Indicator("I1", "output", "a2", "Share of surveys asking", "%", D(25), 2025, (Target(2026, D(40)),)),
))
VALUES = (IndicatorValue("I1", "2026", D(9), "2026-12-01"),)
# an ISO code outside brackets (the plan's currency named "(XOF)" once, for the tables' headers)
CODE_IN_TEXT = re.compile(r"(?<![A-Z(（])(?:XOF|USD)(?![A-Z)）])")


def report(lang: str, period: str = "2026", actions=ACTIONS):
    from capacity_app.reports.plan.progress import progress_report

    summary = period_summary(actions, ENTRIES, period, TODAY, VALUES, CHAIN)
    return progress_report(summary, lang, load_strings(lang), finance=FINANCE, entries=ENTRIES, values=VALUES,
                           chain=CHAIN)


@pytest.fixture(scope="module")
def reports():
    return {lang: report(lang) for lang in LANGS}


def sentences(r) -> list[str]:
    """What the report says in sentences: the summary, the money above the plan, the notes."""
    return [*r.achieved, r.counts, *r.above_plan, r.budget_note, r.not_converted, r.intro]


# --- money in a sentence -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, amount, code, words", [
    ("ru", D(3524380), "USD", "3\u00a0524\u00a0380\u00a0долларов США"),
    ("ru", D(3524381), "USD", "3\u00a0524\u00a0381\u00a0доллар США"),           # 381: the "one" form
    ("ru", D("4200.5"), "USD", "4\u00a0200,50\u00a0доллара США"),
    ("ru", D(1), "USD", "1\u00a0доллар США"),
    ("fr", D(2500000), "XOF", "2\u202f500\u202f000\u00a0francs CFA (BCEAO)"),
    ("fr", D(2500000), "USD", "2\u202f500\u202f000\u00a0dollars des États-Unis"),
    ("es", D(7500), "USD", "7500\u00a0dólares de los Estados Unidos"),
    ("pt", D(7500), "USD", "7\u00a0500\u00a0dólares dos Estados Unidos"),
    ("zh", D(7500), "USD", "7,500美元"),
    ("en", D(7500), "USD", "7,500\u00a0United States dollars"),
])
def test_money_in_a_sentence_names_its_currency_in_the_figure_s_plural(lang, amount, code, words):
    assert money_in_words(amount, code, lang) == words


def test_arabic_money_is_the_figure_isolated_then_the_currency_s_name():
    text = money_in_words(D(4200), "USD", "ar")
    assert text == "\u20664,200\u2069\u00a0دولار أمريكي"
    assert rate_in_words(D("605.25"), "XOF", "ru") == "1\u00a0доллар США = 605,25\u00a0франка КФА ВСЕАО"
    assert currency_name("USD", "xx") == "USD"   # a language Babel does not know: the code, never nothing


@pytest.mark.parametrize("lang", LANGS)
def test_no_sentence_of_the_report_names_a_currency_by_its_code(reports, lang):
    r = reports[lang]
    said = sentences(r)
    assert r.above_plan and any(currency_name("USD", lang, D(4200)) in x for x in said), said
    for text in said:   # never the code: one convention in every sentence (Russian declines the name)
        assert not CODE_IN_TEXT.search(text), text
    # the tables keep the code: the money by partner, each execution block, the money by action
    assert {m.currency for m in r.money} == {"USD", "XOF"}
    assert all(b.currency == "XOF" for t in r.rates for b in t.blocks)


# --- the money of every action -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_action_s_money_is_printed_priority_action_or_not(reports, lang):
    r = reports[lang]
    assert [a.number for a in r.priority] == [1]
    rows = {(m.number, m.currency): m.cells for m in r.action_money if not m.total}
    fmt = {"en": "{:,}", "ru": "{:,}"}[lang]

    def n(x: int) -> str:
        return fmt.format(x).replace(",", "," if lang == "en" else "\u00a0")

    assert rows[(2, "USD")] == (n(4000), n(9000), n(7500), n(4200))   # budget 2026, committed, disbursed, spent
    assert rows[(1, "XOF")] == (n(3000000), n(3000000), n(3000000), n(2900000))
    assert rows[(3, "–")] == ("–",) * 4                               # nothing in 2026: a row all the same
    # a single row in each currency: each currency's total all the same (the rows follow the plan's
    # order: every currency totalled, never some), then the table's total in the plan's currency at
    # its rate (USD 1 = XOF 605.25), by hand: 3,000,000 + 4,000 × 605.25 …
    totals = [(m.title, m.currency, m.cells) for m in r.action_money if m.total]
    s = load_strings(lang)
    assert totals == [(s["progress_total"], "USD", rows[(2, "USD")]), (s["progress_total"], "XOF", rows[(1, "XOF")]),
                      (s["progress_total_converted"].replace("{code}", "XOF"), "XOF",
                       (n(5421000), n(8447250), n(7539375), n(5442050)))]


def test_the_money_by_action_is_in_the_html_and_its_contents(contexts):
    from capacity_app.reports.pdf import render_html

    html = render_html(contexts["en"])
    assert 'id="progress-action-money"' in html and 'href="#progress-action-money"' in html
    block = html.split('id="progress-action-money"', 1)[1].split("</table>", 1)[0]
    assert "Survey" in block and "Registers" in block and "4,200" in block


# --- the period, the title and the summary -------------------------------------------------------------------------

TITLES = {"en": "Implementation report for 2026", "fr": "Rapport de mise en œuvre pour 2026",
          "es": "Informe de ejecución correspondiente a 2026", "ar": "تقرير التنفيذ عن عام 2026",
          "zh": "2026年执行情况报告", "ru": "Доклад об осуществлении плана за 2026\u00a0год",
          "pt": "Relatório de execução relativo a 2026"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_title_names_the_period_as_the_language_says_it(reports, lang):
    assert reports[lang].title == TITLES[lang]


def test_a_period_in_words():
    assert editorial.reporting_period("2026", "ru") == "2026\u00a0год"
    assert editorial.reporting_period("2026-H1", "ru") == "первое полугодие 2026\u00a0года"
    assert editorial.reporting_period("2026-H2", "en") == "the second half of 2026"
    assert editorial.reporting_period("2026", "zh") == "2026年"
    assert editorial.reporting_period("2026", "ar") == "عام 2026"
    assert editorial.reporting_period("2026", "fr") == "2026"


def test_russian_never_names_a_bare_year_after_a_preposition(reports):
    r = reports["ru"]
    texts = [*sentences(r), r.title, *(t.title for t in r.rates)]
    for text in texts:
        assert not re.search(r"\b(?:за|в|на|периода) 20\d\d(?![\d\u00a0 ]*(?:год|г\.))", text), text
    assert "за 2026\u00a0год" in r.achieved[0]
    half = report("ru", "2026-H2")
    assert half.title == "Доклад об осуществлении плана за второе полугодие 2026\u00a0года"


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_is_full_sentences(reports, lang):
    r = reports[lang]
    stop = "。" if lang == "zh" else "."
    for text in (*r.achieved, r.counts, r.rule):
        assert text.endswith(stop), text
        assert not text[0].islower(), text
        assert lang == "zh" or not text[0].isdigit(), text   # Chinese may open on a year ("2026年")


# --- one word for "pledged", one percent rule ------------------------------------------------------------------------

PLEDGED = {"en": "pledged", "fr": "annonc", "es": "promet", "ar": "متعهَّد", "zh": "认捐", "ru": "объявл", "pt": "promet"}
NOT_PLEDGED = {"ru": "обещ", "ar": "معلن عنه", "pt": "compromissos do Governo"}


@pytest.mark.parametrize("lang", LANGS)
def test_one_word_for_pledged(lang):
    s = load_strings(lang)
    for key in ("progress_pledged", "plan_pipe_pledged", "progress_pledged_note", "progress_intro"):
        assert PLEDGED[lang] in str(s[key]).lower(), (key, s[key])
    if lang in NOT_PLEDGED:
        for key in ("progress_pledged", "plan_pipe_pledged", "progress_budget_note", "progress_intro"):
            assert NOT_PLEDGED[lang] not in str(s[key]).lower(), (key, s[key])


@pytest.mark.parametrize("lang", LANGS)
def test_every_percentage_in_the_language_s_one_form(reports, lang):
    from capacity_app.reports.format import fmt_percent

    r = reports[lang]
    sign = editorial.percent_sign(lang)
    # an indicator measured in per cent: its values as percentages, the same form as the rates
    line = next(i for i in r.indicators if i.indicator == "I1")
    assert line.value == fmt_percent(0.09, lang) and line.target == fmt_percent(0.40, lang)
    assert r.series[0].baseline.startswith(fmt_percent(0.25, lang))
    shares = [c for t in r.rates for b in t.blocks for row in b.rows for c in row.cells[3:] if c != "–"]
    shares += [line.value, line.target]
    assert shares and all(c.replace("\u2066", "").replace("\u2069", "").endswith(sign.strip() or sign) for c in shares)
    if sign.startswith("\u00a0"):
        assert not any(re.search(r"\d%", c) for c in shares)


def test_software_phrases_are_said_as_an_editor_would():
    for lang in LANGS:
        s = load_strings(lang)
        assert "as entered" not in s["plan_entered_as"] and "ввода" not in s["plan_entered_as"]
        assert "typed" not in s["progress_rule"] and "вводится" not in s["progress_rule"]


# --- nested quotation marks ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, want", [
    ("ru", "см. раздел «Семинар «Миграция»»", "см. раздел «Семинар „Миграция“»"),
    ("fr", "voir « Atelier « Migration » »", "voir «\u00a0Atelier “Migration”\u00a0»"),
    ("es", "véase «Taller «Migración»»", "véase «Taller “Migración”»"),
    ("en", "see “The “Census” report”", "see “The ‘Census’ report”"),
    ("zh", "见“关于“移民”的报告”", "见“关于‘移民’的报告”"),
    ("ar", "انظر «حلقة «الهجرة»»", "انظر «حلقة “الهجرة”»"),
    ("pt", "ver «Seminário «Migração»»", "ver «Seminário “Migração”»"),
])
def test_a_quotation_inside_a_quotation_takes_the_second_level(lang, text, want):
    from capacity_app.reports.typography import held_pattern, typeset, typeset_around

    assert typeset(editorial.nested_quotes(text, lang), lang).replace("\u202f", " ") == want
    assert editorial.nested_quotes(want, lang) == want and typeset(want, lang) == want   # idempotent
    inner = re.search(r"[«“](.*)[»”]", text)[1].strip()      # the user's own text, quoted by the report
    assert typeset_around(text, lang, held_pattern(frozenset({inner}))).replace("\u202f", " ") == want


def test_the_validation_line_quotes_a_quoted_event_at_the_second_level():
    """The country report's cover and the implementation report's quote an event the officer typed
    with its own quotation marks: the PDF's text has the Russian second level."""
    assert editorial.quoted("Семинар «Миграция»", "ru") == "«Семинар „Миграция“»"
    assert editorial.quoted("Atelier « Migration »", "fr") == "«\u00a0Atelier “Migration”\u00a0»"


# --- the priority flag is not what the government validated ---------------------------------------------------------

def test_flagging_a_priority_action_after_the_validation_changes_nothing(tmp_path, demo_db, questionnaire):
    """Through the service, on the demo's validated plan (real SQLite): the flag moved from one
    action to another leaves the changes since the validation as they were."""
    import shutil

    from capacity_app.domain.plan.validation import changes_since
    from capacity_app.services.assessments import open_store
    from capacity_app.services.plan.actions import update_action

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db[0], path)
    with open_store(path, backup_dir=tmp_path / "backups") as store:
        aid = demo_db[1]
        validation = store.plan_validation(aid)
        before = changes_since(validation, store.action_plan(aid))
        plan = store.action_plan(aid)
        flagged = next(a for a in plan if a.priority_action)
        plain = next(a for a in plan if not a.priority_action)
        update_action(store, questionnaire, aid, replace(flagged, priority_action=False))
        update_action(store, questionnaire, aid, replace(plain, priority_action=True))
        now = {a.id: a.priority_action for a in store.action_plan(aid)}
        assert now[plain.id] and not now[flagged.id]
        assert changes_since(validation, store.action_plan(aid)) == before


# --- the PDF in Russian and Arabic ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def contexts(demo_db):
    """The demo's implementation report context (its cover) in English, Russian and Arabic, its
    progress the small plan's."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    with open_store(demo_db[0], readonly=True) as store:
        return {lang: replace(progress_report_context(store, demo_db[1], "2026", lang, today=TODAY),
                              progress=report(lang)) for lang in ("en", "ru", "ar")}


@pytest.mark.parametrize("lang", ["ru", "ar"])
def test_the_pdf_reads_as_an_editor_wants(lang, contexts, tmp_path):
    from pdf_text import page_texts

    from capacity_app.services.reports import render_report_pdf

    pdf = render_report_pdf(contexts[lang], tmp_path / f"{lang}.pdf")
    flat = " ".join(" ".join(page_texts(pdf)).split())
    # the text without spaces nor the year (read back elsewhere in the Arabic line)
    solid = re.sub(r"[\s\u00ad\u2066-\u2069\u200e\u200f]|2026", "", flat)
    s = load_strings(lang)

    def bare(text: str) -> str:
        return re.sub(r"\s|2026", "", text)

    assert bare(TITLES[lang]) in solid
    assert bare(currency_name("USD", lang, D(4200))) in solid                   # money in words
    assert bare(fill_period(s["progress_action_money"], lang)) in solid
    assert "Registers" in flat                                                  # every action's money
    if lang == "ru":
        assert "за 2026 год" in flat.replace("\u00a0", " ") and "доллар" in flat
        assert "обещано" not in flat


def fill_period(text: str, lang: str) -> str:
    return text.replace("{period}", editorial.reporting_period("2026", lang, "in"))   # "en 2026", "in 2026"
