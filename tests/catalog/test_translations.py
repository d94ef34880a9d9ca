"""The catalogues of Arabic, Chinese and Russian (tools/catalogues.py, docs/questionnaire-format.md
"Translations"): each in step with the English, the same shape and placeholders as its source,
none missing once its translator is done, and merged into the questionnaire, the recommendations,
the scoring sentences, the report's texts and the help page."""
from __future__ import annotations

import json
import re
import shutil
import warnings

import pytest
from i18n_status import IN_TRANSLATION, catalogues_tool

from capacity_app.catalog.loader import check_questionnaire, load_bundled
from capacity_app.catalog.translations import html_sections, plural_categories, same_shape
from capacity_app.domain.languages import BY_CODE, CATALOGUED, INLINE, LANGUAGES

tool = catalogues_tool()
CASES = [(kind, lang) for lang in CATALOGUED for kind in tool.KINDS]


@pytest.fixture(scope="module")
def sources():
    return {name: kind.sources() for name, kind in tool.KINDS.items()}


@pytest.mark.parametrize("kind, lang", CASES)
def test_catalogue_is_in_step_with_the_english(sources, kind, lang):
    """Every English text has its entry (tools/catalogues.py update was run after the English
    changed), no entry is left over, every translation has its source's shape (a list of
    paragraphs stays a list of as many) and placeholders; no translation is outdated (its English
    changed since) once its translator is done, a warning while the language is IN_TRANSLATION."""
    cat = tool.read(tool.KINDS[kind], lang)
    english = sources[kind]
    assert list(cat.entries) == list(english), f"run tools/catalogues.py update {lang}"
    problems = []
    for key, entry in cat.entries.items():
        if entry.text is None:
            continue
        if not same_shape(entry.text, entry.source):
            problems.append(f"{key}: the translation does not have the English's shape")
        elif isinstance(entry.text, dict) and not set(entry.text) <= {"zero", *plural_categories(lang)}:
            problems.append(f"{key}: plural forms {sorted(entry.text)}, but {lang} has {plural_categories(lang)}")
        elif tool.placeholders(entry.text) != tool.placeholders(entry.source):
            problems.append(f"{key}: placeholders {tool.placeholders(entry.source)} "
                            f"became {tool.placeholders(entry.text)}")
    assert not problems, "\n".join(problems)
    report = tool.report(tool.KINDS[kind], lang)
    if report.outdated:
        message = (f"{tool.KINDS[kind].path(lang).name}: {len(report.outdated)} outdated translation(s), "
                   f"revise each from its new English and copy that English into \"en\" "
                   f"(tools/catalogues.py status --list {lang}): {', '.join(report.outdated[:10])}")
        assert lang in IN_TRANSLATION, message
        warnings.warn(message, stacklevel=1)


@pytest.mark.parametrize("kind, lang", CASES)
def test_no_text_falls_back_to_english(kind, lang):
    if lang in IN_TRANSLATION:
        pytest.skip(f"{BY_CODE[lang].english_name}: its translator is at work (tools/catalogues.py IN_TRANSLATION)")
    report = tool.report(tool.KINDS[kind], lang)
    assert not report.missing, (f"{len(report.missing)} missing in {tool.KINDS[kind].path(lang).name}: "
                                f"{', '.join(report.missing[:20])}")


def test_the_languages_are_listed_once():
    """The six UN languages, then Portuguese, each once, as resources/languages/languages.json lists them."""
    assert LANGUAGES == ("en", "fr", "es", "ar", "zh", "ru", "pt")
    assert INLINE == ("en",) and CATALOGUED == ("fr", "es", "ar", "zh", "ru", "pt")  # one home per text
    assert [c for c in LANGUAGES if BY_CODE[c].original] == ["fr", "es"]  # written with the English
    assert load_bundled().languages == LANGUAGES
    assert [BY_CODE[c].direction for c in LANGUAGES] == ["ltr", "ltr", "ltr", "rtl", "ltr", "ltr", "ltr"]
    assert BY_CODE["zh"].m49 == "cn" and BY_CODE["pt"].m49 == ""  # Portuguese: country names from CLDR
    for lang in BY_CODE.values():  # every stack finds every script
        assert set(lang.fonts) == {"Report Sans", "Report Arabic", "Report CJK"}


