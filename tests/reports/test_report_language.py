"""The report read as a UN editor reads it, in English, French and Spanish: no English on a French or
Spanish page, French typography, plurals, names with their article, UN dates, ranges and lists."""
from __future__ import annotations

import re

import pytest

from capacity_app.reports.typography import NBSP, NNBSP, WJ, typeset
from capacity_app.services.reports import build_report_context
from plan_edits import forget_progress


def _phrases(value):
    """The literal runs of a catalogue text between its placeholders, when they are phrases (3+ words)."""
    texts = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]
    for t in texts:
        if isinstance(t, list):
            yield from _phrases(t)
        elif isinstance(t, str):
            for frag in re.split(r"\{[^}]*\}", t):
                frag = frag.strip(" .,:;\"")
                if len(frag.split()) >= 3:
                    yield frag


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_no_english_on_a_french_or_spanish_page(reports, lang):
    """Every phrase of the report's English catalogue (strings.yaml) and of the questionnaire's
    English (sections, questions, policy questions and their short titles, sources) that differs from
    its translation is absent from the translated PDF's text layer, titles and running heads
    included; so are the English generated title and the fixed English words."""
    from capacity_app.domain.questionnaire import tr
    from capacity_app.reports.format import all_strings

    r = reports(lang)
    text = r.flat
    assert typeset(r.ctx.s["summary"], lang) in text  # the extraction works
    found = []
    for key, values in all_strings().items():
        if key == "acronym_list" or values.get("en") == values.get(lang):
            continue  # acronyms are the same in every language; their definitions are checked below
        translated = set(_phrases(values.get(lang)))
        for frag in _phrases(values["en"]):
            if frag not in translated and typeset(frag, "en") in text:
                found.append(f"{key}: {frag!r}")
    from capacity_app.catalog.loader import load_bundled

    questionnaire = load_bundled()
    texts = [sec.label for sec in questionnaire.sections]
    texts += [it.label for sec in questionnaire.sections for it in sec.items]
    texts += [p.label for p in questionnaire.policy_questions] + [p.short for p in questionnaire.policy_questions]
    texts += [src.label for src in questionnaire.sources]
    for t in texts:
        en = typeset(tr(t, "en"), "en")
        if en != typeset(tr(t, lang), lang) and len(en.split()) >= 3 and en in text:
            found.append(f"questionnaire: {en!r}")
    for words in ("Executive summary", "Action plan", "Generated on", "out of 100", "DRAFT",
                  "migration data capacity assessment", "Migration data capacity assessment", "Page 3 of"):
        if words in text:
            found.append(words)
    assert found == []


def user_texts(ctx) -> list[str]:
    """Every text the user typed that the report context holds (reports.budget.UserText), its
    whitespace as the PDF's text layer gives it: printed as typed, no language's typography."""
    import dataclasses

    from capacity_app.reports.budget import Typeset, UserText

    found, seen = [], set()

    def walk(x):
        if type(x) is UserText:
            found.append(re.sub(r"[ \t\r\n]+", " ", x.replace("\u200b", "")).strip())
        elif type(x) is Typeset:   # an application sentence quoting the user: its user parts
            for part in x.parts:
                walk(UserText(part))
        elif dataclasses.is_dataclass(x) and not isinstance(x, type):
            if id(x) in seen:
                return
            seen.add(id(x))
            for f in dataclasses.fields(x):
                walk(getattr(x, f.name))
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)
    walk(ctx)
    for x in ctx.user_texts:  # quoted in a sentence the report built around them: as typed too
        walk(UserText(x))
    return [t for t in found if t]


def without_user_text(text: str, ctx) -> str:
    """``text`` (a page's text layer) less the user's own texts, which keep their own typography."""
    flat = re.sub(r"[ \t\r\n]+", " ", text.replace("\xad\n", "").replace("\u200b", ""))  # no-break spaces kept
    flat = re.sub(r"(?<=\w)- (?=\w)", "-", flat)   # "co-financing" broken at its own hyphen
    for t in sorted(user_texts(ctx), key=len, reverse=True):
        if len(t) >= 15:   # a short one ("No", "INSD") would be found inside the application's words
            flat = flat.replace(t, "\u2026")   # a mark, not a space: the quotes around a typed name stay checkable
    return flat


