"""An action's other fields (its title, lists, dates, priority, status, mark), each declared once
(pure, and light: the store reads it for its columns).

An action's free texts are declared in ``fields.ACTION_TEXTS``; its id, place in the plan and cost
lines are its own. Every other attribute of :class:`.actions.Action` is declared here, one
:class:`ActionField` each, and read instead of named by the store's columns and row
(``storage.actionplan``), the exchange workbook's "Action plan" sheet (its columns, found by their
header in any language and order, widths, wrapping, drop-down lists, a cell written and read by
the field's kind: ``exchange/workbook/actionplan_sheet.py``), the import's differences
(``services.plan.actions``: the fields compared, a workbook without a later column), the
differences since the government's validation (``validation``: the part of the fingerprint each
field is in, the name of a change) and the labelled lines of ``actions show``.

What each kind is, and how the sheet writes and reads it (its converters are one function per kind
in the sheet's module):

* "title": one line, required; a default title printed in the workbook's language;
* "id": an id or None (the recommendation an action was drafted from);
* "codes": a tuple of codes (policy questions, the actions one depends on), ", " between them;
* "names": a tuple of names (the responsible institutions, the first leads), one a line;
* "when": a quarter ``2027-Q1`` or an ISO date, or None (``actions.normalise_when``);
* "text": a text of several lines; "line": a text of one line;
* "priority": 1 (high), 2 or 3 (low); "status": one of ``actions.ACTION_STATUSES``;
* "bool": yes or no.

Special handling stays where a field needs it, chosen by its kind: a "when" through
``normalise_when`` and written as the language writes a quarter, a "names" cell one name a line.
The command line's options of ``actions add`` and ``actions edit`` keep their own words (``--owner``
repeated, ``--pq``, ``--no-owners``), and the window's form its own widgets.
"""
from __future__ import annotations

from dataclasses import dataclass

from .fields import ACTION_TEXTS, ActionText
from .result_fields import Declared

ACTION_KINDS = ("title", "id", "codes", "names", "when", "text", "line", "priority", "status", "bool")
# the parts of an action a validation agrees to, in the order its fingerprint holds them
# (``validation.PARTS``)
PARTS = ("what", "who", "when", "cost", "priority")


@dataclass(frozen=True)
class ActionField(Declared):
    """One field of an action other than its free texts, declared once.

    ``name``: the :class:`.actions.Action` attribute and its key in the JSON of ``actions --json``,
    the history and a validation's record. ``kind``: one of :data:`ACTION_KINDS`. ``header``: the
    "Action plan" column's key (its label ``wb.col.<header>`` in each language, the keys used
    before, so no translation changed and every workbook already sent still reads); ``width``
    that column's width, ``wrapped`` its text wrapped. ``what``: the field as an English refusal
    names it. ``column``: its ``action_items`` column when it is not ``name``. ``part``: the part of
    a validation's fingerprint it is in (of :data:`PARTS`; "" when a change of it after the
    validation does not count: progress, or the team's own mark), at ``place`` in that part's list
    (the order every recorded fingerprint holds); ``named``: the name of its change since the
    validation ("title", "what", "who", "when", "dependencies", "priority"). ``approved``: kept in
    the plan a validation approved (its values listed when changed). ``optional``: a workbook
    written before its column (the costed plan, the donor's fields) leaves it as it is here.
    ``later``: left out of a fingerprint, an approved record and a plan's mark while empty (so
    that those recorded before it existed still hold). ``before``: the declared text its column
    comes before in the sheet ("" after the other fields, before the texts). ``shown``: the key of
    its label where ``actions show`` prints it as a labelled line (in its part's order)."""

    name: str
    kind: str
    header: str
    what: str
    width: int
    wrapped: bool = False
    column: str = ""
    part: str = ""
    place: int = 0
    named: str = ""
    approved: bool = False
    optional: bool = False
    later: bool = False
    before: str = ""
    shown: str = ""

    @property
    def stored(self) -> str:
        """The ``action_items`` column."""
        return self.column or self.name

    @property
    def validated(self) -> bool:
        """A change after the government's validation counts as a change of the plan."""
        return bool(self.part)


# In the order of the "Action plan" sheet's columns (after the action's id). A new field goes at
# the end: the columns of a workbook already sent keep their place.
ACTION_FIELDS: tuple[ActionField, ...] = (
    ActionField("title", "title", "Title", "action title", 48, wrapped=True, part="what", place=0,
                named="title", approved=True),
    ActionField("recommendation_id", "id", "Recommendation", "recommendation id", 22),
    ActionField("policy_questions", "codes", "Policy questions", "policy question", 12, part="what", place=1,
                named="what"),
    ActionField("institutions", "names", "Responsible institutions", "institution's name", 32, wrapped=True,
                part="who", named="who", approved=True),
    ActionField("start", "when", "Start", "start", 12, column="start_period", part="when", place=0, named="when",
                approved=True),
    ActionField("end", "when", "End", "end", 12, column="end_period", part="when", place=1, named="when",
                approved=True),
    ActionField("resources", "text", "Resources or technical assistance", "resources needed", 40, wrapped=True,
                part="what", place=3, named="what", shown="shown.plan.resources"),
    ActionField("milestone", "text", "Milestone", "milestone", 40, wrapped=True, part="what", place=4,
                named="what", shown="shown.plan.milestone"),
    ActionField("priority", "priority", "Priority", "priority", 9, part="priority", named="priority"),
    ActionField("status", "status", "Status", "status", 13, approved=True),
    ActionField("priority_action", "bool", "Priority action", "priority action", 10, optional=True),
    ActionField("strategy", "line", "Strategy objective", "national strategy objective", 36, part="what",
                place=2, named="what", optional=True, shown="shown.plan.strategy"),
    ActionField("depends_on", "codes", "Depends on", "dependency", 16, part="when", place=2, named="dependencies",
                approved=True, optional=True, later=True, before="sdg_target"),
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in ACTION_FIELDS)
FIELD_BY_NAME = {f.name: f for f in ACTION_FIELDS}
# the fields a change of which after the validation counts, and those kept in the plan approved
VALIDATED: tuple[ActionField, ...] = tuple(f for f in ACTION_FIELDS if f.validated)
APPROVED: tuple[ActionField, ...] = tuple(f for f in ACTION_FIELDS if f.approved)
# the labelled lines of ``actions show``, in their part's order
SHOWN: tuple[ActionField, ...] = tuple(sorted((f for f in ACTION_FIELDS if f.shown), key=lambda f: f.place))


def part_fields(part: str) -> tuple[ActionField, ...]:
    """The fields in ``part`` of a validation's fingerprint, in the order it holds them."""
    return tuple(sorted((f for f in ACTION_FIELDS if f.part == part), key=lambda f: f.place))


def sheet_fields() -> tuple[ActionField | ActionText, ...]:
    """Every field of an action the "Action plan" sheet has a column for, in the columns' order
    (after the id): the fields declared here, then the texts, a field with ``before`` placed before
    that text (where its column was added)."""
    out: list[ActionField | ActionText] = [f for f in ACTION_FIELDS if not f.before]
    for t in ACTION_TEXTS:
        out += [f for f in ACTION_FIELDS if f.before == t.name]
        out.append(t)
    return tuple(out)


SHEET_FIELDS = sheet_fields()
