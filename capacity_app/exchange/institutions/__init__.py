"""Questions sent to institutions and their replies: an institution's form as plain data
(``form``), its fillable workbook (``workbook``) and the reply read back (``reply``), their fixed
texts in every language of the application (``texts``); the same questions as an XLSForm for ODK and Kobo
(``xlsform``, conditions as XPath by ``xpath``) and a submissions export read back
(``submissions``)."""
