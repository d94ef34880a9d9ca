"""Schema steps. Never edit a step that has shipped: add a new one (and a fixture database for
the upgrade tests in tests/storage/fixtures/)."""
from __future__ import annotations

from . import load_sqlite_utils

_STEPS: list = []  # step functions, in order; each receives a sqlite_utils.Database


def _step(fn):
    _STEPS.append(fn)
    return fn


@_step
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


@_step
def m002_summaries(db):
    """Derived summaries, so that listing and opening stay cheap as assessments accumulate.

    ``summaries`` keeps, per assessment, what the list shows: completion (answered / total
    countable answers), the overall score and its band code. The numbers are computed by the
    domain (``domain.summary``), stored here as they are, and kept in step by ``services.summaries``.

    Correctness does not rest on every write remembering to update them. ``assessments.revision``
    is a change counter kept by the database itself: triggers add one to it whenever a row of
    ``answers`` or ``evidence`` of the assessment is inserted, updated or deleted, and whenever the
    assessment's own row changes (settings and weights, reference date, questionnaire version ...).
    A summary records the revision, and the ``basis`` (questionnaire files, scoring rules and
    summary versions) it was computed from; a summary whose revision or basis differs from the
    current ones is stale and is recomputed before anything shows it. So every write path stays
    right without code of its own: answers, comments and evidence from the GUI or the command
    line, workbook imports, next-round copies (a new assessment has no summary yet), restoring a
    backup (the file brings its own revisions and summaries, consistent with each other), and a
    database upgraded from schema 1, whose summaries do not exist yet (revision 0, no row: all
    computed on first listing). Deleting an assessment's row deletes its summary (ON DELETE
    CASCADE). Summaries carry no history row: they are derived, not entered.
    """
    db.execute("ALTER TABLE assessments ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
    db.execute("""
        CREATE TABLE summaries (
            assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,  -- assessments.revision it was computed from
            basis TEXT NOT NULL,        -- questionnaire, rules and summary versions it was computed with
            answered INTEGER NOT NULL,  -- countable answers given
            total INTEGER NOT NULL,     -- countable answers (relevant ones)
            overall REAL,               -- overall score 0-100, unrounded (NULL: not scorable yet)
            band TEXT,                  -- band code of the overall score (NULL: none)
            computed_at TEXT NOT NULL
        )""")
    bump = "UPDATE assessments SET revision = revision + 1 WHERE id = {row}.assessment_id;"
    for table in ("answers", "evidence"):
        db.execute(f"CREATE TRIGGER {table}_revision_insert AFTER INSERT ON {table} "
                   f"BEGIN {bump.format(row='NEW')} END")
        db.execute(f"CREATE TRIGGER {table}_revision_update AFTER UPDATE ON {table} "
                   f"BEGIN {bump.format(row='OLD')} {bump.format(row='NEW')} END")
        db.execute(f"CREATE TRIGGER {table}_revision_delete AFTER DELETE ON {table} "
                   f"BEGIN {bump.format(row='OLD')} END")
    # any other change of the assessment's row (its own revision left alone, so no recursion)
    db.execute("CREATE TRIGGER assessments_revision_update AFTER UPDATE ON assessments "
               "WHEN NEW.revision = OLD.revision "
               "BEGIN UPDATE assessments SET revision = revision + 1 WHERE id = NEW.id; END")


@_step
def m003_action_plan(db):
    """The action plan (``domain.actionplan.Action``): one row per action of an assessment.

    ``id`` is the action's stable uid (kept by workbooks and next-round copies), unique within its
    assessment; ``position`` its place in the plan. Lists (policy questions, responsible
    institutions) are JSON. Deleting the assessment's row deletes its actions (ON DELETE CASCADE).
    Like answers and evidence, every insert, update or delete raises the assessment's revision
    (triggers), so a stored summary or anything derived from the assessment is seen as stale.
    """
    db.execute("""
        CREATE TABLE action_items (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            id TEXT NOT NULL,                       -- stable uid of the action
            position INTEGER NOT NULL,              -- order in the plan, from 0
            title TEXT NOT NULL,
            recommendation_id TEXT,                 -- NULL: added by hand
            policy_questions TEXT NOT NULL DEFAULT '[]',  -- JSON list of codes
            institutions TEXT NOT NULL DEFAULT '[]',      -- JSON list of names
            start_period TEXT,                      -- YYYY-MM-DD or YYYY-Qn, NULL: not set
            end_period TEXT,
            resources TEXT NOT NULL DEFAULT '',
            milestone TEXT NOT NULL DEFAULT '',
            priority INTEGER NOT NULL DEFAULT 2 CHECK (priority IN (1, 2, 3)),
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
            updated_at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, id)
        )""")
    db.execute("CREATE INDEX action_items_position ON action_items(assessment_id, position)")
    bump = "UPDATE assessments SET revision = revision + 1 WHERE id = {row}.assessment_id;"
    db.execute("CREATE TRIGGER action_items_revision_insert AFTER INSERT ON action_items "
               f"BEGIN {bump.format(row='NEW')} END")
    db.execute("CREATE TRIGGER action_items_revision_update AFTER UPDATE ON action_items "
               f"BEGIN {bump.format(row='OLD')} {bump.format(row='NEW')} END")
    db.execute("CREATE TRIGGER action_items_revision_delete AFTER DELETE ON action_items "
               f"BEGIN {bump.format(row='OLD')} END")


@_step
def m004_costed_plan(db):
    """The costed, validated action plan.

    ``action_items`` gains the action's cost lines (``costs``: a JSON list of
    ``domain.plancost.Cost`` with amounts as decimal text, never a float), whether the team chose
    it as a priority action of the plan at a glance (``priority_action``), and the national
    strategy objective it serves (``strategy``). ``action_plans`` holds one row per assessment
    with a plan's own settings: its currency (NULL: the country's), the exchange rates to the US
    dollar (JSON list of ``Rate``), and the validation record (JSON ``Validation``, NULL: not
    validated). Its changes raise the assessment's revision like the actions' do.
    """
    db.execute("ALTER TABLE action_items ADD COLUMN costs TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE action_items ADD COLUMN priority_action INTEGER NOT NULL DEFAULT 0"
               " CHECK (priority_action IN (0, 1))")
    db.execute("ALTER TABLE action_items ADD COLUMN strategy TEXT NOT NULL DEFAULT ''")
    db.execute("""
        CREATE TABLE action_plans (
            assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
            currency TEXT,                          -- ISO 4217; NULL: the country's
            rates TEXT NOT NULL DEFAULT '[]',       -- JSON list of {currency, per_usd, date, source}
            validation TEXT,                        -- JSON validation record; NULL: not validated
            updated_at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT ''
        )""")
    bump = "UPDATE assessments SET revision = revision + 1 WHERE id = {row}.assessment_id;"
    db.execute("CREATE TRIGGER action_plans_revision_insert AFTER INSERT ON action_plans "
               f"BEGIN {bump.format(row='NEW')} END")
    db.execute("CREATE TRIGGER action_plans_revision_update AFTER UPDATE ON action_plans "
               f"BEGIN {bump.format(row='OLD')} {bump.format(row='NEW')} END")
    db.execute("CREATE TRIGGER action_plans_revision_delete AFTER DELETE ON action_plans "
               f"BEGIN {bump.format(row='OLD')} END")


@_step
def m005_utc_time_stamps(db):
    """Time stamps in UTC with their offset.

    Earlier versions wrote this computer's local time without an offset
    (``2026-03-01T10:00:00``): after a change of time zone (a mission from New York to Tokyo)
    those stamps could not be compared or even placed. Each one is read as the local time of this
    computer on its date (its summer time included) and written back as that moment in UTC
    (``2026-03-01T09:00:00+00:00`` in Paris); a stamp that already has an offset is left as it
    is. From now on the store writes UTC (``storage.clock``)."""
    import datetime as _dt

    def to_utc(text):
        if not text or not isinstance(text, str):
            return text
        try:
            moment = _dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is not None:
            return text
        return moment.astimezone().astimezone(_dt.UTC).isoformat(timespec="seconds")

    db.conn.create_function("capacity_to_utc", 1, to_utc, deterministic=True)
    columns = {"assessments": ("created_at", "updated_at", "deleted_at"), "answers": ("updated_at",),
               "evidence": ("created_at",), "history": ("at",), "summaries": ("computed_at",),
               "action_items": ("updated_at",), "action_plans": ("updated_at",)}
    for table, names in columns.items():
        for name in names:
            db.execute(f"UPDATE {table} SET {name} = capacity_to_utc({name}) "
                       f"WHERE {name} IS NOT NULL AND {name} != '' AND {name} NOT LIKE '%+__:__' "
                       f"AND {name} NOT LIKE '%Z'")


@_step
def m006_reviews(db):
    """The review of each answer (``domain.review``): one row per review unit (a
    question's answer, a grid row, a matrix cell) that a supervisor reviewed: the status
    (validated, follow_up or disputed; no row: not reviewed), who and when, a note, and the
    fingerprint of the answer it judged (``answer_check``: a changed answer is "not reviewed"
    again). Its changes raise the assessment's revision like the answers' do, and leave history
    rows (``field`` "review")."""
    db.execute("""
        CREATE TABLE reviews (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            unit TEXT NOT NULL,                     -- review unit key (domain.review.review_unit)
            status TEXT NOT NULL CHECK (status IN ('validated', 'follow_up', 'disputed')),
            reviewer TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            answer_check TEXT NOT NULL DEFAULT '',  -- domain.review.unit_fingerprint when reviewed
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, unit)
        )""")
    bump = "UPDATE assessments SET revision = revision + 1 WHERE id = {row}.assessment_id;"
    db.execute("CREATE TRIGGER reviews_revision_insert AFTER INSERT ON reviews "
               f"BEGIN {bump.format(row='NEW')} END")
    db.execute("CREATE TRIGGER reviews_revision_update AFTER UPDATE ON reviews "
               f"BEGIN {bump.format(row='OLD')} {bump.format(row='NEW')} END")
    db.execute("CREATE TRIGGER reviews_revision_delete AFTER DELETE ON reviews "
               f"BEGIN {bump.format(row='OLD')} END")



@_step
def m007_signoffs(db):
    """The national statistics office's sign-off (``domain.signoff``): every validation
    (who: name, position, institution; the date given) and every reopening (its reason), in order,
    with when and by whom each was recorded. The assessment's status stays in ``assessments``; the
    sign-off that stands is the last validation while it is final."""
    db.execute("""
        CREATE TABLE signoffs (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('validated', 'reopened')),
            name TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            institution TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',          -- the validation's date, YYYY-MM-DD
            reason TEXT NOT NULL DEFAULT '',        -- why it was reopened
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX signoffs_assessment ON signoffs(assessment_id, id)")
    db.execute("CREATE TRIGGER signoffs_revision_insert AFTER INSERT ON signoffs "
               "BEGIN UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id; END")


@_step
def m008_documents(db):
    """Documents as evidence (``domain.documents``): each distinct content once, by its
    SHA-256 (``documents``: the bytes, never opened or parsed), and the attachments that link one
    to a target of an assessment (a question, a grid row, a matrix cell: a review unit; or
    ``action:<id>``) under a safe file name, with its size, media type (by extension), who attached
    it and when. Writes leave history rows (``field`` "document"); a document no attachment names
    any more is removed with its last attachment."""
    db.execute("""
        CREATE TABLE documents (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size = length(content)),
            content BLOB NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            target TEXT NOT NULL,                   -- a review unit or action:<id>
            sha256 TEXT NOT NULL REFERENCES documents(sha256),
            name TEXT NOT NULL,                     -- domain.documents.safe_name
            size INTEGER NOT NULL,
            media_type TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            UNIQUE (assessment_id, target, sha256)
        )""")
    db.execute("CREATE INDEX attachments_assessment ON attachments(assessment_id, target)")
    db.execute("CREATE INDEX attachments_document ON attachments(sha256)")

@_step
def m009_institution_replies(db):
    """Questions sent to the institutions, replies as proposals (``domain.institutions``,
    ``domain.proposals``): the officer's changes to who is asked what in an assessment
    (``institution_overrides``: a section, question, grid row or matrix cell given to or taken from
    an institution; without a row the defaults of ``assessments/institutions.yaml`` decide), what
    each institution's request says on its cover (``institution_requests``: by when, whom to
    contact), and the values institutions proposed (``proposals``: credited to the institution and
    its respondent, with where they came from; an answer changes only when the officer accepts
    one). None of them changes an answer, so none raises the assessment's revision; every write
    leaves history rows (``field`` "institution", "request" or "proposal")."""
    db.execute("""
        CREATE TABLE institution_overrides (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            target TEXT NOT NULL,                   -- a section id, an item id or a review unit
            institution TEXT NOT NULL,              -- an S0 institution row code
            assigned INTEGER NOT NULL CHECK (assigned IN (0, 1)),
            operator TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, target, institution)
        )""")
    db.execute("""
        CREATE TABLE institution_requests (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            institution TEXT NOT NULL,
            deadline TEXT NOT NULL DEFAULT '',      -- ISO date the reply is wanted by
            contact TEXT NOT NULL DEFAULT '',       -- whom to contact (name, e-mail, telephone)
            note TEXT NOT NULL DEFAULT '',          -- a word to the institution, on the cover
            operator TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, institution)
        )""")
    db.execute("""
        CREATE TABLE proposals (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            key TEXT NOT NULL,                      -- the answer key proposed for
            institution TEXT NOT NULL,
            respondent TEXT NOT NULL DEFAULT '',    -- who answered for the institution
            status TEXT NOT NULL CHECK (status IN ('answered', 'dont_know', 'not_applicable')),
            value TEXT,                             -- JSON, as answers.value
            comment TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',        -- where it came from (file name and form)
            received_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'accepted', 'rejected', 'superseded')),
            decided_at TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',          -- the officer's reason or edit
            operator TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX proposals_assessment ON proposals(assessment_id, state, key)")


