"""The tables of an aggregation, once, for every output: the consolidated workbook's sheets
(``aggregate_sheets``) and the analyst's CSV, Stata and SPSS files (``aggregate_bundle``) are
written from the same rows (the long Answers table excepted: it is copied as the workers rendered
it).

Every figure a person reads is rounded here, once, half-up (``domain.rounding``) from the
unrounded value, which is kept beside it in the ``*_exact`` columns; codes stand beside their
labels in the run's language; M49 codes are text with their leading zeros; memberships are 0/1
columns (never a comma-joined cell); the codebook covers every column of every table and every
code."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from dataclasses import dataclass, field
from typing import Any

from ... import __version__
from ...catalog import countries
from ...catalog.aggregate_texts import label, text
from ...domain.labels import BANDS, GAP_TYPES, SDG_STATUSES, band_label, gap_type_label, sdg_status_label
from ...domain.questionnaire import Questionnaire, tr
from ...domain.rounding import round_optional
from ...domain.scoring import RULES_VERSION
from ...domain.values import anchor_text
from .format import (
    AGG_KEY_FACT_KEYS,
    COLUMNS,
    SHEET_IDS,
    Column,
    fact_columns,
    pq_columns,
    sdg_columns,
    section_columns,
)
from .groups import (
    GROUP,
    GROUP_CODES,
    GROUPINGS,
    WORLD,
    CountryScores,
    Stats,
    measure_rows,
    natural_key,
    region_rows,
    sdg_rows,
    trend_rows,
)
from ...domain.plan.cost import FUNDING_SOURCES, rounded
from .plans import rollup
from . import implementation as impl
from .model import ACCEPTED, FILE_STATUSES, STATUS_FINAL, AggregateReport, CountryRound, FileRecord, detail_text, note_text

ANSWER_STATUSES = ("answered", "dont_know", "not_applicable", "empty")
ASSESSMENT_STATUSES = ("draft", "in_progress", "final")
ROLLUP_NOTES = ("used", "used_provisional", "provisional", "other_round", "not_round", "not_final", "fictional", "conflict_later")
REASONS = ("missing", "unsafe", "invalid", "unreadable", "formula", "not_scorable", "superseded_newer",
           "superseded_preferred", "conflict", "conflict_edits", "edited", "reference_date_differs", "reference_date_future", "provisional", "provisional_included", "scores_edited", "overall_differs", "mapped", "draft",
           "in_progress", "import_warning", "conflict_identity")
# a column's number format: one decimal (a rounded score), or as it is (counts, exact values, 2 decimals)
ONE_DECIMAL = frozenset({"overall", "mean", "median", "q1", "q3", "min", "max", "change", "completeness",
                         "dont_know", "validated_share"})
# coded columns: (kind of code, the codes); the Stata and SPSS files carry them as numbers with value labels
CODED = {
    "status": ("file_status", FILE_STATUSES), "assessment_status": ("assessment_status", ASSESSMENT_STATUSES),
    "rollup_note": ("rollup_note", ROLLUP_NOTES), "band": ("band", BANDS), "gap_type": ("gap_type", GAP_TYPES),
    "sdg_status": ("sdg_status", SDG_STATUSES), "grouping": ("grouping", GROUPINGS),
    "answer_status": ("answer_status", ANSWER_STATUSES), "answers_checksum": ("checksum", ("ok", "mismatch")),
    "funding": ("funding", FUNDING_SOURCES),
}
FLAGS = frozenset({"ldc", "lldc", "sids", "in_rollups", "edited", "has_plan", "validated", "reporting", "provisional"})


@dataclass
class Table:
    sheet: str  # sheet id (SHEET_IDS)
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)

    def name(self, lang: str) -> str:
        return text(f"sheet.{self.sheet}", lang)


def r1(v: float | Decimal | None) -> float | None:
    return round_optional(v, 1)


def r2(v: float | Decimal | None) -> float | None:
    return round_optional(v, 2)


def ex(v: Any) -> Any:
    """An exact (decimal) figure as a cell's number."""
    return float(v) if isinstance(v, Decimal) else v


def pct(share: float | None) -> float | None:
    return None if share is None else round_optional(share * 100, 1)


def flag(on: bool) -> int:
    return 1 if on else 0


def status_label_of(status: str, lang: str) -> str:
    return label("assessment_status", status, lang) if status else ""


def band_text(sc: CountryScores, lang: str) -> str:
    if sc.band:
        return band_label(sc.band, lang)
    return band_label(None, lang, provisional=True)   # no band, no score either: provisional (Recomputed)


