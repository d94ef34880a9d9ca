"""The bundled instrument against its content reference (/work/shared/questionnaire-outline.md):
every section, policy question, source, SDG indicator and glossary term is present, every text
exists in every language, and the ids other modules rely on are stable."""
import json
import re

import pytest

from capacity_app.domain.answers import ANSWERED, Answer, AnswerSheet
from i18n_status import READY as LANGUAGES  # the six but those still in translation

SECTIONS = ["S0", "S1", "S2", "S3", "S4", "S5", "S6A", "S6B", "S6C", "S7", "S8", "S9", "S10",
            "S11", "S12"]
POLICY_QUESTIONS = list("ABCDEFGHIJKLMNO")
SOURCES = ["CEN", "HHS", "LFS", "POP", "BOR", "RES", "WRK", "ASY", "CON", "CRV", "ADM", "MIR", "NEW"]

# The outline's S4 list, grouped as in the seed (UNSD 2018 toolkit).
SDG_GROUPS = {
    "basic services and social protection": ["1.3.1", "3.8.1", "3.8.2", "4.5.1", "11.1.1"],
    "decent work": ["8.3.1", "8.5.1", "8.5.2", "8.7.1", "8.8.1", "8.8.2"],
    "discrimination and violence": ["10.3.1", "16.1.1", "16.1.3", "16.1.4", "16.9.1"],
    "access to information": ["9.c.1", "16.10.1"],
    "migration-specific": ["10.7.1", "10.7.2", "10.7.3", "10.7.4", "10.c.1", "17.3.2", "16.2.2"],
}
# 17.18.1 (the outline lists it) left the grid in 1.2.0: a global composite, not an indicator to
# disaggregate by migratory status (docs/methodology.md, section 1)
# in the framework's numeric order (goal, target, indicator; numbers before letters: 9.5.1 < 9.c.1 < 10.1.1)
SDG_NUMBERS = sorted((n for group in SDG_GROUPS.values() for n in group),
                     key=lambda n: tuple((0, int(p)) if p.isdigit() else (1, p) for p in n.split(".")))

GLOSSARY = ["usual_residence", "international_migrant", "long_term_migrant", "short_term_migrant",
            "country_of_birth", "citizenship", "migratory_status", "emigrant_stock",
            "return_migrant", "mirror_data", "second_generation", "remittances"]

# Ids other modules (scoring, reports, workbook, demo) code against: never rename.
STABLE_IDS = {
    "s0_lead_institution": "text", "s0_reference_date": "date", "s0_institutions": "grid",
    "s1_statistics": "grid", "s2_policy": "select_one", "s2_profile": "select_multiple",
    "s2_reporting": "select_multiple", "s2_requests": "select_one", "s3_matrix": "matrix",
    "s4_sdg": "grid",
    "s5_strategy": "select_one", "s5_in_nsds": "select_one", "s5_needs_assessment": "select_one",
    "s5_funded": "select_one", "s5_monitored": "select_one", "s5_legal_mandate": "rating",
    "s6a_last_census_year": "year", "s6a_next_census_year": "year",
    "s6a_topics": "select_multiple", "s6a_tables_published": "select_one",
    "s6a_microdata": "select_one", "s6a_undercoverage": "select_one",
    "s6b_surveys": "grid", "s6c_registers": "grid",
    "s7_new_sources": "grid", "s7_linkage": "rating", "s7_privacy": "select_one",
    "s7_skills": "rating",
    "s8_tables_online": "select_one", "s8_machine_readable": "select_one",
    "s8_metadata": "select_one", "s8_release_calendar": "select_one",
    "s8_open_licence": "select_one", "s8_microdata": "select_one",
    "s9_mechanism": "select_one", "s9_agreements": "integer", "s9_effectiveness": "rating",
    "s10_exchange": "select_one", "s10_mirror": "select_one", "s10_undyb": "select_one",
    "s10_consular_shared": "select_one",
    "s11_stock_age_sex": "select_one", "s11_left_behind": "select_one",
    "s11_modules": "select_one", "s11_oversampling": "select_one",
    "s11_unaccompanied": "select_one", "s11_census_sex": "select_one",
    "s12_staff_fte": "decimal", "s12_training": "select_multiple", "s12_assistance": "text",
}
STABLE_IDS.update({f"s2_need_{c.lower()}": "rating" for c in POLICY_QUESTIONS})
YN = {"yes": 1, "no": 0}
YNP = {"yes": 1, "partly": 0.5, "no": 0}


