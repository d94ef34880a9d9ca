"""The results chain's terms, one per concept in every output of a language, as the native editors
asked: in Spanish an outcome of the chain is an "efecto" (UNDP's Spanish, and the term the report, the
window and the command line already used), never a "resultado" in the partner's workbook and an
"efecto" in the PDF beside it; in Russian an indicator is a «показатель», the Russian statistical
term the report uses, never an «индикатор» in the command line's lines. Read on the catalogues
themselves (the report's, the sentences', the forms', the aggregate's, the command line's, the
window's and the questionnaire's); an action's own outcome (done, abandoned: the "Achieved" table
and dialog) is another concept and keeps its "resultado"."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml
from i18n_status import flat_text

ROOT = Path(__file__).resolve().parents[2]
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _files(lang: str) -> list[Path]:
    return sorted({*ROOT.glob(f"resources/*/strings.{lang}.yaml"), *ROOT.glob(f"resources/i18n/window.{lang}.yaml"),
                   *ROOT.glob(f"assessments/translations/{lang}.yaml")})


@functools.cache
def _entries(lang: str) -> list[tuple[str, str, str]]:
    """(where, English, translation) of every entry of ``lang``'s catalogues."""
    out = []
    for path in _files(lang):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER) or {}
        entries = data.get("entries", {}) if isinstance(data, dict) else {}
        for key, v in entries.items():
            if isinstance(v, dict):
                english = flat_text(v.get("en")) or (str(key).split("|")[1] if "|" in str(key) else "")
                out.append((f"{path.relative_to(ROOT)}:{key}", english, flat_text(v.get(lang))))
    return out


# --- Spanish: an outcome is an "efecto" -----------------------------------------------------------------

OUTCOME = re.compile(r"\boutcomes?\b", re.I)
ACTION_OUTCOME = re.compile(r"achieved", re.I)    # an action's outcome (done, abandoned): "resultado"


def _outcome_misnamed(where: str, english: str, spanish: str) -> bool:
    return bool(OUTCOME.search(english) and spanish and not ACTION_OUTCOME.search(where)
                and not re.search(r"\befectos?\b", spanish, re.I))


def test_the_spanish_catalogues_are_read():
    assert len(_files("es")) >= 5 and len(_entries("es")) > 1000


def test_an_outcome_of_the_results_chain_is_an_efecto_in_every_spanish_output():
    found = [f"{w}: {es}" for w, en, es in _entries("es") if _outcome_misnamed(w, en, es)]
    assert not found, "\n".join(found)


def test_the_spanish_check_finds_a_resultado_and_spares_the_action_s_outcome():
    assert _outcome_misnamed("strings.es.yaml:dw.lv_outcome", "Outcome {n}", "Resultado {n}")
    assert not _outcome_misnamed("strings.es.yaml:dw.lv_outcome", "Outcome {n}", "Efecto {n}")
    assert not _outcome_misnamed("report:achieved_outcome", "Outcome", "Resultado")


# --- Russian: an indicator is a «показатель» ---------------------------------------------------------------

INDICATOR = re.compile(r"\bиндикатор\w*", re.I)   # not the survey's own name, "многоиндикаторное"


def _indicators(text: str) -> list[str]:
    return INDICATOR.findall(text)


def test_an_indicator_is_a_pokazatel_in_every_russian_output():
    entries = _entries("ru")
    assert len(entries) > 1000
    found = [f"{w}: {ru}" for w, _en, ru in entries if _indicators(ru)]
    assert not found, "\n".join(found)
    # the report and the command line's lines say it alike
    said = {w.split(":")[0] for w, en, ru in entries if re.search(r"\bindicators?\b", en, re.I)
            and re.search(r"\bпоказател", ru, re.I)}
    assert {"resources/report/strings.ru.yaml", "resources/sentences/strings.ru.yaml"} <= said, said


def test_the_russian_check_finds_an_indicator_and_spares_mics():
    assert _indicators("Индикатор {id} сохранен; значение индикатора") == ["Индикатор", "индикатора"]
    assert not _indicators("многоиндикаторные кластерные обследования (ЮНИСЕФ)")


# --- French and Arabic: an outcome is an "effet", a «حصيلة» -----------------------------------------------

OUTCOME_WORD = {"fr": re.compile(r"\beffets?\b", re.I), "ar": re.compile(r"حصيل|حصائل")}


def _outcome_named(lang: str, where: str, english: str, text: str) -> bool:
    return not (OUTCOME.search(english) and text and not ACTION_OUTCOME.search(where)
                and not OUTCOME_WORD[lang].search(text))


def test_an_outcome_of_the_results_chain_has_one_name_in_french_and_arabic():
    """The logframe said "Effet 1" / «الحصيلة 1» and the budget by outcome beside it "Résultat 1" /
    «النتيجة 1» in the same edition (a donor reader's finding): one outcome, two names."""
    for lang in ("fr", "ar"):
        entries = _entries(lang)
        assert len(entries) > 1000
        found = [f"{w}: {t}" for w, en, t in entries if not _outcome_named(lang, w, en, t)]
        assert not found, "\n".join(found)
    assert not _outcome_named("fr", "dw.outcome", "Outcome {n}: {outcome}", "Résultat {n} : {outcome}")
    assert _outcome_named("ar", "dw.outcome", "Outcome {n}: {outcome}", "الحصيلة {n}: {outcome}")
    assert _outcome_named("fr", "report:achieved_outcome", "Outcome", "Résultat")
