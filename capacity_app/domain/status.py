"""Answer statuses and evidence kinds: the plain constants the store and the services need to open
a database, without loading the questionnaire model (capacity_app.domain.answers re-exports them)."""

ANSWERED = "answered"
DONT_KNOW = "dont_know"
NOT_APPLICABLE = "not_applicable"
EMPTY = "empty"  # a row that holds only a comment or evidence
ANSWER_STATUSES = (ANSWERED, DONT_KNOW, NOT_APPLICABLE, EMPTY)

EVIDENCE_KINDS = ("document", "url", "institution", "note")
