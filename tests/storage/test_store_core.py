"""The store's core (storage/core.py), which the window opens to draw its list before the store's
other parts are imported: it lists and reads its preferences as the store does, and becomes the
full store in place (the same object) at its first use of another part, or when the window asks."""
from __future__ import annotations

import shutil

import pytest

from capacity_app.services import assessments as svc
from capacity_app.storage.core import StoreCore
from capacity_app.storage.db import StoreLockedError
from capacity_app.storage.store import Store


@pytest.fixture
def demo_copy(tmp_path, demo_db):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db[0], path)
    return path, demo_db[1]


def test_a_core_lists_as_the_full_store_does(demo_copy):
    path, aid = demo_copy
    with svc.open_store(path) as whole:
        expected = whole.listing()
        operator = whole.preference("operator", "")
    with svc.open_store(path, core=True, integrity="light") as core:
        assert type(core) is StoreCore
        assert core.listing() == expected and [a.id for a, _, _ in expected] == [aid]
        assert core.preference("operator", "") == operator
        assert type(core) is StoreCore  # listing and preferences are the core's own


def test_the_first_use_of_another_part_makes_the_same_object_the_full_store(demo_copy):
    path, aid = demo_copy
    core = svc.open_store(path, core=True)
    try:
        same = id(core)
        answers = core.answers(aid)  # a part of the full store: it becomes full, then answers
        assert type(core) is Store and id(core) == same and answers
        key = sorted(answers)[0]
        core.set_comment(aid, key, "Seen with the NSO's legal adviser")  # a write, one transaction
    finally:
        core.close()
    with svc.open_store(path) as whole:  # closed as any store: the lock is free
        assert whole.answer(aid, key).comment == "Seen with the NSO's legal adviser"


def test_full_makes_it_the_store_at_once_and_twice_is_the_same(demo_copy):
    path, _ = demo_copy
    with svc.open_store(path, core=True) as core:
        core.full()
        assert type(core) is Store
        core.full()
        assert type(core) is Store
        assert "_become_full" not in vars(core)


def test_a_part_asked_from_another_thread_while_the_core_becomes_full_waits_for_it(demo_copy, monkeypatch):
    import threading
    import time

    path, aid = demo_copy
    with svc.open_store(path, core=True) as core:
        become = core._become_full

        def slowly(store):
            time.sleep(0.2)
            become(store)

        core._become_full = slowly
        asked = []
        becoming = threading.Thread(target=core.full)
        becoming.start()
        time.sleep(0.05)  # the class is being changed
        asker = threading.Thread(target=lambda: asked.append(core.assessments()))
        asker.start()
        becoming.join(5)
        asker.join(5)
        assert type(core) is Store and [a.id for a in asked[0]] == [aid]


def test_what_no_store_has_is_missing_from_a_core_and_from_a_store(demo_copy):
    path, _ = demo_copy
    with svc.open_store(path, core=True) as core:
        assert not hasattr(core, "no_such_part")
        with pytest.raises(AttributeError, match="no_such_part"):
            core.no_such_part  # noqa: B018
    with svc.open_store(path) as whole:
        with pytest.raises(AttributeError, match="'Store' object has no attribute 'no_such_part'"):
            whole.no_such_part  # noqa: B018


def test_a_core_holds_the_lock_as_the_store_does(demo_copy):
    path, _ = demo_copy
    core = svc.open_store(path, core=True)
    try:
        with pytest.raises(StoreLockedError):
            svc.open_store(path)
    finally:
        core.close()
    svc.open_store(path).close()


def test_a_core_opened_read_only_on_damage_says_so_and_refuses_writes(demo_copy):
    path, aid = demo_copy
    with svc.open_store(path, core=True) as core:
        core.mark_damaged("page 7: btree cell out of range")
        assert core.readonly and "page 7" in core.damaged
        with pytest.raises(Exception, match="damaged|restore"):
            core.update_assessment(aid, title="Another title")  # a part: full first, then refused
        assert type(core) is Store
