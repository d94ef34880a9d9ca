"""Which file stands for which assessment, and which assessment of each country enters the
roll-ups (pure: records in, statuses and notes out).

- An assessment is (country, round, assessment uid); the same uid in several files keeps the
  newest edit (latest export; an export edited afterwards in a spreadsheet is newer than the
  export itself; identical copies by the file's modification time) and says so. Copies of the
  latest export edited apart whose answers differ are a *conflict*, never settled by a file date.
- Two different uids for one country and round are a *conflict*: both stay out of every roll-up
  until one is chosen (``prefer``: a uid or a file path). So are files of one uid that say
  different countries or rounds (a Metadata edited: no checksum covers them).
- The roll-ups take one assessment per real country: its latest round, or the round
  ``round_year``; with ``status_filter`` "final" only final assessments count. Fictional,
  training and user-assigned codes are listed and never rolled up.
- A provisional score (no band: completeness below the band's threshold, an area mostly unknown,
  or no valid reference date) is left out of the roll-ups and trends, listed with its reason,
  unless ``include_provisional`` (then counted, and every roll-up says how many it holds)."""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from ...catalog import countries
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from .model import (
    ACCEPTED,
    CONFLICT,
    STATUS_FINAL,
    SUPERSEDED,
    CountryRound,
    FileRecord,
    Note,
    note_text,
    provisional_note,
)


def _matches(rec: FileRecord, prefer: Iterable[str]) -> bool:
    for p in prefer:
        if p and (p == rec.uid or p == rec.path or p == Path(rec.path).name
                  or Path(p).resolve() == Path(rec.path).resolve()):
            return True
    return False


def unmatched_prefer(records: list[FileRecord], prefer: Iterable[str]) -> list[str]:
    """The ``prefer`` entries that name no file read (its uid, path or name): a mistyped uid would
    otherwise look like a settled conflict."""
    read = [r for r in records if r.uid]
    return [p for p in prefer if p and not any(_matches(r, [p]) for r in read)]


def _newest_edit(rec: FileRecord) -> tuple:
    """Order of the files of one assessment: latest export, then an export edited afterwards
    (checksum mismatch) after the export itself, then the file's modification time, then path."""
    return (rec.exported_at, rec.checksum == "mismatch", rec.mtime, rec.path)


def _identity_conflict(uid: str, recs: list[FileRecord]) -> str:
    """Files of one assessment (one uid) that say different countries or rounds: one of them was
    edited where no checksum covers it (the Metadata's country or round), and no file date may
    decide whom the answers are for; each is marked a conflict. The warning to show."""
    said = sorted({(r.country, r.round) for r in recs}, key=lambda cr: (cr[0], cr[1] or 0))
    which = ", ".join(f"{country} {rnd}" for country, rnd in said)
    for r in recs:
        others = "; ".join(f"{o.country} {o.round}, {o.path}" for o in recs if o is not r)
        r.status, r.note = CONFLICT, Note("conflict_identity", (("others", others),))
    return en_line("cli.agg.uid_identity", uid=uid, n=len(recs), which=which,
                   files=", ".join(Path(r.path).name for r in recs))


