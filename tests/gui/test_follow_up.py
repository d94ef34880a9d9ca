"""The dashboard's follow-up area (rules 2.0 list blanks as well as "don't know"): "don't know"
first and apart from "not answered yet", grouped by section with counts, long lists folded,
opened on demand, Enter opens an answer."""
from __future__ import annotations

from PySide6.QtCore import Qt

from capacity_app.gui.follow_up import NODE_ROLE

TAB_QUESTIONS, TAB_DASHBOARD = 0, 2


def _groups(tree):
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def _blank_keys(opened, n: int, distinct_sections: bool = False) -> list[str]:
    s = opened.session
    s.refresh_derived()
    keys, seen = [], set()
    for r in s.scores.follow_up:
        if distinct_sections and r.section in seen:
            continue
        seen.add(r.section)
        keys.append(r.key)
    return keys[:n]


def _dashboard_with(opened, qtbot, dont_know: list[str]):
    s, view = opened.session, opened.view
    for key in dont_know:
        assert s.dont_know(key)
    qtbot.waitUntil(lambda: s.scores is not None and
                    {r.key for r in s.scores.follow_up if r.status == "dont_know"} == set(dont_know), timeout=5000)
    view.show_tab(TAB_DASHBOARD)
    return s, view, view.dashboard.follow


def test_dont_know_first_apart_from_blanks_by_section_with_counts(opened, qtbot):
    s, view, tree = _dashboard_with(opened, qtbot, _blank_keys(opened, 2, distinct_sections=True))
    blanks = [r for r in s.scores.follow_up if r.status != "dont_know"]
    assert len(blanks) > 50  # a new assessment: most scorable items are still blank
    dk, blank = _groups(tree)
    assert dk.data(0, NODE_ROLE) == "dont_know" and blank.data(0, NODE_ROLE) == "empty"
    assert dk.text(0) == "Don't know: 2 answers to follow up"
    assert blank.text(0) == f"Not answered yet: {len(blanks)} items"
    assert tree.keys("dont_know") == [r.key for r in s.scores.follow_up if r.status == "dont_know"]
    assert set(tree.keys("empty")) == {r.key for r in blanks}
    # sections with their counts; "don't know" open (two answers), "not answered yet" folded
    assert dk.isExpanded() and all(dk.child(i).isExpanded() for i in range(dk.childCount()))
    assert not blank.isExpanded()
    sections = {blank.child(i).data(0, NODE_ROLE).split("/")[1]: blank.child(i) for i in range(blank.childCount())}
    for sid, node in sections.items():
        n = sum(1 for r in blanks if r.section == sid)
        assert node.childCount() == n and node.text(0).startswith(sid) and node.text(0).endswith(f"({n})")
        assert s.q.section(sid) is not None and s.text(s.q.section(sid).label) in node.text(0)
    # the folded list is short: two group rows, the two sections and answers of "don't know"
    shown = 0
    it = tree.topLevelItem(0)
    while it is not None:
        shown += 1
        it = tree.itemBelow(it)
    assert shown == 2 + dk.childCount() + 2
    assert tree.height() < 400


def test_keyboard_opens_a_group_then_an_answer_and_the_choice_survives_a_rescore(opened, qtbot):
    s, view, tree = _dashboard_with(opened, qtbot, _blank_keys(opened, 1))
    blank = _groups(tree)[1]
    folded = tree.height()
    tree.setFocus()
    tree.setCurrentItem(blank)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter on a group opens it
    assert blank.isExpanded() and tree.height() > folded
    section = blank.child(0)
    assert not section.isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is section
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert section.isExpanded()
    node = section.data(0, NODE_ROLE)
    # an answer elsewhere rescores: what the officer opened stays open
    other = tree.keys("empty")[-1]  # in another section than the one opened
    assert s.dont_know(other)
    qtbot.waitUntil(lambda: other in tree.keys("dont_know"), timeout=5000)
    blank = _groups(tree)[1]
    assert blank.isExpanded()
    section = next(blank.child(i) for i in range(blank.childCount()) if blank.child(i).data(0, NODE_ROLE) == node)
    assert section.isExpanded()
    # Enter on an answer opens it
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    key = tree.current_key()
    assert key and key in tree.keys("empty")
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tabs.currentIndex() == TAB_QUESTIONS)


def test_many_dont_knows_show_their_sections_folded(opened, qtbot):
    keys = _blank_keys(opened, 20)
    s, view, tree = _dashboard_with(opened, qtbot, keys)
    dk = _groups(tree)[0]
    assert dk.text(0) == "Don't know: 20 answers to follow up"
    assert dk.isExpanded()
    assert not any(dk.child(i).isExpanded() for i in range(dk.childCount()))  # counts per section only
    assert sum(dk.child(i).childCount() for i in range(dk.childCount())) == 20
    assert tree.select_key(keys[-1])  # opened on demand (Esc back from an answer does this)
    assert tree.current_key() == keys[-1]


def test_a_card_in_a_taller_row_keeps_its_title_and_content_at_the_top(qtbot):
    """The 'Ranked gaps' card looked blank beside a long follow-up list: its title label took the
    extra height with its text centred, pushing title and content out of view."""
    from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

    from capacity_app.gui.dashboard import PolicyChart, _card

    page = QWidget()
    grid = QGridLayout(page)
    short, tall, chart = QWidget(), QWidget(), PolicyChart()
    short.setFixedHeight(40)
    tall.setFixedHeight(700)
    for w in (short, tall):
        w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    cards = [_card("Short", short, page), _card("Tall", tall, page), _card("Chart", chart, page)]
    grid.addWidget(cards[0], 0, 0)
    grid.addWidget(cards[1], 0, 1)
    grid.addWidget(cards[2], 0, 2)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    title = cards[0].findChild(QLabel)
    assert cards[0].height() > 600  # as tall as its neighbour
    assert title.y() < 30 and title.height() <= title.sizeHint().height() + 4
    assert short.y() < title.y() + title.height() + 20  # the content right under the title
    assert chart.height() > 600  # a chart still fills its card
