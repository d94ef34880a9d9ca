"""The texts an action declares (domain/plan/fields.py): each has the entries every reader of the
declaration needs, and a refusal of one is said in the user's language."""
from dataclasses import replace

import pytest

from capacity_app.domain.plan.actions import Action, ActionError, validate_action
from capacity_app.domain.plan.fields import ACTION_TEXTS
from capacity_app.domain.retold import retold
from capacity_app.domain.texts import TEXTS


def test_each_declared_text_has_its_label_and_its_name_in_a_refusal():
    names = [f.name for f in ACTION_TEXTS]
    assert len(set(names)) == len(names) and len({f.header for f in ACTION_TEXTS}) == len(names)
    for f in ACTION_TEXTS:
        assert f.label_key in TEXTS, f.name                      # the workbook's column, the form's label
        assert TEXTS[f"cli.what.{f.name}"]["en"] == f.what, f.name  # a refusal names it in every language
        assert hasattr(Action("a", "t"), f.name)


@pytest.mark.parametrize("lang, words", [("fr", "le moyen de vérification : plus de 1000 caractères (1001)"),
                                         ("ar", "وسيلة التحقق: أطول من 1000 حرفًا (1001)")])
def test_a_text_too_long_is_refused_in_the_user_s_language(lang, words):
    with pytest.raises(ActionError) as e:
        validate_action(replace(Action("a", "Census"), verification="v" * 1001))
    assert str(e.value) == "the means of verification is longer than 1000 characters (1001)"
    assert retold(str(e.value), lang) == words


def test_a_line_break_in_a_one_line_text_is_refused_in_chinese():
    from capacity_app.domain.plan.actions import action_problem

    line = action_problem(Action("a", "Census", sdg_target="17.\n18"))
    assert line == "the SDG target holds a line break or control character: keep it on one line"
    assert retold(line, "zh") == "可持续发展目标具体目标含有换行符或控制字符：请写在一行内"
