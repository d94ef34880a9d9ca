"""The forms for ODK and Kobo of generated assessments: whatever the mission has
answered (partly filled, don't know, not applicable, long texts in six scripts), the whole
questionnaire's XLSForm and each institution's convert with pyxform, and a reply to each exported
as ODK Central writes it imports as proposals: exactly the values that differ from the answers."""
from __future__ import annotations

import random
import sys
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from generated.assessments import make_spec, shapes, write

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))

from submissions_export import expected_values, odk_zip, submission_for


@settings(max_examples=4, deadline=None, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(shape=shapes(max_actions=0, texts=("short", "long")))  # "limit" can exceed what an assessment holds
def test_forms_of_generated_assessments_convert_and_their_replies_import(shape, tmp_path_factory):
    from capacity_app.domain.answers import ANSWERED
    from capacity_app.domain.institutions.asked import institution_codes
    from capacity_app.exchange.institutions.xlsform import write_converted
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.institutions.asked import institution_items
    from capacity_app.services.institutions.submissions import import_submissions
    from capacity_app.services.institutions.xlsform import build

    folder = tmp_path_factory.mktemp("forms")
    q = questionnaire_for()
    store = open_store(folder / "g.sqlite3", daily_backup=False)
    try:
        aid = write(store, q, make_spec(q, shape))
        answers = store.answers(aid)
        for inst in [None, *[i for i in institution_codes(q) if institution_items(store, q, aid, i)]]:
            form = build(store, aid, institution=inst, lang=shape.lang)
            assert write_converted(form, folder / f"{inst or 'all'}.xlsx").warnings == [], inst  # pyxform's
            if inst is None:
                continue
            sub = submission_for(q, form, random.Random(shape.seed), respondent="R", position="P")
            (folder / f"{inst}.zip").write_bytes(odk_zip(form, [sub])[0])
            result = import_submissions(store, folder / f"{inst}.zip", dry_run=True)
            proposed = {p.key for p in result.proposals}
            for key, value in expected_values(q, sub).items():
                a = answers.get(key)
                fld = q.resolve_key(key)[1]
                norm = [c for c in fld.choice_codes if c in value] if fld.type == "select_multiple" else value
                same = a is not None and a.status == ANSWERED and a.value == norm
                assert (key in proposed) != same, (inst, key, norm, a)
            assert {p.institution for p in result.proposals} <= {inst}
    finally:
        store.close()
