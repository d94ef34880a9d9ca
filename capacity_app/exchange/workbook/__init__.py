"""The exchange workbook: the value codec (``codec``), the coded cells as labels (``vocab``),
the sheets' layout (``format``, ``cells``), the export (``export``) and the import plan
(``importer``, with ``mapping`` between questionnaire versions), the action-plan, review and
changes sheets, and the assessment package (``package``: the workbook and its documents)."""
