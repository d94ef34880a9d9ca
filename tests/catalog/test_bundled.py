from capacity_app.catalog.loader import check_questionnaire
from i18n_status import READY as LANGUAGES  # the six but those still in translation
from capacity_app.paths import default_questionnaire_path


def test_bundled_questionnaire_is_valid():
    q, errors = check_questionnaire(default_questionnaire_path())
    assert errors == []
    assert q.id == "unsd-migration-capacity"
    assert "UNSD 2018 toolkit" in q.based_on
    assert [p.code for p in q.policy_questions] == list("ABCDEFGHIJKLMNO")
    assert len(q.sources) == 13
    assert q.matrix is not None and q.matrix.relevance[("A", "POP")] == "main"
    assert len(q.content_hash) == 64


def test_every_item_type_is_exercised(questionnaire):
    types = {it.type for it in questionnaire.items()}
    types |= {c.type for it in questionnaire.items() for c in it.columns}
    types |= {f.type for f in questionnaire.matrix.fields}
    assert {"text", "integer", "decimal", "date", "select_one", "select_multiple", "note", "year",
            "rating", "grid", "matrix"} <= types


def test_every_label_in_every_language(questionnaire):
    for it in questionnaire.items():
        for lang in LANGUAGES:
            assert it.label.get(lang), (it.id, lang)


def test_answer_keys_resolve(questionnaire):
    q = questionnaire
    assert q.resolve_key("s2_need_a")[1].type == "rating"
    assert q.resolve_key("s1_statistics.imm_flow.year")[1].type == "year"
    item, fld, coords = q.resolve_key("s3_matrix.A.CEN.exists")
    assert item.type == "matrix" and fld.id == "exists" and coords == ("A", "CEN")
    for bad in ("s2_need_a.x", "s3_matrix.A.XXX.exists", "s3_matrix.Z.CEN.exists",
                "s1_statistics.nope.year", "s0_intro", "nothing"):
        assert q.resolve_key(bad) is None, bad
    keys = [k for k, _, _ in q.all_keys()]
    assert len(keys) == len(set(keys))
