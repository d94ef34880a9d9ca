"""Every broken questionnaire is reported as FILE:LINE: item-id: message, never a traceback."""
import re
from pathlib import Path

import pytest

from capacity_app.catalog.loader import QuestionnaireError, check_questionnaire, load_questionnaire

BROKEN = Path(__file__).parent / "broken"

CASES = {
    "duplicate_id.yaml": (17, "q1", "duplicate id"),
    "unknown_type.yaml": (14, "q1", "unknown type 'slider'"),
    "missing_language.yaml": (16, "q1", "label has no 'en' text"),
    "unknown_choice_list.yaml": (14, "q1", "unknown choice list 'ynx'"),
    "bad_expression.yaml": (17, "q2", "relevant: unexpected '>' at column 8"),
    "unknown_reference.yaml": (14, "q1", "relevant refers to an unknown id: ${nothere}"),
    "rating_without_anchors.yaml": (14, "q1", "a rating needs written anchors for exactly 0, 1, 2 and 3"),
    "constraint_without_message.yaml": (14, "q1", "a constraint needs a constraint_message"),
    "duplicate_choice.yaml": (19, "q1", "duplicate choice code 'a'"),
    "grid_without_rows.yaml": (14, "q1", "a grid needs a non-empty list of rows"),
    "unknown_function.yaml": (14, "q1", "unknown function '__import__'"),
    "bad_item_id.yaml": (14, "Q-1", "item id must be lower-case"),
    "min_above_max.yaml": (14, "q1", "min 10 is greater than max 5"),
    "unknown_key.yaml": (14, "q1", "unknown key 'lable'"),
    "yaml_syntax.yaml": (4, "yaml", "node content"),
    "alias.yaml": (1, "yaml", "aliases (&name, *name) are not allowed"),
    "na_without_reason.yaml": (14, "q1", "not_applicable must be a mapping with a reason"),
    "na_bad_when.yaml": (14, "q1", "not_applicable when: unexpected '='"),
    "na_unknown_row.yaml": (20, "q1.c1", "not_applicable rows: unknown row code(s) r2"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_file_reports_one_precise_line(name):
    line, where, message = CASES[name]
    q, errors = check_questionnaire(BROKEN / name)
    assert q is None
    assert len(errors) == 1, [str(e) for e in errors]
    text = str(errors[0])
    assert text.startswith(f"{BROKEN / name}:{line}: {where}: ") or \
        text.startswith(f"tests/catalog/broken/{name}:{line}: {where}: "), text
    assert message in text


def test_every_broken_file_is_covered():
    assert {p.name for p in BROKEN.glob("*.yaml")} == set(CASES)


def test_load_raises_with_all_errors():
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire(BROKEN / "duplicate_id.yaml")
    assert "duplicate id" in str(info.value)


def test_missing_file_and_non_utf8(tmp_path):
    q, errors = check_questionnaire(tmp_path / "nope.yaml")
    assert "file not found" in str(errors[0])
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("id: caf\xe9\n".encode("latin-1"))
    q, errors = check_questionnaire(bad)
    assert "not UTF-8" in str(errors[0])


def test_python_tags_are_refused(tmp_path):
    evil = tmp_path / "evil.yaml"
    evil.write_text("id: !!python/object/apply:os.system ['echo hi']\n")
    q, errors = check_questionnaire(evil)
    assert q is None and errors[0].where == "yaml"


def test_validate_cli_exit_codes(cli_run):
    ok = cli_run("questionnaire", "validate")
    assert ok.exit_code == 0 and "ok" in ok.output
    bad = cli_run("questionnaire", "validate", str(BROKEN / "duplicate_id.yaml"))
    assert bad.exit_code == 2
    assert "q1: duplicate id" in bad.output
    assert "Traceback" not in bad.output


def _copy_with(tmp_path, edit):
    """The bundled questionnaire copied, its Russian catalogue edited by ``edit``."""
    import shutil

    from capacity_app.paths import default_questionnaire_path

    folder = tmp_path / "q"
    shutil.copytree(default_questionnaire_path().parent, folder)
    ru = folder / "translations" / "ru.yaml"
    ru.write_text(edit(ru.read_text(encoding="utf-8")), encoding="utf-8")
    return folder / "questionnaire.yaml"


@pytest.mark.parametrize("edit", [lambda t: "", lambda t: re.sub(r'(?m)^    ru: .*$', '    ru: ""', t)],
                         ids=["file emptied", "every text emptied"])
def test_an_emptied_translation_fails_validate_naming_the_language_and_count(cli_run, tmp_path, edit):
    """An emptied ru.yaml passed as "ok (… 85 items)"; Russian then fell back in silence."""
    path = _copy_with(tmp_path, edit)
    r = cli_run("questionnaire", "validate", str(path))
    assert r.exit_code == 2
    assert re.search(r"translations/ru\.yaml: error: ru: (\d+) of \1 texts missing or empty", r.output), r.output
    assert ": ok (" not in r.output and "Traceback" not in r.output


def test_a_text_left_empty_is_a_warning_with_its_count(cli_run, tmp_path):
    path = _copy_with(tmp_path, lambda t: re.sub(r'(?m)^    ru: .*$', '    ru: ""', t, count=2))
    r = cli_run("questionnaire", "validate", str(path))
    assert r.exit_code == 0 and ": ok (" in r.output
    assert re.search(r"warning: ru: 2 of \d+ texts missing or empty \(English shows for them; the first: title\)",
                     r.output), r.output
    assert "ar:" not in r.output and "zh:" not in r.output
