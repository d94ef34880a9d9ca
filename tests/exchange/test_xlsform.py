"""The questionnaire as an XLSForm: pyxform converts it (and ODK Validate, javarosa's own
parser and a dry run of the form, accepts it where Java is installed); its choices are the
questionnaire's; its conditions mean what the questionnaire's mean, checked by evaluating both on
generated answers (the questionnaire's interpreter against an XPath 1.0 engine, lxml, with ODK's
functions)."""
from __future__ import annotations

import dataclasses
import shutil

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from lxml import etree

from exchange_helpers import make_store

from capacity_app.domain.expressions import evaluate
from capacity_app.domain.languages import LANGUAGES
from capacity_app.exchange.institutions.xlsform import (
    CELL_SUFFIX,
    META_ASSESSMENT,
    META_HASH,
    META_INSTITUTION,
    META_VERSION,
    ROW_SUFFIX,
    FormSpec,
    Part,
    XLSFormError,
    build_form,
    convert,
    language_column,
    whole,
    write_converted,
    write_xlsform,
)
from capacity_app.exchange.institutions.xpath import Scope, Untranslatable, to_xpath


JAVA = shutil.which("java")


def _spec(q, **kw):
    texts = {k: {lang: f"{k} {lang}" for lang in LANGUAGES} for k in ("respondent", "position", "institution")}
    return FormSpec(assessment_uid=kw.pop("uid", "0123abcd"), title=q.title, texts=texts, **kw)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from capacity_app.services.demo import create_demo

    folder = tmp_path_factory.mktemp("xlsform")
    store = make_store(folder / "demo.sqlite3")
    a = create_demo(store)
    yield store, a, folder
    store.close()


