"""An assessment (one country, one round) as a plain record."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .celltext import LazyPattern, text_problem

DRAFT, IN_PROGRESS, FINAL = "draft", "in_progress", "final"
ASSESSMENT_STATUSES = (DRAFT, IN_PROGRESS, FINAL)  # final: read-only until reopened (services.set_status)


def default_title(country_name: str, round: int | str) -> str:
    """The title an assessment gets when none is typed (in English, as stored)."""
    return f"{country_name}: migration data capacity assessment {round}"


_DEFAULT_TITLE = LazyPattern(r".*: migration data capacity assessment (\d+)")


def is_default_title(title: str, round: int | str) -> bool:
    """True for a title made by :func:`default_title` for this round (whatever the country's name
    was then): printed documents say it in their own language instead."""
    m = _DEFAULT_TITLE.fullmatch(title.strip())
    return m is not None and m[1] == str(round)


def default_title_in(country_name: str, round: int | str, lang: str) -> str:
    """The default title as ``lang`` writes it ("République de Veloria : évaluation des capacités
    ..., 2026"): what a workbook in that language shows for an assessment whose title is
    :func:`default_title`."""
    from .texts import text

    return default_title(country_name, round) if lang == "en" else text("wb.title", lang, country=country_name,
                                                                         round=round)


def title_in(title: str, round: int | str, country_name: str, lang: str) -> str:
    """``title`` as the window shows it in ``lang``: the title made from the country and round
    (stored in English, as :func:`default_title` makes it) as the language writes it, with the
    country's name in that language ("Sénégal : évaluation des capacités …"); a typed title as
    typed."""
    return default_title_in(country_name, round, lang) if is_default_title(title, round) else title


def is_default_title_in_any_language(title: str, round: int | str, first: str = "en") -> bool:
    """True for :func:`default_title_in` of this round in any of the application's languages,
    whatever the country's name (a workbook's default title, read back as the default title); the
    language ``first`` (the workbook's) looked at first, so that its title reads no other
    language's catalogue."""
    from .languages import languages_from
    from .texts import text

    title = title.strip()
    for lang in languages_from(first):
        template = text("wb.title", lang)
        pattern = re.escape(template).replace(re.escape("{country}"), ".+").replace(re.escape("{round}"),
                                                                                      re.escape(str(round)))
        if re.fullmatch(pattern, title):
            return True
    return False


# A title: what every output holds whole (the report's cover and running header, a workbook cell,
# the aggregate's tables, a terminal line): the one limit of `new`, the window's dialogs, `edit`
# and an imported workbook.
TITLE_MAX = 300


def title_problem(title: str) -> str | None:
    """Why ``title`` cannot be an assessment's title, or None: one line, at most
    :data:`TITLE_MAX` characters, text a workbook cell stores whole."""
    if not isinstance(title, str):
        return "the title is not text"
    if len(title) > TITLE_MAX:
        return f"the title is longer than {TITLE_MAX} characters ({len(title)}): shorten it"
    if "\n" in title or "\r" in title:
        return "the title is one line (it holds a line break)"
    return text_problem(title, "title", TITLE_MAX)


# Institutions met during a mission: a handful in practice. The limits keep every write of the
# assessment's row (each answer raises its revision) and the report's cover bounded whatever a
# workbook or a command line brings in.
INSTITUTIONS_MAX = 500
INSTITUTION_TEXT_MAX = 500


@dataclass(frozen=True)
class Institution:
    """An institution interviewed: its name and the respondent's role (what the record keeps), and,
    for a report, what the S0 grid's later columns say of it (``domain.mission.later_columns``: a
    column added to the grid, in its order; empty on the record)."""

    name: str
    role: str = ""
    details: tuple[str, ...] = ()


def institutions_problem(institutions: tuple[Institution, ...] | list[Institution]) -> str | None:
    """Why these institutions cannot be stored (too many, or a name or role too long), or None."""
    if len(institutions) > INSTITUTIONS_MAX:
        return f"{len(institutions):,} institutions: at most {INSTITUTIONS_MAX:,} can be recorded"
    for i in institutions:
        longest = max(len(i.name), len(i.role))
        if longest > INSTITUTION_TEXT_MAX:
            return (f"an institution's name or role has {longest:,} characters: at most "
                    f"{INSTITUTION_TEXT_MAX:,} ({i.name[:40]!r}…)")
    return None


@dataclass(frozen=True)
class Assessment:
    id: int
    uid: str
    country: str
    m49: str
    round: int
    title: str
    questionnaire_id: str
    questionnaire_version: str
    status: str = "draft"
    mission_start: str = ""
    mission_end: str = ""
    reference_date: str = ""
    institutions: tuple[Institution, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str = ""

    @property
    def deleted(self) -> bool:
        return bool(self.deleted_at)

    @property
    def effective_reference_date(self) -> str:
        """The date scores are judged at: the reference date, else the mission's end or start,
        else the creation date (never 'today', so a result does not drift)."""
        return (self.reference_date or self.mission_end or self.mission_start
                or self.created_at[:10])
