"""Countries and areas, the one place for the reference lists (``resources/data/``, see
``m49.SOURCE.md``):

- the UNSD M49 tables in the six UN languages: every country or area with its ISO codes, its M49
  code as text with leading zeros ("012"), its region, sub-region and intermediate region (names
  and codes), and the names UNSD publishes, in each language;
- the UNTERM short and formal names in Arabic, Chinese, English, French, Russian and Spanish, as
  published (with the article: "Sénégal (le)");
- the ISO 4217 currencies of each country (names in the six languages from Babel's CLDR data);
- the LDC, LLDC and SIDS groupings as dated facts with their named sources: a membership holds on
  a date (a round is grouped by the lists in force at its reference date), and SIDS is the M49
  list of 53 by default, the UN-OHRLLS list as a named alternative;
- user-assigned codes (ISO 3166-1 reserves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ) for fictional
  and training countries, which are never in the M49 table nor in any roll-up.

Languages are the app's codes: ``ar``, ``zh``, ``en``, ``fr``, ``es``, ``ru`` (the M49 files call
Chinese ``cn``). A name missing in a language falls back to English, never to a code. Read once,
cached; no other module reads these files.
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
from dataclasses import dataclass

from ..domain import texts
from ..paths import resources_dir

UN_LANGUAGES = ("ar", "zh", "en", "fr", "es", "ru")
_M49_FILE_LANG = {"ar": "ar", "zh": "cn", "en": "en", "fr": "fr", "es": "es", "ru": "ru"}
_UNTERM_COLUMN = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "es": "Spanish", "ru": "Russian"}
WORLD_CODE = "001"

# the groupings and the named lists behind them
LDC, LLDC, SIDS = "LDC", "LLDC", "SIDS"
GROUPS = (LDC, LLDC, SIDS)
SIDS_M49, SIDS_OHRLLS = "m49", "ohrlls"  # the two SIDS lists a run may use (M49 by default)
SIDS_LISTS = (SIDS_M49, SIDS_OHRLLS)
# the date the M49 snapshot's group flags describe (m49.SOURCE.md); dated changes before it are
# undone for earlier reference dates, changes after it applied from their date on
M49_SNAPSHOT = _dt.date(2024, 9, 25)


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    m49: str  # text, with its leading zeros ("012"); "" for a user-assigned code
    name: str  # the English name UNSD publishes (M49 table)
    region: str  # English M49 names; ``area_name(code, lang)`` gives them in another language
    sub_region: str
    region_code: str = ""
    sub_region_code: str = ""
    intermediate_region: str = ""
    intermediate_region_code: str = ""
    fictional: bool = False  # the demo's country or a user-assigned code: never in a roll-up

    def display(self, lang: str = "en") -> str:
        return f"{localized_name(self, lang)} ({self.iso3})"


# ISO 3166-1 reserves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ for user assignment.
FICTIONAL = {
    "XVL": Country("XVL", "XV", "", "Republic of Veloria (fictional)", "", "", fictional=True),
}

# the fictional entries' names in the other languages (no table has them) and a user-assigned
# code's are the engine's sentences "country.<ISO3>" and "country.user_assigned" (domain/texts.py)


def is_user_assigned(iso3: str) -> bool:
    c = iso3.upper()
    return len(c) == 3 and c.isalpha() and (c.startswith("X") or c.startswith("ZZ") or c.startswith("AA")
                                            or ("QMA" <= c <= "QZZ"))


def _lang(lang: str) -> str:
    lang = (lang or "en").lower().replace("_", "-").split("-")[0]
    if lang == "cn":
        return "zh"
    from ..domain.languages import BY_CODE

    return lang if lang in _M49_FILE_LANG or lang in BY_CODE else "en"


@functools.lru_cache(maxsize=8)
def _cldr_territories(lang: str) -> dict[str, str]:
    """The names of countries (ISO alpha-2) and M49 areas (three digits) in a language the UNSD M49
    tables lack (Portuguese, a language added by its catalogue): CLDR's, through Babel."""
    from ..domain.editorial import cldr_locale

    return dict(cldr_locale(lang).territories)


