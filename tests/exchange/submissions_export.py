"""Synthetic ODK Central and KoboToolbox submissions exports of a form the application wrote
(exchange/institutions/xlsform.py), laid out as the platforms lay them out (tests only):

* ODK Central's CSV .zip: ``<form_id>.csv`` (``SubmissionDate``, the questions by group path
  joined with ``-``, ``meta-instanceID``, ``KEY``, ``SubmitterID``, ``SubmitterName``, ``Status``,
  ``ReviewState``, ``DeviceID``, ``Edits``, ``FormVersion``) and ``<form_id>-<repeat>.csv`` per
  repeat (its questions, ``PARENT_KEY``, ``KEY`` = ``uuid:…/group/repeat[n]``);
* KoboToolbox's XLS export ("XML values and headers"): a first sheet named after the form's title
  (group paths joined with ``/``, a select_multiple also as one 0/1 column per choice, ``_id``,
  ``_uuid``, ``_submission_time``, ``_validation_status``, ``__version__``, ``_index`` ...), one sheet
  per repeat (full paths, ``_index``, ``_parent_table_name``, ``_parent_index``,
  ``_submission__uuid`` ...); and its CSV (``;``).

A submission is a dict: simple answers by item id, ``{grid_id: {row: {column: value}}}``, the
matrix as ``{"s3_matrix": {"A_BOR": {field: value}}}``, and ``respondent``, ``position``,
``institution`` (the whole questionnaire's pick)."""
from __future__ import annotations

import csv
import io
import random
import zipfile

from capacity_app.exchange.institutions.xlsform import CELL_SUFFIX, ROW_SUFFIX


def _layout(form):
    """(main columns [(path, row)], repeats {name: (path, [(path inside, row)])})."""
    main, repeats, stack = [], {}, []
    current = None
    for r in form.survey:
        t = r["type"]
        if t == "begin group":
            stack.append(r["name"])
        elif t == "end group":
            stack.pop()
        elif t == "begin repeat":
            stack.append(r["name"])
            current = r["name"]
            repeats[current] = (list(stack), [])
            main.append((stack[:-1] + [r["name"] + "_count"], {"type": "calculate", "name": r["name"] + "_count",
                                                               "calculation": r["repeat_count"]}))
        elif t == "end repeat":
            stack.pop()
            current = None
        elif t == "note":
            continue
        elif current is not None:
            repeats[current][1].append((list(stack) + [r["name"]], r))
        else:
            main.append((list(stack) + [r["name"]], r))
    return main, repeats


def _meta_value(r, sub):
    calc = r.get("calculation", "")
    if r["name"] == "cap_institution":
        return sub.get("institution") if calc.startswith("${") else calc.strip("'")
    if calc.startswith("'"):
        return calc.strip("'")
    return calc


def _value(r, sub):
    name = r["name"]
    if name == "cap_respondent":
        return sub.get("respondent", "")
    if name == "cap_position":
        return sub.get("position", "")
    if name == "cap_institution_pick":
        return sub.get("institution", "")
    if r["type"] == "calculate":
        return _meta_value(r, sub)
    return sub.get(name)


def _cell_text(v):
    if v is None:
        return ""
    if isinstance(v, list):
        return " ".join(v)
    return str(v)


def _repeat_rows(name, sub, form):
    """(key code, {column name: value}) of a repeat's rows in a submission."""
    data = sub.get(name, {})
    out = []
    for code, cells in data.items():
        out.append((code, {f"{name}_{k}": v for k, v in cells.items()}))
    return out


def _key_name(name, inner):
    for _path, r in inner:
        if r["name"] in (name + ROW_SUFFIX, name + CELL_SUFFIX):
            return r["name"]
    raise KeyError(name)


