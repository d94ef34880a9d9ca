"""An action's free texts and a cost line's fields, each declared once (pure, and light: the store reads it for its columns).

Every part of the application that handles these texts reads :data:`ACTION_TEXTS` instead of
naming them: the store's columns (``storage.actionplan``; the column itself is added by an
explicit schema step), the checks and clean-up of :func:`.actions.validate_action`, the command
line's options of ``actions add`` and ``actions edit`` and the lines of ``actions show``, the
exchange workbook's "Action plan" column (found by its header, in any language), the differences
since the government's validation, the report's sheet of the action (PDF and Word) and the
window's form. A field's label in each language is its workbook column's label
(``wb.col.<header>``, translated in each catalogue), so one translation serves the workbook, the
command line, the report and the window. Its English, and the word a refusal names it by
(``cli.what.<name>``), are written here only: :func:`declared_texts` gives them to
``domain.texts`` when the plan is loaded, where the catalogue tools and the translator's export
read them as any other sentence; a language without their translation yet shows the English.

Adding a text to an action: an attribute of :class:`.actions.Action` (``str``, default ``""``), an
entry here, a schema step adding the column (``storage/schema.py``), the fixture database of the
new schema version (``tests/storage/fixtures/make_fixtures.py``), then the pages written by their
tools (``tools/tree_doc.py``, ``tools/fields_doc.py``: the column's row in
docs/workbook-format.md, ``tools/cli_reference.py``); the translator's step adds and fills the two
entries in each catalogue (``tools/catalogues.py update``). docs/development.md ("Adding a
field") walks through it.

A cost line's fields are declared the same way (:data:`COST_FIELDS`, one :class:`CostField`
each): the line's JSON (stored in the ``costs`` column, ``actions --json``: ``cost.cost_to_plain``),
the "Action costs" sheet's columns (found by their headers), the parts of ``--cost`` and the line
in words, the parts of a change after the government's validation, the window's cost dialog (an
editor by the field's kind) and the report's sheet of an action (a field declared ``printed``)
read them. Adding a field
to a cost line: an attribute of :class:`.cost.Cost` with its default (the "not set" value), an
entry at the end of :data:`COST_FIELDS` (its label's English and refusal's word with it, translated
in each catalogue by the translator's step), then ``tools/fields_doc.py`` (the column's row in
docs/workbook-format.md) and ``tools/cli_reference.py``; no schema step (the line is stored as JSON, the field written only when
set). docs/development.md ("A field of a cost line") walks through it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import texts as _texts
from .result_fields import Declared

RESULT_TEXT_MAX = 1_000      # the results framework: indicator, baseline, target, means of verification
ACTION_TEXT_MAX = 4_000      # resources, milestone, risks


@dataclass(frozen=True)
class ActionText(Declared):
    """One free text of an action.

    ``name``: the :class:`.actions.Action` attribute, the ``action_items`` column, the key in the
    JSON of ``actions --json``, in the history and in a validation's record. ``header``: the
    "Action plan" column's key; its label in each language is the field's label everywhere.
    ``what``: the field as an English refusal names it ("the {what} is longer than …"). ``help``:
    the command line option's help (``--`` and the name with dashes). ``lines``: the window's field
    (1 one line, else a box growing to that many lines). ``printed``: where the report prints it:
    ``"action"`` a labelled paragraph on the action's sheet (the default for a new text), or the
    place a text of its own has ("results": the results framework's row, "risks", "sdg").
    ``validated``: a change after the government's validation counts as a change of the plan (named
    after the field). ``one_line``: a line break or control character is refused (an SDG target, a
    web address). ``doc``: the column's meaning in docs/workbook-format.md when ``help`` and
    ``limit`` do not say it well enough (tools/fields_doc.py writes the row)."""

    name: str
    header: str
    what: str
    help: str
    limit: int = RESULT_TEXT_MAX
    lines: int = 4
    width: int = 30
    printed: str = "action"
    validated: bool = True
    one_line: bool = False
    doc: str = ""

    @property
    def option(self) -> str:
        """The command line's option ("--sdg-target")."""
        return "--" + self.name.replace("_", "-")

    @property
    def english(self) -> str:
        """The field's label in English: its header."""
        return self.header