def test_french_typography_in_the_text_layer(reports, partial_fr):
    """No ordinary space before : ; ? ! » or after «, none missing before them (after a word),
    typographic apostrophes, no straight double quotes, in the demo and in a partly filled report:
    in the application's text (the user's own text is printed as typed)."""
    for r in (reports("fr"), partial_fr):
        text = without_user_text(r.text, r.ctx)
        # the charts' text: WeasyPrint draws SVG text with its no-break spaces as spaces (they are
        # laid out by matplotlib, so no line can break there); the labels are typeset all the same
        if r.ctx.chart is not None:
            chart = r.ctx.chart.section_labels + r.ctx.chart.section_band_labels
            assert all(" :" not in x for x in chart)
            for label in chart:
                for part in label.split(f"{NBSP}:"):
                    text = text.replace(f"{part.split()[-1] if part.split() else part} :", "")
        assert not re.findall(r".{12} [:;?!»]", text)
        assert not re.findall(r"« .{12}", text)
        missing = [m for m in re.findall(r".{12}\w[;?!](?:\s|$)", text)]
        assert missing == []
        colons = re.findall(r".{12}[A-Za-zÀ-ÿ)][:](?:\s|$)", text)
        assert colons == []
        straight = re.search(r"[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]", text)
        assert not straight, text[max(0, straight.start() - 100):straight.end() + 60]
        assert '"' not in text
        assert f"{NBSP}:" in text and f"{NNBSP}?" in text and f"«{NBSP}" in text and f"{NBSP}»" in text


def test_english_and_spanish_quotation_and_no_serial_comma(reports):
    en, es = (without_user_text(reports(x).text, reports(x).ctx) for x in ("en", "es"))
    assert "“" in en and '"' not in en and "'" not in en.replace("’", "")
    assert "«" in es and "« " not in es and " »" not in es and '"' not in es
    assert not re.search(r"\w, \w+, and \w", reports("en").flat)  # UN English: no serial comma
    from capacity_app.reports.format import fmt_list

    assert fmt_list(["L", "J", "M"], "en") == "L, J and M"
    assert fmt_list(["L", "J", "M"], "fr") == "L, J et M"
    assert fmt_list(["L", "J", "M"], "es") == "L, J y M"


def test_typeset_rules():
    assert typeset("Diffusion: oui", "fr") == f"Diffusion{NBSP}: oui"
    assert typeset("Niveau : « Satisfait »", "fr") == f"Niveau{NBSP}: «{NBSP}Satisfait{NBSP}»"
    assert typeset("Pourquoi ? Voilà !", "fr") == f"Pourquoi{NNBSP}? Voilà{NNBSP}!"
    assert typeset("l'institution", "fr") == "l’institution"
    assert typeset("Existe-t-elle ?", "fr") == f"Existe-\u2060t-\u2060elle{NNBSP}?"
    assert typeset("à 10:30, voir https://x.org/?a=1", "fr") == "à 10:30, voir https://x.org/?a=1"
    assert typeset('the "band" isn\'t', "en") == "the “band” isn’t"
    assert typeset("« no sabe »", "es") == "«no sabe»"
    once = typeset("Statut : « en cours » ; voir l'annexe ?", "fr")
    assert typeset(once, "fr") == once  # idempotent
    # Chinese: full-width punctuation after Chinese characters, no space after 。 (domain/editorial.py)
    assert typeset("问题L (回流)。 变量; 分列", "zh").replace(WJ, "") == "问题L（回流）。变量；分列"
    assert typeset("S1, S2 (INS)", "zh") == "S1, S2 (INS)"