def names_source(lang: str) -> str:
    """Where the country and area names of ``lang`` come from: "UNSD M49" for the six UN
    languages, "CLDR" for any other (said where the names are printed)."""
    return "UNSD M49" if _lang(lang) in _M49_FILE_LANG else "CLDR"


def _read(name: str) -> list[dict[str, str]]:
    with open(resources_dir() / "data" / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.lru_cache(maxsize=1)
def _corrections() -> dict[tuple[str, str, str], str]:
    """(table, ISO alpha-3, field) -> value: the few documented corrections of the snapshot
    (``reference-corrections.csv``, each with its reason)."""
    return {(r["table"], r["iso3"], r["field"]): r["value"] for r in _read("reference-corrections.csv")}


@functools.lru_cache(maxsize=8)
def _m49(lang: str) -> dict[str, dict[str, str]]:
    """ISO alpha-3 -> the M49 table's row in ``lang`` (names corrected where documented)."""
    file_lang = _M49_FILE_LANG[lang]
    out = {}
    fixes = _corrections()
    for r in _read(f"unsd-m49-{file_lang}.csv"):
        iso3 = r["ISO-alpha3 Code"]
        fixed = fixes.get((f"unsd-m49-{file_lang}", iso3, "Country or Area"))
        if fixed:
            r = dict(r, **{"Country or Area": fixed})
        out[iso3] = r
    return out


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every M49 country or area by ISO alpha-3, then the fictional entries."""
    out: dict[str, Country] = {}
    for iso3, r in _m49("en").items():
        out[iso3] = Country(
            iso3=iso3, iso2=r["ISO-alpha2 Code"], m49=r["M49 Code"], name=r["Country or Area"],
            region=r["Region Name"], sub_region=r["Sub-region Name"], region_code=r["Region Code"],
            sub_region_code=r["Sub-region Code"], intermediate_region=r["Intermediate Region Name"],
            intermediate_region_code=r["Intermediate Region Code"])
    out.update(FICTIONAL)
    return out


@functools.lru_cache(maxsize=1)
def _by_other_code() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in countries().values():
        for code in (c.iso2, c.m49):
            if code:
                out.setdefault(code, c)
    return out


def lookup(code: str) -> Country | None:
    """A country by ISO alpha-3 (or alpha-2, or M49 numeric) code; user-assigned codes give a
    generic fictional entry."""
    if not isinstance(code, str):
        return None
    c = code.strip().upper()
    if c in FICTIONAL:  # the demo's country: the M49 table (about 3 ms to read) is not needed to name it
        return FICTIONAL[c]
    table = countries()
    if c in table:
        return table[c]
    if c.isdigit() and len(c) < 3:
        c = c.zfill(3)  # "51" read by a spreadsheet as a number is M49 "051"
    found = _by_other_code().get(c)
    if found is not None:
        return found
    if is_user_assigned(c):
        return Country(c, "", "", texts.text("country.user_assigned", "en", code=c), "", "", fictional=True)
    return None


def is_real(code: str) -> bool:
    """True for a country or area of the M49 table (not fictional, not user-assigned)."""
    c = lookup(code)
    return c is not None and not c.fictional


def name(code: str, lang: str = "en") -> str:
    """The country's name as UNSD publishes it in the M49 table, in ``lang`` (English when the
    language has no name for it); the code itself for an unknown code."""
    c = lookup(code)
    return localized_name(c, lang) if c is not None else code


def localized_name(country: Country, lang: str = "en") -> str:
    lang = _lang(lang)
    if country.fictional:
        if country.iso3 not in FICTIONAL:  # a code lookup() made up
            return texts.text("country.user_assigned", lang, code=country.iso3)
        key = f"country.{country.iso3}"
        return texts.text(key, lang) if key in texts.TEXTS else country.name
    if lang == "en":
        return country.name
    if lang not in _M49_FILE_LANG:
        return _cldr_territories(lang).get(country.iso2) or country.name
    row = _m49(lang).get(country.iso3)
    return (row or {}).get("Country or Area") or country.name


@functools.lru_cache(maxsize=1)
def _unterm() -> dict[str, dict[str, str]]:
    """ISO alpha-3 -> the joined table's row (UNTERM names, ISO 4217 currencies)."""
    fixes = _corrections()
    out = {}
    for r in _read("country-codes.csv"):
        iso3 = r["ISO3166-1-Alpha-3"]
        if iso3:
            for (table, code, fld), value in fixes.items():
                if table == "country-codes" and code == iso3:
                    r[fld] = value
            out[iso3] = r
    return out


