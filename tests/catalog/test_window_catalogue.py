"""The window's catalogues (resources/i18n/window.<lang>.yaml, catalog.window): their text and the
.ts generated from them give back every message exactly; an extraction merged into a catalogue
keeps every translation, brings a new text in empty, carries a changed English's translation as
outdated and drops a text gone from the code."""
from __future__ import annotations

import pytest

from capacity_app.catalog import window
from capacity_app.domain.languages import CATALOGUED, Review

LANGS = tuple(lang for lang in CATALOGUED if window.catalogue_path(lang).exists())


def _read(path, lang):
    errors = []
    got = window.read(path, lang, errors)
    assert errors == []
    return got


def test_every_language_has_its_window_catalogue():
    assert set(LANGS) >= {"fr", "es", "ar", "zh", "ru", "pt"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalogue_and_its_ts_give_back_every_message(lang, tmp_path):
    review, messages = _read(window.catalogue_path(lang), lang)
    assert len(messages) > 1000 and any(m.numerus for m in messages) and any(m.comment for m in messages)
    assert window.render(lang, review, messages) == window.catalogue_path(lang).read_text(encoding="utf-8")
    assert window.parse_ts(window.generated_ts(lang, messages).encode("utf-8")) == messages
    again = tmp_path / f"window.{lang}.yaml"
    again.write_text(window.render(lang, review, messages), encoding="utf-8")
    assert _read(again, lang) == (review, messages)


def _m(source, text="", context="PlanView", **kw):
    return window.Message(context, source, text=text, **kw)


def test_an_extraction_merged_keeps_brings_in_carries_and_drops():
    old = [_m("Open", "Ouvrir"), _m("Save the plan", "Enregistrer le plan"), _m("Gone for good", "Parti"),
           _m("%n action(s)", ("%n action", "%n actions"), numerus=True),
           _m("Undo", "Annuler", comment="toolbar button: short")]
    fresh = [_m("Open"), _m("Save the plan now"), _m("A new text"),
             _m("%n action(s)", ("", "", ""), numerus=True), _m("Undo", comment="toolbar button: short")]
    merged = window.merge(old, fresh)
    assert [m.key for m in merged] == [m.key for m in fresh]
    assert merged[0] == _m("Open", "Ouvrir")
    # the English changed: the translation stays, to review against the English it was made from
    assert merged[1] == _m("Save the plan now", "Enregistrer le plan", earlier="Save the plan")
    assert merged[2] == _m("A new text")                      # new: empty
    assert merged[3].text == ("%n action", "%n actions", "")  # as many forms as lupdate gives
    assert merged[4].text == "Annuler" and merged[4].key == "PlanView|Undo|toolbar button: short"
    total, missing, outdated = window.coverage(merged)
    assert (total, [m.source for m in missing], [m.source for m in outdated]) == (
        5, ["A new text", "%n action(s)"], ["Save the plan now"])
    text = window.render("fr", Review(), merged)
    assert '# OUTDATED: the English is now "Save the plan now"' in text
    assert '    en: "Save the plan"\n    fr: "Enregistrer le plan"' in text
    assert "Gone for good" not in text
    # the .ts marks what is not translated from today's English unfinished: lrelease leaves it out
    ts = window.ts_text("fr", merged)
    assert "<oldsource>Save the plan</oldsource>" in ts
    assert '<translation type="unfinished">Enregistrer le plan</translation>' in ts
    assert '<translation type="unfinished"></translation>' in ts


def test_a_text_unlike_any_gone_one_is_not_given_its_translation():
    merged = window.merge([_m("Delete the action", "Supprimer l’action")], [_m("Print the report")])
    assert merged == [_m("Print the report")]
    other_context = window.merge([_m("Save the plan", "Enregistrer")], [_m("Save the plan!", context="HomePage")])
    assert other_context[0].text == ""


def test_a_damaged_entry_is_told_with_its_line(tmp_path):
    path = tmp_path / "window.fr.yaml"
    text = window.render("fr", Review(), [_m("Open", "Ouvrir")]).replace('    fr: "Ouvrir"', '    fr: "Ouvrir"\n    xx: 1')
    path.write_text(text, encoding="utf-8")
    errors = []
    assert window.read(path, "fr", errors)[1] == []
    assert len(errors) == 1 and "PlanView|Open" in str(errors[0]) and "window.fr.yaml:" in str(errors[0])


def test_a_translation_typed_into_the_ts_is_taken_back_into_the_catalogue(tmp_path, monkeypatch):
    """The .ts is generated, but a translation typed into it (Qt Linguist, an editor) after the
    catalogue was written is read back into the catalogue by release, its one home; a catalogue
    written after the .ts wins."""
    import importlib.util
    import os
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("_translations_tool", Path(__file__).parents[2] / "tools" / "translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    (tmp_path / "i18n").mkdir()
    monkeypatch.setattr(window, "resources_dir", lambda: tmp_path)
    monkeypatch.setattr(tool, "ROOT", tmp_path.parent)
    messages = [_m("Open", "Ouvrir"), _m("Save the plan now", "Enregistrer", earlier="Save the plan"), _m("New")]
    window.catalogue_path("fr").write_text(window.render("fr", Review(), messages), encoding="utf-8")
    ts = window.ts_path("fr")
    ts.write_text(window.generated_ts("fr", messages), encoding="utf-8")
    assert tool.absorb("fr", messages) == messages
    typed = ts.read_text(encoding="utf-8").replace(
        '<translation type="unfinished">Enregistrer</translation>', "<translation>Enregistrer le plan</translation>"
    ).replace('<translation type="unfinished"></translation>', "<translation>Nouveau</translation>")
    ts.write_text(typed, encoding="utf-8")
    later = window.catalogue_path("fr").stat().st_mtime + 5
    os.utime(ts, (later, later))
    assert tool.absorb("fr", messages) == [_m("Open", "Ouvrir"), _m("Save the plan now", "Enregistrer le plan"),
                                           _m("New", "Nouveau")]
    os.utime(window.catalogue_path("fr"), (later + 5, later + 5))
    assert tool.absorb("fr", messages) == messages