def test_no_line_break_inside_a_quarter_a_date_or_a_bracketed_status():
    """"2026年第三季／度", "（未／落实）", "III– / IV кв. 2026 г.": a word joiner between
    the characters of a Chinese quarter, date or bracketed status word (a range still breaks at its
    至), after the dash of a range of quarters; a Russian quarter and an amount with its currency
    code hold no breakable space."""
    from decimal import Decimal

    from capacity_app.domain.editorial import quarter, quarter_span
    from capacity_app.reports.money import format_money

    j = WJ
    assert typeset(quarter_span(2026, 3, 4, "zh"), "zh") == f"2026{j}年{j}第{j}三{j}季{j}度{j}至第{j}四{j}季{j}度"
    assert typeset("European Union（未落实）", "zh") == f"European Union（{j}未{j}落{j}实{j}）"
    assert typeset("2026年6月18日", "zh") == f"2026{j}年{j}6{j}月{j}18{j}日"
    once = typeset("2026年第三季度至2027年第一季度", "zh")
    assert typeset(once, "zh") == once  # idempotent
    assert typeset(quarter_span(2026, 3, 4, "ru"), "ru") == f"III–{j}IV{NBSP}кв.{NBSP}2026{NBSP}г."
    assert typeset("Q3–Q4 2026", "en") == f"Q3–{j}Q4{NBSP}2026" and typeset("Inter–Valley", "en") == "Inter–Valley"
    assert typeset("T3 2026 – T2 2027", "fr") == f"T3{NBSP}2026{NBSP}– T2{NBSP}2027"
    assert " " not in quarter(2026, 4, "ru") and " " not in format_money(Decimal("335500000"), "XOF", "ru")
    # a code keeps its dash ("CON" / "— 领事登记": zh item 56), a Russian spaced em dash never starts a line
    assert typeset("CON — Consular registration", "en") == f"CON{NBSP}— Consular registration"
    assert typeset("Итого — 5", "ru") == f"Итого{NBSP}— 5" and typeset("The work — and more", "en") == "The work — and more"
    # Arabic: "و–90 ‹break› 100" (ar item 2), a quarter and its year
    assert typeset("ومن 90 إلى 100 قدرات متقدمة", "ar") == f"ومن{NBSP}90 إلى{NBSP}100 قدرات متقدمة"
    assert typeset("الربع الثالث من عام 2026", "ar") == f"الربع{NBSP}الثالث من عام{NBSP}2026"


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_plurals_for_0_1_and_2(lang):
    """Every entry with plural forms has "one" and "other" in each language and gives a form of the
    right number for 0, 1 and 2 (French: 0 and 1 singular); no "(s)" in any fixed text."""
    from capacity_app.reports.format import all_strings, load_strings, plural

    s = load_strings(lang)
    entries = {k: v for k, v in s.items() if isinstance(v, dict)}
    assert {"reading_followup", "area_answers", "more_chars", "reading_quick_wins", "pq_fit"} <= set(entries)
    for key, entry in entries.items():
        assert {"one", "other"} <= set(entry), key
    for key, v in all_strings().items():
        assert "(s)" not in str(v.get(lang)), key
    one = {"en": r"\b1 answers?\b", "fr": r"\b1 réponses?\b", "es": r"\b1 respuestas?\b"}[lang]
    out = {n: plural(s["area_answers"], n, lang, details="") for n in (0, 1, 2)}
    assert "2" in out[2] and not re.search(one.replace("s?", "s"), out[1])
    assert {"en": "One answer", "fr": "Une réponse", "es": "una respuesta"}[lang] in out[1]
    assert "0" not in out[0]  # "No answer has been recorded…", not "0 answers"
    assert plural(s["more_chars"], 1, lang).count("1") == 1 and "characters" not in plural(s["more_chars"], 1, lang)
    if lang == "fr":
        assert plural(s["pq_fit"], 1, lang) == "1 peut être renseignée avec des données adaptées"
        assert plural(s["pq_fit"], 2, lang).startswith("2 peuvent")


def test_no_plural_error_in_the_reports(demo, partial_fr):
    """The sentences the report writes (summary, area readings, chart texts, plan) agree with their
    numbers. (The scoring engine's reasons printed in the annexes are domain/texts.py's.)"""
    bad = re.compile(r"\b1 (answers|réponses|respuestas|characters|caractères|caracteres|gaps|lacunes|brechas)\b"
                     r"|\b[02-9] (answer|réponse|respuesta)\b|\(s\)|\(es\)")
    store, q, a = demo  # the contexts the reports are made from (the PDFs: the next test)
    for c in (*(build_report_context(store, q, a.id, lang) for lang in ("en", "fr", "es")), partial_fr.ctx):
        texts = [c.summary.reading, c.summary.provisional_note, c.plan.intro, *c.chart_alt.values()]
        texts += [a.reading for a in c.areas + c.context_parts]
        assert not [t for t in texts if bad.search(t)]


