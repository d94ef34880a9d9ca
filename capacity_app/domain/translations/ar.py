"""Arabic (ar): the scoring engine's sentences (capacity_app/domain/texts.py).

How to fill it: docs/questionnaire-format.md, "Translations".
Written by tools/catalogues.py update: fill each "ar" text; keep "en" as the English it
translates, and every {placeholder} as it is.
"""
from __future__ import annotations

# both empty: a first translation, to be reviewed by a UN translator
REVIEW = {"reviewed_by": "", "date": ""}  # date: YYYY-MM-DD

TEXTS: dict[str, dict[str, str]] = {
    # --- band
    "band.requires_further_progress": {
        "en": "Limited capacity",
        "ar": "قدرات محدودة",
    },
    "band.partially_meets": {
        "en": "Developing capacity",
        "ar": "قدرات في طور النمو",
    },
    "band.meets": {
        "en": "Established capacity",
        "ar": "قدرات راسخة",
    },
    "band.fully_meets": {
        "en": "Advanced capacity",
        "ar": "قدرات متقدمة",
    },
    "band.provisional": {
        "en": "Provisional: no band yet",
        "ar": "مؤقتة: لم تُحدَّد فئة بعد",
    },
    "band.custom_weights": {
        "en": "Custom weights: no band",
        "ar": "أوزان مخصصة: بلا فئة",
    },
    # --- noband
    "noband.incomplete": {
        "en": "only {share}% of the primary questions are known (answered, or not applicable where allowed); a band needs {threshold}%",
        "ar": "",
    },
    "noband.section_incomplete": {
        "en": "{sections}: less than {threshold}% of the primary questions known; a band needs every area assessed",
        "ar": "",
    },
    "noband.no_reference_date": {
        "en": "no reference date in S0: the age of the data is not judged, so no band",
        "ar": "",
    },
    # --- refused
    "refused.reference_date": {
        "en": "the reference date {ref} comes before data already recorded for {year} ({where}): all data would count as recent; correct the date or that year",
        "ar": "",
    },
    # --- noband
    "noband.reference_date_before_data": {
        "en": "the reference date {ref} is earlier than data of {year} ({where}): it is not used, the age of the data is not judged, so no band",
        "ar": "",
    },
    # --- gap
    "gap.data": {
        "en": "Data gap",
        "ar": "",
    },
    "gap.processing_access": {
        "en": "Processing or access gap",
        "ar": "",
    },
    "gap.reporting": {
        "en": "Reporting gap",
        "ar": "",
    },
    "gap.disaggregation": {
        "en": "Disaggregation gap",
        "ar": "",
    },
    "gap.none": {
        "en": "No gap",
        "ar": "",
    },
    "gap.not_rated": {
        "en": "Need not rated",
        "ar": "",
    },
    "gap.not_assessed": {
        "en": "Not yet assessed",
        "ar": "",
    },
    # --- state
    "state.empty": {
        "en": "not stated",
        "ar": "غير مذكور",
    },
    "state.dont_know": {
        "en": "don't know",
        "ar": "لا أعرف",
    },
    # --- cell
    "cell.not_assessed": {
        "en": "{src}: not assessed yet",
        "ar": "",
    },
    "cell.not_applicable": {
        "en": "{src}: marked not applicable, left out",
        "ar": "",
    },
    "cell.exists_no": {
        "en": "{src}: the source does not exist → level 0",
        "ar": "",
    },
    "cell.exists_planned": {
        "en": "{src}: the source is only planned → level 0",
        "ar": "",
    },
    "cell.exists_unknown": {
        "en": "{src}: existence of the source {state} → not described yet, no level",
        "ar": "",
    },
    "cell.variables_no": {
        "en": "{src}: does not collect the variables the question needs → level 0",
        "ar": "",
    },
    "cell.variables_unknown": {
        "en": "{src}: variables collected {state} → treated as lacking → level 0",
        "ar": "",
    },
    "cell.variables_partly": {
        "en": "{src}: collects only some of the variables needed → content shortfall → level 2",
        "ar": "",
    },
    "cell.not_tabulated": {
        "en": "{src}: not processed or tabulated for this question → level 1",
        "ar": "",
    },
    "cell.tabulated_unknown": {
        "en": "{src}: tabulation {state} → treated as not tabulated → level 1",
        "ar": "",
    },
    "cell.one_off": {
        "en": "{src}: one-off collection → periodicity shortfall → level 1",
        "ar": "",
    },
    "cell.periodicity_unknown": {
        "en": "{src}: periodicity {state} → treated as one-off → level 1",
        "ar": "",
    },
    "cell.flow_not_annual": {
        "en": "{src}: {periodicity}, but a flow needs annual or continuous data → periodicity shortfall → level 2",
        "ar": "",
    },
    "cell.stock_infrequent": {
        "en": "{src}: {periodicity}, but a survey or register needs a round at least every 5 years → periodicity shortfall → level 2",
        "ar": "",
    },
    "cell.too_old": {
        "en": "{src} {year}: older than {limit} years at reference date {ref} → recency shortfall → level 1",
        "ar": "",
    },
    "cell.no_reference_date": {
        "en": "{src} {year}: age not judged (no valid reference date in S0) → recency cannot be shown → level 1",
        "ar": "",
    },
    "cell.year_unknown": {
        "en": "{src}: latest reference year {state} → recency cannot be shown → level 1",
        "ar": "",
    },
    "cell.late": {
        "en": "{src}: released more than 24 months after the reference period → timeliness shortfall → level 2",
        "ar": "",
    },
    "cell.timeliness_unknown": {
        "en": "{src}: timeliness {state} → treated as late → level 2",
        "ar": "",
    },
    "cell.breakdown_unknown": {
        "en": "{src}: breakdowns {state} → cannot be shown → level 2",
        "ar": "",
    },
    "cell.breakdown_missing": {
        "en": "{src}: no breakdown by {missing} → disaggregation shortfall → level 2",
        "ar": "",
    },
    "cell.internal": {
        "en": "{src}: results for internal use only → no access → level 1",
        "ar": "",
    },
    "cell.access_unknown": {
        "en": "{src}: accessibility {state} → treated as internal only → level 1",
        "ar": "",
    },
    "cell.on_request": {
        "en": "{src}: results only on request, not public → access shortfall → level 2",
        "ar": "",
    },
    "cell.not_aligned": {
        "en": "{src}: definitions not aligned with the UN recommendations → level 1",
        "ar": "",
    },
    "cell.aligned_unknown": {
        "en": "{src}: alignment with the UN recommendations {state} → treated as not aligned → level 1",
        "ar": "",
    },
    "cell.partly_aligned": {
        "en": "{src}: definitions only partly aligned with the UN recommendations → level 2",
        "ar": "",
    },
    "cell.fit": {
        "en": "{src}: regular, timely, aligned, by sex, age and migratory status, published → level 3",
        "ar": "",
    },
    "cell.result": {
        "en": "{src}: level {level}",
        "ar": "",
    },
    # --- breakdown
    "breakdown.sex": {
        "en": "sex",
        "ar": "",
    },
    "breakdown.age": {
        "en": "age",
        "ar": "",
    },
    "breakdown.origin": {
        "en": "migratory status or origin",
        "ar": "",
    },
    # --- words
    "and": {
        "en": "and",
        "ar": "",
    },
    # --- pq
    "pq.need": {
        "en": "need {need} (S2 rating); weighs {weight} in S3",
        "ar": "",
    },
    "pq.need_dont_know": {
        "en": "need not known (don't know) → no gap, priority or rank until it is rated; weighs {weight} in S3",
        "ar": "",
    },
    "pq.need_missing": {
        "en": "need not rated yet in S2 → no gap, priority or rank; weighs {weight} in S3",
        "ar": "",
    },
    "pq.need_na": {
        "en": "need marked not applicable, with its reason (the question does not arise) → need 0; still weighs {weight} in S3",
        "ar": "",
    },
    "pq.need_na_no_reason": {
        "en": "need marked not applicable without a reason in the comment → not rated; weighs {weight} in S3",
        "ar": "",
    },
    "pq.not_assessed": {
        "en": "no source described yet (existence not stated) → not yet assessed: no availability, gap, rank or action",
        "ar": "",
    },
    "pq.unconfirmed": {
        "en": "not confirmed by an answer (not stated or don't know): {factors} → followed up, no action drawn from them",
        "ar": "",
    },
    "pq.to_confirm": {
        "en": "(to confirm)",
        "ar": "(يتعين التأكيد)",
    },
    "pq.s1_not_available": {
        "en": "S1 records {stat} as not available: the sources do not yet give the statistic",
        "ar": "يسجل القسم S1 أن الإحصاء «{stat}» غير متاح: لا توفره المصادر بعد",
    },
    "pq.s1_unknown": {
        "en": "S1 does not confirm {stat} ({state})",
        "ar": "لا يؤكد القسم S1 توافر الإحصاء «{stat}» ({state})",
    },
    "pq.s1_not_12_months": {
        "en": "S1: {stat} is not measured by the 12-month usual-residence rule",
        "ar": "القسم S1: الإحصاء «{stat}» غير مقيس وفق قاعدة الإقامة المعتادة لمدة 12 شهرًا",
    },
    "pq.availability": {
        "en": "availability {availability} = best source level ({sources})",
        "ar": "",
    },
    "pq.availability_none": {
        "en": "availability 0: no source scores above 0",
        "ar": "",
    },
    "pq.gap": {
        "en": "gap = max(0, {need} − {availability}) = {gap}; priority = need × gap = {priority}",
        "ar": "",
    },
    "pq.limiting": {
        "en": "limiting factor(s) of the best source(s): {factors}",
        "ar": "",
    },
    "pq.type.not_rated": {
        "en": "need not rated: no gap type, no rank",
        "ar": "",
    },
    # --- factor
    "factor.exists": {
        "en": "no source",
        "ar": "لا يوجد مصدر",
    },
    "factor.variables": {
        "en": "variables",
        "ar": "المتغيرات",
    },
    "factor.tabulation": {
        "en": "tabulation",
        "ar": "الجدولة",
    },
    "factor.periodicity": {
        "en": "periodicity",
        "ar": "الدورية",
    },
    "factor.recency": {
        "en": "recency",
        "ar": "حداثة البيانات",
    },
    "factor.timeliness": {
        "en": "timeliness",
        "ar": "حسن التوقيت",
    },
    "factor.breakdown": {
        "en": "breakdown",
        "ar": "التصنيف",
    },
    "factor.access": {
        "en": "access",
        "ar": "إتاحة الوصول",
    },
    "factor.alignment": {
        "en": "alignment with the UN Recommendations",
        "ar": "المواءمة مع توصيات الأمم المتحدة",
    },
    # --- rec
    "rec.answers_pq": {
        "en": "question {code}: gap {gap}, priority {priority}, held back by {factors}",
        "ar": "",
    },
    # --- pq
    "pq.type.data": {
        "en": "data gap: no source collects usable data for this question",
        "ar": "",
    },
    "pq.type.processing_access": {
        "en": "processing or access gap: the data are collected but not tabulated, not accessible, one-off or not aligned",
        "ar": "",
    },
    "pq.type.reporting": {
        "en": "reporting gap: the best source is held back by periodicity, recency, timeliness, publication or alignment",
        "ar": "",
    },
    "pq.type.disaggregation": {
        "en": "disaggregation gap: the best source lacks a key breakdown (sex, age, migratory status)",
        "ar": "",
    },
    "pq.type.not_assessed": {
        "en": "not yet assessed: describe the sources in S3",
        "ar": "",
    },
    "pq.type.none": {
        "en": "no gap: the need is met",
        "ar": "",
    },
    "pq.triangulation": {
        "en": "triangulation possible: {count} sources at level 2 or more ({sources})",
        "ar": "",
    },
    "pq.quick_win": {
        "en": "quick win: {sources} already collect(s) the data (level 1)",
        "ar": "",
    },
    "pq.sdg_links": {
        "en": "{count} SDG indicator(s) in S4 rely on {sources}",
        "ar": "",
    },
    "pq.rank": {
        "en": "rank {rank} of {total}",
        "ar": "",
    },
    # --- sec
    "sec.points": {
        "en": "{points} of {max_points} points from {count} scored items → {score}",
        "ar": "",
    },
    "sec.none": {
        "en": "no question of this section is scored for this country → no score",
        "ar": "",
    },
    "sec.not_assessed": {
        "en": "nothing known yet (no primary question answered) → not yet assessed, no score; counts 0 in the overall score",
        "ar": "",
    },
    "sec.closed": {
        "en": "{count} follow-up question(s) closed by a 'no' in this section earn nothing",
        "ar": "",
    },
    "sec.not_judged": {
        "en": "{count} age check(s) not judged (no valid reference date) earn nothing",
        "ar": "",
    },
    "sec.blank": {
        "en": "{count} answer(s) not given yet scored 0 and listed for follow-up",
        "ar": "",
    },
    "sec.completeness": {
        "en": "completeness: {given} of {units} primary questions known ({share}%)",
        "ar": "",
    },
    "sec.s3": {
        "en": "need-weighted availability of {count} policy questions: ({terms}) = {points} of {max_points} → {score}",
        "ar": "",
    },
    "sec.s3_unassessed": {
        "en": "{count} policy question(s) with no source described yet count 0",
        "ar": "",
    },
    "sec.dont_know": {
        "en": "{count} answer(s) 'don't know' scored 0 and listed for follow-up",
        "ar": "",
    },
    "sec.not_applicable": {
        "en": "{count} answer(s) 'not applicable' by the country's own statement (for example no such register by design) earn nothing",
        "ar": "",
    },
    "sec.matrix_not_applicable": {
        "en": "{count} source(s) marked not applicable (absent by design) left out: the best source decides",
        "ar": "",
    },
    "sec.weight": {
        "en": "weight {weight} in the overall score",
        "ar": "",
    },
    # --- find
    "find.s1_not_available": {
        "en": "{stat}: not available",
        "ar": "",
    },
    "find.s1_old_stock": {
        "en": "{stat} {year}: stock figure older than 10 years at reference date {ref}",
        "ar": "",
    },
    "find.s1_old_flow": {
        "en": "{stat} {year}: flow figure older than 2 years at reference date {ref}",
        "ar": "",
    },
    "find.s1_definition": {
        "en": "{stat}: definition is neither country of birth nor citizenship",
        "ar": "",
    },
    "find.s1_definition_flow": {
        "en": "{stat}: flow not measured by the 12-month usual-residence rule of the UN Recommendations",
        "ar": "",
    },
    "find.s1_breakdown": {
        "en": "{stat}: no breakdown by {missing}",
        "ar": "",
    },
    "find.s1_internal": {
        "en": "{stat}: internal use only",
        "ar": "",
    },
    "find.s1_remittances": {
        "en": "{stat}: no balance-of-payments remittance figure",
        "ar": "",
    },
    "find.s6a_old_census": {
        "en": "census {year}: older than 10 years at reference date {ref}",
        "ar": "",
    },
    "find.s6a_census_unknown": {
        "en": "year of the last census {state}",
        "ar": "",
    },
    "find.s6a_core_missing": {
        "en": "census lacks core topic(s): {missing}",
        "ar": "",
    },
    "find.s6b_no_survey": {
        "en": "no household survey identifies migrants",
        "ar": "",
    },
    "find.s6b_old_survey": {
        "en": "no household survey identifying migrants in the last 5 years (latest {year})",
        "ar": "",
    },
    "find.s6c_no_access": {
        "en": "{register}: exists, but the statistical office has no access",
        "ar": "",
    },
    "find.s6c_not_used": {
        "en": "{register}: exists, but is not used for statistics",
        "ar": "",
    },
    "find.s9_no_mechanism": {
        "en": "no interagency coordination mechanism on migration statistics",
        "ar": "",
    },
    "find.s10_origin_no_exchange": {
        "en": "country of origin with neither data exchange nor use of mirror data",
        "ar": "",
    },
    "find.s2_no_policy": {
        "en": "{item}: {answer}",
        "ar": "",
    },
    "find.s4_quick_win": {
        "en": "SDG {number} {label}: produced from a source that identifies migrants, not published by migratory status",
        "ar": "",
    },
    "find.s5_no_strategy": {
        "en": "{item}: {answer}",
        "ar": "",
    },
    "find.s7_no_new_sources": {
        "en": "no new data source is used or piloted for migration statistics",
        "ar": "",
    },
    "find.s8_not_online": {
        "en": "{item}: {answer}",
        "ar": "",
    },
    "find.s8_not_machine_readable": {
        "en": "{item}: {answer}",
        "ar": "",
    },
    "find.s11_children_stock": {
        "en": "migrant stock of children (age 0-17) by sex: {answer}",
        "ar": "",
    },
    "find.s11_left_behind": {
        "en": "children left behind by migrant parents: {answer}",
        "ar": "",
    },
    "find.s11_unaccompanied": {
        "en": "unaccompanied and separated children recorded as such: {answer}",
        "ar": "",
    },
    "find.s12_no_unit": {
        "en": "{item}: {answer}",
        "ar": "",
    },
    "find.s12_no_budget": {
        "en": "{item}: {answer}",
        "ar": "",
    },
    # --- chk
    "chk.recency_ok": {
        "en": "{what} {year}: within {limit} years of reference date {ref}",
        "ar": "",
    },
    "chk.core_topics": {
        "en": "census core topics: {count} of 3",
        "ar": "",
    },
    # --- sdg
    "sdg.produced": {
        "en": "Produced, not by migratory status",
        "ar": "",
    },
    "sdg.identifies_migrants": {
        "en": "Source identifies migrants",
        "ar": "",
    },
    "sdg.published": {
        "en": "Published by migratory status",
        "ar": "",
    },
    "sdg.quick_win": {
        "en": "Quick win",
        "ar": "",
    },
    "sdg.not_produced": {
        "en": "Not produced",
        "ar": "",
    },
    "sdg.unknown": {
        "en": "Unknown",
        "ar": "",
    },
    "sdg.not_applicable": {
        "en": "Compiled globally",
        "ar": "",
    },
    "sdg.r_not_applicable": {
        "en": "not applicable: {reason}",
        "ar": "",
    },
    "sdg.r_not_by_status": {
        "en": "cannot be disaggregated by migratory status (not measured on persons)",
        "ar": "",
    },
    "sdg.r_not_produced": {
        "en": "not produced nationally",
        "ar": "",
    },
    "sdg.r_unknown": {
        "en": "production {state}",
        "ar": "",
    },
    "sdg.r_produced": {
        "en": "produced",
        "ar": "",
    },
    "sdg.r_identifies": {
        "en": "its source identifies migrants",
        "ar": "",
    },
    "sdg.r_not_identifies": {
        "en": "its source does not identify migrants",
        "ar": "",
    },
    "sdg.r_identifies_unknown": {
        "en": "whether its source identifies migrants: {state}",
        "ar": "",
    },
    "sdg.r_published": {
        "en": "published by migratory status",
        "ar": "",
    },
    "sdg.r_partly_published": {
        "en": "partly published by migratory status (some years or on request)",
        "ar": "",
    },
    "sdg.r_not_published": {
        "en": "not published by migratory status → quick win",
        "ar": "",
    },
    "sdg.r_published_unknown": {
        "en": "publication by migratory status {state}",
        "ar": "",
    },
    "sdg.r_source": {
        "en": "source: {source}",
        "ar": "",
    },
    # --- overall
    "overall.mean": {
        "en": "weighted mean of {count} section scores: {terms} ÷ {weights} = {score} → {band}",
        "ar": "",
    },
    "overall.completeness": {
        "en": "completeness {share}% (weighted share of the primary questions known; 'don't know' {dont_know}%); below {threshold}% the score is provisional and has no band",
        "ar": "",
    },
    "overall.not_assessed": {
        "en": "not yet assessed, counted 0: {sections}",
        "ar": "",
    },
    "overall.custom_weights": {
        "en": "with the assessment's own weights ({weights}): {score} — {label}; the band is given only by the documented weights",
        "ar": "",
    },
    "overall.na_refused": {
        "en": "{count} answer(s) 'not applicable' where the questionnaire does not allow it, scored as not given: {keys}",
        "ar": "",
    },
    "overall.none": {
        "en": "no section has a score yet",
        "ar": "",
    },
    "overall.left_out": {
        "en": "left out (weight 0, or nothing scored for this country): {sections}",
        "ar": "",
    },
    # --- cmp
    "cmp.overall": {
        "en": "Overall {before} → {after} ({trend})",
        "ar": "",
    },
    "cmp.pq": {
        "en": "availability {a_before} → {a_after}, gap {g_before} → {g_after}",
        "ar": "",
    },
    "cmp.summary": {
        "en": "{improvements} improvement(s), {regressions} regression(s)",
        "ar": "",
    },
    # --- hdr
    "hdr.overall": {
        "en": "Overall {score}/100  {band}  (reference date {ref}, rules {rules})",
        "ar": "",
    },
    "hdr.sections": {
        "en": "Sections",
        "ar": "",
    },
    "hdr.policy_questions": {
        "en": "Policy questions, by priority",
        "ar": "",
    },
    "hdr.pq_line": {
        "en": "need {need}  availability {availability}  priority {priority}",
        "ar": "",
    },
    "hdr.sdg": {
        "en": "SDG indicators by migratory status",
        "ar": "",
    },
    "hdr.recommendations": {
        "en": "Recommendations, most urgent first",
        "ar": "",
    },
    "hdr.none": {
        "en": "(none)",
        "ar": "",
    },
    "hdr.follow_up": {
        "en": "To follow up (don't know or not answered yet)",
        "ar": "",
    },
    "hdr.completeness": {
        "en": "Completeness {share}%",
        "ar": "",
    },
    "hdr.not_answered": {
        "en": "not answered yet",
        "ar": "",
    },
    "hdr.no_reason": {
        "en": "not applicable without a reason",
        "ar": "",
    },
    "hdr.custom": {
        "en": "{label}: {score}/100 (weights {weights})",
        "ar": "",
    },
    "hdr.not_applicable": {
        "en": "Not applicable, with the reason",
        "ar": "",
    },
    # --- cmp
    "cmp.improved": {
        "en": "improved",
        "ar": "",
    },
    "cmp.regressed": {
        "en": "regressed",
        "ar": "",
    },
    "cmp.unchanged": {
        "en": "unchanged",
        "ar": "",
    },
}