def unterm_short_name(iso3: str, lang: str = "en") -> str | None:
    """The UNTERM short name as published, article included ("Sénégal (le)", "Pays-Bas (les)",
    "Bahamas (les)", "Netherlands (the)"); None when UNTERM has no entry for the country or area
    (territories, and the few the snapshot lacks: see m49.SOURCE.md)."""
    row = _unterm().get((iso3 or "").upper())
    column = _UNTERM_COLUMN.get(_lang(lang))
    return (row or {}).get(f"UNTERM {column} Short") or None if column else None


def unterm_formal_name(iso3: str, lang: str = "en") -> str | None:
    """The UNTERM formal name as published ("la République du Sénégal"); None when UNTERM has no
    entry."""
    row = _unterm().get((iso3 or "").upper())
    column = _UNTERM_COLUMN.get(_lang(lang))
    return (row or {}).get(f"UNTERM {column} Formal") or None if column else None


# --- regions ---------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def _areas(lang: str) -> dict[str, str]:
    """M49 code of the world, a region, sub-region or intermediate region -> its name in ``lang``."""
    out: dict[str, str] = {}
    for r in _m49(lang).values():
        for code, label in (("Global Code", "Global Name"), ("Region Code", "Region Name"),
                            ("Sub-region Code", "Sub-region Name"),
                            ("Intermediate Region Code", "Intermediate Region Name")):
            if r[code] and r[label]:
                out.setdefault(r[code], r[label])
    return out


def area_name(code: str, lang: str = "en") -> str:
    """The M49 name of the world ("001"), a region, sub-region or intermediate region, in
    ``lang`` (English when missing); "" for an unknown code."""
    lang = _lang(lang)
    if lang not in _M49_FILE_LANG:
        return _cldr_territories(lang).get(code) or _areas("en").get(code, "")
    return _areas(lang).get(code) or _areas("en").get(code, "")


def areas() -> dict[str, str]:
    """Every M49 area code -> its English name (world, regions, sub-regions, intermediate regions)."""
    return dict(_areas("en"))


# --- currencies ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Currency:
    code: str  # ISO 4217 alphabetic code ("XOF")
    numeric: str  # ISO 4217 numeric code, text ("952")
    minor_unit: int | None  # decimals (2; 0 for XOF)
    name: str  # the ISO 4217 English name ("CFA Franc BCEAO")

    def label(self, lang: str = "en") -> str:
        """The currency's name in ``lang`` (CLDR, through Babel), the ISO name when CLDR has none."""
        return currency_name(self.code, lang) or self.name


def currencies(iso3: str) -> tuple[Currency, ...]:
    """The ISO 4217 currencies of a country as the ISO table lists them (several for Bhutan,
    Lesotho, Namibia, Panama ...); () when it has none (Antarctica, the State of Palestine)."""
    row = _unterm().get((iso3 or "").upper())
    if not row or not row["ISO4217-currency_alphabetic_code"]:
        return ()
    codes = row["ISO4217-currency_alphabetic_code"].split(",")
    nums = row["ISO4217-currency_numeric_code"].split(",")
    units = row["ISO4217-currency_minor_unit"].split(",")
    names = row["ISO4217-currency_name"].split(",")

    def at(seq: list[str], i: int) -> str:
        return seq[i].strip() if i < len(seq) else ""

    return tuple(Currency(code.strip(), at(nums, i).zfill(3) if at(nums, i) else "",
                          int(at(units, i)) if at(units, i).isdigit() else None, at(names, i))
                 for i, code in enumerate(codes) if code.strip())


