"""Help ▸ About: the application's version, the questionnaire's, where the data lives, and the
licences of what the application ships (libraries and data)."""
from __future__ import annotations

import html
from dataclasses import dataclass
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from ... import __version__
from ...domain.languages import Review
from .help import OfflineBrowser


@dataclass(frozen=True)
class Shipped:
    name: str
    licence: str
    what: str  # translated when shown (context AboutDialog)
    distribution: str = ""  # the installed package whose version is shown (none for data)


# What the application bundles, with the licence each is used under (the libraries' own
# metadata say the same; several give only a classifier, so the table is written out here)
SHIPPED = (
    Shipped("Qt / PySide6", "LGPL-3.0", str(QT_TRANSLATE_NOOP("AboutDialog", "user interface")), "PySide6-Essentials"),
    Shipped("Python", "PSF-2.0", str(QT_TRANSLATE_NOOP("AboutDialog", "language runtime"))),
    Shipped("SQLite / sqlite-utils", "public domain / Apache-2.0", str(QT_TRANSLATE_NOOP("AboutDialog", "database")), "sqlite-utils"),
    Shipped("WeasyPrint", "BSD-3-Clause", str(QT_TRANSLATE_NOOP("AboutDialog", "PDF reports")), "weasyprint"),
    Shipped("Jinja2", "BSD-3-Clause", str(QT_TRANSLATE_NOOP("AboutDialog", "report templates")), "jinja2"),
    Shipped("openpyxl", "MIT", str(QT_TRANSLATE_NOOP("AboutDialog", "Excel workbooks (writing)")), "openpyxl"),
    Shipped("Matplotlib", "Matplotlib (PSF-based)", str(QT_TRANSLATE_NOOP("AboutDialog", "report charts")), "matplotlib"),
    Shipped("Babel", "BSD-3-Clause", str(QT_TRANSLATE_NOOP("AboutDialog", "dates and numbers in the application's languages (%1)")), "babel"),
    Shipped("PyYAML", "MIT", str(QT_TRANSLATE_NOOP("AboutDialog", "questionnaire files")), "PyYAML"),
    Shipped("click", "BSD-3-Clause", str(QT_TRANSLATE_NOOP("AboutDialog", "command line")), "click"),
    Shipped("platformdirs", "MIT", str(QT_TRANSLATE_NOOP("AboutDialog", "data folder")), "platformdirs"),
    Shipped("UN M49 tables and UNTERM names (datasets/country-codes)", "PDDL-1.0",
            str(QT_TRANSLATE_NOOP("AboutDialog", "country and region names and codes in the six official UN languages, currencies, "
                                                 "LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)"))),
    Shipped("DejaVu fonts", "Bitstream-Vera", str(QT_TRANSLATE_NOOP("AboutDialog", "the report's font"))),
    Shipped("Noto Sans Arabic, Noto Sans CJK SC", "OFL-1.1",
            str(QT_TRANSLATE_NOOP("AboutDialog", "Arabic, Chinese, Japanese and Korean in the reports and the window"))),
)


def version_of(distribution: str) -> str:
    """The installed version of a distribution ("" when it is not installed or has no metadata,
    as in some bundles)."""
    if not distribution:
        return ""
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def translations_text(reviews: Mapping[str, Review] | None) -> list[str]:
    """One line per language translated in catalogues (Arabic, Chinese, Russian, Portuguese): reviewed by whom and
    when, or a first translation to be reviewed (catalog.kinds.translation_review)."""
    from ...catalog.kinds import translation_review
    from ...domain.languages import CATALOGUED, language

    out = []
    for code in CATALOGUED:
        review = translation_review(code, reviews or {})
        if review is None:  # French, Spanish: written with the English, no translation to review
            continue
        name = f"{language(code).name} ({code})"
        if review is not None and review.reviewed:
            out.append(QCoreApplication.translate("AboutDialog", "%1: translation reviewed by %2, %3")
                       .replace("%1", name).replace("%2", review.reviewed_by).replace("%3", review.date))
        else:
            out.append(QCoreApplication.translate(
                "AboutDialog", "%1: a first translation, to be reviewed by a United Nations translator")
                .replace("%1", name))
    return out


def shipped_what(s: Shipped) -> str:
    """What ``s`` is for, in the window's language; "%1" is the application's languages, as the
    languages data lists them (a language added by its catalogue too)."""
    from ...domain.languages import LANGUAGES

    return QCoreApplication.translate("AboutDialog", s.what).replace("%1", ", ".join(LANGUAGES))


def licences_html() -> str:
    rows = []
    for s in SHIPPED:
        v = version_of(s.distribution)
        rows.append(f"<tr><td>{html.escape(s.name)}{' ' + html.escape(v) if v else ''}</td>"
                    f"<td>{html.escape(s.licence)}</td>"
                    f"<td>{html.escape(shipped_what(s))}</td></tr>")
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


class AboutDialog(QDialog):
    """``questionnaire_version`` may be "" while the questionnaire is still loading."""

    def __init__(self, questionnaire_version: str, data_file: Path, parent=None,
                 reviews: Mapping[str, Review] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        e = html.escape
        title = self.tr("Migration data capacity assessment")
        lines = [self.tr("Version %s") % __version__,
                 self.tr("Questionnaire version %s") % (questionnaire_version or "—"),
                 self.tr("Data folder: %s") % data_file.parent,
                 self.tr("Database: %s") % data_file.name]
        note = self.tr("Built on the UNSD toolkit to assess national migration data capacity (2018). "
                       "Works offline: it never uses the network.")
        facts = f"<h2>{e(title)}</h2><p>{'<br>'.join(e(x) for x in lines)}</p><p>{e(note)}</p>"
        # until a UN translator has reviewed it, nobody may take a first translation for an official one
        facts += f"<p>{'<br>'.join(e(x) for x in translations_text(reviews))}</p>"
        self.facts = QLabel(facts, self)
        self.facts.setObjectName("aboutFacts")
        self.facts.setWordWrap(True)
        # the data folder can be selected and copied
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.licences: QTextBrowser = OfflineBrowser(self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setOpenLinks(False)
        heading = self.tr("What the application ships, and under which licence")
        self.licences.setHtml(f"<p><b>{e(heading)}</b></p>" + licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.facts)
        box.addWidget(self.licences, 1)
        box.addWidget(buttons)
        self.resize(680, 560)

