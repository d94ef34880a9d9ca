"""Partners by name across countries (domain/plan/implementation.py, the Funds by partner sheets): a name
written with look-alike characters of one script — case, spacing, compatibility forms (full-width,
ligatures, no-break spaces), invisible characters (U+200B, U+2060, U+FEFF, a soft hyphen) and
direction marks — is one partner; a name with letters of another script that look Latin (a Cyrillic
"Е" in "EU") is never merged with the Latin one, nor split from it without a word: the About sheet
and the warnings name both."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from decimal import Decimal

from capacity_app.domain.plan.implementation import (
    ACTION_STATES,
    FUND_KINDS,
    INDICATOR_STANDINGS,
    Implementation,
    look_alike_partners,
    mixed_script,
    odd_letters,
    partner_key,
    partner_names,
    partner_rollup,
)
from capacity_app.exchange.aggregate.implementation import look_alike_text, look_alike_warnings
from capacity_app.exchange.aggregate.model import AggregateReport


def _country(*partners: tuple[str, int]) -> Implementation:
    """A reporting country paying ``partners`` (name, dollars committed) through the funding source "partner"."""
    funds = {("partner", n): {k: Decimal(usd if k == "committed" else 0) for k in FUND_KINDS} for n, usd in partners}
    return Implementation("2026", True, dict.fromkeys(ACTION_STATES, 0), 0, dict.fromkeys(INDICATOR_STANDINGS, 0),
                          funds)

NAMES = ("EU", "European Union", "IOM", "UNHCR", "World Bank", "KfW", "Maße-Stiftung")
INVISIBLE = ("\u200b", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202a", "\u202c", "\u2066", "\u2069")
# (Latin letter, its look-alike in Cyrillic or Greek)
LOOK_ALIKES = {"E": "\u0415", "e": "\u0435", "O": "\u041e", "o": "\u043e", "A": "\u0391", "a": "\u0430",
               "C": "\u0421", "M": "\u039c", "K": "\u041a", "B": "\u0412", "W": "\u051c", "H": "\u0397"}


@st.composite
def disguised(draw, name: str) -> str:
    """``name`` in another dress of the same letters: its case, full-width letters, spaces of any
    kind, invisible characters and direction marks anywhere, composed or decomposed."""
    out = []
    for ch in name:
        if draw(st.booleans()):
            ch = ch.swapcase() if ch not in "ßẞ" else ch
        if ch.isascii() and ch.isalpha() and draw(st.booleans()):
            ch = chr(ord(ch) + 0xFEE0)  # FULLWIDTH LATIN LETTER
        if ch == " ":
            ch = draw(st.sampled_from([" ", "\u00a0", "\u3000", "  ", "\u2009"]))
        out.append(ch + "".join(draw(st.lists(st.sampled_from(INVISIBLE), max_size=2))))
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD", "NFKD"])), "".join(out))


@settings(max_examples=100, deadline=None)
@given(st.data(), st.sampled_from(NAMES))
def test_every_dress_of_one_name_is_one_partner_and_nothing_is_flagged(data, name):
    written = [data.draw(disguised(name)) for _ in range(3)]
    assert {partner_key(w) for w in written} == {partner_key(name)}
    figures = [(f"C{i}", _country((w, 100))) for i, w in enumerate(written)]
    (p,) = partner_rollup(figures).values()
    assert p.countries == 3
    assert look_alike_partners(partner_names(figures)) == []


@settings(max_examples=100, deadline=None)
@given(st.data(), st.sampled_from([n for n in NAMES if any(ch in LOOK_ALIKES for ch in n)]))
def test_a_letter_of_another_script_is_never_merged_and_always_said(data, name):
    spots = [i for i, ch in enumerate(name) if ch in LOOK_ALIKES]
    chosen = data.draw(st.sets(st.sampled_from(spots), min_size=1))
    other = "".join(LOOK_ALIKES[ch] if i in chosen else ch for i, ch in enumerate(name))
    figures = [("KEN", _country((name, 100))), ("UGA", _country((other, 200)))]
    partners = partner_rollup(figures)
    assert len(partners) == 2  # kept apart: never silently merged
    names = partner_names(figures)
    (group,) = look_alike_partners(names)  # and said
    assert {k for _f, k in group} == {partner_key(name), partner_key(other)}
    rep = AggregateReport([], [], None, period="2026", lang="en")
    rep.partners = names
    value = look_alike_text(rep)
    assert f"{name} [KEN]" in value and f"{other} [UGA]" in value and "U+" in value
    (line,) = look_alike_warnings(rep)
    assert "kept apart" in line and other in line


def test_by_hand():
    assert partner_key("\uff25\uff35") == partner_key("E\u2060U\ufeff") == partner_key("\u200fEU\u200e") == "eu"
    assert partner_key("\ufb01nance") == "finance" and partner_key("Maße") != partner_key("Masse")
    assert mixed_script("\u0415U") and not mixed_script("Фонд UNICEF") and not mixed_script("ЕС")
    assert odd_letters("\u0415U") == "U+0415" and odd_letters("EU") == ""
    # a whole name in Cyrillic that reads like a Latin one: both kept, both named
    figures = [("KEN", _country(("EC", 1))), ("RUS", _country(("\u0415\u0421", 2)))]
    rep = AggregateReport([], [], None, period="2026", lang="fr")
    rep.partners = partner_names(figures)
    assert look_alike_text(rep) == "EC [KEN] / \u0415\u0421 [RUS] (U+0415 U+0421)"
    rep.partners = partner_names([("KEN", _country(("IOM", 1)))])
    assert look_alike_text(rep) == "" and look_alike_warnings(rep) == []
