"""Exchange workbooks: export (openpyxl), reading with one bounded parser (reader.py), import planning,
version mappings and cross-country aggregation. Heavy libraries are imported inside functions."""
