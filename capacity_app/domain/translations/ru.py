"""Russian (ru): the scoring engine's sentences (capacity_app/domain/texts.py).

How to fill it: docs/questionnaire-format.md, "Translations".
Written by tools/catalogues.py update: fill each "ru" text; keep "en" as the English it
translates, and every {placeholder} as it is.
"""
from __future__ import annotations

# both empty: a first translation, to be reviewed by a UN translator
REVIEW = {"reviewed_by": "", "date": ""}  # date: YYYY-MM-DD

TEXTS: dict[str, dict[str, str]] = {
    # --- band
    "band.requires_further_progress": {
        "en": "Limited capacity",
        "ru": "Ограниченный потенциал",
    },
    "band.partially_meets": {
        "en": "Developing capacity",
        "ru": "Формирующийся потенциал",
    },
    "band.meets": {
        "en": "Established capacity",
        "ru": "Сложившийся потенциал",
    },
    "band.fully_meets": {
        "en": "Advanced capacity",
        "ru": "Развитый потенциал",
    },
    "band.provisional": {
        "en": "Provisional: no band yet",
        "ru": "Предварительно: уровень пока не присвоен",
    },
    "band.custom_weights": {
        "en": "Custom weights: no band",
        "ru": "Собственные веса: уровень не присваивается",
    },
    # --- noband
    "noband.incomplete": {
        "en": "only {share}% of the primary questions are known (answered, or not applicable where allowed); a band needs {threshold}%",
        "ru": "",
    },
    "noband.section_incomplete": {
        "en": "{sections}: less than {threshold}% of the primary questions known; a band needs every area assessed",
        "ru": "",
    },
    "noband.no_reference_date": {
        "en": "no reference date in S0: the age of the data is not judged, so no band",
        "ru": "",
    },
    # --- refused
    "refused.reference_date": {
        "en": "the reference date {ref} comes before data already recorded for {year} ({where}): all data would count as recent; correct the date or that year",
        "ru": "",
    },
    # --- noband
    "noband.reference_date_before_data": {
        "en": "the reference date {ref} is earlier than data of {year} ({where}): it is not used, the age of the data is not judged, so no band",
        "ru": "",
    },
    # --- gap
    "gap.data": {
        "en": "Data gap",
        "ru": "",
    },
    "gap.processing_access": {
        "en": "Processing or access gap",
        "ru": "",
    },
    "gap.reporting": {
        "en": "Reporting gap",
        "ru": "",
    },
    "gap.disaggregation": {
        "en": "Disaggregation gap",
        "ru": "",
    },
    "gap.none": {
        "en": "No gap",
        "ru": "",
    },
    "gap.not_rated": {
        "en": "Need not rated",
        "ru": "",
    },
    "gap.not_assessed": {
        "en": "Not yet assessed",
        "ru": "",
    },
    # --- state
    "state.empty": {
        "en": "not stated",
        "ru": "не указано",
    },
    "state.dont_know": {
        "en": "don't know",
        "ru": "не знаю",
    },
    # --- cell
    "cell.not_assessed": {
        "en": "{src}: not assessed yet",
        "ru": "",
    },
    "cell.not_applicable": {
        "en": "{src}: marked not applicable, left out",
        "ru": "",
    },
    "cell.exists_no": {
        "en": "{src}: the source does not exist → level 0",
        "ru": "",
    },
    "cell.exists_planned": {
        "en": "{src}: the source is only planned → level 0",
        "ru": "",
    },
    "cell.exists_unknown": {
        "en": "{src}: existence of the source {state} → not described yet, no level",
        "ru": "",
    },
    "cell.variables_no": {
        "en": "{src}: does not collect the variables the question needs → level 0",
        "ru": "",
    },
    "cell.variables_unknown": {
        "en": "{src}: variables collected {state} → treated as lacking → level 0",
        "ru": "",
    },
    "cell.variables_partly": {
        "en": "{src}: collects only some of the variables needed → content shortfall → level 2",
        "ru": "",
    },
    "cell.not_tabulated": {
        "en": "{src}: not processed or tabulated for this question → level 1",
        "ru": "",
    },
    "cell.tabulated_unknown": {
        "en": "{src}: tabulation {state} → treated as not tabulated → level 1",
        "ru": "",
    },
    "cell.one_off": {
        "en": "{src}: one-off collection → periodicity shortfall → level 1",
        "ru": "",
    },
    "cell.periodicity_unknown": {
        "en": "{src}: periodicity {state} → treated as one-off → level 1",
        "ru": "",
    },
    "cell.flow_not_annual": {
        "en": "{src}: {periodicity}, but a flow needs annual or continuous data → periodicity shortfall → level 2",
        "ru": "",
    },
    "cell.stock_infrequent": {
        "en": "{src}: {periodicity}, but a survey or register needs a round at least every 5 years → periodicity shortfall → level 2",
        "ru": "",
    },
    "cell.too_old": {
        "en": "{src} {year}: older than {limit} years at reference date {ref} → recency shortfall → level 1",
        "ru": "",
    },
    "cell.no_reference_date": {
        "en": "{src} {year}: age not judged (no valid reference date in S0) → recency cannot be shown → level 1",
        "ru": "",
    },
    "cell.year_unknown": {
        "en": "{src}: latest reference year {state} → recency cannot be shown → level 1",
        "ru": "",
    },
    "cell.late": {
        "en": "{src}: released more than 24 months after the reference period → timeliness shortfall → level 2",
        "ru": "",
    },
    "cell.timeliness_unknown": {
        "en": "{src}: timeliness {state} → treated as late → level 2",
        "ru": "",
    },
    "cell.breakdown_unknown": {
        "en": "{src}: breakdowns {state} → cannot be shown → level 2",
        "ru": "",
    },
    "cell.breakdown_missing": {
        "en": "{src}: no breakdown by {missing} → disaggregation shortfall → level 2",
        "ru": "",
    },
    "cell.internal": {
        "en": "{src}: results for internal use only → no access → level 1",
        "ru": "",
    },
    "cell.access_unknown": {
        "en": "{src}: accessibility {state} → treated as internal only → level 1",
        "ru": "",
    },
    "cell.on_request": {
        "en": "{src}: results only on request, not public → access shortfall → level 2",
        "ru": "",
    },
    "cell.not_aligned": {
        "en": "{src}: definitions not aligned with the UN recommendations → level 1",
        "ru": "",
    },
    "cell.aligned_unknown": {
        "en": "{src}: alignment with the UN recommendations {state} → treated as not aligned → level 1",
        "ru": "",
    },
    "cell.partly_aligned": {
        "en": "{src}: definitions only partly aligned with the UN recommendations → level 2",
        "ru": "",
    },
    "cell.fit": {
        "en": "{src}: regular, timely, aligned, by sex, age and migratory status, published → level 3",
        "ru": "",
    },
    "cell.result": {
        "en": "{src}: level {level}",
        "ru": "",
    },
    # --- breakdown
    "breakdown.sex": {
        "en": "sex",
        "ru": "",
    },
    "breakdown.age": {
        "en": "age",
        "ru": "",
    },
    "breakdown.origin": {
        "en": "migratory status or origin",
        "ru": "",
    },
    # --- words
    "and": {
        "en": "and",
        "ru": "",
    },
    # --- pq
    "pq.need": {
        "en": "need {need} (S2 rating); weighs {weight} in S3",
        "ru": "",
    },
    "pq.need_dont_know": {
        "en": "need not known (don't know) → no gap, priority or rank until it is rated; weighs {weight} in S3",
        "ru": "",
    },
    "pq.need_missing": {
        "en": "need not rated yet in S2 → no gap, priority or rank; weighs {weight} in S3",
        "ru": "",
    },
    "pq.need_na": {
        "en": "need marked not applicable, with its reason (the question does not arise) → need 0; still weighs {weight} in S3",
        "ru": "",
    },
    "pq.need_na_no_reason": {
        "en": "need marked not applicable without a reason in the comment → not rated; weighs {weight} in S3",
        "ru": "",
    },
    "pq.not_assessed": {
        "en": "no source described yet (existence not stated) → not yet assessed: no availability, gap, rank or action",
        "ru": "",
    },
    "pq.unconfirmed": {
        "en": "not confirmed by an answer (not stated or don't know): {factors} → followed up, no action drawn from them",
        "ru": "",
    },
    "pq.to_confirm": {
        "en": "(to confirm)",
        "ru": "(требует подтверждения)",
    },
    "pq.s1_not_available": {
        "en": "S1 records {stat} as not available: the sources do not yet give the statistic",
        "ru": "В S1 показатель «{stat}» отмечен как недоступный: источники пока его не дают",
    },
    "pq.s1_unknown": {
        "en": "S1 does not confirm {stat} ({state})",
        "ru": "S1 не подтверждает показатель «{stat}» ({state})",
    },
    "pq.s1_not_12_months": {
        "en": "S1: {stat} is not measured by the 12-month usual-residence rule",
        "ru": "S1: показатель «{stat}» не измеряется по правилу обычного места жительства в течение 12 месяцев",
    },
    "pq.availability": {
        "en": "availability {availability} = best source level ({sources})",
        "ru": "",
    },
    "pq.availability_none": {
        "en": "availability 0: no source scores above 0",
        "ru": "",
    },
    "pq.gap": {
        "en": "gap = max(0, {need} − {availability}) = {gap}; priority = need × gap = {priority}",
        "ru": "",
    },
    "pq.limiting": {
        "en": "limiting factor(s) of the best source(s): {factors}",
        "ru": "",
    },
    "pq.type.not_rated": {
        "en": "need not rated: no gap type, no rank",
        "ru": "",
    },
    # --- factor
    "factor.exists": {
        "en": "no source",
        "ru": "нет источника",
    },
    "factor.variables": {
        "en": "variables",
        "ru": "переменные",
    },
    "factor.tabulation": {
        "en": "tabulation",
        "ru": "табулирование",
    },
    "factor.periodicity": {
        "en": "periodicity",
        "ru": "периодичность",
    },
    "factor.recency": {
        "en": "recency",
        "ru": "актуальность",
    },
    "factor.timeliness": {
        "en": "timeliness",
        "ru": "своевременность",
    },
    "factor.breakdown": {
        "en": "breakdown",
        "ru": "разбивка",
    },
    "factor.access": {
        "en": "access",
        "ru": "доступ",
    },
    "factor.alignment": {
        "en": "alignment with the UN Recommendations",
        "ru": "соответствие рекомендациям ООН",
    },
    # --- rec
    "rec.answers_pq": {
        "en": "question {code}: gap {gap}, priority {priority}, held back by {factors}",
        "ru": "",
    },
    # --- pq
    "pq.type.data": {
        "en": "data gap: no source collects usable data for this question",
        "ru": "",
    },
    "pq.type.processing_access": {
        "en": "processing or access gap: the data are collected but not tabulated, not accessible, one-off or not aligned",
        "ru": "",
    },
    "pq.type.reporting": {
        "en": "reporting gap: the best source is held back by periodicity, recency, timeliness, publication or alignment",
        "ru": "",
    },
    "pq.type.disaggregation": {
        "en": "disaggregation gap: the best source lacks a key breakdown (sex, age, migratory status)",
        "ru": "",
    },
    "pq.type.not_assessed": {
        "en": "not yet assessed: describe the sources in S3",
        "ru": "",
    },
    "pq.type.none": {
        "en": "no gap: the need is met",
        "ru": "",
    },
    "pq.triangulation": {
        "en": "triangulation possible: {count} sources at level 2 or more ({sources})",
        "ru": "",
    },
    "pq.quick_win": {
        "en": "quick win: {sources} already collect(s) the data (level 1)",
        "ru": "",
    },
    "pq.sdg_links": {
        "en": "{count} SDG indicator(s) in S4 rely on {sources}",
        "ru": "",
    },
    "pq.rank": {
        "en": "rank {rank} of {total}",
        "ru": "",
    },
    # --- sec
    "sec.points": {
        "en": "{points} of {max_points} points from {count} scored items → {score}",
        "ru": "",
    },
    "sec.none": {
        "en": "no question of this section is scored for this country → no score",
        "ru": "",
    },
    "sec.not_assessed": {
        "en": "nothing known yet (no primary question answered) → not yet assessed, no score; counts 0 in the overall score",
        "ru": "",
    },
    "sec.closed": {
        "en": "{count} follow-up question(s) closed by a 'no' in this section earn nothing",
        "ru": "",
    },
    "sec.not_judged": {
        "en": "{count} age check(s) not judged (no valid reference date) earn nothing",
        "ru": "",
    },
    "sec.blank": {
        "en": "{count} answer(s) not given yet scored 0 and listed for follow-up",
        "ru": "",
    },
    "sec.completeness": {
        "en": "completeness: {given} of {units} primary questions known ({share}%)",
        "ru": "",
    },
    "sec.s3": {
        "en": "need-weighted availability of {count} policy questions: ({terms}) = {points} of {max_points} → {score}",
        "ru": "",
    },
    "sec.s3_unassessed": {
        "en": "{count} policy question(s) with no source described yet count 0",
        "ru": "",
    },
    "sec.dont_know": {
        "en": "{count} answer(s) 'don't know' scored 0 and listed for follow-up",
        "ru": "",
    },
    "sec.not_applicable": {
        "en": "{count} answer(s) 'not applicable' by the country's own statement (for example no such register by design) earn nothing",
        "ru": "",
    },
    "sec.matrix_not_applicable": {
        "en": "{count} source(s) marked not applicable (absent by design) left out: the best source decides",
        "ru": "",
    },
    "sec.weight": {
        "en": "weight {weight} in the overall score",
        "ru": "",
    },
    # --- find
    "find.s1_not_available": {
        "en": "{stat}: not available",
        "ru": "",
    },
    "find.s1_old_stock": {
        "en": "{stat} {year}: stock figure older than 10 years at reference date {ref}",
        "ru": "",
    },
    "find.s1_old_flow": {
        "en": "{stat} {year}: flow figure older than 2 years at reference date {ref}",
        "ru": "",
    },
    "find.s1_definition": {
        "en": "{stat}: definition is neither country of birth nor citizenship",
        "ru": "",
    },
    "find.s1_definition_flow": {
        "en": "{stat}: flow not measured by the 12-month usual-residence rule of the UN Recommendations",
        "ru": "",
    },
    "find.s1_breakdown": {
        "en": "{stat}: no breakdown by {missing}",
        "ru": "",
    },
    "find.s1_internal": {
        "en": "{stat}: internal use only",
        "ru": "",
    },
    "find.s1_remittances": {
        "en": "{stat}: no balance-of-payments remittance figure",
        "ru": "",
    },
    "find.s6a_old_census": {
        "en": "census {year}: older than 10 years at reference date {ref}",
        "ru": "",
    },
    "find.s6a_census_unknown": {
        "en": "year of the last census {state}",
        "ru": "",
    },
    "find.s6a_core_missing": {
        "en": "census lacks core topic(s): {missing}",
        "ru": "",
    },
    "find.s6b_no_survey": {
        "en": "no household survey identifies migrants",
        "ru": "",
    },
    "find.s6b_old_survey": {
        "en": "no household survey identifying migrants in the last 5 years (latest {year})",
        "ru": "",
    },
    "find.s6c_no_access": {
        "en": "{register}: exists, but the statistical office has no access",
        "ru": "",
    },
    "find.s6c_not_used": {
        "en": "{register}: exists, but is not used for statistics",
        "ru": "",
    },
    "find.s9_no_mechanism": {
        "en": "no interagency coordination mechanism on migration statistics",
        "ru": "",
    },
    "find.s10_origin_no_exchange": {
        "en": "country of origin with neither data exchange nor use of mirror data",
        "ru": "",
    },
    "find.s2_no_policy": {
        "en": "{item}: {answer}",
        "ru": "",
    },
    "find.s4_quick_win": {
        "en": "SDG {number} {label}: produced from a source that identifies migrants, not published by migratory status",
        "ru": "",
    },
    "find.s5_no_strategy": {
        "en": "{item}: {answer}",
        "ru": "",
    },
    "find.s7_no_new_sources": {
        "en": "no new data source is used or piloted for migration statistics",
        "ru": "",
    },
    "find.s8_not_online": {
        "en": "{item}: {answer}",
        "ru": "",
    },
    "find.s8_not_machine_readable": {
        "en": "{item}: {answer}",
        "ru": "",
    },
    "find.s11_children_stock": {
        "en": "migrant stock of children (age 0-17) by sex: {answer}",
        "ru": "",
    },
    "find.s11_left_behind": {
        "en": "children left behind by migrant parents: {answer}",
        "ru": "",
    },
    "find.s11_unaccompanied": {
        "en": "unaccompanied and separated children recorded as such: {answer}",
        "ru": "",
    },
    "find.s12_no_unit": {
        "en": "{item}: {answer}",
        "ru": "",
    },
    "find.s12_no_budget": {
        "en": "{item}: {answer}",
        "ru": "",
    },
    # --- chk
    "chk.recency_ok": {
        "en": "{what} {year}: within {limit} years of reference date {ref}",
        "ru": "",
    },
    "chk.core_topics": {
        "en": "census core topics: {count} of 3",
        "ru": "",
    },
    # --- sdg
    "sdg.produced": {
        "en": "Produced, not by migratory status",
        "ru": "",
    },
    "sdg.identifies_migrants": {
        "en": "Source identifies migrants",
        "ru": "",
    },
    "sdg.published": {
        "en": "Published by migratory status",
        "ru": "",
    },
    "sdg.quick_win": {
        "en": "Quick win",
        "ru": "",
    },
    "sdg.not_produced": {
        "en": "Not produced",
        "ru": "",
    },
    "sdg.unknown": {
        "en": "Unknown",
        "ru": "",
    },
    "sdg.not_applicable": {
        "en": "Compiled globally",
        "ru": "",
    },
    "sdg.r_not_applicable": {
        "en": "not applicable: {reason}",
        "ru": "",
    },
    "sdg.r_not_by_status": {
        "en": "cannot be disaggregated by migratory status (not measured on persons)",
        "ru": "",
    },
    "sdg.r_not_produced": {
        "en": "not produced nationally",
        "ru": "",
    },
    "sdg.r_unknown": {
        "en": "production {state}",
        "ru": "",
    },
    "sdg.r_produced": {
        "en": "produced",
        "ru": "",
    },
    "sdg.r_identifies": {
        "en": "its source identifies migrants",
        "ru": "",
    },
    "sdg.r_not_identifies": {
        "en": "its source does not identify migrants",
        "ru": "",
    },
    "sdg.r_identifies_unknown": {
        "en": "whether its source identifies migrants: {state}",
        "ru": "",
    },
    "sdg.r_published": {
        "en": "published by migratory status",
        "ru": "",
    },
    "sdg.r_partly_published": {
        "en": "partly published by migratory status (some years or on request)",
        "ru": "",
    },
    "sdg.r_not_published": {
        "en": "not published by migratory status → quick win",
        "ru": "",
    },
    "sdg.r_published_unknown": {
        "en": "publication by migratory status {state}",
        "ru": "",
    },
    "sdg.r_source": {
        "en": "source: {source}",
        "ru": "",
    },
    # --- overall
    "overall.mean": {
        "en": "weighted mean of {count} section scores: {terms} ÷ {weights} = {score} → {band}",
        "ru": "",
    },
    "overall.completeness": {
        "en": "completeness {share}% (weighted share of the primary questions known; 'don't know' {dont_know}%); below {threshold}% the score is provisional and has no band",
        "ru": "",
    },
    "overall.not_assessed": {
        "en": "not yet assessed, counted 0: {sections}",
        "ru": "",
    },
    "overall.custom_weights": {
        "en": "with the assessment's own weights ({weights}): {score} — {label}; the band is given only by the documented weights",
        "ru": "",
    },
    "overall.na_refused": {
        "en": "{count} answer(s) 'not applicable' where the questionnaire does not allow it, scored as not given: {keys}",
        "ru": "",
    },
    "overall.none": {
        "en": "no section has a score yet",
        "ru": "",
    },
    "overall.left_out": {
        "en": "left out (weight 0, or nothing scored for this country): {sections}",
        "ru": "",
    },
    # --- cmp
    "cmp.overall": {
        "en": "Overall {before} → {after} ({trend})",
        "ru": "",
    },
    "cmp.pq": {
        "en": "availability {a_before} → {a_after}, gap {g_before} → {g_after}",
        "ru": "",
    },
    "cmp.summary": {
        "en": "{improvements} improvement(s), {regressions} regression(s)",
        "ru": "",
    },
    # --- hdr
    "hdr.overall": {
        "en": "Overall {score}/100  {band}  (reference date {ref}, rules {rules})",
        "ru": "",
    },
    "hdr.sections": {
        "en": "Sections",
        "ru": "",
    },
    "hdr.policy_questions": {
        "en": "Policy questions, by priority",
        "ru": "",
    },
    "hdr.pq_line": {
        "en": "need {need}  availability {availability}  priority {priority}",
        "ru": "",
    },
    "hdr.sdg": {
        "en": "SDG indicators by migratory status",
        "ru": "",
    },
    "hdr.recommendations": {
        "en": "Recommendations, most urgent first",
        "ru": "",
    },
    "hdr.none": {
        "en": "(none)",
        "ru": "",
    },
    "hdr.follow_up": {
        "en": "To follow up (don't know or not answered yet)",
        "ru": "",
    },
    "hdr.completeness": {
        "en": "Completeness {share}%",
        "ru": "",
    },
    "hdr.not_answered": {
        "en": "not answered yet",
        "ru": "",
    },
    "hdr.no_reason": {
        "en": "not applicable without a reason",
        "ru": "",
    },
    "hdr.custom": {
        "en": "{label}: {score}/100 (weights {weights})",
        "ru": "",
    },
    "hdr.not_applicable": {
        "en": "Not applicable, with the reason",
        "ru": "",
    },
    # --- cmp
    "cmp.improved": {
        "en": "improved",
        "ru": "",
    },
    "cmp.regressed": {
        "en": "regressed",
        "ru": "",
    },
    "cmp.unchanged": {
        "en": "unchanged",
        "ru": "",
    },
}
