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
        "ru": "известны ответы лишь на {share} % основных вопросов (даны ответы или, где это допускается, отмечено «не применимо»); для присвоения уровня требуется {threshold} %",
    },
    "noband.section_incomplete": {
        "en": "{sections}: less than {threshold}% of the primary questions answered or not applicable; a band needs every area assessed",
        "ru": "{sections}: ответ дан или вопрос неприменим менее чем для {threshold} % основных вопросов; для присвоения уровня должны быть оценены все области",
    },
    "noband.no_reference_date": {
        "en": "no reference date in S0: the age of the data is not judged, so no band",
        "ru": "в S0 не указана отчетная дата: давность данных не оценивается, поэтому уровень не присваивается",
    },
    # --- refused
    "refused.reference_date": {
        "en": "the reference date {ref} comes before data already recorded for {year} ({where}): all data would count as recent; correct the date or that year",
        "ru": "отчетная дата {ref} предшествует уже записанным данным за {year} год ({where}): все данные считались бы свежими; исправьте дату или этот год",
    },
    # --- noband
    "noband.reference_date_before_data": {
        "en": "the reference date {ref} is earlier than data of {year} ({where}): it is not used, the age of the data is not judged, so no band",
        "ru": "отчетная дата {ref} предшествует данным за {year} год ({where}): она не используется, давность данных не оценивается, поэтому уровень не присваивается",
    },
    # --- gap
    "gap.data": {
        "en": "Data gap",
        "ru": "Пробел в данных",
    },
    "gap.processing_access": {
        "en": "Processing or access gap",
        "ru": "Пробел в обработке или доступе",
    },
    "gap.reporting": {
        "en": "Reporting gap",
        "ru": "Пробел в распространении данных",
    },
    "gap.disaggregation": {
        "en": "Disaggregation gap",
        "ru": "Пробел в разбивке данных",
    },
    "gap.none": {
        "en": "No gap",
        "ru": "Пробела нет",
    },
    "gap.not_rated": {
        "en": "Need not rated",
        "ru": "Потребность не оценена",
    },
    "gap.not_assessed": {
        "en": "Not yet assessed",
        "ru": "Еще не оценено",
    },
    # --- state
    "state.empty": {
        "en": "not stated",
        "ru": "не указано",
    },
    "state.dont_know": {
        "en": "don't know",
        "ru": "неизвестно",
    },
    # --- cell
    "cell.not_assessed": {
        "en": "{src}: not assessed yet",
        "ru": "{src}: оценка еще не проведена",
    },
    "cell.not_applicable": {
        "en": "{src}: marked not applicable, left out",
        "ru": "{src}: отмечено «не применимо», не учитывается",
    },
    "cell.exists_no": {
        "en": "{src}: the source does not exist → level 0",
        "ru": "{src}: источник не существует → уровень 0",
    },
    "cell.exists_planned": {
        "en": "{src}: the source is only planned → level 0",
        "ru": "{src}: источник только планируется → уровень 0",
    },
    "cell.exists_unknown": {
        "en": "{src}: existence of the source {state} → not described yet, no level",
        "ru": "{src}: существование источника — {state} → источник еще не описан, уровень не присваивается",
    },
    "cell.variables_no": {
        "en": "{src}: does not collect the variables the question needs → level 0",
        "ru": "{src}: переменные, необходимые для ответа на вопрос, не собираются → уровень 0",
    },
    "cell.variables_unknown": {
        "en": "{src}: variables collected {state} → treated as lacking → level 0",
        "ru": "{src}: сбор переменных — {state} → переменные считаются отсутствующими → уровень 0",
    },
    "cell.variables_partly": {
        "en": "{src}: collects only some of the variables needed → content shortfall → level 2",
        "ru": "{src}: собирается лишь часть необходимых переменных → недостаточное содержание → уровень 2",
    },
    "cell.not_tabulated": {
        "en": "{src}: not processed or tabulated for this question → level 1",
        "ru": "{src}: данные не обрабатываются и не сводятся в таблицы для этого вопроса → уровень 1",
    },
    "cell.tabulated_unknown": {
        "en": "{src}: tabulation {state} → treated as not tabulated → level 1",
        "ru": "{src}: табулирование — {state} → считается, что таблицы не составляются → уровень 1",
    },
    "cell.one_off": {
        "en": "{src}: one-off collection → periodicity shortfall → level 1",
        "ru": "{src}: однократный сбор данных → недостаточная периодичность → уровень 1",
    },
    "cell.periodicity_unknown": {
        "en": "{src}: periodicity {state} → treated as one-off → level 1",
        "ru": "{src}: периодичность — {state} → сбор считается однократным → уровень 1",
    },
    "cell.flow_not_annual": {
        "en": "{src}: {periodicity}, but a flow needs annual or continuous data → periodicity shortfall → level 2",
        "ru": "{src}: {periodicity}, но для потока нужны ежегодные или непрерывные данные → недостаточная периодичность → уровень 2",
    },
    "cell.stock_infrequent": {
        "en": "{src}: {periodicity}, but a survey or register needs a round at least every 5 years → periodicity shortfall → level 2",
        "ru": "{src}: {periodicity}, но обследование или регистр должны давать данные не реже одного раза в 5 лет → недостаточная периодичность → уровень 2",
    },
    "cell.too_old": {
        "en": "{src} {year}: older than {limit} years at reference date {ref} → recency shortfall → level 1",
        "ru": "{src} {year}: данные старше {limit} лет на отчетную дату {ref} → недостаточная актуальность → уровень 1",
    },
    "cell.no_reference_date": {
        "en": "{src} {year}: age not judged (no valid reference date in S0) → recency cannot be shown → level 1",
        "ru": "{src} {year}: давность не оценена (в S0 нет действительной отчетной даты) → актуальность не подтверждена → уровень 1",
    },
    "cell.year_unknown": {
        "en": "{src}: latest reference year {state} → recency cannot be shown → level 1",
        "ru": "{src}: последний отчетный год — {state} → актуальность не подтверждена → уровень 1",
    },
    "cell.late": {
        "en": "{src}: released more than 24 months after the reference period → timeliness shortfall → level 2",
        "ru": "{src}: данные выпущены более чем через 24 месяца после окончания отчетного периода → недостаточная своевременность → уровень 2",
    },
    "cell.timeliness_unknown": {
        "en": "{src}: timeliness {state} → treated as late → level 2",
        "ru": "{src}: своевременность — {state} → выпуск считается запоздалым → уровень 2",
    },
    "cell.breakdown_unknown": {
        "en": "{src}: breakdowns {state} → cannot be shown → level 2",
        "ru": "{src}: разбивки — {state} → не подтверждены → уровень 2",
    },
    "cell.breakdown_missing": {
        "en": "{src}: no breakdown by {missing} → disaggregation shortfall → level 2",
        "ru": "{src}: нет разбивки по {missing} → недостаточная разбивка → уровень 2",
    },
    "cell.internal": {
        "en": "{src}: results for internal use only → no access → level 1",
        "ru": "{src}: результаты только для внутреннего пользования → доступа нет → уровень 1",
    },
    "cell.access_unknown": {
        "en": "{src}: accessibility {state} → treated as internal only → level 1",
        "ru": "{src}: доступность — {state} → результаты считаются предназначенными только для внутреннего пользования → уровень 1",
    },
    "cell.on_request": {
        "en": "{src}: results only on request, not public → access shortfall → level 2",
        "ru": "{src}: результаты только по запросу, не публикуются → недостаточный доступ → уровень 2",
    },
    "cell.not_aligned": {
        "en": "{src}: definitions not aligned with the UN recommendations → level 1",
        "ru": "{src}: определения не соответствуют рекомендациям ООН → уровень 1",
    },
    "cell.aligned_unknown": {
        "en": "{src}: alignment with the UN recommendations {state} → treated as not aligned → level 1",
        "ru": "{src}: соответствие рекомендациям ООН — {state} → соответствие не засчитывается → уровень 1",
    },
    "cell.partly_aligned": {
        "en": "{src}: definitions only partly aligned with the UN recommendations → level 2",
        "ru": "{src}: определения лишь частично соответствуют рекомендациям ООН → уровень 2",
    },
    "cell.fit": {
        "en": "{src}: regular, timely, aligned, by sex, age and migratory status, published → level 3",
        "ru": "{src}: данные регулярные, своевременные, соответствуют рекомендациям, имеются в разбивке по полу, возрасту и миграционному статусу, публикуются → уровень 3",
    },
    "cell.result": {
        "en": "{src}: level {level}",
        "ru": "{src}: уровень {level}",
    },
    # --- breakdown
    "breakdown.sex": {
        "en": "sex",
        "ru": "полу",
    },
    "breakdown.age": {
        "en": "age",
        "ru": "возрасту",
    },
    "breakdown.origin": {
        "en": "migratory status or origin",
        "ru": "миграционному статусу или происхождению",
    },
    # --- words
    "and": {
        "en": "and",
        "ru": "и",
    },
    # --- pq
    "pq.need": {
        "en": "need {need} (S2 rating); weighs {weight} in S3",
        "ru": "потребность {need} (оценка в S2); вес в S3 — {weight}",
    },
    "pq.need_dont_know": {
        "en": "need not known (don't know) → no gap, priority or rank until it is rated; weighs {weight} in S3",
        "ru": "потребность неизвестна (ответ «не знаю») → пробел, приоритет и место в рейтинге не определяются, пока она не будет оценена; вес в S3 — {weight}",
    },
    "pq.need_missing": {
        "en": "need not rated yet in S2 → no gap, priority or rank; weighs {weight} in S3",
        "ru": "потребность в S2 еще не оценена → пробел, приоритет и место в рейтинге не определяются; вес в S3 — {weight}",
    },
    "pq.need_na": {
        "en": "need marked not applicable, with its reason (the question does not arise) → need 0; still weighs {weight} in S3",
        "ru": "для потребности отмечено «не применимо» с указанием причины (вопрос не возникает) → потребность 0; вес в S3 тем не менее — {weight}",
    },
    "pq.need_na_no_reason": {
        "en": "need marked not applicable without a reason in the comment → not rated; weighs {weight} in S3",
        "ru": "для потребности отмечено «не применимо» без указания причины в комментарии → потребность не оценена; вес в S3 — {weight}",
    },
    "pq.not_assessed": {
        "en": "no source described yet (existence not stated) → not yet assessed: no availability, gap, rank or action",
        "ru": "ни один источник еще не описан (существование не указано) → вопрос еще не оценен: наличие данных, пробел, место в рейтинге и меры не определяются",
    },
    "pq.unconfirmed": {
        "en": "not confirmed by an answer (not stated or don't know): {factors} → followed up, no action drawn from them",
        "ru": "не подтверждено ответом (ответ не дан или «не знаю»): {factors} → требуется дальнейшая проработка, меры на этой основе не предлагаются",
    },
    "pq.to_confirm": {
        "en": "(to confirm)",
        "ru": "(требует подтверждения)",
    },
    "pq.s1_not_available": {
        "en": "S1, {stat}: not available; the sources do not yet give the statistic",
        "ru": "S1, {stat}: нет данных; источники пока не дают этот показатель",
    },
    "pq.s1_unknown": {
        "en": "S1, {stat}: availability not confirmed ({state})",
        "ru": "S1, {stat}: наличие не подтверждено ({state})",
    },
    "pq.s1_not_12_months": {
        "en": "S1, {stat}: not measured by the 12-month usual-residence rule",
        "ru": "S1, {stat}: не измеряется по правилу обычного места жительства в течение 12 месяцев",
    },
    "pq.availability": {
        "en": "availability {availability} = best source level ({sources})",
        "ru": "наличие данных {availability} = лучший уровень источника ({sources})",
    },
    "pq.availability_none": {
        "en": "availability 0: no source scores above 0",
        "ru": "наличие данных 0: ни один источник не имеет уровня выше 0",
    },
    "pq.gap": {
        "en": "gap = max(0, {need} − {availability}) = {gap}; priority = need × gap = {priority}",
        "ru": "пробел = max(0, {need} − {availability}) = {gap}; приоритет = потребность × пробел = {priority}",
    },
    "pq.limiting": {
        "en": "what limits the best data available: {factors}",
        "ru": "факторы, ограничивающие лучшие имеющиеся данные: {factors}",
    },
    "pq.type.not_rated": {
        "en": "need not rated: no gap type, no rank",
        "ru": "потребность не оценена: тип пробела и место в рейтинге не определяются",
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
        "ru": "вопрос {code}: пробел {gap}, приоритет {priority}, ограничивающие факторы: {factors}",
    },
    # --- pq
    "pq.type.data": {
        "en": "data gap: no source collects usable data for this question",
        "ru": "пробел в данных: ни один источник не собирает пригодные данные по этому вопросу",
    },
    "pq.type.processing_access": {
        "en": "processing or access gap: the data are collected but not tabulated, not accessible, one-off or not aligned",
        "ru": "пробел в обработке или доступе: данные собираются, но не сводятся в таблицы, недоступны, собираются однократно или не соответствуют рекомендациям",
    },
    "pq.type.reporting": {
        "en": "reporting gap: the best source is held back by periodicity, recency, timeliness, publication or alignment",
        "ru": "пробел в распространении данных: лучший источник ограничен периодичностью, актуальностью, своевременностью, публикацией или соответствием рекомендациям",
    },
    "pq.type.disaggregation": {
        "en": "disaggregation gap: the best source lacks a key breakdown (sex, age, migratory status)",
        "ru": "пробел в разбивке данных: в лучшем источнике отсутствует ключевая разбивка (пол, возраст, миграционный статус)",
    },
    "pq.type.not_assessed": {
        "en": "not yet assessed: describe the sources in S3",
        "ru": "еще не оценено: опишите источники в S3",
    },
    "pq.type.none": {
        "en": "no gap: the need is met",
        "ru": "пробела нет: потребность удовлетворена",
    },
    "pq.triangulation": {
        "en": "triangulation possible: {count} sources at level 2 or more ({sources})",
        "ru": "возможна триангуляция: источников уровня 2 и выше — {count} ({sources})",
    },
    "pq.quick_win": {
        "en": "quick win (data already collected, level 1): {sources}",
        "ru": "быстрый результат (данные уже собираются, уровень 1): {sources}",
    },
    "pq.sdg_links": {
        "en": "SDG indicators in S4 that rely on these sources: {count} ({sources})",
        "ru": "показателей ЦУР в S4, опирающихся на эти источники: {count} ({sources})",
    },
    "pq.rank": {
        "en": "rank {rank} of {total}",
        "ru": "место {rank} из {total}",
    },
    # --- sec
    "sec.points": {
        "en": "{points} of {max_points} points from {count} scored items → {score}",
        "ru": "баллы: {points} из {max_points}; оцениваемых элементов: {count} → {score}",
    },
    "sec.none": {
        "en": "no question of this section is scored for this country → no score",
        "ru": "ни один вопрос этого раздела не оценивается для данной страны → оценка не рассчитывается",
    },
    "sec.not_assessed": {
        "en": "nothing known yet (no primary question answered) → not yet assessed, no score; counts 0 in the overall score",
        "ru": "пока ничего не известно (нет ответа ни на один основной вопрос) → раздел еще не оценен, оценки нет; в общей оценке учитывается как 0",
    },
    "sec.closed": {
        "en": "follow-up questions closed by a 'no' in this section, which earn nothing: {count}",
        "ru": "дополнительных вопросов, закрытых ответом «нет» в этом разделе и не приносящих баллов: {count}",
    },
    "sec.not_judged": {
        "en": "age checks not judged for want of a valid reference date, which earn nothing: {count}",
        "ru": "проверок давности, не проведенных из-за отсутствия действительной отчетной даты и не приносящих баллов: {count}",
    },
    "sec.blank": {
        "en": "answers not given yet, scored 0 and listed for follow-up: {count}",
        "ru": "ответов, еще не данных, оцененных в 0 баллов и включенных в перечень для дальнейшей проработки: {count}",
    },
    "sec.completeness": {
        "en": "completeness: {given} of {units} primary questions answered or not applicable ({share}%)",
        "ru": "полнота: ответ дан или вопрос неприменим для {given} из {units} основных вопросов ({share} %)",
    },
    "sec.s3": {
        "en": "need-weighted availability of {count} policy questions: ({terms}) = {points} of {max_points} → {score}",
        "ru": "наличие данных по вопросам политики, взвешенное по потребности (вопросов: {count}): ({terms}) = {points} из {max_points} → {score}",
    },
    "sec.s3_unassessed": {
        "en": "policy questions with no source described yet, counted as 0: {count}",
        "ru": "вопросов политики, по которым еще не описан ни один источник, учитываемых как 0: {count}",
    },
    "sec.dont_know": {
        "en": "answers 'don't know', scored 0 and listed for follow-up: {count}",
        "ru": "ответов «не знаю», оцененных в 0 баллов и включенных в перечень для дальнейшей проработки: {count}",
    },
    "sec.not_applicable": {
        "en": "answers 'not applicable' by the country's own statement (for example no such register by design), which earn nothing: {count}",
        "ru": "ответов «не применимо», данных по заявлению самой страны (например, такой регистр намеренно не ведется) и не приносящих баллов: {count}",
    },
    "sec.matrix_not_applicable": {
        "en": "sources marked not applicable (absent by design), left out so that the best source decides: {count}",
        "ru": "источников, отмеченных как неприменимые (намеренно отсутствующих) и не учитываемых, чтобы решающим был лучший источник: {count}",
    },
    "sec.weight": {
        "en": "weight {weight} in the overall score",
        "ru": "вес в общей оценке — {weight}",
    },
    # --- find
    "find.s1_not_available": {
        "en": "{stat}: not available",
        "ru": "{stat}: данных нет",
    },
    "find.s1_old_stock": {
        "en": "{stat} {year}: stock figure older than 10 years at reference date {ref}",
        "ru": "{stat} {year}: данные о численности старше 10 лет на отчетную дату {ref}",
    },
    "find.s1_old_flow": {
        "en": "{stat} {year}: flow figure older than 2 years at reference date {ref}",
        "ru": "{stat} {year}: данные о потоке старше 2 лет на отчетную дату {ref}",
    },
    "find.s1_definition": {
        "en": "{stat}: definition is neither country of birth nor citizenship",
        "ru": "{stat}: определение основано не на стране рождения и не на гражданстве",
    },
    "find.s1_definition_flow": {
        "en": "{stat}: flow not measured by the 12-month usual-residence rule of the UN Recommendations",
        "ru": "{stat}: поток измеряется не по правилу 12-месячного обычного проживания, предусмотренному рекомендациями ООН",
    },
    "find.s1_breakdown": {
        "en": "{stat}: no breakdown by {missing}",
        "ru": "{stat}: нет разбивки по {missing}",
    },
    "find.s1_internal": {
        "en": "{stat}: internal use only",
        "ru": "{stat}: только для внутреннего пользования",
    },
    "find.s1_remittances": {
        "en": "{stat}: no balance-of-payments remittance figure",
        "ru": "{stat}: нет данных о денежных переводах в платежном балансе",
    },
    "find.s6a_old_census": {
        "en": "census {year}: older than 10 years at reference date {ref}",
        "ru": "перепись {year} года: данные старше 10 лет на отчетную дату {ref}",
    },
    "find.s6a_census_unknown": {
        "en": "year of the last census {state}",
        "ru": "год последней переписи — {state}",
    },
    "find.s6a_core_missing": {
        "en": "core topics the census lacks: {missing}",
        "ru": "основные темы, отсутствующие в переписи: {missing}",
    },
    "find.s6b_no_survey": {
        "en": "no household survey identifies migrants",
        "ru": "ни одно обследование домохозяйств не позволяет выявить мигрантов",
    },
    "find.s6b_old_survey": {
        "en": "no household survey identifying migrants in the last 5 years (latest {year})",
        "ru": "за последние 5 лет не проводилось ни одного обследования домохозяйств, позволяющего выявить мигрантов (последнее — {year})",
    },
    "find.s6c_no_access": {
        "en": "{register}: exists, but the statistical office has no access",
        "ru": "{register}: существует, но у статистического управления нет доступа",
    },
    "find.s6c_not_used": {
        "en": "{register}: exists, but is not used for statistics",
        "ru": "{register}: существует, но не используется для составления статистики",
    },
    "find.s9_no_mechanism": {
        "en": "no interagency coordination mechanism on migration statistics",
        "ru": "нет механизма межведомственной координации статистики миграции",
    },
    "find.s10_origin_no_exchange": {
        "en": "country of origin with neither data exchange nor use of mirror data",
        "ru": "страна происхождения не участвует в обмене данными и не использует зеркальные данные",
    },
    "find.s2_no_policy": {
        "en": "{item}: {answer}",
        "ru": "{item}: {answer}",
    },
    "find.s4_quick_win": {
        "en": "SDG {number} {label}: produced from a source that identifies migrants, not published by migratory status",
        "ru": "показатель ЦУР {number} {label}: рассчитывается по источнику, позволяющему выделить мигрантов, но не публикуется в разбивке по миграционному статусу",
    },
    "find.s5_no_strategy": {
        "en": "{item}: {answer}",
        "ru": "{item}: {answer}",
    },
    "find.s7_no_new_sources": {
        "en": "no new data source is used or piloted for migration statistics",
        "ru": "ни один новый источник данных не используется и не опробуется для статистики миграции",
    },
    "find.s8_not_online": {
        "en": "{item}: {answer}",
        "ru": "{item}: {answer}",
    },
    "find.s8_not_machine_readable": {
        "en": "{item}: {answer}",
        "ru": "{item}: {answer}",
    },
    "find.s11_children_stock": {
        "en": "migrant stock of children (age 0-17) by sex: {answer}",
        "ru": "численность детей-мигрантов (0–17 лет) в разбивке по полу: {answer}",
    },
    "find.s11_left_behind": {
        "en": "children left behind by migrant parents: {answer}",
        "ru": "дети, оставленные родителями-мигрантами: {answer}",
    },
    "find.s11_unaccompanied": {
        "en": "unaccompanied and separated children recorded as such: {answer}",
        "ru": "несопровождаемые и разлученные с семьей дети регистрируются как таковые: {answer}",
    },
    "find.s12_no_unit": {
        "en": "{item}: {answer}",
        "ru": "{item}: {answer}",
    },
    "find.s12_no_budget": {
        "en": "{item}: {answer}",
        "ru": "{item}: {answer}",
    },
    # --- chk
    "chk.recency_ok": {
        "en": "{what} {year}: within {limit} years of reference date {ref}",
        "ru": "{what} {year}: не старше {limit} лет на отчетную дату {ref}",
    },
    "chk.core_topics": {
        "en": "census core topics: {count} of 3",
        "ru": "основные темы переписи: {count} из 3",
    },
    # --- sdg
    "sdg.produced": {
        "en": "Produced, not by migratory status",
        "ru": "Рассчитывается, но не в разбивке по миграционному статусу",
    },
    "sdg.identifies_migrants": {
        "en": "Source identifies migrants",
        "ru": "Источник позволяет выделить мигрантов",
    },
    "sdg.published": {
        "en": "Published by migratory status",
        "ru": "Публикуется в разбивке по миграционному статусу",
    },
    "sdg.quick_win": {
        "en": "Quick win",
        "ru": "Быстрый результат",
    },
    "sdg.not_produced": {
        "en": "Not produced",
        "ru": "Не рассчитывается",
    },
    "sdg.unknown": {
        "en": "Unknown",
        "ru": "Неизвестно",
    },
    "sdg.not_applicable": {
        "en": "Compiled globally",
        "ru": "Составляется на глобальном уровне",
    },
    "sdg.r_not_applicable": {
        "en": "not applicable: {reason}",
        "ru": "не применимо: {reason}",
    },
    "sdg.r_not_by_status": {
        "en": "cannot be disaggregated by migratory status (not measured on persons)",
        "ru": "не может быть представлен в разбивке по миграционному статусу (измеряется не на уровне лиц)",
    },
    "sdg.r_not_produced": {
        "en": "not produced nationally",
        "ru": "не рассчитывается на национальном уровне",
    },
    "sdg.r_unknown": {
        "en": "production {state}",
        "ru": "расчет — {state}",
    },
    "sdg.r_produced": {
        "en": "produced",
        "ru": "рассчитывается",
    },
    "sdg.r_identifies": {
        "en": "its source identifies migrants",
        "ru": "источник позволяет выделить мигрантов",
    },
    "sdg.r_not_identifies": {
        "en": "its source does not identify migrants",
        "ru": "источник не позволяет выделить мигрантов",
    },
    "sdg.r_identifies_unknown": {
        "en": "whether its source identifies migrants: {state}",
        "ru": "позволяет ли источник выделить мигрантов: {state}",
    },
    "sdg.r_published": {
        "en": "published by migratory status",
        "ru": "публикуется в разбивке по миграционному статусу",
    },
    "sdg.r_partly_published": {
        "en": "partly published by migratory status (some years or on request)",
        "ru": "частично публикуется в разбивке по миграционному статусу (за некоторые годы или по запросу)",
    },
    "sdg.r_not_published": {
        "en": "not published by migratory status → quick win",
        "ru": "не публикуется в разбивке по миграционному статусу → быстрый результат",
    },
    "sdg.r_published_unknown": {
        "en": "publication by migratory status {state}",
        "ru": "публикация в разбивке по миграционному статусу — {state}",
    },
    "sdg.r_source": {
        "en": "source: {source}",
        "ru": "источник: {source}",
    },
    # --- overall
    "overall.mean": {
        "en": "weighted mean of {count} section scores: {terms} ÷ {weights} = {score} → {band}",
        "ru": "средневзвешенное значение оценок разделов (разделов: {count}): {terms} ÷ {weights} = {score} → {band}",
    },
    "overall.completeness": {
        "en": "completeness {share}% (weighted share of the primary questions answered or not applicable; 'don't know' {dont_know}%); below {threshold}% the score is provisional and has no band",
        "ru": "полнота {share} % (взвешенная доля основных вопросов, на которые дан ответ или которые неприменимы; ответы «не знаю» — {dont_know} %); при полноте ниже {threshold} % оценка является предварительной и уровень не присваивается",
    },
    "overall.not_assessed": {
        "en": "not yet assessed, counted 0: {sections}",
        "ru": "еще не оценены, учитываются как 0: {sections}",
    },
    "overall.custom_weights": {
        "en": "with the assessment's own weights ({weights}): {score} — {label}; the band is given only by the documented weights",
        "ru": "с собственными весами оценки ({weights}): {score} — {label}; уровень присваивается только при документированных весах",
    },
    "overall.na_refused": {
        "en": "answers 'not applicable' where the questionnaire does not allow it, scored as not given: {count} ({keys})",
        "ru": "ответов «не применимо» там, где вопросник этого не допускает, оцененных как отсутствующие: {count} ({keys})",
    },
    "overall.none": {
        "en": "no section has a score yet",
        "ru": "ни у одного раздела пока нет оценки",
    },
    "overall.left_out": {
        "en": "left out (weight 0, or nothing scored for this country): {sections}",
        "ru": "не учитываются (вес 0 или для данной страны ничего не оценивается): {sections}",
    },
    # --- cmp
    "cmp.overall": {
        "en": "Overall {before} → {after} ({trend})",
        "ru": "Общая оценка {before} → {after} ({trend})",
    },
    "cmp.pq": {
        "en": "availability {a_before} → {a_after}, gap {g_before} → {g_after}",
        "ru": "наличие данных {a_before} → {a_after}, пробел {g_before} → {g_after}",
    },
    "cmp.summary": {
        "en": "improvements: {improvements}, regressions: {regressions}",
        "ru": "улучшений: {improvements}, ухудшений: {regressions}",
    },
    # --- hdr
    "hdr.overall": {
        "en": "Overall {score}/100  {band}  (reference date {ref}, rules {rules})",
        "ru": "Общая оценка {score}/100  {band}  (отчетная дата {ref}, правила {rules})",
    },
    "hdr.sections": {
        "en": "Sections",
        "ru": "Разделы",
    },
    "hdr.policy_questions": {
        "en": "Policy questions, by priority",
        "ru": "Вопросы политики в порядке приоритетности",
    },
    "hdr.pq_line": {
        "en": "need {need}  availability {availability}  priority {priority}",
        "ru": "потребность {need}  наличие данных {availability}  приоритет {priority}",
    },
    "hdr.sdg": {
        "en": "SDG indicators by migratory status",
        "ru": "Показатели ЦУР в разбивке по миграционному статусу",
    },
    "hdr.recommendations": {
        "en": "Recommendations, most urgent first",
        "ru": "Рекомендации, начиная с наиболее срочных",
    },
    "hdr.none": {
        "en": "(none)",
        "ru": "(нет)",
    },
    "hdr.follow_up": {
        "en": "To follow up (don't know or not answered yet)",
        "ru": "Для дальнейшей проработки (ответы «не знаю» и вопросы, на которые еще нет ответа)",
    },
    "hdr.completeness": {
        "en": "Completeness {share}%",
        "ru": "Полнота {share} %",
    },
    "hdr.not_answered": {
        "en": "not answered yet",
        "ru": "ответа еще нет",
    },
    "hdr.no_reason": {
        "en": "not applicable without a reason",
        "ru": "«не применимо» без указания причины",
    },
    "hdr.custom": {
        "en": "{label}: {score}/100 (weights {weights})",
        "ru": "{label}: {score}/100 (веса {weights})",
    },
    "hdr.not_applicable": {
        "en": "Not applicable, with the reason",
        "ru": "Не применимо, с указанием причины",
    },
    # --- cmp
    "cmp.improved": {
        "en": "improved",
        "ru": "улучшение",
    },
    "cmp.regressed": {
        "en": "regressed",
        "ru": "ухудшение",
    },
    "cmp.unchanged": {
        "en": "unchanged",
        "ru": "без изменений",
    },
    # --- wb
    "wb.plan_currency": {
        "en": "The plan's currency; empty: the country's.",
        "ru": "Валюта плана; если не указана, то валюта страны.",
    },
    "wb.exchange_rate": {
        "en": "1 US dollar = {rate} {currency} on {date}",
        "ru": "1 доллар США = {rate} {currency} на {date}",
    },
    "wb.validated_on": {
        "en": "The day the government validated the plan.",
        "ru": "День, когда правительство утвердило план.",
    },
    "wb.validated_action": {
        "en": "The action as validated (do not edit: an edit since is listed as such).",
        "ru": "Мероприятие в утвержденном виде (не изменяйте: любое последующее изменение указывается как таковое).",
    },
    "wb.totals.col.by": {
        "en": "Totals by",
        "ru": "Итоги по",
    },
    "wb.totals.col.item": {
        "en": "Year, institution or source",
        "ru": "Год, учреждение или источник",
    },
    "wb.totals.col.currency": {
        "en": "Currency",
        "ru": "Валюта",
    },
    "wb.totals.col.cost": {
        "en": "Cost",
        "ru": "Стоимость",
    },
    "wb.totals.col.secured": {
        "en": "Secured",
        "ru": "Обеспечено",
    },
    "wb.totals.col.gap": {
        "en": "Financing gap",
        "ru": "Дефицит финансирования",
    },
    "wb.totals.col.cost_usd": {
        "en": "Cost in US dollars",
        "ru": "Стоимость в долларах США",
    },
    "wb.totals.col.gap_usd": {
        "en": "Financing gap in US dollars",
        "ru": "Дефицит финансирования в долларах США",
    },
    "wb.totals.all": {
        "en": "Whole plan",
        "ru": "План в целом",
    },
    "wb.totals.total": {
        "en": "Total",
        "ru": "Итого",
    },
    "wb.totals.year": {
        "en": "Year",
        "ru": "Год",
    },
    "wb.totals.institution": {
        "en": "Lead institution",
        "ru": "Ведущее учреждение",
    },
    "wb.totals.source": {
        "en": "Funding source",
        "ru": "Источник финансирования",
    },
    "wb.totals.no_owner": {
        "en": "No institution yet",
        "ru": "Учреждение еще не определено",
    },
    "wb.totals.national": {
        "en": "National budget",
        "ru": "Государственный бюджет",
    },
    "wb.totals.partner": {
        "en": "Development partner: {name}",
        "ru": "Партнер по развитию: {name}",
    },
    "wb.totals.other": {
        "en": "Other source",
        "ru": "Другой источник",
    },
    "wb.totals.other_named": {
        "en": "Other source: {name}",
        "ru": "Другой источник: {name}",
    },
    "wb.totals.read_only": {
        "en": "Read-only summary, computed at the export from the Action plan and Action costs sheets. The import does not read this sheet: to change a cost, edit the Action costs sheet.",
        "ru": "Сводка только для чтения, рассчитанная при экспорте по листам Action plan и Action costs. При импорте этот лист не читается: чтобы изменить стоимость, отредактируйте лист Action costs.",
    },
    "wb.totals.gap_note": {
        "en": "The financing gap is the cost whose funding is not yet secured.",
        "ru": "Дефицит финансирования — это стоимость, финансирование которой еще не обеспечено.",
    },
    "wb.totals.costed": {
        "en": "Actions costed: {costed} of {actions}.",
        "ru": "Мер с определенной стоимостью: {costed} из {actions}.",
    },
    "wb.totals.lead_note": {
        "en": "An action's cost is counted under its lead institution, the first one named.",
        "ru": "Стоимость меры относится на ее ведущее учреждение, указанное первым.",
    },
    "wb.totals.dropped": {
        "en": "Dropped actions, not counted: {n}.",
        "ru": "Отмененные меры, не учитываемые в итогах: {n}.",
    },
    "wb.totals.usd_note": {
        "en": "US dollar equivalents at the exchange rates of the Plan validation sheet, rounded to the cent.",
        "ru": "Эквиваленты в долларах США рассчитаны по обменным курсам листа Plan validation и округлены до цента.",
    },
    "wb.totals.no_rate": {
        "en": "No exchange rate to the US dollar for {currencies}: their US dollar equivalents are left empty.",
        "ru": "Для {currencies} не указан обменный курс к доллару США: их эквиваленты в долларах оставлены пустыми.",
    },
    "wb.totals.changed": {
        "en": "Changed since the validation of {date} (value approved → value now): {changes}",
        "ru": "Изменено после утверждения {date} (утверждённое значение → текущее): {changes}",
    },
    "wb.totals.none": {
        "en": "No action of the plan is costed yet.",
        "ru": "Стоимость мер плана еще не определена.",
    },
    "wb.col.Field": {
        "en": "Field",
        "ru": "Поле",
    },
    "wb.col.Value": {
        "en": "Value",
        "ru": "Значение",
    },
    "wb.col.Section": {
        "en": "Section",
        "ru": "Раздел",
    },
    "wb.col.Answer key": {
        "en": "Answer key",
        "ru": "Ключ ответа",
    },
    "wb.col.Question": {
        "en": "Question",
        "ru": "Вопрос",
    },
    "wb.col.Row": {
        "en": "Row",
        "ru": "Строка",
    },
    "wb.col.Type": {
        "en": "Type",
        "ru": "Тип",
    },
    "wb.col.Code": {
        "en": "Code",
        "ru": "Код",
    },
    "wb.col.Value label": {
        "en": "Value label",
        "ru": "Метка значения",
    },
    "wb.col.Don't know": {
        "en": "Don't know",
        "ru": "Не знаю",
    },
    "wb.col.Not applicable": {
        "en": "Not applicable",
        "ru": "Неприменимо",
    },
    "wb.col.Comment": {
        "en": "Comment",
        "ru": "Комментарий",
    },
    "wb.col.Evidence": {
        "en": "Evidence",
        "ru": "Подтверждающие материалы",
    },
    "wb.col.Row check": {
        "en": "Row check",
        "ru": "Контрольная сумма строки",
    },
    "wb.col.Policy question": {
        "en": "Policy question",
        "ru": "Вопрос политики",
    },
    "wb.col.Label": {
        "en": "Label",
        "ru": "Наименование",
    },
    "wb.col.Kind": {
        "en": "Kind",
        "ru": "Вид",
    },
    "wb.col.Score": {
        "en": "Score",
        "ru": "Оценка",
    },
    "wb.col.Need": {
        "en": "Need",
        "ru": "Потребность",
    },
    "wb.col.Availability": {
        "en": "Availability",
        "ru": "Наличие",
    },
    "wb.col.Gap": {
        "en": "Gap",
        "ru": "Разрыв",
    },
    "wb.col.Priority": {
        "en": "Priority",
        "ru": "Приоритет",
    },
    "wb.col.Gap type": {
        "en": "Gap type",
        "ru": "Тип разрыва",
    },
    "wb.col.Status": {
        "en": "Status",
        "ru": "Статус",
    },
    "wb.col.Rank": {
        "en": "Rank",
        "ru": "Место",
    },
    "wb.col.Notes": {
        "en": "Notes",
        "ru": "Примечания",
    },
    "wb.col.Id": {
        "en": "Id",
        "ru": "Идентификатор",
    },
    "wb.col.Title": {
        "en": "Title",
        "ru": "Название",
    },
    "wb.col.Recommendation": {
        "en": "Recommendation",
        "ru": "Рекомендация",
    },
    "wb.col.Policy questions": {
        "en": "Policy questions",
        "ru": "Вопросы политики",
    },
    "wb.col.Responsible institutions": {
        "en": "Responsible institutions",
        "ru": "Ответственные учреждения",
    },
    "wb.col.Start": {
        "en": "Start",
        "ru": "Начало",
    },
    "wb.col.End": {
        "en": "End",
        "ru": "Окончание",
    },
    "wb.col.Resources or technical assistance": {
        "en": "Resources or technical assistance",
        "ru": "Ресурсы или техническая помощь",
    },
    "wb.col.Milestone": {
        "en": "Milestone",
        "ru": "Контрольная точка",
    },
    "wb.col.Priority action": {
        "en": "Priority action",
        "ru": "Приоритетная мера",
    },
    "wb.col.Strategy objective": {
        "en": "Strategy objective",
        "ru": "Цель стратегии",
    },
    "wb.col.Action id": {
        "en": "Action id",
        "ru": "Идентификатор меры",
    },
    "wb.col.Action": {
        "en": "Action",
        "ru": "Мера",
    },
    "wb.col.Year": {
        "en": "Year",
        "ru": "Год",
    },
    "wb.col.Amount": {
        "en": "Amount",
        "ru": "Сумма",
    },
    "wb.col.Currency": {
        "en": "Currency",
        "ru": "Валюта",
    },
    "wb.col.Funding source": {
        "en": "Funding source",
        "ru": "Источник финансирования",
    },
    "wb.col.Partner or other source": {
        "en": "Partner or other source",
        "ru": "Партнер или другой источник",
    },
    "wb.col.Secured": {
        "en": "Secured",
        "ru": "Обеспечено",
    },
    "wb.col.Executed": {
        "en": "Executed",
        "ru": "Исполнено",
    },
    "wb.col.Indicator": {
        "en": "Indicator",
        "ru": "Показатель",
    },
    "wb.col.Baseline": {
        "en": "Baseline",
        "ru": "Исходный уровень",
    },
    "wb.col.Target": {
        "en": "Target",
        "ru": "Целевое значение",
    },
    "wb.col.Means of verification": {
        "en": "Means of verification",
        "ru": "Средства проверки",
    },
    "wb.col.Risks and assumptions": {
        "en": "Risks and assumptions",
        "ru": "Риски и допущения",
    },
    "wb.col.Depends on": {
        "en": "Depends on",
        "ru": "Зависит от",
    },
    "wb.col.SDG target": {
        "en": "SDG target",
        "ru": "Задача ЦУР",
    },
    "wb.col.Cost category": {
        "en": "Cost category",
        "ru": "Категория расходов",
    },
    "wb.col.Unit cost": {
        "en": "Unit cost",
        "ru": "Стоимость единицы",
    },
    "wb.col.Quantity": {
        "en": "Quantity",
        "ru": "Количество",
    },
    "wb.col.Pipeline status": {
        "en": "Pipeline status",
        "ru": "Стадия финансирования",
    },
    "wb.col.Value 2": {
        "en": "Value 2",
        "ru": "Значение 2",
    },
    "wb.col.Value 3": {
        "en": "Value 3",
        "ru": "Значение 3",
    },
    "wb.col.Value 4": {
        "en": "Value 4",
        "ru": "Значение 4",
    },
    "wb.col.Review": {
        "en": "Review",
        "ru": "Проверка",
    },
    "wb.col.Reviewer": {
        "en": "Reviewer",
        "ru": "Проверяющий",
    },
    "wb.col.Reviewed at": {
        "en": "Reviewed at",
        "ru": "Дата проверки",
    },
    "wb.col.Review note": {
        "en": "Review note",
        "ru": "Примечание к проверке",
    },
    "wb.col.Answer check": {
        "en": "Answer check",
        "ru": "Контрольная сумма ответа",
    },
    "wb.col.Changed by": {
        "en": "Changed by",
        "ru": "Автор изменения",
    },
    "wb.col.Changed at": {
        "en": "Changed at",
        "ru": "Дата изменения",
    },
    "wb.col.Earlier versions": {
        "en": "Earlier versions",
        "ru": "Предыдущие версии",
    },
    "wb.readme.title": {
        "en": "capacity-app assessment workbook",
        "ru": "Рабочая книга оценки capacity-app",
    },
    "wb.readme.intro": {
        "en": "This workbook holds one country's migration data capacity assessment, exported by capacity-app.",
        "ru": "Эта рабочая книга содержит оценку потенциала одной страны в области данных о миграции, выгруженную из capacity-app.",
    },
    "wb.readme.sheets": {
        "en": "Sheets (their names are the same in every language): Metadata (who, when, which questionnaire, checksums; protected), Answers (one row per answer: edit only the white columns {code}, {dont_know}, {not_applicable}, {comment}, {evidence}; selecting a {code} cell shows the values it accepts), Matrix (levels 0-3 per policy question and source), Scores, Recommendations, Action plan (the actions, editable), Action costs (one row per year and funding source of an action), Plan validation (the plan's currency, exchange rates to the US dollar and the validation record), Plan totals (computed at the export, read-only, not read back), Review (each answer's review; edit only the white columns), Changes (who changed each answer, when, and the versions it descends from; do not edit).",
        "ru": "Листы (их названия одинаковы на всех языках): Metadata (кто, когда, какой вопросник, контрольные суммы; защищен), Answers (одна строка на ответ: изменяйте только белые столбцы «{code}», «{dont_know}», «{not_applicable}», «{comment}», «{evidence}»; при выборе ячейки столбца «{code}» показываются допустимые значения), Matrix (уровни 0–3 по каждому вопросу политики и источнику), Scores, Recommendations, Action plan (меры, можно изменять), Action costs (одна строка на год и источник финансирования меры), Plan validation (валюта плана, обменные курсы к доллару США и запись об утверждении), Plan totals (рассчитывается при выгрузке, только для чтения, при загрузке не читается), Review (проверка каждого ответа; изменяйте только белые столбцы), Changes (кто и когда изменил каждый ответ и от каких версий он происходит; не изменять).",
    },
    "wb.readme.edit": {
        "en": "To correct or complete answers offline: fill the {code} column (choose from the drop-down list, or type a number, a date as YYYY-MM-DD, or several codes separated by commas), or write 'yes' under {dont_know} / {not_applicable}. {evidence}: one line per item, 'document: title', 'url: address', 'institution: name' or 'note: text'.",
        "ru": "Чтобы исправить или дополнить ответы без подключения к сети, заполните столбец «{code}» (выберите значение из раскрывающегося списка или введите число, дату в формате ГГГГ-ММ-ДД или несколько кодов через запятую) либо напишите «yes» в столбце «{dont_know}» или «{not_applicable}». «{evidence}»: одна строка на элемент — «document: название», «url: адрес», «institution: название» или «note: текст».",
    },
    "wb.readme.import": {
        "en": "Then import the file with capacity-app (capacity-app import FILE): every value is checked, the cells edited outside the application are listed, and nothing is saved unless the whole file is valid. Scores, Matrix and Recommendations are recomputed by the application. A workbook in any of the six languages imports in any other.",
        "ru": "Затем загрузите файл в capacity-app (capacity-app import ФАЙЛ): каждое значение проверяется, ячейки, измененные вне приложения, перечисляются, и ничего не сохраняется, если файл не является полностью корректным. Листы Scores, Matrix и Recommendations пересчитываются приложением. Рабочая книга на любом из шести языков загружается при любом другом языке.",
    },
    "wb.readme.formulas": {
        "en": "Formulas are never evaluated: type values, not formulas.",
        "ru": "Формулы никогда не вычисляются: вводите значения, а не формулы.",
    },
    "wb.readme.format": {
        "en": "Format: docs/workbook-format.md in the capacity-app source.",
        "ru": "Формат: docs/workbook-format.md в исходном коде capacity-app.",
    },
}