def resolve_identity(records: list[FileRecord], prefer: Iterable[str] = ()) -> tuple[list[FileRecord], list[str]]:
    """Settle which accepted files stand for which assessment. Returns the winners (one per
    country and round, conflicts excluded) and the warnings to show. Marks the others
    ``superseded`` or ``conflict`` with their reason."""
    prefer = [p for p in prefer if p]
    warnings: list[str] = []
    by_uid: dict[str, list[FileRecord]] = {}
    for rec in records:
        if rec.status == ACCEPTED:
            by_uid.setdefault(rec.uid, []).append(rec)
    latest: list[FileRecord] = []
    for uid, recs in sorted(by_uid.items()):
        recs.sort(key=_newest_edit)
        chosen = [r for r in recs if _matches(r, prefer)]
        if not chosen and len({(r.country, r.round) for r in recs}) > 1:
            warnings.append(_identity_conflict(uid, recs))
            continue
        # copies of the latest export edited apart, with different answers: a conflict (a file's date
        # never decides between two versions of a ministry's answers)
        edits = [r for r in recs if r.exported_at == recs[-1].exported_at and r.checksum == "mismatch"]
        if not chosen and len({r.answers_sha for r in edits}) > 1:
            for r in recs:
                if r in edits:
                    others = "; ".join(o.path for o in edits if o is not r)
                    r.status, r.note = CONFLICT, Note("conflict_edits", (("others", others),))
                else:
                    r.status, r.note = SUPERSEDED, Note("superseded_newer", (("file", edits[-1].path),))
            warnings.append(en_line("cli.agg.edited_apart", country=recs[-1].country, round=recs[-1].round,
                                    n=len(edits), uid=uid, files=", ".join(Path(r.path).name for r in edits)))
            continue
        win = chosen[-1] if chosen else recs[-1]
        latest.append(win)
        for r in recs:
            if r is not win:
                r.status, r.note = SUPERSEDED, Note("superseded_newer", (("file", win.path),))
        if len(recs) > 1:
            warnings.append(en_line("cli.agg.same_preferred" if chosen else "cli.agg.same_newest", country=win.country,
                                    round=win.round, n=len(recs), uid=uid, path=win.path))
    groups: dict[tuple[str, int], list[FileRecord]] = {}
    for rec in latest:
        assert rec.round is not None  # set with every accepted file
        groups.setdefault((rec.country, rec.round), []).append(rec)
    winners: list[FileRecord] = []
    for (country, rnd), recs in sorted(groups.items()):
        if len(recs) == 1:
            winners.append(recs[0])
            continue
        chosen = [r for r in recs if _matches(r, prefer)]
        if len(chosen) == 1:
            win = chosen[0]
            winners.append(win)
            for r in recs:
                if r is not win:
                    r.status, r.note = SUPERSEDED, Note("superseded_preferred", (("file", win.path),))
            warnings.append(en_line("cli.agg.preferred", country=country, round=rnd, n=len(recs), uid=win.uid,
                                    path=win.path))
            continue
        uids = ", ".join(f"{r.uid} ({Path(r.path).name})" for r in recs)
        for r in recs:
            others = "; ".join(f"{o.uid}, {o.path}" for o in recs if o is not r)
            r.status, r.note = CONFLICT, Note("conflict", (("others", others),))
        warnings.append(en_line("cli.agg.conflict", country=country, round=rnd, n=len(recs), uids=uids))
    return winners, warnings


def choose_rounds(rounds: list[CountryRound], round_year: int | None = None,
                  conflicts: Iterable[tuple[str, int | None]] = (), status_filter: str = "any",
                  include_provisional: bool = False) -> list[str]:
    """Mark the assessment of each country used in roll-ups and why the others are not
    (``rollup_note``), and the change of the overall score from each country's previous round.
    A country whose latest round (or ``round_year``) is in conflict is left out rather than shown
    with an older round; with ``status_filter`` "final", assessments that are not final are left
    out (an earlier final round is not used instead: the figures stay of one round per country); a
    provisional score is left out the same way unless ``include_provisional``."""
    blocked: dict[str, int] = {}
    for country, rnd in conflicts:
        if rnd is not None:
            blocked[country] = max(blocked.get(country, rnd), rnd)
    warnings = []
    by_country: dict[str, list[CountryRound]] = {}
    for r in rounds:
        by_country.setdefault(r.record.country, []).append(r)
    for country, rs in sorted(by_country.items()):
        rs.sort(key=lambda r: r.record.round or 0)
        prev = None
        for r in rs:
            r.in_rollups = False
            r.rollup_note = "other_round" if round_year is None else "not_round"
            if prev is not None and prev.scores.overall is not None and r.scores.overall is not None:
                r.change = Decimal(repr(r.scores.overall)) - Decimal(repr(prev.scores.overall))
            prev = r
        if not countries.is_real(country):
            for r in rs:
                r.rollup_note = "fictional"
            warnings.append(en_line("cli.agg.fictional", country=country))
            continue
        pick = rs[-1] if round_year is None else next((r for r in rs if r.record.round == round_year), None)
        if pick is not None and round_year is None and blocked.get(country, -1) > (pick.record.round or 0):
            pick.rollup_note = "conflict_later"
            warnings.append(en_line("cli.agg.latest_conflict", country=country, round=blocked[country]))
            continue
        if pick is None:
            continue
        if status_filter == STATUS_FINAL and pick.record.assessment_status != "final":
            pick.rollup_note = "not_final"
            warnings.append(en_line("cli.agg.not_final", country=country, round=pick.record.round,
                                    status=pick.record.assessment_status))
            continue
        if pick.provisional and not include_provisional:
            pick.rollup_note = "provisional"
            warnings.append(en_line("cli.agg.provisional", country=country, round=pick.record.round,
                                    note=note_text(provisional_note(pick.recomputed, False))))
            continue
        pick.in_rollups, pick.rollup_note = True, "used_provisional" if pick.provisional else "used"
    return warnings
