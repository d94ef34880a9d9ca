"""capacity_app.catalog"""
from . import sentences  # noqa: F401  (gives domain.texts the reader of the engine's sentences)
