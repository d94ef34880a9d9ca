"""A questionnaire whose content changes gets a new version (issue 59): its content digest is
the one recorded for its version in assessments/versions.yaml, so a word changed without a new
version (and a recorded digest) fails here; and every version recorded is reachable by a declared
mapping, so its workbooks import."""
from capacity_app.catalog.loader import load_bundled
from capacity_app.exchange.workbook.mapping import digest_known, find_chain, load_mappings, recorded_digests


def test_the_questionnaire_digest_is_the_one_recorded_for_its_version():
    q = load_bundled()
    recorded = recorded_digests()[q.id]
    assert recorded.get(q.version) == (q.content_hash,), (
        f"questionnaire {q.version} has the content digest {q.content_hash}, not the one recorded for it: "
        "a changed questionnaire gets a new version, a mapping from the last one (assessments/mappings/) "
        "and its digest recorded in assessments/versions.yaml")
    assert q.changelog[0]["version"] == q.version


def test_every_recorded_version_has_a_way_to_the_current_one():
    q = load_bundled()
    mappings = load_mappings()
    for version in recorded_digests()[q.id]:
        assert find_chain(q.id, version, q.version, mappings) is not None, version
    chain = find_chain(q.id, "1.2.0", q.version, mappings)
    assert chain is not None and chain.identity  # wording only: 1.2.0 workbooks carry over unchanged


def test_a_digest_is_judged_against_its_own_version():
    recorded = {"qq": {"2.0": ("new",), "1.0": ("old", "older")}}
    assert digest_known("qq", "2.0", "new", "2.0", "new", recorded)
    assert not digest_known("qq", "2.0", "edited", "2.0", "new", recorded)
    assert digest_known("qq", "1.0", "older", "2.0", "new", recorded)
    assert not digest_known("qq", "1.0", "edited", "2.0", "new", recorded)
    assert digest_known("qq", "0.9", "anything", "2.0", "new", recorded)  # no mapping leads from it
