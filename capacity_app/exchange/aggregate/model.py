"""The typed data of an aggregation run: what a worker returns for one file (:class:`Extracted`
or :class:`Rejected`), the record of each input (:class:`FileRecord`), each accepted assessment
(:class:`CountryRound`) and the run's result (:class:`AggregateReport`). Plain data, no behaviour
beyond counting."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .groups import CountryScores
from .plans import PlanFigures
from ...domain.plan.implementation import Implementation, PlanProgress

ACCEPTED, REJECTED, SUPERSEDED, CONFLICT = "accepted", "rejected", "superseded", "conflict"
FILE_STATUSES = (ACCEPTED, REJECTED, SUPERSEDED, CONFLICT)
STATUS_ANY, STATUS_FINAL = "any", "final"  # which assessments enter the roll-ups


@dataclass(frozen=True)
class Note:
    """A reason or remark as a code with its values; its text in any language comes from the
    catalogue (``reason.<code>``), ``detail`` is a technical message kept as the reader gives it."""

    code: str
    values: tuple[tuple[str, str], ...] = ()
    detail: str = ""


PROVISIONAL_NOTES = ("provisional", "provisional_included")


def note_text(note: Note, lang: str = "en") -> str:
    """A note in ``lang`` (a remark from the reading keeps its own words after the label)."""
    from ...catalog.aggregate_texts import has, text

    key = f"reason.{note.code}"
    values = dict(note.values)
    if note.code in PROVISIONAL_NOTES:  # why there is no band: codes, each said in the language
        values["why"] = _no_band_text(values.pop("why", ""), values.pop("completeness", ""), lang)
    out = text(key, lang, **values) if has(key) else note.code
    return f"{out}: {detail_text(note.detail, lang)}" if note.code == "import_warning" and note.detail else out


def detail_text(detail: str, lang: str = "en") -> str:
    """The reader's own message on a file (an import's refusal or warning, written in English) in
    ``lang``, from the ``cli.*`` entry it was written from (as the command line and the window say
    it); as it is when no entry says it."""
    from ...domain.retold import retold

    return retold(detail, lang) if detail else detail


def _no_band_text(codes: str, completeness: str, lang: str) -> str:
    """Why there is no band, in ``lang``: the percentages written by the one editorial rule
    (``domain.editorial.percent``: "52.6%", French "52,6 %", UN Arabic "52.6 في المائة")."""
    from ...catalog.aggregate_texts import text
    from ...domain.editorial import percent
    from ...domain.labels import COMPLETENESS_THRESHOLD

    share = percent(float(completeness or 0), lang, 1)
    threshold = percent(100 * COMPLETENESS_THRESHOLD, lang, 0)
    return text("sep.list", lang).join(text(f"noband.{c}", lang, completeness=share, threshold=threshold)
                                       for c in codes.split() or ["incomplete"])


def no_band_text(rc: Recomputed, lang: str = "en") -> str:
    """Why a provisional score has no band, in ``lang`` ("completeness 52.6% below 80%")."""
    from ...domain.rounding import percent

    return _no_band_text(" ".join(rc.no_band), f"{percent(rc.completeness, 1):.1f}", lang)


def provisional_note(rc: Recomputed, counted: bool) -> Note:
    """The remark on a provisional score: why it has no band, and whether the roll-ups count it."""
    from ...domain.rounding import percent

    return Note("provisional_included" if counted else "provisional",
                (("why", " ".join(rc.no_band)), ("completeness", f"{percent(rc.completeness, 1):.1f}")))


@dataclass(frozen=True)
class Identity:
    """What a file's Metadata says about the assessment (also for a file refused later on)."""

    country: str = ""
    round: int | None = None
    uid: str = ""
    status: str = ""  # draft | in_progress | final
    reference_date: str = ""
    exported_at: str = ""
    questionnaire_version: str = ""
    sha256: str = ""
    # the national statistics office's validation the workbook carries (domain.signoff.SignOff), or None
    signoff: Any = None


@dataclass(frozen=True)
class PqScore:
    need: float | None
    availability: float | None
    gap: float | None
    priority: float | None
    gap_type: str


@dataclass(frozen=True)
class Recomputed:
    """An assessment's scores recomputed from its answers, unrounded."""

    overall: float | None
    band: str
    rules: str
    completeness: float
    dont_know: float | None  # share of the answers given that are "don't know"
    sections: dict[str, float | None]
    pq: dict[str, PqScore]
    sdg: dict[str, str]
    cells: list[tuple[str, str, int]]  # (policy question, source, level)
    # why there is no band (domain.scoring's codes: incomplete, section_incomplete, no_reference_date,
    # reference_date_before_data); a score without a band is provisional
    no_band: tuple[str, ...] = ()
    reference_date: str = ""  # the reference date the scores were computed on (the answer to s0_reference_date)

    @property
    def provisional(self) -> bool:
        """A score without a band (methodology section 3): shown, never rolled up unless asked. An
        assessment with no answers at all has no score and no band: provisional too, as a partly
        filled one is (its plan, implementation and money counted all the same, ``counts_plan``)."""
        return not self.band


@dataclass(frozen=True)
class Extracted:
    """One accepted file, as a worker read, checked, scored and rendered it."""

    identity: Identity
    checksum: str  # ok | mismatch
    scores: Recomputed
    facts: dict[str, tuple[Any, str]]  # key fact answer key -> (value as coded, label)
    notes: list[Note]
    rows: tuple[bytes, int, int]  # the Answers rows, deflated (data, CRC-32, size)
    n_rows: int
    mapped_from: str
    meta: dict[str, Any]
    plan: PlanFigures | None = None  # the action plan's figures (None: the workbook has none)
    answers_sha: str = ""  # a digest of the answers (key, status, value): two edits compared by content
    progress: PlanProgress | None = None  # the plan and its progress (None: no readable plan)


