"""The action plan's writes and reads for the window and the command line (``actions``)."""
