"""Declared mappings between questionnaire versions."""
import pytest

from capacity_app.exchange.workbook.mapping import Mapping, MappingError, find_chain, load_mapping, load_mappings
from waiting import returned_within


def test_bundled_mappings_load_and_target_the_bundled_questionnaire(qn):
    ms = load_mappings()
    assert ms, "assessments/mappings holds at least the identity step"
    for m in ms:
        assert m.questionnaire == qn.id
        for key in list(m.rename.values()) + [k for k in m.recode if "*" not in k]:
            assert qn.item(key.split(".")[0]) is not None, (m.path, key)
    chain = find_chain(qn.id, qn.version, qn.version, ms)
    assert chain is not None and chain.identity


def test_chain_rename_recode_archive():
    a = Mapping("q", "0.8", "0.9", rename={"old_item": "mid_item"}, archive=("gone.*",))
    b = Mapping("q", "0.9", "1.0", rename={"mid_item.r1.c": "new_item.r1.c"},
                recode={"new_item.*.c": {"x": "y"}, "plain": {"a": "b"}})
    chain = find_chain("q", "0.8", "1.0", [b, a])
    assert chain.describe() == "0.8 -> 0.9 -> 1.0"
    assert chain.carry("old_item.r1.c", "x") == ("new_item.r1.c", "y")
    assert chain.carry("old_item.r2.c", "x") == ("mid_item.r2.c", "x")
    assert chain.carry("gone.r1.c", "v") == (None, "v")
    assert chain.carry("plain", ["a", "c", "a"]) == ("plain", ["b", "c"])
    assert find_chain("q", "0.7", "1.0", [a, b]) is None


def test_bad_mapping_file(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("questionnaire: q\nfrom: '1'\nrename: [a]\n", encoding="utf-8")
    with pytest.raises(MappingError, match="'to' is required"):
        load_mapping(p)
    p.write_text("questionnaire: q\nfrom: '1'\nto: '2'\nrename: [a]\n", encoding="utf-8")
    with pytest.raises(MappingError, match="rename"):
        load_mapping(p)


@pytest.mark.parametrize("content", [
    b"questionnaire: q\nfrom: [1\n",  # does not parse
    b"questionnaire: \xff\xfe q\n",  # not UTF-8
], ids=["not YAML", "not UTF-8"])
def test_a_mapping_file_that_cannot_be_read_is_refused_as_such(tmp_path, content):
    p = tmp_path / "broken.yaml"
    p.write_bytes(content)
    with pytest.raises(MappingError, match="cannot read the mapping"):
        load_mapping(p)


def _refused_at_once(call) -> BaseException:
    """What ``call`` raised, asserting it came back within seconds."""
    exc = returned_within(call)
    assert exc is not None, "nothing refused"
    return exc


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes")
def test_a_mapping_that_is_a_named_pipe_is_refused_without_waiting(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.yaml")
    for call in (lambda: load_mapping(tmp_path / "pipe.yaml"), lambda: load_mappings(tmp_path)):
        exc = _refused_at_once(call)
        assert isinstance(exc, MappingError) and "cannot read the mapping" in str(exc), exc
        assert "named pipe" in str(exc)


def test_a_mapping_too_large_or_a_folder_is_refused_before_it_is_read(tmp_path):
    from capacity_app.catalog.yamlfile import MAX_FILE_BYTES

    huge = tmp_path / "huge.yaml"
    with open(huge, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing written, nothing read
    with pytest.raises(MappingError, match="too large"):
        load_mapping(huge)
    folder = tmp_path / "more"
    (folder / "folder.yaml").mkdir(parents=True)
    with pytest.raises(MappingError, match="is a folder"):
        load_mappings(folder)


MAPPING = 'questionnaire: q\nfrom: "1.0"\nto: "1.1"\nrename: {old: new}\narchive:\n  - "gone.*"\n'


@pytest.mark.parametrize("spelling", [
    MAPPING.encode(), MAPPING.replace("\n", "\r\n").encode(), b"\xef\xbb\xbf" + MAPPING.encode(),
    b"{questionnaire: q, 'from': '1.0', \"to\": \"1.1\", rename: {\"old\": new}, archive: ['gone.*']}\n",
    b"---\n" + MAPPING.encode() + b"...\n",
], ids=["as written", "CRLF", "a BOM", "flow style, other quotes", "document markers"])
def test_a_mapping_reads_the_same_in_every_spelling_yaml_allows(tmp_path, spelling):
    p = tmp_path / "m.yaml"
    p.write_bytes(spelling)
    m = load_mapping(p)
    assert (m.questionnaire, m.from_version, m.to_version, m.rename, m.archive) == (
        "q", "1.0", "1.1", {"old": "new"}, ("gone.*",))