# an ending hedged in brackets: Russian "одобрил(а)", "ответ(ы)"; Arabic "المجيب(ة)"
HEDGE = {"ru": re.compile(r"[а-яё]\([а-яё]{1,3}\)"), "ar": re.compile(r"[\u0621-\u064a]\([\u0621-\u064a]{1,3}\)")}


@pytest.mark.parametrize("lang", sorted(HEDGE))
def test_no_word_hedges_its_ending_in_brackets(lang):
    """No translation writes a word's gender or plural in brackets ("Его одобрил(а) Ms Hélène
    Tavares" on the Russian report's cover), as the English no longer writes "answer(s)": each
    is worded so that it reads right whoever, and however many (the catalogues and the window's)."""
    mark = HEDGE[lang]
    found = [(kind, key) for kind in tool.KINDS for key, entry in tool.read(tool.KINDS[kind], lang).entries.items()
             if mark.search(json.dumps(entry.text, ensure_ascii=False))]
    found += [("window", m) for m in mark.findall(_window_text(lang))]
    assert found == []


def _window_translations(lang: str) -> list[str]:
    """Every translation of the window's catalogue of ``lang`` (a plural form each)."""
    from capacity_app.catalog import window

    messages = window.read(window.catalogue_path(lang), lang, [])[1]
    return [t for m in messages for t in (m.text if m.numerus else (m.text,))]


def _window_text(lang: str) -> str:
    return "\n".join(_window_translations(lang))


def test_numbers_in_arabic_are_written_with_the_digits_0_to_9():
    from capacity_app.reports.format import fmt_date, fmt_number, fmt_percent

    from capacity_app.reports.bidi import LRI, PDI

    assert fmt_number(1234.5, "ar", 1) == f"{LRI}1,234.5{PDI}"   # isolated from the Arabic around it
    # UN Arabic (domain/editorial.py): "في المائة", and both names of the month
    assert fmt_percent(0.8, "ar") == "80\u00a0في\u00a0المائة"
    assert fmt_date("2026-05-15", "ar") == "15 أيار/مايو 2026"
    assert fmt_number(1234.5, "en", 1) == "1,234.5"


# --- the loaders merge a catalogue -----------------------------------------------------------------

def _tiny(tmp_path, catalogue: str, inline_extra: str = ""):
    (tmp_path / "translations").mkdir()
    (tmp_path / "q.yaml").write_text(f"""\
id: tiny
version: "1.0"
based_on: test
languages: [en, ar]
title: {{en: Tiny{inline_extra}}}
sections:
  - id: S1
    label: {{en: One}}
    items:
      - id: q1
        type: select_one
        label: {{en: Question}}
        choices: [{{code: a, label: {{en: Alpha}}}}]
""", encoding="utf-8")
    (tmp_path / "translations" / "ar.yaml").write_text(catalogue, encoding="utf-8")
    return check_questionnaire(tmp_path / "q.yaml")


def test_the_loader_takes_each_text_from_its_path_in_the_catalogue(tmp_path):
    q, errors = _tiny(tmp_path, """\
language: ar
review: {reviewed_by: "A. Translator, DGACM", date: "2027-01-15"}
entries:
  title: {en: Tiny, ar: "صغير"}
  S1.label: {en: One, ar: "واحد"}
  q1.label: {en: "Old question", ar: "سؤال"}
  q1.choice.a.label: {en: Alpha, ar: ""}
  gone.label: {en: Gone, ar: "ذهب"}
""")
    assert errors == []
    assert q.title["ar"] == "صغير" and q.sections[0].label["ar"] == "واحد"
    assert q.item("q1").label["ar"] == "سؤال"       # outdated: still used (the tests list it)
    assert "ar" not in q.item("q1").field.choices[0].label  # missing: English shows
    assert q.reviews["ar"].reviewed and q.reviews["ar"].reviewed_by.startswith("A. Translator")