def test_names_carry_their_article(tmp_path):
    """A sentence names the country with its article and the verb agrees: UNTERM short names."""
    from capacity_app.reports.names import country_name
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_answer
    from capacity_app.services.reports import build_report_context

    from capacity_app.services.demo import create_demo

    with open_store(tmp_path / "n.sqlite3", backup_dir=tmp_path / "b") as st:
        q = questionnaire_for()
        demo = create_demo(st)
        readings, unscored = {}, {}
        for iso in ("SEN", "BHS", "MDA"):
            a = create_assessment(st, q, country=iso, round=2026)  # the demo's answers: a score and a band
            st.replace_answers(a.id, list(st.answers(demo.id).values()), note="copied from the demo")
            b = create_assessment(st, q, country=iso, round=2025)  # next to nothing known: no score
            record_answer(st, q, b.id, "s2_policy", "yes")
            for lang in ("fr", "es", "en"):
                readings[iso, lang] = build_report_context(st, q, a.id, lang).summary.reading
                unscored[iso, lang] = build_report_context(st, q, b.id, lang).summary.reading
    assert "attribué au Sénégal" in unscored["SEN", "fr"] and "attribué aux Bahamas" in unscored["BHS", "fr"]
    assert "asignarse una puntuación global al Senegal" in unscored["SEN", "es"]
    assert "to the Bahamas" in unscored["BHS", "en"]
    assert readings["SEN", "fr"].startswith("Le Sénégal obtient")
    assert readings["SEN", "es"].startswith("El Senegal obtiene")
    assert readings["BHS", "fr"].startswith("Les Bahamas obtiennent")
    assert readings["BHS", "es"].startswith("Las Bahamas obtienen")
    assert readings["BHS", "en"].startswith("The Bahamas scores")
    assert readings["MDA", "fr"].startswith("La République de Moldova obtient")
    n = country_name("Bolivie (État plurinational de)", "fr")
    assert (n.subject, n.of, n.to) == ("L’État plurinational de Bolivie", "de l’État plurinational de Bolivie",
                                       "à l’État plurinational de Bolivie")
    assert country_name("Sénégal (le)", "fr").to == "au Sénégal"
    assert country_name("Senegal (el)", "es").of == "del Senegal"
    assert country_name("Iraq (l')", "fr").of == "de l’Iraq"
    assert country_name("Israël", "fr").of == "d’Israël"
    assert country_name("Niger (the)", "en").subject == "The Niger"


