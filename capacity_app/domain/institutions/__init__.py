"""Who answers what (``asked``: the units each institution of S0 is asked) and the values
institutions propose (``proposals``: states, conflicts between institutions)."""
