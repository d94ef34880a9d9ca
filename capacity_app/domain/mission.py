"""The mission's facts live in section S0 (its answers); the assessment's record follows them.

S0 holds the reference date, the mission's first and last day and the institutions interviewed
(a grid: one row per kind of institution, "interviewed" yes/no, the institution's own name and the
respondent's role). A row is a kind ("migration authority"), never a ministry's name: what is printed
for an institution is its own name first, the kind as its description (:func:`named`: "Migración
Colombia — autoridad migratoria"), the kind alone when no name is given. The
record (``Assessment``) keeps the same facts for what reads it without the answers (the list,
workbook metadata, the effective reference date of scoring): :func:`record_fields` derives them
from the answers, so that S0 is the one place to enter and correct them.

Institutions that are not rows of the S0 grid (free names brought by a workbook's metadata or the
command line) are kept on the record beside those of the grid: :func:`institutions_interviewed`
gives the single list a report shows."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .assessment import Assessment, Institution
from .status import ANSWERED

if TYPE_CHECKING:  # the questionnaire model loads with the questionnaire (start-up time)
    from .questionnaire import Field, Item, Questionnaire

REFERENCE_DATE = "s0_reference_date"
MISSION_START = "s0_mission_start"
MISSION_END = "s0_mission_end"
INSTITUTIONS = "s0_institutions"
INTERVIEWED = "interviewed"
NAME = "name"
ROLE = "role"
OTHER = "other"  # the row whose kind says nothing of the institution: its own name stands alone
YES = "yes"
# The labels rows had before questionnaire 1.3.0 named kinds, not ministries, in the six
# languages: a record or a workbook written before names a row by one of them, and it is that row
# still (never a free name printed beside it)
FORMER_LABELS = {
    "interior": ("Ministry of the interior / immigration service", "Ministère de l’intérieur / service de l’immigration",
                 "Ministerio del Interior / servicio de migración", "وزارة الداخلية (دائرة الهجرة)", "内政部／移民局",
                 "Министерство внутренних дел / миграционная служба"),
    "foreign": ("Ministry of foreign affairs (consular service)", "Ministère des affaires étrangères (service consulaire)",
                "Ministerio de Relaciones Exteriores (servicio consular)", "وزارة الخارجية (الدائرة القنصلية)",
                "外交部（领事部门）", "Министерство иностранных дел (консульская служба)"),
    "labour": ("Ministry of labour", "Ministère du travail", "Ministerio de Trabajo", "وزارة العمل", "劳动部",
               "Министерство труда"),
}
# S0 item -> the record's field
DATE_FIELDS = {REFERENCE_DATE: "reference_date", MISSION_START: "mission_start", MISSION_END: "mission_end"}


def is_mission_key(key: str) -> bool:
    """Whether an answer key is one of the facts the record follows."""
    return key in DATE_FIELDS or key.startswith(INSTITUTIONS + ".")


def _grid(q: Questionnaire) -> Item | None:
    item = q.item(INSTITUTIONS)
    return item if item is not None and item.type == "grid" else None


def later_columns(q: Questionnaire) -> list[Field]:
    """The S0 grid's columns beside whether it was interviewed, its own name and the respondent's
    role, in the questionnaire's order: a column added to the grid (a web site) is data only, and
    the report's list of institutions prints each after the role, labelled as the grid labels it."""
    grid = _grid(q)
    return [c for c in grid.columns if c.id not in (INTERVIEWED, NAME, ROLE)] if grid is not None else []


def institution_rows(q: Questionnaire) -> list[tuple[str, Any]]:
    """(row code, label) of the S0 institutions grid, in order (none when the questionnaire has no
    such grid)."""
    grid = _grid(q)
    return [(r.code, r.label) for r in grid.rows] if grid is not None else []