def group_name(grouping: str, code: str, lang: str) -> str:
    if grouping == GROUP:
        return text(f"group.{code}", lang)
    return countries.area_name(code, lang) if code else text("group.none", lang)


def codes_text(codes: Iterable[str]) -> str:
    return " ".join(codes)


# --- the run's sections, policy questions, indicators ------------------------------------------------

@dataclass(frozen=True)
class Shape:
    """What the run's dynamic columns are made of."""

    sections: list[tuple[str, Any]]  # (id, label: a questionnaire text or plain text)
    pqs: list[tuple[str, Any]]
    sdgs: list[tuple[str, Any]]
    facts: list[tuple[str, Any]]


def shape(q: Questionnaire, rep: AggregateReport) -> Shape:
    seen = {s for r in rep.rounds for s, v in r.scores.sections.items()}
    sections: list[tuple[str, Any]] = [(s.id, s.label) for s in q.sections if s.id in seen]
    sections += [(s, s) for s in sorted(seen - {s.id for s in q.sections}, key=natural_key)]
    sdg_codes = sorted({c for r in rep.rounds for c in r.scores.sdg}, key=natural_key)
    item_labels = sdg_labels(q)
    facts = []
    for key in AGG_KEY_FACT_KEYS:
        resolved = q.resolve_key(key)
        facts.append((key, resolved[1].label if resolved else key))
    return Shape(sections, [(p.code, p.label) for p in q.policy_questions],
                 [(c, item_labels.get(c, c)) for c in sdg_codes], facts)


def sdg_labels(q: Questionnaire) -> dict[str, Any]:
    """SDG indicator code -> its label (the rows of the questionnaire's SDG grid)."""
    from ...domain.scoring.engine import SDG_GRID

    item = q.item(SDG_GRID)
    return {row.code: row.label for row in (item.rows if item is not None else ())}


def tl(label_: Any, lang: str) -> str:
    """A questionnaire text (a mapping of languages) or plain text, in ``lang``."""
    return label_ if isinstance(label_, str) else tr(label_, lang)


# --- the tables ---------------------------------------------------------------------------------------

def tables(rep: AggregateReport, q: Questionnaire) -> list[Table]:
    """Every table but Answers, in sheet order (the codebook last: it describes the others)."""
    lang = rep.lang
    sh = shape(q, rep)
    rounds = sorted(rep.rounds, key=lambda r: (r.country, r.record.round or 0))
    flat = [about(rep, q), files(rep), summary(rounds, sh, rep), key_facts(rounds, sh, q, lang),
            rounds_table(rounds, lang), *rollups(rep, q, sh), *per_country(rounds, q, sh, lang),
            plans_table(rounds, lang), plans_groups(rep), *implementation_tables(rounds, rep)]
    by_id = {t.sheet: t for t in flat}
    ordered = [by_id[s] for s in SHEET_IDS if s in by_id]
    ordered.append(codebook(ordered + [Table("answers", list(COLUMNS["answers"]))], q, sh, rep))
    return ordered


def implementation_tables(rounds: list[CountryRound], rep: AggregateReport) -> list[Table]:
    """The implementation sheets, from ``aggregate_implementation``'s rows."""
    lang = rep.lang
    cols = {s: list(COLUMNS[s]) for s in ("implementation", "implementation_groups", "partner_funds",
                                          "partner_funds_groups")}
    return [Table("implementation", cols["implementation"],
                  impl.implementation_rows(rounds, rep, len(cols["implementation"]))),
            Table("implementation_groups", cols["implementation_groups"],
                  [[*_group_cells(g, code, lang), *row] for g, code, row in impl.implementation_group_rows(rep)]),
            Table("partner_funds", cols["partner_funds"], impl.partner_rows(rep)),
            Table("partner_funds_groups", cols["partner_funds_groups"],
                  [[*_group_cells(g, code, lang), *row] for g, code, row in impl.partner_group_rows(rep)])]


