"""Render a :class:`~capacity_app.reports.model.ReportContext` to a PDF file (no database).

Safe to run in a worker thread: it reads only the bundled templates, CSS and fonts, draws charts with
matplotlib's object API, and writes one file (to a temporary name in the target folder, then
``os.replace``). WeasyPrint and matplotlib are imported here, inside the function, never at start-up.

Archival choice: **PDF/A-3a** (``pdf_variant="pdf/a-3a"``). It is PDF/A-3 (the only PDF/A part that
allows arbitrary embedded files, so the report can carry its JSON / workbook data, with an
``AFRelationship``) at conformance level A, which makes WeasyPrint write a tagged, structured PDF.
PDF/UA-1 would also be tagged but is a separate variant in WeasyPrint and cannot be combined with
PDF/A in one ``pdf_variant``; PDF/A-3a gives both archival form and tags.
"""
from __future__ import annotations

import logging
import time
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable
from typing import Any

from ..domain.celltext import neutral_direction
from ..domain import editorial, placeholders
from .. import jobs
from ..collector import relaxed_collector
from ..files import OutputError, output_error, process_folder, remove_stale_folders, replace_atomically
from . import bidi
from .charts import chart_names, draw_charts
from .format import report_dir
from .model import ReportContext
from .tagging import finish_pdf, watermark_svg
from .budget import Typeset, UserText
from .measure import header_mm
from .money import WholeAmounts
from .typography import (LINE_END_HYPHEN, HeldTexts, amount_spans, amounts_marked, held_pattern, marks_shown,
                         typed_marked, typed_spans, typeset_around, urls_unhyphenated)

PDF_VARIANT = "pdf/a-3a"
FONT_FOLDER_PREFIX = "capacity-fonts-"  # WeasyPrint's copies of the bundled fonts, one folder per process
TEMPLATE = "report.html.j2"
BLANK_TEMPLATE = "blank.html.j2"
REQUEST_TEMPLATE = "request.html.j2"   # a partner's edition of the funding request


class ReportError(Exception):
    """The report could not be written; the message is one line for a person."""

    user_error = True


def css_string(value: object):
    """``value`` as a quoted CSS string with every character but ASCII letters and digits
    hex-escaped: safe inside a ``<style>`` element whatever the text (no quote, no ``</style>``)."""
    from markupsafe import Markup

    out = "".join(ch if ch.isascii() and ch.isalnum() else f"\\{ord(ch):06x}"
                  for ch in str(value))
    return Markup(f'"{out}"')


