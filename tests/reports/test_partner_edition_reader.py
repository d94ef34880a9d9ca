"""What a donor's reader sent back of the partner's editions of the funding request, each held here:

* the EU's edition introduced its indicators' table "as the World Bank's results framework asks":
  an edition for a partner whose lines follow the EU's Action Document (they give a modality or an
  EU budget line) introduces it in the logframe's words, its levels as the logframe names them;
  any other edition and the full report keep the results framework's;
* a long row of the logframe or the results framework split across two pages in the Word copy
  printed by LibreOffice: every row of those tables may not split (``w:cantSplit``) while it fits
  well within a page, the header row repeated (``w:tblHeader``); checked on the document's XML
  (LibreOffice's print was checked by hand: docs/word-report.md);
* the user's English in a French report was hyphenated by the French patterns ("sta-tistics"):
  each text the user typed is laid out in a ``span.typed`` that report.css never hyphenates;
* a partner's typed name after a preposition needs an article no one can guess in French, Spanish
  or Portuguese ("de World Bank"): each sentence names it after "the partner" instead.

The demo's contexts (tests/reports/conftest.py), one Word copy and one PDF."""
from __future__ import annotations

import re
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

EU = "European Union"
IOM = "International Organization for Migration (IOM)"
ROOT = Path(__file__).resolve().parents[2]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def contexts(demo):
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    return {(p, lang): build_report_context(store, q, a.id, lang, partner=p)
            for p, lang in ((EU, "es"), (EU, "en"), (IOM, "en"), (EU, "fr"))}


def test_the_eu_edition_introduces_its_indicators_in_the_logframes_words(contexts):
    from capacity_app.reports.pdf import render_html

    eu, other = contexts[(EU, "es")], contexts[(IOM, "en")]
    assert eu.edition.donors.kind == "eu" and other.edition.donors.kind == ""
    html = render_html(eu)
    s = eu.s
    assert str(s["donor_rf_eu"]) in html and str(s["donor_source_eu"]) in html and "Banco Mundial" not in html
    assert f">{s['donor_rf']}<" not in html
    # its levels as the logframe's rows name them, none of the World Bank's
    levels = {f.level for f in eu.edition.donors.framework}
    assert str(s["plan_lf_objective"]) in levels and not any(str(s["donor_pdo"]) in v for v in levels)
    html = render_html(other)
    assert str(other.s["donor_rf"]) in html and str(other.s["donor_rf_eu"]) not in html


@pytest.mark.parametrize("lang,bank", [("en", "World Bank"), ("fr", "Banque mondiale"), ("es", "Banco Mundial"),
                                       ("pt", "Banco Mundial"), ("ar", "البنك الدولي"), ("zh", "世界银行"),
                                       ("ru", "Всемирного банка")])
def test_the_logframes_words_exist_in_every_language(lang, bank):
    from capacity_app.reports.format import load_strings

    s = load_strings(lang)
    assert bank in str(s["donor_rf_intro"])  # the results framework's, the World Bank's own
    for key in ("donor_rf_eu", "donor_rf_intro_eu", "donor_source_eu"):
        assert str(s[key]).strip() and bank not in str(s[key])
    assert str(s["donor_rf_intro_eu"]) != str(s["donor_rf_intro"])


def _rows(docx: Path, *header: object) -> list:
    """The rows of the document's table whose header row starts with the cells ``header``."""
    from lxml import etree

    with zipfile.ZipFile(docx) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    for tbl in body.iter(f"{W}tbl"):
        trs = tbl.findall(f"{W}tr")
        if trs and "".join(t.text or "" for t in trs[0].iter(f"{W}t")).startswith("".join(map(str, header))):
            return trs
    raise AssertionError(f"no table headed {header!r}")


def _kept(tr) -> bool:
    return tr.find(f"{W}trPr/{W}cantSplit") is not None


