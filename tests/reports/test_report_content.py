"""What the report says, checked against its own tables and lists: SDG indicators in numeric order,
every acronym printed in the glossary, no internal ids, counts that match their tables, the UN
disclaimer on the cover's back, the blank questionnaire's boxes."""
from __future__ import annotations

import re

import pytest


def _sdg_key(number: str):
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in number.split("."))


def test_sdg_indicators_in_numeric_order(reports):
    r = reports("en")
    numbers = [x.number for x in r.ctx.sdg_rows]
    assert numbers and numbers == sorted(numbers, key=_sdg_key)
    where = [r.flat.find(f"{n} ") for n in numbers]
    assert all(w >= 0 for w in where)
    assert "8.3.1" in numbers and r.flat.find("8.3.1 ") < r.flat.find("11.1.1 ")


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_acronym_printed_is_in_the_glossary(reports, lang):
    """Every capitalised token of the text layer is an acronym of Annex E, a data source code, a
    section, indicator or country code, or one the officers defined in their own text
    ("… Veloria (NSOV)"); every "see X" entry has its X."""
    r = reports(lang)
    text = r.flat
    listed = {a for a, _ in r.ctx.acronyms}
    sources = {c for c, _ in r.ctx.source_codes}
    defined = set(re.findall(r"\(([A-Z][A-Z0-9]+)\)", text))  # introduced where they are used
    tokens = set(re.findall(r"\b[A-Z][A-Z0-9]+\b", text))
    words = {w for w in tokens if re.fullmatch(r"S\d+[A-C]?|Q[1-4]|T[1-4]|[IVX]+|XVL|PDF|JSON", w)}
    kicker = set(re.findall(r"\w+", r.ctx.cover.questionnaire_name.upper()))  # the cover's line in capitals
    # the ISO 4217 codes printed beside the plan's amounts (a partner's euros) are codes, not acronyms
    codes = set(re.findall(r"\b([A-Z]{3})\s\d", text)) | set(re.findall(r"\d\s([A-Z]{3})\b", text))
    missing = tokens - listed - sources - defined - words - kicker - codes
    assert missing == set()
    known = dict(r.ctx.s["acronym_list"])
    for a in listed:
        m = re.match(r"^(?:see|voir|véase) ([A-Z0-9]+)$", known[a])
        assert m is None or m[1] in listed, a
    assert {"SDG", "UNSD", "BPM6", "IOM", "HIES", "MICS", "DIOC"} <= listed if lang == "en" else True


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_no_internal_ids_in_the_text(reports, lang):
    text = reports(lang).flat
    assert not re.search(r"\bs\d+[a-c]?_\w+", text)      # answer keys: s3_matrix.I.CON.latest_year
    assert "sdg_" not in text and "{" not in text


def test_counts_match_their_tables(reports):
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.services.demo import demo_answers

    r = reports("en")
    s0 = next(p for p in r.ctx.context_parts if p.id == "S0")
    yes = [a for a in demo_answers(load_bundled())
           if a.key.startswith("s0_institutions.") and a.key.endswith(".interviewed") and a.value == "yes"]
    assert f"Institutions interviewed: {len(yes)}" in s0.reading


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_un_disclaimer_is_on_the_covers_back(reports, lang):
    r = reports(lang)
    start = {"en": "The designations employed", "fr": "Les appellations employées",
             "es": "Las denominaciones empleadas"}[lang]
    back = re.sub(r"\s+", " ", r.pages[1].replace("\xad\n", ""))
    assert start in back and start not in r.pages[0] and r.ctx.s["contents"] not in back


def test_the_blank_grids_carry_dont_know_boxes_where_allowed(blank_fr):
    """Every grid cell, matrix line and simple question the questionnaire lets answer "don't know"
    or "not applicable" prints that box; tables' codes are in their header (repeated on every
    page); each page carries the identification block and "page x of y"."""
    from capacity_app.catalog.loader import load_bundled

    q = load_bundled()
    ctx = blank_fr.ctx
    dk, na = ctx.s["blank_dk"], ctx.s["blank_na"]
    items = {it.id: it for sec in ctx.blank_sections for it in sec.items}
    for sec in q.sections:
        for it in sec.items:
            if it.type != "grid":
                continue
            cells = items[it.id].cells
            for i, row in enumerate(it.rows):
                for j, col in enumerate(it.columns):
                    assert (f"☐\u00a0{dk}" in cells[i][j]) == col.dont_know, (it.id, row.code, col.id)
                    allowed = col.not_applicable and (not col.na_rows or row.code in col.na_rows)
                    assert (f"☐\u00a0{na}" in cells[i][j]) == allowed, (it.id, row.code, col.id)
            assert items[it.id].legend or not any(c.choices for c in it.columns)
            assert items[it.id].instruction.startswith("Cochez")
    for block in ctx.blank_matrix:
        for line in block.lines:
            assert line.note or all(f"☐\u00a0{dk}" in c for c in line.cells)
            assert line.note or line.codes or not any("☐\u00a01" in c for c in line.cells)
        assert any(line.note for line in block.lines)  # a notes line
    n = len(blank_fr.pages)
    for i, page in enumerate(blank_fr.pages[1:], 2):
        assert "Personne interrogée" in page and "Enquêteur" in page and f"Page {i} sur {n}" in page
    text = blank_fr.text
    assert "Écrivez la réponse" not in "".join(it.instruction for it in items.values() if it.type == "grid")
    assert text.count("Codes") > len([1 for it in items.values() if it.type == "grid"])  # headers repeat
