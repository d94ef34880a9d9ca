"""Aggregation in the window: the *Aggregate workbooks* dialog (``dialog``) and the cross-country
view (``view``)."""