def odk_zip(form, submissions, *, review=None):
    """ODK Central's CSV export (.zip bytes) of ``submissions``."""
    main, repeats = _layout(form)
    fid = form.form_id
    root = io.StringIO()
    w = csv.writer(root, lineterminator="\r\n")
    w.writerow(["SubmissionDate"] + ["-".join(p) for p, _ in main]
               + ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "Status", "ReviewState", "DeviceID",
                  "Edits", "FormVersion"])
    files = {}
    rep_writers = {}
    for name, (_path, inner) in repeats.items():
        buf = io.StringIO()
        rw = csv.writer(buf, lineterminator="\r\n")
        rw.writerow([r["name"] for _, r in inner] + ["PARENT_KEY", "KEY"])
        rep_writers[name] = (buf, rw)
    for i, sub in enumerate(submissions):
        uuid = sub.get("uuid", f"uuid:00000000-0000-4000-8000-{i:012d}")
        row = [sub.get("submitted", f"2026-11-{10 + i:02d}T09:00:00.000Z")]
        for _p, r in main:
            row.append(_cell_text(_value(r, sub)))
        row += [uuid, uuid, "7", "Data collector", "", (review or {}).get(i, ""), "", "0", form.version]
        w.writerow(row)
        for name, (path, inner) in repeats.items():
            buf, rw = rep_writers[name]
            key_name = _key_name(name, inner)
            for n, (code, cells) in enumerate(_repeat_rows(name, sub, form), 1):
                rw.writerow([code if r["name"] == key_name else _cell_text(cells.get(r["name"]))
                             for _, r in inner] + [uuid, f"{uuid}/{'/'.join(path[:-1])}/{name}[{n}]"])
    files[f"{fid}.csv"] = root.getvalue()
    for name, (buf, _) in rep_writers.items():
        files[f"{fid}-{name}.csv"] = buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, text in files.items():
            z.writestr(n, text.encode("utf-8"))
    return out.getvalue(), files


def _kobo_main(form, submissions, multiple_lists):
    main, repeats = _layout(form)
    header, getters = [], []
    for p, r in main:
        header.append("/".join(p))
        getters.append(lambda sub, r=r: _value(r, sub))
        if r["type"].startswith("select_multiple"):
            for code in multiple_lists[r["type"].split()[1]]:
                header.append("/".join(p) + "/" + code)
                getters.append(lambda sub, r=r, code=code: (1 if code in (_value(r, sub) or []) else 0)
                               if _value(r, sub) is not None else None)
    header += ["meta/instanceID", "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
               "_submitted_by", "__version__", "_tags", "_index"]
    rows = []
    for i, sub in enumerate(submissions):
        uuid = f"0000000{i}-aaaa-4bbb-8ccc-dddddddddddd"
        rows.append([g(sub) for g in getters] + [f"uuid:{uuid}", 1000 + i, uuid, f"2026-11-{10 + i:02d}T09:00:00",
                                                 sub.get("validation", ""), "", "submitted_via_web", "",
                                                 "vAbCdEf123", "", i + 1])
    return header, rows, repeats


def kobo_xlsx(form, submissions, path):
    """KoboToolbox's XLS export written at ``path`` (openpyxl: a test writes it, the application
    reads it with its own reader)."""
    from openpyxl import Workbook

    lists = {}
    for c in form.choices:
        lists.setdefault(c["list_name"], []).append(c["name"])
    header, rows, repeats = _kobo_main(form, submissions, lists)
    wb = Workbook()
    ws = wb.active
    ws.title = form.settings["form_title"][:31]
    ws.append(header)
    for row in rows:
        ws.append([_cell_text(v) if isinstance(v, list) else v for v in row])
    for name, (_path, inner) in repeats.items():
        rs = wb.create_sheet(name[:31])
        key_name = _key_name(name, inner)
        rs.append(["/".join(p) for p, _ in inner] + ["_index", "_parent_table_name", "_parent_index",
                                                     "_submission__id", "_submission__uuid",
                                                     "_submission__submission_time", "_submission__validation_status",
                                                     "_submission__notes", "_submission__status",
                                                     "_submission__submitted_by", "__version__", "_submission__tags"])
        n = 0
        for i, sub in enumerate(submissions):
            for code, cells in _repeat_rows(name, sub, form):
                n += 1
                rs.append([code if r["name"] == key_name else
                           (_cell_text(cells.get(r["name"])) if isinstance(cells.get(r["name"]), list)
                            else cells.get(r["name"])) for _, r in inner]
                          + [n, ws.title, i + 1, 1000 + i, rows[i][header.index("_uuid")], "", "", "", "", "",
                             "vAbCdEf123", ""])
    wb.save(path)
    return path


