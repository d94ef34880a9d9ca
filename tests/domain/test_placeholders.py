"""The one formatter of translatable text: a bare ``{name}`` is filled, nothing else
ever is; filling never fails and never takes more than the text and its values."""
from __future__ import annotations

import string
import tracemalloc

from hypothesis import given, settings, strategies as st

from capacity_app.domain.placeholders import fill, not_bare, parts, placeholders


class Secret:
    token = "SECRET"

    def __str__(self) -> str:
        return "src"


def test_a_bare_name_is_filled_and_doubled_braces_are_one():
    assert fill("Page {page} of {pages}", page=3, pages=41) == "Page 3 of 41"
    assert fill("{pages}: стр. {page}", page=3, pages=41) == "41: стр. 3"
    assert fill("{{literal}} {x} }} {{", x="a") == "{literal} a } {"
    assert fill("no braces", x=1) == "no braces"


def test_a_format_spec_is_never_applied_and_allocates_nothing():
    """The attacker's `{src:>999999999}` took 2 GB through str.format."""
    tracemalloc.start()
    try:
        out = fill("{src} {src:>999999999}", src="x")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert out == "x {src:>999999999}"
    assert peak < 100_000


def test_attribute_index_and_conversion_are_never_read():
    v = Secret()
    assert fill("{src.__class__.__mro__} {src.token} {src[0]} {src!r} {src}", src=v) == \
        "{src.__class__.__mro__} {src.token} {src[0]} {src!r} src"


def test_a_lone_brace_or_a_missing_value_stays_as_written():
    assert fill("{a} { } {b", a=1) == "1 { } {b"
    assert fill("{missing} {0} {}", a=1) == "{missing} {0} {}"


def test_placeholders_not_bare_and_parts():
    t = "{pages}: стр. {page} {{x}} {src:>9} {src.__class__} {0} {} }"
    assert placeholders(t) == ["pages", "page"]
    assert not_bare(t) == ["{src:>9}", "{src.__class__}", "{0}", "{}", "}"]
    assert parts("{pages}: стр. {page}") == [("pages",), ": стр. ", ("page",)]
    assert parts("第{page}页，共{pages}页") == ["第", ("page",), "页，共", ("pages",), "页"]
    assert parts("{{a}} {b}") == ["{a} ", ("b",)]


_NAMES = st.sampled_from(["a", "page", "pages", "n", "src"])
_PIECES = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=8),
    _NAMES.map(lambda n: "{" + n + "}"),
    st.sampled_from(["{{", "}}"]),
)
_ANY = st.text(alphabet=st.sampled_from(list("{}:>!.[]0a9 _xé")), max_size=40)


@given(st.lists(_PIECES, max_size=12).map("".join),
       st.dictionaries(_NAMES, st.text(max_size=5), min_size=5, max_size=5))
@settings(max_examples=200, deadline=None)
def test_on_bare_templates_fill_is_str_format(template, values):
    assert fill(template, **values) == template.format(**values)
    names = [n for _, n, _, _ in string.Formatter().parse(template) if n is not None]
    assert placeholders(template) == names
    assert not_bare(template) == []


@given(_ANY, st.dictionaries(_NAMES, st.text(max_size=5), max_size=5))
@settings(max_examples=300, deadline=None)
def test_fill_never_fails_and_is_bounded(template, values):
    out = fill(template, **values)
    longest = max((len(v) for v in values.values()), default=0)
    assert len(out) <= len(template) * max(1, longest)
    rebuilt = "".join(p if isinstance(p, str) else str(values.get(p[0], "{" + p[0] + "}")) for p in parts(template))
    assert rebuilt == out


def test_a_sentence_is_read_once_and_a_long_text_is_not_kept():
    """fill() keeps what it read of a sentence (it fills the same ones at every score and report
    line); what it fills is the same the second time, and a text longer than a sentence is read
    each time rather than kept."""
    from capacity_app.domain import placeholders as ph

    template = "Cell {src}: level {level} of {{3}} {src:>9}"
    before = ph._cut_once.cache_info()
    assert fill(template, src="census", level=2) == "Cell census: level 2 of {3} {src:>9}"
    assert fill(template, src="LFS") == "Cell LFS: level {level} of {3} {src:>9}"
    after = ph._cut_once.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
    long = "{a}" + "x" * ph._KEPT
    assert fill(long, a=1) == "1" + "x" * ph._KEPT
    assert ph._cut_once.cache_info().currsize == after.currsize
