"""The reference lists (catalog.countries): the M49 tables in six languages, UNTERM names as
published, ISO 4217 currencies, and the LDC / LLDC / SIDS groupings as dated facts checked against
their named sources."""
import csv
import datetime as dt

import pytest

from capacity_app.catalog import countries as C
from capacity_app.paths import resources_dir

DATA = resources_dir() / "data"


def _rows(name):
    with open(DATA / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_m49_table_in_six_languages():
    table = C.countries()
    assert len([c for c in table.values() if not c.fictional]) == 249
    dza = table["DZA"]
    assert (dza.m49, dza.region_code, dza.sub_region_code) == ("012", "002", "015")  # text, leading zeros
    gha = table["GHA"]
    assert (gha.intermediate_region, gha.intermediate_region_code) == ("Western Africa", "011")
    assert C.name("SEN", "fr") == "Sénégal" and C.name("NLD", "es") == "Países Bajos (Reino de los)"
    assert C.name("BOL") == "Bolivia (Plurinational State of)"  # the UN's name, not ISO 3166's
    assert C.name("CIV") == "Côte d’Ivoire"  # corrected, with its reason, in reference-corrections.csv
    assert C.name("ESH", "fr") == "Sahara occidental"
    assert C.area_name("002", "fr") == "Afrique" and C.area_name("419", "es") == "América Latina y el Caribe"
    assert C.area_name("001", "zh") == "世界" and C.area_name("011", "ar")
    # every country has a name in every language; never a code
    for lang in C.UN_LANGUAGES:
        for c in table.values():
            assert C.localized_name(c, lang) and C.localized_name(c, lang) != c.iso3


def test_codes_found_however_they_are_written():
    assert C.lookup("051").iso3 == "ARM" and C.lookup("51").iso3 == "ARM"  # a spreadsheet's number
    assert C.lookup("am").iso3 == "ARM" and C.lookup(" arm ").iso3 == "ARM"
    assert C.lookup("XVL").fictional and C.lookup("XQZ").fictional and C.lookup("QQQ") is not None
    assert C.lookup("ABC") is None and C.lookup(None) is None
    assert not C.is_real("XVL") and not C.is_real("XQZ") and C.is_real("KEN")


def test_unterm_names_as_published():
    assert C.unterm_short_name("SEN", "fr") == "Sénégal (le)"
    assert C.unterm_short_name("SEN", "es") == "Senegal (el)"
    assert C.unterm_short_name("NLD", "en") == "Netherlands (the)"
    assert C.unterm_short_name("bhs", "fr") == "Bahamas (les)"
    assert C.unterm_short_name("SEN", "zh") == "塞内加尔" and C.unterm_short_name("SEN", "ru") == "Сенегал"
    assert C.unterm_formal_name("SEN", "fr") == "la République du Sénégal"
    assert C.unterm_short_name("ESH", "fr") is None and C.unterm_short_name("XVL", "fr") is None


def test_currencies():
    assert C.currency("SEN").code == "XOF" and C.currency("SEN").minor_unit == 0
    assert C.currency("BTN").code == "BTN"  # its own, though ISO lists INR first
    assert [c.code for c in C.currencies("LSO")] == ["LSL", "ZAR"]
    assert C.currency("TUR").code == "TRY"  # missing in the snapshot: a documented correction
    assert C.currency("PSE") is None and C.currency("XVL") is None
    assert C.currency("SEN").label("fr") == "franc CFA (BCEAO)"
    assert C.currency_name("EUR", "es") == "euro"


# --- groupings as dated facts ----------------------------------------------------------------------

def test_issue_dates():
    assert C.groups_of("BHR", "2026-03-01", C.SIDS_OHRLLS) == ()  # left the OHRLLS list in 2023
    assert C.groups_of("BHR", "2022-03-01", C.SIDS_OHRLLS) == ("SIDS",)
    assert C.groups_of("BHR", "2026-03-01") == ()  # never on the M49 list
    assert C.groups_of("BES", "2026-03-01") == ("SIDS",)  # on the M49 list, not OHRLLS's
    assert C.groups_of("BES", "2026-03-01", C.SIDS_OHRLLS) == ()
    assert C.groups_of("STP", "2024-12-12") == ("LDC", "SIDS")
    assert C.groups_of("STP", "2024-12-13") == ("SIDS",)  # graduated, though the snapshot flags it
    assert C.groups_of("BGD", "2026-05-15") == ("LDC",) and C.groups_of("BGD", "2027-01-01") == ()
    assert C.groups_of("BTN", "2023-12-12") == ("LDC", "LLDC") and C.groups_of("BTN", "2023-12-13") == ("LLDC",)
    assert C.groups_of("SSD", "2012-12-17") == ("LLDC",) and "LDC" in C.groups_of("SSD", "2013-01-01")
    for code in ("BMU", "CYM", "GLP", "MTQ", "TCA"):
        assert C.groups_of(code, "2025-01-01") == () and C.groups_of(code, "2025-01-01", C.SIDS_OHRLLS) == ("SIDS",)
    assert C.groups_of("XVL", "2025-01-01") == ()


def test_list_sizes_by_date():
    sizes = {d: (len(C.group_members("LDC", d)), len(C.group_members("LLDC", d)), len(C.group_members("SIDS", d)),
                 len(C.group_members("SIDS", d, C.SIDS_OHRLLS)))
             for d in ("2018-01-01", "2024-01-01", "2025-06-30", "2027-01-01")}
    assert sizes == {"2018-01-01": (47, 32, 53, 58), "2024-01-01": (45, 32, 53, 57),
                     "2025-06-30": (44, 32, 53, 57), "2027-01-01": (41, 32, 53, 57)}
    assert C.group_members("LDC", dt.date(2025, 6, 30)) == C.group_members("LDC", "2025-06-30")


def test_changes_agree_with_the_snapshot():
    """A change dated on or before the snapshot must already show in its flags; a later one not
    yet (else the file and the snapshot disagree, and the dates would be applied twice)."""
    flags = {r["ISO-alpha3 Code"]: r for r in _rows("unsd-m49-en.csv")}
    column = {"LDC": "Least Developed Countries (LDC)", "LLDC": "Land Locked Developing Countries (LLDC)",
              "SIDS": "Small Island Developing States (SIDS)"}
    for ch in C.group_changes():
        assert ch.iso3 in flags and ch.source
        flagged = bool(flags[ch.iso3][column[ch.group]])
        after_snapshot = ch.date > C.M49_SNAPSHOT
        assert flagged == ((ch.event == "joined") != after_snapshot), ch
    assert len([r for r in flags.values() if r[column["SIDS"]]]) == 53


def test_every_list_names_known_countries_and_its_source():
    known = set(C.countries())
    for group in C.GROUPS:
        for sids in C.SIDS_LISTS:
            for m in C.memberships(group, sids):
                assert m.iso3 in known and m.source and m.list_name == C.list_name(group, sids)
    assert "53" in C.list_name("SIDS") and "OHRLLS" in C.list_name("SIDS", C.SIDS_OHRLLS)
    for name in ("m49.SOURCE.md", "countries-110m.SOURCE.md"):
        assert (DATA / name).exists()
    for row in _rows("reference-corrections.csv"):
        assert row["reason"]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru"])
def test_fictional_and_user_assigned_named_in_every_language(lang):
    assert C.name("XVL", lang) and "XVL" not in C.name("XVL", lang)
    assert "XQZ" in C.name("XQZ", lang)


def test_only_this_module_reads_the_tables():
    import pathlib

    root = pathlib.Path(C.__file__).resolve().parents[1]
    readers = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
               if '"data"' in p.read_text(encoding="utf-8") and "resources_dir()" in p.read_text(encoding="utf-8")]
    assert sorted(readers) == ["catalog/countries.py", "reports/aggregate/map.py"]  # the map: its boundaries
