"""The window's messages of a language added by its catalogue (catalog.dropin): it has no .qm, so
the PO's texts are looked up by context, source and comment, and a count's form is chosen by the
language's CLDR plural rule (Babel). A message not translated gives English. Imported only when
such a language is the interface's (gui/window/app.py)."""
from __future__ import annotations

from PySide6.QtCore import QTranslator

from ...catalog import dropin
from ...catalog.translations import plural_categories
from ...domain.languages import language


class CatalogueTranslator(QTranslator):
    def __init__(self, parent, lang: str):
        super().__init__(parent)
        from babel import Locale

        self._lang = lang
        self._messages = dropin.read(lang).window
        self._plural = Locale.parse(language(lang).babel).plural_form
        self._categories = plural_categories(lang)

    def language(self) -> str:
        return self._lang

    def isEmpty(self) -> bool:
        return not self._messages

    def translate(self, context, source, disambiguation=None, n=-1):
        forms = self._messages.get((context, source, disambiguation or ""))
        if not forms:
            return ""
        if len(forms) == 1 or n is None or n < 0:
            return forms[0]
        category = self._plural(abs(int(n)))
        index = self._categories.index(category) if category in self._categories else len(forms) - 1
        return forms[min(index, len(forms) - 1)]
