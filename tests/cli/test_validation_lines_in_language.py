"""The plan's validation and its actions' refusals in the user's language (domain/retold.py): what
keeps the plan from being validated ("the plan cannot be validated yet: …", each gap said on its
own and joined as the language joins a list), the validation's and an action's refusals (SDG
target, date or quarter, an id used twice); on the command line and said again as the window does."""
from __future__ import annotations

import pytest

from capacity_app.cli.said import translated
from capacity_app.domain.plan.actions import Action, ActionError, normalise_sdg_target, validate_plan
from capacity_app.domain.plan.validation import Validation, ValidationError, gaps_text, validate_validation
from capacity_app.domain.texts import text
from tests.cli.test_said import no_english

LANGS = ["fr", "es", "ar", "zh", "ru", "pt"]
GAPS = ["action 1 (Census, 2026) has no start, no end",
        "outcome 2 (Border data published) has no indicator",
        "no exchange rate to the US dollar for KES, EUR (add it: capacity-app actions finance ID --rate "
        "CODE=UNITS_PER_USD@YYYY-MM-DD, or Currency and rates in the window)"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_gaps_are_said_one_by_one_in_the_language(lang):
    line = "capacity-app: " + gaps_text(GAPS + ["action 3 (Survey) has no owner, no cost"] * 13)
    said = translated(line, lang)
    assert said.startswith("capacity-app: ") and said != line
    for key in ("cli.validation.gaps", "cli.gap.action", "cli.gap.no_start", "cli.gap.no_end", "cli.gap.no_owner",
                "cli.gap.outcome", "cli.gap.more"):
        assert no_english(said, key) == [], key
    assert "exchange rate" not in said and "Currency and rates" not in said  # the command it names stays as typed
    for value in ("Census, 2026", "Border data published", "KES, EUR", "Survey", "1"):  # the values as they were
        assert value in said
    assert said.count("Survey") == 9 and said.endswith(text("cli.gap.more", lang, n=4))  # 16 gaps: 12 named, 4 more


def test_a_list_no_entry_makes_is_left_as_it_is():
    line = "the plan cannot be validated yet: action 1 (A; B) has been removed; something else"
    assert "action 1 (A; B) has been removed; something else" in translated(line, "fr")


def _refused(make, error=ValueError) -> str:
    with pytest.raises(error) as e:
        make()
    return str(e.value)


def test_the_validation_and_action_refusals_are_said_in_french():
    v = Validation("2026-06-12", "Workshop", ("KNBS",), "", "Director", ())
    cases = {
        _refused(lambda: validate_validation(v), ValidationError): "la validation doit indiquer le nom de la personne",
        _refused(lambda: validate_validation(Validation("1999-06-12", "W", ("KNBS",), "A", "D", ())), ValidationError):
            "la date de validation 1999-06-12 est antérieure à 2000",
        _refused(lambda: normalise_sdg_target("1.9")): "n'existe pas (les cibles de l'objectif 1 vont de 1.1 à 1.5 et de 1.a à 1.b)",
        _refused(lambda: normalise_sdg_target("18.1")): "la cible ODD '18.1' : il y a 17 objectifs",
        _refused(lambda: validate_plan([Action("a1", "A"), Action("a1", "B")]), ActionError):
            "l'identifiant d'action 'a1' est utilisé deux fois",
        _refused(lambda: validate_plan([Action("a1", "A", start="soon")]), ActionError):
            "la date de début : une date AAAA-MM-JJ ou un trimestre tel que 2027-Q1 était attendu, et non 'soon'",
    }
    for english, french in cases.items():
        assert french in translated(english, "fr"), (english, translated(english, "fr"))


def test_the_refusal_of_validation_on_the_command_line_in_french(cli_run, monkeypatch):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    assert cli_run("actions", "add", aid, "--title", "Publish tables").exit_code == 0
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    r = cli_run("actions", "validate", aid, "--date", "2026-06-12", "--event", "Atelier", "--institution", "KNBS",
                "--approved-by", "A. Wanjiru", "--position", "Directrice")
    assert r.exit_code != 0
    assert ("le plan ne peut pas encore être validé : il manque à l'action 1 (Publish tables) : une institution "
            "responsable, une date de début, une date de fin, une ligne de coût") in r.output, r.output
