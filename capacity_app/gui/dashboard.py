"""The dashboard: overall score and band (and, when the assessment sets its own weights, the
labelled "custom weights" figure the report gives beside it, never a band), section and
policy-question charts (QPainter), ranked gaps with recommended actions, the answers to follow up
("don't know" first, then the items not answered yet, by section: gui/follow_up) and every answer
"not applicable" with its reason, as the report's Annex D lists them."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QTextBrowser, QToolTip, QVBoxLayout, QWidget,
)

from ..domain.scoring import BAND_THRESHOLDS, FollowUpItem, ScoreResult, band_for, custom_weights_label
from ..domain.team.review import unit_wording
from .follow_up import FollowUpTree
from .home import BAND_COLOURS
from .numbers import date_text, decimal_text, interface_language, percent_text
from .writing import isolated


def score_colour(score: float | None) -> QColor:
    band = band_for(score)
    return QColor("#d1d5db") if band is None else QColor(BAND_COLOURS[band])


# Chinese (and Japanese) text breaks between any two characters, except that a line never starts
# with closing punctuation ("：", "）", "、"); other scripts break between words
_CJK = "\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_PIECE = re.compile(rf"(\s*)([{_CJK}]|[^\s{_CJK}]+)")
_NO_LINE_START = set("，。、；：！？）」』》〉】")


def name_lines(fm, text: str, width: int, most: int = 4) -> list[str]:
    """``text`` broken between words into lines ``width`` pixels wide ("S6C Traditional sources:" /
    "administrative records"), whole: a Russian or Arabic section name takes a third line rather
    than end in "…", a Chinese one breaks between characters ("S4 可持续发展目标指标及按" /
    "移民身份分列", not "S4" / "可持续发展目标指标及按移民…"). Only a single word wider than the line,
    or a name of more than ``most`` lines, is cut with "…"."""
    lines: list[str] = []
    for m in _PIECE.finditer(text):
        space, piece = (" " if m[1] else ""), m[2]
        if lines and fm.horizontalAdvance(f"{lines[-1]}{space}{piece}") <= width:
            lines[-1] = f"{lines[-1]}{space}{piece}"
        elif lines and piece in _NO_LINE_START and len(lines[-1]) > 1:
            lines[-1], carried = lines[-1][:-1], lines[-1][-1]  # the character before goes down with it
            lines.append(carried + piece)
        else:
            lines.append(piece)
    if len(lines) > most:
        lines = [*lines[:most - 1], " ".join(lines[most - 1:])]
    return [fm.elidedText(x, Qt.TextElideMode.ElideRight, width) for x in lines] or [""]


def mirrored(widget: QWidget):
    """The rectangle of a chart drawn left to right, where ``widget``'s direction puts it: mirrored
    left-right in a right-to-left window; the text flags' left and right are
    mirrored by Qt itself (QPainter takes the widget's direction)."""
    direction, bounds = widget.layoutDirection(), QRectF(widget.rect())

    def place(rect: QRectF) -> QRectF:
        if direction != Qt.LayoutDirection.RightToLeft:
            return rect
        return QRectF(bounds.width() - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())

    return place


class SectionChart(QWidget):
    """Horizontal bars: one per scored section, 0–100; the previous round's score beside each
    (a tick on the bar and the number in grey). A section's name takes two lines ("S6A Traditional
    sources:" / "population census", never three rows of "S6 Traditional sour…"); a bar's tooltip
    gives its whole label; a click (or Enter on the focused chart's first section) goes to the
    section."""

    clicked = Signal(str)  # a section id
    ROW = 38  # two lines of a name, and a little air (more when a name needs a third line)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, float | None]] = []  # (id, label, score)
        self.previous: dict[str, float | None] = {}  # section id -> the previous round's score
        self.previous_round: str = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Section scores chart"))
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_rows(self, rows, previous: dict[str, float | None] | None = None, previous_round: str = "") -> None:
        self.rows = rows
        self.previous = dict(previous or {})
        self.previous_round = previous_round
        self._fit_height()
        self.setAccessibleDescription("; ".join(self._describe(i) for i in range(len(rows))))
        self.update()

    def _describe(self, i: int) -> str:
        sid, label, score = self.rows[i]
        text = f"{sid} {label}: {'–' if score is None else decimal_text(score)}"
        if sid in self.previous:
            prev = self.previous[sid]
            text += " " + self.tr("(round %1: %2)").replace("%1", self.previous_round).replace(
                "%2", "–" if prev is None else decimal_text(prev))
        return text

    def _layout(self, width: int) -> tuple[int, int, list[list[str]]]:
        """(the names' column width, one row's height, each name's lines) at ``width`` pixels: every
        row as high as the name that needs most lines (two at least)."""
        fm = self.fontMetrics()
        label_w = min(max((fm.horizontalAdvance(f"{sid} {lab}") for sid, lab, _ in self.rows), default=80) + 10,
                      int(width * 0.42))
        names = [name_lines(fm, f"{sid} {label}", label_w - 6) for sid, label, _ in self.rows]
        row = max(self.ROW, max((len(n) for n in names), default=1) * fm.lineSpacing() + 8)
        return label_w, row, names

    def _fit_height(self) -> None:
        _label_w, row, _names = self._layout(self.width() or self.sizeHint().width())
        self.row_height = row
        self.setMinimumHeight(row * max(1, len(self.rows)) + 26)

    def resizeEvent(self, e):
        super().resizeEvent(e)
        self._fit_height()

    def row_at(self, y: float) -> int | None:
        i = int((y - 4) // getattr(self, "row_height", self.ROW))
        return i if 0 <= i < len(self.rows) else None

    def event(self, e):
        if e.type() == QEvent.Type.ToolTip:
            i = self.row_at(e.pos().y())
            if i is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), self._describe(i) + "\n" + self.tr("Click to open the section."),
                                  self)
            return True
        return super().event(e)

    def mouseReleaseEvent(self, e):
        i = self.row_at(e.position().y())
        if i is not None and e.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.rows[i][0])
        super().mouseReleaseEvent(e)

    def sizeHint(self):
        return QSize(420, self.ROW * max(1, len(self.rows)) + 26)

    def paintEvent(self, _e):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = mirrored(self)  # right to left: names on the right, bars growing leftwards
        fm = p.fontMetrics()
        label_w, row, names = self._layout(self.width())
        bar_x = label_w + 4
        num = fm.horizontalAdvance("100.0") + 6  # one decimal, as the score is shown everywhere
        num_w = 2 * num + 8 if self.previous else num + 4
        bar_w = max(40, self.width() - bar_x - num_w - 4)
        line = fm.lineSpacing()
        for i, (sid, _label, score) in enumerate(self.rows):
            top = 4 + i * row
            y = top + (row - 20) // 2  # the bar and its numbers, in the middle of the row
            p.setPen(QColor("#374151"))
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            first = top + (row - line * len(names[i])) / 2
            for k, text in enumerate(names[i]):
                p.drawText(r(QRectF(0, first + k * line, label_w - 6, line)), right, text)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#eef0f3"))
            p.drawRoundedRect(r(QRectF(bar_x, y + 3, bar_w, 14)), 3, 3)
            if score is not None:
                p.setBrush(score_colour(score))
                p.drawRoundedRect(r(QRectF(bar_x, y + 3, bar_w * max(0.0, min(100.0, score)) / 100, 14)), 3, 3)
            prev = self.previous.get(sid)
            if prev is not None:  # the previous round: a tick on the bar
                x = r(QRectF(bar_x + bar_w * max(0.0, min(100.0, prev)) / 100, 0, 0, 0)).x()
                p.setPen(QPen(QColor("#111827"), 2))
                p.drawLine(int(x), y + 1, int(x), y + 19)
            p.setPen(QColor("#111827"))
            p.drawText(r(QRectF(bar_x + bar_w + 4, y, num, 20)), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       "–" if score is None else decimal_text(score))
            if sid in self.previous:
                p.setPen(QColor("#6b7280"))
                p.drawText(r(QRectF(bar_x + bar_w + 4 + num, y, num + 8, 20)),
                           Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                           "(–)" if prev is None else f"({decimal_text(prev)})")
        # band thresholds
        p.setPen(QPen(QColor("#9ca3af"), 1, Qt.PenStyle.DashLine))
        bottom = 4 + len(self.rows) * row
        for t in BAND_THRESHOLDS:
            x = r(QRectF(bar_x + bar_w * t / 100, 0, 0, 0)).x()
            p.drawLine(int(x), 2, int(x), bottom)
            p.drawText(QRectF(x - 15, bottom, 30, 18), Qt.AlignmentFlag.AlignCenter, str(t))
        p.end()