def currency(iso3: str) -> Currency | None:
    """The country's own currency: of several, the one whose code starts with the country's ISO
    alpha-2 code (Bhutan: BTN, not INR), else the first listed; None when it has none."""
    found = currencies(iso3)
    c = lookup(iso3)
    own = [x for x in found if c is not None and c.iso2 and x.code.startswith(c.iso2)]
    best = own or list(found)
    return best[0] if best else None


def currency_name(code: str, lang: str = "en") -> str:
    """An ISO 4217 currency's name in ``lang`` from CLDR (Babel, a dependency already; the M49
    and UNTERM tables name currencies in English only); "" for an unknown code."""
    try:
        from babel.numbers import get_currency_name

        out = get_currency_name(code, locale=_lang(lang))
    except Exception:  # noqa: BLE001  (an unknown locale or code: no name rather than a crash)
        return ""
    return "" if out == code else out


# --- groupings: dated facts ------------------------------------------------------------------------

@dataclass(frozen=True)
class GroupChange:
    group: str  # LDC, LLDC, SIDS (the M49 lists)
    iso3: str
    event: str  # "joined" or "left"
    date: _dt.date  # the first day of the new state
    source: str


@dataclass(frozen=True)
class Membership:
    """A country in a named list from ``start`` (None: before any date this table knows) until
    the day before ``end`` (None: still a member)."""

    group: str
    list_name: str
    iso3: str
    start: _dt.date | None
    end: _dt.date | None
    source: str

    def holds_on(self, day: _dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


# the lists exactly as they are named wherever a roll-up says which list it used
LIST_NAMES = {
    (LDC, SIDS_M49): "UN M49 (UNSD): Least Developed Countries (LDC)",
    (LLDC, SIDS_M49): "UN M49 (UNSD): Land Locked Developing Countries (LLDC)",
    (SIDS, SIDS_M49): "UN M49 (UNSD): Small Island Developing States (SIDS), 53 countries and areas",
    (SIDS, SIDS_OHRLLS): "UN-OHRLLS list of Small Island Developing States (SIDS): UN Members and "
                         "non-UN Members / Associate Members of the regional commissions",
}


def _date(text: str) -> _dt.date | None:
    return _dt.date.fromisoformat(text) if text else None


@functools.lru_cache(maxsize=1)
def group_changes() -> tuple[GroupChange, ...]:
    """The dated changes of the M49 groupings (``m49-group-changes.csv``), oldest first."""
    out = []
    for r in _read("m49-group-changes.csv"):
        day = _date(r["date"])
        assert day is not None, r
        out.append(GroupChange(r["group"], r["iso3"], r["event"], day, r["source"]))
    return tuple(sorted(out, key=lambda c: (c.date, c.group, c.iso3)))


_M49_FLAG = {LDC: "Least Developed Countries (LDC)", LLDC: "Land Locked Developing Countries (LLDC)",
             SIDS: "Small Island Developing States (SIDS)"}


@functools.lru_cache(maxsize=1)
def _memberships() -> dict[tuple[str, str], tuple[Membership, ...]]:
    """(group, SIDS list) -> every membership with its dates. The M49 lists: the snapshot's flags
    (true on its date) with the dated changes around them; the OHRLLS SIDS list: its own file."""
    out: dict[tuple[str, str], list[Membership]] = {}
    changes = group_changes()
    for group in GROUPS:
        source = f"UNSD M49 table (snapshot of {M49_SNAPSHOT.isoformat()}, unsd-m49-en.csv)"
        flagged = {iso3 for iso3, r in _m49("en").items() if r[_M49_FLAG[group]]}
        for iso3 in sorted(flagged | {c.iso3 for c in changes if c.group == group}):
            mine = [c for c in changes if c.group == group and c.iso3 == iso3]
            # walk back from the snapshot to the state before any known change, then forward
            member = iso3 in flagged
            for c in reversed([c for c in mine if c.date <= M49_SNAPSHOT]):
                member = c.event == "left"  # before it left it was a member; before it joined, not
            start: _dt.date | None = None
            note = source
            spans: list[Membership] = []
            for c in mine:
                if c.event == "joined":
                    start, member, note = c.date, True, c.source
                elif member:
                    spans.append(Membership(group, LIST_NAMES[(group, SIDS_M49)], iso3, start, c.date,
                                            f"{note}; left: {c.source}"))
                    member, start = False, None
            if member:
                spans.append(Membership(group, LIST_NAMES[(group, SIDS_M49)], iso3, start, None, note))
            out.setdefault((group, SIDS_M49), []).extend(spans)
    for r in _read("sids-ohrlls.csv"):
        out.setdefault((SIDS, SIDS_OHRLLS), []).append(Membership(
            SIDS, LIST_NAMES[(SIDS, SIDS_OHRLLS)], r["iso3"], _date(r["from"]), _date(r["until"]), r["source"]))
    return {k: tuple(v) for k, v in out.items()}


def _day(on: _dt.date | str | None) -> _dt.date:
    if on is None or on == "":
        return _dt.date.today()
    if isinstance(on, _dt.datetime):
        return on.date()
    if isinstance(on, _dt.date):
        return on
    return _dt.date.fromisoformat(str(on)[:10])


def groups_of(iso3: str, on: _dt.date | str | None = None, sids_list: str = SIDS_M49) -> tuple[str, ...]:
    """The groupings (``LDC``, ``LLDC``, ``SIDS``, in that order) a country belongs to on a date
    (``on``: a date or ISO text; None: today), SIDS by ``sids_list`` (``m49`` or ``ohrlls``)."""
    day = _day(on)
    code = (iso3 or "").upper()
    out = []
    for group in GROUPS:
        key = (group, sids_list if group == SIDS else SIDS_M49)
        if any(m.iso3 == code and m.holds_on(day) for m in _memberships().get(key, ())):
            out.append(group)
    return tuple(out)


def group_members(group: str, on: _dt.date | str | None = None, sids_list: str = SIDS_M49) -> frozenset[str]:
    """The ISO alpha-3 codes of a grouping's members on a date (the denominators of coverage:
    "14 of 44 LDCs")."""
    day = _day(on)
    key = (group, sids_list if group == SIDS else SIDS_M49)
    return frozenset(m.iso3 for m in _memberships().get(key, ()) if m.holds_on(day))


def memberships(group: str, sids_list: str = SIDS_M49) -> tuple[Membership, ...]:
    """Every dated membership of a grouping (for the codebook and the About sheet)."""
    return _memberships().get((group, sids_list if group == SIDS else SIDS_M49), ())


def list_name(group: str, sids_list: str = SIDS_M49) -> str:
    """The exact name of the list a grouping is taken from."""
    return LIST_NAMES[(group, sids_list if group == SIDS else SIDS_M49)]


# --- search ----------------------------------------------------------------------------------------

def _folded(text: str) -> str:
    """Lower case without accents ("Côte" and "cote" match)."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))


def search(query: str, lang: str = "en", limit: int | None = None) -> list[Country]:
    """Countries matching ``query`` (a name in ``lang`` or a code), best first: the ISO code
    itself; names that start with it ("Gha" → Ghana); names with a word that starts with it
    ("Guinea" → Equatorial Guinea); then names that merely contain it (Afghanistan). Each group in
    alphabetical order; accents and case ignored. An empty query gives every country."""
    q = _folded(query.strip())
    ranked: list[tuple[int, str, Country]] = []
    for c in countries().values():
        label = localized_name(c, lang)
        folded = _folded(label)
        if not q:
            rank = 0
        elif q.upper() in (c.iso3, c.iso2) or (q.isdigit() and q.zfill(3) == c.m49):
            rank = 0
        elif folded.startswith(q):
            rank = 1
        elif any(word.startswith(q) for word in folded.replace("(", " ").replace("-", " ").split()):
            rank = 2
        elif q in folded:
            rank = 3
        else:
            continue
        ranked.append((rank, folded, c))
    ranked.sort(key=lambda t: (t[0], t[1]))
    found = [c for _, _, c in ranked]
    return found[:limit] if limit is not None else found