def sdg_code(number: str) -> str:
    return "sdg_" + number.replace(".", "_")


def every_text(q):
    """(where, text) for every piece of translatable text in the questionnaire."""
    yield "title", q.title

    def field_texts(where, f):
        yield f"{where}.label", f.label
        if f.help is not None:
            yield f"{where}.help", f.help
        if f.constraint_message is not None:
            yield f"{where}.constraint_message", f.constraint_message
        for c in f.choices:
            yield f"{where}.choice.{c.code}", c.label
            if c.help is not None:
                yield f"{where}.choice.{c.code}.help", c.help
        for k, v in (f.anchors or {}).items():
            yield f"{where}.anchor.{k}", v

    for s in q.sections:
        yield f"{s.id}.label", s.label
        if s.help is not None:
            yield f"{s.id}.help", s.help
        for it in s.items:
            yield from field_texts(it.id, it.field)
            for r in it.rows:
                yield f"{it.id}.{r.code}.label", r.label
                if r.help is not None:
                    yield f"{it.id}.{r.code}.help", r.help
            for c in it.columns:
                yield from field_texts(f"{it.id}.{c.id}", c)
    for f in q.matrix.fields:
        yield from field_texts(f"matrix.{f.id}", f)
    for p in q.policy_questions:
        yield f"pq.{p.code}", p.label
        if p.variables is not None:
            yield f"pq.{p.code}.variables", p.variables
    for s in q.sources:
        yield f"source.{s.code}", s.label
    for g in q.glossary:
        yield f"glossary.{g.term}.label", g.label
        yield f"glossary.{g.term}.definition", g.definition


def test_every_section_of_the_outline(questionnaire):
    assert [s.id for s in questionnaire.sections] == SECTIONS
    for s in questionnaire.sections:
        assert s.items, s.id
    assert questionnaire.section("S0").scored is False


def test_policy_questions_sources_and_matrix(questionnaire):
    q = questionnaire
    assert [p.code for p in q.policy_questions] == POLICY_QUESTIONS
    assert [s.code for s in q.sources] == SOURCES
    kinds = {p.code: p.kind for p in q.policy_questions}
    assert {c for c, k in kinds.items() if k == "flow"} == {"A", "J", "L"}
    # every policy question has at least one main source; relevance as in the outline table
    for p in POLICY_QUESTIONS:
        assert any(lvl == "main" for (pq, _), lvl in q.matrix.relevance.items() if pq == p), p
    assert q.matrix.relevance[("I", "MIR")] == "main"
    assert q.matrix.relevance[("G", "CRV")] == "supporting"
    assert ("O", "CEN") not in q.matrix.relevance
    assert len(q.matrix.relevance) == 83
    assert [f.id for f in q.matrix.fields] == [
        "exists", "variables", "tabulated", "periodicity", "latest_year", "timeliness",
        "disaggregation", "accessibility", "aligned", "notes"]


def test_every_sdg_indicator_of_the_outline(questionnaire):
    grid = questionnaire.item("s4_sdg")
    assert grid.type == "grid" and grid.section_id == "S4"
    codes = [r.code for r in grid.rows]
    assert codes == [sdg_code(n) for n in SDG_NUMBERS]  # all of them, in numeric order
    for n in SDG_NUMBERS:
        row = grid.row(sdg_code(n))
        for lang in LANGUAGES:
            assert row.label[lang].startswith(n + " "), (n, lang)
            assert len(row.label[lang]) > len(n) + 8, (n, lang)
        assert row.help is not None  # names the group
    assert {c.id for c in grid.columns} == {"produced", "identifies_migrants", "published", "source"}
    assert grid.column("identifies_migrants").relevant == "${produced} = 'yes'"
    assert grid.column("published").relevant == "${produced} = 'yes'"
    assert {c.code: c.score for c in grid.column("published").choices} == YNP
    assert "2025" in questionnaire.sdg_framework and "71/313" in questionnaire.sdg_framework