@dataclass(frozen=True)
class Rejected:
    note: Note
    identity: Identity = Identity()


@dataclass
class FileRecord:
    path: str
    status: str = REJECTED
    note: Note = Note("unreadable")
    notes: list[Note] = field(default_factory=list)  # remarks on a used file
    identity: Identity = Identity()
    checksum: str = ""  # ok | mismatch | ""
    mtime: float = 0.0
    answers_sha: str = ""  # the answers' digest (Extracted.answers_sha)

    # the identity's fields, as the files' readers use them
    @property
    def country(self) -> str:
        return self.identity.country

    @property
    def round(self) -> int | None:
        return self.identity.round

    @property
    def uid(self) -> str:
        return self.identity.uid

    @property
    def exported_at(self) -> str:
        return self.identity.exported_at

    @property
    def assessment_status(self) -> str:
        return self.identity.status

    @property
    def questionnaire_version(self) -> str:
        return self.identity.questionnaire_version

    @property
    def sha256(self) -> str:
        return self.identity.sha256

    @property
    def name(self) -> str:
        return Path(self.path).name

    def reason_text(self, lang: str = "en", detail: bool = True) -> str:
        """Why the file is not used (with the reader's message), or the remarks on a used one."""
        if self.status == ACCEPTED:
            from ...catalog.aggregate_texts import text

            return text("sep.list", lang).join(note_text(n, lang) for n in self.notes)
        extra = f" ({detail_text(self.note.detail, lang)})" if detail and self.note.detail \
            and self.note.code != "import_warning" else ""
        return note_text(self.note, lang) + extra

    @property
    def reason(self) -> str:
        return self.reason_text("en")


@dataclass
class CountryRound:
    """One accepted assessment (a country in a round) with its recomputed scores."""

    record: FileRecord
    scores: CountryScores
    recomputed: Recomputed
    groups_date: str  # the date whose lists gave ``scores.groups``
    facts: dict[str, tuple[Any, str]]
    in_rollups: bool = False
    # used | used_provisional | provisional | other_round | not_round | not_final | fictional | conflict_later
    rollup_note: str = ""
    change: Decimal | None = None  # overall minus the previous round's, exact
    span: tuple[int, int, int, int] = (0, 0, 0, 0)  # the deflated Answers rows in the spool
    n_rows: int = 0
    plan: PlanFigures | None = None  # the action plan's figures (aggregate_plans)
    progress: PlanProgress | None = None  # the plan and its progress, as the workbook carries them
    implementation: Implementation | None = None  # its figures for the run's period (aggregate_implementation)

    @property
    def country(self) -> str:
        return self.record.country

    @property
    def provisional(self) -> bool:
        return self.recomputed.provisional

    @property
    def counts_plan(self) -> bool:
        """Its plan, implementation and money are in the roll-ups: it is the assessment of the
        score roll-ups, or would be but for its provisional score (methodology section 19: what a
        plan did and spent does not depend on how complete the questionnaire is)."""
        return self.in_rollups or self.rollup_note == "provisional"


@dataclass
class AggregateReport:
    files: list[FileRecord]
    warnings: list[str]
    out_xlsx: Path | None  # None: read only (the window's cross-country view)
    rounds: list[CountryRound] = field(default_factory=list)
    round_year: int | None = None
    status_filter: str = STATUS_ANY
    sids_list: str = "m49"
    lang: str = "en"
    generated: str = ""
    list_date: str = ""  # the date of the lists that give each group's members
    out_pdf: Path | None = None
    out_bundle: list[Path] = field(default_factory=list)
    include_provisional: bool = False  # provisional scores (no band) counted in the roll-ups
    period: str = ""  # the reporting period of the implementation sheets ("" : no country reports)
    as_of: str = ""  # the day the period is judged on (its last day, or the run's day while it runs)
    # the partners of the roll-ups' countries matched by name (domain.plan.implementation.partner_names):
    # (funding source, name key) -> the spelling shown, each spelling with the countries writing it
    partners: dict[tuple[str, str], tuple[str, dict[str, tuple[str, ...]]]] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def accepted(self) -> int:
        return self.count(ACCEPTED)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)

    @property
    def superseded(self) -> int:
        return self.count(SUPERSEDED)

    @property
    def conflicts(self) -> int:
        return self.count(CONFLICT)

    @property
    def used(self) -> list[CountryRound]:
        """The assessments behind the roll-ups: one per country."""
        return [r for r in self.rounds if r.in_rollups]

    @property
    def plan_rounds(self) -> list[CountryRound]:
        """The assessments behind the plan, implementation and money roll-ups: one per country,
        those of the score roll-ups and those a provisional score alone keeps out of them."""
        return [r for r in self.rounds if r.counts_plan]

    @property
    def trend_rounds(self) -> list[CountryRound]:
        """The assessments behind the trends: every real country's in each round (one per country
        and round), final ones only with ``--status final``, provisional ones only when included."""
        return [r for r in self.rounds if r.rollup_note != "fictional"
                and (self.status_filter != STATUS_FINAL or r.record.assessment_status == "final")
                and (self.include_provisional or not r.provisional)]

    @property
    def provisional_left_out(self) -> list[CountryRound]:
        """Assessments whose provisional score kept them out of the roll-ups."""
        return [r for r in self.rounds if r.rollup_note == "provisional"]

    @property
    def excluded(self) -> list[CountryRound]:
        """Assessments of fictional, training or user-assigned codes: listed, never rolled up."""
        return [r for r in self.rounds if r.rollup_note == "fictional"]
