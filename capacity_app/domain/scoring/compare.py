"""Round comparison: the change in every score and gap between two assessments of a country."""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import ScoreResult
from .texts import text

SDG_ORDER = {"unknown": 0, "not_produced": 0, "produced": 1, "identifies_migrants": 2, "quick_win": 2,
             "published": 3}


def _trend(delta: float | None, higher_is_better: bool = True) -> str:
    if delta is None or abs(delta) < 1e-9:
        return "unchanged"
    good = delta > 0 if higher_is_better else delta < 0
    return "improved" if good else "regressed"


def _d(a, b):
    return None if a is None or b is None else round(b - a, 1)


@dataclass
class RoundComparison:
    """``before`` is the earlier round, ``after`` the later one; deltas are after − before."""

    before: ScoreResult
    after: ScoreResult
    overall: dict = field(default_factory=dict)
    sections: dict = field(default_factory=dict)
    policy_questions: dict = field(default_factory=dict)
    cells: dict = field(default_factory=dict)
    sdg: dict = field(default_factory=dict)
    improvements: list = field(default_factory=list)
    regressions: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"overall": dict(self.overall), "sections": dict(self.sections),
                "policy_questions": dict(self.policy_questions), "cells": dict(self.cells),
                "sdg": dict(self.sdg), "improvements": list(self.improvements),
                "regressions": list(self.regressions),
                "reference_dates": [self.before.reference_date, self.after.reference_date]}


def compare_rounds(result_a: ScoreResult, result_b: ScoreResult) -> RoundComparison:
    """Compare two scored rounds (``result_a`` earlier, ``result_b`` later)."""
    lang = result_b.lang
    c = RoundComparison(result_a, result_b)

    def flag(kind: str, key: str, trend: str, before, after) -> dict:
        entry = {"before": before, "after": after, "trend": trend, "trend_label": text(f"cmp.{trend}", lang)}
        if trend == "improved":
            c.improvements.append({"kind": kind, "key": key, "before": before, "after": after})
        elif trend == "regressed":
            c.regressions.append({"kind": kind, "key": key, "before": before, "after": after})
        return entry

    ov_a = None if result_a.overall is None else round(result_a.overall, 1)
    ov_b = None if result_b.overall is None else round(result_b.overall, 1)
    c.overall = {**flag("overall", "overall", _trend(_d(ov_a, ov_b)), ov_a, ov_b), "delta": _d(ov_a, ov_b),
                 "band_before": result_a.band, "band_after": result_b.band}
    for sid in sorted(set(result_a.sections) | set(result_b.sections), key=_section_key):
        a = result_a.sections.get(sid)
        b = result_b.sections.get(sid)
        sa = None if a is None or a.score is None else round(a.score, 1)
        sb = None if b is None or b.score is None else round(b.score, 1)
        c.sections[sid] = {**flag("section", sid, _trend(_d(sa, sb)), sa, sb), "delta": _d(sa, sb)}
    for code in sorted(set(result_a.policy_questions) | set(result_b.policy_questions)):
        a = result_a.policy_questions.get(code)
        b = result_b.policy_questions.get(code)
        entry = {}
        for name, better in (("need", None), ("availability", True), ("gap", False), ("priority", False)):
            va = getattr(a, name) if a else None
            vb = getattr(b, name) if b else None
            entry[name] = {"before": va, "after": vb, "delta": _d(va, vb)}
        ga = a.gap if a else None
        gb = b.gap if b else None
        av = _trend(_d(a.availability if a else None, b.availability if b else None))
        gap_trend = _trend(_d(ga, gb), higher_is_better=False)
        trend = av if av != "unchanged" else gap_trend
        entry.update(flag("policy_question", code, trend, {"availability": a.availability if a else None, "gap": ga},
                          {"availability": b.availability if b else None, "gap": gb}))
        entry["gap_type"] = {"before": a.gap_type if a else None, "after": b.gap_type if b else None}
        c.policy_questions[code] = entry
    for key in sorted(set(result_a.cells) | set(result_b.cells)):
        la = result_a.cells[key].level if key in result_a.cells else None
        lb = result_b.cells[key].level if key in result_b.cells else None
        if la is None and lb is None:
            continue
        trend = _trend(_d(la or 0, lb or 0))
        c.cells[key] = {**flag("cell", key, trend, la, lb), "delta": _d(la or 0, lb or 0)}
    for code in sorted(set(result_a.sdg) | set(result_b.sdg)):
        sa = result_a.sdg[code].status if code in result_a.sdg else None
        sb = result_b.sdg[code].status if code in result_b.sdg else None
        trend = _trend(SDG_ORDER.get(sb, 0) - SDG_ORDER.get(sa, 0))
        c.sdg[code] = flag("sdg", code, trend, sa, sb)
    return c


def _section_key(sid: str):
    digits = "".join(ch for ch in sid if ch.isdigit())
    return (int(digits) if digits else 999, sid)