def test_glossary_terms(questionnaire):
    terms = [g.term for g in questionnaire.glossary]
    assert set(GLOSSARY) <= set(terms)
    assert len(terms) == len(set(terms))
    by = {g.term: g for g in questionnaire.glossary}
    assert by["migratory_status"].label["fr"] == "Statut migratoire"
    assert by["migratory_status"].label["es"] == "Condición migratoria"
    assert "BPM6" in by["remittances"].definition["en"]


def test_every_text_in_every_language(questionnaire):
    seen = 0
    for where, text in every_text(questionnaire):
        seen += 1
        for lang in LANGUAGES:
            assert isinstance(text.get(lang), str) and text[lang].strip(), (where, lang)
        # a long text identical to the English one is an untranslated copy
        if len(text["en"]) > 30:
            assert text["fr"] != text["en"] and text["es"] != text["en"], where
    assert seen > 600


def test_un_terminology(questionnaire):
    texts = [t for _, t in every_text(questionnaire)]
    fr = " ".join(t["fr"] for t in texts)
    es = " ".join(t["es"] for t in texts)
    for term in ("statut migratoire", "pays de naissance", "ressortissants", "recensement"):
        assert term in fr, term
    for term in ("condición migratoria", "país de nacimiento", "censo", "remesas"):
        assert term in es, term
    assert "status migratorio" not in es and "statut de migration" not in fr


def test_stable_ids_and_types(questionnaire):
    for item_id, typ in STABLE_IDS.items():
        it = questionnaire.item(item_id)
        assert it is not None, item_id
        assert it.type == typ, (item_id, it.type)
    ids = [it.id for it in questionnaire.items()]
    assert len(ids) == len(set(ids))
    for it in questionnaire.items():
        section_prefix = "s" + it.section_id[1:].lower() + "_"
        assert it.id.startswith(section_prefix), it.id


def test_scoring_conventions(questionnaire):
    q = questionnaire
    assert {c.code: c.score for c in q.item("s2_policy").field.choices} == YNP
    assert {c.code: c.score for c in q.item("s10_mirror").field.choices} == YN
    assert {c.code: c.score for c in q.item("s5_funded").field.choices} == {"fully": 1, "partly": 0.5, "no": 0}
    assert {c.code: c.score for c in q.item("s9_mechanism").field.choices} == {"formal": 1, "informal": 0.5, "none": 0}
    assert q.item("s6a_topics").field.choice_codes == (
        "birth_country", "citizenship", "arrival_year", "residence_before", "reason",
        "parents_birth", "ever_abroad", "members_abroad")
    assert "bpm6" in q.item("s12_training").field.choice_codes
    for item_id in ("s8_tables_online", "s8_machine_readable", "s8_metadata", "s8_release_calendar",
                    "s8_open_licence", "s8_microdata"):
        assert {c.code: c.score for c in q.item(item_id).field.choices} == YNP, item_id
    assert q.item("s9_agreements").field.minimum == 0
    assert q.item("s12_staff_fte").field.minimum == 0
    # descriptive lists carry no scores
    assert all(c.score is None for c in q.item("s4_sdg").column("source").choices)
    assert all(c.score is None for c in q.item("s6b_surveys").column("frequency").choices)
    assert q.item("s2_profile").field.scored is False
    legal = q.item("s5_legal_mandate").field.anchors
    assert "applied" in legal[3]["en"] and legal[0]["en"].startswith("None")


def test_survey_and_register_grids(questionnaire):
    q = questionnaire
    surveys = q.item("s6b_surveys")
    assert [r.code for r in surveys.rows] == ["lfs", "income", "dhs_mics", "migration", "remittance"]
    assert [c.id for c in surveys.columns] == ["exists", "frequency", "last_year",
                                               "migration_questions", "sample_adequate",
                                               "tables_by_status"]
    for c in surveys.columns[1:]:
        assert c.relevant == "${exists} = 'yes'", c.id
    registers = q.item("s6c_registers")
    assert [r.code for r in registers.rows] == ["pop", "entry_exit", "permits", "work", "asylum",
                                                "consular", "civil", "education", "health",
                                                "social_tax"]
    assert [c.id for c in registers.columns] == ["agency", "exists", "digital", "pin", "core_vars",
                                                 "access", "used", "aligned"]
    assert {c.code: c.score for c in registers.column("access").choices} == {
        "legal": 1, "mou": 0.75, "adhoc": 0.5, "none": 0}


