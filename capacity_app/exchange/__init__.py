"""Exchange workbooks: export (openpyxl), checked fast reading (python-calamine), import planning,
version mappings and cross-country aggregation. Heavy libraries are imported inside functions."""
