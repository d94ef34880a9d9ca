"""Every shipped translation is data, never code: in every language, every sentence the
application fills (the engine's, the report's, the aggregation's, the institutions' workbook's,
the window's) holds bare ``{name}`` placeholders only, the same ones as its English, and a window
message filled by Python's % operator only the bare conversions of its English. The translator's
file import refuses the same (tests/catalog/test_translator.py); this holds what is shipped."""
from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from capacity_app.catalog import translator as tr
from capacity_app.domain import answers, placeholders as ph, texts
from capacity_app.domain.languages import CATALOGUED, LANGUAGES
from capacity_app.paths import resources_dir


def _forms(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [v for v in value.values() if isinstance(v, str)]
    if isinstance(value, list):
        return [x for v in value for x in _forms(v)]
    return []


def _inline() -> list[tuple[str, str, str, str]]:
    """(where, language, English, text) of every sentence written inline (English only)."""
    out = []
    tables = {"domain/texts.py": texts.TEXTS, "domain/answers.py": answers._SAYS}
    for where, table in tables.items():
        for key, entry in table.items():
            for lang, text in entry.items():
                out += [(f"{where}: {key}", lang, entry["en"], t) for t in _forms(text)]
    for kind in ("report", "aggregate", "forms"):
        data = yaml.safe_load((resources_dir() / kind / "strings.yaml").read_text(encoding="utf-8"))
        for key, entry in data.items():
            if isinstance(entry, dict) and "en" in entry:
                english = " ".join(_forms(entry["en"]))
                for lang, text in entry.items():
                    out += [(f"{kind}/strings.yaml: {key}", lang, english, t) for t in _forms(text)]
    return out


def test_every_inline_sentence_in_english_is_bare():
    """English is the only language written inline (the others: their catalogues, checked below)."""
    rows = _inline()
    assert {lang for _, lang, _, _ in rows} == {"en"} and not set(LANGUAGES) - set(CATALOGUED) - {"en"}
    bad = [f"{where} ({lang}): {b}" for where, lang, _, text in rows for b in ph.not_bare(text)]
    assert bad == []
    differ = [f"{where} ({lang})" for where, lang, english, text in rows
              if set(ph.placeholders(text)) - set(ph.placeholders(english))]
    assert differ == []


@pytest.mark.parametrize("lang", CATALOGUED)
def test_every_catalogued_translation_is_bare_with_the_english_placeholders(lang):
    """Every unit of the language's translator's file as shipped: the five catalogues and the
    window's messages, checked as the import checks a translator's file."""
    bad = []
    for u in tr.collect(lang).units:
        if not u.target:
            continue
        qt = u.id.startswith(tr.UI + "/")
        bad += [f"{u.id}: {b}" for b in tr.not_bare(u.target, u.source, qt)]
        plural_form = "#" in u.id and not u.id.rsplit("#", 1)[1].isdigit() or (qt and "#" in u.id)
        if not plural_form and "\t" not in u.source:
            want, got = tr.placeholders(u.source, qt), tr.placeholders(u.target, qt)
            if want != got and not (qt and set(want) == set(got)):
                bad.append(f"{u.id}: placeholders {sorted(got.elements())} for {sorted(want.elements())}")
    assert bad == []


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_windows_french_and_spanish_messages_are_bare(lang):
    from capacity_app.catalog import window

    bad = []
    for msg in window.read(window.catalogue_path(lang), lang, [])[1]:
        source = msg.source
        for text in msg.text if msg.numerus else (msg.text,):
            bad += [f"{source[:40]}: {b}" for b in tr.not_bare(text, source, qt=True)]
            if not msg.numerus and text and Counter(re.findall(r"%\d", text)) != Counter(
                    re.findall(r"%\d", source)):
                bad.append(f"{source[:40]}: Qt arguments differ")
    assert bad == []


def test_the_report_footer_has_its_two_counters_once_in_every_language():
    from capacity_app.reports.format import load_strings

    for lang in LANGUAGES:
        assert sorted(ph.placeholders(load_strings(lang)["page_footer"])) == ["page", "pages"], lang