def _odk_validate(xforms: dict[str, str], folder) -> None:
    """ODK Validate (javarosa's parser and a dry run of the form) accepts each XForm: the check
    pyxform's ``convert(validate=True)`` runs, on the XForm ``convert`` gave (the same text pyxform
    would write for it), for all the forms in one Java process (ODK Validate takes several files
    and fails if any fails): a Java start costs about a second of processor time, more than
    validating a form."""
    import subprocess

    from pyxform.validators.odk_validate import ODK_VALIDATE_PATH

    paths = []
    for name, xform in xforms.items():
        path = folder / f"{name}.xform.xml"
        path.write_text(xform, encoding="utf-8")
        paths.append(str(path))
    done = subprocess.run([JAVA, "-Djava.awt.headless=true", "-jar", ODK_VALIDATE_PATH, *paths],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def _questions(form):
    return {r["name"]: r for r in form.survey if not r["type"].startswith("end ")}


# --- the form converts ----------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ar"])
def test_whole_demo_form_converts(demo, lang):
    """The demo's whole questionnaire: written through the service, converted by pyxform without a
    warning, and (with Java) accepted by ODK Validate."""
    from capacity_app.services.institutions.xlsform import export_xlsform

    store, a, folder = demo
    out = folder / f"whole-{lang}.xlsx"
    path, warnings = export_xlsform(store, a.id, out, lang=lang)
    assert path == out and out.exists() and warnings == []
    xform, pyx_warnings = convert(out)
    assert pyx_warnings == []
    assert 'version="' in xform and "capacity_" + a.uid in xform
    if JAVA:
        _odk_validate({f"whole-{lang}": xform}, folder)


def test_every_question_and_choice_list_is_the_questionnaires(qn):
    form = build_form(qn, whole(qn), _spec(qn))
    rows = _questions(form)
    lists: dict[str, list[str]] = {}
    for c in form.choices:
        lists.setdefault(c["list_name"], []).append(c["name"])
    for item in qn.items():
        if item.type == "grid":
            assert rows[item.id]["type"] == "begin repeat"
            assert rows[item.id]["repeat_count"] == str(len(item.rows))
            key = rows[item.id + ROW_SUFFIX]
            assert lists[key["type"].split()[1]] == [r.code for r in item.rows]
            fields = [(f"{item.id}_{c.id}", c) for c in item.columns]
        elif item.type == "matrix":
            cells = lists[rows[item.id + CELL_SUFFIX]["type"].split()[1]]
            assert cells == [f"{p}_{s}" for p, s in whole(qn).cells]
            assert len(cells) == len(qn.matrix.relevance)
            fields = [(f"{item.id}_{f.id}", f) for f in qn.matrix.fields]
        else:
            fields = [(item.id, item.field)]
        for name, fld in fields:
            r = rows[name]
            for lang in LANGUAGES:
                assert r[f"label::{language_column(lang)}"], (name, lang)
                if fld.help:
                    assert r[f"hint::{language_column(lang)}"], (name, lang)
            if fld.type in ("select_one", "select_multiple"):
                assert r["type"].split()[0] == fld.type
                assert lists[r["type"].split()[1]] == [c.code for c in fld.choices], name
            elif fld.type == "rating":
                assert lists[r["type"].split()[1]] == ["0", "1", "2", "3"]
            if fld.relevant:
                assert r.get("relevant"), name
            if fld.constraint or fld.type in ("integer", "decimal", "year", "date"):
                assert r.get("constraint"), name
                assert all(r.get(f"constraint_message::{language_column(lang)}") for lang in LANGUAGES), name
            assert "required" not in r  # an institution returns what it knows
    assert form.settings["default_language"] == "English (en)"
    assert form.settings["version"].startswith(qn.version + "-")


def test_identity_is_carried(qn):
    form = build_form(qn, whole(qn), _spec(qn, uid="feedbeef"))
    rows = _questions(form)
    assert rows[META_ASSESSMENT]["calculation"] == "'feedbeef'"
    assert rows[META_VERSION]["calculation"] == f"'{qn.version}'"
    assert rows[META_HASH]["calculation"] == f"'{qn.content_hash[:16]}'"
    assert rows[META_INSTITUTION]["calculation"] == "${cap_institution_pick}"
    assert form.form_id == "capacity_feedbeef_all"


def test_a_part_asks_only_its_questions_and_reads_the_rest_as_known(qn, tmp_path):
    """A part (an institution's): only its items, rows and cells; a condition on a question it
    does not ask reads the mission's answer as a constant; pyxform converts it."""
    part = Part(items=("s6c_registers", "s10_mirror", "s3_matrix", "s6a_next_census_year"),
                rows={"s6c_registers": ("civil", "consular")}, cells=(("A", "BOR"), ("B", "CON")))
    form = build_form(qn, part, _spec(qn, institution="interior", institution_name={"en": "Interior"},
                                       known={"s6a_last_census_year": 2020, "s2_profile": ["origin"]}))
    rows = _questions(form)
    assert rows["s6c_registers"]["repeat_count"] == "2"
    assert "s6b_surveys" not in rows and "s1_statistics" not in rows and "s6a_last_census_year" not in rows
    assert rows["s6a_next_census_year"]["constraint"].endswith("((false() or . > 2020))")
    assert rows["s3_matrix"]["repeat_count"] == "2"
    assert form.form_id == "capacity_0123abcd_interior"
    _, xform, warnings = write_converted(form, tmp_path / "part.xlsx")
    assert warnings == [] and "s6b_surveys" not in xform


def test_an_untranslatable_condition_is_refused_and_nothing_written(qn, tmp_path):
    """A condition XPath would read otherwise (texts compared by order) stops the export with one
    line naming the question; no file."""
    item = qn.item("s5_document")
    fld = dataclasses.replace(item.field, relevant="${s5_strategy} > 'abc'")
    q2 = _replace_item(qn, dataclasses.replace(item, field=fld))
    with pytest.raises(XLSFormError) as e:
        build_form(q2, whole(q2), _spec(q2))
    assert "s5_document" in str(e.value) and "\n" not in str(e.value)


def test_a_form_pyxform_refuses_is_not_written(qn, tmp_path):
    form = build_form(qn, whole(qn), _spec(qn))
    form.survey.insert(5, {"type": "integer", "name": "bad", "relevant": "${nowhere} = 1"})
    out = tmp_path / "f.xlsx"
    out.write_bytes(b"earlier")
    with pytest.raises(XLSFormError, match="pyxform refuses the form"):
        write_xlsform(form, out)
    assert out.read_bytes() == b"earlier" and list(tmp_path.iterdir()) == [out]


def test_text_is_never_a_formula(qn, tmp_path):
    """A label starting as a formula is written as text (the sheet is read by pyxform and by people
    in a spreadsheet)."""
    item = qn.item("s5_document")
    q2 = _replace_item(qn, dataclasses.replace(item, field=dataclasses.replace(
        item.field, label={lang: "=HYPERLINK(\"http://x\")" for lang in ("en", "fr", "es")})))
    out = write_xlsform(build_form(q2, whole(q2), _spec(q2)), tmp_path / "f.xlsx")
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("survey").to_python()
    assert any("=HYPERLINK(\"http://x\")" in r for r in rows)
    import zipfile

    assert b"<f>" not in zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml")


def _replace_item(q, new_item):
    sections = tuple(dataclasses.replace(s, items=tuple(new_item if it.id == new_item.id else it for it in s.items))
                     for s in q.sections)
    return dataclasses.replace(q, sections=sections, _items={})


# --- the command line -----------------------------------------------------------------------

def test_cli_export_xlsform(tmp_path):
    from click.testing import CliRunner

    from capacity_app.cli import main as cli_main

    db = tmp_path / "d.sqlite3"
    store = make_store(db)
    from capacity_app.services.demo import create_demo

    a = create_demo(store)
    store.close()
    runner = CliRunner()
    out = tmp_path / "form.xlsx"
    r = runner.invoke(cli_main, ["--db", str(db), "export", str(a.id), "--xlsform", str(out), "--lang", "fr"])
    assert r.exit_code == 0, r.output
    assert out.exists() and "wrote" in r.output
    r = runner.invoke(cli_main, ["--db", str(db), "export", str(a.id), "--xlsform", str(out), "--xlsx", str(out)])
    assert r.exit_code == 2 and "one of them" in r.output


# --- the conditions mean the same -------------------------------------------------------------

def _expressions(q):
    """(where, expression, field, the cell's fields by id or None) for every condition."""
    out = []
    for item in q.items():
        cell = q.cell_fields(item)
        fields = [(item.field, None)] if not cell else [(f, item) for f in cell]
        for fld, grid in fields:
            for kind in ("relevant", "constraint"):
                text = getattr(fld, kind)
                if text:
                    out.append((f"{item.id}.{fld.id}.{kind}", text, fld, grid))
    return out


def _value(fld):
    """A strategy of a value of ``fld`` as the questionnaire stores it (None: empty)."""
    t = fld.type
    if t == "select_one":
        base = st.sampled_from([c.code for c in fld.choices])
    elif t == "select_multiple":
        base = st.lists(st.sampled_from([c.code for c in fld.choices]), unique=True, min_size=1)
    elif t == "rating":
        base = st.integers(0, 3)
    elif t in ("integer", "year"):
        base = st.integers(1890, 2110) | st.integers(-5, 20)
    elif t == "decimal":
        base = st.floats(-10, 1e4, allow_nan=False).map(lambda x: round(x, 2))
    elif t == "date":
        base = st.dates().map(lambda d: d.isoformat())
    else:
        base = st.text(alphabet="ab 1", max_size=4)
    return st.none() | base


def _xml_text(v):
    if v is None:
        return ""
    if isinstance(v, list):
        return " ".join(v)
    return str(v)


def _s(v):
    if isinstance(v, list):
        return (v[0].text or "") if v else ""
    return str(v) if not isinstance(v, float) else ("" if v != v else repr(v))


def _count(ctx, v):
    return float(len(_s(v).split()))


def _int(ctx, v):
    try:
        return float(int(float(_s(v))))
    except ValueError:
        return float("nan")


ODK_FUNCTIONS = {(None, "selected"): lambda ctx, v, code: _s(code) in _s(v).split(),
                 (None, "count-selected"): _count,
                 (None, "if"): lambda ctx, c, a, b: a if c else b,
                 (None, "coalesce"): lambda ctx, a, b: a if _s(a) != "" else b,
                 (None, "int"): _int}


def _xpath_value(xpath, answers, names, current):
    """The XPath's value on an instance holding ``answers`` (form name -> value), ``.`` being
    ``current``; ``${name}`` read from the instance."""
    root = etree.Element("data")
    for name, v in answers.items():
        etree.SubElement(root, name).text = _xml_text(v)
    cur = etree.SubElement(root, "_current")
    cur.text = _xml_text(current)
    for name in names:
        xpath = xpath.replace("${" + name + "}", f"/data/{name}")
    return bool(etree.XPath(xpath, extensions=ODK_FUNCTIONS)(cur))


def test_every_condition_translates(qn):
    """Every relevance and constraint of the bundled questionnaire has an XPath (none refused)."""
    form = build_form(qn, whole(qn), _spec(qn))
    assert form.warnings == []
    assert len(_expressions(qn)) > 40


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_conditions_mean_the_same(qn, data):
    """Each condition (dates compared as dates left to ODK Validate above), evaluated by the
    questionnaire on generated answers, and its XPath by lxml on the same answers: the same truth.
    Half the referenced answers are given to the XPath as known constants (an institution's form)."""
    where, text, fld, grid = data.draw(st.sampled_from(_expressions(qn)))
    cells = {f.id: f for f in qn.cell_fields(grid)} if grid is not None else {}
    refs = sorted(_refs(text))
    values = {}
    for ref in refs:
        f = cells.get(ref) or qn.item(ref).field
        values[ref] = data.draw(_value(f), label=ref)
    current = data.draw(_value(fld), label=".") if "." in text.replace("'", " ") else None
    known_refs = set(data.draw(st.lists(st.sampled_from(refs), unique=True), label="known")) if refs else set()
    known_refs -= set(cells)  # a cell's own field is always asked in its row
    names = {r: (f"{grid.id}_{r}" if r in cells else r) for r in refs if r not in known_refs}
    types = {r: (cells.get(r) or qn.item(r).field).type for r in refs}
    types["."] = fld.type
    try:
        xpath, _ = to_xpath(text, Scope(names=names, types=types, known={r: values[r] for r in known_refs}))
    except Untranslatable:
        pytest.fail(f"{where}: {text} not translated")
    if "date(" in xpath or fld.type == "date" and current is not None:
        return  # javarosa compares dates as days; lxml has no date type
    expected = bool(evaluate(text, lambda name: values.get(name), current))
    got = _xpath_value(xpath, {names[r]: values[r] for r in names}, names.values(), current)
    assert got == expected, (where, text, xpath, values, current)


def _refs(text):
    from capacity_app.domain.expressions import parse

    return parse(text).references


@pytest.mark.parametrize("text, xpath", [
    ("${a} = 'yes'", "${a} = 'yes'"),
    ("${a}", "string-length(${a}) > 0"),
    ("${n} and ${a}", "(boolean(number(${n})) and string-length(${a}) > 0)"),
    ("coalesce(${a}, ${b}, ${c}) = ''", "coalesce(${a}, coalesce(${b}, ${c})) = ''"),
    ("year(${d}) > 2000", "number(substring(${d}, 1, 4)) > 2000"),
    (". >= '2000-01-01'", ". >= date('2000-01-01')"),
    ("${d} <= ${d}", "${d} <= ${d}"),
    ("selected(${m}, 'x') or count-selected(${m}) = 0", "(selected(${m}, 'x') or count-selected(${m}) = 0)"),
    ("if(${n} > 2, 1, 0) = 1", "if(${n} > 2, 1, 0) = 1"),
    ("-${n} < 2.5", "-(${n}) < 2.5"),
])
def test_translation(text, xpath):
    scope = Scope(names={x: x for x in "abcdmn"}, types={"a": "text", "b": "text", "c": "text", "d": "date",
                                                         "m": "select_multiple", "n": "integer", ".": "date"})
    assert to_xpath(text, scope)[0] == xpath


@pytest.mark.parametrize("text, reason", [
    ("${a} < 'b'", "between texts"),
    ("${d} < 5", "between a date and a number"),
    ("${x} = 1", "neither asked in the form nor known"),
    ("${a} = 'it''s'" if False else "${a} = \"it's\" or ${a} = 'say \"x\"'", None),
])
def test_refused(text, reason):
    scope = Scope(names={"a": "a", "d": "d"}, types={"a": "text", "d": "date"})
    if reason is None:
        assert to_xpath(text, scope)[0] == "(${a} = \"it's\" or ${a} = 'say \"x\"')"
        return
    with pytest.raises(Untranslatable, match=reason):
        to_xpath(text, scope)


def test_division_by_an_answer_warns():
    scope = Scope(names={"n": "n"}, types={"n": "integer"})
    assert to_xpath("${n} div 2 > 1", scope)[1] == []
    assert "Infinity" in to_xpath("10 div ${n} > 1", scope)[1][0]


def test_known_answers_are_constants():
    scope = Scope(names={}, types={"m": "select_multiple", "d": "date", ".": "year"},
                  known={"m": ["origin", "return"], "d": "2024-05-31"})
    assert to_xpath("selected(${m}, 'origin') and . <= year(${d})", scope)[0] == \
        "(true() and . <= 2024)"
    assert to_xpath("count-selected(${m}) = 2", scope)[0] == "true()"
    assert to_xpath("coalesce(${m}, ${d}) = ''", Scope({}, {}, known={"m": None, "d": None}))[0] == "true()"


# --- each institution its part -----------------------------------------------------------------

def test_each_demo_institution_form(demo):
    """The form of each demo institution: exactly the units services.institutions gives it (grid
    rows and matrix cells included), pyxform converts it without warning, ODK Validate accepts it."""
    from capacity_app.domain.institutions.asked import institution_codes
    from capacity_app.services.institutions.asked import institution_items
    from capacity_app.services.institutions.xlsform import build, export_xlsform

    store, a, folder = demo
    from capacity_app.services.assessments import questionnaire_for

    q = questionnaire_for(a)
    xforms: dict[str, str] = {}
    for inst in institution_codes(q):
        units = institution_items(store, q, a.id, inst)
        if not units:
            continue
        form = build(store, a.id, institution=inst, lang="fr")
        rows = _questions(form)
        lists: dict[str, list[str]] = {}
        for c in form.choices:
            lists.setdefault(c["list_name"], []).append(c["name"])
        asked_items = {u.item.id for u in units}
        form_items = {it.id for it in q.items() if it.id in rows and it.type != "note"}
        assert form_items == asked_items, inst
        for item_id in asked_items:
            item = q.item(item_id)
            if item.type == "grid":
                want = [u.row.code for u in units if u.item.id == item_id]
                assert lists[rows[item_id + ROW_SUFFIX]["type"].split()[1]] == want
            elif item.type == "matrix":
                want = [f"{u.policy_question.code}_{u.source.code}" for u in units if u.item.id == item_id]
                assert lists[rows[item_id + CELL_SUFFIX]["type"].split()[1]] == want
        assert rows[META_INSTITUTION]["calculation"] == f"'{inst}'"
        assert form.form_id == f"capacity_{a.uid}_{inst}"
        out = folder / f"{inst}.xlsx"
        export_xlsform(store, a.id, out, institution=inst, lang="fr")
        xform, pyx_warnings = convert(out)
        assert pyx_warnings == []
        xforms[inst] = xform
    assert xforms
    if JAVA:
        _odk_validate(xforms, folder)  # every institution's form, in one Java process


def test_unknown_institution_is_refused(demo, tmp_path):
    from capacity_app.services.base import ServiceError
    from capacity_app.services.institutions.xlsform import export_xlsform

    store, a, _ = demo
    with pytest.raises(ServiceError, match="not an institution of section S0"):
        export_xlsform(store, a.id, tmp_path / "x.xlsx", institution="=cmd|' /C calc'!A0")
    assert not (tmp_path / "x.xlsx").exists()


def test_export_xlsforms_into_a_folder_and_cancel(demo, tmp_path):
    """The window's job: the whole questionnaire's form and one per institution asked something,
    with progress; a cancel half-way leaves no form behind."""
    from capacity_app.jobs import Cancelled
    from capacity_app.services.institutions.xlsform import export_xlsforms

    store, a, _ = demo
    seen = []
    paths = export_xlsforms(store, a.id, tmp_path / "forms", lang="es",
                            progress=lambda f, m: seen.append(f))
    names = sorted(p.name for p in paths)
    assert f"{a.country}_{a.round}_xlsform_all.xlsx" in names and f"{a.country}_{a.round}_xlsform_interior.xlsx" in names
    assert sorted(p.name for p in (tmp_path / "forms").iterdir()) == names
    assert seen == sorted(seen) and seen[-1] == 1.0
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 12

    with pytest.raises(Cancelled):
        export_xlsforms(store, a.id, tmp_path / "cancelled", cancelled=cancelled)
    assert list((tmp_path / "cancelled").glob("*")) == []


def test_what_the_mission_knows_is_the_default(qn, tmp_path):
    """A question outside a grid starts from the mission's answer (never a free text, which an
    XLSForm could read as an expression); pyxform converts the form."""
    known = {"s5_strategy": "yes", "s2_profile": ["return", "origin"], "s6a_last_census_year": 2019.0,
             "s0_reference_date": "2026-05-31", "s5_document": "National strategy (2020) ${x} concat('a')",
             "s5_legal_mandate": 2}
    form = build_form(qn, whole(qn), _spec(qn, known=known))
    rows = _questions(form)
    assert rows["s5_strategy"]["default"] == "yes"
    codes = qn.item("s2_profile").field.choice_codes
    assert rows["s2_profile"]["default"] == " ".join(c for c in codes if c in ("return", "origin"))
    assert rows["s6a_last_census_year"]["default"] == "2019"
    assert rows["s0_reference_date"]["default"] == "2026-05-31"
    assert rows["s5_legal_mandate"]["default"] == "2"
    assert "default" not in rows["s5_document"] and "default" not in rows["s6a_next_census_year"]
    _, xform, warnings = write_converted(form, tmp_path / "f.xlsx")
    assert warnings == [] and "<s5_strategy>yes</s5_strategy>" in xform
