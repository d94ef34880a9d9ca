"""The engine's sentences join what they list as their language writes a list (the
Arabic report and workbook read "(الدراسة الاستقصائية للقوى العاملة ,التسجيل المدني)" and
"المتغيرات; التصنيف", a Latin comma and semicolon between Arabic words): domain.editorial's
enumeration and join_list, in every reason of every section and policy question."""
from __future__ import annotations

import re

import pytest

from capacity_app.catalog.loader import load_bundled
from capacity_app.catalog.recommendations import load_bundled_recommendations
from capacity_app.domain.scoring import score

from profiles import answer_set, weak_profile

Q = load_bundled()
LIB = load_bundled_recommendations()
LATIN_IN_ARABIC = re.compile(r"[\u0621-\u064a][)\u2069]? ?[,;] ?[\u2066(]?[\u0621-\u064a]")


def reasons(answers, lang):
    result = score(Q, answers, "", None, lang, LIB)
    texts = [r for sec in result.sections.values() for r in sec.reasons]
    texts += [r for pq in result.policy_questions.values() for r in pq.reasons]
    return texts


@pytest.mark.parametrize("profile", [answer_set(Q, best=False), weak_profile(Q)], ids=["worst", "weak"])
def test_arabic_reasons_list_with_the_arabic_comma_and_semicolon(profile):
    texts = reasons(profile, "ar")
    assert any("، " in t for t in texts)      # the check read lists
    assert [t for t in texts if LATIN_IN_ARABIC.search(t)] == []


def test_chinese_reasons_enumerate_with_the_enumeration_comma():
    texts = reasons(weak_profile(Q), "zh")
    assert not [t for t in texts if re.search(r"[\u4e00-\u9fff], [\u4e00-\u9fff]", t)]


def test_the_reports_shortfalls_are_joined_with_the_arabic_semicolon():
    """The summary's "what the data can answer, with a shortfall" line (reports/chapters.py)."""
    from types import SimpleNamespace

    from capacity_app.reports.chapters import what_the_data_answer
    from capacity_app.reports.format import load_strings

    pq = SimpleNamespace(fitness="shortfall", shortfalls=["المتغيرات", "التصنيف"], label="كم عدد المهاجرين؟")
    _, shortfall, _, _ = what_the_data_answer(SimpleNamespace(policy_questions={"A": pq}), "ar", load_strings("ar"))
    assert shortfall == ["A. كم عدد المهاجرين؟ — المتغيرات؛ التصنيف"]
