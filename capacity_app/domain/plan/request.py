"""The funding request's own record (pure): who commits the national budget's part of
the plan (a named institution, e.g. the ministry of finance) and who signs the request — the
government, the ministry of finance and each development partner (name and title; the date and
the signature are written by hand on the printed page).

Stored as JSON in ``action_plans.funding_request`` (schema step m014), changed through
``services.plan.actions.set_funding_request`` with one history row ("action_plan:funding_request").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..celltext import text_problem

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
    ``signatories``: who signs, in order."""

    committed_by: str = ""
    signatories: tuple[Signatory, ...] = ()

    def signing(self, partner: str | None = None) -> tuple[Signatory, ...]:
        """The signatories of the plan (the government's and the finance ministry's) or of one
        partner's edition (those and that partner's)."""
        return tuple(s for s in self.signatories
                     if s.role != "partner" or (partner is not None and s.partner.casefold() == partner.casefold()))


def _one_line(value: object, what: str, *, required: bool = True) -> str:
    text = " ".join(str(value or "").split())
    if required and not text:
        raise RequestError(f"the {what} is empty")
    if _CONTROL_RE.search(str(value or "").replace("\n", " ")):
        raise RequestError(f"the {what} holds a control character")
    bad = text_problem(text, what, NAME_MAX)
    if bad:
        raise RequestError(bad)
    return text


def validate_signatory(s: Signatory) -> Signatory:
    role = str(s.role or "").strip().lower()
    if role not in ROLES:
        raise RequestError(f"a signatory's role must be one of {', '.join(ROLES)} (the government, the ministry "
                           f"of finance, a development partner), got {str(s.role)[:40]!r}")
    partner = _one_line(s.partner, "partner's name", required=role == "partner")
    if role != "partner" and partner:
        raise RequestError("only a partner's signatory names a partner")
    return Signatory(role, _one_line(s.name, "signatory's name"), _one_line(s.title, "signatory's title"), partner)


def validate_request(r: FundingRequest, partners: Iterable[str] | None = None) -> FundingRequest:
    """``r`` as stored, or :class:`RequestError`; ``partners``: the partners the plan's lines
    name (a partner's signatory must be one of them), None to leave that unchecked."""
    committed = _one_line(r.committed_by, "institution committing the national budget", required=False)
    if len(r.signatories) > SIGNATORIES_MAX:
        raise RequestError(f"a funding request has at most {SIGNATORIES_MAX} signatories")
    signs = tuple(validate_signatory(s) for s in r.signatories)
    known = None if partners is None else {p.casefold(): p for p in partners}
    for s in signs:
        if s.role == "partner" and known is not None and s.partner.casefold() not in known:
            listed = ", ".join(sorted(known.values(), key=str.casefold)) or "none yet"
            raise RequestError(f"{s.partner} funds no line of the plan; the partners are: {listed}")
    return FundingRequest(committed, signs)


def request_to_plain(r: FundingRequest) -> dict[str, Any]:
    return {"committed_by": r.committed_by,
            "signatories": [{"role": s.role, "name": s.name, "title": s.title, "partner": s.partner}
                            for s in r.signatories]}


def request_from_plain(d: Mapping[str, Any] | None) -> FundingRequest:
    d = d or {}
    return FundingRequest(str(d.get("committed_by") or ""), tuple(
        Signatory(str(s.get("role") or ""), str(s.get("name") or ""), str(s.get("title") or ""),
                  str(s.get("partner") or "")) for s in d.get("signatories") or () if isinstance(s, Mapping)))


__all__ = ["ROLES", "FundingRequest", "RequestError", "Signatory", "request_from_plain", "request_to_plain",
           "validate_request", "validate_signatory"]
