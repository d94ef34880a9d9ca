"""What a report made once per test process (tests/conftest.py's ``made_once``) leaves in its
folder: its context (pickled: the context the PDF was made from) and, as JSON, each page's text
as pypdf extracts it (tests/pdf_text.py reads it so, several times faster) with whatever else
was read while it was made (its progress, the findings of tests/layout_checks.py); and
:func:`write_checked`, which writes a report with those findings (the shared reports and the tests
that write their own: a plain module, so that no test imports a conftest by name)."""
from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any


def keep(folder: Path, pdf: Path, ctx: Any, **read: Any) -> None:
    """Read ``pdf``'s pages and leave them, ``read`` and ``ctx`` in ``folder``."""
    from pdf_text import page_texts

    from capacity_app.collector import relaxed_collector

    with relaxed_collector():  # as the render itself: reading a PDF back makes many small objects
        pages = page_texts(pdf)
    (folder / "ctx.pickle").write_bytes(pickle.dumps(ctx))
    (folder / "read.json").write_text(json.dumps({"pages": pages, **read}))


def kept(folder: Path) -> tuple[Any, dict]:
    """(context, what was read: "pages" and the rest) that :func:`keep` left in ``folder``."""
    ctx = pickle.loads((folder / "ctx.pickle").read_bytes())  # this run's own file
    return ctx, json.loads((folder / "read.json").read_text())


def write_checked(ctx, out: Path) -> dict:
    """Write ``ctx``'s PDF to ``out`` through the report pipeline (reports/pdf.py) with the charts
    drawn first; the findings of the layout checks on WeasyPrint's document while it exists (it is
    not kept: tests/reports/conftest.py's docstring says why)."""
    from layout_checks import findings

    from capacity_app.reports import pdf

    fetcher, charts = pdf.prepare_charts(ctx)
    html = pdf.render_html(ctx, charts, pdf.register_watermark(ctx, fetcher))
    layout: dict = {}
    pdf.write_document(html, out, fetcher, step=lambda f, m: None, what="the report",
                       attachments=ctx.attachments, pdf_identifier=ctx.generated_iso.encode(),
                       after_layout=lambda doc: layout.update(findings(doc, ctx)))
    return layout
