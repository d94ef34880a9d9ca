"""One change an import would make (:class:`Difference`), with the question it concerns named as a
person reads it. Its own module: the import's diff (imports.py) and the action plan's part of it
(actionplan.py, which imports.py calls) both make them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.answers import Answer
from ..domain.dates import local_time
from ..domain.questionnaire import Questionnaire


@dataclass(frozen=True)
class Difference:
    """One change an import would make, or one cell edited outside the application.

    ``newer_here``: the database changed this answer after the workbook was exported
    (``changed_at`` says when); applying keeps the database's answer unless the key is passed in
    ``overwrite``. ``edited_outside``: the workbook cell was also edited outside the application
    (told on this line rather than on a second one). ``old_answer`` / ``new_answer`` are the
    answers themselves, for a preview that shows value labels in its own language."""

    kind: str  # "changed" | "added" | "removed" | "edited_outside" | "metadata" | "restore" | "signature"
    key: str
    cell: str  # e.g. "Answers!H12" ("" when the row is not in the file)
    what: str  # value | comment | evidence | field name
    old: Any = None
    new: Any = None
    newer_here: bool = False
    changed_at: str = ""
    edited_outside: bool = False
    # the team merge (a workbook with a Changes sheet): who made the workbook's version and when
    # (UTC; "" unknown, e.g. edited in the spreadsheet), who made this database's and when;
    # ``conflict``: both changed the answer since their common version; ``stale``: the workbook
    # holds an earlier version of this database's answer (its sender did not change it since).
    # Both are also ``newer_here``: kept unless chosen; a stale one only when named
    by: str = ""
    at: str = ""
    here_by: str = ""
    here_at: str = ""
    conflict: bool = False
    stale: bool = False
    old_answer: Answer | None = field(default=None, compare=False, repr=False)
    new_answer: Answer | None = field(default=None, compare=False, repr=False)
    # a "signature" line: the state of the workbook's check over it (services.imports: "checked",
    # "unchecked" — taken only with the person's consent — or "broken": refused) and the signature
    # in full without that mark (who, position, when, what), for a preview in its own language
    check: str = ""
    signed: str = ""

    def describe(self, q: Questionnaire | None = None) -> str:
        """One line in English; with ``q`` the question is named by its wording."""
        where = f"{self.cell} " if self.cell else ""
        name = self.key
        if q is not None and self.key:
            name = f'"{question_wording(q, self.key)}" ({self.key})'
        if self.kind == "edited_outside":
            return f"{where}({name}) {self.what} edited outside the application"
        if self.kind == "restore":
            return f"assessment {self.key} is in the trash: it will be restored"
        if self.kind == "signature":  # a signature the import records: in full, never cut (issue 59)
            return f"{where}{self.what}: {self.new}"
        if self.kind == "metadata":
            return f"{self.what}: {_show(self.old)} -> {_show(self.new)}"
        if self.what in NEVER_CUT:
            return f"{where}{self.what}: {self.old or '(empty)'} -> {self.new or '(empty)'}"
        line = f"{where}{name} {self.what}: {_show(self.old)} -> {_show(self.new)}"
        if self.edited_outside:
            line += " [edited outside the application]"
        if self.conflict:
            line += (f" [conflict: changed on both sides since the common version; here by {_who(self.here_by)}"
                     f" at {local_time(self.here_at) or '(unknown)'}, in the workbook by {_who(self.by)}"
                     f" at {local_time(self.at) or '(unknown)'}]")
        elif self.newer_here:
            by = f" by {self.here_by}" if self.here_by else ""
            line += f" [changed here since this workbook was exported, at {local_time(self.changed_at)}{by}]"
        elif self.by or self.at:
            line += f" [by {_who(self.by)} at {local_time(self.at) or '(unknown)'}]"
        return line


NEVER_CUT = frozenset({"plan validation"})  # a line naming who signed what: never cut before the name


def _who(name: str) -> str:
    return name or "(unknown)"


def _show(v: Any) -> str:
    if v is None or v == "":
        return "(empty)"
    s = str(v)
    return s if len(s) <= 80 else s[:77] + "..."


def question_wording(q: Questionnaire, key: str, lang: str = "en") -> str:
    """The question an answer key belongs to, as a person reads it: the item's wording, and for a
    grid its row and column, for the S3 matrix its policy question, source and field."""
    from ..domain.questionnaire import tr

    if key.startswith("review:"):  # a review's line (services.reviews): the answer it judges
        from ..domain.team.review import unit_wording

        return f"review of {unit_wording(q, key.removeprefix('review:'), lang)}"
    resolved = q.resolve_key(key)
    if resolved is None:
        item = q.item(key)
        return tr(item.label, lang) if item is not None else key
    item, fld, coords = resolved
    if item.type == "grid" and coords:
        row = item.row(coords[0])
        return " — ".join(x for x in (tr(item.label, lang), tr(row.label, lang) if row else coords[0],
                                       tr(fld.label, lang)) if x)
    if item.type == "matrix" and len(coords) >= 2:
        pq = q.policy_question(coords[0])
        src = next((s for s in q.sources if s.code == coords[1]), None)
        return " — ".join((f"{coords[0]}. {tr(pq.label, lang) if pq else ''}".strip(),
                           f"{coords[1]}: {tr(src.label, lang) if src else ''}".strip(), tr(fld.label, lang)))
    return tr(item.label, lang)
