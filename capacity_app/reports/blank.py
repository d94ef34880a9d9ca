"""The blank questionnaire: the questionnaire on paper, for the institutions to prepare and for
the interview table (tick boxes with their codes, the matrix per policy question, one table of
need ratings)."""
from __future__ import annotations

from ..domain.questionnaire import Field, Questionnaire, tr
from .format import Strings, fmt_list
from .model import BlankItem, BlankMatrixBlock, BlankMatrixRow, BlankOption, BlankSection


def _boxes(fld: Field) -> str:
    """Numbered tick boxes for a choice field ("☐1 ☐2 ☐3"), "" for a field written by hand."""
    if fld.type in ("select_one", "select_multiple"):
        return " ".join(f"☐{i}" for i in range(1, len(fld.choices) + 1))
    return ""


def _codes(fld: Field, lang: str) -> str:
    return " · ".join(f"{i} = {tr(c.label, lang)}" for i, c in enumerate(fld.choices, 1))


def blank_sections(q: Questionnaire, lang: str, s: Strings) -> list[BlankSection]:
    """The questionnaire on paper. Runs of rating questions with the same anchors (the fifteen need
    ratings) become one table of tick boxes; grid columns with choices get numbered tick boxes and
    a code legend."""
    out = []
    for sec in q.sections:
        items: list[BlankItem] = []
        n = 0
        for it in sec.items:
            f = it.field
            opts: list[BlankOption] = []
            instruction = ""
            if it.type == "note":
                items.append(BlankItem(it.id, "", "note", tr(it.label, lang), tr(it.help, lang), "", [], [], [], True))
                continue
            n += 1
            number = f"{sec.id}.{n}"
            if it.type == "rating":
                levels = [f"{k} – {tr(v, lang)}" for k, v in sorted((f.anchors or {}).items())]
                prev = items[-1] if items else None
                if prev is not None and prev.type == "rating_table" and prev.columns[:-1] == levels:
                    prev.rows.append(f"{number} {tr(it.label, lang)}")
                    continue
                items.append(BlankItem(it.id, "", "rating_table", "", "", s["blank_need_table"], [],
                                       [f"{number} {tr(it.label, lang)}"], levels + [s["dont_know"]], False))
                continue
            rows: list[str] = []
            cols: list[str] = []
            cells: list[str] = []
            codes: list[str] = []
            if it.type == "select_one":
                instruction = s["blank_choose_one"]
                opts = [BlankOption(c.code, tr(c.label, lang)) for c in f.choices]
            elif it.type == "select_multiple":
                instruction = s["blank_choose_many"]
                opts = [BlankOption(c.code, tr(c.label, lang)) for c in f.choices]
            elif it.type == "grid":
                instruction = s["blank_write"]
                rows = [tr(r.label, lang) for r in it.rows]
                cols = [tr(c.label, lang) for c in it.columns]
                cells = [_boxes(c) for c in it.columns]
                codes = [f"{tr(c.label, lang)}{s['colon']}{_codes(c, lang)}" for c in it.columns if c.choices]
            elif it.type == "matrix" and q.matrix is not None:
                instruction = s["blank_matrix"].format(fields=fmt_list([tr(x.label, lang) for x in q.matrix.fields], lang))
            else:
                instruction = s["blank_write"]
            items.append(BlankItem(it.id, number, it.type, tr(it.label, lang), tr(it.help, lang),
                                   instruction, opts, rows, cols, False, cells, codes))
        out.append(BlankSection(sec.id, f"{sec.id}. {tr(sec.label, lang)}", tr(sec.help, lang), items))
    return out


def blank_matrix(q: Questionnaire, lang: str, s: Strings
                 ) -> tuple[list[BlankMatrixBlock], list[tuple[str, str]], list[tuple[str, str]]]:
    """The matrix on paper: per policy question its main and supporting sources and one "Other"
    row; the columns are the matrix fields (free-text notes go on the comment line)."""
    if q.matrix is None:
        return [], [], []
    fields = [f for f in q.matrix.fields if f.type != "text"]
    blocks = []
    for p in q.policy_questions:
        rows = []
        for src in q.sources:
            rel = q.matrix.relevance.get((p.code, src.code))
            if rel in ("main", "supporting"):
                rows.append(BlankMatrixRow(f"{src.code} {tr(src.label, lang)}", "●" if rel == "main" else "○"))
        rows.append(BlankMatrixRow(s["blank_other_source"], ""))
        blocks.append(BlankMatrixBlock(p.code, tr(p.label, lang), rows))
    cols = [(tr(f.label, lang), _boxes(f)) for f in fields]
    codes = [(tr(f.label, lang), _codes(f, lang)) for f in fields if f.choices]
    return blocks, cols, codes
