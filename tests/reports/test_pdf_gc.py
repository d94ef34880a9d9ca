"""The render raises the collector's thresholds only while it runs."""
import gc

import pytest

from capacity_app.reports.pdf import RENDER_GC_THRESHOLDS, relaxed_collector


def test_thresholds_are_raised_during_and_restored_after_even_on_error():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with relaxed_collector():
            assert gc.get_threshold() == tuple(max(a, b) for a, b in zip(RENDER_GC_THRESHOLDS, before))
            raise RuntimeError("render failed")
    assert gc.get_threshold() == before
