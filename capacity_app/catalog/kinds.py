"""The five catalogue files of each catalogued language (Arabic, Chinese, Russian), with the English
each translates: what ``tools/catalogues.py`` writes and counts and what the translator's exchange
file (catalog.translator) carries, besides the window's Qt catalogue."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import assessments_dir, resources_dir
from .translations import html_sections


@dataclass(frozen=True)
class Kind:
    name: str
    what: str                                   # what the file translates, for its header
    path: Callable[[str], Path]                 # the catalogue of a language
    sources: Callable[[], dict[str, Any]]       # path -> English, in order
    group: Callable[[str], str] | None = None   # the part a path belongs to (a comment line)


def _yaml_english(path: Path) -> dict[str, Any]:
    import yaml

    with open(path, encoding="utf-8") as fh:
        return {k: v["en"] for k, v in yaml.safe_load(fh).items()}


def questionnaire_sources() -> dict[str, Any]:
    from . import loader, recommendations

    out: dict[str, Any] = dict(loader.text_sources(assessments_dir() / "questionnaire.yaml"))
    out.update(recommendations.text_sources(assessments_dir() / "recommendations.yaml"))
    return out


def sentences_sources() -> dict[str, Any]:
    from ..domain.texts import TEXTS

    return {k: v["en"] for k, v in TEXTS.items()}


def sentences_group(key: str) -> str:
    return key.split(".", 1)[0] if "." in key else "words"


KINDS: dict[str, Kind] = {
    "questionnaire": Kind("questionnaire", "the questionnaire and the recommendations (assessments/)",
                          lambda lang: assessments_dir() / "translations" / f"{lang}.yaml",
                          questionnaire_sources),
    "texts": Kind("texts", "the scoring engine's sentences (capacity_app/domain/texts.py)",
                  lambda lang: resources_dir() / "sentences" / f"strings.{lang}.yaml",
                  sentences_sources, sentences_group),
    "report": Kind("report", "the report's fixed texts (resources/report/strings.yaml)",
                   lambda lang: resources_dir() / "report" / f"strings.{lang}.yaml",
                   lambda: _yaml_english(resources_dir() / "report" / "strings.yaml")),
    "help": Kind("help", "the help page (resources/help/help.en.html), one entry per section",
                 lambda lang: resources_dir() / "help" / f"help.{lang}.yaml",
                 lambda: html_sections((resources_dir() / "help" / "help.en.html").read_text(encoding="utf-8"))),
    "aggregate": Kind("aggregate", "the cross-country aggregation's fixed texts (resources/aggregate/strings.yaml): "
                      "the consolidated workbook's sheets, columns and codes, the analyst's files, the PDF summary",
                      lambda lang: resources_dir() / "aggregate" / f"strings.{lang}.yaml",
                      lambda: _yaml_english(resources_dir() / "aggregate" / "strings.yaml"),
                      lambda key: key.split(".", 1)[0]),
}
