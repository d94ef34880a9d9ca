"""The blank questionnaire: the questionnaire on paper, for the institutions to prepare and for the
interview table.

Every box carries its code, and the codes of a table are in its header, which is repeated on every
page the table runs over. "Don't know" and "not applicable" boxes are printed wherever the
questionnaire accepts them (a field's ``dont_know`` and ``not_applicable``, a grid column's
``na_rows``). Runs of rating questions with the same anchors (the fifteen need ratings) become one
table of tick boxes; the matrix is one table per policy question with a line per matrix field (its
codes beside it), a column per expected source, one for another source and a line for notes.
"""
from __future__ import annotations

from ..domain.editorial import scale_level
from ..domain.questionnaire import Field, Item, Questionnaire, tr
from .format import Strings
from .model import BlankItem, BlankMatrixBlock, BlankMatrixLine, BlankOption, BlankSection

BOX = "☐"
MANY_CODES = 7      # a column with more codes is answered by writing the code in the cell
# a matrix of this many columns (policy question A's ten) leaves each source 11.6 mm: room for
# "☐ NSP", not for a "don't know" / "not applicable" spelled out in words ("☐ لا ينطبق" 12.7 mm,
# "☐ 不知道" 11.9 mm), which gets a narrower question column (report.css, table.matrix.crowded)
CROWDED = 10


def _width(code: str) -> int:
    """A code's width in Latin letters: a Chinese character counts two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in code)


def _box(code: str) -> str:
    return f"{BOX}\u00a0{code}"   # a box and its code never part at a line end


def _specials(fld: Field, s: Strings, row: str | None = None) -> list[str]:
    """The "don't know" / "not applicable" boxes the field accepts (in ``row`` for a grid column)."""
    out = [_box(s["blank_dk"])] if fld.dont_know else []
    if fld.not_applicable and (not fld.na_rows or row is None or row in fld.na_rows):
        out.append(_box(s["blank_na"]))
    return out


def _short(code: str, label: str) -> str:
    """The code printed after a "don't know" / "not applicable" box's label ("Don't know (DK)"),
    none where the language's code is the label itself (Chinese "不知道 (不知道)", Arabic)."""
    return "" if code.replace("\u00a0", " ").casefold() == label.replace("\u00a0", " ").casefold() else code


def _cell(fld: Field, s: Strings, row: str | None = None) -> tuple[str, ...]:
    """What a cell of ``fld`` prints: numbered boxes (or a line to write a long list's code on, or
    nothing for a value written by hand), then its "don't know" / "not applicable" boxes; each box
    with its code is printed on one line (a line may break between boxes, never inside one: the
    Chinese "☐ 不知道" broke after 不, "no", and the Arabic "لا ينطبق" inside its last word)."""
    if fld.type in ("select_one", "select_multiple") and len(fld.choices) <= MANY_CODES:
        boxes = [_box(str(i)) for i in range(1, len(fld.choices) + 1)]
    elif fld.choices:
        boxes = [f"{s['blank_code']}\u00a0____"]
    else:
        boxes = []
    return tuple(boxes + _specials(fld, s, row))


def _codes(fld: Field, lang: str) -> str:
    """The legend of a field's numbered boxes: "1 = Yes · 2 = No"."""
    return " · ".join(f"{i}\u00a0= {tr(c.label, lang)}" for i, c in enumerate(fld.choices, 1))


def _instruction(fields: list[Field], s: Strings) -> str:
    ticked = [f.type in ("select_one", "select_multiple") for f in fields]
    return s["blank_tick"] if all(ticked) else s["blank_tick_or_write"] if any(ticked) else s["blank_write"]


def _grid(it: Item, number: str, lang: str, s: Strings) -> BlankItem:
    legend = [f"{tr(c.label, lang)}{s['colon']}{_codes(c, lang)}" for c in it.columns if c.choices]
    return BlankItem(it.id, number, "grid", tr(it.label, lang), tr(it.help, lang), _instruction(list(it.columns), s),
                     [], [tr(r.label, lang) for r in it.rows], [tr(c.label, lang) for c in it.columns], False,
                     [[_cell(c, s, r.code) for c in it.columns] for r in it.rows], legend=legend)


