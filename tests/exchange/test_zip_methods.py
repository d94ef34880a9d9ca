"""A zip from outside whose member is compressed with bzip2 or LZMA is refused before it is read:
zipfile inflates such a member in one call with no bound on what it makes, so a 3 KB workbook
whose header declares 100 bytes made 4 GB before its CRC was checked (an outside review: 20 s and
4.4 GB as a Word template, in the application's own process). Excel, LibreOffice, ODK Central and
this application write stored or deflated members only. Each reader of a zip from outside (a
workbook, an assessment package, a form's submissions export, a Word template) refuses it in one
line naming the method, in bounded time and memory, and in the user's language."""
from __future__ import annotations

import bz2
import resource
import struct
import time
import zipfile

import pytest

from capacity_app.domain.retold import retold
from capacity_app.files import ZipBounds, zip_problem
from capacity_app.exchange.outside.safety import UnsafeWorkbook, check_file


def _lying_bzip2(path, declared: int = 100, made: int = 64 << 20) -> None:
    """A zip whose one bzip2 member makes ``made`` bytes but declares ``declared`` (its stream put in
    place of a small member's, the sizes patched in its local header, its directory entry and the
    end record's offset of the directory)."""
    comp = bz2.compress(b"\0" * made, 9)
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    info.compress_type = zipfile.ZIP_BZIP2
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(info, b"<a/>")
        zf.writestr("[Content_Types].xml", "<Types/>", compress_type=zipfile.ZIP_DEFLATED)
    data = path.read_bytes()
    name_len, extra_len = struct.unpack("<HH", data[26:30])
    start = 30 + name_len + extra_len
    old = struct.unpack("<I", data[18:22])[0]
    out = bytearray(data[:start] + comp + data[start + old:])
    shift = len(comp) - old
    struct.pack_into("<II", out, 18, len(comp), declared)
    central = out.find(b"PK\x01\x02", start + len(comp))
    struct.pack_into("<II", out, central + 20, len(comp), declared)
    eocd = out.rfind(b"PK\x05\x06")
    struct.pack_into("<I", out, eocd + 16, struct.unpack("<I", out[eocd + 16:eocd + 20])[0] + shift)
    # the second member's local header moved too
    second = out.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", out, second + 42, struct.unpack("<I", out[second + 42:second + 46])[0] + shift)
    path.write_bytes(bytes(out))


def _lzma_member(path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>", compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("xl/workbook.xml", "<workbook/>", compress_type=zipfile.ZIP_LZMA)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("make, method", [(_lying_bzip2, "bzip2"), (_lzma_member, "LZMA")])
def test_a_workbook_or_template_with_such_a_member_is_refused_unread(tmp_path, make, method):
    path = tmp_path / "bomb.xlsx"
    make(path)
    before, t = _peak_mb(), time.perf_counter()
    with pytest.raises(UnsafeWorkbook) as exc:
        check_file(path)
    problem = zip_problem(path.read_bytes(), ZipBounds(100, 50 << 20, 200 << 20))
    assert time.perf_counter() - t < 2 and _peak_mb() - before < 100
    assert f"is compressed with {method}" in str(exc.value) and f"is compressed with {method}" in problem
    said = retold(str(exc.value), "fr")
    assert f"est compressé avec {method}" in said and "which this application" not in said


def test_a_package_and_a_submissions_export_with_such_a_member_are_refused(tmp_path):
    from capacity_app.exchange.institutions.submissions import SubmissionsError, tables_of
    from capacity_app.exchange.workbook.package import PackageError, check_package

    pkg = tmp_path / "p.zip"
    with zipfile.ZipFile(pkg, "w") as zf:
        zf.writestr("manifest.json", "{}", compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("workbook.xlsx", b"x" * 100, compress_type=zipfile.ZIP_BZIP2)
    with pytest.raises(PackageError, match="is compressed with bzip2"):
        check_package(pkg, tmp_path / "out")
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("form.csv", "a,b\n1,2\n", compress_type=zipfile.ZIP_LZMA)
    with pytest.raises(SubmissionsError, match="is compressed with LZMA"):
        tables_of(export)