# In the order the workbook's columns, the window's form, ``actions show`` and the action's sheet
# of the report give them (the results framework first). A new text goes at the end: the columns
# of a workbook already sent keep their place.
ACTION_TEXTS: tuple[ActionText, ...] = (
    ActionText("indicator", "Indicator", "indicator",
               "Results framework: the indicator of the action's result.", lines=6, width=36, printed="results"),
    ActionText("baseline", "Baseline", "baseline",
               "Results framework: the indicator's value now (with its year).", width=24, printed="results",
               doc="Results framework: the indicator's value now, with its year (up to 1,000 characters)."),
    ActionText("target", "Target", "target",
               "Results framework: the value the action should reach (with its year).", width=24,
               printed="results",
               doc="Results framework: the value the action should reach, with its year (up to 1,000 "
                   "characters)."),
    ActionText("verification", "Means of verification", "means of verification",
               "Results framework: the means of verification (where the value will be read, e.g. the "
               "census report).", lines=6, width=32, printed="results",
               doc="Results framework: where the value will be read (a publication, a register's report ...; "
                   "up to 1,000 characters)."),
    ActionText("risks", "Risks and assumptions", "risks and assumptions",
               "Risks and assumptions (what the result depends on).", limit=ACTION_TEXT_MAX, lines=8,
               width=36, printed="risks",
               doc="What the result depends on that the action does not control (up to 4,000 characters)."),
    ActionText("sdg_target", "SDG target", "SDG target",
               "The SDG target the action serves, e.g. 17.18 (\"\" clears).", limit=16, lines=1, width=10,
               printed="sdg", one_line=True,
               doc="The SDG target the action serves, such as `17.18` or `10.c` (one of the 169 targets of "
                   "resolution 70/1; `SDG 17.18` is read as `17.18`)."),
)
TEXT_NAMES: tuple[str, ...] = tuple(f.name for f in ACTION_TEXTS)
# the results framework of an action: its indicator, baseline, target and means of verification
RESULT_TEXTS: tuple[str, ...] = tuple(f.name for f in ACTION_TEXTS if f.printed == "results")
BY_NAME = {f.name: f for f in ACTION_TEXTS}
# the texts a report prints on the action's sheet as labelled paragraphs (the others have a place
# of their own)
SHEET_TEXTS: tuple[ActionText, ...] = tuple(f for f in ACTION_TEXTS if f.printed == "action")


# --- a cost line's fields ---------------------------------------------------------------------
# The vocabularies of a cost line's coded fields (``cost.py`` gives them to its callers as before).
# national budget, a named development partner, another source (named or not)
FUNDING_SOURCES = ("national", "partner", "other")
# what a cost line pays for (PARIS21 ADAPT's activity costing): "" when not said
COST_CATEGORIES = ("staff", "consultants", "equipment", "travel", "training", "survey_operations")
# where the funding of a line stands (IATI's pipeline: identified, pledged, committed, disbursed):
# "" when not said. Committed and disbursed funding is secured; identified and pledged is not
# (a pledge is a promise, not yet an agreement): the line is then part of the financing gap.
PIPELINE_STATUSES = ("identified", "pledged", "committed", "disbursed")
# how a partner's line is implemented, as the EU's Action Document budgets it ("" when not said):
# direct management by grants or by procurement, indirect management with a pillar-assessed entity
# (an international organisation) or with the partner country, and budget support
MODALITIES = ("grants", "procurement", "indirect_entity", "indirect_country", "budget_support")
# the lines the EU's indicative budget keeps apart from the outcomes ("" for a line of an outcome)
EU_LINES = ("evaluation", "audit", "communication", "contingencies", "indirect_costs")
# the kinds of a cost line's field: a year, an amount (Decimal), a cost basis's quantity (Decimal),
# an ISO 4217 code, a code of ``choices``, yes or no, a free text of one line
COST_KINDS = ("year", "amount", "quantity", "currency", "choice", "bool", "text")


