"""The fixed texts of an institution's workbook, in the six UN languages: the cover, the
column headings, what each answer cell accepts and the refusals its checks show. The questions
themselves come from the questionnaire (``assessments/``, its catalogues for ar, zh, ru)."""
from __future__ import annotations

from ...domain.placeholders import fill

TEXTS: dict[str, dict[str, str]] = {
    "sheet.cover": {"en": "Cover", "fr": "Couverture", "es": "Portada", "ar": "الغلاف", "zh": "封面", "ru": "Титульный лист"},
    "sheet.questions": {"en": "Questions", "fr": "Questions", "es": "Preguntas", "ar": "الأسئلة", "zh": "问题",
                        "ru": "Вопросы"},
    "cover.title": {"en": "Questions for {institution}", "fr": "Questions pour : {institution}",
                    "es": "Preguntas para: {institution}", "ar": "أسئلة موجهة إلى: {institution}",
                    "zh": "致{institution}的问题", "ru": "Вопросы для: {institution}"},
    "cover.subtitle": {
        "en": "Assessment of the capacity to produce migration statistics (UNSD toolkit)",
        "fr": "Évaluation de la capacité à produire des statistiques sur les migrations (boîte à outils de la DSNU)",
        "es": "Evaluación de la capacidad para producir estadísticas de migración (herramientas de la DENU)",
        "ar": "تقييم القدرة على إنتاج إحصاءات الهجرة (مجموعة أدوات الشعبة الإحصائية للأمم المتحدة)",
        "zh": "移民统计编制能力评估（联合国统计司工具包）",
        "ru": "Оценка потенциала в области статистики миграции (инструментарий СОООН)"},
    "cover.assessment": {"en": "Assessment", "fr": "Évaluation", "es": "Evaluación", "ar": "التقييم", "zh": "评估",
                         "ru": "Оценка"},
    "cover.country": {"en": "Country", "fr": "Pays", "es": "País", "ar": "البلد", "zh": "国家", "ru": "Страна"},
    "cover.institution": {"en": "For", "fr": "Destinataire", "es": "Destinatario", "ar": "إلى", "zh": "致",
                          "ru": "Кому"},
    "cover.deadline": {"en": "Please reply by", "fr": "Merci de répondre avant le", "es": "Responda antes del",
                       "ar": "يرجى الرد قبل", "zh": "请于以下日期前答复", "ru": "Просим ответить до"},
    "cover.contact": {"en": "Questions about this form", "fr": "Questions sur ce formulaire",
                      "es": "Consultas sobre este formulario", "ar": "للاستفسار عن هذه الاستمارة",
                      "zh": "有关本表的疑问请联系", "ru": "Вопросы по этой форме"},
    "cover.note": {"en": "Message from the mission", "fr": "Message de la mission", "es": "Mensaje de la misión",
                   "ar": "رسالة من البعثة", "zh": "评估团留言", "ru": "Сообщение миссии"},
    "cover.questions": {"en": "Questions to answer", "fr": "Questions à renseigner", "es": "Preguntas que responder",
                        "ar": "عدد الأسئلة", "zh": "待答问题数", "ru": "Число вопросов"},
    "cover.respondent": {"en": "Your name (who answered)", "fr": "Votre nom (personne qui a répondu)",
                         "es": "Su nombre (quién respondió)", "ar": "اسمك (من أجاب)", "zh": "您的姓名（答复人）",
                         "ru": "Ваше имя (кто ответил)"},
    "cover.role": {"en": "Your position and e-mail", "fr": "Votre fonction et votre courriel",
                   "es": "Su cargo y correo electrónico", "ar": "وظيفتك وبريدك الإلكتروني", "zh": "您的职务和电子邮件",
                   "ru": "Ваша должность и электронная почта"},
    "cover.how": {
        "en": "How to answer: on the sheet {sheet}, fill in only the yellow cells: the answer, or \"{dont_know}\", and "
              "where you can a comment or the source of the figure. What the mission already knows is filled in: "
              "correct it if it is wrong. Leave the other cells as they are, and return this file as it is (same "
              "name, same sheets).",
        "fr": "Comment répondre : dans la feuille {sheet}, remplissez seulement les cellules jaunes : la réponse, ou "
              "« {dont_know} », et si possible un commentaire ou la source du chiffre. Ce que la mission sait déjà "
              "est prérempli : corrigez-le s'il est inexact. Ne modifiez pas les autres cellules et renvoyez ce "
              "fichier tel quel (même nom, mêmes feuilles).",
        "es": "Cómo responder: en la hoja {sheet}, complete solo las celdas amarillas: la respuesta, o «{dont_know}», "
              "y si es posible un comentario o la fuente de la cifra. Lo que la misión ya sabe está completado: "
              "corríjalo si no es exacto. No modifique las demás celdas y devuelva este archivo tal cual (mismo "
              "nombre, mismas hojas).",
        "ar": "طريقة الإجابة: في الورقة {sheet}، املأ الخلايا الصفراء فقط: الإجابة، أو «{dont_know}»، وإن أمكن "
              "تعليقًا أو مصدر الرقم. ما تعرفه البعثة مسبقًا مدوَّن: صحِّحه إن كان غير دقيق. لا تغيّر الخلايا الأخرى، "
              "وأعد هذا الملف كما هو (الاسم نفسه والأوراق نفسها).",
        "zh": "答复方法：在“{sheet}”工作表中，只填写黄色单元格：答复，或“{dont_know}”，并尽可能填写说明或数字来源。"
              "评估团已掌握的信息已预先填入：如有错误请更正。请勿改动其他单元格，并按原样（同一文件名、同样的工作表）交回本文件。",
        "ru": "Как отвечать: на листе «{sheet}» заполните только желтые ячейки: ответ или «{dont_know}», а по "
              "возможности — комментарий или источник цифры. То, что миссии уже известно, заполнено: исправьте, "
              "если это неверно. Не меняйте другие ячейки и верните этот файл как есть (то же имя, те же листы)."},
    "col.section": {"en": "Section", "fr": "Section", "es": "Sección", "ar": "الفرع", "zh": "领域", "ru": "Раздел"},
    "col.question": {"en": "Question", "fr": "Question", "es": "Pregunta", "ar": "السؤال", "zh": "问题", "ru": "Вопрос"},
    "col.help": {"en": "Explanation and what is accepted", "fr": "Explication et réponses acceptées",
                 "es": "Explicación y respuestas aceptadas", "ar": "الشرح والإجابات المقبولة",
                 "zh": "说明及可接受的答复", "ru": "Пояснение и допустимые ответы"},
    "col.answer": {"en": "Answer", "fr": "Réponse", "es": "Respuesta", "ar": "الإجابة", "zh": "答复", "ru": "Ответ"},
    "col.dont_know": {"en": "Don't know", "fr": "Ne sait pas", "es": "No sabe", "ar": "لا أعرف", "zh": "不知道",
                      "ru": "Не знаю"},
    "col.comment": {"en": "Comment or source", "fr": "Commentaire ou source", "es": "Comentario o fuente",
                    "ar": "تعليق أو مصدر", "zh": "说明或来源", "ru": "Комментарий или источник"},
    "dont_know": {"en": "Don't know", "fr": "Ne sait pas", "es": "No sabe", "ar": "لا أعرف", "zh": "不知道",
                  "ru": "Не знаю"},
    "accept.one": {"en": "Choose one from the list", "fr": "Choisissez une réponse dans la liste",
                   "es": "Elija una opción de la lista", "ar": "اختر إجابة واحدة من القائمة", "zh": "从列表中选择一项",
                   "ru": "Выберите один вариант из списка"},
    "accept.several": {"en": "One or more of these, separated by ;", "fr": "Une ou plusieurs de ces réponses, séparées par ;",
                       "es": "Una o varias de estas opciones, separadas por ;", "ar": "واحدة أو أكثر مما يلي، مفصولة بـ ;",
                       "zh": "以下一项或多项，用“;”分隔", "ru": "Один или несколько вариантов через ;"},
    "accept.whole": {"en": "A whole number", "fr": "Un nombre entier", "es": "Un número entero", "ar": "عدد صحيح",
                     "zh": "整数", "ru": "Целое число"},
    "accept.year": {"en": "A year", "fr": "Une année", "es": "Un año", "ar": "سنة", "zh": "年份", "ru": "Год"},
    "accept.number": {"en": "A number", "fr": "Un nombre", "es": "Un número", "ar": "رقم", "zh": "数字", "ru": "Число"},
    "accept.range": {"en": "from {lo} to {hi}", "fr": "de {lo} à {hi}", "es": "de {lo} a {hi}", "ar": "من {lo} إلى {hi}",
                     "zh": "{lo}至{hi}", "ru": "от {lo} до {hi}"},
    "accept.date": {"en": "A date (YYYY-MM-DD)", "fr": "Une date (AAAA-MM-JJ)", "es": "Una fecha (AAAA-MM-DD)",
                    "ar": "تاريخ (YYYY-MM-DD)", "zh": "日期（YYYY-MM-DD）", "ru": "Дата (ГГГГ-ММ-ДД)"},
    "accept.text": {"en": "Text", "fr": "Texte", "es": "Texto", "ar": "نص", "zh": "文字", "ru": "Текст"},
    "error.title": {"en": "Not accepted", "fr": "Non accepté", "es": "No aceptado", "ar": "غير مقبول", "zh": "不接受",
                    "ru": "Не принято"},
    "error.list": {"en": "Choose a value from the list.", "fr": "Choisissez une valeur dans la liste.",
                   "es": "Elija un valor de la lista.", "ar": "اختر قيمة من القائمة.", "zh": "请从列表中选择。",
                   "ru": "Выберите значение из списка."},
    "error.number": {"en": "Give a number in the range shown in the explanation.",
                     "fr": "Indiquez un nombre dans l'intervalle donné dans l'explication.",
                     "es": "Indique un número en el intervalo señalado en la explicación.",
                     "ar": "أدخل رقمًا ضمن النطاق المبين في الشرح.", "zh": "请填写说明中所示范围内的数字。",
                     "ru": "Укажите число в пределах, указанных в пояснении."},
    "error.date": {"en": "Give a date as YYYY-MM-DD.", "fr": "Indiquez une date AAAA-MM-JJ.",
                   "es": "Indique una fecha AAAA-MM-DD.", "ar": "أدخل تاريخًا بالشكل YYYY-MM-DD.",
                   "zh": "请按YYYY-MM-DD格式填写日期。", "ru": "Укажите дату в виде ГГГГ-ММ-ДД."},
    "error.text": {"en": "The text is too long.", "fr": "Le texte est trop long.", "es": "El texto es demasiado largo.",
                   "ar": "النص طويل جدًا.", "zh": "文字过长。", "ru": "Текст слишком длинный."},
    "not_given": {"en": "not given", "fr": "non précisé", "es": "sin precisar", "ar": "غير محدد", "zh": "未注明",
                  "ru": "не указано"},
}


def text(key: str, lang: str, **params: object) -> str:
    """The text ``key`` in ``lang`` (English when the language has none), with ``params`` filled."""
    entry = TEXTS[key]
    t = entry.get(lang) or entry["en"]
    return fill(t, **params) if params else t


__all__ = ["TEXTS", "text"]