@_step
def m010_action_donor_fields(db):
    """What a donor reads of each action (``domain.actionplan.Action``): its results
    framework (``indicator``, ``baseline``, ``target``, means of ``verification``), its ``risks``
    and assumptions, the actions it needs done first (``depends_on``: a JSON list of their ids)
    and the SDG target it serves (``sdg_target``, "17.18"). A cost line's category, cost basis and
    pipeline status live in its ``costs`` JSON (keys written only when given), which needs no step."""
    for column in ("indicator", "baseline", "target", "verification", "risks", "sdg_target"):
        db.execute(f"ALTER TABLE action_items ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE action_items ADD COLUMN depends_on TEXT NOT NULL DEFAULT '[]'")

@_step
def m011_review_signoffs_undo(db):
    """The supervisor's review sign-off, distinct from the national statistics office's
    validation: a third kind of row in ``signoffs`` ("reviewed": who signed the reviews off, name,
    position, institution, the date given, and in ``reason`` what stood open), so the record keeps
    both acts in one order. SQLite cannot change a CHECK constraint, so the table is rebuilt with
    its rows, ids, index and trigger unchanged.

    And the window's undo history of answers, kept across a restart (``undo_steps``): per
    assessment, the last steps in order (``seq``), each one answer's key with its state before and
    after (JSON: status and value), ``done`` 1 for a step that can be undone, 0 for one undone that
    can be redone. It is the window's state, not the assessment's content: no history row, no
    revision."""
    db.execute("""
        CREATE TABLE signoffs_new (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('validated', 'reopened', 'reviewed')),
            name TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            institution TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',          -- the validation's or review sign-off's date, YYYY-MM-DD
            reason TEXT NOT NULL DEFAULT '',        -- why it was reopened; what stood open (JSON)
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("INSERT INTO signoffs_new (id, assessment_id, kind, name, position, institution, date, reason, at,"
               " operator) SELECT id, assessment_id, kind, name, position, institution, date, reason, at, operator"
               " FROM signoffs ORDER BY id")
    db.execute("DROP TABLE signoffs")
    db.execute("ALTER TABLE signoffs_new RENAME TO signoffs")
    db.execute("CREATE INDEX signoffs_assessment ON signoffs(assessment_id, id)")
    db.execute("CREATE TRIGGER signoffs_revision_insert AFTER INSERT ON signoffs "
               "BEGIN UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id; END")
    db.execute("""
        CREATE TABLE undo_steps (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            done INTEGER NOT NULL CHECK (done IN (0, 1)),
            key TEXT NOT NULL,
            old TEXT NOT NULL,                      -- {"status": ..., "value": ...}
            new TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, seq)
        )""")


@_step
def m012_results_chain(db):
    """The plan's results chain (``domain.plan.results``): the overall objective and its
    assumptions (``action_plans.objective``, ``objective_assumptions``); the outcomes in their order
    (``result_outcomes``); the indicators of every level (``result_indicators``: ``level`` objective,
    outcome or output, ``parent`` the outcome's or the action's id, "" for the objective; the
    baseline's value as decimal text and its year; the means of verification); one target per
    indicator and year (``result_targets``, value as decimal text: a measured value per year can
    later sit beside it, keyed the same way); and the outcome each action serves (``result_links``).
    Every change raises the assessment's revision like the plan's other tables."""
    for column in ("objective", "objective_assumptions"):
        db.execute(f"ALTER TABLE action_plans ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("""
        CREATE TABLE result_outcomes (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            assumptions TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, id)
        )""")
    db.execute("""
        CREATE TABLE result_indicators (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('objective', 'outcome', 'output')),
            parent TEXT NOT NULL DEFAULT '',        -- the outcome's or the action's id; '' for the objective
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            baseline TEXT,                          -- decimal text; NULL: no baseline
            baseline_year INTEGER,
            verification TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, id)
        )""")
    db.execute("""
        CREATE TABLE result_targets (
            assessment_id INTEGER NOT NULL,
            indicator_id TEXT NOT NULL,
            year INTEGER NOT NULL,
            value TEXT NOT NULL,                    -- decimal text
            PRIMARY KEY (assessment_id, indicator_id, year),
            FOREIGN KEY (assessment_id, indicator_id) REFERENCES result_indicators(assessment_id, id)
                ON DELETE CASCADE
        )""")
    db.execute("""
        CREATE TABLE result_links (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            action_id TEXT NOT NULL,
            outcome_id TEXT NOT NULL,
            PRIMARY KEY (assessment_id, action_id)
        )""")
    bump = "UPDATE assessments SET revision = revision + 1 WHERE id = {row}.assessment_id;"
    for table in ("result_outcomes", "result_indicators", "result_targets", "result_links"):
        for event, rows in (("insert", ("NEW",)), ("update", ("OLD", "NEW")), ("delete", ("OLD",))):
            body = " ".join(bump.format(row=r) for r in rows)
            db.execute(f"CREATE TRIGGER {table}_revision_{event} AFTER {event.upper()} ON {table} "
                       f"BEGIN {body} END")

@_step
def m013_plan_progress(db):
    """The plan followed after its funding, per reporting period ("2026" or "2026-H1"),
    kept apart from the plan the government validated (``action_items`` and ``action_plans`` are
    untouched, so recording progress never shows as a change after the validation):
    ``action_progress``: per action and period its status, when it started and was completed, the
    reason given (delay, dropping) and per cost line the money committed, disbursed and spent
    (``lines``: JSON list of ``domain.plan.progress.LineMoney``, amounts as decimal text);
    ``indicator_values``: per indicator (its id as text) and period the value measured (decimal
    text), its date and source. Neither changes an answer, so neither raises the assessment's
    revision; every write leaves a history row (``field`` "progress", the old entry kept).
    (m012 is the results chain, m014 the funding request.)"""
    db.execute("""
        CREATE TABLE action_progress (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            action_id TEXT NOT NULL,
            period TEXT NOT NULL,                   -- YYYY or YYYY-H1 / YYYY-H2
            status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
            started TEXT,                           -- YYYY-MM-DD
            completed TEXT,
            reason TEXT NOT NULL DEFAULT '',
            lines TEXT NOT NULL DEFAULT '[]',       -- JSON: per cost line committed, disbursed, spent
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, action_id, period)
        )""")
    db.execute("""
        CREATE TABLE indicator_values (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            indicator_id TEXT NOT NULL,             -- the results chain's indicator id, as text
            period TEXT NOT NULL,
            value TEXT NOT NULL,                    -- decimal text
            date TEXT NOT NULL,                     -- when it was measured, YYYY-MM-DD
            source TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, indicator_id, period)
        )""")
    bump = "UPDATE assessments SET revision = revision + 1 WHERE id = {row}.assessment_id;"
    for table in ("action_progress", "indicator_values"):
        db.execute(f"CREATE TRIGGER {table}_revision_insert AFTER INSERT ON {table} "
                   f"BEGIN {bump.format(row='NEW')} END")
        db.execute(f"CREATE TRIGGER {table}_revision_update AFTER UPDATE ON {table} "
                   f"BEGIN {bump.format(row='OLD')} {bump.format(row='NEW')} END")
        db.execute(f"CREATE TRIGGER {table}_revision_delete AFTER DELETE ON {table} "
                   f"BEGIN {bump.format(row='OLD')} END")


@_step
def m014_funding_request(db):
    """The funding request (m012 is the results chain, m013 the progress). The funding request's own record in
    ``action_plans.funding_request`` (JSON ``domain.plan.request.FundingRequest``): the
    institution that commits the national budget's part, and the signatories (the government,
    the ministry of finance, each development partner: name and title), and, keys written only when
    not empty so that an earlier record reads as it was, what the donors' formats ask beyond the
    budget (``domain.plan.donors``): ``risks`` (the EU's risk matrix: risk, likelihood, impact,
    mitigation, owner, the actions concerned), ``indicators`` (per results-chain indicator its
    frequency, the responsible institution, and a disbursement-linked partner and amount) and
    ``procurement`` (the World Bank's procurement plan: per action and cost line each package's
    description, method, estimated cost and currency, planned dates and review). A cost line's
    sustainability (recurrent, the year the national budget takes it over and the amount a year)
    lives in its ``costs`` JSON, keys written only when given, which needs no step."""
    db.execute("ALTER TABLE action_plans ADD COLUMN funding_request TEXT NOT NULL DEFAULT '{}'")


@_step
def m015_period_report(db):
    """The planning unit's own words in the implementation report of a period
    (``domain.plan.period_report``), kept beside the progress (m013) and apart from the validated
    plan: ``period_reports``, per assessment and period ("2026" or "2026-H1") the summary the
    planning unit wrote and the decisions it asks of the minister (``decisions``: a JSON list of
    texts, in their order); ``corrective_measures``, per assessment, action and period the measure
    for an action at risk or off track (``text``), who takes it (``who``, "" when not said) and by
    when (``by_date``, YYYY-MM-DD or NULL). A report or measure emptied is deleted, never kept
    blank. Every write leaves a history row (``field`` "progress", ``key`` "period_report:<period>"
    or "measure:<action id>:<period>", old and new as plain data) and raises the assessment's
    revision, as progress does."""
    db.execute("""
        CREATE TABLE period_reports (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            period TEXT NOT NULL,                   -- YYYY or YYYY-H1 / YYYY-H2
            summary TEXT NOT NULL DEFAULT '',
            decisions TEXT NOT NULL DEFAULT '[]',   -- JSON list of texts, in order
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, period)
        )""")
    db.execute("""
        CREATE TABLE corrective_measures (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            action_id TEXT NOT NULL,
            period TEXT NOT NULL,
            text TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            by_date TEXT,                           -- YYYY-MM-DD; NULL: not said
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, action_id, period)
        )""")
    bump = "UPDATE assessments SET revision = revision + 1 WHERE id = {row}.assessment_id;"
    for table in ("period_reports", "corrective_measures"):
        db.execute(f"CREATE TRIGGER {table}_revision_insert AFTER INSERT ON {table} "
                   f"BEGIN {bump.format(row='NEW')} END")
        db.execute(f"CREATE TRIGGER {table}_revision_update AFTER UPDATE ON {table} "
                   f"BEGIN {bump.format(row='OLD')} {bump.format(row='NEW')} END")
        db.execute(f"CREATE TRIGGER {table}_revision_delete AFTER DELETE ON {table} "
                   f"BEGIN {bump.format(row='OLD')} END")


SCHEMA_VERSION = len(_STEPS)

# Indexes that hold no data, made on every opening for writing when missing (``CREATE INDEX IF NOT
# EXISTS``), never as a schema step: a step would make every database of the version before need an
# upgrade (a read-only one could then not be opened at all) and be refused by that version.
INDEXES = (
    # the list's order: the assessments not in the trash, newest change first (StoreCore.listing),
    # read in that order without sorting them all; the window's first view reads its first rows
    "CREATE INDEX IF NOT EXISTS idx_assessments_list ON assessments (deleted_at, updated_at, id)",
)
_migrations = None


def migrations():
    """The steps as a sqlite-utils ``Migrations`` set. Importing sqlite-utils costs about 50 ms, so
    it happens only when a database is created or upgraded, never when an up-to-date one opens."""
    global _migrations
    if _migrations is None:
        load_sqlite_utils()
        from sqlite_utils import Migrations

        m = Migrations("capacity_app")
        for fn in _STEPS:
            m()(fn)
        _migrations = m
    return _migrations


def step_names() -> list[str]:
    """Names of the known steps (those of the Migrations set once it exists: tests add some)."""
    if _migrations is not None:
        return [m.name for m in _migrations._migrations]
    return [fn.__name__ for fn in _STEPS]


def __getattr__(name: str):
    # MIGRATIONS is built on first use: building it imports sqlite-utils (see migrations())
    if name == "MIGRATIONS":
        return migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
