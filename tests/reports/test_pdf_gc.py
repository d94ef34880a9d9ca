"""The render raises the collector's thresholds only while it runs."""
import gc

import pytest

from capacity_app.collector import RENDER_GC_THRESHOLDS, relaxed_collector


@pytest.fixture
def nothing_frozen():
    """As in a process that froze nothing (the command line): an earlier test may have left a
    freeze (the window's start-up freezes what it made)."""
    gc.unfreeze()


def test_thresholds_are_raised_during_and_restored_after_even_on_error(nothing_frozen):
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError):
        with relaxed_collector():
            assert gc.get_threshold() == tuple(max(a, b) for a, b in zip(RENDER_GC_THRESHOLDS, before, strict=True))
            assert gc.get_freeze_count() > 0
            raise RuntimeError("render failed")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_an_existing_freeze_is_left_alone():
    """Someone else's freeze (the window's, after start-up) survives a render: the render neither
    freezes again nor unfreezes on its way out. (The count itself may drop a little meanwhile:
    another thread freeing frozen objects lowers it.)"""
    gc.freeze()
    try:
        with relaxed_collector():
            pass
        assert gc.get_freeze_count() > 0  # an unfreeze would have made it 0
    finally:
        gc.unfreeze()
