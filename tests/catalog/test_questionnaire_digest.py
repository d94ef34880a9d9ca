"""A questionnaire whose content changes gets a new version: its content digest is
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


def test_the_identity_read_from_the_file_is_the_loaded_one(tmp_path):
    """bundled_identity (the command line's `list`: whether an assessment is of another version,
    without loading the questionnaire) reads the loader's id and version, or says it cannot."""
    from capacity_app.catalog.digest import bundled_identity

    q = load_bundled()
    assert bundled_identity() == (q.id, q.version)
    for text, expected in [
        ('id: abc\nversion: "1.3.0"  # a comment\n', ("abc", "1.3.0")),
        ("id: 'abc'\nversion: 1.3.0\ntitle:\n  version: x\n", ("abc", "1.3.0")),
        ("id: abc\nversion: 1.3\n", None),                      # a number to YAML: the loader refuses it
        ('id: yes\nversion: "1.0"\n', None),                    # true to YAML
        ('id: abc\nversion: "1.0"\nversion: "1.1"\n', None),    # twice
        ('{id: abc, version: "1.0"}\n', None),                  # not written line by line
        ('id: Abc\nversion: "1.0"\n', None),                    # an id the loader refuses
        ('id: abc\n', None),
    ]:
        path = tmp_path / f"q{len(list(tmp_path.iterdir()))}.yaml"
        path.write_text(text, encoding="utf-8")
        assert bundled_identity(path) == expected, text


def test_the_bundled_digest_changes_with_any_file_edited_beside_the_questionnaire(tmp_path):
    """The digest the list's stored summaries are checked against: the same for the same files,
    another when any YAML file of the questionnaire's folder is edited, even to the same size with
    its modification time put back (as a copy, an archive or a package can leave it), or added."""
    import os
    import shutil

    from capacity_app.catalog.digest import bundled_digest
    from capacity_app.paths import assessments_dir

    folder = tmp_path / "assessments"
    shutil.copytree(assessments_dir(), folder)
    main = folder / "questionnaire.yaml"
    first = bundled_digest(main)
    assert bundled_digest(main) == first
    edited = sorted((folder / "sections").glob("*.yaml"))[0]
    st = edited.stat()
    text = edited.read_text(encoding="utf-8")
    assert "0.5" in text or "a" in text
    edited.write_text(text.replace("0.5", "0.7", 1) if "0.5" in text else text.replace("a", "b", 1), encoding="utf-8")
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert edited.stat().st_size == st.st_size and edited.stat().st_mtime_ns == st.st_mtime_ns
    second = bundled_digest(main)
    assert second != first
    (folder / "translations" / "xx.yaml").write_text("language: xx\n", encoding="utf-8")
    assert bundled_digest(main) not in (first, second)