def s0_values(q: Questionnaire, *, reference_date: str = "", mission_start: str = "", mission_end: str = "",
              interviewed: Mapping[str, str] | None = None) -> list[tuple[str, Any]]:
    """The S0 answers (key, value) for these facts, in questionnaire order: each date given, and for
    each institution row interviewed (code -> role, "" for none) "yes" and the role.
    Raises ValueError for a row code the grid does not have."""
    out: list[tuple[str, Any]] = []
    for key, value in ((REFERENCE_DATE, reference_date), (MISSION_START, mission_start), (MISSION_END, mission_end)):
        if value and q.item(key) is not None:
            out.append((key, value))
    codes = [c for c, _ in institution_rows(q)]
    for code in interviewed or {}:
        if code not in codes:
            raise ValueError(f"{code!r} is not an institution of section S0 (one of {', '.join(codes)})")
    for code in codes:
        if interviewed and code in interviewed:
            out.append((f"{INSTITUTIONS}.{code}.{INTERVIEWED}", YES))
            role = (interviewed[code] or "").strip()
            if role:
                out.append((f"{INSTITUTIONS}.{code}.{ROLE}", role))
    return out


def _value(answers: Mapping[str, Any], key: str) -> Any:
    a = answers.get(key)
    return a.value if a is not None and a.status == ANSWERED else None


def _row_texts(q: Questionnaire, languages: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(row code, label) for every label of every S0 institution row in every language (or in
    ``languages`` only: their catalogues alone read), and the labels it had before
    (:data:`FORMER_LABELS`)."""
    out: list[tuple[str, str]] = []
    wanted = tuple(languages) if languages is not None else None
    for code, label in institution_rows(q):
        if not isinstance(label, Mapping):
            texts: Iterable[Any] = [label]
        elif wanted is None:
            texts = label.values()
        else:
            texts = [label.get(lang) for lang in wanted]
        out.extend((code, str(t)) for t in (*texts, *FORMER_LABELS.get(code, ())) if t)
    return out


def _row_labels(q: Questionnaire, languages: Iterable[str] | None = None) -> set[str]:
    """Every label of every S0 institution row, in every language (or in ``languages``), now and
    before, folded."""
    return {t.strip().casefold() for _, t in _row_texts(q, languages)}


def row_of_label(q: Questionnaire, name: str, languages: Iterable[str] | None = None) -> str | None:
    """The S0 row a record's name is the label of (now or before, any language, or one of
    ``languages``: a record names a row by its English label), or None."""
    folded = name.strip().casefold()
    return next((code for code, t in _row_texts(q, languages) if t.strip().casefold() == folded), None)


def own_name(answers: Mapping[str, Any], code: str) -> str:
    """The institution's own name given in S0 for the grid row ``code`` ("Migración Colombia"),
    spaces folded; "" when none is given."""
    value = _value(answers, f"{INSTITUTIONS}.{code}.{NAME}")
    return " ".join(value.split()) if isinstance(value, str) else ""


def named(code: str, own: str, kind: str, lang: str) -> str:
    """An institution as the report, the workbook and the window print it: its own name first, its
    kind as its description ("Migración Colombia — autoridad migratoria"; Chinese "国家统计局（国家统计机构）"),
    the kind alone when no name is given, the name alone for the row "other" (whose kind says
    nothing). A kind is never printed as the institution's name when one is given."""
    from .editorial import code_and_name

    if not own:
        return kind
    if code == OTHER or not kind or own.casefold() == kind.casefold():
        return own
    return code_and_name(own, kind, lang)


def institution_named(q: Questionnaire, answers: Mapping[str, Any], code: str, lang: str) -> str:
    """The S0 institution ``code`` as :func:`named` prints it in ``lang`` ("" for a code that is
    not a row of the grid)."""
    from .questionnaire import tr

    kind = next((tr(label, lang) for c, label in institution_rows(q) if c == code), "")
    return named(code, own_name(answers, code), kind, lang) if kind else ""


