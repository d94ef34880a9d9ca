"""The team's review of each answer (``review``: units, fingerprints, coverage, the follow-up
list) and the national statistics office's sign-off (``signoff``)."""
