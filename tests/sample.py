"""What ``make test`` runs of a long parametrization, and what it leaves to ``make reliability``
(the suite on 2 cores in under 10 minutes).

A whole-document check (a report laid out and read back, a Word file printed by LibreOffice, a
window drawn at every size) costs seconds to a minute a case. ``make test`` runs each such check on
a sample that still meets every kind of case: Latin script with English and with French typography,
Arabic right to left and Chinese. The other cases (Spanish and Russian, which share those scripts'
paths through the code) carry the ``slow`` mark where they cost work of their own: ``make test``
deselects them, ``make reliability`` runs them with every other ``slow`` test (docs/development.md).
The Spanish demo report itself is rendered in ``make test`` for Spanish typography
(tests/reports/test_report_language.py), so the tests that only read it keep their Spanish case."""
from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from typing import Any

import pytest

FAST_LANGUAGES = ("en", "fr", "ar", "zh")


def sample(values: Iterable[Any], fast: Container[Any] | Callable[[Any], bool] = FAST_LANGUAGES) -> list[Any]:
    """``values`` as parameters, those not in ``fast`` (or for which ``fast(value)`` is false)
    marked ``slow``. A tuple is one case of several arguments."""
    keep = fast if callable(fast) else fast.__contains__
    out = []
    for v in values:
        if keep(v):
            out.append(v)
        else:
            out.append(pytest.param(*v, marks=pytest.mark.slow) if isinstance(v, tuple)
                       else pytest.param(v, marks=pytest.mark.slow))
    return out