@pytest.mark.parametrize("catalogue, message", [
    ("language: zh\nentries: {}\n", "language must be 'ar'"),
    ("language: ar\nentries: {title: Tiny}\n", "an entry is {en:"),
    ("language: ar\nentries: {title: {en: Tiny, ar: x, ru: y}}\n", "an entry is {en:"),
    ("language: ar\nreview: yes\nentries: {}\n", "review must be"),
    ("language: ar\nextra: 1\nentries: {}\n", "unknown key 'extra'"),
    ("language: ar\nentries: {title: {en: Tiny, ar: &x a}, S1.label: {en: One, ar: *x}}\n", "aliases"),
])
def test_a_broken_catalogue_is_named_with_its_line(tmp_path, catalogue, message):
    q, errors = _tiny(tmp_path, catalogue)
    assert q is None and any(message in str(e) and "ar.yaml" in str(e) for e in errors), errors


def test_arabic_written_inline_is_refused_with_where_it_belongs(tmp_path):
    q, errors = _tiny(tmp_path, "language: ar\nentries: {}\n", ', ar: "صغير"')
    assert q is None and any("translations/ar.yaml" in e.message for e in errors), errors


def test_a_declared_language_needs_its_catalogue(tmp_path):
    _tiny(tmp_path, "language: ar\nentries: {}\n")
    (tmp_path / "translations" / "ar.yaml").unlink()
    q, errors = check_questionnaire(tmp_path / "q.yaml")
    assert q is None and any("ar.yaml" in str(e) and "not found" in str(e) for e in errors)


def test_recommendations_take_their_texts_from_the_same_catalogue(tmp_path):
    from capacity_app.catalog.recommendations import load_bundled_recommendations, load_recommendations
    from capacity_app.paths import assessments_dir

    for name in ("questionnaire.yaml", "recommendations.yaml"):
        shutil.copy(assessments_dir() / name, tmp_path / name)
    shutil.copytree(assessments_dir() / "sections", tmp_path / "sections")
    shutil.copytree(assessments_dir() / "translations", tmp_path / "translations")
    rec = load_bundled_recommendations()[0]
    path = tmp_path / "translations" / "ru.yaml"
    key = f"recommendations.{rec.id}.title"
    text = path.read_text(encoding="utf-8")
    start = text.index(f'  "{key}":')
    end = text.index("\n  \"", start + 1)
    path.write_text(text[:start] + f'  "{key}":\n    en: {rec.title["en"]!r}\n    ru: "Заголовок"' + text[end:],
                    encoding="utf-8")
    from capacity_app.catalog.loader import load_questionnaire

    recs = load_recommendations(tmp_path / "recommendations.yaml", load_questionnaire(tmp_path / "questionnaire.yaml"))
    assert recs[0].title["ru"] == "Заголовок"


def test_sentences_report_texts_and_help_come_from_their_catalogues(monkeypatch):
    from capacity_app.domain import texts

    monkeypatch.setitem(texts.catalogue("ru"), "band.meets", {"en": "Meets", "ru": "Соответствует"})
    assert texts.text("band.meets", "ru") == "Соответствует"
    assert texts.text("band.fully_meets", "xx") == "Advanced capacity"
    english = html_sections((tool.ROOT / "resources" / "help" / "help.en.html").read_text(encoding="utf-8"))
    assert list(english)[0] == "top" and "start" in english and english["start"].startswith('<h2 id="start"')


