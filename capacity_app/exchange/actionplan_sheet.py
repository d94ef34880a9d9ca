"""The exchange workbook's "Action plan" sheet: written by the export, read back by the import.

One row per action, in the plan's order (the rows' order is the plan's order on import). Every
text cell is written as text through ``export._text`` (escaped, never a formula); reading checks
each cell and the whole plan with the domain (``domain.actionplan``) and names every problem as
(sheet, cell, reason). A workbook without the sheet (written before it existed) leaves the plan
in the database as it is. Public and simple, for the consolidated workbook too:
:func:`write_action_plan` and :func:`read_action_plan`.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain.actionplan import (
    ACTION_STATUSES, ACTIONS_MAX, Action, ActionError, new_action_id, normalise_when,
    validate_action,
)
from .codec import text_of
from .format import ACTION_PLAN, ACTION_PLAN_COLUMNS, column_letter

# ACTION_PLAN_COLUMNS, in order:
ID, TITLE, RECOMMENDATION, POLICY_QUESTIONS, INSTITUTIONS, START, END, RESOURCES, MILESTONE, \
    PRIORITY, STATUS = ACTION_PLAN_COLUMNS
_WIDTHS = (14, 48, 22, 12, 32, 12, 12, 40, 40, 9, 13)

# which column a problem sentence of domain.actionplan.action_problem is about (first match)
_FIELD_WORDS = (("action id", ID), ("title", TITLE), ("recommendation id", RECOMMENDATION),
                ("policy question", POLICY_QUESTIONS), ("institution", INSTITUTIONS),
                ("the end", END), ("the start", START), ("resources", RESOURCES),
                ("milestone", MILESTONE), ("priority", PRIORITY), ("status", STATUS))


@dataclass
class ActionPlanRead:
    """The plan a workbook carries: its actions in row order, and the row of each action id."""

    actions: list[Action]
    rows: dict[str, int] = field(default_factory=dict)  # action id -> row number (1-based)
    # the Action fields the workbook carries beyond the first sheet's columns (an older workbook
    # carries none: the plan here keeps its costs, priority actions and strategy objectives)
    carries: frozenset[str] = frozenset()

    def cell(self, action_id: str, column: str = TITLE) -> str:
        """'Action plan!B5': where an action's ``column`` is ("" when it is not in the sheet)."""
        r = self.rows.get(action_id)
        if r is None:
            return ""
        return f"{ACTION_PLAN}!{column_letter(ACTION_PLAN_COLUMNS.index(column) + 1)}{r}"


def action_cells(a: Action) -> tuple[Any, ...]:
    """An action as the sheet's row (lists one per line, policy questions separated by commas)."""
    return (a.id, a.title, a.recommendation_id or "", ", ".join(a.policy_questions),
            "\n".join(a.institutions), a.start or "", a.end or "", a.resources, a.milestone,
            a.priority, a.status)


def write_action_plan(ws: Any, actions: Sequence[Action]) -> None:
    """Fill the openpyxl worksheet ``ws`` with the plan (header, rows, drop-down lists)."""
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.datavalidation import DataValidation

    from .export import _header, _text

    _header(ws, ACTION_PLAN_COLUMNS, _WIDTHS)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, a in enumerate(actions, 2):
        for c, v in enumerate(action_cells(a), 1):
            cell = _text(ws, r, c, v)
            cell.number_format = "@" if isinstance(v, str) else "0"
            if ACTION_PLAN_COLUMNS[c - 1] in (TITLE, INSTITUTIONS, RESOURCES, MILESTONE):
                cell.alignment = wrap
    last = max(len(actions) + 1, 200)  # room for rows added by hand, with the same drop-downs
    col = {name: column_letter(i) for i, name in enumerate(ACTION_PLAN_COLUMNS, 1)}
    status = DataValidation(type="list", formula1=f'"{",".join(ACTION_STATUSES)}"', allow_blank=True)
    status.add(f"{col[STATUS]}2:{col[STATUS]}{last}")
    priority = DataValidation(type="whole", operator="between", formula1="1", formula2="3",
                              allow_blank=True, showErrorMessage=True,
                              error="1 (high), 2 or 3 (low)")
    priority.add(f"{col[PRIORITY]}2:{col[PRIORITY]}{last}")
    ws.add_data_validation(status)
    ws.add_data_validation(priority)
    ws.freeze_panes = "C2"


def _text_of(v: Any) -> str:
    """A cell as text, as the Answers sheet reads it (``codec.text_of``), a ticked box as "yes"."""
    if isinstance(v, bool):
        return "yes" if v else ""
    return text_of(v)


def _when(v: Any) -> str | None:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        raise ValueError(f"{_text_of(v)} is a number: type the date as YYYY-MM-DD or a quarter "
                         "such as 2027-Q1")
    return normalise_when(_text_of(v))


