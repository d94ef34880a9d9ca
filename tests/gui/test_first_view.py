"""What the first view no longer pays for, kept correct: the list's time stamps remembered per stamp,
language and time zone (gui/numbers.when_text), and the list reloaded when the window's stack shows
it again rather than by an event handler of its own (gui/home.HomePage.shown_again)."""
import time

from capacity_app.gui import numbers


def test_time_stamps_are_remembered_per_language_and_zone(monkeypatch):
    stamp = "2026-11-25T08:04:00+00:00"
    monkeypatch.setattr(numbers, "interface_language", lambda: "en")
    english = numbers.when_text(stamp)
    hits = numbers._when_text.cache_info().hits
    assert numbers.when_text(stamp) == english and numbers._when_text.cache_info().hits == hits + 1
    monkeypatch.setattr(numbers, "interface_language", lambda: "fr")
    assert "novembre 2026" in numbers.when_text(stamp) and "November" in english
    monkeypatch.setattr(numbers, "interface_language", lambda: "en")
    for zone, hour in (("UTC", "08:04"), ("Asia/Tokyo", "17:04")):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        try:
            assert numbers.when_text(stamp).endswith(hour), (zone, numbers.when_text(stamp))
        finally:
            monkeypatch.undo()
            time.tzset()
        monkeypatch.setattr(numbers, "interface_language", lambda: "en")


def test_the_list_is_not_reloaded_while_hidden_and_is_when_shown_again(opened, qtbot):
    win = opened
    aid = win.session.assessment_id
    reloads = []
    refresh = win.home.refresh
    win.home.refresh = lambda *a, **k: (reloads.append(1), refresh(*a, **k))
    assert win.session.set_answer("s2_policy", "yes")
    assert win.home.isHidden() and win.home._stale and not reloads
    win.close_assessment()
    assert reloads == [1] and not win.home._stale
    assert win.home.model.rows[0].assessment.updated_at == win.store.assessment(aid).updated_at
