"""Round comparison: the change in every score and gap between two assessments of a country.

Both rounds must be scored under the same rules version (the services score both again with the
current rules, so an assessment scored under 2.0 is compared under 3.0); the comparison says which."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..rounding import round_optional
from .model import ScoreResult
from ..texts import text

SDG_ORDER = {"unknown": 0, "not_produced": 0, "produced": 1, "identifies_migrants": 2, "quick_win": 2,
             "partly_published": 3, "published": 4, "produced_not_applicable": 4}


def _trend(delta: float | None, higher_is_better: bool = True) -> str:
    if delta is None or abs(delta) < 1e-9:
        return "unchanged"
    good = delta > 0 if higher_is_better else delta < 0
    return "improved" if good else "regressed"


def _pq_figure(p: Any, name: str) -> float | None:
    """A policy question's figure in a round (``PolicyQuestionScore.figure``); None when absent."""
    return None if p is None else p.figure(name)


def _d(a: float | None, b: float | None) -> float | None:
    """after − before, of the figures as shown (one decimal), rounded half-up once."""
    return None if a is None or b is None else round_optional(b - a)


@dataclass
class RoundComparison:
    """``before`` is the earlier round, ``after`` the later one; deltas are after − before."""

    before: ScoreResult
    after: ScoreResult
    overall: dict[str, Any] = field(default_factory=dict)
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    policy_questions: dict[str, dict[str, Any]] = field(default_factory=dict)
    cells: dict[str, dict[str, Any]] = field(default_factory=dict)
    sdg: dict[str, dict[str, Any]] = field(default_factory=dict)
    improvements: list[dict[str, Any]] = field(default_factory=list)
    regressions: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"overall": dict(self.overall), "sections": dict(self.sections),
                "policy_questions": dict(self.policy_questions), "cells": dict(self.cells),
                "sdg": dict(self.sdg), "improvements": list(self.improvements),
                "regressions": list(self.regressions),
                "reference_dates": [self.before.reference_date, self.after.reference_date],
                "rules_version": self.rules_version}

    @property
    def rules_version(self) -> str:
        """The scoring rules both rounds were scored under."""
        return self.after.rules_version


def compare_rounds(result_a: ScoreResult, result_b: ScoreResult) -> RoundComparison:
    """Compare two scored rounds (``result_a`` earlier, ``result_b`` later), scored under the same
    rules version (ValueError otherwise: score both again with the current rules)."""
    if result_a.rules_version != result_b.rules_version:
        raise ValueError(f"the rounds were scored under different rules ({result_a.rules_version} and "
                         f"{result_b.rules_version}): score both with the current rules before comparing")
    lang = result_b.lang
    c = RoundComparison(result_a, result_b)

    def flag(kind: str, key: str, trend: str, before: Any, after: Any) -> dict[str, Any]:
        entry = {"before": before, "after": after, "trend": trend, "trend_label": text(f"cmp.{trend}", lang)}
        if trend == "improved":
            c.improvements.append({"kind": kind, "key": key, "before": before, "after": after})
        elif trend == "regressed":
            c.regressions.append({"kind": kind, "key": key, "before": before, "after": after})
        return entry

    ov_a, ov_b = result_a.overall_shown, result_b.overall_shown
    c.overall = {**flag("overall", "overall", _trend(_d(ov_a, ov_b)), ov_a, ov_b), "delta": _d(ov_a, ov_b),
                 "band_before": result_a.band, "band_after": result_b.band}
    for sid in sorted(set(result_a.sections) | set(result_b.sections), key=_section_key):
        a = result_a.sections.get(sid)
        b = result_b.sections.get(sid)
        sa = None if a is None else a.shown
        sb = None if b is None else b.shown
        c.sections[sid] = {**flag("section", sid, _trend(_d(sa, sb)), sa, sb), "delta": _d(sa, sb)}
    for code in sorted(set(result_a.policy_questions) | set(result_b.policy_questions)):
        pa = result_a.policy_questions.get(code)
        pb = result_b.policy_questions.get(code)
        entry: dict[str, Any] = {}
        for name in ("need", "availability", "gap", "priority"):
            va, vb = _pq_figure(pa, name), _pq_figure(pb, name)
            entry[name] = {"before": va, "after": vb, "delta": _d(va, vb)}
        ga, gb = _pq_figure(pa, "gap"), _pq_figure(pb, "gap")
        a_before, a_after = _pq_figure(pa, "availability"), _pq_figure(pb, "availability")
        av = _trend(_d(a_before, a_after))
        gap_trend = _trend(_d(ga, gb), higher_is_better=False)
        trend = av if av != "unchanged" else gap_trend
        if pa is not None and pb is not None and pa.assessed != pb.assessed:
            trend = "assessed" if pb.assessed else "unassessed"   # a figure found, or lost: no trend to read
        entry.update(flag("policy_question", code, trend, {"availability": a_before, "gap": ga},
                          {"availability": a_after, "gap": gb}))
        entry["gap_type"] = {"before": pa.gap_type if pa else None, "after": pb.gap_type if pb else None}
        c.policy_questions[code] = entry
    for key in sorted(set(result_a.cells) | set(result_b.cells)):
        la = result_a.cells[key].level if key in result_a.cells else None
        lb = result_b.cells[key].level if key in result_b.cells else None
        if la is None and lb is None:
            continue
        trend = _trend(_d(la or 0, lb or 0))
        c.cells[key] = {**flag("cell", key, trend, la, lb), "delta": _d(la or 0, lb or 0)}
    for code in sorted(set(result_a.sdg) | set(result_b.sdg)):
        status_a = result_a.sdg[code].status if code in result_a.sdg else None
        status_b = result_b.sdg[code].status if code in result_b.sdg else None
        trend = _trend(_sdg_rank(status_b) - _sdg_rank(status_a))
        c.sdg[code] = flag("sdg", code, trend, status_a, status_b)
    return c


def _sdg_rank(status: str | None) -> int:
    return 0 if status is None else SDG_ORDER.get(status, 0)


def _section_key(sid: str) -> tuple[int, str]:
    digits = "".join(ch for ch in sid if ch.isdigit())
    return (int(digits) if digits else 999, sid)
