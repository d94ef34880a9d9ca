"""An ODK Central or KoboToolbox submissions export imported as proposals: every value a
submission gives becomes a proposal credited to its institution and respondent
(``services.proposals``), never an answer; nothing changes an answer until the officer accepts.

Refused whole, in one line, with nothing stored: a file that is no export of a form this
application wrote, a form of another assessment or of another database, a form made from another
version of the questionnaire than the assessment's (an old form), a value outside its list or its
type, a text a proposal cannot hold; the file itself is read in a child process with a memory and
a time limit (``exchange.isolation``), by ``exchange.submissions``."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain.institutions import proposals as dp
from ...domain.answers import ANSWERED
from ...domain.questionnaire import Questionnaire
from ...exchange.outside.isolation import ChildFailed, run_isolated
from ...exchange.institutions.submissions import (
    NotSubmissions,
    Submission,
    SubmissionsError,
    SubmissionsPlan,
    read_submissions,
)
from ...storage.store import Store
from ..assessments import questionnaire_for
from ..base import ServiceError
from ..changes import Changes
from .proposals import add_proposals, check_proposal
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates


def read_untrusted_submissions(path, q: Questionnaire, progress=None, cancelled=None) -> SubmissionsPlan | None:
    """The export at ``path`` read in a child process; None when the file is no submissions export
    (an exchange workbook or a package, read by the workbook import)."""
    try:
        return run_isolated(read_submissions, str(path), q, path=str(path), progress=progress, cancelled=cancelled)
    except NotSubmissions:
        return None
    except ChildFailed as exc:
        raise ServiceError(f"{path}: {exc.reason}") from None
    except SubmissionsError as exc:
        raise ServiceError(str(exc)) from None


@dataclass
class SubmissionsImport:
    """What an import of an export did (or, dry, would do)."""

    plan: SubmissionsPlan
    assessment_id: int
    assessment_uid: str
    proposals: list[dp.NewProposal]
    same_as_answer: int  # values equal to the current answer: not proposed
    stored: int = 0
    unchanged: int = 0  # proposals already there (the same export imported again)
    warnings: list[str] = field(default_factory=list)
    # institution -> (its replies in the export, the one taken): only the newest reply is taken
    replies: dict[str, tuple[int, Submission]] = field(default_factory=dict)
    # (institution, key): open proposals the newest reply settles (it gives the answer's own value,
    # or leaves out what an older reply gave): superseded when the import is stored
    settled: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """What the window publishes: the assessment's proposals (none when nothing was stored)."""
        return Changes(self.assessment_id, proposals=bool(self.stored))

    def by_institution(self) -> dict[str, int]:
        return dict(Counter(p.institution for p in self.proposals))

    def several_replies(self) -> list[str]:
        """One line per institution that sent more than one reply, saying which was taken
        ("interior: 2 replies, the one of 2026-05-12 09:30 taken (uuid:…); the older superseded")."""
        return [en_line("cli.two_replies" if n == 2 else "cli.several_replies", institution=inst, n=n,
                     when=_when(sub.submitted_at), instance=sub.instance_id)
                for inst, (n, sub) in sorted(self.replies.items()) if n > 1]


def _when(stamp: str) -> str:
    """A submission's time as a person reads it (``2026-05-12 09:30``), or "an unknown time"."""
    text = stamp.strip().replace("T", " ")
    return text[:16] if len(text) >= 10 else "an unknown time"


def newest_replies(submissions: list[Submission]) -> dict[str, tuple[int, Submission, list[Submission]]]:
    """Per institution: how many replies it sent, the newest (by the platform's time of submission;
    of two at the same time, the later in the export) and the older ones."""
    out: dict[str, list[Submission]] = {}
    for sub in sorted(submissions, key=lambda s: s.submitted_at):  # stable: the export's order on a tie
        out.setdefault(sub.institution, []).append(sub)
    return {inst: (len(subs), subs[-1], subs[:-1]) for inst, subs in out.items()}


def _respondent(name: str, position: str) -> str:
    name, position = " ".join(name.split()), " ".join(position.split())
    return f"{name}, {position}" if name and position else name or position