@dataclass(frozen=True)
class CostField(Declared):
    """One field of a cost line (:class:`.cost.Cost`), declared once.

    ``name``: the ``Cost`` attribute and its key in the line's JSON (the ``costs`` column of
    ``action_items``, ``actions --json``, the history, a validation's record). ``kind``: one of
    :data:`COST_KINDS`; ``choices`` the codes of a "choice" and ``labels`` the text keys of their
    labels (``labels + code``: one translation for the workbook, the report and the window).
    ``header``: the "Action costs" column's key (its label ``wb.col.<header>`` in each language);
    ``width`` that column's width. ``what``: the field as an English refusal names it (a new
    field's ``cli.what.<name>``). ``option``: its word in ``--cost`` ("executed" for
    ``executed=AMOUNT``, "secured" for a yes said by its word alone); "" when it is written in the
    line's head (``YEAR=AMOUNT CURRENCY``, ``UNITxQUANTITY``) or as its bare code (a funding
    source, a category, a pipeline status). ``help``: what ``--cost``'s help says of a field
    declared after the first ones (theirs is written once in its sentence). ``always``: written in
    the JSON (and a yes-or-no in the workbook, "no" too) even when not set; otherwise only when set
    (a line without it keeps its stored JSON and its fingerprint), and with ``together`` only when
    that field is set too. ``validated``: a change after the government's validation counts as a
    change of the plan, named ``part`` (the field's own name when ""). ``worded``: the line's
    text in words (``actions``, the import's preview) words it in its own way; a field declared
    after the first ones is said there as "what value" when set. ``limit``: a text's length.
    ``dialog``: the window's cost dialog has an editor for it (made from the kind; a field declared
    after the first ones is a row of its own at the end, labelled as the workbook's column);
    ``printed``: the report's sheet of an action prints it in a column of its own after the funding
    stage, when a line of the sheet gives it (the first fields have their own places).
    ``label``: the column's label in English when it is not its header ("National budget takes
    over from" for "Taken over from"). ``doc``: the column's meaning in docs/workbook-format.md when
    ``help`` does not say it (tools/fields_doc.py writes the row)."""

    name: str
    kind: str
    header: str
    what: str
    width: int
    option: str = ""
    choices: tuple[str, ...] = ()
    labels: str = ""
    always: bool = False
    together: str = ""
    validated: bool = True
    part: str = ""
    worded: bool = False
    help: str = ""
    limit: int = 500
    dialog: bool = True
    printed: bool = False
    label: str = ""
    doc: str = ""

    @property
    def english(self) -> str:
        """The field's label in English: ``label``, else its header."""
        return self.label or self.header

    @property
    def named(self) -> str:
        """The part of the plan a change of it after the validation is named as."""
        return self.part or self.name


def _first(name: str, kind: str, header: str, what: str, width: int, **more: object) -> CostField:
    """One of the fields a cost line had before they were declared: worded by hand where a line is
    said in words."""
    return CostField(name, kind, header, what, width, worded=True, **more)  # type: ignore[arg-type]