def _grid_institutions(q: Questionnaire, answers: Mapping[str, Any], lang: str, *,
                       own_names: bool = False) -> list[Institution]:
    """The grid's rows interviewed: by their kind (the record's names), or as :func:`named`
    prints them (``own_names``: a report)."""
    from .questionnaire import tr

    later = later_columns(q) if own_names else []
    out = []
    for code, label in institution_rows(q):
        if _value(answers, f"{INSTITUTIONS}.{code}.{INTERVIEWED}") == YES:
            role = _value(answers, f"{INSTITUTIONS}.{code}.{ROLE}")
            kind = tr(label, lang)
            out.append(Institution(named(code, own_name(answers, code), kind, lang) if own_names else kind,
                                   str(role or ""), _details(later, answers, code, lang)))
    return out


def _details(columns: list[Field], answers: Mapping[str, Any], code: str, lang: str) -> tuple[str, ...]:
    """What ``columns`` of the S0 grid say of the row ``code``, as text in ``lang`` ("" unanswered)."""
    from .values import display_text

    values = [_value(answers, f"{INSTITUTIONS}.{code}.{c.id}") for c in columns]
    return tuple("" if v is None else display_text(c, v, lang) for c, v in zip(columns, values, strict=True))


def _extras(q: Questionnaire, institutions: Iterable[Institution],
            languages: Iterable[str] | None = None) -> list[Institution]:
    """The institutions that are not rows of the S0 grid (free names): not named by a row's label
    in any language (or in ``languages``)."""
    labels = _row_labels(q, languages)
    return [i for i in institutions if i.name.strip().casefold() not in labels]


def split_institutions(q: Questionnaire, institutions: Iterable[Institution]) -> tuple[dict[str, str], list[Institution]]:
    """Institutions given by name (command line, workbook): those named like a row of the S0 grid
    (in any language) as {row code: role}, and the others as they are."""
    codes: dict[str, str] = {}
    for code, t in _row_texts(q):
        codes.setdefault(t.strip().casefold(), code)
    rows: dict[str, str] = {}
    extras: list[Institution] = []
    for i in institutions:
        found = codes.get(i.name.strip().casefold())
        if found is None:
            extras.append(i)
        else:
            rows[found] = i.role
    return rows, extras


def record_fields(q: Questionnaire, answers: Mapping[str, Any], current: Assessment,
                  keys: Iterable[str] | None = None) -> dict[str, Any]:
    """The record's fields as S0 says (only those that differ from ``current``): the dates
    answered (an S0 date cleared clears the record's), and the institutions: the grid's rows
    interviewed (English label, role) followed by the record's free names. ``keys``: only the
    facts these answer keys touch (all when None)."""
    touched = list(keys) if keys is not None else list(DATE_FIELDS) + [INSTITUTIONS + "."]
    out: dict[str, Any] = {}
    for key, name in DATE_FIELDS.items():
        if q.item(key) is None or not any(k == key for k in touched):
            continue
        value = _value(answers, key)
        value = value if isinstance(value, str) else ""
        if value != getattr(current, name):
            out[name] = value
    if _grid(q) is not None and any(k.startswith(INSTITUTIONS + ".") for k in touched):
        institutions = tuple(_grid_institutions(q, answers, "en") + _extras(q, current.institutions))
        if institutions != current.institutions:
            out["institutions"] = institutions
    return out


def institutions_interviewed(q: Questionnaire, answers: Mapping[str, Any], assessment: Assessment,
                             lang: str = "en") -> list[Institution]:
    """The one list of institutions interviewed, for a report in ``lang``: the S0 grid's rows
    marked interviewed (their own name and kind in ``lang``, :func:`named`; the respondent's role),
    then the record's free names (the record names a row by its English label: the catalogue of
    ``lang`` alone read)."""
    return _grid_institutions(q, answers, lang, own_names=True) + _extras(q, assessment.institutions, ("en", lang))


__all__ = ["DATE_FIELDS", "INSTITUTIONS", "MISSION_END", "MISSION_START", "REFERENCE_DATE", "institution_named",
           "institution_rows", "institutions_interviewed", "is_mission_key", "later_columns", "named", "own_name", "record_fields", "row_of_label",
           "s0_values", "split_institutions"]
