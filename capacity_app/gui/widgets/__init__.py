"""Widgets every view uses: the answer editors (``editors``), the date field (``datefield``),
the wheel guard (``wheel``) and tree lines as high as their wrapped cells (``lines``)."""