def test_the_institutions_workbooks_texts_come_from_their_catalogues(tmp_path, monkeypatch):
    """The question form's and the progress workbook's fixed texts (resources/forms/): English
    inline; every other language from its catalogue;
    English for a language with no text (one the application may gain later); every key the two
    workbooks read is there, and a text the progress workbook shares with the form is read once."""
    from capacity_app.catalog import forms_texts
    from capacity_app.exchange.institutions import progress_texts, texts as form_texts

    inline = forms_texts.strings()
    assert inline and all(set(entry) == {"en"} and entry["en"].strip() for entry in inline.values())
    assert {k.split(".", 1)[0] for k in inline} == {"form", "progress"}
    for lang in CATALOGUED:
        cat = tool.read(tool.KINDS["forms"], lang)
        assert {k: forms_texts.text(k, lang) for k in inline} == {k: e.text for k, e in cat.entries.items()}
    later = "pt" if "pt" not in LANGUAGES else "xx"   # a language the application does not have (yet)
    assert forms_texts.text("form.cover.title", later, institution="NSO") == "Questions for NSO"
    assert form_texts.text("cover.title", later, institution="NSO") == "Questions for NSO"
    assert progress_texts.status_label("done", later) == "Done"
    # a catalogued language whose catalogue lacks these texts: English, never an error
    forms_texts.catalogue.cache_clear()
    try:
        with monkeypatch.context() as m:
            m.setattr(forms_texts, "catalogue_path", lambda lang: tmp_path / f"strings.{lang}.yaml")
            assert form_texts.text("cover.title", "ru", institution="NSO") == "Questions for NSO"
    finally:
        forms_texts.catalogue.cache_clear()
    assert form_texts.text("accept.range", "fr", lo="1", hi="9") == "de 1 à 9"
    with pytest.raises(KeyError):
        forms_texts.text("form.no_such_text", "en")
    # every key of the two workbooks resolves; a shared text is the form's, never a copy
    assert {f"form.{k}" for k in form_texts.TEXTS} == {k for k in inline if k.startswith("form.")}
    for key in progress_texts.TEXTS:
        assert progress_texts.text(key, "ar") == forms_texts.text(
            f"{'form' if key in progress_texts.SHARED else 'progress'}.{key}", "ar")
    assert not {f"progress.{k}" for k in progress_texts.SHARED} & set(inline)
    assert progress_texts.status_of_label("Выполнено") == "done" and form_texts.TEXTS["dont_know"]["zh"] == "不知道"


def test_update_keeps_translations_and_marks_outdated_ones(tmp_path, monkeypatch):
    kind = tool.Kind("report", "the report's fixed texts", lambda lang: tmp_path / f"strings.{lang}.yaml",
                     lambda: {"a": "Alpha {n}", "b": "Beta", "paras": ["One.", "Two."]})
    monkeypatch.setitem(tool.KINDS, "report", kind)
    path = tool.write(kind, "ru")
    text = path.read_text(encoding="utf-8")
    assert 'ru: ["", ""]' in text and text.count('ru: ""') == 2
    path.write_text(text.replace('en: "Beta"\n    ru: ""', 'en: "Beta"\n    ru: "Бета"'), encoding="utf-8")
    kind2 = tool.Kind("report", kind.what, kind.path, lambda: {"a": "Alpha {n}", "b": "Beta!", "c": "Gamma"})
    tool.write(kind2, "ru")
    cat = tool.read(kind2, "ru")
    assert list(cat.entries) == ["a", "b", "c"]          # "paras" dropped, "c" added
    assert cat.entries["b"].text == "Бета" and cat.entries["b"].source == "Beta"
    assert "# OUTDATED" in path.read_text(encoding="utf-8")
    report = tool.report(kind2, "ru")
    assert report.missing == ("a", "c") and report.outdated == ("b",) and report.total == 3