def _bytecode_cache():
    """Jinja's compiled templates kept between processes (compiling the report's templates costs
    0.1 s of CPU per process, loading them about 5 ms): jinja2's own cache in a per-user folder of
    the temporary directory that it creates with mode 0700 and checks is owned by this user,
    written atomically and keyed by the template's source checksum (a changed template is compiled
    again). None, so templates compile as before, when that folder is unsafe or cannot be made."""
    import jinja2

    class _BestEffortCache(jinja2.FileSystemBytecodeCache):
        """A cache that cannot be written (a full disk, a file-size limit) is no
        error: the template was compiled, the report goes on, the next process compiles again."""

        def dump_bytecode(self, bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass

    try:  # a name of its own: this environment's templates compile with the typographic finalize
        return _BestEffortCache(pattern="capacity-report-%s.cache")
    except (RuntimeError, OSError):
        return None


def _held_of(context) -> HeldTexts | None:
    """The pattern of the report's user texts (``ReportContext.user_texts``), made once a context."""
    texts = getattr(context.get("c"), "user_texts", None)
    return held_pattern(texts) if texts else None


def _typeset_value(context, value):
    """The templates' ``finalize``: every printed text passes through the report language's
    typographic pass (typography.py); numbers, markup and templates rendered without a ``lang``
    (the cross-country summary) are printed as they are. Embeddings and overrides in any text are
    printed as marks ("[RLO]": what is printed is what is stored, in its order); user
    text had all its invisible characters (isolates, direction marks, zero-width characters) marked
    where it entered the report (budget.bounded_text), so those left here are the report's own. In a
    right-to-left document, what reads left to right inside a text is isolated (bidi.isolate_foreign:
    the user's texts whole, other Latin runs, "max(0, 3 − 1)", "9.c.1", and the figures between
    right-to-left words: "0–39.9"); :func:`render_html` makes each isolate a ``<span dir>``. In a
    left-to-right document the user's own text is marked (typography.typed_marked: never hyphenated
    by the document's language; a right-to-left document's isolates it already, and its own script is
    never hyphenated)."""
    if type(value) is WholeAmounts:  # a table's sentence: its amounts marked, each kept whole on its line
        return amounts_marked(_typeset_value(context, str(value)), value.amounts)
    if type(value) is str:
        value = marks_shown(neutral_direction(value))
        lang = context.get("lang")
        if lang:  # the user's texts quoted in the report's sentence as typed
            held = _held_of(context)
            return bidi.isolate_foreign(typeset_around(value, lang, held), lang, held)
    elif type(value) is UserText or type(value) is Typeset:  # the user's own text: as typed
        parts = tuple(map(marks_shown, value.parts)) if isinstance(value, Typeset) else None
        value = marks_shown(neutral_direction(str(value))).replace(LINE_END_HYPHEN, "-")
        lang = context.get("lang")
        if lang and bidi.direction(lang) == "rtl":
            return bidi.isolate_foreign(value, lang, _held_of(context))
        if lang:
            return typed_marked(value, parts)
    return value


@lru_cache(maxsize=1)
def template_env():
    """The report's jinja2 environment, made once a process: its templates are then loaded from
    the bytecode cache once and kept compiled (the Word copy, the warm worker's report after its
    preload, and each later report of a process reuse them; jinja2 still reloads a template whose
    file changed). Nothing changes it after it is made."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(report_dir())),
        autoescape=True,  # every template, every value: user text is never markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, bytecode_cache=_bytecode_cache(),
        finalize=jinja2.pass_context(_typeset_value))
    env.filters["css_string"] = css_string
    # the document's direction and fonts, and values isolated from the text around them (bidi.py)
    env.globals.update(direction=bidi.direction, lang_style=bidi.lang_style, font_style=bidi.font_style,
                       page_footer=bidi.page_footer,
                       fill=placeholders.fill,  # a sentence filled: bare {name} only (domain.placeholders)
                       with_code=editorial.with_code, bracketed=editorial.bracketed, slashed=editorial.slashed,
                       semicolon=editorial.semicolon, semicolon_list=editorial.semicolon_list,
                       comma=editorial.comma,  # "Veloria (fictional, XVL)": one pair of brackets
                       header_mm=header_mm)    # a narrow column as wide as its header needs
    # (typeset first: the isolated value is markup, which the typographic finalize leaves alone)
    env.filters["bidi"] = jinja2.pass_context(
        lambda context, value: bidi.isolate(_typeset_value(context, value), context["c"].lang))
    return env


def render_html(ctx: ReportContext, chart_urls: dict[str, str] | None = None, watermark: str = "", *,
                typed: bool = False) -> str:
    """The report's HTML. ``chart_urls`` maps chart name -> URL; ``watermark`` is the URL of the
    DRAFT mark's image (:func:`register_watermark`), "" for none; ``typed``: the user's texts in a
    ``<span class="typed">`` (typography.typed_spans: the HTML the PDF is laid out from), and the amounts of a
    table's sentences in a ``<span class="amount">`` (typography.amount_spans)."""
    env = template_env()
    tpl = env.get_template(BLANK_TEMPLATE if ctx.blank else REQUEST_TEMPLATE if ctx.edition is not None else TEMPLATE)
    html = bidi.isolates_as_spans(amount_spans(typed_spans(tpl.render(c=ctx, s=ctx.s, charts=chart_urls or {},
                                                                      lang=ctx.lang, watermark=watermark), typed),
                                               typed))
    # words in another script than the report's hyphenated in their own language, web
    # addresses never (typography.urls_unhyphenated)
    return bidi.html_scripts_marked(urls_unhyphenated(html), ctx.lang, ctx.text_lang)


def register_watermark(ctx: ReportContext, fetcher) -> str:
    """The URL of the DRAFT mark in the report's language, registered with ``fetcher``: on every
    page until the assessment is final, then on the action plan's pages until the government
    validates it (``ctx.plan_draft``); "" when neither."""
    word = ctx.draft or ctx.plan_draft
    if not word:
        return ""
    return fetcher.allow_data("image/svg+xml", watermark_svg(word).encode())


def render_report_pdf(ctx: ReportContext, out_path: str | Path,
                      progress: Callable[[float, str], None] | None = None,
                      cancelled: Callable[[], bool] | None = None, *,
                      timings: dict | None = None, pdf_variant: str = PDF_VARIANT,
                      laid_out: Callable[[Any], None] | None = None) -> Path:
    """Write the PDF for ``ctx`` to ``out_path``. Long work: ``progress(fraction, message)`` and
    ``cancelled()`` as in :mod:`capacity_app.jobs`; on cancel nothing is left behind and
    :class:`~capacity_app.jobs.Cancelled` is raised. ``laid_out(document)``, when given, sees
    WeasyPrint's laid-out document before the PDF is written (the tests check the layout of the
    very document the application writes; nothing here keeps it)."""
    out_path = Path(out_path)
    check_folder(out_path)  # before the charts and the layout: said at once, not seconds later
    t0 = time.perf_counter()

    def step(fraction: float, message: str) -> None:
        jobs.step(progress, cancelled, fraction, message)

    step(0.02, "charts")
    fetcher = make_fetcher()
    # The charts are drawn when WeasyPrint fetches them (while it builds its boxes): the HTML
    # carries a short registered URL instead of 40 kB of base64 for its parser to read, and a
    # chart that cannot be drawn stops the report before anything is written (WeasyPrint itself
    # would only log a failed image and leave it out).
    data = None if ctx.blank else ctx.chart
    drawn: dict[str, str] = {}
    failed: list[BaseException] = []

    def produce(name: str) -> bytes:
        try:
            if not drawn:
                drawn.update(draw_charts(data))
            return drawn[name].encode("utf-8")
        except Exception as exc:
            failed.append(exc)
            raise

    def after_layout(doc) -> None:  # a chart that failed stops the report before anything is written
        if failed:
            raise failed[0]
        if laid_out is not None:
            laid_out(doc)

    charts = {name: fetcher.allow_deferred("image/svg+xml", name, lambda name=name: produce(name))
              for name in chart_names(data)}
    t_charts = time.perf_counter()
    step(0.15, "html")
    html = render_html(ctx, charts, register_watermark(ctx, fetcher), typed=True)
    t_html = time.perf_counter()
    step(0.2, "layout")
    marks: dict[str, float] = {}
    doc = write_document(html, out_path, fetcher, step=step, what="the report",
                         attachments=ctx.attachments, pdf_identifier=ctx.generated_iso.encode(),
                         pdf_variant=pdf_variant, marks=marks, after_layout=after_layout)
    if timings is not None:
        t_end = time.perf_counter()
        t_layout = marks["layout"]
        timings.update(charts=t_charts - t0, html=t_html - t_charts, layout=t_layout - t_html,
                       write=t_end - t_layout, total=t_end - t0, pages=len(doc.pages),
                       refused=list(fetcher.refused))
    jobs.report(progress, 1.0, "done")
    return out_path


def prepare_charts(ctx: ReportContext):
    """The document's fetcher with the charts drawn now and registered as data URLs:
    (fetcher, {name: url}) (tests and debugging; the render draws them when they are fetched)."""
    fetcher = make_fetcher()
    drawn = draw_charts(None if ctx.blank else ctx.chart)
    return fetcher, {name: fetcher.allow_data("image/svg+xml", svg.encode()) for name, svg in drawn.items()}


def preload() -> None:
    """What a render imports and caches, done ahead (a warm worker process, services/workers/warm.py):
    WeasyPrint, matplotlib's Figure and SVG canvas (never pyplot), jinja2 and the templates, and one
    tiny document laid out with the report's stylesheet and fonts."""
    load_weasyprint()
    import weasyprint
    from matplotlib.backends.backend_svg import FigureCanvasSVG  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401

    env = template_env()
    for name in (TEMPLATE, BLANK_TEMPLATE):
        env.get_template(name)
    fetcher = make_fetcher()
    report_html(weasyprint)(string='<html lang="en"><head><link rel="stylesheet" href="report.css"></head>'
                            "<body><h1>x</h1><table><tr><td>x</td></tr></table></body></html>",
                            base_url=report_dir().as_uri() + "/", url_fetcher=fetcher).render()


# Five adjustments reach into WeasyPrint's, pydyf's and cffi's internals because they pay
# (load_weasyprint: no ldconfig/gcc process started by an import; cap_flate_level: 0.27 s of CPU per
# report; write_document: no font folder left behind by a killed render; report_html: the
# user-agent sheet without the pseudo-elements no report has, about 0.6 s of the demo's cascade;
# cache_page_references: pydyf's page list made once, not once a tagged element). Each holds only for the
# versions whose source was read for it (WeasyPrint 62.3-70.0, pydyf 0.10-0.13, cffi 1.15-2.1):
# pyproject.toml pins those ranges, each adjustment applies only inside them (outside, the report
# is still written, the plain way), and tests/reports/test_third_party_guards.py fails loudly when
# an installed version leaves a range or the internals move.
CHECKED_VERSIONS = {"weasyprint": ((62,), (71,)), "pydyf": ((0, 10), (0, 14)), "cffi": ((1, 15), (2, 2))}


def checked_version(module) -> bool:
    """Whether ``module`` (weasyprint, pydyf or cffi) is a version its adjustment was checked for
    (its own ``__version__``: the bundle carries no package metadata for them)."""
    try:
        release = tuple(int(part) for part in str(module.__version__).split(".")[:3])
    except (AttributeError, ValueError):  # none, or a pre-release: not checked
        return False
    low, high = CHECKED_VERSIONS[module.__name__]
    return low <= release < high


# The shared libraries WeasyPrint loads, by their Linux sonames (weasyprint/text/ffi.py).
LINUX_SONAMES = ("libgobject-2.0.so.0", "libpango-1.0.so.0", "libharfbuzz.so.0", "libfontconfig.so.1",
                 "libpangoft2-1.0.so.0")


def load_weasyprint() -> None:
    """Import WeasyPrint without starting a process. Its loader tries Windows-style names first
    ("libgobject-2.0-0"), and cffi looks a name that fails up with ``ctypes.util.find_library``,
    which on Linux runs ``ldconfig`` and ``gcc``; the soname it then tries loads directly. When
    every soname loads, ``find_library`` answers "not found" during the import (so the loader goes
    on to the soname at once); otherwise the usual lookup runs. Elsewhere nothing is changed."""
    import sys

    if "weasyprint.text.ffi" in sys.modules or not sys.platform.startswith("linux"):
        return
    import ctypes
    import ctypes.util

    import cffi

    if not checked_version(cffi):
        return  # the usual import (cffi's lookup may start ldconfig and gcc)

    try:
        for name in LINUX_SONAMES:
            ctypes.CDLL(name)
    except OSError:
        return  # unusual names: WeasyPrint's own lookup, processes and all
    real = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        pass  # reported by the import in write_document
    finally:
        ctypes.util.find_library = real


# pydyf (WeasyPrint's PDF writer) deflates every stream at zlib level 9. On the demo report's 6 MB
# of page streams that is 0.36 s of CPU against 0.09 s at zlib's default level 6, for a PDF 4 %
# larger (753 -> 786 kB); levels below 6 grow the file faster than they save time. The level is
# capped at 6 by giving pydyf a zlib whose ``compressobj`` caps it (the output stays plain Flate).
FLATE_LEVEL = 6


class _CappedZlib:
    def __init__(self, zlib):
        self._zlib = zlib

    def __getattr__(self, name):
        return getattr(self._zlib, name)

    def compressobj(self, level=-1, *args, **kwargs):
        level = FLATE_LEVEL if level < 0 or level > FLATE_LEVEL else level
        return self._zlib.compressobj(level, *args, **kwargs)


def cap_flate_level() -> None:
    """Install :class:`_CappedZlib` as pydyf's ``zlib`` (once; only if pydyf uses one)."""
    import pydyf

    if not checked_version(pydyf):
        return
    current = getattr(pydyf, "zlib", None)
    if current is not None and not isinstance(current, _CappedZlib):
        pydyf.zlib = _CappedZlib(current)


# WeasyPrint's user-agent sheet styles six pseudo-elements of every element: ``::marker``, and the
# footnotes' and notes' five (``::footnote-call``, ``::footnote-marker``, ``::note-call``,
# ``::note-marker``, ``::note-callback``), each a computed style of its own: in the English demo,
# 41,425 of the cascade's 42,569, and more than half its time (1,651 are left). A report has no
# footnote and no note (no ``float: footnote``, no ``position: note()``) and only its ``li`` are
# list items, so the report's documents are laid out with that sheet less those five rules and
# with ``::marker`` for ``li`` only: the same boxes with the same styles
# (tests/reports/test_third_party_guards.py holds the rules and the report's style sheets to
# that). Each edit must find its rule once, or the sheet is WeasyPrint's own.
UA_MARKER = ("\n::marker {", "\nli::marker {")
UA_UNUSED = ("footnote-call", "footnote-marker", "note-call", "note-marker", "note-callback")


def narrowed_ua(text: str) -> str | None:
    """WeasyPrint's user-agent sheet ``text`` with ``::marker`` for ``li`` only and without the
    rules of :data:`UA_UNUSED`, or None when one of these rules is not found once."""
    old, new = UA_MARKER
    if text.count(old) != 1:
        return None
    text = text.replace(old, new)
    for name in UA_UNUSED:
        rule = f"\n::{name} {{"
        if text.count(rule) != 1:
            return None
        start = text.index(rule)
        text = text[:start] + text[text.index("}", start) + 1:]
    return text


@lru_cache(maxsize=1)
def report_html(weasyprint):
    """The class the report's documents are made with: ``weasyprint.HTML`` with the narrowed
    user-agent sheet (:func:`narrowed_ua`), or ``weasyprint.HTML`` itself outside the checked
    versions or when the sheet is not the one the edits were written for. Made once a process."""
    if not checked_version(weasyprint):
        return weasyprint.HTML
    from importlib.resources import files

    from weasyprint.css.counters import CounterStyle

    own = getattr(weasyprint.HTML, "_ua_stylesheets", None)
    text = narrowed_ua((files("weasyprint.css") / "html5_ua.css").read_text("utf-8"))
    if own is None or text is None:
        return weasyprint.HTML
    # its @counter-style rules go to a CounterStyle of its own: a document's come from
    # WeasyPrint's (HTML._ua_counter_style), as before
    sheet = weasyprint.CSS(string=text, counter_style=CounterStyle())

    class ReportHTML(weasyprint.HTML):
        def _ua_stylesheets(self, forms=False):
            return [sheet, *own(self, forms)[1:]]

    return ReportHTML


def cache_page_references() -> None:
    """pydyf's ``PDF.page_references`` builds the tuple of every page's reference each time it is
    read, and WeasyPrint reads it once for each element it tags (about 16,000 times in the English
    demo: 0.2 s). Kept instead while the document's pages stay as many (pydyf only appends pages)."""
    import pydyf

    prop = getattr(pydyf.PDF, "page_references", None)
    if not checked_version(pydyf) or not isinstance(prop, property) or getattr(prop.fget, "kept", False):
        return
    made = prop.fget
    if made is None:
        return

    def page_references(pdf) -> tuple:
        count = len(pdf.pages["Kids"])
        held = getattr(pdf, "_capacity_page_references", None)
        if held is None or held[0] != count:
            held = (count, made(pdf))
            pdf._capacity_page_references = held
        return held[1]

    page_references.kept = True  # type: ignore[attr-defined]
    pydyf.PDF.page_references = property(page_references)


def make_fetcher():
    """The only URL fetcher a document gets: bundled resources and registered data URLs."""
    load_weasyprint()
    from .fetcher import SafeFetcher  # subclasses WeasyPrint's URLFetcher: WeasyPrint loads with the first render

    return SafeFetcher(report_dir().parent)


def write_document(html: str, out_path: Path, fetcher, *, step: Callable[[float, str], None], what: str,
                   attachments=(), pdf_identifier: bytes | None = None, pdf_variant: str = PDF_VARIANT,
                   marks: dict | None = None, after_layout: Callable[[Any], None] | None = None):
    """The one PDF pipeline of every document (country report, blank questionnaire, cross-country
    summary): lay ``html`` out with the bundled fonts and ``fetcher`` (base URL: the report
    resources), tag it as ``pdf_variant``, and write it atomically (temporary file in the target
    folder, fsynced, then renamed: files.replace_atomically). ``step(fraction, message)``
    reports 0.2..0.98 and raises :class:`~capacity_app.jobs.Cancelled`, after which nothing is
    left behind. ``what`` names the document in error messages; ``after_layout(document)`` runs between
    the layout and the writing (and may raise to stop before anything is written). Returns
    WeasyPrint's document. The collector is relaxed meanwhile (collector.py: layout allocates
    millions of short-lived objects)."""
    with relaxed_collector():
        return _write_document(html, out_path, fetcher, step=step, what=what, attachments=attachments,
                               pdf_identifier=pdf_identifier, pdf_variant=pdf_variant, marks=marks,
                               after_layout=after_layout)


def _lay_out(weasyprint, FontConfiguration, html: str, fetcher, pdf_variant: str):
    """WeasyPrint's laid-out document of ``html`` with the bundled fonts, each left-to-right run
    inside a right-to-left line breakable before its first word (bidi.inline_runs_breakable: what
    only the layout needs, so the HTML the tests and the Word report read is without it)."""
    font_config = FontConfiguration()
    # WeasyPrint copies the @font-face fonts into a "weasyprint-*" folder that only its
    # FontConfiguration's __del__ removes, which a killed process never runs: give it a folder
    # named after this process instead, which the next render removes if this one was killed
    remove_stale_folders(FONT_FOLDER_PREFIX)
    if checked_version(weasyprint) and getattr(font_config, "_folder", "") is None:  # made on first use
        font_config._folder = process_folder(FONT_FOLDER_PREFIX)
    html = bidi.inline_runs_breakable(html)
    return report_html(weasyprint)(string=html, base_url=report_dir().as_uri() + "/",
                                   url_fetcher=fetcher).render(font_config=font_config, pdf_variant=pdf_variant)


def anchor_pages(document) -> dict[str, int]:
    """Each anchor (an element's ``id``) of a laid-out document -> the number of its page (from 1)."""
    out: dict[str, int] = {}
    for number, page in enumerate(document.pages, 1):
        for name in page.anchors:
            out.setdefault(name, number)
    return out


def report_pages(ctx: ReportContext) -> dict[str, int]:
    """The page of each anchor of ``ctx``'s PDF (the chapters the contents page lists: "summary",
    "area-S1", "annex-plan"…), laid out as :func:`render_report_pdf` lays it out, no PDF written: the
    Word report's contents page carries them (reports/docx.py)."""
    try:
        load_weasyprint()
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration
    except (ImportError, OSError) as exc:
        raise ReportError(f"cannot lay the report out on this machine: {exc}") from None
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    fetcher, charts = prepare_charts(ctx)
    html = render_html(ctx, charts, register_watermark(ctx, fetcher), typed=True)
    with relaxed_collector():
        return anchor_pages(_lay_out(weasyprint, FontConfiguration, html, fetcher, PDF_VARIANT))


def check_folder(out_path: Path) -> None:
    """A ReportError when the folder ``out_path`` would be written into does not exist."""
    if not out_path.parent.is_dir():
        raise ReportError(f"cannot write {out_path}: the folder {out_path.parent} does not exist")


def _write_document(html: str, out_path: Path, fetcher, *, step: Callable[[float, str], None], what: str,
                    attachments, pdf_identifier: bytes | None, pdf_variant: str, marks: dict | None,
                    after_layout: Callable[[Any], None] | None):
    try:
        load_weasyprint()
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration
        cap_flate_level()
        cache_page_references()
    except (ImportError, OSError) as exc:  # Pango missing, etc.
        raise ReportError(f"cannot write PDF reports on this machine: {exc}") from None
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    try:
        check_folder(out_path)  # before the layout: a missing folder is said at once, not seconds later
        doc = _lay_out(weasyprint, FontConfiguration, html, fetcher, pdf_variant)
        if marks is not None:
            marks["layout"] = time.perf_counter()
        if after_layout is not None:
            after_layout(doc)
        step(0.85, "pdf")
        files = [weasyprint.Attachment(string=a.payload(), name=a.name, description=a.description,
                                       url_fetcher=fetcher, relationship="Data")
                 for a in attachments]

        def build(tmp):
            doc.write_pdf(tmp, pdf_variant=pdf_variant, attachments=files, pdf_identifier=pdf_identifier,
                          finisher=finish_pdf)
            step(0.98, "pdf")

        replace_atomically(build, out_path, what)
    except (jobs.Cancelled, ReportError):
        raise
    except OutputError as exc:
        raise ReportError(str(exc)) from None
    except OSError as exc:
        raise ReportError(str(output_error(out_path, exc, what))) from None
    except Exception as exc:
        raise ReportError(f"the PDF {what.removeprefix('the ')} could not be rendered: "
                          f"{type(exc).__name__}: {exc}") from exc
    return doc
