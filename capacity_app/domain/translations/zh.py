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
        "zh": "主要问题中仅有{share}%为已知（已答复，或在允许时标为不适用）；给出等级需要达到{threshold}%",
    },
    "noband.section_incomplete": {
        "en": "{sections}: less than {threshold}% of the primary questions answered or not applicable; a band needs every area assessed",
        "zh": "{sections}：已回答或不适用的主要问题不足{threshold}%；只有每个领域都经过评估才能给出等级",
    },
    "noband.no_reference_date": {
        "en": "no reference date in S0: the age of the data is not judged, so no band",
        "zh": "S0中没有参考日期：无法判断数据的时效，因此不给出等级",
    },
    # --- refused
    "refused.reference_date": {
        "en": "the reference date {ref} comes before data already recorded for {year} ({where}): all data would count as recent; correct the date or that year",
        "zh": "参考日期{ref}早于已记录的{year}年数据（{where}）：所有数据都将被视为近期数据；请更正该日期或该年份",
    },
    # --- noband
    "noband.reference_date_before_data": {
        "en": "the reference date {ref} is earlier than data of {year} ({where}): it is not used, the age of the data is not judged, so no band",
        "zh": "参考日期{ref}早于{year}年的数据（{where}）：该日期不予采用，无法判断数据的时效，因此不给出等级",
    },
    # --- gap
    "gap.data": {
        "en": "Data gap",
        "zh": "数据差距",
    },
    "gap.processing_access": {
        "en": "Processing or access gap",
        "zh": "处理或获取差距",
    },
    "gap.reporting": {
        "en": "Reporting gap",
        "zh": "报告差距",
    },
    "gap.disaggregation": {
        "en": "Disaggregation gap",
        "zh": "分列差距",
    },
    "gap.none": {
        "en": "No gap",
        "zh": "无差距",
    },
    "gap.not_rated": {
        "en": "Need not rated",
        "zh": "需求未评级",
    },
    "gap.not_assessed": {
        "en": "Not yet assessed",
        "zh": "尚未评估",
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
        "zh": "{src}：尚未评估",
    },
    "cell.not_applicable": {
        "en": "{src}: marked not applicable, left out",
        "zh": "{src}：标为不适用，不予计入",
    },
    "cell.exists_no": {
        "en": "{src}: the source does not exist → level 0",
        "zh": "{src}：该来源不存在 → 0级",
    },
    "cell.exists_planned": {
        "en": "{src}: the source is only planned → level 0",
        "zh": "{src}：该来源仅在计划中 → 0级",
    },
    "cell.exists_unknown": {
        "en": "{src}: existence of the source {state} → not described yet, no level",
        "zh": "{src}：来源是否存在（{state}）→ 尚未描述，不评级",
    },
    "cell.variables_no": {
        "en": "{src}: does not collect the variables the question needs → level 0",
        "zh": "{src}：未收集该问题所需的变量 → 0级",
    },
    "cell.variables_unknown": {
        "en": "{src}: variables collected {state} → treated as lacking → level 0",
        "zh": "{src}：所收集的变量（{state}）→ 视为缺失 → 0级",
    },
    "cell.variables_partly": {
        "en": "{src}: collects only some of the variables needed → content shortfall → level 2",
        "zh": "{src}：仅收集了所需的部分变量 → 内容不足 → 2级",
    },
    "cell.not_tabulated": {
        "en": "{src}: not processed or tabulated for this question → level 1",
        "zh": "{src}：未针对该问题进行处理或制表 → 1级",
    },
    "cell.tabulated_unknown": {
        "en": "{src}: tabulation {state} → treated as not tabulated → level 1",
        "zh": "{src}：制表情况（{state}）→ 视为未制表 → 1级",
    },
    "cell.one_off": {
        "en": "{src}: one-off collection → periodicity shortfall → level 1",
        "zh": "{src}：一次性收集 → 周期不足 → 1级",
    },
    "cell.periodicity_unknown": {
        "en": "{src}: periodicity {state} → treated as one-off → level 1",
        "zh": "{src}：周期（{state}）→ 视为一次性 → 1级",
    },
    "cell.flow_not_annual": {
        "en": "{src}: {periodicity}, but a flow needs annual or continuous data → periodicity shortfall → level 2",
        "zh": "{src}：{periodicity}，但流量需要年度或连续数据 → 周期不足 → 2级",
    },
    "cell.stock_infrequent": {
        "en": "{src}: {periodicity}, but a survey or register needs a round at least every 5 years → periodicity shortfall → level 2",
        "zh": "{src}：{periodicity}，但调查或登记册至少每5年需要一轮 → 周期不足 → 2级",
    },
    "cell.too_old": {
        "en": "{src} {year}: older than {limit} years at reference date {ref} → recency shortfall → level 1",
        "zh": "{src}（{year}年）：在参考日期{ref}时已超过{limit}年 → 时效不足 → 1级",
    },
    "cell.no_reference_date": {
        "en": "{src} {year}: age not judged (no valid reference date in S0) → recency cannot be shown → level 1",
        "zh": "{src}（{year}年）：未判断时效（S0中没有有效的参考日期）→ 无法证明时效 → 1级",
    },
    "cell.year_unknown": {
        "en": "{src}: latest reference year {state} → recency cannot be shown → level 1",
        "zh": "{src}：最新参考年份（{state}）→ 无法证明时效 → 1级",
    },
    "cell.late": {
        "en": "{src}: released more than 24 months after the reference period → timeliness shortfall → level 2",
        "zh": "{src}：在参考期结束后超过24个月才发布 → 及时性不足 → 2级",
    },
    "cell.timeliness_unknown": {
        "en": "{src}: timeliness {state} → treated as late → level 2",
        "zh": "{src}：及时性（{state}）→ 视为发布延迟 → 2级",
    },
    "cell.breakdown_unknown": {
        "en": "{src}: breakdowns {state} → cannot be shown → level 2",
        "zh": "{src}：分列情况（{state}）→ 无法证明 → 2级",
    },
    "cell.breakdown_missing": {
        "en": "{src}: no breakdown by {missing} → disaggregation shortfall → level 2",
        "zh": "{src}：没有按{missing}分列 → 分列不足 → 2级",
    },
    "cell.internal": {
        "en": "{src}: results for internal use only → no access → level 1",
        "zh": "{src}：结果仅供内部使用 → 无法获取 → 1级",
    },
    "cell.access_unknown": {
        "en": "{src}: accessibility {state} → treated as internal only → level 1",
        "zh": "{src}：可获取性（{state}）→ 视为仅供内部使用 → 1级",
    },
    "cell.on_request": {
        "en": "{src}: results only on request, not public → access shortfall → level 2",
        "zh": "{src}：结果仅应要求提供，未公开 → 获取不足 → 2级",
    },
    "cell.not_aligned": {
        "en": "{src}: definitions not aligned with the UN recommendations → level 1",
        "zh": "{src}：定义与联合国建议不一致 → 1级",
    },
    "cell.aligned_unknown": {
        "en": "{src}: alignment with the UN recommendations {state} → treated as not aligned → level 1",
        "zh": "{src}：是否与联合国建议一致（{state}）→ 视为不一致 → 1级",
    },
    "cell.partly_aligned": {
        "en": "{src}: definitions only partly aligned with the UN recommendations → level 2",
        "zh": "{src}：定义与联合国建议仅部分一致 → 2级",
    },
    "cell.fit": {
        "en": "{src}: regular, timely, aligned, by sex, age and migratory status, published → level 3",
        "zh": "{src}：定期、及时、定义一致，按性别、年龄和移民身份分列，已发布 → 3级",
    },
    "cell.result": {
        "en": "{src}: level {level}",
        "zh": "{src}：{level}级",
    },
    # --- breakdown
    "breakdown.sex": {
        "en": "sex",
        "zh": "性别",
    },
    "breakdown.age": {
        "en": "age",
        "zh": "年龄",
    },
    "breakdown.origin": {
        "en": "migratory status or origin",
        "zh": "移民身份或原籍",
    },
    # --- words
    "and": {
        "en": "and",
        "zh": "和",
    },
    # --- pq
    "pq.need": {
        "en": "need {need} (S2 rating); weighs {weight} in S3",
        "zh": "需求{need}（S2评级）；在S3中的权重为{weight}",
    },
    "pq.need_dont_know": {
        "en": "need not known (don't know) → no gap, priority or rank until it is rated; weighs {weight} in S3",
        "zh": "需求未知（不知道）→ 评级之前不计算差距、优先度或排序；在S3中的权重为{weight}",
    },
    "pq.need_missing": {
        "en": "need not rated yet in S2 → no gap, priority or rank; weighs {weight} in S3",
        "zh": "S2中尚未评定需求 → 不计算差距、优先度或排序；在S3中的权重为{weight}",
    },
    "pq.need_na": {
        "en": "need marked not applicable, with its reason (the question does not arise) → need 0; still weighs {weight} in S3",
        "zh": "需求标为不适用并说明了理由（不存在该问题）→ 需求0；在S3中的权重仍为{weight}",
    },
    "pq.need_na_no_reason": {
        "en": "need marked not applicable without a reason in the comment → not rated; weighs {weight} in S3",
        "zh": "需求标为不适用，但备注中未说明理由 → 视为未评级；在S3中的权重为{weight}",
    },
    "pq.not_assessed": {
        "en": "no source described yet (existence not stated) → not yet assessed: no availability, gap, rank or action",
        "zh": "尚未描述任何来源（未说明是否存在）→ 尚未评估：不计算可得性、差距或排序，也不提出行动",
    },
    "pq.unconfirmed": {
        "en": "not confirmed by an answer (not stated or don't know): {factors} → followed up, no action drawn from them",
        "zh": "未经答复确认（未说明或不知道）：{factors} → 列入后续跟进，不据此提出行动",
    },
    "pq.to_confirm": {
        "en": "(to confirm)",
        "zh": "（待确认）",
    },
    "pq.s1_not_available": {
        "en": "S1, {stat}: not available; the sources do not yet give the statistic",
        "zh": "S1，{stat}：不可得；数据来源尚不能提供该统计",
    },
    "pq.s1_unknown": {
        "en": "S1, {stat}: availability not confirmed ({state})",
        "zh": "S1，{stat}：可得性未确认（{state}）",
    },
    "pq.s1_not_12_months": {
        "en": "S1, {stat}: not measured by the 12-month usual-residence rule",
        "zh": "S1，{stat}：未按12个月惯常居住规则计量",
    },
    "pq.availability": {
        "en": "availability {availability} = best source level ({sources})",
        "zh": "可得性{availability} = 最佳来源的级别（{sources}）",
    },
    "pq.availability_none": {
        "en": "availability 0: no source scores above 0",
        "zh": "可得性0：没有任何来源的级别高于0",
    },
    "pq.gap": {
        "en": "gap = max(0, {need} − {availability}) = {gap}; priority = need × gap = {priority}",
        "zh": "差距 = max(0, {need} − {availability}) = {gap}；优先度 = 需求 × 差距 = {priority}",
    },
    "pq.limiting": {
        "en": "what limits the best data available: {factors}",
        "zh": "现有最佳数据的限制因素：{factors}",
    },
    "pq.type.not_rated": {
        "en": "need not rated: no gap type, no rank",
        "zh": "需求未评级：无差距类型，不排序",
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
        "zh": "可获取性",
    },
    "factor.alignment": {
        "en": "alignment with the UN Recommendations",
        "zh": "与联合国建议的一致性",
    },
    # --- rec
    "rec.answers_pq": {
        "en": "question {code}: gap {gap}, priority {priority}, held back by {factors}",
        "zh": "问题{code}：差距{gap}，优先度{priority}，受制于{factors}",
    },
    # --- pq
    "pq.type.data": {
        "en": "data gap: no source collects usable data for this question",
        "zh": "数据差距：没有任何来源收集可用于该问题的数据",
    },
    "pq.type.processing_access": {
        "en": "processing or access gap: the data are collected but not tabulated, not accessible, one-off or not aligned",
        "zh": "处理或获取差距：数据已收集，但未制表、无法获取、仅为一次性收集或定义不一致",
    },
    "pq.type.reporting": {
        "en": "reporting gap: the best source is held back by periodicity, recency, timeliness, publication or alignment",
        "zh": "报告差距：最佳来源受制于周期、时效、及时性、发布或定义一致性",
    },
    "pq.type.disaggregation": {
        "en": "disaggregation gap: the best source lacks a key breakdown (sex, age, migratory status)",
        "zh": "分列差距：最佳来源缺少关键分列（性别、年龄、移民身份）",
    },
    "pq.type.not_assessed": {
        "en": "not yet assessed: describe the sources in S3",
        "zh": "尚未评估：请在S3中描述数据来源",
    },
    "pq.type.none": {
        "en": "no gap: the need is met",
        "zh": "无差距：需求已得到满足",
    },
    "pq.triangulation": {
        "en": "triangulation possible: {count} sources at level 2 or more ({sources})",
        "zh": "可进行三角互证：{count}个来源达到2级或以上（{sources}）",
    },
    "pq.quick_win": {
        "en": "quick win (data already collected, level 1): {sources}",
        "zh": "速效成果（数据已收集，1级）：{sources}",
    },
    "pq.sdg_links": {
        "en": "SDG indicators in S4 that rely on these sources: {count} ({sources})",
        "zh": "S4中依赖这些来源的可持续发展目标指标：{count}项（{sources}）",
    },
    "pq.rank": {
        "en": "rank {rank} of {total}",
        "zh": "排第{rank}位（共{total}个）",
    },
    # --- sec
    "sec.points": {
        "en": "{points} of {max_points} points from {count} scored items → {score}",
        "zh": "{count}个计分项目得{points}分（满分{max_points}分）→ {score}",
    },
    "sec.none": {
        "en": "no question of this section is scored for this country → no score",
        "zh": "本部分没有任何问题对该国计分 → 无得分",
    },
    "sec.not_assessed": {
        "en": "nothing known yet (no primary question answered) → not yet assessed, no score; counts 0 in the overall score",
        "zh": "尚无任何已知情况（没有答复任何主要问题）→ 尚未评估，无得分；在总分中按0计",
    },
    "sec.closed": {
        "en": "follow-up questions closed by a 'no' in this section, which earn nothing: {count}",
        "zh": "本部分因答“否”而关闭、不得分的后续问题：{count}个",
    },
    "sec.not_judged": {
        "en": "age checks not judged for want of a valid reference date, which earn nothing: {count}",
        "zh": "因没有有效的参考日期而未作判断、不得分的时效检查：{count}项",
    },
    "sec.blank": {
        "en": "answers not given yet, scored 0 and listed for follow-up: {count}",
        "zh": "尚未给出、计0分并列入后续跟进的答复：{count}个",
    },
    "sec.completeness": {
        "en": "completeness: {given} of {units} primary questions answered or not applicable ({share}%)",
        "zh": "完整性：{units}个主要问题中已回答或不适用的有{given}个（{share}%）",
    },
    "sec.s3": {
        "en": "need-weighted availability of {count} policy questions: ({terms}) = {points} of {max_points} → {score}",
        "zh": "{count}个政策问题按需求加权的可得性：({terms}) = {points}（满分{max_points}）→ {score}",
    },
    "sec.s3_unassessed": {
        "en": "policy questions with no source described yet, counted as 0: {count}",
        "zh": "尚未描述任何来源、按0计的政策问题：{count}个",
    },
    "sec.dont_know": {
        "en": "answers 'don't know', scored 0 and listed for follow-up: {count}",
        "zh": "计0分并列入后续跟进的“不知道”答复：{count}个",
    },
    "sec.not_applicable": {
        "en": "answers 'not applicable' by the country's own statement (for example no such register by design), which earn nothing: {count}",
        "zh": "根据本国自身说明标为“不适用”（例如有意不设此类登记册）、不得分的答复：{count}个",
    },
    "sec.matrix_not_applicable": {
        "en": "sources marked not applicable (absent by design), left out so that the best source decides: {count}",
        "zh": "标为不适用（有意不设）、不予计入以便由最佳来源决定的来源：{count}个",
    },
    "sec.weight": {
        "en": "weight {weight} in the overall score",
        "zh": "在总分中的权重为{weight}",
    },
    # --- find
    "find.s1_not_available": {
        "en": "{stat}: not available",
        "zh": "{stat}：不可得",
    },
    "find.s1_old_stock": {
        "en": "{stat} {year}: stock figure older than 10 years at reference date {ref}",
        "zh": "{stat}（{year}年）：在参考日期{ref}时，存量数字已超过10年",
    },
    "find.s1_old_flow": {
        "en": "{stat} {year}: flow figure older than 2 years at reference date {ref}",
        "zh": "{stat}（{year}年）：在参考日期{ref}时，流量数字已超过2年",
    },
    "find.s1_definition": {
        "en": "{stat}: definition is neither country of birth nor citizenship",
        "zh": "{stat}：定义既非出生国也非国籍",
    },
    "find.s1_definition_flow": {
        "en": "{stat}: flow not measured by the 12-month usual-residence rule of the UN Recommendations",
        "zh": "{stat}：流量未按联合国建议的12个月惯常居住规则计量",
    },
    "find.s1_breakdown": {
        "en": "{stat}: no breakdown by {missing}",
        "zh": "{stat}：没有按{missing}分列",
    },
    "find.s1_internal": {
        "en": "{stat}: internal use only",
        "zh": "{stat}：仅供内部使用",
    },
    "find.s1_remittances": {
        "en": "{stat}: no balance-of-payments remittance figure",
        "zh": "{stat}：没有国际收支汇款数字",
    },
    "find.s6a_old_census": {
        "en": "census {year}: older than 10 years at reference date {ref}",
        "zh": "{year}年人口普查：在参考日期{ref}时已超过10年",
    },
    "find.s6a_census_unknown": {
        "en": "year of the last census {state}",
        "zh": "最近一次人口普查的年份：{state}",
    },
    "find.s6a_core_missing": {
        "en": "core topics the census lacks: {missing}",
        "zh": "人口普查缺少的核心专题：{missing}",
    },
    "find.s6b_no_survey": {
        "en": "no household survey identifies migrants",
        "zh": "没有任何住户调查能识别移民",
    },
    "find.s6b_old_survey": {
        "en": "no household survey identifying migrants in the last 5 years (latest {year})",
        "zh": "过去5年中没有能识别移民的住户调查（最近一次为{year}年）",
    },
    "find.s6c_no_access": {
        "en": "{register}: exists, but the statistical office has no access",
        "zh": "{register}：存在，但统计局无法获取",
    },
    "find.s6c_not_used": {
        "en": "{register}: exists, but is not used for statistics",
        "zh": "{register}：存在，但未用于统计",
    },
    "find.s9_no_mechanism": {
        "en": "no interagency coordination mechanism on migration statistics",
        "zh": "没有移徙统计机构间协调机制",
    },
    "find.s10_origin_no_exchange": {
        "en": "country of origin with neither data exchange nor use of mirror data",
        "zh": "作为原籍国，既没有数据交换，也未利用镜像数据",
    },
    "find.s2_no_policy": {
        "en": "{item}: {answer}",
        "zh": "{item}（{answer}）",
    },
    "find.s4_quick_win": {
        "en": "SDG {number} {label}: produced from a source that identifies migrants, not published by migratory status",
        "zh": "可持续发展目标指标{number}“{label}”：利用可识别移民的来源编制，但未按移民身份分列发布",
    },
    "find.s5_no_strategy": {
        "en": "{item}: {answer}",
        "zh": "{item}（{answer}）",
    },
    "find.s7_no_new_sources": {
        "en": "no new data source is used or piloted for migration statistics",
        "zh": "没有任何新数据来源用于或试用于移徙统计",
    },
    "find.s8_not_online": {
        "en": "{item}: {answer}",
        "zh": "{item}（{answer}）",
    },
    "find.s8_not_machine_readable": {
        "en": "{item}: {answer}",
        "zh": "{item}（{answer}）",
    },
    "find.s11_children_stock": {
        "en": "migrant stock of children (age 0-17) by sex: {answer}",
        "zh": "按性别分列的儿童（0至17岁）移民存量：{answer}",
    },
    "find.s11_left_behind": {
        "en": "children left behind by migrant parents: {answer}",
        "zh": "父母移居国外的留守儿童：{answer}",
    },
    "find.s11_unaccompanied": {
        "en": "unaccompanied and separated children recorded as such: {answer}",
        "zh": "单独记录无人陪伴和失散儿童：{answer}",
    },
    "find.s12_no_unit": {
        "en": "{item}: {answer}",
        "zh": "{item}（{answer}）",
    },
    "find.s12_no_budget": {
        "en": "{item}: {answer}",
        "zh": "{item}（{answer}）",
    },
    # --- chk
    "chk.recency_ok": {
        "en": "{what} {year}: within {limit} years of reference date {ref}",
        "zh": "{what}（{year}年）：距参考日期{ref}不超过{limit}年",
    },
    "chk.core_topics": {
        "en": "census core topics: {count} of 3",
        "zh": "人口普查核心专题：3项中有{count}项",
    },
    # --- sdg
    "sdg.produced": {
        "en": "Produced, not by migratory status",
        "zh": "已编制，未按移民身份分列",
    },
    "sdg.identifies_migrants": {
        "en": "Source identifies migrants",
        "zh": "来源可识别移民",
    },
    "sdg.published": {
        "en": "Published by migratory status",
        "zh": "已按移民身份分列发布",
    },
    "sdg.quick_win": {
        "en": "Quick win",
        "zh": "速效成果",
    },
    "sdg.not_produced": {
        "en": "Not produced",
        "zh": "未编制",
    },
    "sdg.unknown": {
        "en": "Unknown",
        "zh": "未知",
    },
    "sdg.not_applicable": {
        "en": "Compiled globally",
        "zh": "在全球层面汇编",
    },
    "sdg.r_not_applicable": {
        "en": "not applicable: {reason}",
        "zh": "不适用：{reason}",
    },
    "sdg.r_not_by_status": {
        "en": "cannot be disaggregated by migratory status (not measured on persons)",
        "zh": "无法按移民身份分列（不以人为计量对象）",
    },
    "sdg.r_not_produced": {
        "en": "not produced nationally",
        "zh": "未在国家层面编制",
    },
    "sdg.r_unknown": {
        "en": "production {state}",
        "zh": "编制情况：{state}",
    },
    "sdg.r_produced": {
        "en": "produced",
        "zh": "已编制",
    },
    "sdg.r_identifies": {
        "en": "its source identifies migrants",
        "zh": "其来源可识别移民",
    },
    "sdg.r_not_identifies": {
        "en": "its source does not identify migrants",
        "zh": "其来源无法识别移民",
    },
    "sdg.r_identifies_unknown": {
        "en": "whether its source identifies migrants: {state}",
        "zh": "其来源能否识别移民：{state}",
    },
    "sdg.r_published": {
        "en": "published by migratory status",
        "zh": "已按移民身份分列发布",
    },
    "sdg.r_partly_published": {
        "en": "partly published by migratory status (some years or on request)",
        "zh": "已部分按移民身份分列发布（部分年份或应要求提供）",
    },
    "sdg.r_not_published": {
        "en": "not published by migratory status → quick win",
        "zh": "未按移民身份分列发布 → 速效成果",
    },
    "sdg.r_published_unknown": {
        "en": "publication by migratory status {state}",
        "zh": "按移民身份分列发布的情况：{state}",
    },
    "sdg.r_source": {
        "en": "source: {source}",
        "zh": "来源：{source}",
    },
    # --- overall
    "overall.mean": {
        "en": "weighted mean of {count} section scores: {terms} ÷ {weights} = {score} → {band}",
        "zh": "{count}个部分得分的加权平均值：{terms} ÷ {weights} = {score} → {band}",
    },
    "overall.completeness": {
        "en": "completeness {share}% (weighted share of the primary questions answered or not applicable; 'don't know' {dont_know}%); below {threshold}% the score is provisional and has no band",
        "zh": "完整性{share}%（已回答或不适用的主要问题的加权比例；“不知道”占{dont_know}%）；低于{threshold}%时，分数为暂定分数，不给出等级",
    },
    "overall.not_assessed": {
        "en": "not yet assessed, counted 0: {sections}",
        "zh": "尚未评估，按0计：{sections}",
    },
    "overall.custom_weights": {
        "en": "with the assessment's own weights ({weights}): {score} — {label}; the band is given only by the documented weights",
        "zh": "采用本评估自定的权重（{weights}）：{score}——{label}；等级仅按方法文件规定的权重给出",
    },
    "overall.na_refused": {
        "en": "answers 'not applicable' where the questionnaire does not allow it, scored as not given: {count} ({keys})",
        "zh": "在问卷不允许之处标为“不适用”、按未答复计分的答复：{count}个（{keys}）",
    },
    "overall.none": {
        "en": "no section has a score yet",
        "zh": "尚无任何部分有得分",
    },
    "overall.left_out": {
        "en": "left out (weight 0, or nothing scored for this country): {sections}",
        "zh": "未计入（权重为0，或对该国无计分项目）：{sections}",
    },
    # --- cmp
    "cmp.overall": {
        "en": "Overall {before} → {after} ({trend})",
        "zh": "总分{before} → {after}（{trend}）",
    },
    "cmp.pq": {
        "en": "availability {a_before} → {a_after}, gap {g_before} → {g_after}",
        "zh": "可得性{a_before} → {a_after}，差距{g_before} → {g_after}",
    },
    "cmp.summary": {
        "en": "improvements: {improvements}, regressions: {regressions}",
        "zh": "改善：{improvements}项，退步：{regressions}项",
    },
    # --- hdr
    "hdr.overall": {
        "en": "Overall {score}/100  {band}  (reference date {ref}, rules {rules})",
        "zh": "总分{score}/100  {band}  （参考日期{ref}，规则版本{rules}）",
    },
    "hdr.sections": {
        "en": "Sections",
        "zh": "各部分",
    },
    "hdr.policy_questions": {
        "en": "Policy questions, by priority",
        "zh": "政策问题（按优先度排列）",
    },
    "hdr.pq_line": {
        "en": "need {need}  availability {availability}  priority {priority}",
        "zh": "需求{need}  可得性{availability}  优先度{priority}",
    },
    "hdr.sdg": {
        "en": "SDG indicators by migratory status",
        "zh": "按移民身份分列的可持续发展目标指标",
    },
    "hdr.recommendations": {
        "en": "Recommendations, most urgent first",
        "zh": "建议（最紧迫的在前）",
    },
    "hdr.none": {
        "en": "(none)",
        "zh": "（无）",
    },
    "hdr.follow_up": {
        "en": "To follow up (don't know or not answered yet)",
        "zh": "待跟进（不知道或尚未答复）",
    },
    "hdr.completeness": {
        "en": "Completeness {share}%",
        "zh": "完整性{share}%",
    },
    "hdr.not_answered": {
        "en": "not answered yet",
        "zh": "尚未答复",
    },
    "hdr.no_reason": {
        "en": "not applicable without a reason",
        "zh": "标为不适用但未说明理由",
    },
    "hdr.custom": {
        "en": "{label}: {score}/100 (weights {weights})",
        "zh": "{label}：{score}/100（权重{weights}）",
    },
    "hdr.not_applicable": {
        "en": "Not applicable, with the reason",
        "zh": "不适用项及理由",
    },
    # --- cmp
    "cmp.improved": {
        "en": "improved",
        "zh": "改善",
    },
    "cmp.regressed": {
        "en": "regressed",
        "zh": "退步",
    },
    "cmp.unchanged": {
        "en": "unchanged",
        "zh": "不变",
    },
    # --- wb
    "wb.plan_currency": {
        "en": "The plan's currency; empty: the country's.",
        "zh": "计划所用货币；留空即为本国货币。",
    },
    "wb.exchange_rate": {
        "en": "1 US dollar = {rate} {currency} on {date}",
        "zh": "{date}：1美元 = {rate} {currency}",
    },
    "wb.validated_on": {
        "en": "The day the government validated the plan.",
        "zh": "政府确认该计划的日期。",
    },
    "wb.validated_action": {
        "en": "The action as validated (do not edit: an edit since is listed as such).",
        "zh": "经确认时的行动（请勿编辑：此后的任何编辑都会作为编辑列出）。",
    },
    "wb.totals.col.by": {
        "en": "Totals by",
        "zh": "汇总口径",
    },
    "wb.totals.col.item": {
        "en": "Year, institution or source",
        "zh": "年份、机构或来源",
    },
    "wb.totals.col.currency": {
        "en": "Currency",
        "zh": "货币",
    },
    "wb.totals.col.cost": {
        "en": "Cost",
        "zh": "费用",
    },
    "wb.totals.col.secured": {
        "en": "Secured",
        "zh": "已落实",
    },
    "wb.totals.col.gap": {
        "en": "Financing gap",
        "zh": "资金缺口",
    },
    "wb.totals.col.cost_usd": {
        "en": "Cost in US dollars",
        "zh": "费用（美元）",
    },
    "wb.totals.col.gap_usd": {
        "en": "Financing gap in US dollars",
        "zh": "资金缺口（美元）",
    },
    "wb.totals.all": {
        "en": "Whole plan",
        "zh": "整个计划",
    },
    "wb.totals.total": {
        "en": "Total",
        "zh": "合计",
    },
    "wb.totals.year": {
        "en": "Year",
        "zh": "年份",
    },
    "wb.totals.institution": {
        "en": "Lead institution",
        "zh": "牵头机构",
    },
    "wb.totals.source": {
        "en": "Funding source",
        "zh": "资金来源",
    },
    "wb.totals.no_owner": {
        "en": "No institution yet",
        "zh": "尚无负责机构",
    },
    "wb.totals.national": {
        "en": "National budget",
        "zh": "国家预算",
    },
    "wb.totals.partner": {
        "en": "Development partner: {name}",
        "zh": "发展伙伴：{name}",
    },
    "wb.totals.other": {
        "en": "Other source",
        "zh": "其他来源",
    },
    "wb.totals.other_named": {
        "en": "Other source: {name}",
        "zh": "其他来源：{name}",
    },
    "wb.totals.read_only": {
        "en": "Read-only summary, computed at the export from the Action plan and Action costs sheets. The import does not read this sheet: to change a cost, edit the Action costs sheet.",
        "zh": "只读摘要，在导出时根据 Action plan 和 Action costs 工作表计算。导入时不读取本工作表：如需更改费用，请编辑 Action costs 工作表。",
    },
    "wb.totals.gap_note": {
        "en": "The financing gap is the cost whose funding is not yet secured.",
        "zh": "资金缺口是指资金尚未落实的费用。",
    },
    "wb.totals.costed": {
        "en": "Actions costed: {costed} of {actions}.",
        "zh": "已估算费用的行动：{costed}项，共{actions}项。",
    },
    "wb.totals.lead_note": {
        "en": "An action's cost is counted under its lead institution, the first one named.",
        "zh": "每项行动的费用计入其牵头机构（即所列的第一个机构）名下。",
    },
    "wb.totals.dropped": {
        "en": "Dropped actions, not counted: {n}.",
        "zh": "已放弃的行动（不计入）：{n}项。",
    },
    "wb.totals.usd_note": {
        "en": "US dollar equivalents at the exchange rates of the Plan validation sheet, rounded to the cent.",
        "zh": "美元等值按 Plan validation 工作表中的汇率计算，四舍五入到美分。",
    },
    "wb.totals.no_rate": {
        "en": "No exchange rate to the US dollar for {currencies}: their US dollar equivalents are left empty.",
        "zh": "{currencies}没有对美元的汇率：其美元等值留空。",
    },
    "wb.totals.changed": {
        "en": "Changed since the validation of {date} (value approved → value now): {changes}",
        "zh": "自 {date} 验证以来的修改（批准值 → 当前值）：{changes}",
    },
    "wb.totals.none": {
        "en": "No action of the plan is costed yet.",
        "zh": "本计划尚无任何行动估算了费用。",
    },
    "wb.col.Field": {
        "en": "Field",
        "zh": "字段",
    },
    "wb.col.Value": {
        "en": "Value",
        "zh": "值",
    },
    "wb.col.Section": {
        "en": "Section",
        "zh": "部分",
    },
    "wb.col.Answer key": {
        "en": "Answer key",
        "zh": "答复键",
    },
    "wb.col.Question": {
        "en": "Question",
        "zh": "问题",
    },
    "wb.col.Row": {
        "en": "Row",
        "zh": "行",
    },
    "wb.col.Type": {
        "en": "Type",
        "zh": "类型",
    },
    "wb.col.Code": {
        "en": "Code",
        "zh": "代码",
    },
    "wb.col.Value label": {
        "en": "Value label",
        "zh": "值标签",
    },
    "wb.col.Don't know": {
        "en": "Don't know",
        "zh": "不知道",
    },
    "wb.col.Not applicable": {
        "en": "Not applicable",
        "zh": "不适用",
    },
    "wb.col.Comment": {
        "en": "Comment",
        "zh": "评论",
    },
    "wb.col.Evidence": {
        "en": "Evidence",
        "zh": "证据",
    },
    "wb.col.Row check": {
        "en": "Row check",
        "zh": "行校验码",
    },
    "wb.col.Policy question": {
        "en": "Policy question",
        "zh": "政策问题",
    },
    "wb.col.Label": {
        "en": "Label",
        "zh": "标签",
    },
    "wb.col.Kind": {
        "en": "Kind",
        "zh": "类别",
    },
    "wb.col.Score": {
        "en": "Score",
        "zh": "分数",
    },
    "wb.col.Need": {
        "en": "Need",
        "zh": "需求",
    },
    "wb.col.Availability": {
        "en": "Availability",
        "zh": "可获得性",
    },
    "wb.col.Gap": {
        "en": "Gap",
        "zh": "差距",
    },
    "wb.col.Priority": {
        "en": "Priority",
        "zh": "优先级",
    },
    "wb.col.Gap type": {
        "en": "Gap type",
        "zh": "差距类型",
    },
    "wb.col.Status": {
        "en": "Status",
        "zh": "状态",
    },
    "wb.col.Rank": {
        "en": "Rank",
        "zh": "排名",
    },
    "wb.col.Notes": {
        "en": "Notes",
        "zh": "附注",
    },
    "wb.col.Id": {
        "en": "Id",
        "zh": "编号",
    },
    "wb.col.Title": {
        "en": "Title",
        "zh": "标题",
    },
    "wb.col.Recommendation": {
        "en": "Recommendation",
        "zh": "建议",
    },
    "wb.col.Policy questions": {
        "en": "Policy questions",
        "zh": "所涉政策问题",
    },
    "wb.col.Responsible institutions": {
        "en": "Responsible institutions",
        "zh": "负责机构",
    },
    "wb.col.Start": {
        "en": "Start",
        "zh": "开始",
    },
    "wb.col.End": {
        "en": "End",
        "zh": "结束",
    },
    "wb.col.Resources or technical assistance": {
        "en": "Resources or technical assistance",
        "zh": "资源或技术援助",
    },
    "wb.col.Milestone": {
        "en": "Milestone",
        "zh": "里程碑",
    },
    "wb.col.Priority action": {
        "en": "Priority action",
        "zh": "优先行动",
    },
    "wb.col.Strategy objective": {
        "en": "Strategy objective",
        "zh": "战略目标",
    },
    "wb.col.Action id": {
        "en": "Action id",
        "zh": "行动编号",
    },
    "wb.col.Action": {
        "en": "Action",
        "zh": "行动",
    },
    "wb.col.Year": {
        "en": "Year",
        "zh": "年份",
    },
    "wb.col.Amount": {
        "en": "Amount",
        "zh": "金额",
    },
    "wb.col.Currency": {
        "en": "Currency",
        "zh": "货币",
    },
    "wb.col.Funding source": {
        "en": "Funding source",
        "zh": "资金来源",
    },
    "wb.col.Partner or other source": {
        "en": "Partner or other source",
        "zh": "合作伙伴或其他来源",
    },
    "wb.col.Secured": {
        "en": "Secured",
        "zh": "已落实",
    },
    "wb.col.Executed": {
        "en": "Executed",
        "zh": "已执行",
    },
    "wb.col.Indicator": {
        "en": "Indicator",
        "zh": "指标",
    },
    "wb.col.Baseline": {
        "en": "Baseline",
        "zh": "基线",
    },
    "wb.col.Target": {
        "en": "Target",
        "zh": "目标值",
    },
    "wb.col.Means of verification": {
        "en": "Means of verification",
        "zh": "核实手段",
    },
    "wb.col.Risks and assumptions": {
        "en": "Risks and assumptions",
        "zh": "风险和假设",
    },
    "wb.col.Depends on": {
        "en": "Depends on",
        "zh": "前提行动",
    },
    "wb.col.SDG target": {
        "en": "SDG target",
        "zh": "可持续发展目标具体目标",
    },
    "wb.col.Cost category": {
        "en": "Cost category",
        "zh": "费用类别",
    },
    "wb.col.Unit cost": {
        "en": "Unit cost",
        "zh": "单位成本",
    },
    "wb.col.Quantity": {
        "en": "Quantity",
        "zh": "数量",
    },
    "wb.col.Pipeline status": {
        "en": "Pipeline status",
        "zh": "资金阶段",
    },
    "wb.col.Value 2": {
        "en": "Value 2",
        "zh": "值2",
    },
    "wb.col.Value 3": {
        "en": "Value 3",
        "zh": "值3",
    },
    "wb.col.Value 4": {
        "en": "Value 4",
        "zh": "值4",
    },
    "wb.col.Review": {
        "en": "Review",
        "zh": "审查",
    },
    "wb.col.Reviewer": {
        "en": "Reviewer",
        "zh": "审查人",
    },
    "wb.col.Reviewed at": {
        "en": "Reviewed at",
        "zh": "审查时间",
    },
    "wb.col.Review note": {
        "en": "Review note",
        "zh": "审查说明",
    },
    "wb.col.Answer check": {
        "en": "Answer check",
        "zh": "答复校验码",
    },
    "wb.col.Changed by": {
        "en": "Changed by",
        "zh": "修改人",
    },
    "wb.col.Changed at": {
        "en": "Changed at",
        "zh": "修改时间",
    },
    "wb.col.Earlier versions": {
        "en": "Earlier versions",
        "zh": "早期版本",
    },
    "wb.readme.title": {
        "en": "capacity-app assessment workbook",
        "zh": "capacity-app评估工作簿",
    },
    "wb.readme.intro": {
        "en": "This workbook holds one country's migration data capacity assessment, exported by capacity-app.",
        "zh": "本工作簿载有一个国家的移徙数据能力评估，由capacity-app导出。",
    },
    "wb.readme.sheets": {
        "en": "Sheets (their names are the same in every language): Metadata (who, when, which questionnaire, checksums; protected), Answers (one row per answer: edit only the white columns {code}, {dont_know}, {not_applicable}, {comment}, {evidence}; selecting a {code} cell shows the values it accepts), Matrix (levels 0-3 per policy question and source), Scores, Recommendations, Action plan (the actions, editable), Action costs (one row per year and funding source of an action), Plan validation (the plan's currency, exchange rates to the US dollar and the validation record), Plan totals (computed at the export, read-only, not read back), Review (each answer's review; edit only the white columns), Changes (who changed each answer, when, and the versions it descends from; do not edit).",
        "zh": "各工作表（名称在所有语文中相同）：Metadata（何人、何时、哪个问卷、校验和；受保护），Answers（每个答复一行：只修改白色列{code}、{dont_know}、{not_applicable}、{comment}、{evidence}；选中{code}单元格时显示可接受的值），Matrix（每个政策问题和每个来源的0至3级），Scores，Recommendations，Action plan（各项行动，可修改），Action costs（每项行动每年、每个资金来源一行），Plan validation（计划的货币、对美元汇率和核准记录），Plan totals（导出时计算，只读，不会读回），Review（每个答复的审查；只修改白色列），Changes（何人何时修改了每个答复及其所源自的版本；请勿修改）。",
    },
    "wb.readme.edit": {
        "en": "To correct or complete answers offline: fill the {code} column (choose from the drop-down list, or type a number, a date as YYYY-MM-DD, or several codes separated by commas), or write 'yes' under {dont_know} / {not_applicable}. {evidence}: one line per item, 'document: title', 'url: address', 'institution: name' or 'note: text'.",
        "zh": "如需脱机更正或补充答复：填写{code}列（从下拉列表中选择，或键入数字、格式为YYYY-MM-DD的日期，或以逗号分隔的多个代码），或在{dont_know}/{not_applicable}下写“yes”。{evidence}：每项一行，写作“document: 标题”“url: 网址”“institution: 名称”或“note: 文字”。",
    },
    "wb.readme.import": {
        "en": "Then import the file with capacity-app (capacity-app import FILE): every value is checked, the cells edited outside the application are listed, and nothing is saved unless the whole file is valid. Scores, Matrix and Recommendations are recomputed by the application. A workbook in any of the six languages imports in any other.",
        "zh": "然后用capacity-app导入文件（capacity-app import FILE）：每个值都会经过检查，在应用程序之外修改过的单元格会被列出，只有整个文件有效时才会保存。Scores、Matrix和Recommendations由应用程序重新计算。六种语文中任何一种语文的工作簿均可在其他任何语文中导入。",
    },
    "wb.readme.formulas": {
        "en": "Formulas are never evaluated: type values, not formulas.",
        "zh": "公式永远不会被计算：请键入值，而不是公式。",
    },
    "wb.readme.format": {
        "en": "Format: docs/workbook-format.md in the capacity-app source.",
        "zh": "格式：见capacity-app源代码中的docs/workbook-format.md。",
    },
}
