"""Country names in sentences, as a native writer writes them.

Tables, headers and the cover print the country's short name ("Sénégal"). A sentence needs the name
with its article and the article's contractions: "Le Sénégal obtient…", "… attribué au Sénégal",
"La République de Moldova", "L’Afghanistan", "Les Bahamas obtiennent…", "El Senegal", "al Senegal",
"The Niger". The article comes from the UNTERM short name, which publishes it in each language
(``catalog.countries.unterm_short_name``: "Sénégal (le)", "Senegal (el)", "Niger (the)"); a
name UNTERM writes with a qualifier reads in running text as UN documents write it ("Bolivie (État
plurinational de)" → "l’État plurinational de Bolivie"). A name UNTERM does not carry (the demo's
fictional country, user-assigned codes) takes its article from its first word ("République de
Veloria (fictive)" → "la République…"), or none.

Portuguese has no UNTERM column: a name takes its article as a Portuguese writer gives it
(:func:`_pt_article`: "o Brasil", "a Guiné-Bissau", "os Estados Unidos", none for "Moçambique",
"Angola" or "Portugal"), and the prepositions contract with it ("do Brasil", "da Guiné-Bissau",
"dos Estados Unidos", "de Moçambique"; "no Brasil", "em Angola"; "ao Brasil", "à Guiné-Bissau").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# articles as UNTERM writes them, by language: article -> plural
_ARTICLES = {
    "en": {"the": False},
    "fr": {"le": False, "la": False, "l'": False, "les": True},
    "es": {"el": False, "la": False, "los": True, "las": True},
    "pt": {"o": False, "a": False, "os": True, "as": True},
}
# the article a name takes from its first word (a qualifier's head noun or a fictional name's)
_HEADS = {
    "en": {w: "the" for w in ("republic", "kingdom", "state", "states", "federation", "federated",
                               "islamic", "plurinational", "bolivarian", "united", "principality",
                               "islands", "democratic", "people's", "commonwealth", "union")},
    "fr": {"république": "la", "royaume": "le", "état": "l'", "états": "les", "principauté": "la",
           "fédération": "la", "îles": "les", "émirats": "les", "union": "l'"},
    "es": {"república": "la", "reino": "el", "estado": "el", "estados": "los", "principado": "el",
           "federación": "la", "islas": "las", "emiratos": "los", "unión": "la"},
}
# Portuguese: the names written without an article ("de Moçambique", "em Angola"), as CLDR's European
# Portuguese spells them; the plural first words ("os Estados Unidos", "as Ilhas Salomão"); the
# masculine names ending in -a ("o Gana", "o Quénia") and the feminine names not ending in -a
_PT_BARE = frozenset((
    "Portugal", "Angola", "Moçambique", "Cabo Verde", "São Tomé e Príncipe", "Timor-Leste", "Macau",
    "Cuba", "Israel", "Malta", "Chipre", "Singapura", "Marrocos", "Omã", "Andorra", "Gibraltar", "Hong Kong",
    "São Marinho", "Santa Lúcia", "São Vicente e Granadinas", "São Cristóvão e Neves", "Trindade e Tobago",
    "Antígua e Barbuda", "Granada", "Barbados", "Madagáscar", "Aruba", "Curaçau", "Jersey", "Guernsey",
    "Porto Rico", "Taiwan", "Samoa", "Tonga", "Nauru", "Tuvalu", "Palau", "Mayotte", "Montserrat",
    "Anguila", "Santa Helena", "São Bartolomeu", "São Martinho",
    # CLDR's European Portuguese spellings (pt_PT), which the list gives: "de Maiote", "em Guame"
    "Maiote", "Monserrate", "Guernesey", "Guame", "Niuê", "Toquelau", "Wallis e Futuna",
    "São Pedro e Miquelão"))
_PT_PLURAL = {"estados": "os", "emirados": "os", "países": "os", "ilhas": "as", "baamas": "as", "filipinas": "as",
              "maldivas": "as", "honduras": "as", "fiji": "as", "seicheles": "as", "comores": "as", "antilhas": "as",
              "camarões": "os", "territórios": "os", "bermudas": "as"}
_PT_MASCULINE_A = frozenset(("gana", "botsuana", "burkina", "burquina", "camboja", "uganda", "ruanda", "sara", "quénia"))
_PT_FEMININE = frozenset(("guiné", "república", "cidade", "federação", "união", "região", "côte", "reunião",
                          "guadalupe"))
_QUALIFIER_END = re.compile(r"(?:\b(?:of|of the|de|du|des|del|de la|de los|de las)|\bd['’])$", re.IGNORECASE)
_VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöùûüœæh]", re.IGNORECASE)  # French elision (h muet assumed)


@dataclass(frozen=True)
class CountryName:
    """A country's name for sentences in one language: ``name`` without its article, the
    ``article`` as UNTERM gives it ("" for none), ``plural`` when the verb agrees in the plural."""
    lang: str
    name: str
    article: str = ""
    plural: bool = False

    @property
    def subject(self) -> str:
        """At the start of a sentence: "Le Sénégal", "L’Afghanistan", "The Niger", "Cuba"."""
        return _capital(self._with_article())

    @property
    def of(self) -> str:
        """After "of": "du Sénégal", "de la République…", "de l’Iraq", "des Bahamas", "d’Israël",
        "del Senegal", "de las Bahamas", "of the Niger", "of Cuba"."""
        if self.lang == "fr":
            return {"le": f"du {self.name}", "les": f"des {self.name}"}.get(
                self.article, "de " + self._with_article() if self.article else _elide("de", self.name))
        if self.lang == "es":
            return f"del {self.name}" if self.article == "el" else f"de {self._with_article()}"
        if self.lang == "pt":  # "do Brasil", "da Guiné-Bissau", "dos Estados Unidos", "de Moçambique"
            return f"d{self.article} {self.name}" if self.article else f"de {self.name}"
        return f"of {self._with_article()}"

    @property
    def in_(self) -> str:
        """After "in" (Portuguese "em" and its contractions): "no Brasil", "na Guiné-Bissau", "nos Estados
        Unidos", "em Moçambique"; "au Sénégal", "en el Senegal", "in the Niger"."""
        if self.lang == "pt":
            return f"n{self.article} {self.name}" if self.article else f"em {self.name}"
        if self.lang == "fr":
            return {"le": f"au {self.name}", "les": f"aux {self.name}"}.get(
                self.article, f"en {self.name}" if self.article else f"à {self.name}")
        if self.lang == "es":
            return f"en {self._with_article()}"
        return f"in {self._with_article()}"

    @property
    def to(self) -> str:
        """After "to": "au Sénégal", "à la République…", "à l’Iraq", "aux Bahamas", "al Senegal"."""
        if self.lang == "fr":
            return {"le": f"au {self.name}", "les": f"aux {self.name}"}.get(self.article, f"à {self._with_article()}")
        if self.lang == "es":
            return f"al {self.name}" if self.article == "el" else f"a {self._with_article()}"
        if self.lang == "pt":  # "ao Brasil", "à Guiné-Bissau", "aos Estados Unidos", "às Baamas", "a Moçambique"
            return {"o": "ao", "a": "à", "os": "aos", "as": "às"}[self.article] + f" {self.name}" if self.article \
                else f"a {self.name}"
        return f"to {self._with_article()}"

    def _with_article(self) -> str:
        if not self.article:
            return self.name
        if self.article in ("l'", "l’"):
            return f"l’{self.name}"
        return f"{self.article} {self.name}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _elide(word: str, name: str) -> str:
    """French "de" before a name without article: "de Cuba", "d’Israël"."""
    return f"{word[0]}’{name}" if _VOWEL.match(name) else f"{word} {name}"


