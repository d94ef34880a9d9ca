"""A ministry's Word template is a file from outside: read within bounds before
python-docx parses it. A template of 1 MB whose styles part unpacks to 1 GB took 2.2 GB and 17 s
before it was refused; now refused in well under a second, with little memory, in one line."""
from __future__ import annotations

import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from capacity_app.files import ZipBounds, zip_problem
from capacity_app.reports.docx import open_template, template_path
from capacity_app.reports.pdf import ReportError

GB = 1024 * 1024 * 1024
MB = 1024 * 1024


def _bomb_stream(size: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``size`` spaces (about 1 KB a MB) and its CRC-32, made without
    compressing ``size`` bytes: one fully flushed block of 1 MB repeated."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(b" " * MB) + co.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // MB):
        crc = zlib.crc32(b" " * MB, crc)
    return block * (size // MB) + co.flush(), crc


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive written by hand from (name, raw deflate data, CRC-32, declared size)."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in members:
        n = name.encode()
        central += struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), size,
                               len(n), 0, 0, 0, 0, 0, len(out)) + n
        out += struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(n), 0) + n + data
    count = len(members)
    return bytes(out + central + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, count, count, len(central),
                                             len(out), 0))


def _template_with_styles(stream: bytes, crc: int, declared: int) -> bytes:
    """The bundled template with its styles part replaced by ``stream``."""
    members = []
    with zipfile.ZipFile(template_path()) as z:
        for info in z.infolist():
            if info.filename == "word/styles.xml":
                members.append((info.filename, stream, crc, declared))
                continue
            raw = z.read(info)
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            members.append((info.filename, co.compress(raw) + co.flush(), zlib.crc32(raw), len(raw)))
    return _zip(members)


@pytest.fixture(scope="module")
def bomb():
    return _bomb_stream(GB)


def _refused_fast(path: Path) -> str:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(ReportError) as err:
            open_template(path)
        took = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert took < 2.0, took
    assert peak < 64 * MB, peak
    message = str(err.value)
    assert "\n" not in message and path.name in message and "Word template" in message
    return message


def test_a_styles_part_declared_at_1_gb_is_refused_fast(bomb, tmp_path):
    path = tmp_path / "ministry.docx"
    path.write_bytes(_template_with_styles(*bomb, GB))
    assert path.stat().st_size < 2 * MB
    assert "would unpack to far more than a Word document does" in _refused_fast(path)


def test_a_styles_part_that_lies_about_its_size_is_refused_fast(bomb, tmp_path):
    path = tmp_path / "liar.docx"
    path.write_bytes(_template_with_styles(bomb[0], bomb[1], 40_000))
    # zipfile inflates no more than the declared size, then finds the CRC wrong
    message = _refused_fast(path)
    assert "it is not a Word document (.docx), or it is damaged" in message and "CRC" not in message


def test_a_template_compressed_beyond_the_ratio_is_refused(tmp_path):
    stream, crc = _bomb_stream(8 * MB)
    path = tmp_path / "ratio.docx"
    path.write_bytes(_template_with_styles(stream, crc, 8 * MB))
    assert "would unpack to far more than a Word document does" in _refused_fast(path)


def test_a_template_too_large_or_not_a_file_is_refused_in_one_line(tmp_path):
    big = tmp_path / "big.docx"
    with big.open("wb") as fh:
        fh.truncate(21 * MB)
    assert "big.docx is too large (the limit is 20 MB)" in _refused_fast(big)
    assert "is not a file (a folder or a special file)" in _refused_fast(tmp_path)


def test_a_real_template_passes_and_zip_problem_bounds_members():
    assert open_template(None) is not None
    data = template_path().read_bytes()
    assert zip_problem(data, ZipBounds(max_members=500, max_member=16 * MB, max_total=48 * MB)) is None
    assert "too many members" in zip_problem(data, ZipBounds(max_members=3, max_member=16 * MB, max_total=48 * MB))
    assert "would decompress to more than" in zip_problem(data, ZipBounds(max_members=500, max_member=16 * MB,
                                                                            max_total=1000))
    assert zip_problem(b"not a zip", ZipBounds(1, 1, 1)) == "not a zip archive"


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh", "ar"])
def test_a_refused_template_is_one_line_in_the_command_lines_language(tmp_path, lang):
    """The refusal names the file and what is wrong in the command line's language (cli/said.py,
    entries cli.template_*), without the zip reader's or python-docx's own English words."""
    import zipfile

    from capacity_app.cli.said import translated
    from capacity_app.domain.texts import text

    not_word = tmp_path / "notes.docx"
    with zipfile.ZipFile(not_word, "w") as zf:  # a zip, but no Word document: python-docx refuses it
        zf.writestr("notes.txt", "hello")
    text_file = tmp_path / "letter.docx"
    text_file.write_text("not a zip")
    stream, crc = _bomb_stream(8 * MB)
    ratio = tmp_path / "ratio.docx"
    ratio.write_bytes(_template_with_styles(stream, crc, 8 * MB))
    cases = [(not_word, "cli.template_not_docx"), (text_file, "cli.template_not_docx"),
             (ratio, "cli.template_unpacks_too_much"), (tmp_path / "gone.docx", "cli.template_missing"),
             (tmp_path, "cli.template_not_file")]
    for path, key in cases:
        with pytest.raises(ReportError) as err:
            open_template(path)
        message = str(err.value)
        assert message == text(key, file=path.name), message
        said = translated(f"capacity-app: {message}", lang)
        assert said == "capacity-app: " + text(key, lang, file=path.name) and said != f"capacity-app: {message}"
        assert "\n" not in said and path.name in said
        assert not any(w in said for w in ("Error", "KeyError", "zip:", "Package", "CRC", "There is no item"))