def test_the_word_copy_never_splits_a_row_of_the_logframe_or_the_results_framework(contexts, tmp_path):
    from capacity_app.reports.budget import UserText
    from capacity_app.reports.docx import render_report_docx

    ctx = contexts[(EU, "en")]
    s, d = ctx.s, ctx.edition.donors
    long = UserText("A very long indicator, " + "disaggregated by country of birth and citizenship " * 6)
    huge = UserText("An indicator longer than a page can hold, " + "statistics " * 500)
    rows = [replace(d.framework[0], indicator=long), *d.framework, replace(d.framework[0], indicator=huge)]
    ctx = replace(ctx, edition=replace(ctx.edition, donors=replace(d, framework=rows)))
    out = render_report_docx(ctx, tmp_path / "eu.docx", pages={})
    logframe = (s["plan_lf_logic"], s["plan_lf_indicators"])
    yearly = (s["plan_rf_level"], s["plan_indicator"], s["plan_rf_unit"])
    details = (s["donor_level"], s["plan_indicator"], s["donor_source_eu"])
    risks = (s["donor_no"], s["donor_risk"])
    for header in (logframe, yearly, details, risks):
        trs = _rows(out, *header)
        # the header row repeated on every page, never split (cantSplit first, as the schema orders them)
        assert [c.tag for c in trs[0].find(f"{W}trPr")] == [f"{W}cantSplit", f"{W}tblHeader"], header
        body = trs[1:-1] if header == details else trs[1:]
        assert body and all(_kept(tr) for tr in body), header
    # the long row kept whole; one taller than a page let split (Word would hide what does not fit)
    framework = _rows(out, *details)
    assert _kept(framework[1]) and "disaggregated" in "".join(t.text or "" for t in framework[1].iter(f"{W}t"))
    assert not _kept(framework[-1])