class PolicyChart(QWidget):
    """A–O: need (outlined) against availability (filled), 0–3, with the gap in red."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int | None, int | None, int | None]] = []  # code, need, avail, gap
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Availability and gap by policy question"))

    def set_rows(self, rows) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(f"{c}: need {n}, availability {a}, gap {g}" for c, n, a, g in rows))
        self.update()

    def sizeHint(self):
        return QSize(420, 190)

    def paintEvent(self, _e):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = mirrored(self)  # right to left: A on the right, the scale on the right
        n = max(1, len(self.rows))
        left, bottom, top = 22, self.height() - 40, 8
        h = bottom - top
        slot = (self.width() - left - 4) / n
        p.setPen(QColor("#e5e7eb"))
        for lvl in range(4):
            y = bottom - h * lvl / 3
            p.drawLine(left, int(y), self.width() - 4, int(y))
            p.setPen(QColor("#6b7280"))
            p.drawText(r(QRectF(0, y - 8, left - 4, 16)), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(lvl))
            p.setPen(QColor("#e5e7eb"))
        for i, (code, need, avail, gap) in enumerate(self.rows):
            x = left + i * slot + slot * 0.18
            w = slot * 0.64
            if need is not None:
                p.setPen(QPen(QColor("#374151"), 1.2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(r(QRectF(x, bottom - h * need / 3, w, h * need / 3)))
            if avail is not None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(BAND_COLOURS["meets"]))
                p.drawRect(r(QRectF(x + 2, bottom - h * avail / 3, w - 4, h * avail / 3)))
            if gap:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(192, 57, 43, 150))
                a = avail or 0
                p.drawRect(r(QRectF(x + 2, bottom - h * (a + gap) / 3, w - 4, h * gap / 3)))
            p.setPen(QColor("#111827"))
            p.drawText(r(QRectF(left + i * slot, bottom + 2, slot, 16)), Qt.AlignmentFlag.AlignCenter, code)
        # legend
        y = bottom + 20
        p.setPen(QPen(QColor("#374151"), 1.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r(QRectF(left, y + 3, 10, 10)))
        p.drawText(r(QRectF(left + 14, y, 80, 16)), Qt.AlignmentFlag.AlignVCenter, self.tr("need"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(BAND_COLOURS["meets"]))
        p.drawRect(r(QRectF(left + 90, y + 3, 10, 10)))
        p.setPen(QColor("#374151"))
        p.drawText(r(QRectF(left + 104, y, 90, 16)), Qt.AlignmentFlag.AlignVCenter, self.tr("availability"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(192, 57, 43, 150))
        p.drawRect(r(QRectF(left + 200, y + 3, 10, 10)))
        p.setPen(QColor("#374151"))
        p.drawText(r(QRectF(left + 214, y, 80, 16)), Qt.AlignmentFlag.AlignVCenter, self.tr("gap"))
        p.end()


def _card(title: str, body: QWidget, parent: QWidget) -> QFrame:
    f = QFrame(parent)
    f.setObjectName("card")
    box = QVBoxLayout(f)
    box.setContentsMargins(12, 10, 12, 12)
    t = QLabel(title, f)
    t.setObjectName("cardTitle")
    # the title keeps its one line at the top: a card made taller by its neighbour in the grid row
    # (long ranked gaps beside a short follow-up list, or the reverse) leaves the space below its
    # content, instead of growing the title label (whose text is centred: the card looked blank)
    t.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    t.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    t.setWordWrap(True)  # a long French title wraps rather than widen the page past the window
    box.addWidget(t)
    if body.sizePolicy().verticalPolicy() in (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding):
        box.addWidget(body, 1)  # a chart that fills its card
    else:
        box.addWidget(body)
        box.addStretch(1)
    return f


def _esc(text) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Dashboard(QScrollArea):
    navigate = Signal(str)  # an answer key to go to

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("dashboard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(16, 14, 16, 16)
        grid.setSpacing(12)
        grid.addWidget(self._make_head(body), 0, 0, 1, 2)
        self.sections = SectionChart(body)
        self.sections.clicked.connect(self._open_section)
        self.pqs = PolicyChart(body)
        grid.addWidget(_card(self.tr("Section scores (0–100)"), self.sections, body), 1, 0)
        grid.addWidget(_card(self.tr("Policy questions A–O: need, availability and gap (0–3)"), self.pqs, body), 1, 1)
        self.gaps = self._browser("gaps", self.tr("Ranked gaps and recommended actions"), body)
        grid.addWidget(_card(self.tr("Ranked gaps and recommended actions"), self.gaps, body), 2, 0)
        self.follow = FollowUpTree(self._section_title, body)
        self.follow.navigate.connect(self.navigate.emit)
        grid.addWidget(_card(self.tr("Answers to follow up (Enter opens)"), self.follow, body), 2, 1)
        # every "not applicable" with its reason (the report's Annex D)
        self.na = self._browser("notApplicable", self.tr("Answers “not applicable”, with their reasons"), body)
        grid.addWidget(_card(self.tr("Answers “not applicable”, with their reasons"), self.na, body), 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.setWidget(body)
        self._stale = False
        self._previous: tuple | None = None  # (assessment, ScoreResult | None), scored once
        self._earlier: list = []  # [EarlierScore | None] once read: kept in the assessment, read once
        self.compare_dialog = None
        session.scoresChanged.connect(self._on_scores_changed)
        session.reviewsChanged.connect(lambda: self._on_scores_changed(session.scores))
        # an assessment opens with its scores derived: drawn when the dashboard is shown, as a change is
        self.update_scores(None)
        if session.scores is not None:
            self._on_scores_changed(session.scores)

    def _make_head(self, body: QWidget) -> QFrame:
        """The card at the top: the overall score, its band, completeness and reference date, the
        custom-weights figure, review coverage, the previous round and *Compare rounds*."""
        head = QFrame(body)
        head.setObjectName("card")
        hbox = QHBoxLayout(head)
        self.overall = QLabel("–", head)
        self.overall.setObjectName("overallScore")
        self.overall.setAccessibleName(self.tr("Overall score"))
        self.band = QLabel(head)
        self.band.setObjectName("band")
        self.band.setAccessibleName(self.tr("Band"))
        self.band.setWordWrap(True)  # "Предварительно: уровень пока не присвоен" in its large type: 741 px
        self.meta = QLabel(head)
        self.meta.setObjectName("help")
        self.meta.setWordWrap(True)
        self.custom = QLabel(head)  # the custom-weights figure: the report's sentence, no band
        self.custom.setObjectName("customWeights")
        self.custom.setWordWrap(True)
        self.custom.setVisible(False)
        self.earlier = QLabel(head)  # a score stored under earlier scoring rules: both figures
        self.earlier.setObjectName("earlierScore")
        self.earlier.setWordWrap(True)
        self.earlier.setVisible(False)
        self.review = QLabel(head)  # review coverage
        self.review.setObjectName("reviewCoverage")
        self.review.setWordWrap(True)
        self.previous = QLabel(head)
        self.previous.setObjectName("help")
        self.previous.setWordWrap(True)
        self.previous.setVisible(False)
        self.compare = QPushButton(head)
        self.compare.setObjectName("compareRounds")
        self.compare.setVisible(False)
        self.compare.clicked.connect(self.open_compare)
        col = QVBoxLayout()
        col.addWidget(self.band)
        col.addWidget(self.meta)
        col.addWidget(self.custom)
        col.addWidget(self.earlier)
        col.addWidget(self.review)
        col.addWidget(self.previous)
        hbox.addWidget(self.overall)
        hbox.addLayout(col, 1)
        hbox.addWidget(self.compare, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _browser(self, name: str, accessible: str, body: QWidget) -> QTextBrowser:
        """A text panel of the page, its links opening the answer they name; the page scrolls, not it."""
        browser = QTextBrowser(body)
        browser.setObjectName(name)
        browser.setAccessibleName(accessible)
        browser.setOpenLinks(False)
        browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        browser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        browser.anchorClicked.connect(lambda url: self.navigate.emit(url.toString()))
        return browser

    def _on_scores_changed(self, result: ScoreResult | None) -> None:
        # a hidden dashboard catches up when it is shown (no work on every answer)
        if self.isVisible():
            self.update_scores(result)
        else:
            self._stale = True

    def resizeEvent(self, e):
        super().resizeEvent(e)
        self._fit_lists()

    def _fit_lists(self) -> None:
        """The gaps and the follow-up list as tall as their content: one scrolling page, no small
        scrolling boxes inside it."""
        for box, least in ((self.gaps, 120), (self.na, 40)):
            doc = box.document()
            doc.setTextWidth(max(100, box.viewport().width()))
            box.setFixedHeight(max(least, int(doc.size().height()) + 2 * box.frameWidth() + 8))
        self.follow.fit_height()

    def showEvent(self, e):
        if self._stale:
            self.update_scores(self.session.scores)
        super().showEvent(e)

    def update_scores(self, result: ScoreResult | None) -> None:
        self._stale = False
        s = self.session
        q = s.q
        if result is None:
            self.overall.setText("–")
            self.band.setText(self.tr("Scores are not available"))
            self.meta.setText(s.score_error or self.tr("The scoring module is not installed in this version."))
            self.sections.set_rows([(sec.id, s.text(sec.label), None) for sec in q.sections if sec.scored])
            self.pqs.set_rows([(p.code, None, None, None) for p in q.policy_questions])
            self.gaps.setHtml("")
            self.custom.setVisible(False)
            self.earlier.setVisible(False)
            self.na.setHtml("")
            self._fill_follow_up([])
            return
        overall = result.overall_shown
        self.overall.setText("–" if overall is None else decimal_text(overall))  # as shown everywhere
        self.overall.setStyleSheet(f"color: {score_colour(overall).name()};")
        provisional = getattr(result, "provisional", None)
        if provisional is None:
            provisional = result.band is None and result.overall is not None
        band = result.band_label or ""
        if provisional and self.tr("provisional") not in band.lower():
            band = (band + " · " if band else "") + self.tr("provisional")
        self.band.setText(band)
        # completeness as the scores count it (primary questions answered or not applicable), the
        # figure of the report, in the same editorial form ("77.9%", "77,9 %", "77.9 في المائة")
        self.meta.setText(self.tr("Completion %1 · reference date %2 · scoring rules %3")
                          .replace("%1", percent_text(result.completeness_shown)).replace("%2", isolated(date_text(result.reference_date) or "–"))
                          .replace("%3", result.rules_version))
        self._show_custom(result)
        self._show_earlier(result)
        prev_a, prev_result = self._previous_round()
        prev_scores = {sid: sec.shown for sid, sec in prev_result.sections.items()} if prev_result else None
        self.sections.set_rows([(sid, sec.label or s.text(q.section(sid).label if q.section(sid) else {}), sec.shown)
                                for sid, sec in result.sections.items()],
                               prev_scores, str(prev_a.round) if prev_a is not None else "")
        self._show_previous(prev_a, prev_result)
        pqs = result.policy_questions
        self.pqs.set_rows([(p.code, pqs[p.code].need, pqs[p.code].availability, pqs[p.code].gap)
                           if p.code in pqs else (p.code, None, None, None) for p in q.policy_questions])
        self.gaps.setHtml(self._gaps_html(result))
        self._fill_follow_up(result.follow_up)
        self.na.setHtml(self._not_applicable_html(result))
        self._fit_lists()

    def _show_custom(self, result: ScoreResult) -> None:
        """The figure of the assessment's own weights, said as the report says it: labelled
        "custom weights", no band, the headline and its band on the documented weights."""
        custom = result.custom_overall_shown if result.custom_weights is not None else None
        self.custom.setVisible(custom is not None)
        if custom is not None:
            self.custom.setText(self.tr("With the weights set for this assessment: %1 out of 100 (%2); the band "
                                        "uses the documented weights.")
                                .replace("%1", decimal_text(custom)).replace("%2", custom_weights_label(result.lang)))

    def _show_earlier(self, result: ScoreResult) -> None:
        """A score stored under earlier scoring rules, said as the command line and the report say it:
        both figures, both bands and what the rules changed, in the window's language."""
        if not self._earlier:
            from ..services.versions import earlier_score

            try:
                self._earlier.append(earlier_score(self.session.store, self.session.assessment_id))
            except Exception:  # noqa: BLE001 - the earlier figure is a help, never a failure here
                self._earlier.append(None)
        was = self._earlier[0]
        self.earlier.setVisible(was is not None)
        if was is not None:
            self.earlier.setText(was.beside(result.overall_shown, result.band, interface_language(), number=decimal_text))

    def _not_applicable_html(self, result: ScoreResult) -> str:
        """Every answer "not applicable", by section, with the questionnaire's reason and the
        officer's own words (in italics), as the report's Annex D lists them; a link opens it."""
        if not result.not_applicable:
            none = self.tr("No answer was recorded as “not applicable”.")  # lupdate reads no f-string
            return f"<p>{none}</p>"
        rows = []
        for n in result.not_applicable:
            comment = f"<br><i>{_esc(n.comment)}</i>" if n.comment else ""
            rows.append(f"<tr><td style='padding:2px 8px 2px 0'>{_esc(n.section)}</td>"
                        f"<td style='padding:2px 8px 2px 0'><a href='{_esc(n.key)}'>{_esc(n.label)}</a></td>"
                        f"<td style='padding:2px 0'>{_esc(n.reason)}{comment}</td></tr>")
        intro = self.tr("“Not applicable” is accepted only where the questionnaire allows it, for the reason it "
                        "states; the respondents' own words follow in italics. It never raises a score.")
        return f"<p style='margin:0 0 4px 0'>{intro}</p><table width='100%'>{''.join(rows)}</table>"

    def _gaps_html(self, result: ScoreResult) -> str:
        pqs = result.policy_questions
        parts = []
        shown = 0
        for code in result.ranked:
            info = pqs.get(code)
            if info is None or (not info.gap and not info.priority):
                continue
            shown += 1
            tags = [self.tr("priority %1").replace("%1", str(info.priority)),
                    _esc(info.gap_type_label or info.gap_type)]
            if info.quick_win:
                tags.append(self.tr("quick win"))
            reasons = "".join(f"<li>{_esc(r)}</li>" for r in info.reasons[:4])
            parts.append(f"<p style='margin:6px 0 2px 0'><b><a href='pq:{code}'>{code}. {_esc(info.label)}</a></b>"
                         f"<br><span style='color:#6b7280'>{' · '.join(t for t in tags if t)}</span></p>"
                         f"<ul style='margin:0 0 0 -18px'>{reasons}</ul>")
            if shown >= 8:
                break
        if not parts:
            assessed = any(c.level is not None for c in result.cells.values())
            sheet = getattr(self.session, "sheet", None)
            answered = any(a.status != "empty" for a in sheet.answers.values()) if sheet is not None else True
            if not answered:  # nothing answered: nothing to claim
                none_text = self.tr("No answers yet: gaps appear here as the policy questions and "
                                    "the matrix (S3) are answered.")
            elif not assessed:  # needs without any matrix answer: no gap can be stated yet
                none_text = self.tr("No gap can be stated yet: the matrix (S3) has no answer.")
            else:
                none_text = self.tr("No gap between needs and availability.")
            parts.append(f"<p>{none_text}</p>")
        recs = result.recommendations
        if recs:
            heading = self.tr("Recommended actions")  # outside the f-string: lupdate reads no f-string
            parts.append(f"<h4 style='margin:10px 0 2px 0'>{heading}</h4><ol style='margin-left:-18px'>")
            for r in recs[:8]:
                pq = ", ".join(r.policy_questions)
                parts.append(f"<li><b>{_esc(r.title)}</b>{(' (' + _esc(pq) + ')') if pq else ''}"
                             f"<br>{_esc(r.text)}</li>")
            parts.append("</ol>")
        return "".join(parts)

    def _fill_follow_up(self, rows: list[FollowUpItem]) -> None:
        """The answers a reviewer disputed or marked for follow-up first, then the scores' list."""
        s = self.session
        reviewed = []
        for u in s.reviews_to_follow_up():
            label = unit_wording(s.q, u.unit, s.lang)
            note = u.review.note if u.review is not None else ""
            item = s.q.item(u.unit.split(".")[0])
            reviewed.append(FollowUpItem(u.unit, f"{label} — {note}" if note else label,
                                         item.section_id if item is not None else "", u.status))
        self.follow.set_items(reviewed + list(rows))
        self._show_review()

    def _show_review(self) -> None:
        c = self.session.review_coverage()
        if not c.total:
            self.review.setText(self.tr("Review: no answer to review yet"))
            return
        parts = [self.tr("Review: %1 of %2 answers validated").replace("%1", str(c.validated))
                 .replace("%2", str(c.total))]
        for n, text in ((c.follow_up, self.tr("follow-up: %1")), (c.disputed, self.tr("disputed: %1")),
                        (c.not_reviewed, self.tr("not reviewed: %1"))):
            if n:
                parts.append(text.replace("%1", str(n)))
        self.review.setText(" · ".join(parts))

    def _section_title(self, sid: str) -> str:
        sec = self.session.q.section(sid)
        return self.session.text(sec.label) if sec is not None else sid

    # --- round over round ------------------------------------------------------------------------
    def _previous_round(self):
        """The previous round and its scores (scored once, under the current rules); (None, None)
        when there is none."""
        if self._previous is None:
            from ..services.rounds import previous_round
            from ..services.scoring import score_assessment

            s = self.session
            prev = None
            result = None
            try:
                prev = previous_round(s.store, svc_assessment(s))
                if prev is not None:
                    result = score_assessment(s.store, s.q, prev.id, s.lang)
            except Exception:  # noqa: BLE001 - the previous round is a help, never a failure here
                prev, result = None, None
            self._previous = (prev, result)
        return self._previous

    def _show_previous(self, prev, result) -> None:
        if prev is None:
            self.previous.setVisible(False)
            self.compare.setVisible(False)
            return
        overall = None if result is None else result.overall_shown
        self.previous.setText(self.tr("Round %1: %2 %3 (grey numbers and ticks on the bars)")
                              .replace("%1", str(prev.round))
                              .replace("%2", "–" if overall is None else decimal_text(overall))
                              .replace("%3", f"({result.band_label})" if result is not None and result.band_label else ""))
        self.previous.setVisible(True)
        self.compare.setText(self.tr("C&ompare with round %s…") % prev.round)
        self.compare.setVisible(True)

    def open_compare(self) -> None:
        prev, _ = self._previous_round()
        if prev is None:
            return
        from .plan.compare import CompareDialog

        s = self.session
        self.compare_dialog = CompareDialog(s.store, s.q, s.assessment_id, prev.id, s.lang, self)
        self.compare_dialog.navigate.connect(self.navigate.emit)
        self.compare_dialog.open()

    def _open_section(self, sid: str) -> None:
        sec = self.session.q.section(sid)
        if sec is not None and sec.items:
            self.navigate.emit(sec.items[0].id)


def svc_assessment(session):
    """The session's assessment as stored now (its settings hold the previous round's uid)."""
    from ..services.assessments import get_assessment

    return get_assessment(session.store, session.assessment_id)