def country_name(short: str, lang: str) -> CountryName:
    """A :class:`CountryName` from a short name as UNTERM writes it ("Sénégal (le)", "Bolivie (État
    plurinational de)", "Niger (the)") or as the application names a country without UNTERM entry."""
    text = " ".join(short.replace("’", "'").split())
    articles = _ARTICLES.get(lang, {})
    m = re.fullmatch(r"(.+?) \(([^()]+)\)", text)
    if m:
        base, inside = m[1], m[2]
        if inside.lower() in articles:
            art = inside.lower()
            return CountryName(lang, base.replace("'", "’"), art, articles[art])
        if _QUALIFIER_END.search(inside):  # "Bolivie (État plurinational de)" -> "État plurinational de Bolivie"
            return _from_head(f"{inside}{base}" if inside.endswith("'") else f"{inside} {base}", lang)
    return _from_head(text, lang)


def _from_head(name: str, lang: str) -> CountryName:
    """The article a name takes from its first word (none when the word is not a known head noun)."""
    if lang == "pt":
        art = _pt_article(name)
        return CountryName(lang, name.replace("'", "’"), art, art in ("os", "as"))
    art = _HEADS.get(lang, {}).get(name.split(" ", 1)[0].lower(), "")
    return CountryName(lang, name.replace("'", "’"), art, _ARTICLES.get(lang, {}).get(art, False))


def _pt_article(name: str) -> str:
    """The article a Portuguese writer gives a country's name: none for the names of :data:`_PT_BARE`
    ("Moçambique", "Angola", "Portugal"; a bracketed note after the name does not count: "República
    da Velória (fictícia)"); "os"/"as" for a plural first word ("Estados Unidos", "Ilhas Salomão");
    else the first word's gender: "a" for "Guiné", "República"… and a word ending in -a but the
    masculine few ("o Gana"), "o" for the others ("o Brasil", "o Japão")."""
    bare = re.sub(r"\s*\([^()]*\)$", "", name).strip()
    bare = re.sub(r", RAE da China$", "", bare)   # "Hong Kong, RAE da China": "de Hong Kong"
    if bare in _PT_BARE:
        return ""
    first = re.split(r"[ -]", bare, maxsplit=1)[0].lower()
    if first in _PT_PLURAL:
        return _PT_PLURAL[first]
    if first in _PT_FEMININE or (first.endswith("a") and first not in _PT_MASCULINE_A):
        return "a"
    return "o"