def test_the_demo_summary_names_its_country_with_its_article(demo):
    store, q, a = demo
    assert build_report_context(store, q, a.id, "fr").summary.reading.startswith("La République de Veloria (fictive) obtient")
    assert build_report_context(store, q, a.id, "es").summary.reading.startswith("La República de Veloria (ficticia) obtiene")


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_s1_statistics_are_named_as_labels_not_as_sentence_subjects(reports, lang):
    """The names of S1's statistics ("Flux annuel d'immigration", "Ressortissants vivant à
    l'étranger") are labels without an article: where the summary and Annex B cite S1 against a
    policy question, each name stands before a colon ("S1, Flux annuel d'immigration : pas de
    mesure…"), never inside a sentence ("S1 ne confirme pas Ressortissants vivant…", "S1 :
    Flujo anual de inmigración no se mide…")."""
    from capacity_app.domain.questionnaire import tr
    from capacity_app.domain.scoring.engine import S1_GRID
    from capacity_app.services.assessments import questionnaire_for

    r, q = reports(lang), questionnaire_for()
    names = sorted((tr(row.label, lang) for row in q.item(S1_GRID).rows), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    cited = re.compile(rf"S1, (?:{alt})(?: / (?:{alt}))*\s?:")
    summary = r.ctx.summary
    texts = [*summary.can_shortfall, *summary.cannot_answer, *(x for b in r.ctx.policy_blocks for x in b.reasons)]
    seen = 0
    for text in texts:
        inside = [m.span() for m in cited.finditer(text)]
        for n in names:
            for m in re.finditer(re.escape(n), text):
                seen += 1
                assert any(a <= m.start() < b for a, b in inside), f"{n!r} in a sentence: {text}"
    assert seen >= 3  # the demo cites S1 against several questions


def test_un_dates_ranges_and_quarters():
    from capacity_app.reports.format import fmt_date, fmt_date_range, fmt_quarter

    assert fmt_date_range("2026-05-11", "2026-05-15", "en") == "11–15 May 2026"
    assert fmt_date_range("2026-05-11", "2026-05-15", "fr") == "11–15 mai 2026"
    assert fmt_date_range("2026-05-11", "2026-05-15", "es") == "11 a 15 de mayo de 2026"
    assert fmt_date_range("2026-02-26", "2026-03-06", "en") == "26 February – 6 March 2026"
    assert fmt_date_range("2026-02-26", "2026-03-06", "es") == "26 de febrero a 6 de marzo de 2026"
    assert fmt_date_range("2025-12-28", "2026-01-03", "fr") == "28 décembre 2025 – 3 janvier 2026"
    assert fmt_date("2026-05-01", "fr") == "1er mai 2026"
    assert fmt_date_range("2026-05-01", "2026-05-03", "fr") == "1er–3 mai 2026"
    assert (fmt_quarter(2026, 3, "en"), fmt_quarter(2026, 3, "fr"), fmt_quarter(2026, 3, "es")) == (
        "Q3 2026", "T3 2026", "T3 2026")


def test_date_ranges_in_chinese_russian_and_arabic():
    """Chinese writes the year first and joins with 至 (the cover once printed "11–2026年5月15日");
    Russian and Arabic keep full month names."""
    from capacity_app.reports.format import fmt_date_range, fmt_period

    def plain(text):  # without the isolates a right-to-left sentence puts around digit runs
        return text.replace("\u2066", "").replace("\u2069", "")

    assert plain(fmt_date_range("2026-05-11", "2026-05-15", "zh")) == "2026年5月11日至15日"
    assert plain(fmt_date_range("2026-04-28", "2026-05-03", "zh")) == "2026年4月28日至5月3日"
    assert plain(fmt_date_range("2026-12-28", "2027-01-03", "zh")) == "2026年12月28日至2027年1月3日"
    # UN Russian writes the year out, UN Arabic names both months (domain/editorial.py)
    assert plain(fmt_date_range("2026-04-28", "2026-05-03", "ru")) == "28\u00a0апреля\u00a0— 3\u00a0мая 2026\u00a0года"
    assert plain(fmt_date_range("2026-05-11", "2026-05-15", "ar")) == "من 11 إلى 15 أيار/مايو 2026"
    assert fmt_period("2026年第三季度", "2027年第一季度", "zh") == "2026年第三季度至2027年第一季度"


def test_an_arabic_exchange_rate_is_one_isolated_left_to_right_run():
    """Arabic editor, item 4: the equation unisolated lost its "1" to the far side of the
    Arabic line ("XOF 1 = …"); isolated and tied with no-break spaces it reads "1 USD = 605.25 XOF"."""
    from decimal import Decimal

    from capacity_app.reports.money import format_rate

    assert format_rate(Decimal("605.25"), "XOF", "ar") == "\u20661\u00a0USD\u00a0=\u00a0605.25\u00a0XOF\u2069"
    assert format_rate(Decimal("605.25"), "XOF", "en").replace("\u00a0", " ") == "USD 1 = XOF 605.25"


def test_percentages_follow_cldr():
    from capacity_app.reports.format import fmt_percent

    assert fmt_percent(0.8, "en") == "80%"
    assert fmt_percent(0.8, "fr").replace(NNBSP, NBSP) == f"80{NBSP}%"
    assert fmt_percent(0.7997, "es").startswith("80")


def test_generated_titles_in_the_report_language_and_drafted_actions_too(tmp_path):
    """A title made by default is never printed in English on a French cover; a typed one is the
    cover's subtitle. Actions drafted from the recommendations (in English) print in French unless
    their title was edited."""
    from dataclasses import replace

    from capacity_app.reports.pdf import render_html
    from capacity_app.services.plan.actions import action_plan, draft_from_recommendations, update_action
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    with open_store(tmp_path / "t.sqlite3", backup_dir=tmp_path / "b") as st:
        q = questionnaire_for()
        a = create_demo(st)
        drafted = draft_from_recommendations(st, q, a.id, "en").actions  # titles in English
        assert len(drafted) >= 2
        update_action(st, q, a.id, replace(drafted[1], title="Our own wording"))
        fr = build_report_context(st, q, a.id, "fr")
        en = build_report_context(st, q, a.id, "en")
        order = [x.id for x in action_plan(st, a.id)]
        b = create_assessment(st, q, country="SEN", round=2026, title="Rapport pour consultation")
        typed = build_report_context(st, q, b.id, "fr")
    html = render_html(fr)
    assert "capacity assessment" not in html and fr.cover.title == ""
    assert typed.cover.title == "Rapport pour consultation"
    first, edited = order.index(drafted[0].id), order.index(drafted[1].id)
    assert en.plan.actions[first].title == drafted[0].title
    assert fr.plan.actions[first].title != drafted[0].title  # drafted in English, printed in French
    assert fr.plan.actions[edited].title == en.plan.actions[edited].title == "Our own wording"


def test_annex_e_finds_acronyms_and_sorts_terms_in_any_script():
    """Russian acronyms (ЦУР, ООН, СО ООН) are found as whole words like Latin ones, and the
    glossary sorts Cyrillic and accented terms alphabetically (once every non-Latin letter was
    dropped from the sort key and ЦУР never reached Annex E)."""
    from capacity_app.reports.chapters import _collation, _printed

    known = {"ООН": "", "СО ООН": "", "ЦУР": "", "SDG": "", "UN": "", "МОТ": ""}
    text = "Статистический отдел (СО ООН) и показатели ЦУР; SDGs, UN; МОТИВ"
    assert _printed(known, text) == {"СО ООН", "ЦУР", "UN"}
    terms = ["Язык", "Ёмкость", "Анкета", "Пробел", "écart", "Zone", "besoin"]
    assert sorted(terms, key=_collation) == ["besoin", "écart", "Zone", "Анкета", "Ёмкость", "Пробел", "Язык"]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "partial"])