def test_every_rating_has_written_anchors(questionnaire):
    ratings = [it for it in questionnaire.items() if it.type == "rating"]
    assert len(ratings) >= 19  # 15 needs + legal mandate, linkage, skills, effectiveness
    for it in ratings:
        assert sorted(it.field.anchors) == [0, 1, 2, 3], it.id
        texts = [it.field.anchors[k]["en"] for k in range(4)]
        assert len(set(texts)) == 4, it.id


def test_ranges_of_years_and_numbers(questionnaire):
    q = questionnaire
    fields = []
    for it in q.items():
        fields.append(it.field)
        fields.extend(it.columns)
    fields.extend(q.matrix.fields)
    for f in fields:
        if f.type == "year":
            assert f.minimum is not None and 1900 <= f.minimum and f.maximum <= 2100, f.id
        if f.type in ("integer", "decimal"):
            assert f.minimum is not None and f.minimum >= 0, f.id


def test_relevance_rules_follow_the_interview(questionnaire):
    q = questionnaire

    def sheet(**values):
        return AnswerSheet.of(q, [Answer(k, v, ANSWERED) for k, v in values.items()])

    # survey details only for surveys that exist
    s = sheet(**{"s6b_surveys.lfs.exists": "yes", "s6b_surveys.migration.exists": "no"})
    assert s.is_relevant("s6b_surveys.lfs.last_year")
    assert not s.is_relevant("s6b_surveys.migration.last_year")
    assert not s.is_relevant("s6c_registers.pop.access")
    # return migration is asked of every country (questionnaire 1.1.0, rules 3.0: the profile
    # decides at most three scored questions, so it cannot move the overall score by 3 points)
    assert sheet(s2_profile=["destination"]).is_relevant("s11_returned_children")
    assert sheet(s2_profile=["destination"]).is_relevant("s6a_return_identified")
    # children left behind depend on the country profile (shown until it is answered)
    assert sheet().is_relevant("s11_left_behind")
    assert sheet(s2_profile=["origin"]).is_relevant("s11_left_behind")
    assert not sheet(s2_profile=["destination"]).is_relevant("s11_left_behind")
    for it in q.items():
        for tag in it.tags:
            if tag.startswith("profile:"):
                profile = tag.split(":", 1)[1]
                assert f"selected(${{s2_profile}}, '{profile}')" in it.relevant, it.id
                assert sheet(s2_profile=[profile]).item_relevant(it)
                others = [c for c in q.item("s2_profile").field.choice_codes if c != profile]
                assert not sheet(s2_profile=others).item_relevant(it), it.id
    # sensible years
    s = sheet(s0_reference_date="2026-05-15", s6a_last_census_year=2021)
    assert s.constraint_error("s6a_last_census_year", 2030) is not None
    assert s.constraint_error("s6a_last_census_year", 2021) is None
    assert s.constraint_error("s6a_next_census_year", 2019) is not None
    assert s.constraint_error("s6a_next_census_year", 2031) is None
    assert s.constraint_error("s6b_surveys.lfs.last_year", 2027) is not None


def test_version_and_provenance(questionnaire):
    q = questionnaire
    assert q.id == "unsd-migration-capacity" and q.version == "1.3.0"
    assert "UNSD 2018 toolkit" in q.based_on
    assert q.changelog and [c["version"] for c in q.changelog] == ["1.3.0", "1.2.1", "1.2.0", "1.1.0", "1.0.0"]


def test_the_bodies_of_s2_and_s9_are_the_kinds_of_s0(questionnaire):
    """The migration and labour authorities are kinds, never a ministry ("Ministry of the
    interior" misstated Migración Colombia, under foreign affairs): S2's bodies that set policy and
    S9's members name them as S0's rows do, in the six languages."""
    rows = {r.code: r.label for r in questionnaire.item("s0_institutions").rows}
    for item in ("s2_bodies", "s9_members"):
        choices = {c.code: c.label for c in questionnaire.item(item).field.choices}
        for code in ("interior", "labour"):
            assert choices[code] == rows[code], (item, code)
            assert len(choices[code]) == len(LANGUAGES)