def _priority(v: Any) -> int:
    if isinstance(v, bool):
        raise ValueError("the priority must be 1 (high), 2 or 3 (low)")
    if v in ("", None):
        return 2
    try:
        n = float(str(v).strip())
    except ValueError:
        n = 0.0
    if not n.is_integer() or int(n) not in (1, 2, 3):
        raise ValueError(f"the priority must be 1 (high), 2 or 3 (low), got {_text_of(v)!r}")
    return int(n)


def _status(v: Any) -> str:
    s = _text_of(v).strip().lower().replace(" ", "_").replace("-", "_")
    if not s:
        return "planned"
    if s not in ACTION_STATUSES:
        raise ValueError(f"the status must be one of {', '.join(ACTION_STATUSES)}, got {_text_of(v)[:40]!r}")
    return s


def read_action_plan(wb: Any, policy_questions: Collection[str] | None = None
                     ) -> tuple[ActionPlanRead | None, list[tuple[str, str, str]]]:
    """The plan in the workbook ``wb`` (``exchange.reader.Workbook``), and every problem as
    (sheet, cell, reason). ``None`` when the workbook has no Action plan sheet (the plan is then
    left as it is). A row without an id gets a new one (a row added in the spreadsheet)."""
    if ACTION_PLAN not in wb.sheet_names:
        return None, []
    problems: list[tuple[str, str, str]] = []

    def add(cell: str, reason: str) -> None:
        if len(problems) < 1000:
            problems.append((ACTION_PLAN, cell, reason))

    for ref in wb.formula_cells(ACTION_PLAN):
        add(ref, "contains a formula; formulas are never evaluated (type the value instead)")
    for ref, error in wb.error_cells(ACTION_PLAN):
        add(ref, f"holds the spreadsheet error {error}, not a value (type the value, or clear the cell)")
    if problems:
        return None, problems
    rows = wb.rows(ACTION_PLAN)
    header = [_text_of(v).strip() for v in (rows[0] if rows else [])]
    for i, name in enumerate(ACTION_PLAN_COLUMNS):
        got = header[i] if i < len(header) else ""
        if got != name:
            add(f"{column_letter(i + 1)}1", f"expected the column {name!r} here, found {got!r} "
                                            "(columns cannot be moved or renamed)")
            return None, problems
    n = len(ACTION_PLAN_COLUMNS)
    read = ActionPlanRead([])
    seen: dict[str, int] = {}
    for r, row in enumerate(rows[1:], 2):
        cells = (list(row) + [""] * n)[:n]
        if all(_text_of(v).strip() == "" for v in cells) and all(_text_of(v).strip() == "" for v in row[n:]):
            continue
        if len(read.actions) >= ACTIONS_MAX:
            add(f"A{r}", f"more than {ACTIONS_MAX} actions: a plan holds at most {ACTIONS_MAX}")
            break
        v = dict(zip(ACTION_PLAN_COLUMNS, cells, strict=True))

        def at(column: str, row: int = r) -> str:
            return f"{column_letter(ACTION_PLAN_COLUMNS.index(column) + 1)}{row}"

        aid = _text_of(v[ID]).strip()
        if aid in seen:
            add(at(ID), f"the action id {aid[:40]!r} is used twice (rows {seen[aid]} and {r}): "
                        "give the new row an empty Id")
            continue
        parsed: dict[str, Any] = {}
        for column, parse, what in ((START, _when, "the start: "), (END, _when, "the end: "),
                                    (PRIORITY, _priority, ""), (STATUS, _status, "")):
            try:
                parsed[column] = parse(v[column])
            except ValueError as e:
                add(at(column), f"{what}{e}")
        if len(parsed) < 4:
            continue
        start, end, priority, status = parsed[START], parsed[END], parsed[PRIORITY], parsed[STATUS]
        action = Action(
            id=aid or new_action_id(), title=_text_of(v[TITLE]),
            recommendation_id=_text_of(v[RECOMMENDATION]).strip() or None,
            policy_questions=tuple(p.strip() for p in _text_of(v[POLICY_QUESTIONS]).replace(";", ",").split(",")
                                   if p.strip()),
            institutions=tuple(x.strip() for x in _text_of(v[INSTITUTIONS]).splitlines() if x.strip()),
            start=start, end=end, resources=_text_of(v[RESOURCES]), milestone=_text_of(v[MILESTONE]),
            priority=priority, status=status, position=len(read.actions))
        try:
            action = validate_action(action, policy_questions)
        except ActionError as e:
            msg = str(e)
            column = next((c for words, c in _FIELD_WORDS if words in msg), TITLE)
            add(at(column), msg)
            continue
        seen[action.id] = r
        read.actions.append(action)
        read.rows[action.id] = r
    return (None if problems else read), problems


__all__ = ["ActionPlanRead", "action_cells", "read_action_plan", "write_action_plan"]
