"""The demo assessment: the fictional Republic of Veloria (user-assigned ISO code XVL).

Its answers are data (``resources/demo/veloria.yaml``), written like a real mission's notes, so
that ministries and UNSD see a plausible assessment first."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from dataclasses import replace
from typing import Any

from .. import jobs
from ..catalog.yamlfile import read_plain
from ..domain.answers import ANSWERED, Answer, AnswerSheet, Evidence, AnswerValueError
from ..domain.assessment import Assessment, Institution
from ..paths import resources_dir
from ..storage.store import Store
from .assessments import answer_rows, create_assessment, follow_s0, questionnaire_for
from .base import ServiceError
from .exchange import export_workbook
from .reports import export_report_pdf

DEMO_FILE = "demo/veloria.yaml"

# Exports written by ``capacity-app demo`` when the feature exists: (file name, "module:function").
# Each function is called as fn(store, assessment_id, out_path, lang=lang).
EXPORTERS = [
    ("report.pdf", export_report_pdf),
    ("assessment.xlsx", export_workbook),
]


def demo_data() -> dict:
    """The demo file's data, a tree of its own for each caller. The bundled file is parsed once
    per content (catalog.yamlfile.read_plain), not at every demo made (13 ms of parsing each)."""
    return read_plain(resources_dir() / DEMO_FILE)


def demo_answers(q, data: dict | None = None) -> list[Answer]:
    """The demo answers, validated against the questionnaire."""
    data = data or demo_data()
    sheet = AnswerSheet(q, {})
    out: list[Answer] = []
    for key, spec in (data.get("answers") or {}).items():
        if not isinstance(spec, dict):
            spec = {"value": spec}
        status = spec.get("status", ANSWERED)
        value = spec.get("value")
        if status == ANSWERED:
            try:
                value = sheet.validate(key, value)
            except AnswerValueError as exc:
                raise ServiceError(f"{DEMO_FILE}: {exc}") from None
        elif q.resolve_key(key) is None:
            raise ServiceError(f"{DEMO_FILE}: {key}: unknown item id")
        ev = tuple(Evidence(e.get("kind", "document"), e["text"]) for e in spec.get("evidence", []))
        a = Answer(key, value if status == ANSWERED else None, status, spec.get("comment", ""), ev)
        sheet.put(a)
        out.append(a)
    return out


def create_demo(store: Store) -> Assessment:
    q = questionnaire_for()
    data = demo_data()
    meta = data["assessment"]
    answers = demo_answers(q, data)
    a = create_assessment(
        store, q, country=meta["country"], round=meta["round"], title=meta.get("title"),
        mission_start=meta.get("mission_start", ""), mission_end=meta.get("mission_end", ""),
        reference_date=meta.get("reference_date", ""),
        institutions=[Institution(i["name"], i.get("role", "")) for i in meta.get("institutions", [])],
        status=meta.get("status", "in_progress"))
    store.replace_answers(a.id, answers, note="demo")
    follow_s0(store, q, a.id)  # the record's institutions and dates as S0 says (the cover, the list)
    if data.get("action_plan"):
        create_demo_plan(store, q, a.id, data["action_plan"])
    return store.assessment(a.id)


def create_demo_plan(store: Store, q, assessment_id: int, spec: dict) -> None:
    """The demo's costed action plan (``action_plan`` in the demo file), through the services:
    its currency and rates, the actions with their costs, the validation, then the edits made
    after it."""
    from decimal import Decimal

    from ..domain.plan.actions import Action, new_action_id
    from ..domain.plan.cost import Rate
    from ..domain.plan.request import Signatory
    from .plan import actions as plans
    from .scoring import score_assessment

    picked = {r.id: r for r in score_assessment(store, q, assessment_id, "en").recommendations}
    plans.set_plan_finance(store, assessment_id, currency=spec.get("currency") or "",
                           rates=[Rate(r["currency"], Decimal(str(r["per_usd"])), r["date"], r.get("source", ""))
                                  for r in spec.get("rates") or ()])
    by_rec: dict[str, Action] = {}
    for x in spec.get("actions") or ():
        rec = x.get("recommendation")
        pqs = tuple(picked[rec].policy_questions) if rec in picked else tuple(x.get("policy_questions") or ())
        costs = tuple(demo_cost(c, spec.get("currency") or "USD") for c in x.get("costs") or ())
        action = Action(new_action_id(), x["title"], rec, pqs, tuple(x.get("owners") or ()), x.get("start"),
                        x.get("end"), x.get("resources", ""), x.get("milestone", ""), int(x.get("priority", 2)),
                        x.get("status", "planned"), costs=costs, priority_action=bool(x.get("priority_action")),
                        strategy=x.get("strategy", ""), indicator=x.get("indicator", ""),
                        baseline=x.get("baseline", ""), target=x.get("target", ""),
                        verification=x.get("verification", ""), risks=x.get("risks", ""),
                        sdg_target=x.get("sdg_target", ""),
                        depends_on=tuple(by_rec[d].id for d in x.get("depends_on") or ()))
        saved = plans.add_action(store, q, assessment_id, action).action
        if rec:
            by_rec[rec] = saved
    if spec.get("results"):
        create_demo_results(store, assessment_id, spec["results"], by_rec)
    plans.set_funding_request(store, assessment_id, committed_by=spec.get("committed_by") or "",
                              signatories=[Signatory(x["role"], x["name"], x["title"], x.get("partner", ""))
                                           for x in spec.get("signatories") or ()])
    create_demo_donors(store, assessment_id, spec, by_rec)
    v = spec.get("validation")
    if v:
        plans.record_validation(store, assessment_id, date=v["date"], event=v["event"],
                                institutions=v["institutions"], approved_by=v["approved_by"],
                                position=v["position"], today=v["date"])
    for edit in spec.get("after_validation") or ():
        fields = {k: val for k, val in edit.items() if k != "recommendation"}
        plans.update_action(store, q, assessment_id, replace(by_rec[edit["recommendation"]], **fields))
    create_demo_progress(store, assessment_id, spec, {rec: a.id for rec, a in by_rec.items()})


def create_demo_donors(store: Store, assessment_id: int, spec: dict, by_rec: dict) -> None:
    """The demo's risk matrix, indicators' details and procurement plan (``risks``,
    ``indicator_details``, ``procurement`` of the demo's plan; actions named by recommendation),
    through the service that checks them against the plan."""
    from decimal import Decimal

    from ..domain.plan.donors import IndicatorDetail, Package, Risk
    from .plan import donors

    risks = [Risk(r["risk"], r["likelihood"], r["impact"], r["mitigation"], r["owner"],
                  tuple(by_rec[x].id for x in r.get("actions") or ())) for r in spec.get("risks") or ()]
    details = [IndicatorDetail(d["indicator"], d["frequency"], d["responsibility"], *(
        (d["dli"][0], Decimal(str(d["dli"][1]))) if d.get("dli") else ("", None))) for d in spec.get("indicator_details") or ()]
    packages = [Package(by_rec[x["action"]].id, x["description"], x["method"], Decimal(str(x["amount"])), x["currency"],
                        x["start"], x["end"], x["review"], x.get("line")) for x in spec.get("procurement") or ()]
    donors.set_donor_structures(store, assessment_id, risks=risks, indicators=details, procurement=packages)


def create_demo_progress(store: Store, assessment_id: int, spec: dict, ids: dict[str, str]) -> None:
    """The plan followed for its first year (``progress`` and ``indicator_values`` of the demo's
    plan), through the services, judged as of the demo's ``progress_as_of`` or today."""
    import datetime as _dt
    from decimal import Decimal

    from ..domain.plan.progress import ActionProgress, IndicatorValue, LineMoney
    from .plan import progress as prog

    as_of = max(_dt.date.today(), _dt.date.fromisoformat(spec.get("progress_as_of") or "2000-01-01"))

    def money(v) -> Decimal | None:
        return None if v is None else Decimal(str(v))

    for x in spec.get("progress") or ():
        lines = tuple(LineMoney(int(m["line"]), "", money(m.get("committed")), money(m.get("disbursed")),
                                money(m.get("spent")), m.get("note", "")) for m in x.get("lines") or ())
        prog.record_progress(store, assessment_id, ActionProgress(
            ids[x["recommendation"]], str(x["period"]), x["status"], x.get("started"), x.get("completed"),
            x.get("reason", ""), lines), today=as_of)
    for v in spec.get("indicator_values") or ():
        prog.record_indicator_value(store, assessment_id, IndicatorValue(
            v["indicator"], str(v["period"]), Decimal(str(v["value"])), v["date"], v.get("source", "")), today=as_of)


def create_demo_results(store: Store, assessment_id: int, spec: dict, by_rec: dict) -> None:
    """The demo's results chain (``results`` in the demo's plan): the overall objective, the
    outcomes with the actions (by recommendation) that serve them, the indicators of each level,
    written whole through the services (checked against the plan's actions and years)."""
    from ..domain.plan.results import Indicator, Link, Outcome, ResultsChain, parse_targets, parse_value
    from .plan import results as chains

    def indicators(level: str, parent: str, items: list | None) -> list[Indicator]:
        return [Indicator("", level, parent, i["name"], i.get("unit", ""),
                          parse_value(i["baseline"]) if i.get("baseline") is not None else None,
                          i.get("baseline_year"), parse_targets(i.get("targets", "")), i.get("verification", ""))
                for i in items or ()]

    outcomes, links, found = [], [], indicators("objective", "", spec.get("indicators"))
    for n, o in enumerate(spec.get("outcomes") or (), 1):
        outcomes.append(Outcome(f"O{n}", o["name"], o.get("assumptions", "")))
        found += indicators("outcome", f"O{n}", o.get("indicators"))
        links += [Link(by_rec[rec].id, f"O{n}") for rec in o.get("actions") or ()]
    for rec, items in (spec.get("outputs") or {}).items():
        found += indicators("output", by_rec[rec].id, items)
    numbered = tuple(replace(i, id=f"I{n}") for n, i in enumerate(found, 1))
    chains.replace_chain(store, assessment_id, ResultsChain(spec.get("objective", ""), spec.get("assumptions", ""),
                                                            tuple(outcomes), numbered, tuple(links)))


def demo_cost(c: Any, currency: str):
    """A cost line of the demo file: ``[year, amount, funding, funder, secured]`` in the plan's
    currency, or a mapping with what a donor reads (currency, category, the cost basis, pipeline,
    recurrent, takeover: [year, amount a year], the EU's modality and eu_line)."""
    from decimal import Decimal

    from ..domain.plan.cost import Cost

    if not isinstance(c, dict):
        return Cost(int(c[0]), Decimal(str(c[1])), currency, c[2], c[3], bool(c[4]))
    take = c.get("takeover")
    return Cost(int(c["year"]), Decimal(str(c["amount"])), c.get("currency") or currency, c.get("funding", "national"),
                c.get("funder", ""), bool(c.get("secured")), category=c.get("category", ""),
                unit_cost=Decimal(str(c["unit_cost"])) if "unit_cost" in c else None,
                quantity=Decimal(str(c["quantity"])) if "quantity" in c else None, pipeline=c.get("pipeline", ""),
                recurrent=bool(c.get("recurrent")), takeover_year=int(take[0]) if take else None,
                takeover_amount=Decimal(str(take[1])) if take else None, modality=c.get("modality", ""),
                eu_line=c.get("eu_line", ""))


def _write_json_atomic(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_demo_outputs(store: Store, assessment_id: int, out_dir: Path, lang: str = "en", *,
                       progress=None, cancelled=None) -> list[Path]:
    """The demo's files (answers as JSON, the PDF report, the workbook): a long job of the job
    model, each export filling its share of the progress."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    q = questionnaire_for()
    written = []
    jobs.step(progress, cancelled, 0.0, "assessment.json")
    payload = {"assessment_id": assessment_id, "answers": answer_rows(store, q, assessment_id, lang)}
    target = out_dir / "assessment.json"
    _write_json_atomic(target, payload)
    written.append(target)
    share = 0.95 / len(EXPORTERS)
    for i, (name, export) in enumerate(EXPORTERS):
        jobs.step(progress, cancelled, 0.05 + i * share, name)
        export(store, assessment_id, out_dir / name, lang=lang,
                                   progress=jobs.scaled(progress, 0.05 + i * share, 0.05 + (i + 1) * share),
                                   cancelled=cancelled)
        written.append(out_dir / name)
    jobs.report(progress, 1.0, "done")
    return written
