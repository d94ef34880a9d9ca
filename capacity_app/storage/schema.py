"""Schema steps. Never edit a step that has shipped: add a new one (and a fixture database for
the upgrade tests in tests/storage/fixtures/)."""
from __future__ import annotations

from sqlite_utils import Migrations

MIGRATIONS = Migrations("capacity_app")


@MIGRATIONS()
def m001_initial(db):
    db["assessments"].create({
        "id": int,
        "uid": str,             # globally unique (exchange between machines)
        "country": str,         # ISO 3166-1 alpha-3 (or user-assigned code such as XKX / XXA)
        "m49": str,             # UN M49 numeric code, three digits
        "round": int,
        "title": str,
        "mission_start": str,   # ISO dates
        "mission_end": str,
        "reference_date": str,
        "institutions": str,    # JSON list of {"name", "role"}
        "questionnaire_id": str,
        "questionnaire_version": str,
        "status": str,          # draft | in_progress | final
        "settings": str,        # JSON: scoring weights and other per-assessment settings
        "created_at": str,
        "updated_at": str,
        "deleted_at": str,      # set when moved to the trash
    }, pk="id", not_null={"uid", "country", "round", "questionnaire_id", "questionnaire_version",
                          "status", "created_at", "updated_at"})
    db["assessments"].create_index(["uid"], unique=True)
    db["answers"].create({
        "assessment_id": int,
        "key": str,
        "status": str,          # answered | dont_know | not_applicable | empty
        "value": str,           # JSON
        "comment": str,
        "updated_at": str,
        "operator": str,
    }, pk=("assessment_id", "key"), foreign_keys=[("assessment_id", "assessments", "id")],
        not_null={"status"})
    db["evidence"].create({
        "id": int,
        "assessment_id": int,
        "key": str,
        "kind": str,
        "text": str,
        "created_at": str,
    }, pk="id", foreign_keys=[("assessment_id", "assessments", "id")])
    db["evidence"].create_index(["assessment_id", "key"])
    db["history"].create({
        "id": int,
        "assessment_id": int,
        "key": str,
        "field": str,           # value | comment | evidence | assessment
        "old": str,             # JSON
        "new": str,             # JSON
        "at": str,
        "operator": str,
    }, pk="id", foreign_keys=[("assessment_id", "assessments", "id")])
    db["history"].create_index(["assessment_id", "id"])
    db["preferences"].create({"name": str, "value": str}, pk="name")


SCHEMA_VERSION = len(MIGRATIONS._migrations)
