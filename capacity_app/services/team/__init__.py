"""The review of each answer (``reviews``) and the sign-offs: the supervisor's review sign-off,
the national statistics office's validation and reopening (``signoff``)."""