def plan_proposals(store: Store, plan: SubmissionsPlan, path) -> tuple[Any, Questionnaire, SubmissionsImport]:
    """Check the export against this database: the assessment it was made for, its questionnaire's
    version, each submission's institution and every value; the proposals it makes."""
    a = store.find_assessment(plan.assessment_uid) if plan.assessment_uid else None
    if a is None:
        raise ServiceError(f"{path}: the form was made for assessment {plan.assessment_uid[:40]!r}, which is not in "
                           "this database; nothing imported")
    q = questionnaire_for(a)
    if plan.questionnaire_version != q.version or not plan.questionnaire_hash \
            or not q.content_hash.startswith(plan.questionnaire_hash):
        same_version = plan.questionnaire_version == q.version  # then the content differs: say which
        made = repr(plan.questionnaire_version[:40]) + (f" ({plan.questionnaire_hash[:16]!r})" if same_version else "")
        now = q.version + (f" ({q.content_hash[:16]})" if same_version else "")
        raise ServiceError(f"{path}: an old form: it was made from questionnaire {made}, assessment {a.id} uses "
                           f"{now}; nothing imported (send the institution the form exported now)")
    answers = store.answers(a.id)
    proposals: list[dp.NewProposal] = []
    settled: list[tuple[str, str]] = []
    same = 0
    for sub in plan.submissions:  # every submission checked, the older ones too
        if not sub.institution:
            raise ServiceError(f"{path}: submission {sub.instance_id}: no institution; nothing imported")
        for key, value in sub.values.items():
            _checked(q, sub, key, value, path)
    replies = newest_replies(plan.submissions)
    for inst, (_count, sub, older) in replies.items():  # the newest reply of each institution, whole
        proposed: set[str] = set()
        for key, value in sub.values.items():
            n = _checked(q, sub, key, value, path)
            current = answers.get(key)
            if current is not None and not dp.differs_from(n, current.status, current.value):
                same += 1
                continue
            proposals.append(n)
            proposed.add(key)
        gone = {key for o in older for key in o.values}  # what only an older reply said
        settled.extend((inst, key) for key in sorted((set(sub.values) | gone) - proposed))
    result = SubmissionsImport(plan, a.id, a.uid, proposals, same, warnings=list(plan.warnings),
                               replies={inst: (n, sub) for inst, (n, sub, _) in replies.items()}, settled=settled)
    result.warnings.extend(result.several_replies())
    return a, q, result


def _checked(q: Questionnaire, sub: Submission, key: str, value: Any, path) -> dp.NewProposal:
    n = dp.NewProposal(key=key, institution=sub.institution, status=ANSWERED, value=value,
                       respondent=_respondent(sub.respondent, sub.position))
    try:
        return check_proposal(q, n)
    except ServiceError as exc:
        raise ServiceError(f"{path}: submission {sub.instance_id}: {exc}; nothing imported") from None


def import_submissions(store: Store, path, plan: SubmissionsPlan | None = None, *, dry_run: bool = False,
                       institution: str | None = None, progress=None, cancelled=None) -> SubmissionsImport | None:
    """Import the ODK Central / KoboToolbox export at ``path`` (``plan``: already read by
    :func:`read_untrusted_submissions`) as proposals, all or none (``dry_run``: check everything,
    store nothing; ``institution``: refused unless every submission is that institution's); None
    when the file is no submissions export."""
    path = Path(path)
    if plan is None:
        plan = read_untrusted_submissions(path, questionnaire_for(), progress, cancelled)
        if plan is None:
            return None
    others = sorted({s.institution for s in plan.submissions} - {institution}) if institution else []
    if institution and others:
        raise ServiceError(f"{path.name}: submissions of {', '.join(repr(o[:40]) for o in others[:3])}, not of "
                           f"{institution[:40]!r} (--institution); nothing imported")
    a, q, result = plan_proposals(store, plan, path.name)
    if q.content_hash != questionnaire_for().content_hash:  # read again against the assessment's own questionnaire
        again = read_untrusted_submissions(path, q, progress, cancelled)
        if again is None:
            raise ServiceError(f"{path.name}: the file changed while it was imported; nothing imported")
        plan = again
        a, q, result = plan_proposals(store, plan, path.name)
    if dry_run or not (result.proposals or result.settled):
        return result
    source = f"{path.name} ({plan.platform} export, form version {plan.form_version})"[:dp.SOURCE_MAX]
    received = add_proposals(store, q, a.id, result.proposals, source, settled=result.settled)
    result.stored = len(received.ids)
    result.unchanged = received.unchanged
    return result
