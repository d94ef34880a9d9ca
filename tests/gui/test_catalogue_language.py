"""The window reads a language's catalogue when it switches to it: a damaged one is said in the
status bar, naming its file and entry, and the window keeps its language (nothing else refuses)."""
from __future__ import annotations

import shutil

import pytest

from capacity_app.paths import assessments_dir


@pytest.fixture
def questionnaire(tmp_path):
    """The bundled questionnaire from a copy whose French catalogue has an entry that is no entry."""
    from capacity_app.catalog.loader import load_questionnaire

    folder = tmp_path / "assessments"
    folder.mkdir()
    shutil.copy(assessments_dir() / "questionnaire.yaml", folder / "questionnaire.yaml")
    for sub in ("sections", "translations"):
        shutil.copytree(assessments_dir() / sub, folder / sub)
    fr = folder / "translations" / "fr.yaml"
    fr.write_text(fr.read_text(encoding="utf-8").replace("entries:\n", 'entries:\n  "not.a.path": "Rien"\n', 1),
                  encoding="utf-8")
    return load_questionnaire(folder / "questionnaire.yaml")


def test_a_damaged_catalogue_is_said_and_the_language_kept(window):
    window.set_language("es")
    assert window.lang == "es"
    window.set_language("fr")
    said = window.statusBar().currentMessage()
    assert window.lang == "es" and window.lang_combo.currentData() == "es"
    assert "fr.yaml" in said and "not.a.path" in said, said
    window.set_language("en")
    assert window.lang == "en"
