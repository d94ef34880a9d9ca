"""The action plan: its actions, drafting from recommendations and round comparison (``actions``),
its money (``cost``: costs, exchange rates, totals and the financing gap, in ``Decimal``) and its
validation with the changes after it (``validation``). ``cost`` never imports the other two."""
