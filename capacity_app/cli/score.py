"""``capacity-app score``: scores, gaps, priorities and recommendations of an assessment. The
comparison of rounds (with the plans' comparison it carries) loads with ``--compare`` only."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from ..domain.labels import rules_change, rules_changes_since
from ..domain.editorial import number
from .said import LanguageChoice, language
from ..domain.scoring import ScoreResult, custom_weights_label, sdg_status_label, text
from ..services.assessments import ServiceError, get_assessment, questionnaire_for
from ..services.scoring import score_assessment
from ..services.settings import reset_weights, update_weights, weights

if TYPE_CHECKING:
    from ..services.rounds import RoundsCompared
    from ..services.versions import EarlierScore


def _figure(value: float | None, lang: str, width: int = 0) -> str:
    """A score or a share to one decimal as ``lang`` writes it ("–" for none), right-aligned to ``width``."""
    if value is None:
        return "–".rjust(width)
    return (f"{value:.1f}" if lang == "en" else number(value, lang, 1)).rjust(width)


def _print_result(result: ScoreResult, lang: str, was: EarlierScore | None = None) -> None:
    overall = result.overall_shown
    click.echo(text("hdr.overall", lang, score=_figure(overall, lang),
                    band=result.band_label, ref=result.reference_date or "–", rules=result.rules_version))
    if was is not None:  # a score stored under earlier rules: both figures and what changed them
        click.echo("  " + was.beside(overall, result.band, lang))
    if result.custom_weights is not None:
        custom = result.custom_overall_shown
        click.echo(text("hdr.custom", lang, label=custom_weights_label(lang),
                        score=_figure(custom, lang),
                        weights=", ".join(f"{k}={v:g}" for k, v in result.custom_weights.items())))
    click.echo(text("hdr.completeness", lang, share=_figure(result.completeness_shown, lang)))
    for r in result.overall_reasons:
        click.echo(f"  · {r}")
    click.echo("")
    click.echo(text("hdr.sections", lang))
    for sid, sec in result.sections.items():
        s = "   –" if sec.shown is None else _figure(sec.shown, lang, 5)
        click.echo(f"  {sid:<4} {s}  {sec.label}")
        for r in sec.reasons:
            click.echo(f"         · {r}")
    click.echo("")
    click.echo(text("hdr.policy_questions", lang))
    pqs = result.policy_questions
    for code in result.ranked + [k for k in pqs if k not in result.ranked]:
        p = pqs[code]
        need = "–" if p.need is None else p.need
        prio = "–" if p.priority is None else p.priority
        rank = "  " if p.rank is None else f"{p.rank:>2}"
        line = text("hdr.pq_line", lang, need=need, availability=p.availability, priority=prio)
        quick = f"  [{sdg_status_label('quick_win', lang)}]" if p.quick_win else ""
        click.echo(f"  {rank}. {code}  {line}  {p.gap_type_label}{quick}  {p.label}")
        for r in p.reasons:
            click.echo(f"         · {r}")
    if result.sdg:
        click.echo("")
        click.echo(text("hdr.sdg", lang))
        for x in result.sdg.values():
            click.echo(f"  {x.number:<8} {x.status_label:<34} {x.label}")
    click.echo("")
    click.echo(text("hdr.recommendations", lang))
    if not result.recommendations:
        click.echo("  " + text("hdr.none", lang))
    for i, rec in enumerate(result.recommendations, 1):
        pq = f" ({', '.join(rec.policy_questions)})" if rec.policy_questions else ""
        click.echo(f"  {i}. [{rec.priority}] {rec.title}{pq}")
        click.echo(f"     {rec.text}")
        for a in rec.answers:
            click.echo(f"     ← {a}")
    if result.follow_up:
        click.echo("")
        click.echo(text("hdr.follow_up", lang))
        state = {"dont_know": text("state.dont_know", lang), "no_reason": text("hdr.no_reason", lang)}
        blank = text("hdr.not_answered", lang)
        for f in result.follow_up:
            click.echo(f"  {f.section:<4} {f.label}  ({state.get(f.status, blank)})")
    if result.not_applicable:
        click.echo("")
        click.echo(text("hdr.not_applicable", lang))
        for n in result.not_applicable:
            why = "; ".join(x for x in (n.reason, n.comment) if x)
            click.echo(f"  {n.section:<4} {n.label}  ({why})")


def _print_comparison(rc: RoundsCompared, lang: str) -> None:
    """Both rounds named, then only what changed (sections, policy questions, matrix cells)."""
    c = rc.comparison.to_dict()
    e, la = rc.earlier, rc.later
    click.echo(text("shown.score.compare_head", lang, country=e.country, round=e.round, id=e.id,
                    date=e.effective_reference_date, later_country=la.country, later_round=la.round, later_id=la.id,
                    later_date=la.effective_reference_date, rules=rc.comparison.rules_version))
    o = c["overall"]
    click.echo(text("cmp.overall", lang, before=_num(o["before"]), after=_num(o["after"]), trend=o["trend_label"]))
    for sid, s in rc.changed_sections().items():
        click.echo(f"  {sid:<4} {_num(s['before'])} → {_num(s['after'])}  {s['trend_label']}")
    for code, p in rc.changed_policy_questions().items():
        g = p["gap"]
        a = p["availability"]
        line = text("cmp.pq", lang, a_before=_num(a["before"]), a_after=_num(a["after"]),
                    g_before=_num(g["before"]), g_after=_num(g["after"]))
        click.echo(f"  {code}  {line}  {p['trend_label']}")
    for key, x in rc.changed_cells().items():
        click.echo(f"  {key}  {_num(x['before'])} → {_num(x['after'])}  {x['trend_label']}")
    click.echo(text("cmp.summary", lang, improvements=len(c["improvements"]), regressions=len(c["regressions"])))


def _num(v) -> str:
    return "–" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))


@click.command("score")
@click.argument("assessment_id")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (the scoring contract).")
@click.option("--lang", type=LanguageChoice(), default=None, help="Language of the explanations.")
@click.option("--compare", "compare_id", default=None, metavar="OTHER_ID",
              help="Compare with another round of the same country.")
@click.pass_obj
def score_cmd(obj, assessment_id: str, as_json: bool, lang: str | None, compare_id: str | None) -> None:
    """Score an assessment: section scores, policy-question gaps and priorities, SDG status and
    recommendations, each with the reasons that produced it."""
    from ..services.versions import earlier_score

    lang = lang or ("en" if as_json else language())  # the JSON's explanations: English unless --lang

    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        q = questionnaire_for(a)
        if compare_id is not None:
            from ..services.rounds import compare_with  # the plans' comparison too

            rc = compare_with(store, q, a.id, compare_id, lang)
            if as_json:
                c = rc.comparison.to_dict()
                c["rounds"] = [{"id": x.id, "country": x.country, "round": x.round} for x in (rc.earlier, rc.later)]
                click.echo(json.dumps(c, ensure_ascii=False, indent=2))
            else:
                _print_comparison(rc, lang)
            return
        result = score_assessment(store, q, a.id, lang)
        was = earlier_score(store, a.id)  # stored under other scoring rules
    if as_json:  # the JSON contract: to_dict() is for JSON output only
        d = result.to_dict()
        if was is not None:
            d["earlier_score"] = {**was.as_dict(), "changes": [
                {"rules": v, "what": rules_change(v, lang)} for v, _ in rules_changes_since(was.rules)]}
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        _print_result(result, lang, was)


@click.command("weights")
@click.argument("assessment_id")
@click.argument("changes", nargs=-1, metavar="[SECTION=WEIGHT]...")
@click.option("--reset", is_flag=True, help="Back to the documented weights (docs/methodology.md).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def weights_cmd(obj, assessment_id: str, changes: tuple[str, ...], reset: bool, as_json: bool) -> None:
    """Show or set the assessment's own section weights, e.g. ``capacity-app weights 1 S3=2
    S8=0.5``: they give a second figure labelled "custom weights", never a band; the headline
    score and its band always use the documented weights."""
    parsed: dict[str, str] = {}
    for c in changes:
        sid, sep, w = c.partition("=")
        if not sep or not sid or not w:
            raise ServiceError(f"{c!r}: write SECTION=WEIGHT, e.g. S3=2")
        parsed[sid.strip()] = w.strip()
    with obj.store(readonly=not (parsed or reset)) as store:
        a = get_assessment(store, assessment_id)
        q = questionnaire_for(a)
        if reset:
            reset_weights(store, a.id)
        if parsed:
            update_weights(store, q, a.id, parsed)
        current = weights(store, q, a.id)
    if as_json:
        click.echo(json.dumps(current, indent=2))
    else:
        for sid, weight in current.items():
            click.echo(f"{sid:<4} {weight:g}")


def register(group: click.Group) -> None:
    group.add_command(score_cmd)
    group.add_command(weights_cmd)
