"""The funding request's own record (pure): who commits the national budget's part of
the plan (a named institution, e.g. the ministry of finance) and who signs the request — the
government, the ministry of finance and each development partner (name and title; the date and
the signature are written by hand on the printed page); and what the donors' own formats ask beyond
the budget (``domain.plan.donors``): the risk matrix, the results framework's details of each
indicator (frequency, responsibility, disbursement-linked amounts) and the procurement plan, each
written only when not empty, so that a record without them reads and is written as before.

Stored as JSON in ``action_plans.funding_request`` (schema step m014), changed through
``services.plan.actions.set_funding_request`` with one history row ("action_plan:funding_request").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..celltext import text_problem
from ..texts import text as en_line  # a refusal in English, from its entry (cli/said.py translates it)
from .donors import (
    DonorError,
    IndicatorDetail,
    Package,
    PlanFacts,
    Risk,
    detail_from_plain,
    detail_to_plain,
    package_from_plain,
    package_to_plain,
    risk_from_plain,
    risk_to_plain,
    validate_details,
    validate_packages,
    validate_risks,
)

ROLES = ("government", "finance", "partner")   # the government, the ministry of finance, a partner
NAME_MAX = 200
SIGNATORIES_MAX = 20
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


class RequestError(ValueError):
    """A funding request's record that cannot be stored; one sentence naming the field."""

    user_error = True


@dataclass(frozen=True)
class Signatory:
    """One who signs the request: the ``role`` (of :data:`ROLES`), for a partner its name
    (``partner``, as its cost lines name it), the person's ``name`` and ``title``."""

    role: str
    name: str
    title: str
    partner: str = ""


@dataclass(frozen=True)
class FundingRequest:
    """``committed_by``: the institution that commits the national budget's part ("" not said);
    ``signatories``: who signs, in order; ``risks``, ``indicators`` (the results framework's
    details) and ``procurement``: the donors' structures (``domain.plan.donors``)."""

    committed_by: str = ""
    signatories: tuple[Signatory, ...] = ()
    risks: tuple[Risk, ...] = ()
    indicators: tuple[IndicatorDetail, ...] = ()
    procurement: tuple[Package, ...] = ()

    def signing(self, partner: str | None = None) -> tuple[Signatory, ...]:
        """The signatories of the plan (the government's and the finance ministry's) or of one
        partner's edition (those and that partner's)."""
        return tuple(s for s in self.signatories
                     if s.role != "partner" or (partner is not None and s.partner.casefold() == partner.casefold()))


# what a refusal names: the word of its entries in domain/texts.py (cli.request.empty_<word>, control_<word>)
_WHAT = {"signatory's name": "name", "signatory's title": "title", "partner's name": "partner",
         "institution committing the national budget": "committed"}


def _one_line(value: object, what: str, *, required: bool = True) -> str:
    text = " ".join(str(value or "").split())
    if required and not text:
        raise RequestError(en_line(f"cli.request.empty_{_WHAT[what]}", "en"))
    if _CONTROL_RE.search(str(value or "").replace("\n", " ")):
        raise RequestError(en_line(f"cli.request.control_{_WHAT[what]}", "en"))
    bad = text_problem(text, what, NAME_MAX)
    if bad:
        raise RequestError(bad)
    return text


def validate_signatory(s: Signatory) -> Signatory:
    role = str(s.role or "").strip().lower()
    if role not in ROLES:
        raise RequestError(en_line("cli.request.role", "en", roles=", ".join(ROLES), got=repr(str(s.role)[:40])))
    partner = _one_line(s.partner, "partner's name", required=role == "partner")
    if role != "partner" and partner:
        raise RequestError(en_line("cli.request.partner_only", "en"))
    return Signatory(role, _one_line(s.name, "signatory's name"), _one_line(s.title, "signatory's title"), partner)


def validate_request(r: FundingRequest, partners: Iterable[str] | None = None,
                     facts: PlanFacts | None = None) -> FundingRequest:
    """``r`` as stored, or :class:`RequestError`; ``partners``: the partners the plan's lines
    name (a partner's signatory must be one of them), None to leave that unchecked; ``facts``: the
    plan the donors' structures are checked against (None: they are kept as given)."""
    committed = _one_line(r.committed_by, "institution committing the national budget", required=False)
    if len(r.signatories) > SIGNATORIES_MAX:
        raise RequestError(en_line("cli.request.at_most", "en", n=SIGNATORIES_MAX))
    signs = tuple(validate_signatory(s) for s in r.signatories)
    known = None if partners is None else {p.casefold(): p for p in partners}
    for s in signs:
        if s.role == "partner" and known is not None and s.partner.casefold() not in known:
            listed = ", ".join(sorted(known.values(), key=str.casefold)) or en_line("cli.request.none_yet", "en")
            raise RequestError(en_line("cli.request.unknown_partner", "en", partner=s.partner, partners=listed))
    if facts is None:
        return FundingRequest(committed, signs, r.risks, r.indicators, r.procurement)
    try:
        return FundingRequest(committed, signs, validate_risks(r.risks, facts), validate_details(r.indicators, facts),
                              validate_packages(r.procurement, facts))
    except DonorError as e:
        raise RequestError(str(e)) from None


def request_to_plain(r: FundingRequest) -> dict[str, Any]:
    out: dict[str, Any] = {
        "committed_by": r.committed_by,
        "signatories": [{"role": s.role, "name": s.name, "title": s.title, "partner": s.partner}
                        for s in r.signatories]}
    # the donors' structures only when there are some: a record without them is written as before
    # (the stored JSON, the history and the workbook's fingerprints stay the same)
    if r.risks:
        out["risks"] = [risk_to_plain(x) for x in r.risks]
    if r.indicators:
        out["indicators"] = [detail_to_plain(x) for x in r.indicators]
    if r.procurement:
        out["procurement"] = [package_to_plain(x) for x in r.procurement]
    return out


def _items(d: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    v = d.get(key)
    return [x for x in v if isinstance(x, Mapping)] if isinstance(v, (list, tuple)) else []


def request_from_plain(d: Mapping[str, Any] | None) -> FundingRequest:
    """The inverse of :func:`request_to_plain`; :class:`RequestError` when an amount of the
    donors' structures is no amount (what a file typed by hand may hold)."""
    d = d or {}
    try:
        donors = (tuple(risk_from_plain(x) for x in _items(d, "risks")),
                  tuple(detail_from_plain(x) for x in _items(d, "indicators")),
                  tuple(package_from_plain(x) for x in _items(d, "procurement")))
    except DonorError as e:
        raise RequestError(str(e)) from None
    return FundingRequest(str(d.get("committed_by") or ""), tuple(
        Signatory(str(s.get("role") or ""), str(s.get("name") or ""), str(s.get("title") or ""),
                  str(s.get("partner") or "")) for s in d.get("signatories") or () if isinstance(s, Mapping)),
        *donors)


__all__ = ["ROLES", "FundingRequest", "IndicatorDetail", "Package", "PlanFacts", "Risk", "RequestError", "Signatory", "request_from_plain", "request_to_plain",
           "validate_request", "validate_signatory"]
