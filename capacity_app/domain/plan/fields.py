"""An action's free texts, each declared once (pure, and light: the store reads it for its columns).

Every part of the application that handles these texts reads :data:`ACTION_TEXTS` instead of
naming them: the store's columns (``storage.actionplan``; the column itself is added by an
explicit schema step), the checks and clean-up of :func:`.actions.validate_action`, the command
line's options of ``actions add`` and ``actions edit`` and the lines of ``actions show``, the
exchange workbook's "Action plan" column (found by its header, in any language), the differences
since the government's validation, the report's sheet of the action (PDF and Word) and the
window's form. A field's label in each language is its workbook column's label
(``wb.col.<header>``, a sentence of ``domain/texts.py`` translated in each catalogue), so one
translation serves the workbook, the command line, the report and the window.

Adding a text to an action: an attribute of :class:`.actions.Action` (``str``, default ``""``), an
entry here, its label ``wb.col.<header>`` and refusal's word ``cli.what.<name>`` in
``domain/texts.py``, a schema step adding the column (``storage/schema.py``), the fixture database
of the new schema version (``tests/storage/fixtures/make_fixtures.py``), the two entries translated
in each catalogue (``tools/catalogues.py update``) and the column's row in docs/workbook-format.md.
docs/development.md ("Adding a field") walks through it.
"""
from __future__ import annotations

from dataclasses import dataclass

RESULT_TEXT_MAX = 1_000      # the results framework: indicator, baseline, target, means of verification
ACTION_TEXT_MAX = 4_000      # resources, milestone, risks


@dataclass(frozen=True)
class ActionText:
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
    web address)."""

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

    @property
    def option(self) -> str:
        """The command line's option ("--sdg-target")."""
        return "--" + self.name.replace("_", "-")

    @property
    def label_key(self) -> str:
        """The key of the field's label in every catalogue (the workbook column's label)."""
        return f"wb.col.{self.header}"


# In the order the workbook's columns, the window's form, ``actions show`` and the action's sheet
# of the report give them (the results framework first). A new text goes at the end: the columns
# of a workbook already sent keep their place.
ACTION_TEXTS: tuple[ActionText, ...] = (
    ActionText("indicator", "Indicator", "indicator",
               "Results framework: the indicator of the action's result.", lines=6, width=36, printed="results"),
    ActionText("baseline", "Baseline", "baseline",
               "Results framework: the indicator's value now (with its year).", width=24, printed="results"),
    ActionText("target", "Target", "target",
               "Results framework: the value the action should reach (with its year).", width=24,
               printed="results"),
    ActionText("verification", "Means of verification", "means of verification",
               "Results framework: the means of verification (where the value will be read, e.g. the "
               "census report).", lines=6, width=32, printed="results"),
    ActionText("risks", "Risks and assumptions", "risks and assumptions",
               "Risks and assumptions (what the result depends on).", limit=ACTION_TEXT_MAX, lines=8,
               width=36, printed="risks"),
    ActionText("sdg_target", "SDG target", "SDG target",
               "The SDG target the action serves, e.g. 17.18 (\"\" clears).", limit=16, lines=1, width=10,
               printed="sdg", one_line=True),
)
TEXT_NAMES: tuple[str, ...] = tuple(f.name for f in ACTION_TEXTS)
# the results framework of an action: its indicator, baseline, target and means of verification
RESULT_TEXTS: tuple[str, ...] = tuple(f.name for f in ACTION_TEXTS if f.printed == "results")
BY_NAME = {f.name: f for f in ACTION_TEXTS}
# the texts a report prints on the action's sheet as labelled paragraphs (the others have a place
# of their own)
SHEET_TEXTS: tuple[ActionText, ...] = tuple(f for f in ACTION_TEXTS if f.printed == "action")
