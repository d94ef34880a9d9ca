"""The action plan's window: the plan view (``view``), its dialogs (``dialogs``) and the
comparison of rounds (``compare``)."""
