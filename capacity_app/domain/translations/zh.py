"""Chinese (zh): the scoring engine's sentences (capacity_app/domain/texts.py).

How to fill it: docs/questionnaire-format.md, "Translations".
Written by tools/catalogues.py update: fill each "zh" text; keep "en" as the English it
translates, and every {placeholder} as it is.
"""
from __future__ import annotations

# both empty: a first translation, to be reviewed by a UN translator
REVIEW = {"reviewed_by": "", "date": ""}  # date: YYYY-MM-DD

TEXTS: dict[str, dict[str, str]] = {
    # --- band
    "band.requires_further_progress": {
        "en": "Limited capacity",
        "zh": "能力有限",
    },
    "band.partially_meets": {
        "en": "Developing capacity",
        "zh": "能力发展中",
    },
    "band.meets": {
        "en": "Established capacity",
        "zh": "能力成熟",
    },
    "band.fully_meets": {
        "en": "Advanced capacity",
        "zh": "能力先进",
    },
    "band.provisional": {
        "en": "Provisional: no band yet",
        "zh": "暂定：尚未给出等级",
    },
    "band.custom_weights": {
        "en": "Custom weights: no band",
        "zh": "自定义权重：不给出等级",
    },
    # --- noband
    "noband.incomplete": {
        "en": "only {share}% of the primary questions are known (answered, or not applicable where allowed); a band needs {threshold}%",
        "zh": "",
    },
    "noband.section_incomplete": {
        "en": "{sections}: less than {threshold}% of the primary questions known; a band needs every area assessed",
        "zh": "",
    },
    "noband.no_reference_date": {
        "en": "no reference date in S0: the age of the data is not judged, so no band",
        "zh": "",
    },
    # --- refused
    "refused.reference_date": {
        "en": "the reference date {ref} comes before data already recorded for {year} ({where}): all data would count as recent; correct the date or that year",
        "zh": "",
    },
    # --- noband
    "noband.reference_date_before_data": {
        "en": "the reference date {ref} is earlier than data of {year} ({where}): it is not used, the age of the data is not judged, so no band",
        "zh": "",
    },
    # --- gap
    "gap.data": {
        "en": "Data gap",
        "zh": "",
    },
    "gap.processing_access": {
        "en": "Processing or access gap",
        "zh": "",
    },
    "gap.reporting": {
        "en": "Reporting gap",
        "zh": "",
    },
    "gap.disaggregation": {
        "en": "Disaggregation gap",
        "zh": "",
    },
    "gap.none": {
        "en": "No gap",
        "zh": "",
    },
    "gap.not_rated": {
        "en": "Need not rated",
        "zh": "",
    },
    "gap.not_assessed": {
        "en": "Not yet assessed",
        "zh": "",
    },
    # --- state
    "state.empty": {
        "en": "not stated",
        "zh": "未说明",
    },
    "state.dont_know": {
        "en": "don't know",
        "zh": "不知道",
    },
    # --- cell
    "cell.not_assessed": {
        "en": "{src}: not assessed yet",
        "zh": "",
    },
    "cell.not_applicable": {
        "en": "{src}: marked not applicable, left out",
        "zh": "",
    },
    "cell.exists_no": {
        "en": "{src}: the source does not exist → level 0",
        "zh": "",
    },
    "cell.exists_planned": {
        "en": "{src}: the source is only planned → level 0",
        "zh": "",
    },
    "cell.exists_unknown": {
        "en": "{src}: existence of the source {state} → not described yet, no level",
        "zh": "",
    },
    "cell.variables_no": {
        "en": "{src}: does not collect the variables the question needs → level 0",
        "zh": "",
    },
    "cell.variables_unknown": {
        "en": "{src}: variables collected {state} → treated as lacking → level 0",
        "zh": "",
    },
    "cell.variables_partly": {
        "en": "{src}: collects only some of the variables needed → content shortfall → level 2",
        "zh": "",
    },
    "cell.not_tabulated": {
        "en": "{src}: not processed or tabulated for this question → level 1",
        "zh": "",
    },
    "cell.tabulated_unknown": {
        "en": "{src}: tabulation {state} → treated as not tabulated → level 1",
        "zh": "",
    },
    "cell.one_off": {
        "en": "{src}: one-off collection → periodicity shortfall → level 1",
        "zh": "",
    },
    "cell.periodicity_unknown": {
        "en": "{src}: periodicity {state} → treated as one-off → level 1",
        "zh": "",
    },
    "cell.flow_not_annual": {
        "en": "{src}: {periodicity}, but a flow needs annual or continuous data → periodicity shortfall → level 2",
        "zh": "",
    },
    "cell.stock_infrequent": {
        "en": "{src}: {periodicity}, but a survey or register needs a round at least every 5 years → periodicity shortfall → level 2",
        "zh": "",
    },
    "cell.too_old": {
        "en": "{src} {year}: older than {limit} years at reference date {ref} → recency shortfall → level 1",
        "zh": "",
    },
    "cell.no_reference_date": {
        "en": "{src} {year}: age not judged (no valid reference date in S0) → recency cannot be shown → level 1",
        "zh": "",
    },
    "cell.year_unknown": {
        "en": "{src}: latest reference year {state} → recency cannot be shown → level 1",
        "zh": "",
    },
    "cell.late": {
        "en": "{src}: released more than 24 months after the reference period → timeliness shortfall → level 2",
        "zh": "",
    },
    "cell.timeliness_unknown": {
        "en": "{src}: timeliness {state} → treated as late → level 2",
        "zh": "",
    },
    "cell.breakdown_unknown": {
        "en": "{src}: breakdowns {state} → cannot be shown → level 2",
        "zh": "",
    },
    "cell.breakdown_missing": {
        "en": "{src}: no breakdown by {missing} → disaggregation shortfall → level 2",
        "zh": "",
    },
    "cell.internal": {
        "en": "{src}: results for internal use only → no access → level 1",
        "zh": "",
    },
    "cell.access_unknown": {
        "en": "{src}: accessibility {state} → treated as internal only → level 1",
        "zh": "",
    },
    "cell.on_request": {
        "en": "{src}: results only on request, not public → access shortfall → level 2",
        "zh": "",
    },
    "cell.not_aligned": {
        "en": "{src}: definitions not aligned with the UN recommendations → level 1",
        "zh": "",
    },
    "cell.aligned_unknown": {
        "en": "{src}: alignment with the UN recommendations {state} → treated as not aligned → level 1",
        "zh": "",
    },
    "cell.partly_aligned": {
        "en": "{src}: definitions only partly aligned with the UN recommendations → level 2",
        "zh": "",
    },
    "cell.fit": {
        "en": "{src}: regular, timely, aligned, by sex, age and migratory status, published → level 3",
        "zh": "",
    },
    "cell.result": {
        "en": "{src}: level {level}",
        "zh": "",
    },
    # --- breakdown
    "breakdown.sex": {
        "en": "sex",
        "zh": "",
    },
    "breakdown.age": {
        "en": "age",
        "zh": "",
    },
    "breakdown.origin": {
        "en": "migratory status or origin",
        "zh": "",
    },
    # --- words
    "and": {
        "en": "and",
        "zh": "",
    },
    # --- pq
    "pq.need": {
        "en": "need {need} (S2 rating); weighs {weight} in S3",
        "zh": "",
    },
    "pq.need_dont_know": {
        "en": "need not known (don't know) → no gap, priority or rank until it is rated; weighs {weight} in S3",
        "zh": "",
    },
    "pq.need_missing": {
        "en": "need not rated yet in S2 → no gap, priority or rank; weighs {weight} in S3",
        "zh": "",
    },
    "pq.need_na": {
        "en": "need marked not applicable, with its reason (the question does not arise) → need 0; still weighs {weight} in S3",
        "zh": "",
    },
    "pq.need_na_no_reason": {
        "en": "need marked not applicable without a reason in the comment → not rated; weighs {weight} in S3",
        "zh": "",
    },
    "pq.not_assessed": {
        "en": "no source described yet (existence not stated) → not yet assessed: no availability, gap, rank or action",
        "zh": "",
    },
    "pq.unconfirmed": {
        "en": "not confirmed by an answer (not stated or don't know): {factors} → followed up, no action drawn from them",
        "zh": "",
    },
    "pq.to_confirm": {
        "en": "(to confirm)",
        "zh": "（待确认）",
    },
    "pq.s1_not_available": {
        "en": "S1 records {stat} as not available: the sources do not yet give the statistic",
        "zh": "S1记录{stat}不可得：数据来源尚不能提供该统计",
    },
    "pq.s1_unknown": {
        "en": "S1 does not confirm {stat} ({state})",
        "zh": "S1未确认{stat}（{state}）",
    },
    "pq.s1_not_12_months": {
        "en": "S1: {stat} is not measured by the 12-month usual-residence rule",
        "zh": "S1：{stat}未按12个月惯常居住规则计量",
    },
    "pq.availability": {
        "en": "availability {availability} = best source level ({sources})",
        "zh": "",
    },
    "pq.availability_none": {
        "en": "availability 0: no source scores above 0",
        "zh": "",
    },
    "pq.gap": {
        "en": "gap = max(0, {need} − {availability}) = {gap}; priority = need × gap = {priority}",
        "zh": "",
    },
    "pq.limiting": {
        "en": "limiting factor(s) of the best source(s): {factors}",
        "zh": "",
    },
    "pq.type.not_rated": {
        "en": "need not rated: no gap type, no rank",
        "zh": "",
    },
    # --- factor
    "factor.exists": {
        "en": "no source",
        "zh": "无数据来源",
    },
    "factor.variables": {
        "en": "variables",
        "zh": "变量",
    },
    "factor.tabulation": {
        "en": "tabulation",
        "zh": "制表",
    },
    "factor.periodicity": {
        "en": "periodicity",
        "zh": "周期",
    },
    "factor.recency": {
        "en": "recency",
        "zh": "时效",
    },
    "factor.timeliness": {
        "en": "timeliness",
        "zh": "及时性",
    },
    "factor.breakdown": {
        "en": "breakdown",
        "zh": "分列",
    },
    "factor.access": {
        "en": "access",
        "zh": "获取",
    },
    "factor.alignment": {
        "en": "alignment with the UN Recommendations",
        "zh": "与联合国建议保持一致",
    },
    # --- rec
    "rec.answers_pq": {
        "en": "question {code}: gap {gap}, priority {priority}, held back by {factors}",
        "zh": "",
    },
    # --- pq
    "pq.type.data": {
        "en": "data gap: no source collects usable data for this question",
        "zh": "",
    },
    "pq.type.processing_access": {
        "en": "processing or access gap: the data are collected but not tabulated, not accessible, one-off or not aligned",
        "zh": "",
    },
    "pq.type.reporting": {
        "en": "reporting gap: the best source is held back by periodicity, recency, timeliness, publication or alignment",
        "zh": "",
    },
    "pq.type.disaggregation": {
        "en": "disaggregation gap: the best source lacks a key breakdown (sex, age, migratory status)",
        "zh": "",
    },
    "pq.type.not_assessed": {
        "en": "not yet assessed: describe the sources in S3",
        "zh": "",
    },
    "pq.type.none": {
        "en": "no gap: the need is met",
        "zh": "",
    },
    "pq.triangulation": {
        "en": "triangulation possible: {count} sources at level 2 or more ({sources})",
        "zh": "",
    },
    "pq.quick_win": {
        "en": "quick win: {sources} already collect(s) the data (level 1)",
        "zh": "",
    },
    "pq.sdg_links": {
        "en": "{count} SDG indicator(s) in S4 rely on {sources}",
        "zh": "",
    },
    "pq.rank": {
        "en": "rank {rank} of {total}",
        "zh": "",
    },
    # --- sec
    "sec.points": {
        "en": "{points} of {max_points} points from {count} scored items → {score}",
        "zh": "",
    },
    "sec.none": {
        "en": "no question of this section is scored for this country → no score",
        "zh": "",
    },
    "sec.not_assessed": {
        "en": "nothing known yet (no primary question answered) → not yet assessed, no score; counts 0 in the overall score",
        "zh": "",
    },
    "sec.closed": {
        "en": "{count} follow-up question(s) closed by a 'no' in this section earn nothing",
        "zh": "",
    },
    "sec.not_judged": {
        "en": "{count} age check(s) not judged (no valid reference date) earn nothing",
        "zh": "",
    },
    "sec.blank": {
        "en": "{count} answer(s) not given yet scored 0 and listed for follow-up",
        "zh": "",
    },
    "sec.completeness": {
        "en": "completeness: {given} of {units} primary questions known ({share}%)",
        "zh": "",
    },
    "sec.s3": {
        "en": "need-weighted availability of {count} policy questions: ({terms}) = {points} of {max_points} → {score}",
        "zh": "",
    },
    "sec.s3_unassessed": {
        "en": "{count} policy question(s) with no source described yet count 0",
        "zh": "",
    },
    "sec.dont_know": {
        "en": "{count} answer(s) 'don't know' scored 0 and listed for follow-up",
        "zh": "",
    },
    "sec.not_applicable": {
        "en": "{count} answer(s) 'not applicable' by the country's own statement (for example no such register by design) earn nothing",
        "zh": "",
    },
    "sec.matrix_not_applicable": {
        "en": "{count} source(s) marked not applicable (absent by design) left out: the best source decides",
        "zh": "",
    },
    "sec.weight": {
        "en": "weight {weight} in the overall score",
        "zh": "",
    },
    # --- find
    "find.s1_not_available": {
        "en": "{stat}: not available",
        "zh": "",
    },
    "find.s1_old_stock": {
        "en": "{stat} {year}: stock figure older than 10 years at reference date {ref}",
        "zh": "",
    },
    "find.s1_old_flow": {
        "en": "{stat} {year}: flow figure older than 2 years at reference date {ref}",
        "zh": "",
    },
    "find.s1_definition": {
        "en": "{stat}: definition is neither country of birth nor citizenship",
        "zh": "",
    },
    "find.s1_definition_flow": {
        "en": "{stat}: flow not measured by the 12-month usual-residence rule of the UN Recommendations",
        "zh": "",
    },
    "find.s1_breakdown": {
        "en": "{stat}: no breakdown by {missing}",
        "zh": "",
    },
    "find.s1_internal": {
        "en": "{stat}: internal use only",
        "zh": "",
    },
    "find.s1_remittances": {
        "en": "{stat}: no balance-of-payments remittance figure",
        "zh": "",
    },
    "find.s6a_old_census": {
        "en": "census {year}: older than 10 years at reference date {ref}",
        "zh": "",
    },
    "find.s6a_census_unknown": {
        "en": "year of the last census {state}",
        "zh": "",
    },
    "find.s6a_core_missing": {
        "en": "census lacks core topic(s): {missing}",
        "zh": "",
    },
    "find.s6b_no_survey": {
        "en": "no household survey identifies migrants",
        "zh": "",
    },
    "find.s6b_old_survey": {
        "en": "no household survey identifying migrants in the last 5 years (latest {year})",
        "zh": "",
    },
    "find.s6c_no_access": {
        "en": "{register}: exists, but the statistical office has no access",
        "zh": "",
    },
    "find.s6c_not_used": {
        "en": "{register}: exists, but is not used for statistics",
        "zh": "",
    },
    "find.s9_no_mechanism": {
        "en": "no interagency coordination mechanism on migration statistics",
        "zh": "",
    },
    "find.s10_origin_no_exchange": {
        "en": "country of origin with neither data exchange nor use of mirror data",
        "zh": "",
    },
    "find.s2_no_policy": {
        "en": "{item}: {answer}",
        "zh": "",
    },
    "find.s4_quick_win": {
        "en": "SDG {number} {label}: produced from a source that identifies migrants, not published by migratory status",
        "zh": "",
    },
    "find.s5_no_strategy": {
        "en": "{item}: {answer}",
        "zh": "",
    },
    "find.s7_no_new_sources": {
        "en": "no new data source is used or piloted for migration statistics",
        "zh": "",
    },
    "find.s8_not_online": {
        "en": "{item}: {answer}",
        "zh": "",
    },
    "find.s8_not_machine_readable": {
        "en": "{item}: {answer}",
        "zh": "",
    },
    "find.s11_children_stock": {
        "en": "migrant stock of children (age 0-17) by sex: {answer}",
        "zh": "",
    },
    "find.s11_left_behind": {
        "en": "children left behind by migrant parents: {answer}",
        "zh": "",
    },
    "find.s11_unaccompanied": {
        "en": "unaccompanied and separated children recorded as such: {answer}",
        "zh": "",
    },
    "find.s12_no_unit": {
        "en": "{item}: {answer}",
        "zh": "",
    },
    "find.s12_no_budget": {
        "en": "{item}: {answer}",
        "zh": "",
    },
    # --- chk
    "chk.recency_ok": {
        "en": "{what} {year}: within {limit} years of reference date {ref}",
        "zh": "",
    },
    "chk.core_topics": {
        "en": "census core topics: {count} of 3",
        "zh": "",
    },
    # --- sdg
    "sdg.produced": {
        "en": "Produced, not by migratory status",
        "zh": "",
    },
    "sdg.identifies_migrants": {
        "en": "Source identifies migrants",
        "zh": "",
    },
    "sdg.published": {
        "en": "Published by migratory status",
        "zh": "",
    },
    "sdg.quick_win": {
        "en": "Quick win",
        "zh": "",
    },
    "sdg.not_produced": {
        "en": "Not produced",
        "zh": "",
    },
    "sdg.unknown": {
        "en": "Unknown",
        "zh": "",
    },
    "sdg.not_applicable": {
        "en": "Compiled globally",
        "zh": "",
    },
    "sdg.r_not_applicable": {
        "en": "not applicable: {reason}",
        "zh": "",
    },
    "sdg.r_not_by_status": {
        "en": "cannot be disaggregated by migratory status (not measured on persons)",
        "zh": "",
    },
    "sdg.r_not_produced": {
        "en": "not produced nationally",
        "zh": "",
    },
    "sdg.r_unknown": {
        "en": "production {state}",
        "zh": "",
    },
    "sdg.r_produced": {
        "en": "produced",
        "zh": "",
    },
    "sdg.r_identifies": {
        "en": "its source identifies migrants",
        "zh": "",
    },
    "sdg.r_not_identifies": {
        "en": "its source does not identify migrants",
        "zh": "",
    },
    "sdg.r_identifies_unknown": {
        "en": "whether its source identifies migrants: {state}",
        "zh": "",
    },
    "sdg.r_published": {
        "en": "published by migratory status",
        "zh": "",
    },
    "sdg.r_partly_published": {
        "en": "partly published by migratory status (some years or on request)",
        "zh": "",
    },
    "sdg.r_not_published": {
        "en": "not published by migratory status → quick win",
        "zh": "",
    },
    "sdg.r_published_unknown": {
        "en": "publication by migratory status {state}",
        "zh": "",
    },
    "sdg.r_source": {
        "en": "source: {source}",
        "zh": "",
    },
    # --- overall
    "overall.mean": {
        "en": "weighted mean of {count} section scores: {terms} ÷ {weights} = {score} → {band}",
        "zh": "",
    },
    "overall.completeness": {
        "en": "completeness {share}% (weighted share of the primary questions known; 'don't know' {dont_know}%); below {threshold}% the score is provisional and has no band",
        "zh": "",
    },
    "overall.not_assessed": {
        "en": "not yet assessed, counted 0: {sections}",
        "zh": "",
    },
    "overall.custom_weights": {
        "en": "with the assessment's own weights ({weights}): {score} — {label}; the band is given only by the documented weights",
        "zh": "",
    },
    "overall.na_refused": {
        "en": "{count} answer(s) 'not applicable' where the questionnaire does not allow it, scored as not given: {keys}",
        "zh": "",
    },
    "overall.none": {
        "en": "no section has a score yet",
        "zh": "",
    },
    "overall.left_out": {
        "en": "left out (weight 0, or nothing scored for this country): {sections}",
        "zh": "",
    },
    # --- cmp
    "cmp.overall": {
        "en": "Overall {before} → {after} ({trend})",
        "zh": "",
    },
    "cmp.pq": {
        "en": "availability {a_before} → {a_after}, gap {g_before} → {g_after}",
        "zh": "",
    },
    "cmp.summary": {
        "en": "{improvements} improvement(s), {regressions} regression(s)",
        "zh": "",
    },
    # --- hdr
    "hdr.overall": {
        "en": "Overall {score}/100  {band}  (reference date {ref}, rules {rules})",
        "zh": "",
    },
    "hdr.sections": {
        "en": "Sections",
        "zh": "",
    },
    "hdr.policy_questions": {
        "en": "Policy questions, by priority",
        "zh": "",
    },
    "hdr.pq_line": {
        "en": "need {need}  availability {availability}  priority {priority}",
        "zh": "",
    },
    "hdr.sdg": {
        "en": "SDG indicators by migratory status",
        "zh": "",
    },
    "hdr.recommendations": {
        "en": "Recommendations, most urgent first",
        "zh": "",
    },
    "hdr.none": {
        "en": "(none)",
        "zh": "",
    },
    "hdr.follow_up": {
        "en": "To follow up (don't know or not answered yet)",
        "zh": "",
    },
    "hdr.completeness": {
        "en": "Completeness {share}%",
        "zh": "",
    },
    "hdr.not_answered": {
        "en": "not answered yet",
        "zh": "",
    },
    "hdr.no_reason": {
        "en": "not applicable without a reason",
        "zh": "",
    },
    "hdr.custom": {
        "en": "{label}: {score}/100 (weights {weights})",
        "zh": "",
    },
    "hdr.not_applicable": {
        "en": "Not applicable, with the reason",
        "zh": "",
    },
    # --- cmp
    "cmp.improved": {
        "en": "improved",
        "zh": "",
    },
    "cmp.regressed": {
        "en": "regressed",
        "zh": "",
    },
    "cmp.unchanged": {
        "en": "unchanged",
        "zh": "",
    },
}
