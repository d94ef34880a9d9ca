"""The report's charts: matplotlib figures saved as vector SVG (no hand-drawn geometry).

matplotlib is imported inside the functions (it costs ~0.5 s) and only its object API is used
(``Figure`` + the SVG canvas, no pyplot), so charts can be drawn in a worker thread.

Readable in black and white and by colour-blind readers without relying on colour: every section
bar carries its number and its band in words, and band colours (Okabe–Ito palette) step in
lightness; need bars are white with a thick outline, availability bars are filled, and both carry
their value. No hatching: WeasyPrint draws SVG hatch patterns slowly (≈10 % of the report's time).
"""
from __future__ import annotations

import io
import re

from ..domain.scoring import BAND_THRESHOLDS, BANDS, band_label
from ..domain.editorial import number_range
from ..domain.languages import is_rtl, language
from .bidi import LRI, PDI, font_stack
from .format import fmt_number
from .model import ChartData

# matplotlib measures text with the bundled fonts under their own names; the SVG then names the
# report's private families, the language's stack (reports/bidi.py), so WeasyPrint draws it with
# the same embedded fonts as the page. Arabic is drawn as outlines, shaped and ordered by
# matplotlib (>= 3.11), because WeasyPrint lays SVG text out left to right (WeasyPrint #2909).
FONT_FILES = {"Report Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
              "Report Arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
              "Report CJK": ("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf")}
_registered: dict[str, str] = {}  # private family -> matplotlib's name of the bundled font
# Charts are drawn 6.7 in wide and printed 176 mm (6.93 in) wide: 7.8 pt here prints at 8 pt, the
# report's smallest size.
FONT_SIZE = 7.8
BAND_STYLE = {  # band code -> (face colour, hatch); lightness steps: survives grey printing
    "requires_further_progress": ("#FFFFFF", ""),
    "partially_meets": ("#F0E442", ""),
    "meets": ("#56B4E9", ""),
    "fully_meets": ("#0072B2", ""),
    "": ("#FFFFFF", ""),
}


def _font_names() -> dict[str, str]:
    """The bundled fonts added to matplotlib's font list (once; adding is idempotent)."""
    if not _registered:
        from matplotlib import font_manager

        from .format import report_dir

        for family, files in FONT_FILES.items():
            for file in files:
                font_manager.fontManager.addfont(str(report_dir() / "fonts" / file))
            _registered[family] = font_manager.FontProperties(fname=str(report_dir() / "fonts" / files[0])).get_name()
    return _registered


def bundled_font_names() -> list[str]:
    """matplotlib's names of the bundled families, Latin first (the DRAFT mark's outlines)."""
    return list(_font_names().values())


def _rc(lang: str):
    """Chart settings, applied with ``rc_context`` (never changing matplotlib's global state from
    a worker thread): the language's fonts in its order (a character one lacks is drawn with the
    next), text kept as text but in a right-to-left language."""
    import matplotlib

    names = _font_names()
    return matplotlib.rc_context({
        # text stays text (searchable, drawn with the embedded font); Arabic: outlines (see above)
        "svg.fonttype": "path" if is_rtl(lang) else "none",
        "svg.hashsalt": "capacity-app",  # stable ids: identical input gives identical SVG
        "font.family": [names[f] for f in language(lang).fonts], "font.size": FONT_SIZE,
        "axes.spines.top": False, "axes.spines.right": False, "axes.spines.left": not is_rtl(lang),
    })


def _svg(fig, lang: str) -> str:
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    FigureCanvasSVG(fig)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    text = buf.getvalue()
    # An <img> SVG: drop the XML prolog and DOCTYPE (no external DTD to resolve).
    text = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
    text = re.sub(r"<!DOCTYPE[^>]*>\s*", "", text)
    stack = font_stack(lang).replace('"', "'")  # inside the SVG's style="…" attributes
    return re.sub(r"font-family:[^;\"]*", lambda m: f"font-family: {stack}", text)


def _wrap(label: str, width: int = 34, max_lines: int = 2) -> str:
    """At most ``max_lines`` lines of ``width`` characters; never cut: the last line takes the rest."""
    import textwrap

    lines = textwrap.wrap(label, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines - 1] + [" ".join(lines[max_lines - 1:])]
    return "\n".join(lines)


def section_scores_svg(data: ChartData) -> str:
    """Horizontal bars, one per section, 0–100, with the number and the band written on each."""
    with _rc(data.lang):
        return _svg(section_scores_figure(data), data.lang)