def test_russian_writes_no_yo_and_one_term_for_disaggregation():
    """UN Russian documents write "е" for "ё" throughout and "разбивка" for disaggregation (
    the editor read "Утверждён … изменён" beside "утвержден", and both "дезагрегирование" and
    "разбивка"); an official SDG indicator title is kept as published (docs/languages.md)."""
    yo, term = [], []
    for kind in tool.KINDS:
        for key, entry in tool.read(tool.KINDS[kind], "ru").entries.items():
            text = json.dumps(entry.text, ensure_ascii=False)
            if "ё" in text or "Ё" in text:
                yo.append((kind, key))
            if re.search("[Дд]езагрег", text) and not re.match(r"s4_sdg\.row\.sdg_\w+\.label$", key):
                term.append((kind, key))
    assert yo == [] and term == []


def test_the_russian_window_writes_no_yo_either():
    """The window as the report: "е" for "ё" (ru editor item 45: "внёс" beside a report
    that writes no ё)."""
    translations = _window_translations("ru")
    assert [x for x in translations if "ё" in x or "Ё" in x] == []


def test_russian_names_three_acts_with_three_words():
    """The plan is "одобрен" and "подписан" (never "утвержден",
    which is the national statistics office's act on the assessment), the supervisor "подтверждает"
    the review of the answers; the actions the government chose are "ключевые меры" (a
    "первоочередная мера" of medium priority was a contradiction), "приоритет" stays the level."""
    report = {k: json.dumps(e.text, ensure_ascii=False) for k, e in tool.read(tool.KINDS["report"], "ru").entries.items()}
    sentences = {k: json.dumps(e.text, ensure_ascii=False)
                 for k, e in tool.read(tool.KINDS["texts"], "ru").entries.items()}
    plan = {k: v for k, v in report.items() if k.startswith(("plan_cover", "plan_intro", "plan_history", "plan_change",
                                                            "plan_stamp", "plan_values", "plan_added", "plan_left"))}
    assert [k for k, v in plan.items() if "тверж" in v] == []
    assert "одобрен" in plan["plan_intro_validated"] and "подписан" in plan["plan_intro_validated"]
    assert plan["plan_cover_changed"].endswith('; впоследствии изменен: {changes}"')
    validates = re.compile(r"(?<!под)(?<!Под)твер[дж]")  # "утвердить", not "подтвердить"
    assert [k for k in ("review_signoff_line", "review_signoff_line_institution", "review_signoff_open_line",
                        "signoff_open_no_review_signoff") if "подтвер" not in report[k] or validates.search(report[k])] == []
    assert "Утверждено" in report["signoff_cover_line"]
    assert [k for k in ("wb.validated_on", "wb.validated_action", "wb.totals.changed") if "тверж" in sentences[k]] == []
    every = " ".join((*report.values(), *sentences.values()))
    assert "ервоочеред" not in every and "риоритетн" not in every.replace("приоритетности", "")
    assert sentences["wb.col.Priority action"] == '"Ключевая мера"' and report["priority_actions"] == '"Ключевые меры"'
    ts = _window_text("ru")
    assert "ервоочеред" not in ts and "Кем одобрено" not in ts and "Утвердить проверку" not in ts
    assert "Проверку можно утвердить" not in ts and "Проверку пока нельзя утвердить" not in ts


# the report's words for a document attached as evidence: Chinese "文档" ("文件" is a file, or an
# official document: "本PDF文件", "方法文件"; docs/languages.md)
EVIDENCE_DOCUMENT = ("ev_document", "documents_heading", "documents_intro", "documents_name",
                     "blank_comment_line", "blank_intro", "signoff_open_missing_documents")


def test_chinese_calls_a_document_attached_as_evidence_wendang():
    entries = tool.read(tool.KINDS["report"], "zh").entries
    texts = {key: json.dumps(entries[key].text, ensure_ascii=False) for key in EVIDENCE_DOCUMENT}
    assert [key for key, text in texts.items() if "文件" in text or "文档" not in text] == []