def about(rep: AggregateReport, q: Questionnaire) -> Table:
    lang = rep.lang
    used = rep.used
    accepted = [f for f in rep.files if f.status == ACCEPTED]
    rows: list[tuple[str, Any]] = [
        ("generated_at", rep.generated),
        ("application", f"capacity-app {__version__}"),
        ("scoring_rules", text("about.scoring_rules_value", lang, version=RULES_VERSION)),
        ("questionnaire", f"{q.id} {q.version}"),
        ("label_language", lang),
        ("rounds", text("about.rounds_latest", lang) if rep.round_year is None
         else text("about.rounds_year", lang, year=rep.round_year)),
        ("status_filter", text("about.status_final" if rep.status_filter == STATUS_FINAL else "about.status_any", lang)),
        ("countries_in_rollups", len(used)),
        ("files_given", len(rep.files)),
        ("files_used", rep.accepted),
        ("files_superseded", rep.superseded),
        ("files_conflict", rep.conflicts),
        ("files_rejected", rep.rejected),
        ("edited", sum(1 for f in accepted if f.checksum == "mismatch")),
        ("drafts", sum(1 for f in accepted if f.assessment_status == "draft")),
        ("in_progress", sum(1 for f in accepted if f.assessment_status == "in_progress")),
        ("excluded", codes_text(sorted({r.country for r in rep.excluded}))),
        ("provisional", provisional_value(rep)),
        ("regions", text("about.regions_value", lang)),
        ("groups", text("about.groups_value", lang, sids=text(f"sids_list.{rep.sids_list}", lang))),
        ("list_date", rep.list_date),
        ("figures", text("about.figures_value", lang)),
        ("names", text("about.names_value", lang)),
        ("period", rep.period or text("about.period_none", lang)),
        ("period_as_of", rep.as_of),
        ("implementation", text("about.implementation_value", lang)),
        ("implementation_provisional", text("about.implementation_provisional_value", lang)),
        ("usd_rates", text("about.usd_rates_value", lang)),
        ("partners_merged", impl.merged_text(rep)),
        ("partners_look_alike", impl.look_alike_text(rep)),
    ] + [("file", f.path) for f in rep.files]
    return Table("about", list(COLUMNS["about"]), [[k, text(f"about.{k}", lang), v] for k, v in rows])


def provisional_rounds(rep: AggregateReport) -> list[CountryRound]:
    """The provisional scores (no band) the figures leave out, or, when asked to include them,
    the ones they count (roll-ups and trends), by country and round."""
    prov = ([r for r in rep.trend_rounds if r.provisional] if rep.include_provisional
            else [r for r in rep.rounds if r.provisional and r.rollup_note != "fictional"])
    return sorted(prov, key=lambda r: (r.country, r.record.round or 0))


def provisional_value(rep: AggregateReport) -> str:
    """The About sheet's line on provisional scores: which were left out, or counted on request."""
    prov = provisional_rounds(rep)
    if not prov:
        return text("about.provisional_none", rep.lang)
    return text("about.provisional_in" if rep.include_provisional else "about.provisional_out", rep.lang,
                list=text("sep.list", rep.lang).join(f"{r.country} {r.record.round}" for r in prov))


def _identity_cells(f: FileRecord, lang: str) -> list[Any]:
    c = countries.lookup(f.country) if f.country else None
    return [f.country, countries.localized_name(c, lang) if c else "", f.round, f.uid, f.assessment_status,
            f.identity.reference_date, f.exported_at, f.questionnaire_version, f.sha256, f.checksum]


def files(rep: AggregateReport) -> Table:
    lang = rep.lang
    rows = []
    for f in rep.files:
        if f.status == ACCEPTED:
            code, reason, detail = (codes_text(n.code for n in f.notes),
                                    text("sep.list", lang).join(note_text(n, lang) for n in f.notes),
                                    "; ".join(detail_text(n.detail, lang) for n in f.notes if n.detail))
        else:
            code, reason, detail = f.note.code, note_text(f.note, lang), detail_text(f.note.detail, lang)
        rows.append([f.path, f.status, label("file_status", f.status, lang), code, reason, detail,
                     *_identity_cells(f, lang)])
    return Table("files", list(COLUMNS["files"]), rows)