def test_cli_validate_and_show(cli_run):
    r = cli_run("questionnaire", "validate")
    assert r.exit_code == 0, r.output
    assert "15 sections" in r.output
    r = cli_run("questionnaire", "show", "--json")
    assert r.exit_code == 0
    d = json.loads(r.output)
    assert [s["id"] for s in d["sections"]] == SECTIONS
    assert [p["code"] for p in d["policy_questions"]] == POLICY_QUESTIONS
    assert [s["code"] for s in d["sources"]] == SOURCES
    assert d["matrix"]["rows"] == POLICY_QUESTIONS and d["matrix"]["columns"] == SOURCES
    labelled = d["sections"] + d["policy_questions"] + d["sources"] + d["matrix"]["fields"]
    for entry in labelled:
        assert set(LANGUAGES) <= set(entry["label"]), entry.get("id") or entry.get("code")
    sdg = next(it for s in d["sections"] for it in s["items"] if it["id"] == "s4_sdg")
    assert [r["code"] for r in sdg["rows"]] == [sdg_code(n) for n in SDG_NUMBERS]
    for row in sdg["rows"]:
        assert set(LANGUAGES) <= set(row["label"])
    assert {g["term"] for g in d["glossary"]} >= set(GLOSSARY)


@pytest.mark.parametrize("lang,words", [("fr", ["Statut migratoire", "Recensement", "Oui"]),
                                        ("es", ["condición migratoria", "Censo", "Sí"])])
def test_cli_show_in_one_language(cli_run, lang, words):
    r = cli_run("questionnaire", "show", "--lang", lang)
    assert r.exit_code == 0
    for w in words:
        assert w in r.output, w
    assert re.search(r"^S6C ", r.output, re.M)


# --- docs/questionnaire-format.md is held to the code ---------------------------------------------

def _doc() -> str:
    from capacity_app.paths import default_questionnaire_path

    root = default_questionnaire_path().parent.parent
    return (root / "docs" / "questionnaire-format.md").read_text(encoding="utf-8")


def test_format_doc_names_every_key_type_and_function(questionnaire):
    from capacity_app.catalog import loader
    from capacity_app.domain.expressions import FUNCTIONS
    from capacity_app.domain.questionnaire import ITEM_TYPES

    doc = _doc()
    assert len(loader.TOP_LEVEL_KEYS) >= 14
    for key in sorted(loader.TOP_LEVEL_KEYS):
        assert f"| `{key}` |" in doc, key
    for key in loader._Builder.FIELD_KEYS:
        assert f"`{key}`" in doc, key
    for typ in ITEM_TYPES:
        assert f"| `{typ}` |" in doc, typ
    for fn in FUNCTIONS:
        assert f"`{fn}(" in doc, fn
    for s in questionnaire.sections:
        assert s.id in doc, s.id
    # every named choice list of the bundled questionnaire is documented with its codes
    import yaml

    from capacity_app.paths import default_questionnaire_path

    raw = yaml.safe_load(default_questionnaire_path().read_text(encoding="utf-8"))
    for name, choices in raw["choice_lists"].items():
        line = next((ln for ln in doc.splitlines() if ln.startswith(f"| `{name}` |")), None)
        assert line is not None, name
        for c in choices:
            assert str(c["code"]) in line, (name, c["code"])


def test_errors_in_included_files_name_that_file(tmp_path):
    import shutil

    from capacity_app.catalog.loader import check_questionnaire
    from capacity_app.paths import default_questionnaire_path

    src = default_questionnaire_path().parent
    dst = tmp_path / "assessments"
    shutil.copytree(src, dst)
    f = dst / "sections" / "s09_coordination.yaml"
    text = f.read_text(encoding="utf-8")
    f.write_text(text.replace("relevant: \"${s9_mechanism} != 'none'\"",
                              "relevant: \"${s9_mechansm} != 'none'\"", 1), encoding="utf-8")
    q, errors = check_questionnaire(dst / "questionnaire.yaml")
    assert q is None and len(errors) == 1
    e = errors[0]
    assert e.file.endswith("s09_coordination.yaml") and e.where == "s9_members"
    assert text.splitlines()[e.line - 1].strip() == "- id: s9_members"
    assert "${s9_mechansm}" in e.message