def test_arabic_calls_a_document_wathiqa():
    """One word for a document in the Arabic report: "وثيقة" (both "الوثيقة" and
    "المستند"; docs/languages.md)."""
    entries = tool.read(tool.KINDS["report"], "ar").entries
    assert [key for key, e in entries.items() if "المستند" in json.dumps(e.text, ensure_ascii=False)] == []


def _texts(kind: str, lang: str) -> dict[str, str]:
    return {k: json.dumps(e.text, ensure_ascii=False) for k, e in tool.read(tool.KINDS[kind], lang).entries.items()}


def test_russian_command_line_says_the_reports_words():
    """The command line's --help and the engine's refusals as the report and the window say it: the
    plan is "одобрен" (never "утвержден"), its action a "мера" (a "мероприятие" is the validation's
    event; "действие" the corrective measure), a cost line a "статья расходов" (not "статья
    затрат"), the questionnaire a "вопросник" (not "анкета"), the assessment's report a "доклад"
    whose draft mark reads «ПРОЕКТ», a policy question one of "миграционной политики"."""
    commands, sentences = _texts("cli", "ru"), _texts("texts", "ru")
    both = {**{f"cli:{k}": v for k, v in commands.items()}, **{f"texts:{k}": v for k, v in sentences.items()}}
    assert [k for k, v in both.items() if re.search(r"[Сс]тать[а-я]* затрат|[Аа]нкет|ЧЕРНОВИК", v)] == []
    plan = re.compile(r"cli\.(validation\.|plan\.|gap\.|planstore\.|donors\.(unknown_action|no_line|risk_actions_max)$)")
    assert [k for k, v in sentences.items() if plan.match(k) and re.search(r"тверж|[Мм]ероприяти|[Дд]ействи", v)] == []
    assert [k for k, v in commands.items() if k.startswith("actions.validate") and "тверж" in v] == []
    assert [k for k in ("report", "report.--docx", "report.--lang", "report.--progress")
            if re.search(r"\b[Оо]тчет(а|е|ом|у)?\b", commands[k])] == []
    assert "доклад об осуществлении плана" in commands["report"] and "«ПРОЕКТ»" in commands["status"]
    assert "миграционной политики" in commands["score"] and "миграционной политики" in commands["actions.add.--pq"]


def test_arabic_command_line_keeps_the_windows_terms():
    """"وثيقة" for a document ("مستند Word" is the window's Word file), "عنصر" for a member of an assessment package (as the window's
    refusal), "جدول" for a grid, "إقرار" for the supervisor's review sign-off, "المكتب الإحصائي
    الوطني" for the national statistics office; a priority action is one of the few "ذات الأولوية"."""
    commands, sentences = _texts("cli", "ar"), _texts("texts", "ar")
    refusals = {k: v for k, v in sentences.items() if k.startswith("cli.")}
    assert [k for k, v in refusals.items() if re.search("مستند(?!(ات)? Word)|العضو|عضو بلا", v)] == []
    assert [k for k, v in {**commands, **refusals}.items()
            if re.search("شبكة|المكتب الوطني للإحصاء|الأولوية القليلة", v)] == []
    assert [k for k, v in commands.items() if re.search("اعتماد(ات)? المراجعات|يعتمد المراجعات", v)] == []
    assert "إقرار المشرف" in commands["review-signoff"]


def test_portuguese_command_line_keeps_the_windows_terms():
    """Evidence is a "comprovativo" (not "evidência"), the reporting period a "período de relato"
    (the reference date is another thing), the Division "UNSD" as the About box writes it."""
    commands, sentences = _texts("cli", "pt"), _texts("texts", "pt")
    every = {**commands, **{k: v for k, v in sentences.items() if k.startswith("cli.")}}
    assert [k for k, v in every.items() if re.search(r"[Ee]vidência|DENU|período de referência", v)] == []
    assert "período de relato" in commands["actions"]
