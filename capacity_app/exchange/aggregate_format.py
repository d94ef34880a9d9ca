"""The consolidated (aggregated) workbook: sheet names and column headers, in the order written.

``docs/workbook-format.md`` is held to these by tests/exchange/test_format_doc.py; ``format``
re-exports them under its AGG_ names. Columns written per section, policy question or indicator
are documented as ``<...>`` rows and are not listed here."""
from __future__ import annotations

AGG_ABOUT = "About"
AGG_FILES = "Files"
AGG_SUMMARY = "Summary"
AGG_KEY_FACTS = "Key facts"
AGG_ROUNDS = "Rounds"
AGG_REGIONS = "Regions"
AGG_REGIONS_PQ = "Regions by PQ"
AGG_PQ = "Policy questions"
AGG_MATRIX = "Matrix levels"
AGG_SDG = "SDG"
AGG_SDG_GROUPS = "SDG by group"
AGG_CODEBOOK = "Codebook"
AGG_ANSWERS = "Answers"
AGG_SHEET_ORDER = (AGG_ABOUT, AGG_FILES, AGG_SUMMARY, AGG_KEY_FACTS, AGG_ROUNDS, AGG_REGIONS,
                   AGG_REGIONS_PQ, AGG_PQ, AGG_MATRIX, AGG_SDG, AGG_SDG_GROUPS, AGG_CODEBOOK, AGG_ANSWERS)

AGG_ABOUT_COLUMNS = ("Field", "Value")
AGG_FILES_COLUMNS = (
    "File", "Status", "Reason", "Country", "Round", "Assessment uid", "Assessment status",
    "Exported at", "Questionnaire version", "File SHA-256", "Answers checksum",
)
AGG_SUMMARY_FIRST_COLUMNS = (
    "Country", "Country name", "M49", "Region", "Sub-region", "Intermediate region", "Groups", "Round",
    "In roll-ups", "Assessment status", "Reference date", "Questionnaire version", "Edited after export",
    "Overall", "Band", "Band label",
)  # then "Section <id>" for each section, then "PQ <letter>" (availability) for A–O
AGG_KEY_FACTS_COLUMNS = (
    "Country", "Round", "Migration policy", "Migration data strategy", "Coordination mechanism",
    "Last census", "Staff (FTE)", "Technical assistance requested",
)
# answer keys behind the Key facts columns after Country and Round, in order
AGG_KEY_FACT_KEYS = ("s2_policy", "s5_strategy", "s9_mechanism", "s6a_last_census_year", "s12_staff_fte",
                     "s12_assistance")
AGG_ROUNDS_COLUMNS = ("Country", "Country name", "Round", "Overall", "Change", "Band label", "In roll-ups")
AGG_REGIONS_COLUMNS = (
    "Grouping", "Group", "Countries", "Country list", "Mean overall", "Min overall", "Max overall",
    "Countries scored",
)  # then "Section <id>": the mean section score
AGG_REGIONS_PQ_COLUMNS = (
    "Grouping", "Group", "Policy question", "Label", "Mean need", "Mean availability", "Mean gap",
    "Mean priority", "Countries", "Country list",
)
AGG_PQ_COLUMNS = (
    "Country", "Round", "In roll-ups", "Policy question", "Label", "Need", "Availability", "Gap",
    "Priority", "Gap type", "Gap type label",
)
AGG_MATRIX_COLUMNS = ("Country", "Round", "Policy question", "Source", "Source label", "Level")
AGG_SDG_FIRST_COLUMNS = ("Country", "Round")  # then one column per SDG indicator code
AGG_SDG_GROUPS_COLUMNS = (
    "Grouping", "Group", "Indicator", "Indicator label", "Status", "Status label", "Countries",
    "Country list",
)
AGG_CODEBOOK_COLUMNS = ("Kind", "Code", "Label")
AGG_ANSWERS_COLUMNS = (
    "Country", "Round", "Answer key", "Question", "Section", "Status", "Value", "Value label", "Comment",
    "Evidence", "Source file", "File SHA-256", "Exported at", "Questionnaire version", "Mapped from",
)
AGG_SHEET_COLUMNS = {
    AGG_ABOUT: AGG_ABOUT_COLUMNS,
    AGG_FILES: AGG_FILES_COLUMNS,
    AGG_SUMMARY: AGG_SUMMARY_FIRST_COLUMNS,
    AGG_KEY_FACTS: AGG_KEY_FACTS_COLUMNS,
    AGG_ROUNDS: AGG_ROUNDS_COLUMNS,
    AGG_REGIONS: AGG_REGIONS_COLUMNS,
    AGG_REGIONS_PQ: AGG_REGIONS_PQ_COLUMNS,
    AGG_PQ: AGG_PQ_COLUMNS,
    AGG_MATRIX: AGG_MATRIX_COLUMNS,
    AGG_SDG: AGG_SDG_FIRST_COLUMNS,
    AGG_SDG_GROUPS: AGG_SDG_GROUPS_COLUMNS,
    AGG_CODEBOOK: AGG_CODEBOOK_COLUMNS,
    AGG_ANSWERS: AGG_ANSWERS_COLUMNS,
}