def test_no_plural_in_brackets_on_any_page(layouts, lang):
    """Nothing the report prints hedges a number with "(s)": the scoring engine's reasons in the
    annexes (domain/texts.py) put the count after a label ("answers 'don't know', scored 0 and
    listed for follow-up: 1") and no English, French or Spanish sentence of theirs carries one."""
    from capacity_app.domain.texts import TEXTS

    mark = re.compile(r"\w\((?:s|es|n|nt|e)\)")
    assert [k for k, v in TEXTS.items() for lg in ("en", "fr", "es") if mark.search(v.get(lg, ""))] == []
    assert mark.findall(layouts(lang).flat) == []


def test_french_spacing_is_the_applications_not_the_users(tmp_path):
    """An English institution role and an English comment in a French report print as
    typed (no no-break space put before their ";", ":", "?" or "!", no « » for their quotes), while
    the report's own French sentences keep the French rules: read on the PDF's text."""
    from pdf_text import page_texts

    from decimal import Decimal

    from capacity_app.domain.assessment import Institution
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.reports.budget import UserText
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_answer
    from capacity_app.services.reports import build_report_context, render_report_pdf

    role = "Lead institution; population census: owner?"
    comment = 'Checked with the NSO: see "annex 2"; confirmed!'
    with open_store(tmp_path / "t.sqlite3", backup_dir=tmp_path / "b") as st:
        q = questionnaire_for()
        a = create_assessment(st, q, country="SEN", round=2026, mission_start="2026-03-02", mission_end="2026-03-06",
                              institutions=[Institution("Statistics Office of Example", role)])
        record_answer(st, q, a.id, "s2_policy", "yes", comment=comment)
        record_answer(st, q, a.id, "s5_strategy", "yes")
        # an application sentence quoting the user: "Autre source : {funder} (non acquis)"
        plans.add_action(st, q, a.id, title="Publish the census tables", institutions=("NSO",),
                         costs=(Cost(2026, Decimal("1000"), "USD", "other", "Trust fund; phase 2: pending?", False),))
        ctx = build_report_context(st, q, a.id, "fr")
    assert any(type(i.role) is UserText and i.role == role for i in ctx.cover.institutions)
    render_report_pdf(ctx, tmp_path / "r.pdf")  # its text is what is read: no layout checks run on it
    text = "\n".join(page_texts(tmp_path / "r.pdf"))
    flat = re.sub(r"\s*\n\s*", " ", text.replace("\xad\n", ""))
    assert "Lead institution; population census: owner?" in flat
    assert 'Checked with the NSO: see "annex 2"; confirmed!' in flat
    assert f"Autre source{NBSP}: Trust fund; phase 2: pending? (non acquis)" in flat
    # the application's own French: a no-break space before its colons, a narrow one before ";"
    assert f"{NBSP}:" in text and re.search(f"\\w{NNBSP};", text)


