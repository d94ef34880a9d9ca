"""Cross-country aggregation: the returned workbooks read in parallel (``pool``, ``extract``,
``model``), each country's identity and rounds (``identity``), the roll-ups by region and group in
exact decimals (``groups``, ``plans``), the tables every output is written from (``tables``), the
consolidated workbook (``sheets``, its layout ``format``, streamed by ``xlsxstream``) and the
analyst's CSV, Stata and SPSS files (``bundle``); ``run`` drives one aggregation."""