def summary(rounds: list[CountryRound], sh: Shape, rep: AggregateReport) -> Table:
    lang = rep.lang
    cols = list(COLUMNS["summary"]) + section_columns(sh.sections) + pq_columns(sh.pqs)
    rows = []
    for r in rounds:
        rec, sc, rc = r.record, r.scores, r.recomputed
        c = countries.lookup(rec.country)
        area = [sc.region, group_name("region", sc.region, lang) if sc.region else "",
                sc.sub_region, countries.area_name(sc.sub_region, lang) if sc.sub_region else "",
                sc.intermediate_region,
                countries.area_name(sc.intermediate_region, lang) if sc.intermediate_region else ""]
        row = [rec.country, countries.localized_name(c, lang) if c else rec.country, c.m49 if c else "", *area,
               *[flag(g in sc.groups) for g in GROUP_CODES], r.groups_date, rec.round, flag(r.in_rollups),
               r.rollup_note, label("rollup_note", r.rollup_note, lang), rec.assessment_status,
               status_label_of(rec.assessment_status, lang), rec.identity.reference_date, rec.questionnaire_version,
               flag(rec.checksum == "mismatch"), r1(sc.overall), sc.overall, sc.band, band_text(sc, lang),
               pct(rc.completeness), rc.completeness, pct(rc.dont_know), rc.dont_know]
        for sid, _ in sh.sections:
            v = sc.sections.get(sid)
            row += [r1(v), v]
        row += [(sc.pq.get(p) or (None, None))[1] for p, _ in sh.pqs]
        rows.append(row)
    return Table("summary", cols, rows)


def key_facts(rounds: list[CountryRound], sh: Shape, q: Questionnaire, lang: str) -> Table:
    cols = list(COLUMNS["key_facts"]) + fact_columns(sh.facts)
    rows = []
    for r in rounds:
        row: list[Any] = [r.country, r.record.round]
        for key, _ in sh.facts:
            value, shown = r.facts.get(key, ("", ""))
            if value in ANSWER_STATUSES and not shown:  # don't know / not applicable: the status as the label
                shown = label("answer_status", str(value), lang)
            row += [value, shown]
        rows.append(row)
    return Table("key_facts", cols, rows)


def rounds_table(rounds: list[CountryRound], lang: str) -> Table:
    rows = []
    for r in rounds:
        c = countries.lookup(r.country)
        rows.append([r.country, countries.localized_name(c, lang) if c else r.country, r.record.round,
                     r.record.identity.reference_date, r.record.assessment_status, flag(r.in_rollups),
                     r1(r.scores.overall), r.scores.overall, r1(r.change), ex(r.change), r.scores.band,
                     band_text(r.scores, lang)])
    return Table("rounds", list(COLUMNS["rounds"]), rows)


def members(grouping: str, code: str, rep: AggregateReport) -> int | None:
    """The denominator of coverage: countries or areas of the group (the M49 table for the world and
    regions; the list in force on the report's list date for LDC, LLDC and SIDS)."""
    if grouping == GROUP:
        return len(countries.group_members(code, rep.list_date, rep.sids_list))
    if grouping == WORLD:
        return sum(1 for c in countries.countries().values() if not c.fictional)
    field_of = {"region": "region_code", "subregion": "sub_region_code", "intregion": "intermediate_region_code"}
    return sum(1 for c in countries.countries().values()
               if not c.fictional and getattr(c, field_of[grouping]) == code) or None


def covered(grouping: str, code: str, codes: Iterable[str], rep: AggregateReport) -> int:
    """The numerator of coverage, on the denominator's basis: for LDC, LLDC and SIDS the countries
    of the roll-ups on the list as of the report's list date (a country grouped on its own earlier
    date but off the list by then is in the figures, not in the coverage)."""
    if grouping == GROUP:
        return len(set(codes) & countries.group_members(code, rep.list_date, rep.sids_list))
    return len(set(codes))


def _stats_cells(s: Stats) -> list[Any]:
    return [s.n, r1(s.mean), r1(s.median), r1(s.q1), r1(s.q3), r1(s.min), r1(s.max), ex(s.mean), ex(s.median),
            ex(s.q1), ex(s.q3)]


def _group_cells(grouping: str, code: str, lang: str) -> list[Any]:
    return [grouping, label("grouping", grouping, lang), code, group_name(grouping, code, lang)]


def coverage(n: int, of: int | None, lang: str) -> str:
    return text("pdf.coverage_value", lang, n=n, of=of) if of else str(n)


