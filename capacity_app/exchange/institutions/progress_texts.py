"""The fixed texts of an institution's progress workbook, in the six UN languages: the
cover, the sheets' names and column headings, the statuses of an action. The actions, cost lines
and indicators themselves are the plan's own words."""
from __future__ import annotations

from ...domain.placeholders import fill
from .texts import TEXTS as _FORM_TEXTS

TEXTS: dict[str, dict[str, str]] = {
    "sheet.cover": _FORM_TEXTS["sheet.cover"],
    "sheet.actions": {"en": "Actions", "fr": "Actions", "es": "Acciones", "ar": "الإجراءات", "zh": "行动",
                      "ru": "Меры"},
    "sheet.money": {"en": "Money", "fr": "Financement", "es": "Fondos", "ar": "الأموال", "zh": "资金",
                    "ru": "Средства"},
    "sheet.indicators": {"en": "Indicators", "fr": "Indicateurs", "es": "Indicadores", "ar": "المؤشرات",
                         "zh": "指标", "ru": "Показатели"},
    "cover.title": {"en": "Progress of the action plan: report of {institution}",
                    "fr": "Avancement du plan d'action : rapport de {institution}",
                    "es": "Avance del plan de acción: informe de {institution}",
                    "ar": "التقدم المحرز في خطة العمل: تقرير {institution}",
                    "zh": "行动计划进展：{institution}的报告",
                    "ru": "Ход выполнения плана действий: отчет ({institution})"},
    "cover.subtitle": {
        "en": "Action plan for migration statistics: progress in the reporting period",
        "fr": "Plan d'action pour les statistiques sur les migrations : avancement au cours de la période",
        "es": "Plan de acción para las estadísticas de migración: avance en el período del informe",
        "ar": "خطة العمل الخاصة بإحصاءات الهجرة: التقدم المحرز خلال الفترة المشمولة بالتقرير",
        "zh": "移民统计行动计划：报告期内的进展",
        "ru": "План действий в области статистики миграции: ход выполнения за отчетный период"},
    "cover.institution": _FORM_TEXTS["cover.institution"],
    "cover.country": _FORM_TEXTS["cover.country"],
    "cover.assessment": _FORM_TEXTS["cover.assessment"],
    "cover.period": {"en": "Reporting period", "fr": "Période couverte", "es": "Período del informe",
                     "ar": "الفترة المشمولة بالتقرير", "zh": "报告期", "ru": "Отчетный период"},
    "cover.counts": {"en": "{actions} actions, {lines} cost lines, {indicators} indicators",
                     "fr": "{actions} actions, {lines} lignes de coût, {indicators} indicateurs",
                     "es": "{actions} acciones, {lines} partidas de costo, {indicators} indicadores",
                     "ar": "الإجراءات: {actions}، بنود التكلفة: {lines}، المؤشرات: {indicators}",
                     "zh": "行动{actions}项，费用项目{lines}项，指标{indicators}项",
                     "ru": "Мер: {actions}, статей расходов: {lines}, показателей: {indicators}"},
    "cover.what": {"en": "To report on", "fr": "À renseigner", "es": "Por informar", "ar": "المطلوب الإبلاغ عنه",
                   "zh": "需报告内容", "ru": "Что нужно сообщить"},
    "cover.how": {
        "en": "How to answer: fill in only the yellow cells, for the reporting period. {actions}: each action's "
              "status, when it started and was completed, and the reason for a delay or for dropping it. {money}: "
              "the money committed, disbursed and spent in the period on each cost line, in its currency (money "
              "spent above money disbursed needs a note saying why). {indicators}: the value measured, the date it "
              "was measured and its source. What is already recorded is filled in: correct it if it is wrong. "
              "Leave the other cells as they are, and return this file as it is.",
        "fr": "Comment répondre : remplissez seulement les cellules jaunes, pour la période couverte. {actions} : "
              "l'état de chaque action, ses dates de début et d'achèvement, et la raison d'un retard ou d'un "
              "abandon. {money} : les montants engagés, décaissés et dépensés au cours de la période pour chaque "
              "ligne de coût, dans sa monnaie (une dépense supérieure au décaissement doit être expliquée par une "
              "note). {indicators} : la valeur mesurée, la date de la mesure et sa source. Ce qui est déjà "
              "enregistré est prérempli : corrigez-le s'il est inexact. Ne modifiez pas les autres cellules et "
              "renvoyez ce fichier tel quel.",
        "es": "Cómo responder: complete solo las celdas amarillas, para el período del informe. {actions}: el "
              "estado de cada acción, cuándo comenzó y cuándo concluyó, y el motivo de un retraso o de su "
              "abandono. {money}: los fondos comprometidos, desembolsados y gastados en el período en cada partida "
              "de costo, en su moneda (un gasto superior a lo desembolsado requiere una nota que lo explique). "
              "{indicators}: el valor medido, la fecha de la medición y su fuente. Lo ya registrado está "
              "completado: corríjalo si no es exacto. No modifique las demás celdas y devuelva este archivo tal cual.",
        "ar": "طريقة الإجابة: املأ الخلايا الصفراء فقط، عن الفترة المشمولة بالتقرير. {actions}: حالة كل إجراء، "
              "وتاريخ بدئه وتاريخ إنجازه، وسبب التأخير أو الإلغاء. {money}: المبالغ الملتزم بها والمصروفة "
              "والمنفقة خلال الفترة لكل بند من بنود التكلفة، بعملته (يلزم إيضاح أي إنفاق يتجاوز المبالغ "
              "المصروفة بملاحظة). {indicators}: القيمة المقيسة وتاريخ القياس ومصدره. ما سبق تسجيله مدوَّن: "
              "صحِّحه إن كان غير دقيق. لا تغيّر الخلايا الأخرى، وأعد هذا الملف كما هو.",
        "zh": "答复方法：只填写黄色单元格，内容为报告期的情况。{actions}：每项行动的状态、开始和完成日期，以及延误或放弃的原因。"
              "{money}：报告期内每个费用项目已承诺、已拨付和已支出的金额，以该项目的货币计（支出超过拨付额时须加说明）。"
              "{indicators}：实测值、测量日期及来源。已记录的信息已预先填入：如有错误请更正。请勿改动其他单元格，并按原样交回本文件。",
        "ru": "Как отвечать: заполните только желтые ячейки, за отчетный период. {actions}: статус каждой меры, "
              "даты начала и завершения, причина задержки или отказа от нее. {money}: суммы, "
              "принятые в качестве обязательств, выплаченные и израсходованные за период по каждой статье "
              "расходов, в ее валюте (расход сверх выплаченного требует пояснения). {indicators}: измеренное "
              "значение, дата измерения и источник. То, что уже записано, заполнено: исправьте, если это "
              "неверно. Не меняйте другие ячейки и верните этот файл как есть."},
    "cover.respondent": _FORM_TEXTS["cover.respondent"],
    "cover.role": _FORM_TEXTS["cover.role"],
    "col.number": {"en": "No.", "fr": "N°", "es": "N.º", "ar": "الرقم", "zh": "编号", "ru": "№"},
    "col.action": {"en": "Action", "fr": "Action", "es": "Acción", "ar": "الإجراء", "zh": "行动", "ru": "Мера"},
    "col.timeline": {"en": "Planned timeline", "fr": "Calendrier prévu", "es": "Calendario previsto",
                     "ar": "الجدول الزمني المقرر", "zh": "计划时间", "ru": "Плановые сроки"},
    "col.status": {"en": "Status", "fr": "État", "es": "Estado", "ar": "الحالة", "zh": "状态", "ru": "Статус"},
    "col.started": {"en": "Started on (YYYY-MM-DD)", "fr": "Commencée le (AAAA-MM-JJ)",
                    "es": "Iniciada el (AAAA-MM-DD)", "ar": "تاريخ البدء (YYYY-MM-DD)", "zh": "开始日期（YYYY-MM-DD）",
                    "ru": "Дата начала (ГГГГ-ММ-ДД)"},
    "col.completed": {"en": "Completed on (YYYY-MM-DD)", "fr": "Achevée le (AAAA-MM-JJ)",
                      "es": "Concluida el (AAAA-MM-DD)", "ar": "تاريخ الإنجاز (YYYY-MM-DD)",
                      "zh": "完成日期（YYYY-MM-DD）", "ru": "Дата завершения (ГГГГ-ММ-ДД)"},
    "col.reason": {"en": "Reason for a delay or for dropping it", "fr": "Raison d'un retard ou d'un abandon",
                   "es": "Motivo de un retraso o del abandono", "ar": "سبب التأخير أو الإلغاء",
                   "zh": "延误或放弃的原因", "ru": "Причина задержки или отказа"},
    "col.line": {"en": "Cost line (year, funder, planned amount)",
                 "fr": "Ligne de coût (année, bailleur, montant prévu)",
                 "es": "Partida de costo (año, financiador, monto previsto)",
                 "ar": "بند التكلفة (السنة، الجهة المموِّلة، المبلغ المقرر)",
                 "zh": "费用项目（年份、出资方、计划金额）", "ru": "Статья расходов (год, источник, плановая сумма)"},
    "col.currency": {"en": "Currency", "fr": "Monnaie", "es": "Moneda", "ar": "العملة", "zh": "货币", "ru": "Валюта"},
    "col.committed": {"en": "Committed", "fr": "Engagé", "es": "Comprometido", "ar": "الملتزم به", "zh": "已承诺",
                      "ru": "Обязательства"},
    "col.disbursed": {"en": "Disbursed", "fr": "Décaissé", "es": "Desembolsado", "ar": "المصروف", "zh": "已拨付",
                      "ru": "Выплачено"},
    "col.spent": {"en": "Spent", "fr": "Dépensé", "es": "Gastado", "ar": "المُنفَق", "zh": "已支出",
                  "ru": "Израсходовано"},
    "col.note": {"en": "Note (why spent is above disbursed)", "fr": "Note (pourquoi la dépense dépasse le décaissement)",
                 "es": "Nota (por qué el gasto supera lo desembolsado)", "ar": "ملاحظة (سبب تجاوز الإنفاق للمبلغ المصروف)",
                 "zh": "说明（支出为何超过拨付额）", "ru": "Пояснение (почему расход больше выплаченного)"},
    "col.indicator": {"en": "Indicator", "fr": "Indicateur", "es": "Indicador", "ar": "المؤشر", "zh": "指标",
                      "ru": "Показатель"},
    "col.level": {"en": "Level", "fr": "Niveau", "es": "Nivel", "ar": "المستوى", "zh": "层级", "ru": "Уровень"},
    "col.id": {"en": "Id", "fr": "Code", "es": "Código", "ar": "الرمز", "zh": "代码", "ru": "Код"},
    "col.target": {"en": "Target for {year}", "fr": "Valeur cible pour {year}", "es": "Meta para {year}",
                   "ar": "القيمة المستهدفة لعام {year}", "zh": "{year}年目标值", "ru": "Целевое значение на {year} год"},
    "col.value": {"en": "Value measured", "fr": "Valeur mesurée", "es": "Valor medido", "ar": "القيمة المقيسة",
                  "zh": "实测值", "ru": "Измеренное значение"},
    "col.date": {"en": "Date measured (YYYY-MM-DD)", "fr": "Date de la mesure (AAAA-MM-JJ)",
                 "es": "Fecha de la medición (AAAA-MM-DD)", "ar": "تاريخ القياس (YYYY-MM-DD)",
                 "zh": "测量日期（YYYY-MM-DD）", "ru": "Дата измерения (ГГГГ-ММ-ДД)"},
    "col.source": {"en": "Source", "fr": "Source", "es": "Fuente", "ar": "المصدر", "zh": "来源", "ru": "Источник"},
    "status.planned": {"en": "Not started", "fr": "Pas commencée", "es": "No iniciada", "ar": "لم يبدأ",
                       "zh": "未开始", "ru": "Не начато"},
    "status.in_progress": {"en": "In progress", "fr": "En cours", "es": "En curso", "ar": "قيد التنفيذ",
                           "zh": "进行中", "ru": "Выполняется"},
    "status.done": {"en": "Done", "fr": "Achevée", "es": "Concluida", "ar": "منجز", "zh": "已完成", "ru": "Выполнено"},
    "status.dropped": {"en": "Dropped", "fr": "Abandonnée", "es": "Abandonada", "ar": "ملغى", "zh": "已放弃",
                       "ru": "Отменено"},
    "funding.national": {"en": "national budget", "fr": "budget national", "es": "presupuesto nacional",
                         "ar": "الميزانية الوطنية", "zh": "国家预算", "ru": "государственный бюджет"},
    "funding.other": {"en": "other source", "fr": "autre source", "es": "otra fuente", "ar": "مصدر آخر",
                      "zh": "其他来源", "ru": "другой источник"},
    "level.objective": {"en": "Overall objective", "fr": "Objectif global", "es": "Objetivo general",
                        "ar": "الهدف العام", "zh": "总体目标", "ru": "Общая цель"},
    "level.outcome": {"en": "Outcome {id}", "fr": "Effet {id}", "es": "Efecto {id}", "ar": "الحصيلة {id}",
                      "zh": "成果{id}", "ru": "Конечный результат {id}"},
    "level.output": {"en": "Output of action {n}", "fr": "Produit de l'action {n}", "es": "Producto de la acción {n}",
                     "ar": "ناتج الإجراء {n}", "zh": "行动{n}的产出", "ru": "Непосредственный результат меры {n}"},
    "error.title": _FORM_TEXTS["error.title"],
    "error.list": _FORM_TEXTS["error.list"],
    "error.date": _FORM_TEXTS["error.date"],
    "error.number": {"en": "Give an amount: a number, zero or more.", "fr": "Indiquez un montant : un nombre positif ou nul.",
                     "es": "Indique un monto: un número igual o mayor que cero.",
                     "ar": "أدخل مبلغًا: رقمًا يساوي الصفر أو أكبر منه.", "zh": "请填写金额：零或正数。",
                     "ru": "Укажите сумму: число, не меньше нуля."},
    "error.text": _FORM_TEXTS["error.text"],
    "not_given": _FORM_TEXTS["not_given"],
}


def text(key: str, lang: str, **params: object) -> str:
    """The text ``key`` in ``lang`` (English when the language has none), with ``params`` filled."""
    entry = TEXTS[key]
    t = entry.get(lang) or entry["en"]
    return fill(t, **params) if params else t


def status_label(status: str, lang: str) -> str:
    return text(f"status.{status}", lang)


def status_of_label(label: str) -> str | None:
    """The status a cell's text names: its label in any of the six languages, or its code."""
    folded = " ".join(str(label).split()).casefold()
    for code in ("planned", "in_progress", "done", "dropped"):
        if folded in (code, code.replace("_", " ")) or folded in {v.casefold() for v in TEXTS[f"status.{code}"].values()}:
            return code
    return None


__all__ = ["TEXTS", "status_label", "status_of_label", "text"]
