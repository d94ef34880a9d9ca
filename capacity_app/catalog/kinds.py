"""The catalogue files of each catalogued language (every language but English), one per kind of text, with the English
each translates: what ``tools/catalogues.py`` writes and counts and what the translator's exchange
file (catalog.translator) carries, besides the window's catalogue (catalog.window)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import assessments_dir, resources_dir
from ..domain.languages import CATALOGUED, Review, language
from .errors import QuestionnaireError
from .translations import Catalogue, _scalar, html_sections, read_catalogue, render_catalogue

GUIDE = 'How to fill it: docs/questionnaire-format.md, "Translations".'


@dataclass(frozen=True)
class Kind:
    name: str
    what: str                                   # what the file translates, for its header
    path: Callable[[str], Path]                 # the catalogue of a language
    sources: Callable[[], dict[str, Any]]       # path -> English, in order
    group: Callable[[str], str] | None = None   # the part a path belongs to (a comment line)


def _yaml_english(path: Path) -> dict[str, Any]:
    from .yamlfile import read_plain  # a text read before (the export's, then the import's) is not parsed again

    return {k: v["en"] for k, v in read_plain(path).items()}


def questionnaire_sources() -> dict[str, Any]:
    from . import loader, recommendations

    out: dict[str, Any] = dict(loader.text_sources(assessments_dir() / "questionnaire.yaml"))
    out.update(recommendations.text_sources(assessments_dir() / "recommendations.yaml"))
    return out


def sentences_sources() -> dict[str, Any]:
    """domain/texts.py's English, then the labels and refusal words the plan's declarations give
    (domain/plan/fields.py: written there only, added to the texts when the plan is loaded)."""
    from ..domain import plan  # noqa: F401  (the declarations' entries)
    from ..domain.texts import TEXTS

    return {k: v["en"] for k, v in TEXTS.items()}


# the part of the sentences' catalogue that translates the declared fields' labels and words
DECLARED_GROUP = "the action plan's declared fields (domain/plan/fields.py): each label, then the word a refusal uses"


def sentences_group(key: str) -> str:
    from ..domain.texts import DECLARED

    if key in DECLARED:
        return DECLARED_GROUP
    return key.split(".", 1)[0] if "." in key else "words"


KINDS: dict[str, Kind] = {
    "questionnaire": Kind("questionnaire", "the questionnaire and the recommendations (assessments/)",
                          lambda lang: assessments_dir() / "translations" / f"{lang}.yaml",
                          questionnaire_sources),
    "texts": Kind("texts", "the scoring engine's sentences (capacity_app/domain/texts.py) and the labels of the "
                  "action plan's declared fields (capacity_app/domain/plan/fields.py)",
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
    "forms": Kind("forms", "the institutions' workbooks' fixed texts (resources/forms/strings.yaml): the question "
                  "form's and the progress workbook's covers, columns, cell help and refusals",
                  lambda lang: resources_dir() / "forms" / f"strings.{lang}.yaml",
                  lambda: _yaml_english(resources_dir() / "forms" / "strings.yaml"),
                  lambda key: key.split(".", 1)[0]),
    # the English is the commands' own (capacity_app/cli/helptext.py); tools/catalogues.py update
    # writes it to resources/cli/strings.yaml, which the catalogue code reads without the command line
    "cli": Kind("cli", "the command line's --help and usage errors: each command's description, each option's "
                "help and click's own words (capacity_app/cli/)",
                lambda lang: resources_dir() / "cli" / f"strings.{lang}.yaml",
                lambda: _yaml_english(cli_english_path()),
                lambda key: key.split(".", 1)[0]),
}


def cli_english_path() -> Path:
    """The English of the command line's help, as ``tools/catalogues.py update`` writes it from the commands."""
    return resources_dir() / "cli" / "strings.yaml"


def render_english(header: str, sources: Mapping[str, Any]) -> str:
    """An English source file of the shape of resources/report/strings.yaml (``key: {en: …}``), each
    text as it is: the English of a kind collected from code (the command line's help)."""
    lines = [f"# {line}".rstrip() for line in header.strip().splitlines()]
    for key, english in sources.items():
        lines += [f"{_scalar(key)}:", f"  en: {_scalar(english, '  ')}"]
    return "\n".join(lines) + "\n"


def questionnaire_group() -> Callable[[str], str]:
    """The part of the questionnaire a catalogue path belongs to (its section, or a named list)."""
    from . import loader

    q = loader.load_bundled(assessments_dir() / "questionnaire.yaml")
    sections = {s.id: f"{s.id} {s.label['en']}" for s in q.sections}
    item_section = {it.id: sections[it.section_id] for it in q.items()}
    named = {p.code: "Policy questions" for p in q.policy_questions}
    named.update({s.code: "Data sources (the matrix's columns)" for s in q.sources})
    named.update({g.term: "Glossary" for g in q.glossary})
    named.update({"title": "Title", "choice_lists": "Choice lists", "matrix": "Matrix fields",
                  "recommendations": "Recommendations (assessments/recommendations.yaml)"})

    def group(key: str) -> str:
        head = key.split(".", 1)[0]
        return sections.get(head) or item_section.get(head) or named.get(head, "Other")
    return group


def render_catalogue_text(kind: Kind, lang: str, existing: Catalogue) -> str:
    """The text of ``kind``'s catalogue of ``lang`` over today's English, keeping ``existing``'s
    translations and review (what ``tools/catalogues.py update`` and the translator's import write)."""
    header = (f"{language(lang).english_name} ({lang}): {kind.what}.\n{GUIDE}\nWritten by tools/catalogues.py "
              f"update: fill each \"{lang}\" text; keep \"en\" as the English it translates.")
    group = questionnaire_group() if kind.name == "questionnaire" else kind.group
    return render_catalogue(lang, existing.review, kind.sources().items(), existing, header, group)


def translation_review(lang: str, reviews: Mapping[str, Review]) -> Review | None:
    """The review of ``lang`` as a whole (None for English, and for French and Spanish, written with
    the English by the questionnaire's authors (``Language.original``): no translation to review): reviewed, by the
    questionnaire's reviewer and date, only when every catalogue of the language is (the
    questionnaire's, ``reviews`` = ``Questionnaire.reviews``; the sentences', the report's, the
    help's, and the window's); else an empty Review, a first translation to be reviewed by a UN translator."""
    if lang not in CATALOGUED or language(lang).original:
        return None
    from . import window

    try:
        own = reviews.get(lang, Review())
    except QuestionnaireError:  # its catalogue does not read: said whenever the language is used
        own = Review()
    others = [read_catalogue(kind.path(lang), lang, []).review for name, kind in KINDS.items() if name != "questionnaire"]
    if window.catalogue_path(lang).exists():
        others.append(window.read(window.catalogue_path(lang), lang, [])[0])
    return own if own.reviewed and all(r.reviewed for r in others) else Review()