def rollups(rep: AggregateReport, q: Questionnaire, sh: Shape) -> list[Table]:
    lang = rep.lang
    used = [r.scores for r in sorted(rep.used, key=lambda r: r.country)]
    secs = [s for s, _ in sh.sections]
    prov = {r.country for r in rep.used if r.provisional}
    regions = Table("regions", list(COLUMNS["regions"]) + section_columns(sh.sections, "_mean"))
    for g in region_rows(used, secs):
        of = members(g.grouping, g.group, rep)
        row = [*_group_cells(g.grouping, g.group, lang), rep.list_date if g.grouping == GROUP else "", of,
               len(g.countries), coverage(covered(g.grouping, g.group, g.countries, rep), of, lang),
               codes_text(g.countries),
               *_stats_cells(g.overall), len(prov.intersection(g.overall_countries))]
        for s in secs:
            row += [r1(g.sections[s]), ex(g.sections[s])]
        regions.rows.append(row)
    pq_label = {code: tl(lbl, lang) for code, lbl in sh.pqs}
    by_pq = Table("regions_pq", list(COLUMNS["regions_pq"]))
    for m in measure_rows(used, [p for p, _ in sh.pqs]):
        by_pq.rows.append([*_group_cells(m.grouping, m.group, lang), m.pq, pq_label.get(m.pq, ""),
                           *[r2(v) for v in m.means], *m.counts, *[ex(v) for v in m.means], len(m.countries), codes_text(m.countries)])
    # trends: every real country's assessment in each round (one per country and round), statuses as the run's
    trend_input = [r.scores for r in rep.trend_rounds]
    prov_rounds = {(r.country, r.record.round) for r in rep.trend_rounds if r.provisional}
    trends = Table("trends", list(COLUMNS["trends"]))
    for t in trend_rows(trend_input):
        st = t.overall
        trends.rows.append([*_group_cells(t.grouping, t.group, lang), t.round, len(t.countries),
                            codes_text(t.countries), st.n, r1(st.mean), r1(st.median), ex(st.mean), ex(st.median),
                            sum((c, t.round) in prov_rounds for c in t.countries)])
    sdg_label = {code: tl(lbl, lang) for code, lbl in sh.sdgs}
    sdg_groups = Table("sdg_groups", list(COLUMNS["sdg_groups"]))
    for sr in sdg_rows(used, [c for c, _ in sh.sdgs], SDG_STATUSES):
        sdg_groups.rows.append([*_group_cells(sr.grouping, sr.group, lang), sr.indicator,
                                sdg_label.get(sr.indicator, ""), sr.status, sdg_status_label(sr.status, lang),
                                len(sr.countries), codes_text(sr.countries)])
    return [regions, by_pq, trends, sdg_groups]


def per_country(rounds: list[CountryRound], q: Questionnaire, sh: Shape, lang: str) -> list[Table]:
    pq_label = {code: tl(lbl, lang) for code, lbl in sh.pqs}
    src_label = {s.code: tr(s.label, lang) for s in q.sources}
    pq_sheet, matrix = Table("pq", list(COLUMNS["pq"])), Table("matrix", list(COLUMNS["matrix"]))
    sdg = Table("sdg", list(COLUMNS["sdg"]) + sdg_columns(sh.sdgs))
    for r in rounds:
        rec, rc = r.record, r.recomputed
        for p, _ in sh.pqs:
            d = rc.pq.get(p)
            if d is not None:
                pq_sheet.rows.append([rec.country, rec.round, flag(r.in_rollups), p, pq_label.get(p, ""), d.need,
                                      d.availability, d.gap, d.priority, d.gap_type,
                                      gap_type_label(d.gap_type, lang) if d.gap_type else ""])
        for pq, src, level in rc.cells:
            matrix.rows.append([rec.country, rec.round, pq, src, src_label.get(src, src), level])
        sdg.rows.append([rec.country, rec.round, *[rc.sdg.get(c, "") for c, _ in sh.sdgs]])
    return [pq_sheet, matrix, sdg]


# --- the action plans (aggregate_plans) -------------------------------------------------------------------

def _usd(v: Decimal | None) -> Any:
    """A USD sum as a cell: whole dollars, half-up; empty when not known."""
    return None if v is None else ex(rounded(v))


def plans_table(rounds: list[CountryRound], lang: str) -> Table:
    """One row per country and round: its plan's actions, validated or not, its cost and financing
    gap in USD (empty unless the workbook gives a USD equivalent for every cost line); in the
    roll-ups and provisional flagged (a provisional score's plan counted all the same)."""
    t = Table("plans", list(COLUMNS["plans"]))
    for r in rounds:
        c = countries.lookup(r.country)
        p = r.plan
        t.rows.append([r.country, countries.localized_name(c, lang) if c else r.country, r.record.round,
                       flag(r.counts_plan), flag(r.provisional), flag(p is not None and p.actions > 0),
                       p.actions if p else None, flag(bool(p and p.validated)), p.costed_actions if p else None,
                       _usd(p.cost_usd if p else None), _usd(p.gap_usd if p else None)])
    return t


