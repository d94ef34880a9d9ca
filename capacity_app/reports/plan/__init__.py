"""The report's action-plan chapter: the plan's standing, plan at a glance, costs and the changes
after its validation (``chapter``, its template part ``plan.html.j2``)."""
