"""A word wider than its grid cell (gui/questions/grid.py): broken at the language's hyphenation points, or
between letters, never cut; Chinese breaks between characters with no hyphen (seen under Xvfb at
1024x768: "难民和寻求庇护-者")."""
from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from capacity_app.gui.questions.grid import SOFT_HYPHEN, breakable_words, breaks_anywhere


def test_a_long_russian_word_breaks_where_russian_hyphenates(qapp):
    fm = QFontMetrics(qapp.font())
    out = breakable_words("Пол, субнациональный уровень", fm, fm.horizontalAdvance("субнацио"), "ru")
    assert out.replace(SOFT_HYPHEN, "") == "Пол, субнациональный уровень"
    assert "суб" + SOFT_HYPHEN + "на" in out and "уровень" in out  # a word that fits stays whole


def test_words_that_fit_are_left_alone(qapp):
    fm = QFontMetrics(qapp.font())
    assert breakable_words("Sex, age", fm, 400, "en") == "Sex, age"


def test_chinese_is_left_to_break_between_characters(qapp):
    fm = QFontMetrics(qapp.font())
    text = "新数据来源（移动电话、社交媒体、支付）"
    assert breaks_anywhere(text) and not breaks_anywhere("BPM6")
    assert breakable_words(text, fm, 40, "zh") == text


def test_no_break_beside_a_no_break_space(qapp):
    fm = QFontMetrics(qapp.font())
    out = breakable_words("По меморандуму о\u00a0взаимопонимании", fm, fm.horizontalAdvance("взаимопо"), "ru")
    assert out.replace(SOFT_HYPHEN, "") == "По меморандуму о\u00a0взаимопонимании"
    assert "\u00a0" + SOFT_HYPHEN not in out and SOFT_HYPHEN + "\u00a0" not in out
    assert "о\u00a0вза" + SOFT_HYPHEN in out  # "о" goes to the next line with its word
