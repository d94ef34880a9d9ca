"""One change an import would make (:class:`Difference`), with the question it concerns named as a
person reads it. Its own module: the import's diff (imports.py) and the action plan's part of it
(plan/actions.py, which imports.py calls; the review's, team/reviews.py) make them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..domain.answers import Answer
from ..domain.dates import local_time
from ..domain.plan.fields import BY_NAME
from ..domain.questionnaire import Questionnaire
from ..domain.texts import TEXTS, text


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

    def describe(self, q: Questionnaire | None = None, lang: str = "en",
                 said: Callable[[str], str] | None = None) -> str:
        """One line in ``lang`` (``diff.*`` of ``domain.texts``; English by default); with ``q`` the
        question is named by its wording in that language. ``said``: how an English text from the
        workbook's reader (a signature in full) is said again in ``lang`` (the command line's
        ``cli/said.translated``); as it is without it."""
        def t(key: str, **values: object) -> str:
            return text(f"diff.{key}", lang, **values)

        where = f"{self.cell} " if self.cell else ""
        name = self.key
        if q is not None and self.key:
            name = t("question", wording=question_wording(q, self.key, lang), code=self.key)
        if self.kind == "edited_outside":
            return t("edited_outside", where=where, name=name, what=self.what_said(lang))
        if self.kind == "restore":
            return t("restore", code=self.key)
        if self.kind == "signature":  # a signature the import records: in full, never cut
            return t("line_plain", where=where, what=self.what_said(lang), new=self._signature(lang, said))
        if self.kind == "metadata":
            old, new = (self.old, self.new) if self.what != "status" or lang == "en" else \
                (_status(self.old, lang), _status(self.new, lang))
            return t("metadata", what=self.what_said(lang), old=_show(old, lang), new=_show(new, lang))
        if self.what in NEVER_CUT:
            return t("never_cut", where=where, what=self.what_said(lang), old=self.old or t("empty"),
                     new=self.new or t("empty"))
        return t("changed", where=where, name=name, what=self.what_said(lang), old=_show(self.old, lang),
                 new=_show(self.new, lang)) + self._marks(lang)

    def _signature(self, lang: str, said: Callable[[str], str] | None) -> str:
        """A signature in full and what the workbook's check says of it, in ``lang``."""
        if lang == "en" or not self.signed or self.check not in ("checked", "unchecked", "broken"):
            return str(self.new)
        again = said or (lambda line: line)
        why = str(self.new).partition(f"{self.signed} [REFUSED: ")[2].removesuffix("]")
        return again(self.signed) + text(f"diff.sig_{self.check}", lang, why=again(why))

    def _marks(self, lang: str) -> str:
        """What the line says beyond the change: edited outside, a conflict, newer here, who made it."""
        def t(key: str, **values: object) -> str:
            return text(f"diff.{key}", lang, **values)

        def who(name: str) -> str:
            return name or t("unknown")

        def when(at: str) -> str:
            return local_time(at) or t("unknown")

        line = t("mark_outside") if self.edited_outside else ""
        if self.conflict:
            line += t("mark_conflict", here_by=who(self.here_by), here_at=when(self.here_at), by=who(self.by),
                      at=when(self.at))
        elif self.newer_here:
            line += (t("mark_newer_by", at=local_time(self.changed_at), by=self.here_by) if self.here_by
                     else t("mark_newer", at=local_time(self.changed_at)))
        elif self.by or self.at:
            line += t("mark_by", by=who(self.by), at=when(self.at))
        return line

    def what_said(self, lang: str = "en") -> str:
        """The part of the assessment the line is about, in ``lang`` ("value", "action status" …);
        an action's field without a name in ``lang`` keeps its own."""
        if lang == "en":
            return self.what
        key = "diff.what." + self.what.replace(" ", "_")
        if key in TEXTS:
            return text(key, lang)
        field = self.what.removeprefix("action ")
        if field != self.what:
            named = "diff.what." + field.replace(" ", "_")
            if named in TEXTS:
                return text("diff.action_field", lang, field=text(named, lang))
            from ..domain.plan.validation import field_words

            name = field.replace(" ", "_")
            return text("diff.action_field", lang, field=field_words(name, lang) if name in BY_NAME else field)
        return self.what


NEVER_CUT = frozenset({"plan validation"})  # a line naming who signed what: never cut before the name


def _who(name: str) -> str:
    return name or "(unknown)"


def _status(v: Any, lang: str) -> Any:
    """An assessment's status by its label in ``lang`` (a code it does not know as it is)."""
    key = f"wb.astatus.{v}"
    return text(key, lang) if isinstance(v, str) and key in TEXTS else v


def _show(v: Any, lang: str = "en") -> str:
    if v is None or v == "":
        return text("diff.empty", lang)
    s = str(v)
    return s if len(s) <= 80 else s[:77] + "..."


def question_wording(q: Questionnaire, key: str, lang: str = "en") -> str:
    """The question an answer key belongs to, as a person reads it: the item's wording, and for a
    grid its row and column, for the S3 matrix its policy question, source and field."""
    from ..domain.questionnaire import tr

    if key.startswith("review:"):  # a review's line (services.reviews): the answer it judges
        from ..domain.team.review import unit_wording

        return text("diff.review_of", lang, unit=unit_wording(q, key.removeprefix('review:'), lang))
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