def section_scores_figure(data: ChartData):
    """The figure of :func:`section_scores_svg` (drawn within :func:`_rc`). Sized to its content:
    0.34 in per bar (0.44 when a label takes three lines) plus the axis and a two-column legend
    below it, kept within the figure (:func:`_keep_within`). The axis runs 0 to 100 with the band limits as its ticks (dashed lines); the number and band of
    each bar are written to the right of the axis, so no text can run past 100."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    n = max(1, len(data.section_labels))
    names = _band_names(data)
    ranges = _band_ranges(data.lang)
    legend_rows = -(-len(names) // 2)
    labels = [_wrap(x, 32, 3) for x in data.section_labels]  # at most 32 characters a line fit the margin
    bars_h = (0.44 if any(x.count("\n") >= 2 for x in labels) else 0.34) * n
    foot = 0.36 + (0.23 if is_rtl(data.lang) else 0.19) * legend_rows  # axis ticks, then the legend
    # (Arabic's line is taller than DejaVu's)
    height = bars_h + foot + 0.08
    fig = Figure(figsize=(6.7, height))
    ax = fig.add_subplot(1, 1, 1)
    ys = list(range(n))[::-1]
    rtl = is_rtl(data.lang)
    values = [v if v is not None else 0 for v in data.section_values]
    for y, v, raw, band, blabel in zip(ys, values, data.section_values, data.section_bands,
                                       data.section_band_labels, strict=False):  # n >= 1 bars
        colour, hatch = BAND_STYLE.get(band, BAND_STYLE[""])
        ax.barh(y, v, height=0.66, color=colour, hatch=hatch, edgecolor="#333333", linewidth=0.6)
        # the score to one decimal, as the text and Annex A read the band on it ("69.6", not "70"
        # beside a legend whose 70 starts the next band)
        text = "–" if raw is None else _wrap(f"{_num(raw, data.lang, 1)} · {blabel}", 26, 2)
        ax.text(101.5, y, text, va="center", ha="right" if rtl else "left", fontsize=FONT_SIZE, clip_on=False,
                linespacing=1.0)
    # a right-to-left label starts with a right-to-left mark: "S1 …" then reads from the right
    mark = "\u200f" if rtl else ""
    # Arabic: Noto Sans Arabic's line is about twice DejaVu's in matplotlib's measure, so a label's second
    # line fell on the next bar's label; the same pitch as a Latin label
    ax.set_yticks(ys, [mark + x.replace("\n", "\n" + mark) for x in labels], fontsize=FONT_SIZE,
                  linespacing=0.6 if rtl else 1.2)
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_xlim(0, 100)
    ticks = [0, *BAND_THRESHOLDS, 100]
    ax.set_xticks(ticks, [_num(x, data.lang) for x in ticks], fontsize=FONT_SIZE)
    for x in BAND_THRESHOLDS:
        ax.axvline(x, color="#555555", linewidth=0.6, linestyle=(0, (2, 2)), zorder=0)
    ax.tick_params(axis="y", length=0)
    handles = [Patch(facecolor=BAND_STYLE[b][0], hatch=BAND_STYLE[b][1], edgecolor="#333333",
                     label=f"{rng} {lab}") for b, lab, rng in zip(BANDS, names, ranges, strict=True) if lab]
    legend = None
    if handles:
        legend = ax.legend(handles=handles, loc="upper right" if rtl else "upper left",
                           bbox_to_anchor=(1.0 if rtl else 0.0, -0.30 / bars_h), ncol=2,
                           fontsize=FONT_SIZE, frameon=False, handlelength=1.4, borderaxespad=0.0)
    if rtl:  # mirrored: bars grow from the right, section names on the right
        _mirror(ax)
        fig.subplots_adjust(left=0.30, right=0.66, top=1 - 0.08 / height, bottom=foot / height)
    else:
        fig.subplots_adjust(left=0.34, right=0.70, top=1 - 0.08 / height, bottom=foot / height)
    if legend is not None:
        _keep_within(fig, ax, legend, rtl)
    return fig


def _keep_within(fig, ax, legend, rtl: bool) -> None:
    """Move the legend towards the section names just enough that it ends within the figure: it
    starts under the bars, and the Russian "70–89 Сложившийся потенциал" ran past the figure's
    edge and was cut."""
    box = legend.get_window_extent(fig._get_renderer())
    margin = 2.0  # display units
    over = (margin - box.x0) if rtl else (box.x1 - (fig.bbox.width - margin))
    if over > 0:
        anchor = legend.get_bbox_to_anchor().transformed(ax.transAxes.inverted())
        x, y = anchor.x0, anchor.y0
        shift = over / ax.bbox.width
        legend.set_bbox_to_anchor((x + shift if rtl else x - shift, y), transform=ax.transAxes)


def _band_ranges(lang: str) -> list[str]:
    """"0–39.9", "40–69.9", …, "90–100" from the thresholds (a band is read on the score to one
    decimal, as the report's text writes the ranges), with Babel digits (editorial.number_range: in
    Arabic in words, "من 0 إلى 39.9", as the text writes them); another right-to-left language's
    range one isolated run (its two numbers isolated apart, "0–39" beside its words read "39–0")."""
    lows = [0, *BAND_THRESHOLDS]
    highs = [f"{_num(x - 0.1, lang, 1)}" for x in BAND_THRESHOLDS] + [_num(100, lang)]
    ranges = [number_range(_num(a, lang), b, lang) for a, b in zip(lows, highs, strict=True)]
    if lang == "ar":  # in words, as the text writes them ("من 0 إلى 39.9", Arabic editor item 2)
        return ranges
    return [f"{LRI}{r}{PDI}" for r in ranges] if is_rtl(lang) else ranges


def _band_names(data: ChartData) -> list[str]:
    return [band_label(b, data.lang) for b in BANDS]


def _num(x: float, lang: str, digits: int = 0) -> str:
    return fmt_number(x, lang, digits).strip(LRI + PDI)  # matplotlib lays a label out as one run


def need_availability_svg(data: ChartData) -> str:
    """Paired bars per policy question: need (white, thick outline) and availability (filled), 0–3."""
    with _rc(data.lang):
        return _need_availability_svg(data)


def _need_availability_svg(data: ChartData) -> str:
    return _svg(need_availability_figure(data), data.lang)


def need_availability_figure(data: ChartData):
    """The figure of :func:`need_availability_svg` (drawn within :func:`_rc`)."""
    from matplotlib.figure import Figure

    n = max(1, len(data.pq_codes))
    fig = Figure(figsize=(6.7, 2.6))
    ax = fig.add_subplot(1, 1, 1)
    xs = list(range(n))
    w = 0.38
    need = [v if v is not None else 0 for v in data.pq_need]
    avail = [v if v is not None else 0 for v in data.pq_availability]
    ax.bar([x - w / 2 for x in xs], need, width=w, color="#FFFFFF", edgecolor="#D55E00",
           linewidth=1.6, label=data.need_label)
    ax.bar([x + w / 2 for x in xs], avail, width=w, color="#0072B2", edgecolor="#0072B2", linewidth=0.8,
           label=data.availability_label)
    for x, a, b in zip(xs, need, avail, strict=False):  # n >= 1 bars
        ax.text(x - w / 2, a + 0.05, _num(a, data.lang), ha="center", va="bottom", fontsize=FONT_SIZE)
        ax.text(x + w / 2, b + 0.05, _num(b, data.lang), ha="center", va="bottom", fontsize=FONT_SIZE)
    ax.set_xticks(xs, data.pq_codes)
    ax.set_ylim(0, 3.6)
    ax.set_yticks([0, 1, 2, 3], [_num(x, data.lang) for x in (0, 1, 2, 3)])
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 1.16), ncol=2, fontsize=FONT_SIZE, frameon=False)
    if is_rtl(data.lang):  # mirrored: A on the right, the scale on the right
        _mirror(ax)
        fig.subplots_adjust(left=0.01, right=0.94, top=0.86, bottom=0.12)
    else:
        fig.subplots_adjust(left=0.06, right=0.99, top=0.86, bottom=0.12)
    return fig


def _mirror(ax) -> None:
    """A chart read right to left: the horizontal axis runs from the right, the vertical axis and
    its labels stand on the right."""
    ax.invert_xaxis()
    ax.yaxis.tick_right()
    ax.spines["right"].set_visible(True)


def chart_names(data: ChartData | None) -> list[str]:
    """The names of the report's charts for ``data`` ("sections", "pq"), known before drawing."""
    if data is None:
        return []
    return [n for n, has in (("sections", data.section_labels), ("pq", data.pq_codes)) if has]


def draw_charts(data: ChartData | None) -> dict[str, str]:
    """The report's charts as SVG texts by name (see :func:`chart_names`)."""
    drawers = {"sections": section_scores_svg, "pq": need_availability_svg}
    return {name: drawers[name](data) for name in chart_names(data) if data is not None}


def draw_charts_png(data: ChartData | None, dpi: int = 200) -> dict[str, tuple[bytes, float, float]]:
    """The report's charts as PNG images by name, with their size in inches (width, height): the
    Word report's (Word draws an SVG only beside a PNG it falls back on). The same figures as the
    SVG charts, drawn by matplotlib's Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figures = {"sections": section_scores_figure, "pq": need_availability_figure}
    out: dict[str, tuple[bytes, float, float]] = {}
    for name in chart_names(data):
        assert data is not None
        with _rc(data.lang):
            fig = figures[name](data)
            FigureCanvasAgg(fig)
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
        width, height = fig.get_size_inches()
        out[name] = (buf.getvalue(), float(width), float(height))
    return out
