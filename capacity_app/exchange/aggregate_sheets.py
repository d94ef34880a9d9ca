"""Writing the consolidated workbook of an aggregation (layout: ``aggregate_format``; documented
in docs/workbook-format.md).

Every sheet has a bold, frozen header row with a filter; scores are numbers shown with one decimal,
means are rounded (``aggregate_groups``); codes have their labels, in the run's language, beside
them, and the ``Codebook`` sheet lists every code and answer key with its label. The long
``Answers`` table is copied as rendered by the workers (spooled bytes), so memory stays flat."""
from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

from .. import __version__
from ..catalog.countries import GROUPS, list_name
from ..domain.labels import BANDS, GAP_TYPES, SDG_STATUSES, band_label, gap_type_label, sdg_status_label
from ..domain.questionnaire import Questionnaire, tr
from ..domain.scoring import RULES_VERSION
from .aggregate_format import (
    AGG_ABOUT, AGG_ABOUT_COLUMNS, AGG_ANSWERS, AGG_ANSWERS_COLUMNS, AGG_CODEBOOK, AGG_CODEBOOK_COLUMNS,
    AGG_FILES, AGG_FILES_COLUMNS, AGG_KEY_FACT_KEYS, AGG_KEY_FACTS, AGG_KEY_FACTS_COLUMNS, AGG_MATRIX,
    AGG_MATRIX_COLUMNS, AGG_PQ, AGG_PQ_COLUMNS, AGG_REGIONS, AGG_REGIONS_COLUMNS, AGG_REGIONS_PQ,
    AGG_REGIONS_PQ_COLUMNS, AGG_ROUNDS, AGG_ROUNDS_COLUMNS, AGG_SDG, AGG_SDG_FIRST_COLUMNS, AGG_SDG_GROUPS,
    AGG_SDG_GROUPS_COLUMNS, AGG_SHEET_ORDER, AGG_SUMMARY, AGG_SUMMARY_FIRST_COLUMNS,
)
from .aggregate_groups import GROUP_NAMES, GROUPINGS, measure_rows, region_rows, sdg_rows
from .xlsxstream import StreamWorkbook, replace_atomically

if TYPE_CHECKING:
    from .aggregate import AggregateReport

ANSWER_STATUSES = {"answered": "Answered", "dont_know": "Don't know", "not_applicable": "Not applicable",
                   "empty": "Comment or evidence only"}
FILE_STATUSES = {"accepted": "Used", "rejected": "Rejected: cannot be used",
                 "superseded": "Superseded by a newer edit or a preferred assessment",
                 "conflict": "Conflict: another assessment of the same country and round"}


def _yes(v: bool) -> str:
    return "yes" if v else "no"


def _list(codes) -> str:
    return ", ".join(codes)


def section_codes(q: Questionnaire, rep: AggregateReport) -> list[str]:
    seen = {s for r in rep.rounds for s in r.scores.sections}
    return [s.id for s in q.sections if s.id in seen] + sorted(seen - {s.id for s in q.sections})


def sdg_codes(rep: AggregateReport) -> list[str]:
    return sorted({c for r in rep.rounds for c in r.scores.sdg})


def about_rows(rep: AggregateReport, q: Questionnaire) -> list[tuple[str, object]]:
    used = rep.used
    return [
        ("Generated at", rep.generated),
        ("Application", f"capacity-app {__version__}"),
        ("Scoring rules", f"{RULES_VERSION}: every score recomputed from the answers with the "
                          "questionnaire's default section weights; no workbook's Scores sheet is used"),
        ("Questionnaire", f"{q.id} {q.version}"),
        ("Label language", rep.lang),
        ("Rounds in roll-ups", "the latest round of each country" if rep.round_year is None
         else f"round {rep.round_year} only"),
        ("Countries in roll-ups", len(used)),
        ("Files given", len(rep.files)),
        ("Files used", rep.accepted),
        ("Files superseded", rep.superseded),
        ("Files in conflict", rep.conflicts),
        ("Files rejected", rep.rejected),
        ("Edited after export", sum(1 for f in rep.files if f.status == "accepted" and f.checksum == "mismatch")),
        ("Drafts", sum(1 for f in rep.files if f.status == "accepted" and f.assessment_status == "draft")),
        ("Regions", "UN M49 regions, sub-regions and intermediate regions (UNSD M49 table, "
                    "resources/data/unsd-m49-*.csv)"),
        ("Groups", "; ".join(list_name(g) for g in GROUPS) + "; each round grouped by the lists in force at its "
                   "reference date (resources/data/m49.SOURCE.md)"),
        ("Means", "over countries (one assessment each), rounded: scores to 1 decimal, policy-question "
                  "levels to 2; Countries and Country list say who is behind each mean"),
    ] + [("File", f.path) for f in rep.files]


