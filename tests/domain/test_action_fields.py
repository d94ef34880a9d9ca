"""The texts an action declares (domain/plan/fields.py): each has the entries every reader of the
declaration needs, and a refusal of one is said in the user's language."""
from dataclasses import replace

import pytest

from capacity_app.domain.plan.actions import Action, ActionError, validate_action
from capacity_app.domain.plan.fields import ACTION_TEXTS, COST_FIELDS, declared_texts
from capacity_app.domain.retold import retold
from capacity_app.domain.texts import TEXTS


def test_each_declared_text_has_its_label_and_its_name_in_a_refusal():
    names = [f.name for f in ACTION_TEXTS]
    assert len(set(names)) == len(names) and len({f.header for f in ACTION_TEXTS}) == len(names)
    for f in ACTION_TEXTS:
        assert TEXTS[f.label_key]["en"] == f.header, f.name        # the workbook's column, the form's label
        assert TEXTS[f"cli.what.{f.name}"]["en"] == f.what, f.name  # a refusal names it in every language
        assert hasattr(Action("a", "t"), f.name)
    for c in COST_FIELDS:
        assert TEXTS[c.label_key]["en"] == (c.label or c.header), c.name
        assert c.worded or TEXTS[f"cli.what.{c.name}"]["en"] == c.what, c.name


def test_the_declared_english_is_written_in_the_declaration_only():
    """domain/texts.py writes no entry a declaration gives (its English is the declaration's, added
    when the plan is loaded); the catalogues translate them in a part of their own, keys unchanged."""
    from pathlib import Path

    from capacity_app.catalog.kinds import DECLARED_GROUP, KINDS, sentences_group
    from capacity_app.domain import texts

    written = Path(texts.__file__).read_text(encoding="utf-8")
    assert texts.DECLARED == declared_texts() and len(texts.DECLARED) > 20
    for key in declared_texts():
        assert f'"{key}":' not in written, key
        assert sentences_group(key) == DECLARED_GROUP
    sources = KINDS["texts"].sources()
    assert list(sources)[-len(texts.DECLARED):] == list(texts.DECLARED)
    with pytest.raises(ValueError, match="cli.what.value"):
        texts.declare({"cli.what.value": "worth"})  # a word written in texts.py is not declared otherwise


def test_a_refusal_word_declared_after_the_first_line_was_said_is_said_too(monkeypatch):
    """A word a declaration adds once refusals have already been said (the plan loaded after a
    first refusal) is said in the user's language, not carried over in English."""
    line = "the ponderation is longer than 10 characters (11)"
    assert retold(line, "fr") == "ponderation : plus de 10 caractères (11)"  # a name no entry has, as it is
    monkeypatch.setitem(TEXTS, "cli.what.ponderation", {"en": "ponderation"})
    from capacity_app.domain import texts

    monkeypatch.setitem(texts.catalogue("fr"), "cli.what.ponderation", {"en": "ponderation", "fr": "la pondération"})
    assert retold(line, "fr") == "la pondération : plus de 10 caractères (11)"


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