def blank_sections(q: Questionnaire, lang: str, s: Strings) -> list[BlankSection]:
    """The questionnaire on paper, section by section (the matrix item is laid out by
    :func:`blank_matrix`)."""
    out = []
    for sec in q.sections:
        items: list[BlankItem] = []
        n = 0
        for it in sec.items:
            f = it.field
            if it.type == "note":
                items.append(BlankItem(it.id, "", "note", tr(it.label, lang), tr(it.help, lang), "", [], [], [], True))
                continue
            n += 1
            number = f"{sec.id}.{n}"
            if it.type == "rating":
                levels = [scale_level(k, tr(v, lang), lang) for k, v in sorted((f.anchors or {}).items())]
                specials = [s["dont_know"]] + ([s["not_applicable"]] if f.not_applicable else [])
                prev = items[-1] if items else None
                box: tuple[str, ...] = (BOX,)
                row = [box] * len(levels) + [box if f.dont_know else ("–",)] + ([box] if f.not_applicable else [])
                if prev is not None and prev.type == "rating_table" and prev.columns == levels + specials:
                    prev.rows.append(f"{number} {tr(it.label, lang)}")
                    prev.cells.append(row)
                    continue
                items.append(BlankItem(it.id, "", "rating_table", "", "", s["blank_need_table"], [],
                                       [f"{number} {tr(it.label, lang)}"], levels + specials, False, [row]))
                continue
            if it.type == "grid":
                items.append(_grid(it, number, lang, s))
                continue
            if it.type in ("select_one", "select_multiple"):
                instruction = s["blank_choose_one" if it.type == "select_one" else "blank_choose_many"]
                opts = [BlankOption(str(i), tr(c.label, lang)) for i, c in enumerate(f.choices, 1)]
            else:
                instruction = "" if it.type == "matrix" else s["blank_write"]
                opts = []
            specials = [] if it.type == "matrix" else [
                BlankOption(_short(code, label), label) for code, label, ok in
                ((s["blank_dk"], s["dont_know"], f.dont_know), (s["blank_na"], s["not_applicable"], f.not_applicable))
                if ok]
            items.append(BlankItem(it.id, number, it.type, tr(it.label, lang), tr(it.help, lang), instruction,
                                   opts, [], [], False, [], specials))
        out.append(BlankSection(sec.id, f"{sec.id}. {tr(sec.label, lang)}", tr(sec.help, lang), items))
    return out


def blank_matrix(q: Questionnaire, lang: str, s: Strings) -> list[BlankMatrixBlock]:
    """The matrix on paper: one table per policy question, a column for each of its main (●) and
    supporting (○) sources and one for another source, a line for each matrix field with its codes
    beside it, and a line for notes."""
    if q.matrix is None:
        return []
    fields = [f for f in q.matrix.fields if f.type != "text"]
    notes = next((f for f in q.matrix.fields if f.type == "text"), None)
    blocks = []
    for p in q.policy_questions:
        sources = []
        for src in q.sources:
            rel = q.matrix.relevance.get((p.code, src.code))
            if rel in ("main", "supporting"):
                sources.append((f"{'●' if rel == 'main' else '○'} {src.code}", tr(src.label, lang)))
        sources.append((s["blank_other_source"], ""))  # its name written in the header
        lines = [BlankMatrixLine(tr(f.label, lang), _codes(f, lang), [_cell(f, s)] * len(sources)) for f in fields]
        if notes is not None:
            lines.append(BlankMatrixLine(tr(notes.label, lang), "", [()] * len(sources), note=True))
        crowded = len(sources) >= CROWDED and max(_width(s["blank_dk"]), _width(s["blank_na"])) > 4
        blocks.append(BlankMatrixBlock(p.code, tr(p.label, lang), sources, lines, crowded))
    return blocks
