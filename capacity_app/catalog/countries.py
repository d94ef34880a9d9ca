"""Countries and areas: ISO 3166-1 codes with their UN M49 codes and regions (bundled table),
names in English, French and Spanish (pycountry's translations), and user-assigned codes for
fictional or training countries."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from ..paths import resources_dir


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    m49: str
    name: str
    region: str
    sub_region: str
    region_code: str = ""
    sub_region_code: str = ""
    fictional: bool = False

    def display(self, lang: str = "en") -> str:
        return f"{localized_name(self, lang)} ({self.iso3})"


# ISO 3166-1 reserves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ for user assignment.
FICTIONAL = {
    "XVL": Country("XVL", "XV", "", "Republic of Veloria (fictional)", "Fictional", "Training and demonstration",
                   fictional=True),
}


# the fictional entries' names in the report languages (no catalogue has them)
_FICTIONAL_NAMES = {
    "XVL": {"fr": "République de Veloria (fictive)", "es": "República de Veloria (ficticia)"},
}
_USER_ASSIGNED = {"fr": "Code attribué par l'utilisateur {code}", "es": "Código asignado por el usuario {code}"}


def is_user_assigned(iso3: str) -> bool:
    c = iso3.upper()
    return len(c) == 3 and c.isalpha() and (c.startswith("X") or c.startswith("ZZ") or c.startswith("AA")
                                            or ("QMA" <= c <= "QZZ"))


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    with open(resources_dir() / "data" / "m49-regions.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[row["alpha-3"]] = Country(
                iso3=row["alpha-3"], iso2=row["alpha-2"], m49=row["country-code"], name=row["name"],
                region=row["region"], sub_region=row["sub-region"], region_code=row["region-code"],
                sub_region_code=row["sub-region-code"])
    out.update(FICTIONAL)
    return out


def lookup(code: str) -> Country | None:
    """A country by ISO alpha-3 (or alpha-2, or M49 numeric) code; user-assigned codes give a
    generic fictional entry."""
    if not isinstance(code, str):
        return None
    c = code.strip().upper()
    table = countries()
    if c in table:
        return table[c]
    for country in table.values():
        if c and (c == country.iso2 or c == country.m49):
            return country
    if is_user_assigned(c):
        return Country(c, "", "", f"User-assigned code {c}", "Fictional", "", fictional=True)
    return None


@functools.lru_cache(maxsize=8)
def _translator(lang: str):
    if lang == "en":
        return None
    try:
        import gettext

        import pycountry

        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except (ImportError, OSError):
        return None


def localized_name(country: Country, lang: str = "en") -> str:
    if lang == "en":  # no catalogue to load (pycountry costs ~50 ms at start)
        return country.name
    if country.fictional:
        named = _FICTIONAL_NAMES.get(country.iso3, {}).get(lang)
        if named:
            return named
        if country.iso3 not in FICTIONAL and lang in _USER_ASSIGNED:  # a code lookup() made up
            return _USER_ASSIGNED[lang].format(code=country.iso3)
        return country.name
    t = _translator(lang)
    if t is None:
        return country.name
    try:
        import pycountry

        pc = pycountry.countries.get(alpha_3=country.iso3)
    except (ImportError, LookupError):
        pc = None
    return t.gettext(pc.name) if pc is not None else country.name


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
        name = localized_name(c, lang)
        folded = _folded(name)
        if not q:
            rank = 0
        elif q.upper() in (c.iso3, c.iso2) or (q.isdigit() and q == c.m49):
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