def kobo_csv(form, submissions):
    lists = {}
    for c in form.choices:
        lists.setdefault(c["list_name"], []).append(c["name"])
    header, rows, _ = _kobo_main(form, submissions, lists)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_cell_text(v) for v in row])
    return buf.getvalue().encode("utf-8")


# --- answers ------------------------------------------------------------------------------------

def sample(fld, rnd: random.Random):
    """A value ``fld`` accepts (its list, its range), as the form would send it."""
    from capacity_app.exchange.workbook.codec import limits

    t = fld.type
    if t == "select_one":
        return rnd.choice(fld.choice_codes)
    if t == "select_multiple":
        return rnd.sample(list(fld.choice_codes), rnd.randint(1, len(fld.choice_codes)))
    if t == "rating":
        return rnd.randint(0, 3)
    if t in ("integer", "year"):
        lo, hi = limits(fld)
        lo = 0 if lo is None else lo
        hi = lo + 1000 if hi is None else hi
        return rnd.randint(int(lo), int(min(hi, 2020 if t == "year" else hi)))
    if t == "decimal":
        lo, hi = limits(fld)
        return round(rnd.uniform(lo or 0, min(hi or 1e6, 1e6)), 2)
    if t == "date":
        return f"20{rnd.randint(10, 24)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
    return rnd.choice(["Direction générale de la migration", "وزارة الداخلية", "国家统计局 2024", "Registro civil"])


def submission_for(q, form, rnd: random.Random, **who):
    """A submission answering every question of ``form`` with values of its fields."""
    names = {r["name"] for r in form.survey}
    sub = dict(who)
    lists = {}
    for c in form.choices:
        lists.setdefault(c["list_name"], []).append(c["name"])
    for item in q.items():
        if item.id not in names or item.type == "note":
            continue
        if item.type == "grid":
            key = next(r for r in form.survey if r["name"] == item.id + ROW_SUFFIX)
            codes = lists[key["type"].split()[1]]
            sub[item.id] = {code: {c.id: sample(c, rnd) for c in item.columns} for code in codes}
        elif item.type == "matrix":
            key = next(r for r in form.survey if r["name"] == item.id + CELL_SUFFIX)
            codes = lists[key["type"].split()[1]]
            sub[item.id] = {code: {f.id: sample(f, rnd) for f in q.matrix.fields} for code in codes}
        else:
            sub[item.id] = sample(item.field, rnd)
    return sub


def expected_values(q, sub):
    """The answer keys and values a submission gives."""
    out = {}
    for item in q.items():
        if item.id not in sub:
            continue
        if item.type == "grid":
            for code, cells in sub[item.id].items():
                for col, v in cells.items():
                    out[f"{item.id}.{code}.{col}"] = v
        elif item.type == "matrix":
            for code, cells in sub[item.id].items():
                pq, src = code.split("_", 1)
                for f, v in cells.items():
                    out[f"{item.id}.{pq}.{src}.{f}"] = v
        else:
            out[item.id] = sub[item.id]
    return out


WHO = {"respondent": "Amina Diallo", "position": "Director of statistics"}


def interiors_replies(db, seeds=(1, 2)):
    """The demo written to the new database ``db``, and (interior's form, one generated submission
    signed by :data:`WHO` per seed)."""
    from exchange_helpers import make_store

    from capacity_app.services.assessments import questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.institutions.xlsform import build

    store = make_store(db)
    try:
        a = create_demo(store)
        q = questionnaire_for(a)
        form = build(store, a.id, institution="interior")
        return form, [submission_for(q, form, random.Random(s), **WHO) for s in seeds]
    finally:
        store.close()
