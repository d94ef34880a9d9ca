"""The action plan: its actions and drafting from recommendations (``actions``), its money
(``cost``: costs, exchange rates, totals and the financing gap, in ``Decimal``), its validation
with the changes after it (``validation``), and what an earlier round's plan achieved, read once
from its progress for every comparison of rounds (``achieved``). ``cost`` never imports the
others."""

# the declared fields' labels and refusal words (each declaration's ``declared_texts``: an action's
# and a cost line's, an indicator's and an outcome's, a progress entry's) are in ``domain.texts``
# whenever any part of the plan is loaded
from . import fields as fields
from . import progress_fields as progress_fields
from . import result_fields as result_fields