def test_users_text_inside_the_reports_sentences_prints_as_typed(tmp_path):
    """Sentences the report builds around the user's text by formatting, joining or
    listing (the validation line, an action's results framework, the changes since the validation,
    the plan's history, a cost line's funder) print that text as typed in a French report, with
    the report's own colons keeping their space. Read on the HTML the PDF is laid out from."""
    import html
    from dataclasses import replace

    from capacity_app.reports.pdf import render_html
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    with open_store(tmp_path / "t.sqlite3", backup_dir=tmp_path / "b") as st:
        q = questionnaire_for()
        a = create_demo(st)
        forget_progress(st, a.id)   # its funders are rewritten below
        plan = plans.action_plan(st, a.id)
        v = st.plan_validation(a.id)
        plans.withdraw_validation(st, a.id, reason="W1; w2: w3?")
        plans.record_validation(st, a.id, date=v.date, event="E1; e2: e3?", institutions=["I1; i2: i3?", "J1; j2: j3?"],
                                approved_by="N1; n2: n3?", position="P1; p2: p3?", today=v.date)
        for i, x in enumerate(plan[:3]):
            costs = tuple(replace(c, funding="other", funder=f"F{i}; f: g?") for c in x.costs)
            plans.update_action(st, q, a.id, replace(
                x, title=f"T{i}; t: u?", indicator=f"K{i}; k: l?", baseline=f"B{i}; b: c?", target=f"G{i}; g: h?",
                verification=f"V{i}; v: w?", risks=f"R{i}; r: s?", milestone=f"M{i}; m: n?", resources=f"S{i}; s: t?",
                institutions=(f"O{i}; o: p?",), costs=costs, priority_action=True))
        ctx = build_report_context(st, q, a.id, "fr")
    text = html.unescape(render_html(ctx)).replace("\xad", "").replace("\u200b", "")
    typed = re.findall(r"\b[A-Z]\d?; [a-z]\d?: [a-z]\d?\?", text)
    assert re.findall(rf"\b[A-Z]\d[{NBSP}{NNBSP}] ?;[^<]{{0,12}}", text) == []  # none of the user's spaced
    assert {"E1; e2: e3?", "N1; n2: n3?", "I1; i2: i3?", "W1; w2: w3?", "T0; t: u?", "K0; k: l?", "V2; v: w?",
            "F1; f: g?", "O2; o: p?"} <= set(typed)
    assert len(typed) > 100
    assert f"Autre source{NBSP}: F0; f: g?" in text  # the report's own colon keeps its space
    assert re.search(rf"Indicateur{NBSP}: K0; k: l\?", text)


@pytest.mark.parametrize("lang, joined", [("zh", "，1."), ("ar", "، ")])
def test_the_covers_questionnaire_and_version_are_joined_with_the_languages_comma(demo, lang, joined):
    """The cover's "Questionnaire" row ("国家移徙数据能力评估, 1.2.0" in Chinese, a Latin comma
    in Arabic): the questionnaire's name and version joined with editorial.comma."""
    import html as html_lib
    import re

    from capacity_app.reports.pdf import render_html
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    ctx = build_report_context(store, q, a.id, lang)
    cover = html_lib.unescape(render_html(ctx)).split('class="facts"')[1].split("</table>")[0]
    row = re.sub("<[^>]+>|[\u2066-\u2069]", "", cover.split(ctx.s["questionnaire"])[-1])
    assert row.startswith(ctx.cover.questionnaire_name + joined), row
    # the version said as a version (the editors read a bare "1.2.0"): "الإصدار 1.2.0", "1.2.0版"
    assert ctx.s["version_n"].replace("{v}", ctx.cover.questionnaire_version) in row, row