def codebook_rows(q: Questionnaire, lang: str, sdg_labels: dict[str, str]):
    for code, label in FILE_STATUSES.items():
        yield ("File status", code, label)
    for code, label in ANSWER_STATUSES.items():
        yield ("Answer status", code, label)
    for code in BANDS:
        yield ("Band", code, band_label(code, lang))
    for code in GAP_TYPES:
        yield ("Gap type", code, gap_type_label(code, lang))
    for code in SDG_STATUSES:
        yield ("SDG status", code, sdg_status_label(code, lang))
    for code, label in sorted(sdg_labels.items()):
        yield ("SDG indicator", code, label)
    for g in GROUPINGS:
        yield ("Grouping", g, g)
    for code, label in GROUP_NAMES.items():
        yield ("Group", code, label)
    for s in q.sections:
        yield ("Section", s.id, tr(s.label, lang))
    for p in q.policy_questions:
        yield ("Policy question", p.code, tr(p.label, lang))
    for src in q.sources:
        yield ("Source", src.code, tr(src.label, lang))
    from .aggregate import key_label

    for key, fld, _ in q.all_keys():
        yield ("Answer key", key, key_label(q, key, lang))
        for ch in fld.choices:
            yield ("Answer code", f"{key}={ch.code}", tr(ch.label, lang))


