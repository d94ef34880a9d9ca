"""The team's window parts: an answer's review marks and bar (``review``) and the review
sign-off, sign-off and reopening dialogs (``signoff``)."""
