"""Who answers what (``asked``: the units each institution of S0 is asked), what each request says
on its cover (``request_fields``: its fields, declared once) and the values institutions propose
(``proposals``: states, conflicts between institutions)."""