def write_workbook(rep: AggregateReport, q: Questionnaire, spool: IO[bytes], kept: dict[int, dict],
                   run_dir: Path) -> None:
    lang = rep.lang
    secs = section_codes(q, rep)
    pqs = [p.code for p in q.policy_questions]
    pq_label = {p.code: tr(p.label, lang) for p in q.policy_questions}
    src_label = {s.code: tr(s.label, lang) for s in q.sources}
    sdgs = sdg_codes(rep)
    sdg_labels = _sdg_labels(q, lang, sdgs)
    rounds = sorted(rep.rounds, key=lambda r: (r.record.country, r.record.round or 0))
    used = [r.scores for r in rounds if r.in_rollups]
    out = rep.out_xlsx
    assert out is not None  # a read-only run writes nothing
    out.parent.mkdir(parents=True, exist_ok=True)
    with StreamWorkbook(run_dir) as book:
        ws = {name: book.add_sheet(name, continued=name == AGG_ANSWERS) for name in AGG_SHEET_ORDER}
        ws[AGG_ABOUT].header(AGG_ABOUT_COLUMNS, (24, 100))
        for row in about_rows(rep, q):
            ws[AGG_ABOUT].append(row)

        ws[AGG_FILES].header(AGG_FILES_COLUMNS, (50, 11, 60, 8, 7, 38, 12, 22, 10, 20, 10))
        for f in rep.files:
            ws[AGG_FILES].append([f.path, f.status, f.reason, f.country, f.round, f.uid, f.assessment_status,
                                  f.exported_at, f.questionnaire_version, f.sha256, f.checksum])

        summary_cols = list(AGG_SUMMARY_FIRST_COLUMNS) + [f"Section {c}" for c in secs] + [f"PQ {c}" for c in pqs]
        ws[AGG_SUMMARY].header(summary_cols, (8, 30, 6, 14, 24, 22, 14, 7, 9, 11, 12, 10, 10, 9, 22, 26)
                               + (10,) * (len(secs) + len(pqs)))
        facts = ws[AGG_KEY_FACTS]
        facts.header(AGG_KEY_FACTS_COLUMNS, (8, 7, 30, 30, 30, 11, 11, 50))
        pq_sheet, matrix = ws[AGG_PQ], ws[AGG_MATRIX]
        pq_sheet.header(AGG_PQ_COLUMNS, (8, 7, 9, 9, 60, 8, 12, 7, 9, 18, 26))
        matrix.header(AGG_MATRIX_COLUMNS, (8, 7, 9, 9, 40, 7))
        ws[AGG_SDG].header(list(AGG_SDG_FIRST_COLUMNS) + sdgs, (8, 7) + (14,) * len(sdgs))
        for r in rounds:
            rec, sc = r.record, r.scores
            ws[AGG_SUMMARY].append([
                rec.country, r.name, r.m49, sc.region, sc.sub_region, sc.intermediate_region,
                _list(sc.groups), rec.round, _yes(r.in_rollups), rec.assessment_status,
                r.reference_date, rec.questionnaire_version, _yes(rec.checksum == "mismatch"),
                sc.overall, sc.band, band_label(sc.band, lang) if sc.band else "",
                *[sc.sections.get(x) for x in secs], *[(sc.pq.get(p) or (None, None))[1] for p in pqs]])
            facts.append([rec.country, rec.round, *[r.facts.get(k, "") for k in AGG_KEY_FACT_KEYS]])
            for p in pqs:
                d = r.pq_detail.get(p)
                if d is None:
                    continue
                pq_sheet.append([rec.country, rec.round, _yes(r.in_rollups), p, pq_label.get(p, ""), *d[:4],
                                 d[4], gap_type_label(d[4], lang) if d[4] else ""])
            for pq, src, level in r.cells:
                matrix.append([rec.country, rec.round, pq, src, src_label.get(src, src), level])
            ws[AGG_SDG].append([rec.country, rec.round, *[sc.sdg.get(x, "") for x in sdgs]])

        ws[AGG_ROUNDS].header(AGG_ROUNDS_COLUMNS, (8, 30, 7, 9, 9, 26, 9))
        for r in rounds:
            ws[AGG_ROUNDS].append([r.record.country, r.name, r.record.round, r.scores.overall, r.change,
                                   band_label(r.scores.band, lang) if r.scores.band else "", _yes(r.in_rollups)])

        ws[AGG_REGIONS].header(list(AGG_REGIONS_COLUMNS) + [f"Section {c}" for c in secs],
                               (18, 40, 10, 40, 12, 11, 11, 10) + (10,) * len(secs))
        for g in region_rows(used, secs):
            ws[AGG_REGIONS].append([g.grouping, GROUP_NAMES.get(g.group, g.group), len(g.countries),
                                    _list(g.countries), *g.overall, len(g.overall_countries),
                                    *[g.sections[s] for s in secs]])
        ws[AGG_REGIONS_PQ].header(AGG_REGIONS_PQ_COLUMNS, (18, 40, 9, 50, 10, 12, 10, 11, 10, 40))
        for m in measure_rows(used, pqs):
            ws[AGG_REGIONS_PQ].append([m.grouping, GROUP_NAMES.get(m.group, m.group), m.pq, pq_label.get(m.pq, ""),
                                       *m.means, len(m.countries), _list(m.countries)])
        ws[AGG_SDG_GROUPS].header(AGG_SDG_GROUPS_COLUMNS, (18, 40, 14, 50, 18, 36, 10, 40))
        for s in sdg_rows(used, sdgs, SDG_STATUSES):
            ws[AGG_SDG_GROUPS].append([s.grouping, GROUP_NAMES.get(s.group, s.group), s.indicator,
                                       sdg_labels.get(s.indicator, ""), s.status, sdg_status_label(s.status, lang),
                                       len(s.countries), _list(s.countries)])

        ws[AGG_CODEBOOK].header(AGG_CODEBOOK_COLUMNS, (16, 36, 90))
        for row in codebook_rows(q, lang, sdg_labels):
            ws[AGG_CODEBOOK].append(row)

        ws[AGG_ANSWERS].header(AGG_ANSWERS_COLUMNS, (8, 7, 30, 50, 7, 14, 24, 30, 30, 30, 20, 22, 20, 10, 10))
        for r in rounds:
            info = kept[id(r.record)]
            ws[AGG_ANSWERS].copy_deflated(spool, *info["span"], info["n_rows"])
        replace_atomically(book.save, out)


def _sdg_labels(q: Questionnaire, lang: str, codes: list[str]) -> dict[str, str]:
    """SDG indicator code -> its label, from the questionnaire's S4 items (one per indicator)."""
    out: dict[str, str] = {}
    for it in q.items():
        if it.id in codes:
            out[it.id] = tr(it.label, lang)
    for code in codes:
        out.setdefault(code, code)
    return out
