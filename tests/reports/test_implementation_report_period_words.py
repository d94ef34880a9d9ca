"""The implementation report names its period as each sentence uses it: French, Spanish and
Portuguese put an article before a half-year and none before a year, joined to the preposition
before it ("au premier semestre 2026" but "en 2026", "al cierre del primer semestre de 2026",
"no primeiro semestre de 2026"), so their sentences leave the preposition out and
domain/editorial.py ``reporting_period(period, lang, use)`` gives the period with it. A year's
sentences and every English one read as they did."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import pytest

from capacity_app.domain.editorial import PERIOD_USES, reporting_period
from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.progress import ActionProgress, LineMoney, period_summary
from capacity_app.reports.format import load_strings

D = Decimal
TODAY = _dt.date(2027, 2, 15)
ACTIONS = (Action("a1", "Census tables", institutions=("NSO",), start="2026-Q1", end="2026-Q4",
                  costs=(Cost(2026, D(1000), "XOF"),)),)
ENTRIES = (ActionProgress("a1", "2026", "done", "2026-02-01", "2026-10-01", "",
                          (LineMoney(1, "XOF", D(1000), D(1000), D(900)),)),
           ActionProgress("a1", "2026-H1", "in_progress", "2026-02-01", None, "",
                          (LineMoney(1, "XOF", D(500), D(500), D(400)),)))


def test_the_forms_of_a_year_and_of_a_half_year():
    said = {(lang, p): [reporting_period(p, lang, u) for u in PERIOD_USES]
            for lang in ("en", "fr", "es", "pt", "ru") for p in ("2026", "2026-H1")}
    # name, in, end, for, title, into
    assert said["fr", "2026"] == ["2026", "en 2026", "de 2026", "pour 2026", "pour 2026", "sur 2026"]
    assert said["fr", "2026-H1"] == ["premier semestre 2026", "au premier semestre 2026", "du premier semestre 2026",
                                     "pour le premier semestre 2026", "pour le premier semestre 2026",
                                     "sur le premier semestre 2026"]
    assert said["es", "2026"] == ["2026", "en 2026", "de 2026", "para 2026", "correspondiente a 2026", "2026"]
    assert said["es", "2026-H1"] == ["primer semestre de 2026", "en el primer semestre de 2026",
                                     "del primer semestre de 2026", "para el primer semestre de 2026",
                                     "correspondiente al primer semestre de 2026", "el primer semestre de 2026"]
    assert said["pt", "2026"] == ["2026", "em 2026", "de 2026", "para 2026", "relativo a 2026", "a 2026"]
    assert said["pt", "2026-H1"] == ["primeiro semestre de 2026", "no primeiro semestre de 2026",
                                     "do primeiro semestre de 2026", "para o primeiro semestre de 2026",
                                     "relativo ao primeiro semestre de 2026", "ao primeiro semestre de 2026"]
    # the other languages keep their own preposition: one form for every use
    assert set(said["en", "2026-H1"]) == {"the first half of 2026"} and set(said["en", "2026"]) == {"2026"}
    assert set(said["ru", "2026-H1"]) == {"первое полугодие 2026\u00a0года"}
    assert reporting_period("2026-H2", "fr", "end") == "du second semestre 2026"
    assert reporting_period("2026", "fr") == "2026" and reporting_period("later", "en", "in") == "later"


def _report(period: str, lang: str):
    from capacity_app.reports.plan.progress import progress_report

    summary = period_summary(ACTIONS, ENTRIES, period, TODAY)
    return progress_report(summary, lang, load_strings(lang))


# the title, the intro's opening, the count of the actions, the overruns, who reported, the next period
EXPECTED = {
    ("en", "2026"): ("Implementation report for 2026", "How the action plan was carried out in 2026,",
                     "Actions of the plan in 2026 (", "Cost lines with an overrun to the end of 2026 (",
                     "Lead institutions with a report for 2026:", "No action of the plan runs in 2027 "),
    ("en", "2026-H1"): ("Implementation report for the first half of 2026",
                        "How the action plan was carried out in the first half of 2026,",
                        "Actions of the plan in the first half of 2026 (",
                        "Cost lines with an overrun to the end of the first half of 2026 (",
                        "Lead institutions with a report for the first half of 2026:",
                        "The actions whose timeline runs into the second half of 2026 "),
    ("fr", "2026"): ("Rapport de mise en œuvre pour 2026", "La mise en œuvre du plan d'action en 2026,",
                     "Actions du plan en 2026 (", "Lignes de coût en dépassement à la fin de 2026 (",
                     "Institutions chefs de file ayant rendu compte pour 2026 :",
                     "Aucune action du plan ne se déroule en 2027 "),
    ("fr", "2026-H1"): ("Rapport de mise en œuvre pour le premier semestre 2026",
                        "La mise en œuvre du plan d'action au premier semestre 2026,",
                        "Actions du plan au premier semestre 2026 (", "Lignes de coût en dépassement à la fin du premier semestre 2026 (",
                        "Institutions chefs de file ayant rendu compte pour le premier semestre 2026 :",
                        "Les actions dont le calendrier s'étend sur le second semestre 2026 "),
    ("es", "2026"): ("Informe de ejecución correspondiente a 2026", "La ejecución del plan de acción en 2026,",
                     "Acciones del plan en 2026 (", "Partidas de costos con un exceso al cierre de 2026 (",
                     "Instituciones responsables que presentaron informe para 2026:",
                     "Ninguna acción del plan se ejecuta en 2027 "),
    ("es", "2026-H1"): ("Informe de ejecución correspondiente al primer semestre de 2026",
                        "La ejecución del plan de acción en el primer semestre de 2026,",
                        "Acciones del plan en el primer semestre de 2026 (",
                        "Partidas de costos con un exceso al cierre del primer semestre de 2026 (",
                        "Instituciones responsables que presentaron informe para el primer semestre de 2026:",
                        "Las acciones cuyo calendario abarca el segundo semestre de 2026 "),
    ("pt", "2026"): ("Relatório de execução relativo a 2026", "Execução do plano de ação em 2026,",
                     "Ações do plano em 2026 (", "Linhas de custo com excedente até ao final de 2026 (",
                     "Instituições responsáveis com relatório para 2026:",
                     "Nenhuma ação do plano decorre em 2027 "),
    ("pt", "2026-H1"): ("Relatório de execução relativo ao primeiro semestre de 2026",
                        "Execução do plano de ação no primeiro semestre de 2026,",
                        "Ações do plano no primeiro semestre de 2026 (",
                        "Linhas de custo com excedente até ao final do primeiro semestre de 2026 (",
                        "Instituições responsáveis com relatório para o primeiro semestre de 2026:",
                        "As ações cujo calendário se estende ao segundo semestre de 2026 "),
}


@pytest.mark.parametrize(("lang", "period"), list(EXPECTED))
def test_the_report_s_sentences_name_the_period_with_its_preposition(lang, period):
    r = _report(period, lang)
    said = (r.title, r.intro, r.achieved[0], r.achieved[-2], r.leads_line, r.next_intro)
    plain = tuple(x.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'") for x in said)
    for got, want in zip(plain, EXPECTED[lang, period], strict=True):
        assert got.startswith(want), (got, want)


@pytest.mark.parametrize("lang", ["fr", "es", "pt"])
def test_the_printed_sentences_of_a_half_year(demo_db, lang):
    """The sentences the template fills (the money by action, the overruns, each indicator's
    series) name the half-year with the article joined to their preposition."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    with open_store(demo_db[0], readonly=True) as store:
        html = render_html(progress_report_context(store, demo_db[1], "2026-H1", lang, today=TODAY))
    plain = html.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u00ad", "")
    want = {"fr": ("Montants par action au premier semestre 2026", "jusqu'à la fin du premier semestre 2026"),
            "es": ("Fondos por acción en el primer semestre de 2026", "hasta el cierre del primer semestre de 2026"),
            "pt": ("Montantes por ação no primeiro semestre de 2026", "até ao final do primeiro semestre de 2026")}[lang]
    assert all(w in plain for w in want), want
    bare = {"fr": (" en premier semestre", "fin de premier semestre", "pour premier semestre"),
            "es": (" en primer semestre", "cierre de primer semestre", "correspondiente a primer semestre"),
            "pt": (" em primeiro semestre", "final de primeiro semestre", "relativo a primeiro semestre")}[lang]
    assert not [b for b in bare if b in plain]
