"""The window's number field: read in the interface language's decimal sign, with the
other sign, thousands separators and Arabic-Indic digits read by their shape; "1,200" in English
(and "1.200" in French), which read two ways, are refused with both readings named — never stored
as 1.2 without a word; a stored number is shown with every digit, in the language's sign."""
import pytest

from capacity_app.gui.widgets.editors import NumberEdit


@pytest.fixture
def decimal_field(qapp, questionnaire):
    fld = questionnaire.resolve_key("s0_population_millions")[1]
    assert fld.type == "decimal"
    return fld


@pytest.fixture
def interface(qapp, monkeypatch):
    def speak(lang):
        monkeypatch.setattr(qapp, "capacity_language", lang, raising=False)
    speak("en")
    return speak


def _type(edit, text):
    committed, refused = [], []
    edit.committed.connect(committed.append)
    edit.invalid.connect(refused.append)
    edit.edit.setText(text)
    edit.edit.editingFinished.emit()
    return committed, refused


@pytest.mark.parametrize("ui,lang,text,message", [
    ("en", "en", "1,200", "1,200 reads two ways: type 1200 (without a thousands separator) or 1.2"),
    ("fr", "fr", "1.200", "1.200 se lit de deux façons\u00a0: saisissez 1200 (sans séparateur de milliers) ou 1,2"),
    ("ar", "en", "1,200", "1,200 reads two ways: type 1200 (without a thousands separator) or 1.2"),
])
def test_an_ambiguous_number_is_refused_with_both_readings(decimal_field, interface, ui, lang, text, message):
    interface(ui)
    edit = NumberEdit(decimal_field, lang)
    committed, refused = _type(edit, text)
    assert committed == [] and refused == [message]


def test_an_ambiguous_whole_number_is_refused_with_its_one_reading(qapp, questionnaire, interface):
    fld = questionnaire.resolve_key("s0_n_interviews")[1]
    committed, refused = _type(NumberEdit(fld, "en"), "1,200")
    assert committed == [] and refused == ["1,200 reads two ways: type 1200 (without a thousands separator)"]
    committed, refused = _type(NumberEdit(fld, "en"), "1,200,000")
    assert refused == [] and committed == [1200000]


@pytest.mark.parametrize("ui,text,value", [
    ("en", "1,2", 1.2), ("en", "55.1", 55.1), ("en", "1.200", 1.2), ("en", "1 200,5", 1200.5),
    ("en", "1,200.5", 1200.5), ("fr", "1,200", 1.2), ("fr", "72.5", 72.5), ("ar", "\u0667\u0662\u066b\u0665", 72.5),
    ("zh", "\uff17\uff12\uff0e\uff15", 72.5),
])
def test_separators_are_read_in_the_languages_sign_and_by_their_shape(decimal_field, interface, ui, text, value):
    interface(ui)
    committed, refused = _type(NumberEdit(decimal_field, "en"), text)
    assert refused == [] and committed == [value]


@pytest.mark.parametrize("text,reason", [("1_000", "expected a number"), ("-0", "a negative zero"),
                                         ("NaN", "expected a number"), ("1e999", "expected a number")])
def test_what_is_no_storable_number_is_refused(decimal_field, interface, text, reason):
    edit = NumberEdit(decimal_field, "en")
    committed, refused = _type(edit, text)
    assert committed == [] and len(refused) == 1 and reason in refused[0], refused


@pytest.mark.parametrize("ui,shown", [("en", "1234567.5"), ("fr", "1234567,5")])
def test_a_stored_number_is_shown_with_every_digit_and_read_back(decimal_field, interface, ui, shown):
    """":g" showed 1234567.5 as "1.23457e+06": digits lost, and a text the field refuses."""
    interface(ui)
    edit = NumberEdit(decimal_field, "en")
    edit.set_value(1234567.5)
    assert edit.edit.text() == shown
    committed, refused = _type(edit, shown + "0")
    assert refused == [] and committed == [1234567.5]