def test_a_short_results_framework_is_never_left_in_part_on_a_page_of_its_own(contexts, tmp_path):
    """The demo's French EU edition printed two rows of its yearly targets at the foot of page 2 and
    the last three alone on page 3 before the next part's new page: a framework of eight rows or
    fewer is kept whole on one page with its heading and lead-in (plan.css), and nothing overprints."""
    from capacity_app.reports.pdf import render_report_pdf

    ctx = contexts[(EU, "fr")]
    rows = ctx.edition.results.framework
    assert 3 < len(rows) <= 8, rows
    pdf = render_report_pdf(ctx, tmp_path / "eu_fr.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [" ".join(p.replace("\u00ad", "").split()) for p in text.split("\f")]
    heading = " ".join(ctx.s["req_eu_framework"].split())
    (page,) = [p for p in pages if heading in p]
    table = page.split(heading, 1)[1]     # the logframe above it names the same indicators
    missing = [r.indicator for r in rows if " ".join(str(r.indicator).split()[:4]) not in table]
    assert not missing, missing


def test_the_word_copy_keeps_a_short_results_framework_on_one_page(contexts, tmp_path):
    """The same framework in the Word copy printed by LibreOffice left its last row alone on the next
    page: each row of the edition's short framework kept with the next, its lead-in with it; a long
    one, or the full report's, breaks as any table."""
    from lxml import html

    from capacity_app.reports.docx import _SHORT_FRAMEWORK_ROWS, _short_framework, render_report_docx

    ctx = contexts[(EU, "fr")]
    s = ctx.s
    out = render_report_docx(ctx, tmp_path / "eu.docx", pages={})
    trs = _rows(out, s["plan_rf_level"], s["plan_indicator"], s["plan_rf_unit"])
    assert len(trs) == len(ctx.edition.results.framework) + 1

    def kept_next(el) -> bool:
        return all(p.find(f"{W}pPr/{W}keepNext") is not None for p in el.iter(f"{W}p"))

    assert all(kept_next(tr) for tr in trs[:-1]) and all(_kept(tr) for tr in trs)
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    lead = re.search(r"<w:p>(?:(?!</w:p>).)*" + re.escape(s["plan_rf_intro"][:30]), xml, re.S)
    assert lead and "<w:keepNext/>" in lead[0]
    doc = html.fromstring('<section class="programme"><table class="grid framework"></table></section>'
                          '<section class="plan"><table class="grid framework"></table></section>')
    edition, report = doc.iter("table")
    assert _short_framework(edition, _SHORT_FRAMEWORK_ROWS + 1)
    assert not _short_framework(edition, _SHORT_FRAMEWORK_ROWS + 2) and not _short_framework(report, 3)


def test_the_users_text_is_laid_out_unhyphenated_and_read_without_marks(contexts):
    from capacity_app.reports.pdf import render_html
    from capacity_app.reports.typography import TYPED_CLOSE, TYPED_OPEN

    ctx = contexts[(EU, "fr")]
    title = ctx.edition.actions[0].title
    laid = render_html(ctx, typed=True)
    assert f'<span class="typed">{title}</span>' in laid.replace("&#39;", "'")
    # inside one of the application's sentences, the partner's name alone is the user's
    assert f'<span class="typed">{EU}</span>' in laid
    read = render_html(ctx)  # what the tests and the Word copy read: no span, no mark
    assert 'class="typed"' not in read and TYPED_OPEN not in read + laid and TYPED_CLOSE not in read + laid
    assert re.sub(r'<span class="typed">\u200b?|</span>', "", laid) .count(title) == read.count(title)
    css = (ROOT / "resources/report/report.css").read_text(encoding="utf-8")
    assert re.search(r"^\.typed \{ hyphens: manual; \}", css, re.M)


def test_the_cover_keeps_a_partners_name_and_each_label_whole(contexts):
    """A donor's reader found the edition's title broken inside the partner's name ("Funding
    request — European" / "Union") and the Spanish cover's labels hyphenated in their narrow column
    ("aso-ciado"): a short name is kept on one line (no-break spaces, a long one may still break),
    and the cover's labels break between words only."""
    from capacity_app.reports.pdf import render_html

    for lang in ("es", "en"):
        laid = render_html(contexts[(EU, lang)], typed=True)
        title = re.search(r'<h1 class="cover-title">(.*?)</h1>', laid, re.S)
        assert title and EU.replace(" ", "\u00a0") in title[1].replace("&nbsp;", "\u00a0"), title
    from capacity_app.reports.budget import kept_together

    assert kept_together(IOM) == IOM   # a long name may break
    css = (ROOT / "resources/report/report.css").read_text(encoding="utf-8")
    assert re.search(r"^table\.facts th \{[^}]*hyphens: manual;", css, re.M)


def test_english_typed_in_a_french_pdf_is_never_hyphenated(contexts, tmp_path):
    """Long English words the user typed in a narrow column of a French edition: laid out whole,
    while the French words of the same table are hyphenated (pdftotext gives a soft hyphen where
    the layout broke a word)."""
    from capacity_app.reports.budget import UserText
    from capacity_app.reports.pdf import render_report_pdf

    ctx = contexts[(EU, "fr")]
    d = ctx.edition.donors
    typed = UserText(" ".join(["internationally comparable administrative statistics disaggregated"] * 6))
    rows = [replace(f, indicator=typed, source=typed) for f in d.framework]
    ctx = replace(ctx, edition=replace(ctx.edition, donors=replace(d, framework=rows)))
    pdf = render_report_pdf(ctx, tmp_path / "eu_fr.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("administrative") >= 6 * len(rows)
    broken = re.findall(r"\w+\u00ad\s*\w+", text)
    assert broken, "the French text is hyphenated somewhere (the check can see a hyphen)"
    # none of the typed words, nor the demo's English (the plan's validation on the cover, an action's
    # title in the procurement plan, an indicator in the logframe: each inside a sentence of the report's)
    english = ("internationally", "comparable", "administrative", "statistics", "disaggregated", "crossings")
    assert not [w for w in broken if re.sub(r"[\u00ad\s]", "", w).lower() in english]


_PREPOSITION = re.compile(r"\b(?:de|do|da|del|du|des|por|par|pour|para|pelo|pela|a|à|ao|au|aux|d[’'])\s*\{partner\}",
                          re.IGNORECASE)


def test_the_marks_typed_by_a_user_are_printed_and_open_no_span(contexts):
    """The two marks are noncharacters no one types, but a pasted text may hold them: shown as
    their code points, never a span opened or closed by the user."""
    from capacity_app.reports.budget import UserText
    from capacity_app.reports.pdf import render_html

    ctx = contexts[(EU, "fr")]
    a = ctx.edition.actions[0]
    ctx = replace(ctx, edition=replace(ctx.edition, actions=[replace(a, title=UserText("Close\ufdd1 then open\ufdd0"))]))
    laid = render_html(ctx, typed=True)
    assert '<span class="typed">Close[U+FDD1] then open[U+FDD0]</span>' in laid
    assert "\ufdd0" not in laid and "\ufdd1" not in laid
    assert "Close[U+FDD1] then open[U+FDD0]" in render_html(ctx)


@pytest.mark.parametrize("lang", ["fr", "es", "pt"])
def test_no_sentence_puts_a_typed_partner_after_a_preposition(lang):
    found = []
    for catalogue in ("report", "sentences", "forms", "aggregate"):  # each translation, as its line holds it
        text = (ROOT / f"resources/{catalogue}/strings.{lang}.yaml").read_text(encoding="utf-8")
        found += [line for line in re.findall(f"^    {lang}: (.*)$", text, re.M) if _PREPOSITION.search(line)]
    assert not found and "{partner}" in (ROOT / f"resources/report/strings.{lang}.yaml").read_text(encoding="utf-8")
    from capacity_app.catalog import window

    shown_of = {m.source: m.text for m in window.read(window.catalogue_path(lang), lang, [])[1] if not m.numerus}
    for source in ("Funding request for %1", "Writing the funding request for %1"):
        shown = shown_of[source]
        assert not re.search(r"\b(?:de|por|pour|para|à|a)\s+%1", shown), shown
