"""The questionnaire as JSON-ready data and as readable text (``questionnaire show``)."""
from __future__ import annotations

from typing import Any

from ..domain.questionnaire import Field, Questionnaire, Text, tr


def _text(t: Text | None, lang: str | None) -> Any:
    if t is None:
        return None
    return tr(t, lang) if lang else dict(t)


def _field(f: Field, lang: str | None) -> dict:
    d: dict[str, Any] = {"id": f.id, "type": f.type, "label": _text(f.label, lang),
                         "choices": [{"code": c.code, "label": _text(c.label, lang)} for c in f.choices]}
    if f.help:
        d["help"] = _text(f.help, lang)
    if f.anchors:
        d["anchors"] = {str(k): _text(v, lang) for k, v in sorted(f.anchors.items())}
    for name, val in (("min", f.minimum), ("max", f.maximum), ("relevant", f.relevant),
                      ("constraint", f.constraint)):
        if val is not None:
            d[name] = val
    d["dont_know"] = f.dont_know
    d["not_applicable"] = f.not_applicable
    d["required"] = f.required
    return d


def questionnaire_to_dict(q: Questionnaire, lang: str | None = None) -> dict:
    sections = []
    for s in q.sections:
        items = []
        for it in s.items:
            d = _field(it.field, lang)
            d["id"] = it.id
            d["section"] = s.id
            if it.tags:
                d["tags"] = list(it.tags)
            if it.type == "grid":
                d["rows"] = [{"code": r.code, "label": _text(r.label, lang)} for r in it.rows]
                d["columns"] = [_field(c, lang) for c in it.columns]
            items.append(d)
        sections.append({"id": s.id, "label": _text(s.label, lang), "scored": s.scored, "items": items})
    out: dict[str, Any] = {
        "id": q.id, "version": q.version, "title": _text(q.title, lang), "based_on": q.based_on,
        "languages": list(q.languages), "content_hash": q.content_hash,
        "sdg_framework": q.sdg_framework,
        "sections": sections,
        "policy_questions": [{"code": p.code, "kind": p.kind, "label": _text(p.label, lang)}
                             for p in q.policy_questions],
        "sources": [{"code": s.code, "kind": s.kind, "label": _text(s.label, lang)} for s in q.sources],
        "glossary": [{"term": g.term, "label": _text(g.label, lang), "definition": _text(g.definition, lang)}
                     for g in q.glossary],
        "changelog": [dict(c) for c in q.changelog],
    }
    if q.matrix is not None:
        out["matrix"] = {
            "item_id": q.matrix.item_id,
            "rows": [p.code for p in q.policy_questions],
            "columns": [s.code for s in q.sources],
            "fields": [_field(f, lang) for f in q.matrix.fields],
            "relevance": {f"{pq}.{src}": level for (pq, src), level in sorted(q.matrix.relevance.items())},
        }
    return out


def questionnaire_to_text(q: Questionnaire, lang: str = "en") -> str:
    lines = [f"{tr(q.title, lang)} — {q.id} {q.version}", q.based_on, ""]
    for s in q.sections:
        lines.append(f"{s.id}  {tr(s.label, lang)}")
        for it in s.items:
            lines.append(f"  {it.id} [{it.type}] {tr(it.label, lang)}")
            for c in it.field.choices:
                lines.append(f"      {c.code}: {tr(c.label, lang)}")
            if it.field.anchors:
                for k, v in sorted(it.field.anchors.items()):
                    lines.append(f"      {k}: {tr(v, lang)}")
            if it.type == "grid":
                lines.append("      rows: " + "; ".join(f"{r.code} {tr(r.label, lang)}" for r in it.rows))
                lines.append("      columns: " + "; ".join(f"{c.id} [{c.type}] {tr(c.label, lang)}"
                                                             for c in it.columns))
            if it.type == "matrix" and q.matrix is not None:
                lines.append("      policy questions:")
                for p in q.policy_questions:
                    lines.append(f"        {p.code}. {tr(p.label, lang)}")
                lines.append("      sources: " + "; ".join(f"{s.code} {tr(s.label, lang)}" for s in q.sources))
                lines.append("      fields: " + "; ".join(f"{f.id} [{f.type}] {tr(f.label, lang)}"
                                                            for f in q.matrix.fields))
        lines.append("")
    if q.glossary:
        lines.append("Glossary")
        for g in q.glossary:
            lines.append(f"  {tr(g.label, lang)}: {tr(g.definition, lang)}")
    return "\n".join(lines)
