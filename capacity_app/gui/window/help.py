"""The help page (F1): the English page resources/help/help.en.html (every other language: its
sections from the language's catalogue help.<lang>.yaml), shown in a text
browser. Nothing is fetched: the page has no images, and a link leaving the page (a web
address) is never followed (the browser opens no external link and resolves no resource)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ...catalog.translations import html_sections, read_catalogue
from ...domain.languages import CATALOGUED
from ...paths import resources_dir


def help_page(lang: str) -> Path:
    """The help page of the interface language ``lang`` (English when it has none)."""
    folder = resources_dir() / "help"
    page = folder / f"help.{lang}.html"
    return page if page.exists() else folder / "help.en.html"


def help_html(lang: str) -> str:
    """The help page's HTML in ``lang``: its own page, or for a catalogued language the English
    page's sections each in its translation (English while one is missing: the tests list them)."""
    if lang not in CATALOGUED:
        return help_page(lang).read_text(encoding="utf-8")
    english = html_sections(help_page("en").read_text(encoding="utf-8"))
    errors: list = []
    cat = read_catalogue(resources_dir() / "help" / f"help.{lang}.yaml", lang, errors)
    parts = [t if isinstance(t := cat.translation(key), str) else text for key, text in english.items()]
    return "\n\n".join(parts)


class OfflineBrowser(QTextBrowser):
    """A text browser that loads nothing but the text it is given: no file, no image, no web page."""

    def loadResource(self, type_: int, name: QUrl | str):
        return None


class HelpDialog(QDialog):
    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.browser = OfflineBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # a link to a section scrolls there; none other is followed
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setAccessibleName(self.tr("Help"))
        try:
            text = help_html(lang)
        except OSError as exc:
            text = "<p>" + self.tr("The help page could not be read: %s") % (exc.strerror or exc) + "</p>"
        self.browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
        self.resize(720, 640)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "" and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
