"""The donors' structures of the funding request (``domain.plan.donors``): the risk matrix, the
results framework's details of each indicator and the procurement plan, read and written for the
window and the command line.

A write checks them against the plan as it stands (its actions and their cost lines, the results
chain's indicators, each partner's lines and the plan's years), stores them in the funding
request's record with one history row ("action_plan:funding_request"), and returns
:class:`~capacity_app.services.changes.Changes`; a refusal is one sentence
(:class:`~capacity_app.services.base.ServiceError`), nothing changed.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ...domain.plan.donors import PACKAGES_MAX, RISKS_MAX, IndicatorDetail, Package, PlanFacts, Risk, plan_facts
from ...domain.plan.results import INDICATORS_MAX
from ...domain.plan.request import FundingRequest, RequestError, Signatory, request_from_plain, validate_request
from ...domain.texts import text
from ...storage.db import StorageError
from ...storage.store import Store
from ..base import ServiceError, editable, get_assessment, storage_refusal, text_kept_within
from ..changes import Changes
from .actions import changes_of

PARTS = ("risks", "indicators", "procurement")   # the record's keys, as --json and the CLI's file give them
COMMAND = "actions request --json"               # what prints the record as the file holds it
# the most entries a part may hold (its refusal's entry): the plan's limits, the indicators' a bound
# far above any results chain
MOST = {"risks": (RISKS_MAX, "cli.donors.risks_max"), "procurement": (PACKAGES_MAX, "cli.donors.packages_max"),
        "indicators": (INDICATORS_MAX, "cli.donors.indicators_max")}


def facts(store: Store, assessment_id: Any) -> PlanFacts:
    """What the donors' structures are checked against: the plan and its results chain as stored."""
    a = get_assessment(store, assessment_id)
    return plan_facts(store.action_plan(a.id), store.results_chain(a.id))


def set_donor_structures(store: Store, assessment_id: Any, *, risks: Sequence[Risk] | None = None,
                         indicators: Sequence[IndicatorDetail] | None = None,
                         procurement: Sequence[Package] | None = None, committed_by: str | None = None,
                         signatories: Sequence[Signatory] | None = None) -> Changes:
    """Replace the risk matrix, the indicators' details and the procurement plan, and who commits
    the national part and the signatories (each None: unchanged; an empty sequence: removed),
    checked against the plan, in one write. Refused in one sentence, nothing changed."""
    a = editable(store, assessment_id)
    old = store.plan_request(a.id)
    new = replace(old, risks=old.risks if risks is None else tuple(risks),
                  indicators=old.indicators if indicators is None else tuple(indicators),
                  procurement=old.procurement if procurement is None else tuple(procurement),
                  committed_by=old.committed_by if committed_by is None else committed_by,
                  signatories=old.signatories if signatories is None else tuple(signatories))
    known = facts(store, a.id)
    try:
        checked = validate_request(new, None if committed_by is None and signatories is None else known.partners,
                                   known)
    except RequestError as exc:
        raise ServiceError(str(exc)) from None
    if checked == old:
        return Changes(a.id)
    try:
        with text_kept_within(store, a.id):
            store.save_plan_request(a.id, checked)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return changes_of(a.id)


def set_request(store: Store, assessment_id: Any, *, committed_by: str, signatories: Sequence[Signatory],
                risks: Sequence[Risk], indicators: Sequence[IndicatorDetail], procurement: Sequence[Package]) -> Changes:
    """The whole funding request as the window's dialog edits it, in one write (one history row):
    who commits the national part, the signatories and the donors' structures, checked against the
    plan. Unchanged: nothing written. Refused in one sentence, nothing changed."""
    a = editable(store, assessment_id)
    old = store.plan_request(a.id)
    known = facts(store, a.id)
    new = FundingRequest(committed_by, tuple(signatories), tuple(risks), tuple(indicators), tuple(procurement))
    try:
        checked = validate_request(new, known.partners, known)
    except RequestError as exc:
        raise ServiceError(str(exc)) from None
    if checked == old:
        return Changes(a.id)
    try:
        with text_kept_within(store, a.id):
            store.save_plan_request(a.id, checked)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return changes_of(a.id)


def set_from_plain(store: Store, assessment_id: Any, data: Mapping[str, Any], *, committed_by: str | None = None,
                   signatories: Sequence[Signatory] | None = None) -> Changes:
    """The parts of ``data`` (the funding request's record as ``actions request --json`` prints
    it) that it names, each replacing what is stored, with ``committed_by`` and ``signatories``
    when given (None: unchanged), in one write; the others unchanged. Refused in one sentence
    when a part is not a list, holds more entries than it may or an entry is not what its part
    holds: nothing changed."""
    if not isinstance(data, Mapping):
        raise ServiceError(_en("cli.donors.file_shape", command=COMMAND, keys=", ".join(PARTS)))
    for key in PARTS:
        if key in data and not isinstance(data[key], list):
            raise ServiceError(_en("cli.donors.file_part", part=key, command=COMMAND))
        if key in data and any(not isinstance(x, Mapping) for x in data[key]):
            raise ServiceError(_en("cli.donors.file_part", part=key, command=COMMAND))
        if key in data and len(data[key]) > MOST[key][0]:  # counted before a million entries are read
            raise ServiceError(_en(MOST[key][1], n=MOST[key][0]))
    try:
        read: FundingRequest = request_from_plain({k: data[k] for k in PARTS if k in data})
    except RequestError as exc:
        raise ServiceError(str(exc)) from None
    return set_donor_structures(store, assessment_id, risks=read.risks if "risks" in data else None,
                                indicators=read.indicators if "indicators" in data else None,
                                procurement=read.procurement if "procurement" in data else None,
                                committed_by=committed_by, signatories=signatories)


def _en(key: str, **params: object) -> str:
    return text(key, "en", **params)


__all__ = ["PARTS", "facts", "set_donor_structures", "set_from_plain", "set_request"]
