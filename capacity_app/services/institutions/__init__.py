"""Institutions asked (``asked``), their workbooks written and replies read in isolation
(``forms``), the proposals received, accepted and rejected (``proposals``), the XLSForm written
(``xlsform``) and ODK / Kobo submissions imported as proposals (``submissions``)."""
