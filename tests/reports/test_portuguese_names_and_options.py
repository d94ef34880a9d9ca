"""The Portuguese editor's two findings in the code: a country's name in a sentence takes its
article and the prepositions contract with it ("do Brasil", "de Moçambique", "da Guiné-Bissau",
"dos Estados Unidos"); a list of answer options in running text writes each option after the first
in lower case, as Portuguese does, keeping acronyms and proper names ("Sexo, idade, país de
nascimento"; "Ministério dos Negócios Estrangeiros")."""
from __future__ import annotations

import pytest

from capacity_app.catalog import countries
from capacity_app.domain.editorial import enumeration, join_list, option_case, semicolon_list
from capacity_app.reports.names import country_name


@pytest.mark.parametrize("iso, subject, of, in_, to", [
    ("MOZ", "Moçambique", "de Moçambique", "em Moçambique", "a Moçambique"),
    ("BRA", "O Brasil", "do Brasil", "no Brasil", "ao Brasil"),
    ("AGO", "Angola", "de Angola", "em Angola", "a Angola"),
    ("GNB", "A Guiné-Bissau", "da Guiné-Bissau", "na Guiné-Bissau", "à Guiné-Bissau"),
    ("USA", "Os Estados Unidos", "dos Estados Unidos", "nos Estados Unidos", "aos Estados Unidos"),
    ("PRT", "Portugal", "de Portugal", "em Portugal", "a Portugal"),
    ("BHS", "As Baamas", "das Baamas", "nas Baamas", "às Baamas"),
    ("KEN", "O Quénia", "do Quénia", "no Quénia", "ao Quénia"),
    ("FRA", "A França", "da França", "na França", "à França"),
    ("CPV", "Cabo Verde", "de Cabo Verde", "em Cabo Verde", "a Cabo Verde"),
    # the names as CLDR's European Portuguese spells them: a plural, a masculine in -a, no article
    ("CMR", "Os Camarões", "dos Camarões", "nos Camarões", "aos Camarões"),
    ("BFA", "O Burquina Faso", "do Burquina Faso", "no Burquina Faso", "ao Burquina Faso"),
    ("BMU", "As Bermudas", "das Bermudas", "nas Bermudas", "às Bermudas"),
    ("REU", "A Reunião", "da Reunião", "na Reunião", "à Reunião"),
    ("MYT", "Maiote", "de Maiote", "em Maiote", "a Maiote"),
    ("HKG", "Hong Kong, RAE da China", "de Hong Kong, RAE da China", "em Hong Kong, RAE da China",
     "a Hong Kong, RAE da China"),
    ("XVL", "A República da Velória (fictícia)", "da República da Velória (fictícia)",
     "na República da Velória (fictícia)", "à República da Velória (fictícia)"),
])
def test_a_portuguese_country_name_takes_its_article_and_its_contractions(iso, subject, of, in_, to):
    n = country_name(countries.name(iso, "pt"), "pt")
    assert (n.subject, n.of, n.in_, n.to) == (subject, of, in_, to)
    assert n.plural == (iso in ("USA", "BHS", "CMR", "BMU"))


def test_the_other_languages_say_in_as_before_their_of_and_to():
    assert country_name("Sénégal (le)", "fr").in_ == "au Sénégal"
    assert country_name("Bahamas (les)", "fr").in_ == "aux Bahamas"
    assert country_name("Iraq (l')", "fr").in_ == "en Iraq"
    assert country_name("Cuba", "fr").in_ == "à Cuba"
    assert country_name("Senegal (el)", "es").in_ == "en el Senegal"
    assert country_name("Niger (the)", "en").in_ == "in the Niger"


def test_the_portuguese_summary_names_the_country_with_its_article(demo):
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    reading = build_report_context(store, q, a.id, "pt").summary.reading
    assert reading.startswith("A República da Velória (fictícia) obtém uma pontuação global de "), reading
    assert "O país avaliado" not in reading


def test_the_portuguese_sentences_agree_with_a_plural_name_and_contract_to():
    """The summary's three sentences in Portuguese, filled as the report fills them: the verb in the
    plural after "Os Estados Unidos", "ao Brasil" where no score can be given."""
    from capacity_app.domain.placeholders import fill
    from capacity_app.reports.format import load_strings, plural

    s = load_strings("pt")
    usa, bra = country_name(countries.name("USA", "pt"), "pt"), country_name(countries.name("BRA", "pt"), "pt")
    assert plural(s["reading_overall"], 2, "pt", country=usa.subject, score="50", band="X").startswith(
        "Os Estados Unidos obtêm uma pontuação global de 50 em 100")
    assert plural(s["reading_overall"], 1, "pt", country=bra.subject, score="50", band="X").startswith(
        "O Brasil obtém uma pontuação global")
    assert fill(s["reading_overall_none"], country=bra.to).startswith(
        "Ainda não é possível atribuir uma pontuação global ao Brasil: ")


def test_portuguese_options_inside_a_list_are_written_in_lower_case():
    assert enumeration(["Sexo", "Idade", "País de nascimento", "Área subnacional"], "pt", labels=True) == \
        "Sexo, idade, país de nascimento, área subnacional"
    assert join_list(["Sexo", "Idade", "Cidadania"], "pt", labels=True) == "Sexo, idade e cidadania"
    # acronyms and proper names keep their capitals; the first item keeps its own
    assert enumeration(["Autoridade de migração", "Ministério dos Negócios Estrangeiros", "Autoridade do trabalho"],
                       "pt", labels=True) == "Autoridade de migração, Ministério dos Negócios Estrangeiros, autoridade do trabalho"
    assert enumeration(["Indicadores dos ODS", "Pacto Global para as Migrações", "ODS", "BPM6",
                        "Anuário Demográfico das Nações Unidas"], "pt", labels=True) == \
        "Indicadores dos ODS, Pacto Global para as Migrações, ODS, BPM6, Anuário Demográfico das Nações Unidas"
    assert semicolon_list(["Sexo", "Idade"], "pt", labels=True) == "Sexo; idade"
    # names, not labels, are left as written; so are the other languages' labels but Russian
    assert enumeration(["Sexo", "Idade"], "pt") == "Sexo, Idade"
    assert enumeration(["Sexe", "Âge"], "fr", labels=True) == "Sexe, Âge"
    assert enumeration(["Пол", "Возраст", "ЦУР"], "ru", labels=True) == "Пол, возраст, ЦУР"
    assert option_case("S1", "pt") == "S1" and option_case("Sexo", "pt") == "sexo"


def test_the_portuguese_annex_writes_the_options_chosen_in_lower_case(demo):
    from capacity_app.domain.values import display_text

    store, q, a = demo
    fld = q.item("s2_profile").field
    shown = display_text(fld, ["origin", "destination", "return"], "pt")
    assert shown == "País de origem, país de destino, país de regresso", shown
