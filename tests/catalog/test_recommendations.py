"""The recommendations library: the bundled file is valid, and every kind of mistake is reported
as FILE:LINE: id: message."""
from __future__ import annotations

import textwrap

import pytest

from capacity_app.catalog.recommendations import (
    RecommendationsError, check_recommendations, default_recommendations_path, load_bundled_recommendations,
    load_recommendations,
)
from capacity_app.domain.scoring import FINDING_CODES
from capacity_app.domain.scoring.engine import LIMITING_FACTORS


def test_bundled_library_is_valid_and_covers_every_limiting_factor_and_finding(questionnaire):
    recs, errors = check_recommendations(default_recommendations_path(), questionnaire)
    assert errors == []
    assert len(recs) >= 15
    covered = {t for r in recs for t in r.limiting}
    assert covered == set(LIMITING_FACTORS)
    covered_findings = {f for r in recs for f in r.findings}
    assert covered_findings == set(FINDING_CODES)
    # no default urgency: every recommendation picked by a finding states its own
    assert all(1 <= r.priority <= 9 for r in recs if r.findings)
    # every finding tag in the questionnaire is a known finding code
    tags = {t.split(":", 1)[1] for it in questionnaire.items() for t in it.tags if t.startswith("finding:")}
    assert tags and tags <= set(FINDING_CODES)
    # every scored section can yield a finding or a question-driven recommendation (S3)
    sections = {s.id for s in questionnaire.sections if s.scored}
    with_findings = {code.split("_", 1)[0].upper() for code in FINDING_CODES}
    assert sections - with_findings == {"S3"}
    for r in recs:
        for lang in ("en", "fr", "es"):
            assert r.title[lang] and len(r.text[lang]) > 60, (r.id, lang)
    ids = [r.id for r in recs]
    for expected in ("census_core_questions", "register_statistical_access", "publish_by_migratory_status",
                     "mirror_data_emigrants", "survey_migration_modules", "interagency_group",
                     "bpm6_remittances_training"):
        assert expected in ids
    assert load_bundled_recommendations() == tuple(recs)


GOOD = """\
version: "2.0"
recommendations:
  - id: good_one
    section: S6A
    when:
      limiting: [exists]
      sources: [CEN]
    title: {en: T}
    text: {en: X}
"""


def _write(tmp_path, text):
    p = tmp_path / "recs.yaml"
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_good_file_loads(tmp_path, questionnaire):
    recs = load_recommendations(_write(tmp_path, GOOD), questionnaire)
    assert recs[0].id == "good_one" and recs[0].sources == ("CEN",) and recs[0].line == 3


@pytest.mark.parametrize("change,line,message", [
    (("id: good_one", "id: Good-One"), 3, "id must be lower-case"),
    (("limiting: [exists]", "limiting: [existss]"), 6, "when.limiting: unknown code 'existss'"),
    (("limiting: [exists]", "gap_types: [data]"), 6, "when.gap_types is rules 1.0"),
    (("sources: [CEN]", "sources: [XXX]"), 6, "when.sources: unknown code 'XXX'"),
    (("section: S6A", "section: S99"), 3, "section 'S99' is not a section"),
    (("title: {en: T}", "title: {fr: T}"), 8, "title has no en text"),
    (("text: {en: X}", "text: {en: X, de: X}"), 9, "unknown language 'de'"),
    (("text: {en: X}", "text: {en: X, fr: X}"), 9, "its texts live in translations/fr.yaml"),
    (("    section: S6A\n", "    section: S6A\n    urgency: 3\n"), 3, "unknown key 'urgency'"),
    (("      limiting: [exists]\n      sources: [CEN]\n", "      sources: [CEN]\n"), 6, "add limiting"),
    (("      limiting: [exists]\n      sources: [CEN]\n", "      findings: [s6z]\n"), 6,
     "when.findings: unknown code 's6z'"),
    (("      limiting: [exists]\n      sources: [CEN]\n", "      findings: [s9_no_mechanism]\n"), 3,
     "needs its priority"),
    (("    section: S6A\n", "    section: S6A\n    priority: 12\n"), 3, "priority must be a whole number"),
    (("recommendations:\n", "recommendations:\n  - [oops]\n"), 3, "each recommendation must be a mapping"),
    (("{en: T}", "{en: T"), 9, "yaml"),
])
def test_errors_name_file_line_and_reason(tmp_path, questionnaire, change, line, message):
    p = _write(tmp_path, GOOD.replace(*change))
    recs, errors = check_recommendations(p, questionnaire)
    assert recs == [] and errors
    text = "\n".join(str(e) for e in errors)
    assert any(str(e).startswith(f"{p}:{line}: ") and message in str(e) for e in errors), text
    assert message in text


def test_duplicate_ids_name_the_first_line(tmp_path, questionnaire):
    doubled = GOOD + GOOD.split("recommendations:\n", 1)[1]
    recs, errors = check_recommendations(_write(tmp_path, doubled), questionnaire)
    assert any("duplicate id (first used on line 3)" in str(e) and ":10:" in str(e) for e in errors)


def test_load_raises_a_user_error_listing_every_problem(tmp_path):
    p = _write(tmp_path, GOOD.replace("[exists]", "[nope]").replace("id: good_one", "id: 1bad"))
    with pytest.raises(RecommendationsError) as exc:
        load_recommendations(p)
    assert len(exc.value.errors) == 2
    assert exc.value.user_error is True
