"""The window's scripts and direction: the bundled fonts (resources/report/fonts, the reports'
own) registered with Qt and put behind the window's font, so every script shows whatever fonts
the system has; the layout direction from the interface language (Arabic: right to left, the
whole window mirrored, the icons that point mirrored with it); number fields with a locale chosen
on purpose, so "72.5" is read the same under an Arabic-Indic-digit system locale (ar_EG, ar_SA)."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QFontDatabase, QGuiApplication

# PySide6.QtCore.Qt is read only where it is needed: creating its namespace costs about 20 ms,
# which a left-to-right start-up never pays (tests/test_launch.py)

from ..domain.languages import is_rtl
from ..paths import resources_dir

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
              "NotoSansArabic-Bold.ttf", "NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf")
# the Chinese faces: registering them is 2-3 ms of the window's start (fontconfig reads the
# character sets of their 17 MB), which a first view in a language of another script never draws
HAN_FONT_FILES = ("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf")
HAN_SCRIPTS = ("Hans", "Hant", "Jpan", "Kore")


def register_fonts(app, *, han: bool = True) -> list[str]:
    """Register the bundled fonts once per application and put them behind the window's font (a
    character its family lacks is looked for in them before the system's fonts); returns their
    families. Registering reads only the fonts' names and character sets: glyphs load when needed.
    ``han=False``: all but the Chinese faces (:data:`HAN_FONT_FILES`), which a later call adds
    (the window's, once its first view is on screen)."""
    done = set(app.property("capacity_font_files") or ())
    families = list(app.property("capacity_fonts") or ())
    wanted = [n for n in FONT_FILES if n not in done and (han or n not in HAN_FONT_FILES)]
    if not wanted:
        return families
    from PySide6.QtGui import QFont

    folder = resources_dir() / "report" / "fonts"
    added: list[str] = []
    for name in wanted:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
                added.append(family)
        done.add(name)
    QFont.insertSubstitutions(app.font().family(), added)
    app.setProperty("capacity_font_files", sorted(done))
    app.setProperty("capacity_fonts", families)
    return families


def draws_han(lang: str, *texts: str) -> bool:
    """Whether a view in the language ``lang`` (the interface's, or the questionnaire's: the list's
    country names, the language box), or showing ``texts`` (a path), draws Chinese characters (or
    Japanese or Korean, a language a catalogue adds): it needs the Chinese faces."""
    from ..domain.languages import BY_CODE

    language = BY_CODE.get(lang)
    return language is not None and language.script in HAN_SCRIPTS or any(_has_han(t) for t in texts)


# Chinese, Japanese and Korean characters, their punctuation and full-width forms
_HAN_RANGES = (("\u2e80", "\u9fff"), ("\ua960", "\ua97f"), ("\uac00", "\ud7ff"), ("\uf900", "\ufaff"),
               ("\ufe30", "\ufe4f"), ("\uff00", "\uffef"), ("\U00020000", "\U0003134f"))


def _has_han(text: str) -> bool:
    return any(low <= ch <= high for ch in text if ch >= "\u2e80" for low, high in _HAN_RANGES)


def apply_direction(app, lang: str) -> None:
    """Right to left for Arabic, left to right otherwise: every widget and layout follows (Qt
    mirrors the window, its toolbars, grids, scroll bars and the arrows of spin and combo boxes)."""
    if is_rtl(lang) == app.isRightToLeft():
        return
    from PySide6.QtCore import Qt

    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)


def number_locale() -> QLocale:
    """The locale of the number fields: the digits 0-9 and "." whatever the system's locale (Arabic
    Egypt or Saudi Arabia would show Arabic-Indic digits and refuse a typed "72.5"), as the
    questionnaire's values, the workbook and the UN's Arabic documents write numbers."""
    loc = QLocale.c()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator | QLocale.NumberOption.RejectGroupSeparator)
    return loc


FSI, PDI = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """``text`` (a date, a period, a code or user text) for a sentence or a cell of the window: in a
    right-to-left window wrapped in FSI…PDI, so that it keeps its own direction and order inside the
    Arabic around it (unisolated, "2026-06-18" showed as 18-06-2026 and "2026-Q3 – 2026-Q4" as
    "Q3 – 2026 …" in a table cell); left to right it is returned as it is."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return f"{FSI}{text}{PDI}"


def with_code(name: str, code: str) -> str:
    """A name and its code in brackets after it, as the window lists a country ("Jordan (JOR)") or
    a field ("Comment (s1_q2)"): in a right-to-left window the bracketed code is one isolate,
    brackets inside and the space before it outside ("الأردن (JOR)"), so that its brackets stay
    around it whatever the name's script and wherever a line breaks ("(JOR" with its
    closing bracket at the line's far end)."""
    return f"{name} {isolated(f'({code})')}" if code else name


def runs_isolated(text: str) -> str:
    """A questionnaire label for a right-to-left window: its figures and codes ("10.c.1", "0–3")
    isolated inside the Arabic around them (unisolated, SDG 10.c.1 showed as c.1.10 in the S4
    grid); left to right, or without an Arabic letter, it is returned as it is."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    from ..reports.bidi import digit_runs_isolated

    return digit_runs_isolated(text)


# icons that point along the line: mirrored in a right-to-left window (undo points to where the
# text came from: the right in Arabic); the others (up, down, a page, a house) are not
POINTING_ICONS = frozenset({"undo", "redo", "restore"})


def oriented(name: str, icon):
    """``icon`` (named ``name``) as the window's direction wants it: a pointing icon mirrored
    left-right in a right-to-left window, every rendition of it."""
    if name not in POINTING_ICONS or not QGuiApplication.isRightToLeft():
        return icon
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon, QPixmap

    out = QIcon()
    for size in icon.availableSizes() or [icon.actualSize(QSize(24, 24))]:
        image = icon.pixmap(size).toImage().flipped(Qt.Orientation.Horizontal)
        out.addPixmap(QPixmap.fromImage(image))
    return out
