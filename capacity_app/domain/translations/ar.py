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
        "ar": "لا تُعرف إلا {share} في المائة من الأسئلة الأساسية (المجاب عنها، أو التي لا تنطبق حيث يُسمح بذلك)؛ وتحديد الفئة يتطلب {threshold} في المائة",
    },
    "noband.section_incomplete": {
        "en": "{sections}: less than {threshold}% of the primary questions answered or not applicable; a band needs every area assessed",
        "ar": "{sections}: المجاب عنه أو غير المنطبق أقل من {threshold} في المائة من الأسئلة الأساسية؛ وتحديد الفئة يتطلب تقييم كل المجالات",
    },
    "noband.no_reference_date": {
        "en": "no reference date in S0: the age of the data is not judged, so no band",
        "ar": "لا يوجد تاريخ مرجعي في الفرع S0: لا يُقدَّر قِدَم البيانات، ومن ثم لا تُحدَّد فئة",
    },
    # --- refused
    "refused.reference_date": {
        "en": "the reference date {ref} comes before data already recorded for {year} ({where}): all data would count as recent; correct the date or that year",
        "ar": "التاريخ المرجعي {ref} سابق لبيانات سبق تسجيلها لسنة {year} ({where}): ستُعَدّ جميع البيانات حديثة؛ صحِّحوا التاريخ أو تلك السنة",
    },
    # --- noband
    "noband.reference_date_before_data": {
        "en": "the reference date {ref} is earlier than data of {year} ({where}): it is not used, the age of the data is not judged, so no band",
        "ar": "التاريخ المرجعي {ref} سابق لبيانات سنة {year} ({where}): لا يُستخدم، ولا يُقدَّر قِدَم البيانات، ومن ثم لا تُحدَّد فئة",
    },
    # --- gap
    "gap.data": {
        "en": "Data gap",
        "ar": "فجوة في البيانات",
    },
    "gap.processing_access": {
        "en": "Processing or access gap",
        "ar": "فجوة في المعالجة أو الوصول",
    },
    "gap.reporting": {
        "en": "Reporting gap",
        "ar": "فجوة في النشر",
    },
    "gap.disaggregation": {
        "en": "Disaggregation gap",
        "ar": "فجوة في التصنيف",
    },
    "gap.none": {
        "en": "No gap",
        "ar": "لا توجد فجوة",
    },
    "gap.not_rated": {
        "en": "Need not rated",
        "ar": "لم تُقدَّر الحاجة",
    },
    "gap.not_assessed": {
        "en": "Not yet assessed",
        "ar": "لم يُقيَّم بعد",
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
        "ar": "{src}: لم يُقيَّم بعد",
    },
    "cell.not_applicable": {
        "en": "{src}: marked not applicable, left out",
        "ar": "{src}: وُصف بأنه لا ينطبق، فاستُبعد",
    },
    "cell.exists_no": {
        "en": "{src}: the source does not exist → level 0",
        "ar": "{src}: المصدر غير موجود ← المستوى 0",
    },
    "cell.exists_planned": {
        "en": "{src}: the source is only planned → level 0",
        "ar": "{src}: المصدر مُخطَّط له فقط ← المستوى 0",
    },
    "cell.exists_unknown": {
        "en": "{src}: existence of the source {state} → not described yet, no level",
        "ar": "{src}: وجود المصدر {state} ← لم يوصف بعد، بلا مستوى",
    },
    "cell.variables_no": {
        "en": "{src}: does not collect the variables the question needs → level 0",
        "ar": "{src}: لا يجمع المتغيرات التي يحتاج إليها السؤال ← المستوى 0",
    },
    "cell.variables_unknown": {
        "en": "{src}: variables collected {state} → treated as lacking → level 0",
        "ar": "{src}: جمع المتغيرات {state} ← يُعامَل كأنها غير مجموعة ← المستوى 0",
    },
    "cell.variables_partly": {
        "en": "{src}: collects only some of the variables needed → content shortfall → level 2",
        "ar": "{src}: لا يجمع إلا بعض المتغيرات اللازمة ← قصور في المحتوى ← المستوى 2",
    },
    "cell.not_tabulated": {
        "en": "{src}: not processed or tabulated for this question → level 1",
        "ar": "{src}: لا يُعالَج ولا يُجدوَل لخدمة هذا السؤال ← المستوى 1",
    },
    "cell.tabulated_unknown": {
        "en": "{src}: tabulation {state} → treated as not tabulated → level 1",
        "ar": "{src}: الجدولة {state} ← يُعامَل كأنه غير مجدول ← المستوى 1",
    },
    "cell.one_off": {
        "en": "{src}: one-off collection → periodicity shortfall → level 1",
        "ar": "{src}: جمع لمرة واحدة ← قصور في الدورية ← المستوى 1",
    },
    "cell.periodicity_unknown": {
        "en": "{src}: periodicity {state} → treated as one-off → level 1",
        "ar": "{src}: الدورية {state} ← يُعامَل كأنه لمرة واحدة ← المستوى 1",
    },
    "cell.flow_not_annual": {
        "en": "{src}: {periodicity}, but a flow needs annual or continuous data → periodicity shortfall → level 2",
        "ar": "{src}: {periodicity}، في حين أن التدفق يحتاج إلى بيانات سنوية أو مستمرة ← قصور في الدورية ← المستوى 2",
    },
    "cell.stock_infrequent": {
        "en": "{src}: {periodicity}, but a survey or register needs a round at least every 5 years → periodicity shortfall → level 2",
        "ar": "{src}: {periodicity}، في حين أن الدراسة الاستقصائية أو السجل يحتاج إلى جولة كل 5 سنوات على الأقل ← قصور في الدورية ← المستوى 2",
    },
    "cell.too_old": {
        "en": "{src} {year}: older than {limit} years at reference date {ref} → recency shortfall → level 1",
        "ar": "{src} {year}: أقدم من {limit} سنوات في التاريخ المرجعي {ref} ← قصور في حداثة البيانات ← المستوى 1",
    },
    "cell.no_reference_date": {
        "en": "{src} {year}: age not judged (no valid reference date in S0) → recency cannot be shown → level 1",
        "ar": "{src} {year}: لم يُقدَّر القِدَم (لا يوجد تاريخ مرجعي صالح في الفرع S0) ← لا يمكن إثبات حداثة البيانات ← المستوى 1",
    },
    "cell.year_unknown": {
        "en": "{src}: latest reference year {state} → recency cannot be shown → level 1",
        "ar": "{src}: أحدث سنة مرجعية {state} ← لا يمكن إثبات حداثة البيانات ← المستوى 1",
    },
    "cell.late": {
        "en": "{src}: released more than 24 months after the reference period → timeliness shortfall → level 2",
        "ar": "{src}: يُنشر بعد أكثر من 24 شهرًا من الفترة المرجعية ← قصور في حسن التوقيت ← المستوى 2",
    },
    "cell.timeliness_unknown": {
        "en": "{src}: timeliness {state} → treated as late → level 2",
        "ar": "{src}: حسن التوقيت {state} ← يُعامَل كأنه متأخر ← المستوى 2",
    },
    "cell.breakdown_unknown": {
        "en": "{src}: breakdowns {state} → cannot be shown → level 2",
        "ar": "{src}: التصنيفات {state} ← لا يمكن إثباتها ← المستوى 2",
    },
    "cell.breakdown_missing": {
        "en": "{src}: no breakdown by {missing} → disaggregation shortfall → level 2",
        "ar": "{src}: لا يوجد تصنيف حسب {missing} ← قصور في التصنيف ← المستوى 2",
    },
    "cell.internal": {
        "en": "{src}: results for internal use only → no access → level 1",
        "ar": "{src}: النتائج للاستخدام الداخلي فقط ← لا وصول ← المستوى 1",
    },
    "cell.access_unknown": {
        "en": "{src}: accessibility {state} → treated as internal only → level 1",
        "ar": "{src}: إمكانية الوصول {state} ← يُعامَل كأنه للاستخدام الداخلي فقط ← المستوى 1",
    },
    "cell.on_request": {
        "en": "{src}: results only on request, not public → access shortfall → level 2",
        "ar": "{src}: النتائج متاحة عند الطلب فقط، وليست علنية ← قصور في الوصول ← المستوى 2",
    },
    "cell.not_aligned": {
        "en": "{src}: definitions not aligned with the UN recommendations → level 1",
        "ar": "{src}: التعاريف غير متوائمة مع توصيات الأمم المتحدة ← المستوى 1",
    },
    "cell.aligned_unknown": {
        "en": "{src}: alignment with the UN recommendations {state} → treated as not aligned → level 1",
        "ar": "{src}: المواءمة مع توصيات الأمم المتحدة {state} ← يُعامَل كأنه غير متوائم ← المستوى 1",
    },
    "cell.partly_aligned": {
        "en": "{src}: definitions only partly aligned with the UN recommendations → level 2",
        "ar": "{src}: التعاريف متوائمة جزئيًا فقط مع توصيات الأمم المتحدة ← المستوى 2",
    },
    "cell.fit": {
        "en": "{src}: regular, timely, aligned, by sex, age and migratory status, published → level 3",
        "ar": "{src}: منتظم، وفي الوقت المناسب، ومتوائم، ومصنف حسب الجنس والعمر والوضع من حيث الهجرة، ومنشور ← المستوى 3",
    },
    "cell.result": {
        "en": "{src}: level {level}",
        "ar": "{src}: المستوى {level}",
    },
    # --- breakdown
    "breakdown.sex": {
        "en": "sex",
        "ar": "الجنس",
    },
    "breakdown.age": {
        "en": "age",
        "ar": "العمر",
    },
    "breakdown.origin": {
        "en": "migratory status or origin",
        "ar": "الوضع من حيث الهجرة أو الأصل",
    },
    # --- words
    "and": {
        "en": "and",
        "ar": "و",
    },
    # --- pq
    "pq.need": {
        "en": "need {need} (S2 rating); weighs {weight} in S3",
        "ar": "الحاجة {need} (تقدير الفرع S2)؛ وزنها {weight} في الفرع S3",
    },
    "pq.need_dont_know": {
        "en": "need not known (don't know) → no gap, priority or rank until it is rated; weighs {weight} in S3",
        "ar": "الحاجة غير معروفة (لا أعرف) ← لا فجوة ولا أولوية ولا ترتيب إلى أن تُقدَّر؛ وزنها {weight} في الفرع S3",
    },
    "pq.need_missing": {
        "en": "need not rated yet in S2 → no gap, priority or rank; weighs {weight} in S3",
        "ar": "لم تُقدَّر الحاجة بعد في الفرع S2 ← لا فجوة ولا أولوية ولا ترتيب؛ وزنها {weight} في الفرع S3",
    },
    "pq.need_na": {
        "en": "need marked not applicable, with its reason (the question does not arise) → need 0; still weighs {weight} in S3",
        "ar": "وُصفت الحاجة بأنها لا تنطبق، مع ذكر السبب (السؤال لا يُطرح) ← الحاجة 0؛ ويبقى وزنها {weight} في الفرع S3",
    },
    "pq.need_na_no_reason": {
        "en": "need marked not applicable without a reason in the comment → not rated; weighs {weight} in S3",
        "ar": "وُصفت الحاجة بأنها لا تنطبق دون ذكر سبب في التعليق ← لم تُقدَّر؛ وزنها {weight} في الفرع S3",
    },
    "pq.not_assessed": {
        "en": "no source described yet (existence not stated) → not yet assessed: no availability, gap, rank or action",
        "ar": "لم يوصف أي مصدر بعد (لم يُذكر وجوده) ← لم يُقيَّم بعد: لا توافر ولا فجوة ولا ترتيب ولا إجراء",
    },
    "pq.unconfirmed": {
        "en": "not confirmed by an answer (not stated or don't know): {factors} → followed up, no action drawn from them",
        "ar": "لم تؤكدها إجابة (غير مذكورة أو «لا أعرف»): {factors} ← تُدرج للمتابعة، ولا يُستخلص منها أي إجراء",
    },
    "pq.to_confirm": {
        "en": "(to confirm)",
        "ar": "(يتعين التأكيد)",
    },
    "pq.s1_not_available": {
        "en": "S1, {stat}: not available; the sources do not yet give the statistic",
        "ar": "الفرع S1، {stat}: غير متاح؛ لا توفر المصادر هذا الإحصاء بعد",
    },
    "pq.s1_unknown": {
        "en": "S1, {stat}: availability not confirmed ({state})",
        "ar": "الفرع S1، {stat}: التوافر غير مؤكد ({state})",
    },
    "pq.s1_not_12_months": {
        "en": "S1, {stat}: not measured by the 12-month usual-residence rule",
        "ar": "الفرع S1، {stat}: غير مقيس وفق قاعدة الإقامة المعتادة لمدة 12 شهرًا",
    },
    "pq.availability": {
        "en": "availability {availability} = best source level ({sources})",
        "ar": "التوافر {availability} = أعلى مستوى بين المصادر ({sources})",
    },
    "pq.availability_none": {
        "en": "availability 0: no source scores above 0",
        "ar": "التوافر 0: لا يتجاوز أي مصدر المستوى 0",
    },
    "pq.gap": {
        "en": "gap = max(0, {need} − {availability}) = {gap}; priority = need × gap = {priority}",
        "ar": "الفجوة = max(0, {need} − {availability}) = {gap}؛ الأولوية = الحاجة × الفجوة = {priority}",
    },
    "pq.limiting": {
        "en": "what limits the best data available: {factors}",
        "ar": "ما يحدّ من أفضل البيانات المتاحة: {factors}",
    },
    "pq.type.not_rated": {
        "en": "need not rated: no gap type, no rank",
        "ar": "لم تُقدَّر الحاجة: لا نوع للفجوة ولا ترتيب",
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
        "ar": "السؤال {code}: الفجوة {gap}، والأولوية {priority}، والعوامل المقيِّدة: {factors}",
    },
    # --- pq
    "pq.type.data": {
        "en": "data gap: no source collects usable data for this question",
        "ar": "فجوة في البيانات: لا يجمع أي مصدر بيانات صالحة للاستخدام لهذا السؤال",
    },
    "pq.type.processing_access": {
        "en": "processing or access gap: the data are collected but not tabulated, not accessible, one-off or not aligned",
        "ar": "فجوة في المعالجة أو الوصول: البيانات تُجمع، ولكنها غير مجدولة، أو غير متاحة، أو لمرة واحدة، أو غير متوائمة",
    },
    "pq.type.reporting": {
        "en": "reporting gap: the best source is held back by periodicity, recency, timeliness, publication or alignment",
        "ar": "فجوة في النشر: أفضل مصدر مقيَّد بالدورية، أو حداثة البيانات، أو حسن التوقيت، أو النشر، أو المواءمة",
    },
    "pq.type.disaggregation": {
        "en": "disaggregation gap: the best source lacks a key breakdown (sex, age, migratory status)",
        "ar": "فجوة في التصنيف: يفتقر أفضل مصدر إلى تصنيف رئيسي (الجنس، أو العمر، أو الوضع من حيث الهجرة)",
    },
    "pq.type.not_assessed": {
        "en": "not yet assessed: describe the sources in S3",
        "ar": "لم يُقيَّم بعد: صِفوا المصادر في الفرع S3",
    },
    "pq.type.none": {
        "en": "no gap: the need is met",
        "ar": "لا توجد فجوة: الحاجة مُلبّاة",
    },
    "pq.triangulation": {
        "en": "triangulation possible: {count} sources at level 2 or more ({sources})",
        "ar": "يمكن التحقق المتقاطع: عدد المصادر في المستوى 2 أو أعلى: {count} ({sources})",
    },
    "pq.quick_win": {
        "en": "quick win (data already collected, level 1): {sources}",
        "ar": "مكسب سريع (البيانات تُجمع بالفعل، المستوى 1): {sources}",
    },
    "pq.sdg_links": {
        "en": "SDG indicators in S4 that rely on these sources: {count} ({sources})",
        "ar": "مؤشرات أهداف التنمية المستدامة في الفرع S4 التي تعتمد على هذه المصادر: {count} ({sources})",
    },
    "pq.rank": {
        "en": "rank {rank} of {total}",
        "ar": "الترتيب {rank} من {total}",
    },
    # --- sec
    "sec.points": {
        "en": "{points} of {max_points} points from {count} scored items → {score}",
        "ar": "النقاط: {points} من {max_points}، من البنود المحسوبة الدرجة (عددها {count}) ← {score}",
    },
    "sec.none": {
        "en": "no question of this section is scored for this country → no score",
        "ar": "لا يُحسب لهذا البلد أي سؤال من أسئلة هذا الفرع ← لا درجة",
    },
    "sec.not_assessed": {
        "en": "nothing known yet (no primary question answered) → not yet assessed, no score; counts 0 in the overall score",
        "ar": "لا شيء معروف بعد (لم يُجب عن أي سؤال أساسي) ← لم يُقيَّم بعد، ولا درجة له؛ ويُحسب 0 في الدرجة الإجمالية",
    },
    "sec.closed": {
        "en": "follow-up questions closed by a 'no' in this section, which earn nothing: {count}",
        "ar": "أسئلة المتابعة التي أُغلقت بالإجابة «لا» في هذا الفرع، ولا تُكسب أي نقاط: {count}",
    },
    "sec.not_judged": {
        "en": "age checks not judged for want of a valid reference date, which earn nothing: {count}",
        "ar": "عمليات التحقق من القِدَم التي لم تُقدَّر لعدم وجود تاريخ مرجعي صالح، ولا تُكسب أي نقاط: {count}",
    },
    "sec.blank": {
        "en": "answers not given yet, scored 0 and listed for follow-up: {count}",
        "ar": "الإجابات التي لم تُقدَّم بعد، وتُحسب 0 وتُدرج للمتابعة: {count}",
    },
    "sec.completeness": {
        "en": "completeness: {given} of {units} primary questions answered or not applicable ({share}%)",
        "ar": "الاكتمال: {given} من {units} من الأسئلة الأساسية مجاب عنها أو غير منطبقة ({share} في المائة)",
    },
    "sec.s3": {
        "en": "need-weighted availability of {count} policy questions: ({terms}) = {points} of {max_points} → {score}",
        "ar": "التوافر المرجَّح بالحاجة لعدد {count} من أسئلة السياسات: ({terms}) = {points} من {max_points} ← {score}",
    },
    "sec.s3_unassessed": {
        "en": "policy questions with no source described yet, counted as 0: {count}",
        "ar": "أسئلة السياسات التي لم يوصف لها أي مصدر بعد، وتُحسب 0: {count}",
    },
    "sec.dont_know": {
        "en": "answers 'don't know', scored 0 and listed for follow-up: {count}",
        "ar": "الإجابات «لا أعرف»، وتُحسب 0 وتُدرج للمتابعة: {count}",
    },
    "sec.not_applicable": {
        "en": "answers 'not applicable' by the country's own statement (for example no such register by design), which earn nothing: {count}",
        "ar": "الإجابات «لا ينطبق» بناءً على إفادة البلد نفسه (مثل عدم وجود سجل من هذا النوع عن قصد)، ولا تُكسب أي نقاط: {count}",
    },
    "sec.matrix_not_applicable": {
        "en": "sources marked not applicable (absent by design), left out so that the best source decides: {count}",
        "ar": "المصادر الموصوفة بأنها لا تنطبق (غير موجودة عن قصد)، وقد استُبعدت ليكون أفضل مصدر هو الذي يحدد النتيجة: {count}",
    },
    "sec.weight": {
        "en": "weight {weight} in the overall score",
        "ar": "الوزن {weight} في الدرجة الإجمالية",
    },
    # --- find
    "find.s1_not_available": {
        "en": "{stat}: not available",
        "ar": "{stat}: غير متاح",
    },
    "find.s1_old_stock": {
        "en": "{stat} {year}: stock figure older than 10 years at reference date {ref}",
        "ar": "{stat} {year}: رقم الرصيد أقدم من 10 سنوات في التاريخ المرجعي {ref}",
    },
    "find.s1_old_flow": {
        "en": "{stat} {year}: flow figure older than 2 years at reference date {ref}",
        "ar": "{stat} {year}: رقم التدفق أقدم من سنتين في التاريخ المرجعي {ref}",
    },
    "find.s1_definition": {
        "en": "{stat}: definition is neither country of birth nor citizenship",
        "ar": "{stat}: التعريف لا يستند إلى بلد الميلاد ولا إلى الجنسية",
    },
    "find.s1_definition_flow": {
        "en": "{stat}: flow not measured by the 12-month usual-residence rule of the UN Recommendations",
        "ar": "{stat}: التدفق غير مقيس وفق قاعدة الإقامة المعتادة لمدة 12 شهرًا الواردة في توصيات الأمم المتحدة",
    },
    "find.s1_breakdown": {
        "en": "{stat}: no breakdown by {missing}",
        "ar": "{stat}: لا يوجد تصنيف حسب {missing}",
    },
    "find.s1_internal": {
        "en": "{stat}: internal use only",
        "ar": "{stat}: للاستخدام الداخلي فقط",
    },
    "find.s1_remittances": {
        "en": "{stat}: no balance-of-payments remittance figure",
        "ar": "{stat}: لا يوجد رقم للتحويلات المالية في ميزان المدفوعات",
    },
    "find.s6a_old_census": {
        "en": "census {year}: older than 10 years at reference date {ref}",
        "ar": "تعداد {year}: أقدم من 10 سنوات في التاريخ المرجعي {ref}",
    },
    "find.s6a_census_unknown": {
        "en": "year of the last census {state}",
        "ar": "سنة آخر تعداد {state}",
    },
    "find.s6a_core_missing": {
        "en": "core topics the census lacks: {missing}",
        "ar": "المواضيع الأساسية التي يفتقر إليها التعداد: {missing}",
    },
    "find.s6b_no_survey": {
        "en": "no household survey identifies migrants",
        "ar": "لا توجد دراسة استقصائية للأسر المعيشية تحدد المهاجرين",
    },
    "find.s6b_old_survey": {
        "en": "no household survey identifying migrants in the last 5 years (latest {year})",
        "ar": "لم تُجرَ أي دراسة استقصائية للأسر المعيشية تحدد المهاجرين في السنوات الخمس الأخيرة (آخرها في {year})",
    },
    "find.s6c_no_access": {
        "en": "{register}: exists, but the statistical office has no access",
        "ar": "{register}: موجود، ولكن المكتب الإحصائي لا يستطيع الوصول إليه",
    },
    "find.s6c_not_used": {
        "en": "{register}: exists, but is not used for statistics",
        "ar": "{register}: موجود، ولكنه لا يُستخدم لأغراض إحصائية",
    },
    "find.s9_no_mechanism": {
        "en": "no interagency coordination mechanism on migration statistics",
        "ar": "لا توجد آلية للتنسيق بين الجهات في مجال إحصاءات الهجرة",
    },
    "find.s10_origin_no_exchange": {
        "en": "country of origin with neither data exchange nor use of mirror data",
        "ar": "بلد منشأ لا يتبادل البيانات ولا يستخدم البيانات المقابلة",
    },
    "find.s2_no_policy": {
        "en": "{item}: {answer}",
        "ar": "{item}: {answer}",
    },
    "find.s4_quick_win": {
        "en": "SDG {number} {label}: produced from a source that identifies migrants, not published by migratory status",
        "ar": "مؤشر أهداف التنمية المستدامة {number} {label}: يُعَدّ من مصدر يحدد المهاجرين، ولكنه لا يُنشر مصنفًا حسب الوضع من حيث الهجرة",
    },
    "find.s5_no_strategy": {
        "en": "{item}: {answer}",
        "ar": "{item}: {answer}",
    },
    "find.s7_no_new_sources": {
        "en": "no new data source is used or piloted for migration statistics",
        "ar": "لا يُستخدم أي مصدر جديد للبيانات ولا يُجرَّب لإعداد إحصاءات الهجرة",
    },
    "find.s8_not_online": {
        "en": "{item}: {answer}",
        "ar": "{item}: {answer}",
    },
    "find.s8_not_machine_readable": {
        "en": "{item}: {answer}",
        "ar": "{item}: {answer}",
    },
    "find.s11_children_stock": {
        "en": "migrant stock of children (age 0-17) by sex: {answer}",
        "ar": "رصيد المهاجرين من الأطفال (الأعمار 0-17) حسب الجنس: {answer}",
    },
    "find.s11_left_behind": {
        "en": "children left behind by migrant parents: {answer}",
        "ar": "الأطفال الذين يتركهم آباؤهم المهاجرون: {answer}",
    },
    "find.s11_unaccompanied": {
        "en": "unaccompanied and separated children recorded as such: {answer}",
        "ar": "تسجيل الأطفال غير المصحوبين والمنفصلين عن ذويهم بهذه الصفة: {answer}",
    },
    "find.s12_no_unit": {
        "en": "{item}: {answer}",
        "ar": "{item}: {answer}",
    },
    "find.s12_no_budget": {
        "en": "{item}: {answer}",
        "ar": "{item}: {answer}",
    },
    # --- chk
    "chk.recency_ok": {
        "en": "{what} {year}: within {limit} years of reference date {ref}",
        "ar": "{what} {year}: في حدود {limit} سنوات من التاريخ المرجعي {ref}",
    },
    "chk.core_topics": {
        "en": "census core topics: {count} of 3",
        "ar": "المواضيع الأساسية للتعداد: {count} من 3",
    },
    # --- sdg
    "sdg.produced": {
        "en": "Produced, not by migratory status",
        "ar": "يُعَدّ، ولكن دون تصنيف حسب الوضع من حيث الهجرة",
    },
    "sdg.identifies_migrants": {
        "en": "Source identifies migrants",
        "ar": "المصدر يحدد المهاجرين",
    },
    "sdg.published": {
        "en": "Published by migratory status",
        "ar": "يُنشر مصنفًا حسب الوضع من حيث الهجرة",
    },
    "sdg.quick_win": {
        "en": "Quick win",
        "ar": "مكسب سريع",
    },
    "sdg.not_produced": {
        "en": "Not produced",
        "ar": "لا يُعَدّ",
    },
    "sdg.unknown": {
        "en": "Unknown",
        "ar": "غير معروف",
    },
    "sdg.not_applicable": {
        "en": "Compiled globally",
        "ar": "يُجمع على الصعيد العالمي",
    },
    "sdg.r_not_applicable": {
        "en": "not applicable: {reason}",
        "ar": "لا ينطبق: {reason}",
    },
    "sdg.r_not_by_status": {
        "en": "cannot be disaggregated by migratory status (not measured on persons)",
        "ar": "لا يمكن تصنيفه حسب الوضع من حيث الهجرة (لا يُقاس على الأشخاص)",
    },
    "sdg.r_not_produced": {
        "en": "not produced nationally",
        "ar": "لا يُعَدّ على الصعيد الوطني",
    },
    "sdg.r_unknown": {
        "en": "production {state}",
        "ar": "الإعداد {state}",
    },
    "sdg.r_produced": {
        "en": "produced",
        "ar": "يُعَدّ",
    },
    "sdg.r_identifies": {
        "en": "its source identifies migrants",
        "ar": "مصدره يحدد المهاجرين",
    },
    "sdg.r_not_identifies": {
        "en": "its source does not identify migrants",
        "ar": "مصدره لا يحدد المهاجرين",
    },
    "sdg.r_identifies_unknown": {
        "en": "whether its source identifies migrants: {state}",
        "ar": "هل يحدد مصدره المهاجرين: {state}",
    },
    "sdg.r_published": {
        "en": "published by migratory status",
        "ar": "يُنشر مصنفًا حسب الوضع من حيث الهجرة",
    },
    "sdg.r_partly_published": {
        "en": "partly published by migratory status (some years or on request)",
        "ar": "يُنشر جزئيًا مصنفًا حسب الوضع من حيث الهجرة (لبعض السنوات أو عند الطلب)",
    },
    "sdg.r_not_published": {
        "en": "not published by migratory status → quick win",
        "ar": "لا يُنشر مصنفًا حسب الوضع من حيث الهجرة ← مكسب سريع",
    },
    "sdg.r_published_unknown": {
        "en": "publication by migratory status {state}",
        "ar": "النشر مصنفًا حسب الوضع من حيث الهجرة: {state}",
    },
    "sdg.r_source": {
        "en": "source: {source}",
        "ar": "المصدر: {source}",
    },
    # --- overall
    "overall.mean": {
        "en": "weighted mean of {count} section scores: {terms} ÷ {weights} = {score} → {band}",
        "ar": "المتوسط المرجَّح لدرجات الفروع (عددها {count}): {terms} ÷ {weights} = {score} ← {band}",
    },
    "overall.completeness": {
        "en": "completeness {share}% (weighted share of the primary questions answered or not applicable; 'don't know' {dont_know}%); below {threshold}% the score is provisional and has no band",
        "ar": "الاكتمال {share} في المائة (الحصة المرجَّحة من الأسئلة الأساسية المجاب عنها أو غير المنطبقة؛ «لا أعرف» {dont_know} في المائة)؛ وإذا قلّ عن {threshold} في المائة تكون الدرجة مؤقتة ولا تُحدَّد لها فئة",
    },
    "overall.not_assessed": {
        "en": "not yet assessed, counted 0: {sections}",
        "ar": "لم تُقيَّم بعد، وتُحسب 0: {sections}",
    },
    "overall.custom_weights": {
        "en": "with the assessment's own weights ({weights}): {score} — {label}; the band is given only by the documented weights",
        "ar": "بالأوزان الخاصة بهذا التقييم ({weights}): {score} — {label}؛ ولا تُحدَّد الفئة إلا بالأوزان الموثقة",
    },
    "overall.na_refused": {
        "en": "answers 'not applicable' where the questionnaire does not allow it, scored as not given: {count} ({keys})",
        "ar": "إجابات «لا ينطبق» حيث لا يسمح الاستبيان بذلك، وتُحسب كأنها لم تُقدَّم: {count} ({keys})",
    },
    "overall.none": {
        "en": "no section has a score yet",
        "ar": "لا توجد درجة لأي فرع بعد",
    },
    "overall.left_out": {
        "en": "left out (weight 0, or nothing scored for this country): {sections}",
        "ar": "مستبعدة (وزنها 0، أو لا يُحسب فيها شيء لهذا البلد): {sections}",
    },
    # --- cmp
    "cmp.overall": {
        "en": "Overall {before} → {after} ({trend})",
        "ar": "الدرجة الإجمالية {before} ← {after} ({trend})",
    },
    "cmp.pq": {
        "en": "availability {a_before} → {a_after}, gap {g_before} → {g_after}",
        "ar": "التوافر {a_before} ← {a_after}، والفجوة {g_before} ← {g_after}",
    },
    "cmp.summary": {
        "en": "improvements: {improvements}, regressions: {regressions}",
        "ar": "التحسينات: {improvements}، والتراجعات: {regressions}",
    },
    # --- hdr
    "hdr.overall": {
        "en": "Overall {score}/100  {band}  (reference date {ref}, rules {rules})",
        "ar": "الدرجة الإجمالية {score}/100  {band}  (التاريخ المرجعي {ref}، القواعد {rules})",
    },
    "hdr.sections": {
        "en": "Sections",
        "ar": "الفروع",
    },
    "hdr.policy_questions": {
        "en": "Policy questions, by priority",
        "ar": "أسئلة السياسات، حسب الأولوية",
    },
    "hdr.pq_line": {
        "en": "need {need}  availability {availability}  priority {priority}",
        "ar": "الحاجة {need}  التوافر {availability}  الأولوية {priority}",
    },
    "hdr.sdg": {
        "en": "SDG indicators by migratory status",
        "ar": "مؤشرات أهداف التنمية المستدامة حسب الوضع من حيث الهجرة",
    },
    "hdr.recommendations": {
        "en": "Recommendations, most urgent first",
        "ar": "التوصيات، الأشد إلحاحًا أولًا",
    },
    "hdr.none": {
        "en": "(none)",
        "ar": "(لا شيء)",
    },
    "hdr.follow_up": {
        "en": "To follow up (don't know or not answered yet)",
        "ar": "للمتابعة («لا أعرف» أو لم يُجب عنها بعد)",
    },
    "hdr.completeness": {
        "en": "Completeness {share}%",
        "ar": "الاكتمال {share} في المائة",
    },
    "hdr.not_answered": {
        "en": "not answered yet",
        "ar": "لم يُجب عنه بعد",
    },
    "hdr.no_reason": {
        "en": "not applicable without a reason",
        "ar": "لا ينطبق دون ذكر سبب",
    },
    "hdr.custom": {
        "en": "{label}: {score}/100 (weights {weights})",
        "ar": "{label}: {score}/100 (الأوزان {weights})",
    },
    "hdr.not_applicable": {
        "en": "Not applicable, with the reason",
        "ar": "لا ينطبق، مع ذكر السبب",
    },
    # --- cmp
    "cmp.improved": {
        "en": "improved",
        "ar": "تحسُّن",
    },
    "cmp.regressed": {
        "en": "regressed",
        "ar": "تراجع",
    },
    "cmp.unchanged": {
        "en": "unchanged",
        "ar": "بلا تغيير",
    },
    # --- wb
    "wb.plan_currency": {
        "en": "The plan's currency; empty: the country's.",
        "ar": "عملة الخطة؛ إذا تُركت فارغة فهي عملة البلد.",
    },
    "wb.exchange_rate": {
        "en": "1 US dollar = {rate} {currency} on {date}",
        "ar": "1 دولار من دولارات الولايات المتحدة = {rate} {currency} في {date}",
    },
    "wb.validated_on": {
        "en": "The day the government validated the plan.",
        "ar": "اليوم الذي صادقت فيه الحكومة على الخطة.",
    },
    "wb.validated_action": {
        "en": "The action as validated (do not edit: an edit since is listed as such).",
        "ar": "الإجراء كما صودق عليه (لا تعدّله: أي تعديل لاحق يُدرج بوصفه تعديلًا).",
    },
    "wb.totals.col.by": {
        "en": "Totals by",
        "ar": "المجاميع حسب",
    },
    "wb.totals.col.item": {
        "en": "Year, institution or source",
        "ar": "السنة أو المؤسسة أو المصدر",
    },
    "wb.totals.col.currency": {
        "en": "Currency",
        "ar": "العملة",
    },
    "wb.totals.col.cost": {
        "en": "Cost",
        "ar": "التكلفة",
    },
    "wb.totals.col.secured": {
        "en": "Secured",
        "ar": "المضمون",
    },
    "wb.totals.col.gap": {
        "en": "Financing gap",
        "ar": "فجوة التمويل",
    },
    "wb.totals.col.cost_usd": {
        "en": "Cost in US dollars",
        "ar": "التكلفة بدولارات الولايات المتحدة",
    },
    "wb.totals.col.gap_usd": {
        "en": "Financing gap in US dollars",
        "ar": "فجوة التمويل بدولارات الولايات المتحدة",
    },
    "wb.totals.all": {
        "en": "Whole plan",
        "ar": "الخطة بأكملها",
    },
    "wb.totals.total": {
        "en": "Total",
        "ar": "المجموع",
    },
    "wb.totals.year": {
        "en": "Year",
        "ar": "السنة",
    },
    "wb.totals.institution": {
        "en": "Lead institution",
        "ar": "المؤسسة الرائدة",
    },
    "wb.totals.source": {
        "en": "Funding source",
        "ar": "مصدر التمويل",
    },
    "wb.totals.no_owner": {
        "en": "No institution yet",
        "ar": "لم تُحدَّد مؤسسة بعد",
    },
    "wb.totals.national": {
        "en": "National budget",
        "ar": "الميزانية الوطنية",
    },
    "wb.totals.partner": {
        "en": "Development partner: {name}",
        "ar": "شريك إنمائي: {name}",
    },
    "wb.totals.other": {
        "en": "Other source",
        "ar": "مصدر آخر",
    },
    "wb.totals.other_named": {
        "en": "Other source: {name}",
        "ar": "مصدر آخر: {name}",
    },
    "wb.totals.read_only": {
        "en": "Read-only summary, computed at the export from the Action plan and Action costs sheets. The import does not read this sheet: to change a cost, edit the Action costs sheet.",
        "ar": "موجز للاطلاع فقط، يُحسب عند التصدير من ورقتي Action plan وAction costs. لا يقرأ الاستيراد هذه الورقة: لتغيير تكلفة ما، عدِّل ورقة Action costs.",
    },
    "wb.totals.gap_note": {
        "en": "The financing gap is the cost whose funding is not yet secured.",
        "ar": "فجوة التمويل هي التكلفة التي لم يُضمن تمويلها بعد.",
    },
    "wb.totals.costed": {
        "en": "Actions costed: {costed} of {actions}.",
        "ar": "الإجراءات المحددة التكلفة: {costed} من أصل {actions}.",
    },
    "wb.totals.lead_note": {
        "en": "An action's cost is counted under its lead institution, the first one named.",
        "ar": "تُحتسب تكلفة كل إجراء ضمن المؤسسة الرائدة له، وهي أول مؤسسة تُذكر.",
    },
    "wb.totals.dropped": {
        "en": "Dropped actions, not counted: {n}.",
        "ar": "الإجراءات الملغاة، وهي غير محتسبة: {n}.",
    },
    "wb.totals.usd_note": {
        "en": "US dollar equivalents at the exchange rates of the Plan validation sheet, rounded to the cent.",
        "ar": "المبالغ المعادلة بدولارات الولايات المتحدة محسوبة بأسعار الصرف الواردة في ورقة Plan validation، ومقرّبة إلى أقرب سنت.",
    },
    "wb.totals.no_rate": {
        "en": "No exchange rate to the US dollar for {currencies}: their US dollar equivalents are left empty.",
        "ar": "لا يوجد سعر صرف مقابل دولار الولايات المتحدة للعملات التالية: {currencies}؛ ولذا تُركت المبالغ المعادلة لها بالدولار فارغة.",
    },
    "wb.totals.changed": {
        "en": "Changed since the validation of {date} (value approved → value now): {changes}",
        "ar": "ما عُدّل منذ اعتماد {date} (القيمة المعتمدة ← القيمة الحالية): {changes}",
    },
    "wb.totals.none": {
        "en": "No action of the plan is costed yet.",
        "ar": "لم تُحدَّد تكلفة أي إجراء من إجراءات الخطة بعد.",
    },
    "wb.col.Field": {
        "en": "Field",
        "ar": "الحقل",
    },
    "wb.col.Value": {
        "en": "Value",
        "ar": "القيمة",
    },
    "wb.col.Section": {
        "en": "Section",
        "ar": "الفرع",
    },
    "wb.col.Answer key": {
        "en": "Answer key",
        "ar": "مفتاح الإجابة",
    },
    "wb.col.Question": {
        "en": "Question",
        "ar": "السؤال",
    },
    "wb.col.Row": {
        "en": "Row",
        "ar": "الصف",
    },
    "wb.col.Type": {
        "en": "Type",
        "ar": "النوع",
    },
    "wb.col.Code": {
        "en": "Code",
        "ar": "الرمز",
    },
    "wb.col.Value label": {
        "en": "Value label",
        "ar": "تسمية القيمة",
    },
    "wb.col.Don't know": {
        "en": "Don't know",
        "ar": "لا أعرف",
    },
    "wb.col.Not applicable": {
        "en": "Not applicable",
        "ar": "لا ينطبق",
    },
    "wb.col.Comment": {
        "en": "Comment",
        "ar": "التعليق",
    },
    "wb.col.Evidence": {
        "en": "Evidence",
        "ar": "الأدلة",
    },
    "wb.col.Row check": {
        "en": "Row check",
        "ar": "التحقق من الصف",
    },
    "wb.col.Policy question": {
        "en": "Policy question",
        "ar": "سؤال السياسات",
    },
    "wb.col.Label": {
        "en": "Label",
        "ar": "التسمية",
    },
    "wb.col.Kind": {
        "en": "Kind",
        "ar": "الصنف",
    },
    "wb.col.Score": {
        "en": "Score",
        "ar": "الدرجة",
    },
    "wb.col.Need": {
        "en": "Need",
        "ar": "الحاجة",
    },
    "wb.col.Availability": {
        "en": "Availability",
        "ar": "التوافر",
    },
    "wb.col.Gap": {
        "en": "Gap",
        "ar": "الفجوة",
    },
    "wb.col.Priority": {
        "en": "Priority",
        "ar": "الأولوية",
    },
    "wb.col.Gap type": {
        "en": "Gap type",
        "ar": "نوع الفجوة",
    },
    "wb.col.Status": {
        "en": "Status",
        "ar": "الحالة",
    },
    "wb.col.Rank": {
        "en": "Rank",
        "ar": "الترتيب",
    },
    "wb.col.Notes": {
        "en": "Notes",
        "ar": "ملاحظات",
    },
    "wb.col.Id": {
        "en": "Id",
        "ar": "المعرّف",
    },
    "wb.col.Title": {
        "en": "Title",
        "ar": "العنوان",
    },
    "wb.col.Recommendation": {
        "en": "Recommendation",
        "ar": "التوصية",
    },
    "wb.col.Policy questions": {
        "en": "Policy questions",
        "ar": "أسئلة السياسات",
    },
    "wb.col.Responsible institutions": {
        "en": "Responsible institutions",
        "ar": "المؤسسات المسؤولة",
    },
    "wb.col.Start": {
        "en": "Start",
        "ar": "البداية",
    },
    "wb.col.End": {
        "en": "End",
        "ar": "النهاية",
    },
    "wb.col.Resources or technical assistance": {
        "en": "Resources or technical assistance",
        "ar": "الموارد أو المساعدة التقنية",
    },
    "wb.col.Milestone": {
        "en": "Milestone",
        "ar": "المعلم الرئيسي",
    },
    "wb.col.Priority action": {
        "en": "Priority action",
        "ar": "إجراء ذو أولوية",
    },
    "wb.col.Strategy objective": {
        "en": "Strategy objective",
        "ar": "هدف الاستراتيجية",
    },
    "wb.col.Action id": {
        "en": "Action id",
        "ar": "معرّف الإجراء",
    },
    "wb.col.Action": {
        "en": "Action",
        "ar": "الإجراء",
    },
    "wb.col.Year": {
        "en": "Year",
        "ar": "السنة",
    },
    "wb.col.Amount": {
        "en": "Amount",
        "ar": "المبلغ",
    },
    "wb.col.Currency": {
        "en": "Currency",
        "ar": "العملة",
    },
    "wb.col.Funding source": {
        "en": "Funding source",
        "ar": "مصدر التمويل",
    },
    "wb.col.Partner or other source": {
        "en": "Partner or other source",
        "ar": "الشريك أو مصدر آخر",
    },
    "wb.col.Secured": {
        "en": "Secured",
        "ar": "مضمون",
    },
    "wb.col.Executed": {
        "en": "Executed",
        "ar": "المنفَّذ",
    },
    "wb.col.Indicator": {
        "en": "Indicator",
        "ar": "المؤشر",
    },
    "wb.col.Baseline": {
        "en": "Baseline",
        "ar": "خط الأساس",
    },
    "wb.col.Target": {
        "en": "Target",
        "ar": "القيمة المستهدفة",
    },
    "wb.col.Means of verification": {
        "en": "Means of verification",
        "ar": "وسائل التحقق",
    },
    "wb.col.Risks and assumptions": {
        "en": "Risks and assumptions",
        "ar": "المخاطر والافتراضات",
    },
    "wb.col.Depends on": {
        "en": "Depends on",
        "ar": "يعتمد على",
    },
    "wb.col.SDG target": {
        "en": "SDG target",
        "ar": "غاية أهداف التنمية المستدامة",
    },
    "wb.col.Cost category": {
        "en": "Cost category",
        "ar": "فئة التكلفة",
    },
    "wb.col.Unit cost": {
        "en": "Unit cost",
        "ar": "تكلفة الوحدة",
    },
    "wb.col.Quantity": {
        "en": "Quantity",
        "ar": "الكمية",
    },
    "wb.col.Pipeline status": {
        "en": "Pipeline status",
        "ar": "مرحلة التمويل",
    },
    "wb.col.Value 2": {
        "en": "Value 2",
        "ar": "القيمة 2",
    },
    "wb.col.Value 3": {
        "en": "Value 3",
        "ar": "القيمة 3",
    },
    "wb.col.Value 4": {
        "en": "Value 4",
        "ar": "القيمة 4",
    },
    "wb.col.Review": {
        "en": "Review",
        "ar": "المراجعة",
    },
    "wb.col.Reviewer": {
        "en": "Reviewer",
        "ar": "المراجِع",
    },
    "wb.col.Reviewed at": {
        "en": "Reviewed at",
        "ar": "تاريخ المراجعة",
    },
    "wb.col.Review note": {
        "en": "Review note",
        "ar": "ملاحظة المراجعة",
    },
    "wb.col.Answer check": {
        "en": "Answer check",
        "ar": "التحقق من الإجابة",
    },
    "wb.col.Changed by": {
        "en": "Changed by",
        "ar": "عدّله",
    },
    "wb.col.Changed at": {
        "en": "Changed at",
        "ar": "تاريخ التعديل",
    },
    "wb.col.Earlier versions": {
        "en": "Earlier versions",
        "ar": "الإصدارات السابقة",
    },
    "wb.readme.title": {
        "en": "capacity-app assessment workbook",
        "ar": "مصنف التقييم الصادر عن capacity-app",
    },
    "wb.readme.intro": {
        "en": "This workbook holds one country's migration data capacity assessment, exported by capacity-app.",
        "ar": "يتضمن هذا المصنف تقييم قدرات بلد واحد في مجال بيانات الهجرة، وقد صدّره تطبيق capacity-app.",
    },
    "wb.readme.sheets": {
        "en": "Sheets (their names are the same in every language): Metadata (who, when, which questionnaire, checksums; protected), Answers (one row per answer: edit only the white columns {code}, {dont_know}, {not_applicable}, {comment}, {evidence}; selecting a {code} cell shows the values it accepts), Matrix (levels 0-3 per policy question and source), Scores, Recommendations, Action plan (the actions, editable), Action costs (one row per year and funding source of an action), Plan validation (the plan's currency, exchange rates to the US dollar and the validation record), Plan totals (computed at the export, read-only, not read back), Review (each answer's review; edit only the white columns), Changes (who changed each answer, when, and the versions it descends from; do not edit).",
        "ar": "الأوراق (أسماؤها واحدة في جميع اللغات): Metadata (من ومتى وأي استبيان، والمجاميع الاختبارية؛ محمية)، وAnswers (صف واحد لكل إجابة: لا تعدّلوا إلا الأعمدة البيضاء {code} و{dont_know} و{not_applicable} و{comment} و{evidence}؛ ويُظهر تحديد خلية في عمود {code} القيم التي تقبلها)، وMatrix (المستويات من 0 إلى 3 لكل سؤال من أسئلة السياسات ولكل مصدر)، وScores، وRecommendations، وAction plan (الإجراءات، قابلة للتعديل)، وAction costs (صف واحد لكل سنة ولكل مصدر تمويل للإجراء)، وPlan validation (عملة الخطة وأسعار الصرف مقابل دولار الولايات المتحدة وسجل الاعتماد)، وPlan totals (تُحسب عند التصدير، للقراءة فقط، ولا تُقرأ عند الاستيراد)، وReview (مراجعة كل إجابة؛ لا تعدّلوا إلا الأعمدة البيضاء)، وChanges (من عدّل كل إجابة ومتى، والإصدارات التي تنحدر منها؛ لا تعدّلوها).",
    },
    "wb.readme.edit": {
        "en": "To correct or complete answers offline: fill the {code} column (choose from the drop-down list, or type a number, a date as YYYY-MM-DD, or several codes separated by commas), or write 'yes' under {dont_know} / {not_applicable}. {evidence}: one line per item, 'document: title', 'url: address', 'institution: name' or 'note: text'.",
        "ar": "لتصحيح الإجابات أو استكمالها دون اتصال بالإنترنت: املؤوا عمود {code} (اختاروا من القائمة المنسدلة، أو اكتبوا عددًا، أو تاريخًا بالصيغة YYYY-MM-DD، أو عدة رموز تفصل بينها فواصل)، أو اكتبوا «yes» تحت {dont_know} / {not_applicable}. {evidence}: سطر واحد لكل عنصر، «document: العنوان» أو «url: العنوان الإلكتروني» أو «institution: الاسم» أو «note: النص».",
    },
    "wb.readme.import": {
        "en": "Then import the file with capacity-app (capacity-app import FILE): every value is checked, the cells edited outside the application are listed, and nothing is saved unless the whole file is valid. Scores, Matrix and Recommendations are recomputed by the application. A workbook in any of the six languages imports in any other.",
        "ar": "ثم استوردوا الملف باستخدام capacity-app (capacity-app import FILE): تُفحص كل قيمة، وتُدرج الخلايا التي عُدّلت خارج التطبيق، ولا يُحفظ شيء ما لم يكن الملف صالحًا بكامله. ويعيد التطبيق حساب Scores وMatrix وRecommendations. ويُستورد المصنف المعدّ بأي من اللغات الست في أي لغة أخرى منها.",
    },
    "wb.readme.formulas": {
        "en": "Formulas are never evaluated: type values, not formulas.",
        "ar": "لا تُحسب الصيغ أبدًا: اكتبوا قيمًا لا صيغًا.",
    },
    "wb.readme.format": {
        "en": "Format: docs/workbook-format.md in the capacity-app source.",
        "ar": "الصيغة: docs/workbook-format.md في الشفرة المصدرية لتطبيق capacity-app.",
    },
}
