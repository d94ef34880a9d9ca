"""The cross-country summary PDF (``summary``) and its world map (``map``)."""
