"""The exchange workbook's coded cells written as labels: an action's status, priority
action and funding of a cost line, a Scores row's kind, the assessment's status ... are shown in the
workbook's language ("prévue", "государственный бюджет", "总分"), and read back from the label of
any of the application's languages or from the code itself (what an older workbook, or a person typing the
code, holds). So a French workbook imports on an English machine, and a cell edited in LibreOffice
in any language is read; anything else is refused with the accepted values named.

The codes stay the stored keys (domain); the labels are engine sentences (``domain/texts.py``,
``wb.<vocabulary>.<code>``, Arabic, Chinese and Russian in their catalogues)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from ...domain.plan.actions import ACTION_STATUSES
from ...domain.assessment import ASSESSMENT_STATUSES
from ...domain.editorial import typed_digits
from ...domain.labels import GAP_TYPES
from ...domain.languages import LANGUAGES
from ...domain.plan.cost import COST_CATEGORIES, PIPELINE_STATUSES
from ...domain.plan.request import ROLES
from ...domain.questionnaire import ITEM_TYPES
from ...domain.texts import text
from .format import FUNDING_CODES, METADATA, SCORE_KINDS, YES


class Vocabulary(NamedTuple):
    """A coded column: what a problem calls it, its codes, the text key of a code's label
    (``prefix + code``) and further spellings read as a code (lower case)."""

    what: str
    codes: tuple[str, ...]
    prefix: str
    spellings: Mapping[str, str] = {}


# the Russian labels an earlier workbook wrote, before they agreed with "мера" (feminine)
ACTION_STATUS = Vocabulary("the status", ACTION_STATUSES, "wb.status.",
                           {"запланировано": "planned", "выполнено": "done", "отменено": "dropped"})
FUNDING = Vocabulary("the funding source", FUNDING_CODES, "wb.funding.")
CATEGORY = Vocabulary("the cost category", COST_CATEGORIES, "wb.cat.")
PIPELINE = Vocabulary("the pipeline status (funding stage)", PIPELINE_STATUSES, "wb.pipe.")
SCORE_KIND = Vocabulary("the kind", SCORE_KINDS, "wb.kind.",  # and the earlier Russian labels
                        {"общий балл": "overall", "вопрос политики": "policy_question"})
SIGNS_FOR = Vocabulary("who the signatory signs for", ROLES, "wb.signs.")  # the funding request's signatories
ASSESSMENT_STATUS = Vocabulary("the status", ASSESSMENT_STATUSES, "wb.astatus.")
GAP_TYPE = Vocabulary("the gap type", GAP_TYPES, "gap.")
# the Answers sheet's Type column: written for people, never read back (the answer key says the type)
QUESTION_TYPE = Vocabulary("the question type", ITEM_TYPES, "wb.qtype.")
# yes or no (Secured, Priority action): what the sheets read before labels, a ticked box too
YES_NO = Vocabulary("yes or no", (YES, "no"), "wb.change.",
                    {"true": YES, "1": YES, "x": YES, "false": "no", "0": "no"})


def label(vocab: Vocabulary, code: str | None, lang: str) -> str:
    """The label of ``code`` as a ``lang`` workbook writes it ("" for none; an unknown code as it is)."""
    if not code:
        return ""
    return text(vocab.prefix + code, lang) if code in vocab.codes else code


def labels(vocab: Vocabulary, lang: str) -> tuple[str, ...]:
    """Every label of ``vocab`` in ``lang``, in the codes' order (a drop-down list's)."""
    return tuple(label(vocab, c, lang) for c in vocab.codes)


def _key(value: str) -> str:
    """A cell as compared: no direction marks, one space, lower case; "_" and "-" as spaces
    ("in_progress", "in-progress", "In progress")."""
    return " ".join(typed_digits(value).replace("_", " ").replace("-", " ").split()).casefold()


_BY_CODE: dict[str, dict[str, str]] = {}


def _codes(vocab: Vocabulary) -> dict[str, str]:
    if vocab.prefix not in _BY_CODE:
        _BY_CODE[vocab.prefix] = {**{_key(c): c for c in vocab.codes}, **{_key(k): v for k, v in vocab.spellings.items()}}
    return _BY_CODE[vocab.prefix]


_IN_LANGUAGE: dict[tuple[str, str], dict[str, str]] = {}


def _labels_in(vocab: Vocabulary, lang: str) -> dict[str, str]:
    """The labels of ``vocab`` in ``lang`` as compared, to their codes ({} for a language the
    application does not have): a workbook's cells are looked up in its own language first, so
    that it reads that language's catalogue only."""
    if lang not in LANGUAGES:
        return {}
    key = (vocab.prefix, lang)
    if key not in _IN_LANGUAGE:
        _IN_LANGUAGE[key] = {_key(label(vocab, c, lang)): c for c in vocab.codes}
    return _IN_LANGUAGE[key]


def _in_a_language(vocab: Vocabulary, key: str) -> str | None:
    """The code whose label is ``key`` in a language of the application, None when it is none: the
    languages looked at in turn, English first, stopping at the first that has it, so that a cell
    in a workbook's language reads no catalogue of a language after it. (No label is two codes' in
    two languages, ``tests/exchange/test_workbook_language.py``: the first language that has it
    gives the code every language would.)"""
    for lang in LANGUAGES:
        found = _labels_in(vocab, lang).get(key)
        if found is not None:
            return found
    return None


def code_of(vocab: Vocabulary, value: Any, lang: str = "en") -> str | None:
    """The code a cell holds: its code or label in any language; None when the cell is empty.
    Raises ValueError (one sentence naming the labels of ``lang`` and the codes) for anything else."""
    raw = "" if value is None else str(value)
    key = _key(raw)
    if not key:
        return None
    found = _codes(vocab).get(key) or _labels_in(vocab, lang).get(key) or _in_a_language(vocab, key)
    if found is None:
        shown = labels(vocab, lang)
        plain = list(shown) == list(vocab.codes)
        raise ValueError(text("cli.wb.vocabulary" if plain else "cli.wb.vocabulary_codes", coded=vocab.what,
                              shown=", ".join(shown), codes=", ".join(vocab.codes), value=repr(raw[:40])))
    return found


def lenient_code(vocab: Vocabulary, value: Any, lang: str = "en") -> str:
    """The code of a cell, or the cell's text as it is when it is none (a reader that only sorts);
    ``lang``: the workbook's language, whose labels are looked at before every other's."""
    try:
        return code_of(vocab, value, lang) or ""
    except ValueError:
        return "" if value is None else str(value)


def workbook_language(wb: Any) -> str:
    """The language a workbook (``exchange.reader.Workbook``) says it is written in (Metadata's
    ``language``), "en" when it says none the application knows."""
    try:
        if METADATA in wb.sheet_names:
            for row in wb.rows(METADATA)[1:]:
                if row and str(row[0]).strip() == "language" and len(row) > 1:
                    lang = str(row[1]).strip()
                    return lang if lang in LANGUAGES else "en"
    except Exception:  # noqa: BLE001  (only the language of a message is at stake)
        return "en"
    return "en"