def plans_groups(rep: AggregateReport) -> Table:
    """The plans of the countries in the roll-ups, by world, region and group: how many have a plan,
    their actions, the share validated, and the USD cost and gap summed over the ``usd_countries``
    whose plans give them (the sums say for how many countries they are); a country with a
    provisional score is counted (``AggregateReport.plan_rounds``; how many is said)."""
    lang = rep.lang
    plan_of = {r.country: r.plan for r in rep.plan_rounds}
    prov = impl.provisional_countries(rep)
    t = Table("plans_groups", list(COLUMNS["plans_groups"]))
    for grouping, group, members in impl.counted_groups(rep):
        ro = rollup(plan_of.get(m.iso3) for m in members)
        t.rows.append([*_group_cells(grouping, group, lang), ro.assessed, sum(m.iso3 in prov for m in members),
                       ro.countries, ro.actions, ro.validated,
                       pct(ro.validated_share), ro.usd_countries, _usd(ro.cost_usd) if ro.usd_countries else None,
                       _usd(ro.gap_usd) if ro.usd_countries else None,
                       codes_text(sorted(m.iso3 for m in members))])
    return t


# --- the codebook ----------------------------------------------------------------------------------------

def codebook(tables_: list[Table], q: Questionnaire, sh: Shape, rep: AggregateReport) -> Table:
    lang = rep.lang
    t = Table("codebook", list(COLUMNS["codebook"]))
    every = tables_ + [t]

    def add(kind: str, code: str, lbl: str, description: str = "") -> None:
        t.rows.append([kind, text(f"kind.{kind}", lang), code, lbl, description])

    for tab in every:
        add("sheet", tab.sheet, tab.name(lang), text(f"sheetdesc.{tab.sheet}", lang))
    for tab in every:
        for col in tab.columns:
            add("column", f"{tab.sheet}.{col.var}", col.header(lang), col.description(lang))
    about_rows = next(x.rows for x in tables_ if x.sheet == "about")
    for field_ in dict.fromkeys(row[0] for row in about_rows):
        add("about", field_, text(f"about.{field_}", lang))
    for code in ("0", "1"):
        add("flag", code, text(f"flag.{code}", lang))
    for var, (kind, codes) in CODED.items():
        if var in ("band", "gap_type", "sdg_status"):
            continue  # below, with the domain's labels
        for code in codes:
            add(kind, code, label(kind, code, lang))
    for code in REASONS:
        add("reason", code, text(f"reason.{code}", lang, **_placeholders(code)))
    for code in BANDS:
        add("band", code, band_label(code, lang))
    for code in GAP_TYPES:
        add("gap_type", code, gap_type_label(code, lang))
    for code in SDG_STATUSES:
        add("sdg_status", code, sdg_status_label(code, lang))
    for code, lbl in sh.sdgs:
        add("sdg_indicator", code, tl(lbl, lang))
    for code in GROUP_CODES:
        add("group", code, text(f"group.{code}", lang),
            text(f"sids_list.{rep.sids_list}", lang) if code == "SIDS" else text(f"list.{code}", lang))
    for code, name in sorted(countries.areas().items()):
        add("area", code, countries.area_name(code, lang) or name)
    for s in q.sections:
        add("section", s.id, tr(s.label, lang))
    for p in q.policy_questions:
        add("pq", p.code, tr(p.label, lang))
    for src in q.sources:
        add("source", src.code, tr(src.label, lang))
    from .extract import key_label

    for key, fld, _ in q.all_keys():
        add("answer_key", key, key_label(q, key, lang))
        for ch in fld.choices:
            add("answer_code", f"{key}={ch.code}", tr(ch.label, lang))
        if fld.type == "rating":
            for level in range(4):
                add("answer_code", f"{key}={level}", anchor_text(fld, level, lang) or str(level))
    return t


def _placeholders(code: str) -> dict[str, str]:
    """The reason's placeholders shown as themselves in the codebook ("{file}")."""
    from ...catalog.aggregate_texts import english
    import string

    fmt = english(f"reason.{code}")
    fmt = fmt if isinstance(fmt, str) else fmt["other"]
    return {name: "…" for _, name, _, _ in string.Formatter().parse(fmt) if name}


def answers_iter(rep: AggregateReport) -> Iterator[CountryRound]:
    """The assessments whose Answers rows are written, in the Summary's order."""
    yield from sorted(rep.rounds, key=lambda r: (r.country, r.record.round or 0))


def style_of(col: Column) -> int:
    from .xlsxstream import STYLE_DECIMAL

    return STYLE_DECIMAL if col.var in ONE_DECIMAL or (col.key in ("section", "section_mean")) else 0
