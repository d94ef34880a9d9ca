"""What the PDF report shows, as documented dataclasses (no database, no rendering, no formatting).

:mod:`.build` fills a :class:`ReportContext` from the assessment, the questionnaire, the answers and
the scoring engine's result (:mod:`.chapters` the report 2.0 chapters, :mod:`.annex` the answers
as text, :mod:`.blank` the questionnaire on paper). Every text here is already chosen in the
report's language and every number already formatted, so the templates only lay things out. The
templates are rendered with ``StrictUndefined``: a name a template uses that these classes do not
provide fails the tests instead of printing nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .format import Strings
from .names import CountryName

R = TypeVar("R")   # a money table's row


# --- cover and summary ------------------------------------------------------------------------

@dataclass(frozen=True)
class InstitutionRow:
    name: str
    role: str
    details: tuple[str, ...] = ()  # one per Cover.institution_columns


@dataclass(frozen=True)
class Cover:
    """The cover page. Dates are formatted; empty strings when not known. ``institutions_more``
    is the "… N more" line when there are more than :data:`.budget.INSTITUTIONS_SHOWN`."""
    country: str            # the short name, as tables print it
    country_code: str
    round: str
    title: str              # the title the user typed, "" for the one made by default
    mission_dates: str
    reference_date: str
    status: str
    institutions: list[InstitutionRow]
    questionnaire_name: str
    questionnaire_version: str
    institutions_more: str = ""
    institutions_count: int = 0  # every institution interviewed (the context chapter's count)
    # the S0 grid's later columns (domain.mission.later_columns), printed after the role
    institution_columns: tuple[str, ...] = ()
    signoff: str = ""       # the national statistics office's validation, "" when none
    signoff_open: str = ""  # what stood open when it was validated, "" when nothing did
    reopened: str = ""      # the last validation withdrawn: when, by whom and why, "" when none
    reviewed: str = ""      # the supervisor's review sign-off that stands, "" when none
    reviewed_open: str = ""  # what stood open when the reviews were signed off, "" when nothing did


@dataclass(frozen=True)
class PlanAction:
    """One row of the action plan. ``owners`` is never empty: "to be agreed" when nobody owns it yet
    (``owners_agreed`` False)."""
    order: int
    title: str
    text: str
    owners: str
    owners_agreed: bool
    timeline: str
    resources: str
    milestone: str
    priority: str
    status: str
    serves: str
    urgency: int = 2            # the action's priority as a number (1 high .. 3 low), for sorting
    open: bool = True           # not done, not dropped
    pqs: tuple[str, ...] = ()   # the policy questions it serves (codes)
    chosen: bool = False        # one of the priority actions the government chose (plan at a glance)
    changed: str = ""           # "changed after validation: timeline", "" when as validated
    strategy: str = ""          # the national strategy objective it serves
    cost: str = ""              # its cost, summed per currency ("" when not costed)
    results: str = ""           # its results framework in one run of text ("" when none)
    sdg: str = ""               # the SDG target it serves
    depends: str = ""           # the numbers of the actions it needs done first
    risks: str = ""             # risks and assumptions


@dataclass(frozen=True)
class ActionPlan:
    proposed: bool              # True: not validated by the government (drafted, or stored and not validated)
    intro: str
    actions: list[PlanAction]
    timeline_mm: float = 24.0   # the full plan's timeline column: no quarter or date broken inside


@dataclass(frozen=True)
class GlanceRow:
    """A priority action on the one-page plan at a glance: who leads, when, what it costs and who
    pays for it."""
    order: int
    title: str
    milestone: str
    owners: str
    owners_agreed: bool
    timeline: str
    cost: str                   # in the plan's currency (summed per currency when a rate is missing)
    cost_usd: str               # its USD equivalent, "" when not every line has a rate
    funding: list[str]          # "IOM (secured)", "National budget (not secured)"
    status: str
    changed: str                # "changed after validation: timeline", or ""
    cost_parts: list[str] = field(default_factory=list)  # each currency's own amount when not all in the plan's


@dataclass(frozen=True)
class MoneyRow:
    """A line of a cost table: its label and the sums (formatted; USD "" when not known)."""
    label: str
    cost: str
    secured: str
    gap: str
    cost_usd: str = ""
    gap_usd: str = ""


@dataclass(frozen=True)
class CostTable:
    """One cost table of the plan (by year, lead institution, funding source, currency): its
    rows, its total row, and ``note``: the footnote saying that rounded rows do not add up to the
    rounded total exactly ("" when they do)."""
    title: str
    rows: list[MoneyRow]
    total: MoneyRow
    note: str = ""


@dataclass(frozen=True)
class PlanCosts:
    """The costed plan: the sentence that states the cost and the financing gap, the totals by
    year, by lead institution and by funding source, and how the USD equivalents were made."""
    sentence: str
    by_year: list[MoneyRow]
    by_institution: list[MoneyRow]
    by_source: list[MoneyRow]
    total: MoneyRow
    usd: bool                   # the USD columns are printed
    notes: list[str]
    currency: str = ""          # the currency of the first three columns (the plan's, else USD)
    tables: list[CostTable] = field(default_factory=list)  # every table, in the order printed
    incomplete: bool = False    # some lines have no exchange rate: left out of the converted totals
    amount_mm: float = 26.5     # each amount column's width: its widest amount on one line (reports/plan/chapter.py)
    amount_pt: float = 8.0      # the tables' type size: smaller only when five such columns would not fit


@dataclass(frozen=True)
class SheetLine:
    """One cost line of an action sheet: its year, who pays, what it pays for, its cost basis
    (unit cost × quantity, "" when none), its amount and where its funding stands."""
    year: str
    source: str
    category: str
    basis: str
    amount: str
    pipeline: str
    converted: str = ""         # the amount in the plan's currency as the sheet adds it up ("" when none)
    # the fields declared for the sheet (domain.plan.fields, ``printed``) its sheet has a column for
    declared: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ActionSheet:
    """A priority action as a funding committee reads it: who leads, when, the national
    strategy objective and SDG target it serves, the actions it needs first, its results framework,
    risks and assumptions, and each of its cost lines with their sum."""
    order: int
    title: str
    owners: str
    timeline: str
    strategy: str
    sdg: str
    depends: str
    # its results framework (the action's texts declared printed "results": indicator, baseline,
    # target, means of verification), a column each: (the column's class, its head, the text or "");
    # empty when none is given
    results: list[tuple[str, str, str]]
    risks: str
    lines: list[SheetLine]
    total: str                  # the lines' sum (in the plan's currency when they convert), "" when not costed
    changed: str = ""
    outcome: str = ""           # the outcome it serves ("Specific objective (outcome) 2: …"), "" when not linked
    outputs: list[SheetIndicator] = field(default_factory=list)  # its output indicators
    # each text the action declares for its sheet (domain.plan.fields), given: (label, text)
    texts: list[tuple[str, str]] = field(default_factory=list)
    # the headers of the columns of a cost line's fields declared for the sheet that a line gives
    declared: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LogframeRow:
    """A row of the logical framework (EU layout): the level ("Overall objective
    (impact)", "Specific objective (outcome) 1", "Output: action 3"), its intervention logic, its
    indicators (each "name (unit): baseline → targets"), their sources of verification, and the
    assumptions it rests on."""
    kind: str                   # objective | outcome | output (the row's style)
    level: str
    logic: str
    indicators: list[str]
    sources: list[str]
    assumptions: str


@dataclass(frozen=True)
class FrameworkRow:
    """A row of the results framework: an indicator with its level, unit, baseline and a target per
    year of ``ResultsChapter.years`` ("" where none is set)."""
    level: str
    indicator: str
    unit: str
    baseline: str
    targets: list[str]


@dataclass(frozen=True)
class SheetIndicator:
    """An output indicator on an action sheet: its name and unit, baseline, targets ("6 (2027), 12
    (2028)") and means of verification."""
    name: str
    unit: str
    baseline: str
    targets: str
    verification: str


@dataclass(frozen=True)
class ResultsChapter:
    """The plan's results chain in the report: the logframe, the results framework with yearly
    targets, and the actions serving no outcome yet ("1, 4")."""
    logframe: list[LogframeRow]
    years: list[str]
    framework: list[FrameworkRow]
    unlinked: str = ""
    year_mm: float = 12.0       # each year's column as wide as its widest target (a figure never broken)
    # the words it is told in: "report" (the full report), "eu" (an EU edition: the logframe's words
    # in both tables), "results" (any other partner's edition: the results framework's words, the
    # development objective and the intermediate results, as a World Bank team reads them)
    words: str = "report"
    level_mm: float = 20.0      # the level column as wide as the language's longest level label asks


@dataclass(frozen=True)
class PlanRecord:
    """What the report says of the plan's standing and money: the validation record (the cover's
    line, the chapter's DRAFT stamp when there is none), the plan at a glance, the costs, the
    changes since the validation, and whether the full plan goes to an annex."""
    validated: bool
    cover_line: str
    stamp: str                  # "DRAFT — not validated by the government", "" once validated
    glance_intro: str
    glance: list[GlanceRow]
    glance_more: str            # where the other actions are ("" when the glance is the whole plan)
    costs: PlanCosts | None
    changes_intro: str
    changes: list[str]
    annex: bool                 # the full plan is printed as an annex
    glance_total: MoneyRow | None = None  # the priority actions' cost, in the plan's currency and USD
    glance_note: str = ""       # the rounding footnote of the glance's total ("" when rows add up)
    sheets: list[ActionSheet] = field(default_factory=list)  # one per priority action
    history: list[str] = field(default_factory=list)  # the validation records, when there was more than one
    glance_cost_mm: float = 30.0  # the glance's cost column: its widest amount's digits on one line
    glance_cost_pt: float = 8.0   # the glance's type size: smaller only when that column would not fit
    sheet_amount_mm: float = 34.0  # the action sheets' amount column: its widest amount on one line
    sheet_amount_pt: float = 8.0   # the sheets' cost lines' type size: smaller only when that would not fit
    sheet_currency: str = ""       # the currency the sheets' totals are in (the converted amounts' column)
    glance_when_mm: float = 21.0  # the glance's timeline column: no quarter or date broken inside
    results: ResultsChapter | None = None  # the logframe and the results framework (None: no chain given)
    values_intro: str = ""      # the lead-in of the detailed list of differences (a sentence, not a bullet)
    values: list[str] = field(default_factory=list)  # every difference with its old and new value
    cover_unlisted: str = ""    # cover_line without where the changes are listed (the funding request)
    funding_intro: str = ""     # the lead-in of the funding's progress since the validation (no amendment)
    funding: list[str] = field(default_factory=list)  # each line's funding secured or moved to another stage


@dataclass(frozen=True)
class BudgetRow:
    """A row of a budget table: its label, its cells (none in a one-column table) and its total."""
    label: str
    cells: list[str]
    total: str


@dataclass(frozen=True)
class BudgetBlock:
    """A budget table in one currency ("In EUR"): its rows and the row of column totals."""
    currency: str
    rows: list[BudgetRow]
    total: BudgetRow


@dataclass(frozen=True)
class BudgetTable:
    """A budget a donor reads: rows by ``corner`` (category or year), ``columns``
    (categories, funding sources; none: one amount column), a block per currency shown, and the
    rounding difference against the exact total ("" when none)."""
    title: str
    corner: str
    columns: list[str]
    blocks: list[BudgetBlock]
    note: str
    amount_mm: float = 20.0     # each amount column as wide as its widest amount (never broken)
    amount_pt: float = 8.0      # the type, smaller only when the columns would not fit


@dataclass(frozen=True)
class ShareRow:
    """A funding source's part of the plan: cost, share (the shares adding to 100.0 %), not yet secured."""
    label: str
    cost: str
    percent: str
    unsecured: str


@dataclass(frozen=True)
class TakeoverRow:
    """A recurrent cost the national budget takes over: action, funder until then, from which
    year, amount a year in the line's currency and in the plan's ("" when the same or no rate)."""
    action: str
    funder: str
    year: str
    amount: str
    in_plan: str


@dataclass(frozen=True)
class SignatureBox:
    """One signature of the request: for whom, the person's name and title ("" for lines to fill)."""
    heading: str
    name: str
    title: str


@dataclass(frozen=True)
class FundingRecord:
    """What a donor reads beyond the costed plan: the budgets, the co-financing shares
    with who commits the national part, the takeovers, the signature block, the plan's version."""
    budgets: list[BudgetTable]
    budget_rule: str
    budgets_note: str           # why the budgets are left out ("" when printed)
    shares: list[ShareRow]      # the last row is the total
    share_currency: str
    share_note: str
    takeovers: list[TakeoverRow]
    takeover_currency: str
    signatures: list[SignatureBox]
    version_line: str
    share_mm: float = 30.0      # the co-financing table's amount columns, as the budgets'
    share_pt: float = 8.0
    donors: DonorRecord | None = None   # the risk matrix, results framework, procurement (reports/plan/donors.py)


@dataclass(frozen=True)
class RiskRow:
    """A row of the risk matrix: its number, the risk, its likelihood and impact in words, the
    mitigating measure, the institution that owns it and the actions it concerns (their numbers)."""
    no: str
    risk: str
    likelihood: str
    impact: str
    mitigation: str
    owner: str
    actions: str


@dataclass(frozen=True)
class DonorIndicatorRow:
    """An indicator of the results framework as the World Bank reads it: its level and name, the
    data source (the means of verification), frequency, responsibility, end target and, when
    disbursement-linked, the partner and the amount it releases."""
    level: str
    indicator: str
    source: str
    frequency: str
    responsibility: str
    end_target: str
    dli: str


@dataclass(frozen=True)
class PackageRow:
    """A package of the procurement plan: its number, the action (and cost line), what is bought,
    the method, the estimated cost, the planned dates and the Bank's review."""
    no: str
    action: str
    description: str
    method: str
    amount: str
    dates: str
    review: str


@dataclass(frozen=True)
class DonorRecord:
    """What the donors' formats ask beyond the budget, as the funding request prints it (each
    part empty when the record has none: its heading is then left out)."""
    risks: list[RiskRow]
    framework: list[DonorIndicatorRow]
    dli_total: list[str]         # per partner, what its disbursement-linked indicators release in all
    packages: list[PackageRow]
    package_total: list[str]     # per currency, the packages' estimated cost in all
    # per partner whose lines give a modality, its budget by outcome and implementation modality
    eu_budgets: list[BudgetTable] = field(default_factory=list)
    risks_intro: str = ""        # a partner's edition's lead-in to its risks ("": the full report's)
    # the donor's vocabulary of the indicators' table: "eu" (an edition of a partner whose lines
    # give the EU's modality or budget line: the logframe's), "" (the results framework's)
    kind: str = ""
    # per partner whose lines give no modality, its cost by outcome (component) and year
    outcome_budgets: list[BudgetTable] = field(default_factory=list)
    # what a donor would otherwise find missing, a sentence each, under the table it concerns: a
    # partner's lines of no procurement package, its lines of no modality beside lines that give
    # one, a disbursement-linked indicator targeted after the partner's last line's year
    package_gaps: list[str] = field(default_factory=list)
    modality_gaps: list[str] = field(default_factory=list)
    dli_gaps: list[str] = field(default_factory=list)
    dates_mm: float = 0.0        # the procurement plan's dates column widened to its widest date (0.0: 26 mm)
    estimate_mm: float = 33.0    # the procurement plan's estimated cost's column, as its widest amount asks


@dataclass(frozen=True)
class AskedLine:
    """A line a partner is asked to fund: year, category, amount in each currency shown, stage."""
    year: str
    category: str
    amounts: list[str]
    stage: str


@dataclass(frozen=True)
class AskedAction:
    """An action a partner is asked to fund, with the national contribution to it beside, the
    outcome it serves and its output indicators (from the results chain; empty without one)."""
    title: str
    lines: list[AskedLine]
    national: str
    outcome: str = ""
    outputs: list[str] = field(default_factory=list)
    risks: str = ""             # the action's risks and assumptions, "" when none is written
    others: str = ""            # the other partners funding the action too, "" when none


@dataclass(frozen=True)
class EditionFigure:
    """A figure on a partner's edition's first page (the plan's total cost, the partner's request,
    the national counterpart): its label and the amount in each currency the edition shows, the
    partner's first; [] when no rate converts it."""
    label: str
    amounts: list[str]
    # the request's split: its part already secured by stage and the new request ("" none secured)
    note: str = ""


@dataclass(frozen=True)
class CounterpartRow:
    """An action of the partner's with the national budget's contribution to it, the part of it
    secured and the part not yet secured (each "–" when there is none); or the total."""
    label: str
    amount: str
    secured: str
    unsecured: str


@dataclass(frozen=True)
class CurrencyBlock(Generic[R]):
    """A money table in one currency: its rows, the total last (the national counterpart's
    ``CounterpartRow``s, the co-financing's ``ShareRow``s)."""
    currency: str
    rows: list[R]


CounterpartBlock = CurrencyBlock[CounterpartRow]
ShareBlock = CurrencyBlock[ShareRow]


@dataclass(frozen=True)
class Counterpart:
    """The national counterpart to a partner's actions, in the plan's currency: a row per action
    and the total (``rows``, the total last; adding up as printed), the sentence saying how much of
    it is secured, and the cover's line of the same figures. No rows: the sentence says why.
    ``blocks``: the same table in each currency of the edition it converts into, the partner's
    first, then the plan's and the dollar (the table the cover's figures are read from)."""
    currency: str
    rows: list[CounterpartRow]
    sentence: str
    cover: str
    amount_mm: float = 30.0
    amount_pt: float = 8.0
    blocks: list[CounterpartBlock] = field(default_factory=list)


@dataclass(frozen=True)
class PartnerEdition:
    """The funding request to one partner (``report --partner``): its first page's figures, the
    partner's part of the logframe and results framework when the plan has a results chain, the
    actions and lines asked of it in its currency (first of ``currencies``), the plan's and the
    dollar, the national counterpart to them and how much of it is secured, its budget, the
    takeovers of its lines and its signatories (reports/plan/request.py, reports/plan/edition.py)."""
    partner: str
    title: str
    intro: str
    figures: list[EditionFigure]
    results: ResultsChapter | None
    counterpart: Counterpart | None
    currencies: list[str]
    actions_heading: str
    asked_heading: str
    actions: list[AskedAction]
    total_label: str
    totals: list[str]
    budget: BudgetTable | None
    takeovers: list[TakeoverRow]
    signatures: list[SignatureBox]
    amount_mm: float = 30.0     # the asked lines' amount columns, as the budgets'
    amount_pt: float = 8.0
    # co-financing in each currency of the edition every line of the plan converts into, the
    # partner's first; its note (who commits the national part), in the plan's currency
    shares: list[ShareBlock] = field(default_factory=list)
    # the request's part the plan marks committed and the new request, in each currency ("" none)
    committed: str = ""
    # the actions another partner funds too, whose national contribution that partner's edition
    # counts as well ("" when none)
    shared: str = ""
    donors: DonorRecord | None = None   # the donors' structures kept to this partner (reports/plan/donors.py)


@dataclass(frozen=True)
class ExecSummary:
    """The executive summary: the score and its band (or why there is none), the reading generated
    from the numbers, the priority actions and what the data can and cannot answer (rules 3.0: fit
    for purpose, or with a shortfall named; not yet; not yet assessed)."""
    score: str                  # formatted overall score (one decimal, as shown everywhere), "" when not scored
    band_code: str              # one of domain.scoring.BANDS, or ""
    band_label: str
    provisional: bool
    provisional_note: str       # why there is no band (the engine's reasons)
    completeness: str           # "87.5 %" formatted (primary questions known), "" when not scored
    reading: str                # the paragraph generated from the numbers
    priority_actions: list[PlanAction]
    can_fit: list[str]          # "A. label": fit for purpose
    can_shortfall: list[str]    # "A. label: shortfalls": answerable with a shortfall
    cannot_answer: list[str]    # not yet answerable (no usable source)
    not_assessed: list[str]     # no source described yet
    custom: str = ""            # the custom-weights figure, labelled, "" when the weights are the documented ones


# --- scores -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SectionScore:
    id: str
    label: str
    score: str              # formatted, "–" when not scored
    value: float | None     # raw, for the chart
    band_code: str
    band_label: str
    points: str
    dont_know: int
    weight: str
    reasons: list[str]


@dataclass(frozen=True)
class HeatCell:
    text: str               # "0".."3" ("1*": the level rests on fields not stated) or "–"
    css: str                # "l0".."l3" or "ln"
    mark: str               # "●" main, "○" supporting, ""


@dataclass(frozen=True)
class HeatRow:
    code: str
    label: str
    cells: list[HeatCell]


@dataclass(frozen=True)
class Heatmap:
    sources: list[tuple[str, str]]   # (code, label)
    rows: list[HeatRow]
    legend: list[tuple[str, str]]    # (css class, text)
    note: str = ""                   # what "*" means, when a level rests on fields not stated


@dataclass(frozen=True)
class PolicyBlock:
    """One policy question A–O in the detail annex (numbers formatted)."""
    code: str
    label: str
    rank: str
    need: str
    availability: str
    gap: str
    priority: str
    gap_type_label: str
    best_sources: list[str]
    triangulation: bool
    quick_win: bool
    reasons: list[str]


@dataclass(frozen=True)
class PqRow:
    """One policy question in the one policy-question table (numbers formatted)."""
    code: str
    label: str
    need: str
    availability: str
    gap: str
    best_source: str
    first_action: str


@dataclass(frozen=True)
class SdgRow:
    code: str
    number: str
    label: str
    status: str
    status_label: str


@dataclass(frozen=True)
class ChartData:
    """Numbers for the matplotlib charts, drawn at render time (see charts.py)."""
    section_labels: list[str]
    section_values: list[float | None]
    section_bands: list[str]
    section_band_labels: list[str]
    pq_codes: list[str]
    pq_need: list[float | None]
    pq_availability: list[float | None]
    need_label: str
    availability_label: str
    lang: str


# --- answers ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceLine:
    kind: str
    text: str


@dataclass(frozen=True)
class AnswerRow:
    """One answer as readable text (``key`` is the answer key, never printed)."""
    key: str
    question: str
    value_lines: list[str]
    flag: str               # "don't know" / "not applicable" / ""
    comments: list[str]
    evidence: list[EvidenceLine]


@dataclass(frozen=True)
class GridLine:
    label: str
    cells: list[str]


@dataclass(frozen=True)
class AnnexBlock:
    """Part of a section's answers: ``kind`` "rows" (simple answers in ``rows``) or "grid" (a compact
    table: ``columns`` headers, ``lines`` one per grid row / matrix cell, ``notes`` comments and
    evidence)."""
    kind: str
    title: str
    rows: list[AnswerRow]
    columns: list[str]
    lines: list[GridLine]
    notes: list[str]

    @property
    def wide_labels(self) -> bool:
        """Long row labels (indicator names, registers) get a wide first column."""
        return any(len(x.label) > 16 for x in self.lines)

    @property
    def widths(self) -> list[float]:
        """The widths in mm of the grid's columns after the row labels' (:attr:`label_mm` of 176),
        from what they hold (measure.grid_columns)."""
        from .measure import grid_columns

        return grid_columns(self.columns, [x.cells for x in self.lines], 176.0 - self.label_mm)

    @property
    def label_mm(self) -> float:
        """The row labels' column: 20 mm, 42 for long labels, 34 beside seven columns or more."""
        return 20.0 if not self.wide_labels else 34.0 if len(self.columns) >= 7 else 42.0


@dataclass(frozen=True)
class AnnexSection:
    id: str
    title: str
    blocks: list[AnnexBlock]


@dataclass(frozen=True)
class Area:
    """One area of the findings (or one part of the context chapter): a reading generated from the
    numbers, the engine's points in words, the key answers (compact blocks) or a pointer (``see``)."""
    id: str
    title: str
    reading: str
    points: list[str]
    blocks: list[AnnexBlock]
    see: str = ""
    kind: str = ""              # "", "matrix" (heatmap and PQ table follow) or "sdg" (SDG table)


@dataclass(frozen=True)
class FollowUp:
    key: str
    label: str
    section: str


@dataclass(frozen=True)
class NotApplicableRow:
    """An answer "not applicable", with the questionnaire's reason and the officer's own words."""
    section: str
    label: str
    reason: str
    comment: str


@dataclass(frozen=True)
class ArchivedLine:
    """An answer to a question the questionnaire version no longer asks (Annex C's last table)."""
    key: str
    version: str     # "version 1.1.0", or "" when not recorded
    question: str    # its text where known
    value: str       # as given, bounded
    comment: str
    archived: str    # the day it was archived, written out ("" when not recorded)


# --- the blank questionnaire ------------------------------------------------------------------

@dataclass(frozen=True)
class BlankOption:
    code: str               # "" for a "don't know" / "not applicable" box whose code is its label
    label: str


@dataclass(frozen=True)
class BlankItem:
    """A question of the blank questionnaire. A grid (or the table of need ratings) has ``rows``,
    ``columns`` and ``cells`` (per row, per column: its boxes with their codes, none to write) and
    the ``legend`` of its codes, a line per coded column ("Available: 1 = Yes · 2 = No"), printed in
    the table's header on every page; ``specials`` are the "don't know" / "not applicable" boxes a
    simple question accepts."""
    id: str
    number: str
    type: str               # item type, or "rating_table"
    label: str
    help: str
    instruction: str
    options: list[BlankOption]
    rows: list[str]
    columns: list[str]
    note: bool
    cells: list[list[tuple[str, ...]]] = field(default_factory=list)
    specials: list[BlankOption] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BlankMatrixLine:
    """One matrix field on paper: its question, its codes and one cell per source column."""
    label: str
    codes: str
    cells: list[tuple[str, ...]]  # per source column, its boxes with their codes (none on the notes line)
    note: bool = False      # the notes line: room to write


@dataclass(frozen=True)
class BlankMatrixBlock:
    """One policy question of the matrix on paper: a column per expected source ("● CEN", its
    name) and one for another source, a line per matrix field."""
    code: str
    label: str
    sources: list[tuple[str, str]]
    lines: list[BlankMatrixLine]
    crowded: bool = False   # so many columns that a box spelled out in words needs a narrower question column


@dataclass(frozen=True)
class BlankSection:
    id: str
    title: str
    help: str
    items: list[BlankItem]


@dataclass(frozen=True)
class ChangeRow:
    """An answer changed since the first validation: the question, its value then and
    now, who changed it last and on which date."""
    section: str
    label: str
    before: str
    after: str
    by: str


@dataclass(frozen=True)
class ValidationRecord:
    """The sign-off record as the report prints it once an assessment has been validated (issue
    49): each validation and reopening in order, then the answers changed since the first
    validation (``changes_intro`` above them; ``changes`` empty: ``changes_none`` says so)."""
    events: list[str]
    changes_intro: str
    changes: list[ChangeRow]


@dataclass(frozen=True)
class ReviewRow:
    """An answer a reviewer disputed or marked for follow-up."""
    section: str
    label: str
    status: str                     # the review in the report's language
    note: str


@dataclass(frozen=True)
class ReviewSummary:
    """The review of the answers: coverage in one sentence, and those to follow up."""
    coverage: str
    rows: list[ReviewRow]
    reviewed: bool = True  # False: nothing reviewed yet (the coverage says so; no "none disputed")


@dataclass(frozen=True)
class DocumentRow:
    """A document attached as evidence, as Annex C lists it: its name, what it supports
    (the section and the question, grid row, matrix cell or action), its size and the first 12
    characters of its SHA-256 (formatted), who attached it and on which date."""
    name: str
    section: str
    target: str
    size: str
    sha256: str
    attached: str


# --- the document -----------------------------------------------------------------------------

@dataclass(frozen=True)
class AttachmentData:
    name: str
    description: str
    data: bytes | Callable[[], bytes]   # a callable is produced at render time (no database)
    mime: str

    def payload(self) -> bytes:
        return self.data() if callable(self.data) else self.data


# --- the implementation report (reports/plan/progress.py, progress.html.j2) ----------

@dataclass(frozen=True)
class PartnerMoney:
    """A partner's money in one currency (``total``: the currency's total row)."""

    partner: str
    currency: str
    cells: tuple[str, ...]          # pledged, committed, disbursed, spent
    total: bool = False


@dataclass(frozen=True)
class ProgressAction:
    number: int
    title: str
    owners: tuple[str, ...]         # the institutions, each printed on a line of its own
    status: str
    standing: str                   # the words
    standing_code: str              # on_track, at_risk, off_track, not_judged (the CSS class)
    reason: str
    reported: bool
    priority: bool
    elapsed: str                    # "50 %" or ""
    absorbed: str                   # per currency, "USD 20 %; KES 75 %" or ""
    money: tuple[tuple[str, tuple[str, ...]], ...] = ()   # per currency: (currency, committed, disbursed, spent)
    completed: str = ""             # a done action's completion date as written, "" otherwise
    why: str = ""                   # a done action rated at risk or off track: why both, in sentences
    # the fields of its entry declared later and printed (ProgressReport.entry_heads): (head, cell),
    # "–" when its entry does not give it
    declared: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ActionMoney:
    """A row of the money by action: an action's amounts in one currency as recorded (budget of the
    period's year, committed, disbursed, spent), "–" for an action with none; ``first``: its first
    currency (the number and title printed once); ``total``: a currency's total row."""

    number: int
    title: str
    currency: str
    cells: tuple[str, ...]
    first: bool = True
    total: bool = False


@dataclass(frozen=True)
class IndicatorLine:
    """An indicator in the period: the results chain's (its id and name, the target for the year,
    "–" when none) or a value recorded under an id the chain no longer has (name and target "")."""

    indicator: str
    value: str
    measured: str
    source: str
    name: str = ""
    target: str = ""
    standing: str = ""
    standing_code: str = "not_judged"
    declared: tuple[str, ...] = ()  # the cells of its value's fields declared later (ProgressReport.value_heads)


@dataclass(frozen=True)
class RateRow:
    """A row of an execution table: an action or a partner (``total``: the block's total row).
    ``cells``: the budget, disbursed and spent (amounts without their code: the block names the
    currency), then disbursed ÷ budget and spent ÷ budget as percentages ("–": no budget)."""

    label: str
    cells: tuple[str, ...]
    total: bool = False


@dataclass(frozen=True)
class RateBlock:
    """The rows of an execution table in one currency (the plan's; a currency with no rate to it
    on its own), the last the total: every column adds up to it as printed."""

    currency: str
    rows: tuple[RateRow, ...]


@dataclass(frozen=True)
class RateTable:
    """An execution table: per action or per partner, in the period or since the plan began."""

    anchor: str
    title: str
    corner: str
    blocks: tuple[RateBlock, ...]
    columns: tuple[str, ...] = ()   # its own heads (a half-year's: of the year's budget), else the report's


@dataclass(frozen=True)
class OverrunLine:
    """A cost line with money above what it should hold to the period's end: the line named once,
    each of its overruns in the report's words, and the note or the reason given once."""

    action: str                     # "2. Agree statistical access …"
    text: str                       # the cost line: "Cost line 1 of action 2"
    note: str                       # the note on the line, else the action's reason, else "no reason given"
    kinds: tuple[str, ...] = ()     # each overrun of the line: "XOF 7,000,000 spent to date is above …"
    flagged: str = ""               # none of its overruns rates the action: "Flagged, not rated: …", else ""


@dataclass(frozen=True)
class RiskLine:
    """An action at risk or off track: its standing, the parts it was judged by and its reason."""

    number: int
    title: str
    standing: str
    standing_code: str
    parts: str                      # "Timeline: on track; money: at risk; indicators: –."
    reason: str                     # the reason given, or the words "no reason given"
    given: bool                     # a reason was given
    measure: str = ""               # the corrective measure written, or the words "no corrective measure"
    measure_given: bool = False     # a measure was written
    measure_detail: str = ""        # who takes it and by when, "" when neither is said
    why: str = ""                   # an action done yet at risk or off track: why both, in sentences


@dataclass(frozen=True)
class SeriesRow:
    """An indicator from its baseline through every period's value to its end target."""

    indicator: str                  # "I5: Share of surveys …"
    unit: str
    baseline: str                   # "25 (2025)", "–"
    values: tuple[str, ...]         # per period of ``ProgressReport.series_periods``, "–" when none
    target: str                     # the target of the period's year, "–"
    end_target: str                 # the last year's target with its year, "–"


@dataclass(frozen=True)
class NextAction:
    """An action of the next period: running then (its timeline) or with cost lines that year."""

    number: int
    title: str
    lead: str
    timeline: str
    status: str                     # as reported for this period (else the plan's)
    budget: tuple[str, ...]         # per currency of ``ProgressReport.next_currencies``, "–" when none


@dataclass(frozen=True)
class LeadLine:
    """A lead institution and the period's reports of the actions it leads."""

    institution: str
    actions: str                    # the numbers of the actions it leads
    reported: str                   # those with a report for the period ("–": none)
    missing: str                    # those without ("–": none)
    has_report: bool


@dataclass(frozen=True)
class ProgressReport:
    """What ``progress.html.j2`` prints."""

    period: str
    title: str
    intro: str
    counts: str
    rule: str
    money_columns: tuple[str, ...]
    money: tuple[PartnerMoney, ...]
    actions: tuple[ProgressAction, ...]
    priority: tuple[ProgressAction, ...]
    indicators: tuple[IndicatorLine, ...]
    reasons: tuple[ProgressAction, ...] = field(default_factory=tuple)
    # the heads of the columns of the fields declared after the first ones and printed
    # (domain.plan.progress_fields, ``printed``) one of the period's entries (values) gives
    entry_heads: tuple[str, ...] = ()
    value_heads: tuple[str, ...] = ()
    # under the actions table, a note per action done yet at risk or off track ("Action 1: Done on …"):
    # its sentences never in the table's narrow standing column
    action_notes: tuple[str, ...] = ()
    committed_note: str = ""                # what a half-year's Committed column counts (its year to its end)
    # the summary: what was achieved, the execution, the overruns, who reported (sentences)
    achieved: tuple[str, ...] = ()
    done: tuple[str, ...] = ()              # the actions done in the period, "1. Title"
    above_plan: tuple[str, ...] = ()        # money spent above what was pledged, said in a sentence
    other_years: tuple[str, ...] = ()       # a partner's money of the period on other years' lines, said
    # execution rates (per action, per partner; the period and since the plan began)
    rate_columns: tuple[str, ...] = ()
    rates: tuple[RateTable, ...] = ()
    budget_note: str = ""                   # what the budget is, the currency and its rates
    not_converted: str = ""                 # the cost lines with no rate to the plan's currency, named
    rounding_note: str = ""
    overruns: tuple[OverrunLine, ...] = ()
    risks: tuple[RiskLine, ...] = ()
    # the planning unit's own words (domain.plan.period_report): its summary, one paragraph per
    # line typed, the decisions asked of the minister in order, and the measures written for
    # actions neither at risk nor off track (RiskLine, their standing theirs), none left out
    written: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    other_measures: tuple[RiskLine, ...] = ()
    # each indicator's series
    series_periods: tuple[str, ...] = ()
    series_target: str = ""                 # the column heading of the period's year's target
    series: tuple[SeriesRow, ...] = ()
    # the next period
    next_period: str = ""
    next_words: str = ""                    # the next period named as the sentences name it ("2027 год")
    next_intro: str = ""
    next_currencies: tuple[str, ...] = ()
    next_actions: tuple[NextAction, ...] = ()
    next_total: tuple[str, ...] = ()        # per currency, the sum of the next year's cost lines; () under single rows
    next_rounded: bool = False              # an amount of the next period's table was rounded (its note printed)
    # the next period's timeline column widened (mm) to its widest date kept whole; 0: its own width
    next_time_mm: float = 0.0
    # who reported
    leads_line: str = ""
    leads: tuple[LeadLine, ...] = ()
    signatures: tuple[SignatureBox, ...] = ()
    # the period named as the sentences name it ("2026 год", "the first half of 2026")
    period_words: str = ""
    # the period as the sentences use it after "in" and after "the end" (editorial.reporting_period:
    # French, Spanish and Portuguese with the preposition, "au premier semestre 2026", "du premier semestre 2026")
    period_in: str = ""
    period_end: str = ""
    # every action's money in the period, a row per currency as recorded, each currency's total last
    action_money: tuple[ActionMoney, ...] = ()


@dataclass(frozen=True)
class AchievedRow:
    """An earlier plan's action: its outcome, what is said under it (late, the money spent to
    date: ``notes``) and its reason, and a line per gap it targeted."""

    number: int
    title: str
    outcome: str
    reason: str
    gaps: tuple[str, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Achieved:
    """What the earlier round's plan achieved (the plan chapter's last part; ``achieved.html.j2``)."""

    title: str
    intro: str
    rows: tuple[AchievedRow, ...]


@dataclass
class ReportContext:
    """Everything the report template prints. ``blank`` selects the blank questionnaire layout
    (then only ``cover``, the ``blank_*`` fields and the running texts are filled)."""
    lang: str
    blank: bool
    s: Strings                      # fixed texts in ``lang`` (strings.yaml)
    title: str                      # document title (PDF metadata)
    subject: str                    # PDF subject / description
    keywords: list[str]
    country: str                    # the short name (running header, tables)
    country_name: CountryName       # the name in sentences, with its article
    generated: str                  # formatted generation date
    generated_iso: str
    app_version: str
    questionnaire_version: str
    rules_version: str
    cover: Cover
    author: str                     # the PDF author: the office that prepared it ("" none known: no author)
    author_shown: str               # the same as the cover prints it ("": the cover's line left out)
    draft: str                      # the watermark ("DRAFT" in the language) unless the status is final
    translation_note: str = ""      # a first translation not yet reviewed by a UN translator says so
    translation_share: str = ""     # a language added by its catalogue: the share of the texts translated
    # a score stored under earlier scoring rules: both figures and what the rules changed
    earlier_score: str = ""
    text_lang: str = ""             # the language the user's text is typed in, when the assessment says it
    attachments: list[AttachmentData] = field(default_factory=list)
    attachments_note: str = ""
    # the report (empty for the blank questionnaire)
    summary: ExecSummary | None = None
    section_scores: list[SectionScore] = field(default_factory=list)
    chart: ChartData | None = None
    chart_alt: dict[str, str] = field(default_factory=dict)  # chart name -> what it shows, in words
    heatmap: Heatmap | None = None
    policy_blocks: list[PolicyBlock] = field(default_factory=list)
    sdg_rows: list[SdgRow] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    not_applicable: list[NotApplicableRow] = field(default_factory=list)
    review: ReviewSummary | None = None  # the answers' review (Annex D); None: the blank questionnaire
    validation: ValidationRecord | None = None  # validations, reopenings, changes since; None: never validated
    documents: list[DocumentRow] = field(default_factory=list)  # attached as evidence (Annex C); none: no table
    archived: list[ArchivedLine] = field(default_factory=list)  # answers no longer asked (Annex C); none: no table
    annex: list[AnnexSection] = field(default_factory=list)
    methodology: list[str] = field(default_factory=list)
    completeness_formula: str = ""  # Annex A: the summary's completeness from the sections' rows
    plan: ActionPlan | None = None
    plan_record: PlanRecord | None = None
    funding: FundingRecord | None = None      # budgets, co-financing, sustainability, signatures
    edition: PartnerEdition | None = None     # a partner's edition of the funding request (report --partner)
    context_parts: list[Area] = field(default_factory=list)   # S0, S2, S5
    areas: list[Area] = field(default_factory=list)           # S1 -> S12
    pq_rows: list[PqRow] = field(default_factory=list)
    acronyms: list[tuple[str, str]] = field(default_factory=list)      # the acronyms printed
    source_codes: list[tuple[str, str]] = field(default_factory=list)  # CEN, HHS, … and their names
    glossary: list[tuple[str, str]] = field(default_factory=list)
    grids_shown: dict[str, str] = field(default_factory=dict)  # section id -> chapter printing its grids
    # the blank questionnaire
    blank_sections: list[BlankSection] = field(default_factory=list)
    blank_matrix: list[BlankMatrixBlock] = field(default_factory=list)
    # the user's texts printed that the language's typographic pass would change: printed as typed
    # wherever a sentence of the report quotes them (typography.typeset_around)
    user_texts: frozenset[str] = frozenset()
    # the implementation report of one period (reports/plan/progress.ProgressReport): when
    # set, the document is that report (resources/report/progress.html.j2), not the assessment's
    progress: ProgressReport | None = None
    # what the previous round's plan achieved, beside the gaps it targeted and their scores now
    achieved: Achieved | None = None

    @property
    def plan_valid(self) -> bool:
        """The government validated the plan: its pages carry no DRAFT mark even while the
        assessment is in progress (the assessment's own status stays on the cover)."""
        return not self.blank and self.plan is not None and not self.plan.proposed and self.edition is None

    @property
    def plan_draft(self) -> str:
        """The DRAFT mark of the action plan's pages alone (its chapter and Annex F): the assessment
        is final, so its pages carry no mark, but the government has not validated the plan."""
        proposed = not self.blank and self.plan is not None and self.plan.proposed
        return self.s["draft_mark"] if proposed and not self.draft else ""
