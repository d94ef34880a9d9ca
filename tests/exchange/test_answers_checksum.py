"""The answers' checksum (docs/workbook-format.md: SHA-256 over the canonical JSON of the
meaningful answers, sorted by key) is the same text however it is written: a plain answer's part
kept once per process gives the checksum the whole list written in one call gives, for any
answers, in any order of asking, and for values a dict takes as one key (1, 1.0 and True; 0.0
and -0.0) that JSON writes apart."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from capacity_app.domain.answers import Answer, Evidence, canonical_answers
from capacity_app.exchange.workbook.format import answers_checksum, canonical_json, is_meaningful, sha256_text


def _defined(answers: dict[str, Answer]) -> str:
    """The checksum as the format defines it: the list of canonical answers written in one call."""
    kept = {k: a for k, a in answers.items() if is_meaningful(a)}
    return sha256_text(canonical_json(canonical_answers(kept)))


texts = st.text(st.characters(exclude_categories=()), max_size=120)  # lone surrogates too
values = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False), texts,
                   st.lists(st.sampled_from(["a", "b", "c", "é", "中"]), max_size=3))
answers = st.builds(Answer, key=st.sampled_from(["s1_a", "s1_b", "s2_x.r1.c1", "s9_z", "ä"]), value=values,
                    status=st.sampled_from(["answered", "dont_know", "not_applicable", "empty"]),
                    comment=st.one_of(st.just(""), texts), evidence=st.lists(
                        st.builds(Evidence, kind=st.sampled_from(["document", "url", "note"]), text=texts),
                        max_size=2).map(tuple))


@settings(max_examples=300, deadline=None)
@given(st.lists(answers, max_size=6))
@example([Answer("k", 1, "answered"), Answer("l", True, "answered"), Answer("m", 1.0, "answered")])
@example([Answer("k", 0.0, "answered"), Answer("l", -0.0, "answered")])
def test_the_checksum_is_the_formats_whatever_was_kept(given_answers):
    by_key = {a.key: a for a in given_answers}
    assert answers_checksum(by_key) == _defined(by_key)
    # the same key and status with a value a dict confuses with another, asked after it
    for other in (1, True, 1.0, 0, False, -0.0, 0.0, None, ""):
        swapped = {k: Answer(a.key, other, a.status, "", ()) for k, a in by_key.items()}
        assert answers_checksum(swapped) == _defined(swapped)
