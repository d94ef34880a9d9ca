"""Country search ranks what a person means first: the code, names that start with the text,
names with a word that starts with it, then names that only contain it."""
from capacity_app.catalog.countries import search


def names(query, lang="en"):
    return [c.iso3 for c in search(query, lang)]


def test_prefix_before_contains():
    assert names("Gha") == ["GHA", "AFG"]
    assert names("gha")[0] == "GHA"


def test_word_prefix_after_name_prefix():
    found = names("guinea")
    assert found[:2] == ["GIN", "GNB"]
    assert found.index("GNQ") > 1 and "PNG" in found


def test_code_first_and_accents_ignored():
    assert names("ken")[0] == "KEN"
    assert names("FRA")[0] == "FRA"
    assert names("cote", "fr")[0] == "CIV"
    assert names("Sénégal", "fr")[0] == "SEN"


def test_empty_query_lists_every_country_and_nothing_for_nonsense():
    assert len(search("")) >= 249
    assert search("qqqq") == []
