"""The consolidated (aggregated) workbook and its CSV / Stata / SPSS twins: sheets and columns, in
the order written.

A column has a stable variable name (``var``: lower case, Stata-safe, at most 32 characters; the
CSV header and the Stata / SPSS variable) and a header and description in every output language
(``resources/aggregate/strings.yaml``: ``col.<key>`` and ``desc.<key>``). The workbook's headers
are in the run's language; the English ones below (``AGG_*``) are what ``docs/workbook-format.md``
documents (held by tests/exchange/test_format_doc.py). Columns written per section, policy
question, indicator or key fact are built by the functions at the end."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ...catalog.aggregate_texts import text
from ...domain.questionnaire import tr

SHEET_IDS = ("about", "files", "summary", "key_facts", "rounds", "regions", "regions_pq", "trends", "pq",
             "matrix", "sdg", "sdg_groups", "plans", "plans_groups", "implementation", "implementation_groups",
             "partner_funds", "partner_funds_groups", "codebook", "answers")

# answer keys behind the Key facts columns, in order
AGG_KEY_FACT_KEYS = ("s2_policy", "s5_strategy", "s9_mechanism", "s6a_last_census_year", "s12_staff_fte",
                     "s12_assistance")
PQ_MEASURES = ("need", "availability", "gap", "priority")


@dataclass(frozen=True)
class Column:
    """``var``: the variable name; ``key``: its texts in the catalogue; ``values``: placeholders, a
    value either literal text, a questionnaire text (a mapping of languages) or ``@key`` (a
    catalogue text)."""

    var: str
    key: str
    values: tuple[tuple[str, Any], ...] = ()

    def _values(self, lang: str) -> dict[str, str]:
        out = {}
        for name, v in self.values:
            if isinstance(v, str) and v.startswith("@"):
                out[name] = text(v[1:], lang)
            elif isinstance(v, Mapping):
                out[name] = tr(v, lang)
            else:
                out[name] = str(v)
        return out

    def header(self, lang: str = "en") -> str:
        return text(f"col.{self.key}", lang, **self._values(lang))

    def description(self, lang: str = "en") -> str:
        return text(f"desc.{self.key}", lang, **self._values(lang))


def _cols(*names: str) -> tuple[Column, ...]:
    return tuple(Column(n, n) for n in names)


def _measure_cols() -> tuple[Column, ...]:
    out = [Column(f"{m}_mean", "measure_mean", (("measure", f"@measure.{m}"),)) for m in PQ_MEASURES]
    out += [Column(f"{m}_n", "measure_n", (("measure", f"@measure.{m}"),)) for m in PQ_MEASURES]
    out += [Column(f"{m}_mean_exact", "measure_mean_exact", (("measure", f"@measure.{m}"),)) for m in PQ_MEASURES]
    return tuple(out)


# the implementation's counts and USD sums (aggregate_implementation), in this order
_IMPLEMENTATION = _cols("done", "in_progress", "late", "dropped", "not_started", "unreported", "ind_on_track",
                        "ind_at_risk", "ind_off_track", "ind_not_judged", "pledged_usd", "committed_usd",
                        "disbursed_usd", "spent_usd")

COLUMNS: dict[str, tuple[Column, ...]] = {
    "about": _cols("field", "field_label", "value"),
    "files": _cols("file", "status", "status_label", "reason_code", "reason", "detail", "iso3", "country_name",
                   "round", "uid", "assessment_status", "reference_date", "exported_at", "questionnaire_version",
                   "sha256", "answers_checksum"),
    "summary": _cols("iso3", "country_name", "m49", "region_code", "region", "subregion_code", "subregion",
                     "intregion_code", "intregion", "ldc", "lldc", "sids", "groups_date", "round", "in_rollups",
                     "rollup_note", "rollup_note_label", "assessment_status", "assessment_status_label",
                     "reference_date", "questionnaire_version", "edited", "overall", "overall_exact", "band",
                     "band_label", "completeness", "completeness_exact", "dont_know", "dont_know_exact"),
    "key_facts": _cols("iso3", "round"),
    "rounds": _cols("iso3", "country_name", "round", "reference_date", "assessment_status", "in_rollups", "overall",
                    "overall_exact", "change", "change_exact", "band", "band_label"),
    "regions": _cols("grouping", "grouping_label", "group_code", "group", "list_date", "members", "countries",
                     "coverage", "country_list", "n_scored", "mean", "median", "q1", "q3", "min", "max",
                     "mean_exact", "median_exact", "q1_exact", "q3_exact", "n_provisional"),
    "regions_pq": _cols("grouping", "grouping_label", "group_code", "group", "pq", "pq_label") + _measure_cols()
    + _cols("countries", "country_list"),
    "trends": _cols("grouping", "grouping_label", "group_code", "group", "round", "countries", "country_list",
                    "n_scored", "mean", "median", "mean_exact", "median_exact", "n_provisional"),
    "pq": _cols("iso3", "round", "in_rollups", "pq", "pq_label", "need", "availability", "gap", "priority",
                "gap_type", "gap_type_label"),
    "matrix": _cols("iso3", "round", "pq", "source", "source_label", "level"),
    "sdg": _cols("iso3", "round"),
    "sdg_groups": _cols("grouping", "grouping_label", "group_code", "group", "indicator", "indicator_label",
                        "sdg_status", "sdg_status_label", "countries", "country_list"),
    "plans": _cols("iso3", "country_name", "round", "in_rollups", "provisional", "has_plan", "actions", "validated",
                   "costed_actions", "cost_usd", "gap_usd"),
    "plans_groups": _cols("grouping", "grouping_label", "group_code", "group", "countries", "provisional_countries",
                          "with_plan", "actions", "validated", "validated_share", "usd_countries", "cost_usd",
                          "gap_usd", "country_list"),
    "implementation": _cols("iso3", "country_name", "round", "in_rollups", "provisional", "period", "reporting",
                            "n_actions") + _IMPLEMENTATION + _cols("no_rate"),
    "implementation_groups": _cols("grouping", "grouping_label", "group_code", "group", "period", "countries",
                                   "provisional_countries", "reporting_countries", "n_actions") + _IMPLEMENTATION[:-4]
    + _cols("funds_countries", "no_rate_countries") + _IMPLEMENTATION[-4:] + _cols("country_list"),
    "partner_funds": _cols("iso3", "round", "provisional", "period", "funding", "funding_label", "partner")
    + _IMPLEMENTATION[-4:],
    "partner_funds_groups": _cols("grouping", "grouping_label", "group_code", "group", "period", "funding",
                                  "funding_label", "partner", "partner_countries") + _IMPLEMENTATION[-4:],
    "codebook": _cols("kind", "kind_label", "code", "label", "description"),
    "answers": _cols("iso3", "round", "answer_key", "question", "section_id", "answer_status", "value",
                     "value_label", "comment", "evidence", "source_file", "sha256", "exported_at",
                     "questionnaire_version", "mapped_from"),
}


def var_name(code: str) -> str:
    """A code as a Stata-safe variable part: lower case, letters, digits and underscores."""
    out = re.sub(r"[^a-z0-9_]", "_", code.lower())
    return out if out and not out[0].isdigit() else f"v{out}"


def section_columns(sections: Iterable[tuple[str, Any]], suffix: str = "") -> list[Column]:
    """``Section <id>`` and its unrounded twin for each (id, label); ``suffix`` "_mean" for the
    roll-ups."""
    out = []
    for sid, label in sections:
        values = (("id", sid), ("label", label))
        out.append(Column(f"{var_name(sid)}{suffix}", f"section{suffix}", values))
        out.append(Column(f"{var_name(sid)}{suffix}_exact", f"section{suffix}_exact", values))
    return out


def pq_columns(pqs: Iterable[tuple[str, Any]]) -> list[Column]:
    return [Column(f"pq_{var_name(code)}", "pq_availability", (("code", code), ("label", label)))
            for code, label in pqs]


def fact_columns(facts: Iterable[tuple[str, Any]]) -> list[Column]:
    out = []
    for key, label in facts:
        values = (("key", key), ("label", label))
        out += [Column(var_name(key)[:26], "fact", values), Column(var_name(key)[:26] + "_label", "fact_label", values)]
    return out


def sdg_columns(indicators: Iterable[tuple[str, Any]]) -> list[Column]:
    return [Column(var_name(code)[:32], "sdg_indicator", (("code", code), ("label", label)))
            for code, label in indicators]


# --- the English names (documented; the names existing readers use) ------------------------------------

AGG_SHEET_ORDER = tuple(text(f"sheet.{s}") for s in SHEET_IDS)
(AGG_ABOUT, AGG_FILES, AGG_SUMMARY, AGG_KEY_FACTS, AGG_ROUNDS, AGG_REGIONS, AGG_REGIONS_PQ, AGG_TRENDS, AGG_PQ,
 AGG_MATRIX, AGG_SDG, AGG_SDG_GROUPS, AGG_PLANS, AGG_PLANS_GROUPS, AGG_IMPLEMENTATION, AGG_IMPLEMENTATION_GROUPS,
 AGG_PARTNER_FUNDS, AGG_PARTNER_FUNDS_GROUPS, AGG_CODEBOOK, AGG_ANSWERS) = AGG_SHEET_ORDER
AGG_SHEET_COLUMNS = {text(f"sheet.{s}"): tuple(c.header() for c in COLUMNS[s]) for s in SHEET_IDS}
AGG_ABOUT_COLUMNS = AGG_SHEET_COLUMNS[AGG_ABOUT]
AGG_FILES_COLUMNS = AGG_SHEET_COLUMNS[AGG_FILES]
AGG_SUMMARY_FIRST_COLUMNS = AGG_SHEET_COLUMNS[AGG_SUMMARY]
AGG_REGIONS_COLUMNS = AGG_SHEET_COLUMNS[AGG_REGIONS]
AGG_SDG_FIRST_COLUMNS = AGG_SHEET_COLUMNS[AGG_SDG]
AGG_ANSWERS_COLUMNS = AGG_SHEET_COLUMNS[AGG_ANSWERS]