def test_a_web_address_is_never_hyphenated():
    """"https://stat.veloria.example/popula‐/tion" (the zh editor's item 23): a web address
    of the report's text is in a span report.css never hyphenates, and a long user text gets no
    zero-width space inside a web address whose pieces between "/" are short (it breaks after "/")."""
    from capacity_app.reports.budget import breakable
    from capacity_app.reports.format import report_dir
    from capacity_app.reports.typography import urls_unhyphenated

    url = "https://stat.veloria.example/population/migration"
    html = f'<style>a {{ x: url(https://x.example/a) }}</style><td title="{url}">Voir {url}. Fin</td>'
    assert urls_unhyphenated(html) == (f'<style>a {{ x: url(https://x.example/a) }}</style><td title="{url}">'
                                       f'Voir <span class="url">{url}</span>. Fin</td>')
    assert breakable(url) == url and "\u200b" in breakable("Ministry" * 5)
    # typed text escaped for HTML: the address stops where the typed text's quote or bracket does,
    # and no entity is cut by the span (it was "http://x/&#34;&gt</span>;": a ';' printed)
    typed = '&lt;img src=&#34;http://127.0.0.1:9/x.png&#34;&gt; &amp; www.a.example/?a=1&amp;b=2'
    assert urls_unhyphenated(f"<td>{typed}</td>") == (
        '<td>&lt;img src=&#34;<span class="url">http://127.0.0.1:9/x.png</span>&#34;&gt; &amp; '
        '<span class="url">www.a.example/?a=1&amp;b=2</span></td>')
    css = (report_dir() / "report.css").read_text(encoding="utf-8")
    assert "span.url { hyphens: manual; }" in css


def test_a_grids_columns_are_as_wide_as_what_they_hold():
    """S6C's registers: "No popu‐/lation reg‐/ister" in a column as narrow as a yes/no
    one; the Chinese editor asked for the record keeper's twice as wide: the institutions' column
    takes the room, a yes/no column its word, every column its cells' widest word, the room is used."""
    from capacity_app.reports.measure import grid_columns, text_mm, widest_unbroken_mm

    names = ["No population register; national ID system run by the Ministry of the Interior",
             "Ministry of Labour and Social Protection (work permits; overseas employment office)"]
    headers = ["Agency holding the records", "Exists", "Uses a shared personal identification number", "Access"]
    cells = [[names[0], "No", "No", "Ad hoc, on request"], [names[1], "Yes", "Partly", "By law"]]
    w = grid_columns(headers, cells, 142.0)
    assert abs(sum(w) - 142.0) < 0.5 and w[0] == max(w) and w[1] == min(w)
    assert all(w[j] > widest_unbroken_mm([r[j] for r in cells], 8.0) for j in range(4))
    assert w[1] > text_mm("Exists", 8.0, bold=True)   # a word of a header too short to hyphenate, whole
    zh = grid_columns(["编号", "是否存在"], [["1", "是"]], 40.0)
    assert all(x > text_mm("编号", 8.0, bold=True) for x in zh)


def test_a_narrow_columns_header_is_never_broken_inside_a_word():
    """"编／号" in the policy questions' table (7 mm), "№ в / плане": the column of a short
    header is as wide as the header on its lines (measure.header_mm), never narrower than plan.css's."""
    from capacity_app.reports.measure import header_mm, text_mm

    assert header_mm("#", 7) == 7 and header_mm("编号", 7) > text_mm("编号", 8.0, bold=True) + 2
    assert header_mm("Plan no.", 9, lines=2, one_line=16) == 16 and header_mm("№", 9, lines=2, one_line=16) == 9
    assert 16 >= header_mm("N.º en el plan", 9, lines=2, one_line=16) > text_mm("N.º en el plan", 8.0, bold=True) / 2
    assert header_mm("N.º en el plan", 7) > header_mm("N.º en el plan", 7, lines=2)
