"""The donor structures' service (services/plan/donors.py): written whole in one history row of the
funding request, checked against the plan as stored (refused in one sentence, nothing changed), kept
when the signatories change, refused on a final assessment; the demo carries a complete example of
each."""
from __future__ import annotations

from decimal import Decimal

import pytest

from capacity_app.domain.plan.actions import Action, new_action_id
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.donors import IndicatorDetail, Package, Risk
from capacity_app.domain.plan.request import Signatory
from capacity_app.services import assessments as svc
from capacity_app.services.assessments import ServiceError
from capacity_app.services.plan import actions as plans
from capacity_app.services.plan import donors


@pytest.fixture
def aid(store, questionnaire):
    a = svc.new_assessment(store, questionnaire, country="KEN", round=2026).id
    plans.add_action(store, questionnaire, a, Action(new_action_id(), "Linkage", start="2027-Q1", end="2028-Q4", costs=(
        Cost(2027, Decimal(50000), "EUR", "partner", "European Union"),)))
    return a


def test_written_in_one_history_row_and_kept_when_the_signatories_change(store, aid):
    action = plans.action_plan(store, aid)[0].id
    risk = Risk("Records withheld", "high", "high", "Agreement", "Ministry", (action,))
    package = Package(action, "Statistician", "individual", Decimal(50000), "EUR", "2027-01-01", "2027-12-31", "post", 1)
    before = len(store.history(aid, "action_plan:funding_request"))
    changes = donors.set_donor_structures(store, aid, risks=[risk], procurement=[package])
    assert changes.actions and changes.assessment_id == aid
    assert len(store.history(aid, "action_plan:funding_request")) == before + 1
    assert donors.set_donor_structures(store, aid, risks=[risk]).actions is False   # nothing changed, no row
    plans.set_funding_request(store, aid, signatories=[Signatory("government", "A. Diallo", "Minister")])
    r = plans.funding_request(store, aid)
    assert (r.risks, r.procurement, r.signatories[0].name) == ((risk,), (package,), "A. Diallo")


def test_refused_against_the_plan_nothing_changed(store, questionnaire, aid):
    before = plans.funding_request(store, aid)
    with pytest.raises(ServiceError, match="the results chain has no indicator I1"):
        donors.set_donor_structures(store, aid, indicators=[IndicatorDetail("I1", "annual", "NSO")])
    with pytest.raises(ServiceError, match="the plan has no action nope"):
        donors.set_donor_structures(store, aid, risks=[Risk("r", "low", "low", "m", "o", ("nope",))])
    assert plans.funding_request(store, aid) == before
    svc.set_status(store, aid, "final")
    with pytest.raises(ServiceError, match="is final"):
        donors.set_donor_structures(store, aid, risks=[])


def test_the_demo_carries_each_structure(demo_db):
    from capacity_app.services.assessments import open_store

    path, demo = demo_db
    with open_store(path, readonly=True) as store:
        r = plans.funding_request(store, demo)
        known = donors.facts(store, demo)
    assert len(r.risks) >= 3 and {x.likelihood for x in r.risks} >= {"low", "medium"}
    assert any(not x.actions for x in r.risks) and any(x.actions for x in r.risks)
    assert any(d.dli_partner == "European Union" for d in r.indicators)
    assert {p.review for p in r.procurement} == {"prior", "post"} and len({p.method for p in r.procurement}) >= 3
    assert all(d.indicator in known.indicators for d in r.indicators)
