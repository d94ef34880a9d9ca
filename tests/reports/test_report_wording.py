"""The report's own sentences as the UN editors asked them to read (/work/review): the
answer to a question in brackets, never "?:"; full sentences where the plan chapter opens;
agreement in French, Spanish, Russian and Arabic; "all actions are costed" when all are. Read on
the demo's HTML in the six languages (no PDF is laid out: a fraction of a second a language)."""
from __future__ import annotations

import html
import re

import pytest

from capacity_app.domain.languages import LANGUAGES
from capacity_app.domain.texts import text
from capacity_app.reports.format import load_strings
from capacity_app.reports.pdf import render_html
from capacity_app.reports.plan.chapter import costed_note

CHARTS = {"sections": "data:x", "pq": "data:y"}
CODES = list(LANGUAGES)


@pytest.fixture(scope="module")
def demo_text(demo_db):
    """``demo_text(lang)``: the text of the demo report's HTML in ``lang``, tags and isolates removed."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context

    path, aid = demo_db
    done: dict[str, str] = {}

    def get(lang: str) -> str:
        if lang not in done:
            with open_store(path, readonly=True) as store:
                h = render_html(build_report_context(store, None, aid, lang), CHARTS)
            t = re.sub(r"<(style|script)\b.*?</\1>", "", h, flags=re.S)
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            done[lang] = re.sub(r"\s+", " ", re.sub("[\u2066-\u2069\u200e\u200f\u2060\u00ad]", "", t))
        return done[lang]

    return get


# a question mark, then a colon: "… migration ? : En partie", "…стратегия?: Частично", "…للهجرة؟: جزئيًا"
QUESTION_COLON = re.compile(r"[?؟？][\s\u00a0\u202f]*[:：]")


@pytest.mark.parametrize("lang", CODES)
def test_no_question_mark_followed_by_a_colon(demo_text, lang):
    t = demo_text(lang)
    assert not QUESTION_COLON.search(t), QUESTION_COLON.search(t)
    # the answer follows its question in brackets, as the Chinese report wrote it already
    partly = {"en": "(Partly)", "fr": "(En partie)", "es": "(En parte)", "ru": "(Частично)", "ar": "(جزئيًا)",
              "zh": "（部分）", "pt": "(Em parte)"}[lang]
    assert re.search(r"[?؟？][\s\u00a0\u202f]*" + re.escape(partly), t)


@pytest.mark.parametrize("lang, must, never", [
    ("en", ["The action plan was validated by the government on 18 June 2026", "All 10 actions are costed.",
            "One sheet per priority action, for funding committees:",
            "Returning citizens (2021): flow figure more than 2 years old at 15 May 2026 (reference date)",
            "3 – High:", "the source exists, but", "No population register; national ID system run by the Ministry of the Interior"],
     ["The action plan validated", "10 of the 10", "as a funding committee reads it", "High priority", "None (national"]),
    ("fr", ["Le plan d’action a été validé par le Gouvernement le 18 juin 2026", "sont acquis",
            "Les 10 actions sont toutes chiffrées.", "à l’intention des comités de financement",
            "Ressortissants de retour (2021) : chiffre de flux datant de plus de deux ans au 15 mai 2026 (date de référence)",
            "Produit, mais non ventilé par statut migratoire", "Autorité de l’état civil", "la source existe, mais"],
     ["Le plan d’action validé", "est acquis", "10 des 10", "telle qu’un comité", "Produit, pas par",
      "Autorité de l'état civil", "Ministère de l'intérieur", "Pays d'origine"]),
    ("es", ["El plan de acción fue validado por el Gobierno el 18 de junio de 2026", "están asegurados",
            "Se ha estimado el costo de las 10 acciones.", "destinada a los comités de financiación",
            # institutions by kind, a ministry's name with its capitals where one is named
            "Autoridad migratoria", "Autoridad laboral", "Banco Central",
            "Ciudadanos retornados (2021): cifra de flujo con más de dos años de antigüedad al 15 de mayo de 2026 (fecha de referencia)"],
     ["El plan de acción validado", "está asegurado", "10 de las 10", "tal como la lee",
      "Ministerio del interior", "Banco central"]),
    ("ru", ["План действий одобрен 18 июня 2026 года (", "Стоимость определена для всех мер плана (10).",
            "Доля основных вопросов, на которые получен ответ (включая ответ «не применимо»), взвешенная по разделам (приложение А): 98,1",
            # the summary read aloud (item 12): no "никак", not a sentence opening on a figure
            "Из 15 вопросов миграционной политики на 3 имеющиеся данные отвечают в полной мере, на 6 — с недостатками",
            "и на 1 ответить нельзя.", "В общей сложности 10 ответов записаны как «не знаю»",
            "Данные имеются, но с недостатками", "годовой иммиграционный поток (S1) не измеряется по критерию",
            "въезжает в страну? Ограничения: переменные; разбивка",
            # capitals inside a sentence (item 15): a common noun in lower case, a title with its capital
            "XOF, государственный бюджет (средства обеспечены)", "Показатели ЦУР, Глобальный договор о миграции",
            "Тип пробела: пробел в обработке или доступе",
            "источник существует, но", "3 — Высокая:", "2 — Средняя:",
            "Для каждой ключевой меры приводится карточка со сведениями, которые нужны комитету по финансированию",
            # one pair of words for the plan's adoption (ru editor items 2, 13): "одобрен …
            # подписан", never "утвержден" (the national statistics office's act on the assessment)
            ") и подписан: Ms Hélène Tavares, Director-General", ". Присутствовали представители учреждений: ",
            "National Statistics Office of Veloria (NSOV); Ministry of the Interior, Migration Directorate; ",
            "Ключевые меры", "Мера по устранению пробела", "каждая строка и каждый столбец в сумме дают напечатанный итог",
            "Оценка по разделу — ", "(формирующийся потенциал)", "запланирована",
            # one best source in the singular (item 18); a grid's row and column: an em dash (item 26)
            "Лучший источник: нет", "Граждане, проживающие за рубежом — имеются",
            "последние данные о потоке относятся к 2021 году и на отчетную дату (15 мая 2026 года) устарели"],
     ["План действий, утвержденный", ": существует, но", "Высокий приоритет", "в каком ее читает комитет",
      "Основные вопросы с ответом", "утвержден правительством", "одобрен за подписью", "с тех пор изменен",
      "ервоочередн", "риоритетная мера", "риоритетной меры", "по этой области", "запланировано",
      "Лучшие источники: нет", "за рубежом – Имеются", "данные о потоке старше", "— никак", "S1, Годовой"]),
    ("ar", ["اعتمدت الحكومة خطة العمل في", "الإجراء ذو الأولوية", "3 – عالية:", "المصدر موجود، ولكن",
            "حُدِّدت تكلفة جميع الإجراءات البالغ عددها 10."],
     ["الإجراء الأول", "أولوية عالية", ": موجود، ولكن", "كما تقرؤها"]),
    ("zh", ["10项行动均已估算费用。", "3（高）：", "CEN（人口普查）", "审核尚未开始：共222个审核项目", "优先级／状态", "审定后时间表有改动", "A. 每年有多少移民入境？（不足之处：",
            "在15个政策问题中，3个可以用符合用途的数据回答，6个可以回答但存在不足，5个只能依靠尚不可用的数据来源回答，1个完全无法回答。"],
     ["10项行动中有10项", "高度优先", "和1个完全无法回答", "监管机构", "优先度／状态", "计划中的编号", "确认后", "部分得分", "3 – 高", "CEN — 人口普查"]),
])
def test_the_editors_sentences(demo_text, lang, must, never):
    t = demo_text(lang)
    for s in must:
        assert s in t, (lang, s)
    for s in never:
        assert s not in t, (lang, s)


@pytest.mark.parametrize("lang, costed, actions, expected", [
    ("en", 10, 10, "All 10 actions are costed."), ("en", 1, 1, "The plan's one action is costed."),
    ("en", 7, 10, "7 of the 10 actions are costed."), ("en", 1, 10, "1 of the 10 actions is costed."),
    ("fr", 10, 10, "Les 10 actions sont toutes chiffrées."), ("fr", 7, 10, "7 des 10 actions sont chiffrées."),
    ("fr", 1, 10, "1 des 10 actions est chiffrée."), ("fr", 1, 1, "L'action du plan est chiffrée."),
    ("es", 10, 10, "Se ha estimado el costo de las 10 acciones."),
    ("es", 7, 10, "Se ha estimado el costo de 7 de las 10 acciones."),
    ("ru", 21, 21, "Стоимость определена для всех мер плана (21)."),
    ("ru", 7, 10, "Мер с определенной стоимостью: 7 из 10."),
    ("ar", 2, 2, "حُدِّدت تكلفة الإجراءين كليهما."), ("ar", 1, 10, "حُدِّدت تكلفة إجراء واحد من الإجراءات البالغ عددها 10."),
    ("zh", 12, 12, "12项行动均已估算费用。"), ("zh", 7, 12, "12项行动中有7项已估算费用。"),
])
def test_how_many_actions_are_costed(lang, costed, actions, expected):
    note = costed_note(costed, actions, lang, load_strings(lang))
    assert re.sub("[\u2066-\u2069]", "", note) == expected


@pytest.mark.parametrize("lang", CODES)
def test_the_agreement_keys_are_translated(lang):
    """The new or reworded keys are the language's own, not the English fallback; a change line
    names what was added with a noun (fr 'ajout', es 'adición', ru 'добавление', ar 'إضافة'), so that
    it agrees with any field ('valeur cible', 'montant', 'moyens de vérification')."""
    s, en = load_strings(lang), load_strings("en")
    for key in ("plan_costed_all", "plan_costed_count", "plan_value_added", "plan_value_removed",
                "plan_intro_validated", "plan_sheets_intro"):
        assert s[key], key
        if lang != "en":
            assert s[key] != en[key], (lang, key)
    added = s["plan_value_added"].format(title="", what="X", new="1")
    removed = s["plan_value_removed"].format(title="", what="X", old="1")
    wb_added = text("wb.change.added", lang, head="", what="X", new="1")
    noun = {"en": ("added", "removed"), "fr": ("(ajout)", "(suppression)"), "es": ("(adición)", "(supresión)"),
            "ru": ("(добавление)", "(удаление)"), "ar": ("إضافة", "حذف"), "zh": ("新增", "删除"),
            "pt": ("(adição)", "(remoção)")}[lang]
    assert noun[0] in added and noun[1] in removed and noun[0] in wb_added
    for participle in ("ajouté", "supprimé", "añadido", "eliminado", "добавлено", "удалено", "أُضيف", "حُذف"):
        assert participle not in added + removed + wb_added, (lang, participle)


@pytest.mark.parametrize(("counts", "sentence"), [
    ((3, 6, 5, 1, 0), "من بين أسئلة السياسات البالغ عددها 15، يمكن الإجابة عن 3 أسئلة ببيانات ملائمة للغرض، وعن 6 أسئلة "
                      "ببيانات تشوبها أوجه قصور، وعن 5 أسئلة من مصادر لا تصلح للاستخدام بعدُ فقط، في حين لا يمكن "
                      "الإجابة إطلاقًا عن سؤال واحد."),
    ((1, 2, 11, 0, 0), "من بين أسئلة السياسات البالغ عددها 14، يمكن الإجابة عن سؤال واحد ببيانات ملائمة للغرض، وعن "
                       "سؤالين ببيانات تشوبها أوجه قصور، وعن 11 سؤالًا من مصادر لا تصلح للاستخدام بعدُ فقط."),
    ((0, 5, 0, 2, 1), "من بين أسئلة السياسات البالغ عددها 8، لا يمكن الإجابة عن أي منها ببيانات ملائمة للغرض، ويمكن "
                      "الإجابة عن 5 أسئلة ببيانات تشوبها أوجه قصور، في حين لا يمكن الإجابة إطلاقًا عن سؤالين، ولم "
                      "يُقيَّم بعدُ سؤال واحد (لم يوصف له أي مصدر)."),
])
def test_the_arabic_summary_counts_the_policy_questions_in_agreement(counts, sentence):
    """The Arabic editor's item 3: "و6 مع وجود قصور" had no verb and "و1 … عنها" no
    agreement; each count now with its noun (1, 2, 3-10, 11+) and the verb once for the series."""
    from capacity_app.reports.chapters import pq_reading
    from capacity_app.reports.format import load_strings

    text = pq_reading(counts, sum(counts), "ar", load_strings("ar"))
    assert text.replace("\u2066", "").replace("\u2069", "") == sentence
    en = pq_reading((3, 6, 5, 1, 0), 15, "en", load_strings("en"))
    assert en.startswith("Of the 15 policy questions, 3 can be answered with data fit for purpose, 6 with a shortfall")


def test_clauses_and_scale_levels():
    from capacity_app.domain.editorial import clause_list, scale_level

    assert clause_list(["3个可以回答", "6个存在不足", "1个完全无法回答"], "zh") == "3个可以回答，6个存在不足，1个完全无法回答"
    assert clause_list(["3 can", "6 with a shortfall", "1 not at all"], "en") == "3 can, 6 with a shortfall and 1 not at all"
    assert scale_level(3, "Высокая", "ru") == "3 — Высокая" and scale_level(3, "High", "en") == "3 – High"
    from capacity_app.domain.editorial import row_and_column
    assert row_and_column("Citizens abroad", "Available", "en") == "Citizens abroad – Available"
    assert row_and_column("Граждане за рубежом", "Имеются", "ru") == "Граждане за рубежом — имеются"
    assert row_and_column("Данные", "ООН", "ru") == "Данные — ООН"  # an acronym keeps its capitals
    # UN Chinese: no dash between a level or a code and its meaning (zh editor item 28)
    from capacity_app.domain.editorial import code_and_name
    assert scale_level(3, "高：现行政策", "zh") == "3（高）：现行政策" and scale_level(3, "高", "zh") == "3（高）" and row_and_column("旅居国外的公民", "可得", "zh") == "旅居国外的公民：可得"
    assert code_and_name("CEN", "人口普查", "zh") == "CEN（人口普查）" and code_and_name("CEN", "Census", "en") == "CEN — Census"
    from capacity_app.domain.editorial import join_list
    assert (join_list(["Показатели ЦУР", "Глобальный договор о миграции", "Региональные органы"], "ru", labels=True)
            == "Показатели ЦУР, Глобальный договор о миграции и региональные органы")  # a title keeps its capital


@pytest.mark.parametrize("lang, must", [
    ("en", ["weighted by section (Annex A): 98.1%", "(12 × 91.7 + 7 × 85.7 + 85 × 100) ÷ 104 = 98.1%.",
            "Partly published by migratory status", "Produced (disaggregation not applicable)"]),
    ("fr", ["pondérées par section (annexe A)", "(12 × 91,7 + 7 × 85,7 + 85 × 100) ÷ 104 = 98,1"]),
    ("es", ["ponderadas por sección (anexo A)", "(12 × 91,7 + 7 × 85,7 + 85 × 100) ÷ 104 = 98,1"]),
    ("ru", ["(12 × 91,7 + 7 × 85,7 + 85 × 100) ÷ 104 = 98,1", "Частично публикуется в разбивке по миграционному статусу"]),
    ("ar", ["(12 × 91.7 + 7 × 85.7 + 85 × 100) ÷ 104"]),
    ("zh", ["（12 × 91.7 + 7 × 85.7 + 85 × 100）÷ 104 = 98.1%", "已部分按移民身份分列发布", "已编制（不适用按移民身份分列）"]),
])
def test_figures_agree_with_the_annexes(demo_text, lang, must):
    """The summary's completeness written out from Annex A's rows; an SDG indicator published
    "partly" printed as partly, one not measured on persons not as a gap (zh 3-5, ru 6)."""
    t = demo_text(lang)
    for s in must:
        assert s in t, (lang, s)



def test_arabic_never_puts_a_masculine_verb_beside_a_name_it_cannot_know_the_gender_of():
    """The Arabic editor's items 7 and 23: "ووافق عليها Ms Hélène Tavares"; the plan
    "حظيت بموافقة" the approver, in the report and the window alike, and the assessment "يمكن اعتماده"."""

    from capacity_app.reports.format import load_strings

    s = load_strings("ar")
    for key in ("plan_intro_validated", "plan_history_validated", "plan_history_revalidated"):
        assert "حظيت" in s[key] and "بموافقة" in s[key] and "وافق عليها" not in s[key], key
    # the cover's lines are labels: the approval named ("بموافقة:"), never a verb whose gender the
    # approver's name cannot tell ("اعتمدها:"), nor a sentence's verb as a label ("حظيت بموافقة:")
    for key in ("plan_cover_validated", "plan_cover_changed"):
        assert "\nفي إطار: {event}\nبموافقة: {name}" in s[key], key
        assert not re.search("اعتمدها|حظيت|وافق عليها|المناسبة", s[key]), key
    for key in ("plan_history_withdrawn", "signoff_reopened_line", "signoff_change_by"):
        assert not s[key].split("{operator}")[0].rstrip().endswith(("سحب", "فتحه:", "غيّرها")), key
    from capacity_app.catalog import window

    ts = "\n".join(t for m in window.read(window.catalogue_path("ar"), "ar", [])[1]
                    for t in (m.text if m.numerus else (m.text,)))
    assert "ووافق عليها" not in ts and "وحظيت بموافقة %3" in ts
    assert "يمكن اعتمادها" not in ts and "يمكن اعتماده." in ts


def test_the_arabic_plan_lists_the_institutions_present_one_a_line():
    """The Arabic editor's item 9: seven English names in one right-to-left line were
    unreadable; the Arabic sentence sets them on lines of their own, the others keep their list."""
    from capacity_app.domain.plan.validation import Validation
    from capacity_app.reports.format import load_strings
    from capacity_app.reports.plan.chapter import plan_intro

    v = Validation(date="2026-06-18", event="Workshop", approved_by="Ms H. Tavares", position="Director",
                   institutions=("NSO", "Ministry of Labour"))
    ar = plan_intro(True, v, "ar", load_strings("ar"))
    assert "المؤسسات الحاضرة:\n" in ar and ar.count("\n\u200f• ") == 2
    assert "\n" not in plan_intro(True, v, "en", load_strings("en"))


def test_the_arabic_glossary_sorts_without_the_article():
    """The Arabic editor's item 59: every "ال…" term came before "بلد…"."""
    from capacity_app.reports.chapters import _collation

    assert sorted(["الفجوة", "بلد المنشأ", "التوافر", "أسئلة السياسات"], key=_collation) == \
        ["أسئلة السياسات", "بلد المنشأ", "التوافر", "الفجوة"]
    assert sorted(["Gap", "availability"], key=_collation) == ["availability", "Gap"]
