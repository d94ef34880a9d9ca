"""Worker processes: the registry of functions a worker may run and the child's entry point
(``tasks``), and the warm report worker started ahead of the first report (``warm``)."""