# In the order of the Action costs sheet's columns (after the action's id and title) and of the
# line's JSON. A new field goes at the end: the columns of a workbook already sent keep their
# place, and a line's stored JSON and fingerprint stay as they are until the field is set.
COST_FIELDS: tuple[CostField, ...] = (
    _first("year", "year", "Year", "year", 8, always=True, part="cost",
           doc="The year the amount is for."),
    _first("amount", "amount", "Amount", "amount", 18, always=True, part="cost",
           doc="The estimated cost of that year, from that source."),
    _first("currency", "currency", "Currency", "currency", 10, always=True, part="cost",
           doc="ISO 4217 code (the plan's currency by default, e.g. `XOF`; a partner may fund in `USD` "
               "or `EUR`)."),
    _first("funding", "choice", "Funding source", "funding source", 14, choices=FUNDING_SOURCES,
           labels="wb.funding.", always=True, part="cost",
           doc="`national` (the national budget), `partner` (a development partner) or `other`, as its "
               "label in the workbook's language."),
    _first("funder", "text", "Partner or other source", "funder's name", 30, always=True, part="cost",
           doc="The partner's name (required for `partner`), or what the other source is; empty for "
               "`national`."),
    _first("secured", "bool", "Secured", "secured", 9, option="secured", always=True, validated=False,
           doc="`yes` when the funding is secured, `no` (or empty) when not (their labels in the "
               "workbook's language): the financing gap is the cost not secured."),
    _first("executed", "amount", "Executed", "amount executed", 18, option="executed", always=True,
           validated=False,
           doc="The amount spent, when known (the round comparison sets it against the amount planned); "
               "may be empty."),
    _first("category", "choice", "Cost category", "cost category", 18, choices=COST_CATEGORIES,
           labels="wb.cat.", part="categories",
           doc="What the line pays for: `staff`, `consultants`, `equipment`, `travel`, `training` or "
               "`survey_operations` (as labels in the workbook's language); may be empty."),
    _first("unit_cost", "amount", "Unit cost", "unit cost", 16, together="quantity", part="bases",
           doc="The cost basis (PARIS21 ADAPT): the cost of one unit (a consultant's day, a "
               "questionnaire, a flight); with `Quantity`, or both empty. `Unit cost` × `Quantity` must "
               "be the `Amount` exactly (refused otherwise, naming the product)."),
    _first("quantity", "quantity", "Quantity", "quantity", 10, together="unit_cost", part="bases",
           doc="The number of units (above zero, at most 4 decimals)."),
    _first("pipeline", "choice", "Pipeline status", "pipeline status", 14, choices=PIPELINE_STATUSES,
           labels="wb.pipe.", validated=False,
           doc="Where the funding stands (IATI): `identified`, `pledged`, `committed` or `disbursed` (as "
               "labels in the workbook's language); may be empty. Committed and disbursed funding is "
               "secured, identified and pledged is not: a row whose `Secured` says otherwise is refused."),
    _first("recurrent", "bool", "Recurrent", "recurrent", 11, option="recurrent", part="sustainability",
           doc="`yes` for a recurrent cost (staff, running costs) that goes on after the action's "
               "funding; empty: not recurrent."),
    _first("takeover_year", "year", "Taken over from", "takeover year", 16, option="takeover",
           together="takeover_amount", part="sustainability", label="National budget takes over from",
           doc="For a recurrent line a partner or another source pays: the year from which the national "
               "budget takes it over. It must come after the last year that source funds the action "
               "(refused otherwise, naming that year); with `Amount a year taken over`, or both empty."),
    _first("takeover_amount", "amount", "Amount a year taken over", "amount taken over a year", 18,
           option="takeover", together="takeover_year", part="sustainability",
           doc="What the national budget then pays a year, in the line's currency, exact as an amount."),
    _first("modality", "choice", "Implementation modality", "implementation modality", 30, option="modality",
           choices=MODALITIES, labels="wb.modality.", validated=False, dialog=False,
           doc="How the EU's indicative budget implements the line (its Action Document): `grants` or "
               "`procurement` (direct management), `indirect_entity` (indirect management with an "
               "international organisation), `indirect_country` (with the partner country) or "
               "`budget_support`, as labels in the workbook's language; may be empty."),
    _first("eu_line", "choice", "EU budget line", "EU budget line", 26, option="eu", choices=EU_LINES,
           labels="wb.euline.", validated=False, dialog=False,
           doc="For a line the EU's budget keeps apart from the outcomes: `evaluation`, `audit` (and "
               "expenditure verification), `communication` (and visibility), `contingencies` or "
               "`indirect_costs`, as labels; empty for a line of an outcome."),
)
COST_NAMES: tuple[str, ...] = tuple(f.name for f in COST_FIELDS)
COST_BY_NAME = {f.name: f for f in COST_FIELDS}
# the parts of a cost line a validation agrees to, in the order they are named ("cost": the year,
# amount, currency and who pays; then the categories, bases, sustainability, and each field
# declared after them named after itself)
COST_PARTS: tuple[str, ...] = tuple(dict.fromkeys(f.named for f in COST_FIELDS if f.validated))


def declared_texts() -> dict[str, str]:
    """The entries of ``domain.texts`` the declarations give, key -> English, field by field: each
    one's label (``wb.col.<header>``) and the word a refusal names it by (``cli.what.<name>``; not
    for the first fields of a cost line, whose refusals are worded in entries of their own)."""
    out: dict[str, str] = {}
    for f in ACTION_TEXTS:
        out[f.label_key] = f.english
        out[f"cli.what.{f.name}"] = f.what
    for c in COST_FIELDS:
        out[c.label_key] = c.english
        if not c.worded:
            out[f"cli.what.{c.name}"] = c.what
    return out


# their English is written here only: texts.py has no entry for them (tools/catalogues.py reads
# them from there, and a catalogue translates them like any other)
_texts.declare(declared_texts())
