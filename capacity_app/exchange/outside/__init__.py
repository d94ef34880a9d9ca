"""Files from outside read within limits: the archive checked before it is opened (``safety``),
the one bounded XML reader of a workbook (``reader``), and reading in a child process with a
memory and a time limit (``isolation``). Everything else in ``exchange`` reads outside files
through these."""
