"""Answer sets of the bundled questionnaire for the statistician's tests (rules 3.0): the best and
the worst answer to every question, and the weak-answer profile (a score gamed with
"not applicable" and "don't know")."""
from __future__ import annotations

from capacity_app.domain.answers import ANSWERED, DONT_KNOW, NOT_APPLICABLE, Answer
from capacity_app.domain.scoring.sections import S1_FLOW_ROWS, S1_STOCK_ROWS

REF = "2026-05-15"
REF_YEAR = 2026
# the order of the choices that carry no score, best first
BEST_FIRST = {
    "periodicity": ["continuous", "annual", "two_to_five", "ten_years", "one_off"],
    "timeliness": ["le12", "m13_24", "gt24"],
    "accessibility": ["online", "on_request", "internal"],
    "exists": ["yes", "planned", "no"],
    "variables": ["yes", "partly", "no"],
    "tabulated": ["yes", "no"],
    "aligned": ["yes", "partly", "no"],
}


def _ordered(fld, key):
    if fld.id == "definition" and key.startswith("s1_statistics."):
        row = key.split(".")[1]
        best = "residence12" if row in S1_FLOW_ROWS else "birth"
        return [best] + [c for c in ("birth", "citizenship", "residence12", "other") if c != best]
    if fld.id in BEST_FIRST and fld.type == "select_one":
        return [c for c in BEST_FIRST[fld.id] if c in fld.choice_codes]
    scored = [c for c in fld.choices if c.score is not None]
    if scored:
        return [c.code for c in sorted(scored, key=lambda c: -c.score)]
    return list(fld.choice_codes)


def value_of(q, key, fld, best=True):
    """The best (or worst) value of ``key`` on its own scale; None for free text."""
    if fld.type == "select_one":
        order = _ordered(fld, key)
        return order[0] if best else order[-1]
    if fld.type == "select_multiple":
        return list(fld.choice_codes) if best else []
    if fld.type == "year":
        return REF_YEAR if best else 1960
    if fld.type == "rating":
        return 3 if best else 0
    if fld.type in ("integer", "decimal"):
        return 5
    return None


def answer_set(q, best=True, ref=REF):
    """Every question answered at its best (or worst), with the reference date; needs rated 3."""
    out = {}
    for key, fld, _ in q.all_keys():
        if key.startswith("s0_") or fld.type in ("text", "note", "date"):
            continue
        v = value_of(q, key, fld, best)
        if v is None:
            continue
        if "need" in (q.resolve_key(key)[0].tags):
            v = 3
        out[key] = Answer(key, v, ANSWERED)
    if ref:
        out["s0_reference_date"] = Answer("s0_reference_date", ref, ANSWERED)
    return out


def all_dont_know(q, ref=REF):
    out = {k: Answer(k, None, DONT_KNOW) for k, fld, _ in q.all_keys()
           if not k.startswith("s0_") and fld.dont_know and fld.type not in ("note",)}
    if ref:
        out["s0_reference_date"] = Answer("s0_reference_date", ref, ANSWERED)
    return out


CENSUS_CELL = {"exists": "yes", "variables": "yes", "tabulated": "yes", "periodicity": "ten_years",
               "latest_year": 2016, "timeliness": "le12", "disaggregation": ["sex", "age", "origin"],
               "accessibility": "online", "aligned": "yes"}


def weak_profile(q):
    """The weak answers on top of the best answers everywhere else: one 2016 census (still
    recent at ten years) also claimed for the flows; every register and new data source "not
    applicable by design"; 11 of the 15 need ratings "not applicable" (with a reason, the most
    favourable reading); 79 of the 83 expected matrix cells "don't know" (their sources' existence
    unknown), the 4 others the census, described at its best."""
    out = answer_set(q, best=True)
    out["s6a_last_census_year"] = Answer("s6a_last_census_year", 2016, ANSWERED)
    for row in S1_FLOW_ROWS:
        for col, v in (("available", "yes"), ("year", 2016), ("source", "CEN"), ("definition", "residence12")):
            k = f"s1_statistics.{row}.{col}"
            out[k] = Answer(k, v, ANSWERED)
    for key in list(out):
        if key.startswith("s6c_registers.") or key.startswith("s7_new_sources."):
            del out[key]
    for row in q.item("s6c_registers").rows:
        k = f"s6c_registers.{row.code}.exists"
        out[k] = Answer(k, None, NOT_APPLICABLE)
    for row in q.item("s7_new_sources").rows:
        k = f"s7_new_sources.{row.code}.use"
        out[k] = Answer(k, None, NOT_APPLICABLE)
    codes = [p.code for p in q.policy_questions]
    rated = ["B", "D", "E", "F"]  # the census's own questions
    for code in codes:
        k = f"s2_need_{code.lower()}"
        out[k] = Answer(k, 3, ANSWERED) if code in rated else Answer(k, None, NOT_APPLICABLE, "does not arise")
    m = q.matrix
    for key in [k for k in out if k.startswith(m.item_id + ".")]:
        del out[key]
    for (pq, src) in m.relevance:
        if pq in rated and src == "CEN":
            for f, v in CENSUS_CELL.items():
                k = f"{m.item_id}.{pq}.{src}.{f}"
                out[k] = Answer(k, v, ANSWERED)
        else:
            k = f"{m.item_id}.{pq}.{src}.exists"
            out[k] = Answer(k, None, DONT_KNOW)
    assert sum(1 for (pq, src) in m.relevance if pq in rated and src == "CEN") == 4
    return out


__all__ = ["REF", "answer_set", "all_dont_know", "weak_profile", "value_of", "S1_STOCK_ROWS"]
