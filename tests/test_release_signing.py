"""The release's checksums and their signature, attacked as a downloader meets them: the documented
verification (docs/packaging.md, "How an officer checks a download") accepts the signed sums and refuses a
tampered sums file, a tampered artefact and a signature made with another key; the signing script
never leaves behind a signature the project's public half does not verify."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None or shutil.which("sha256sum") is None,
                                reason="ssh-keygen and sha256sum (OpenSSH, coreutils) are needed")
ROOT = Path(__file__).resolve().parent.parent


def _key(folder: Path, name: str) -> Path:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(folder / name)], check=True)
    return folder / name


def _verify(folder: Path, signers: Path) -> subprocess.CompletedProcess:
    with open(folder / "SHA256SUMS", "rb") as sums:
        return subprocess.run(["ssh-keygen", "-Y", "verify", "-f", str(signers), "-I", "release@capacity-app",
                               "-n", "file", "-s", str(folder / "SHA256SUMS.sig")], stdin=sums, capture_output=True)


@pytest.fixture
def release(tmp_path):
    for name, body in (("capacity-app-linux-x86_64.tar.gz", b"bundle"), ("capacity-app.spdx.json", b"{}")):
        (tmp_path / name).write_bytes(body)
    sums = subprocess.run(["sha256sum", "capacity-app-linux-x86_64.tar.gz", "capacity-app.spdx.json"],
                          cwd=tmp_path, check=True, capture_output=True).stdout
    (tmp_path / "SHA256SUMS").write_bytes(sums)
    key = _key(tmp_path, "release")
    signers = tmp_path / "allowed_signers"
    signers.write_text("release@capacity-app " + " ".join(key.with_suffix(".pub").read_text().split()[:2]) + "\n")
    subprocess.run(["ssh-keygen", "-q", "-Y", "sign", "-f", str(key), "-n", "file", str(tmp_path / "SHA256SUMS")],
                   check=True, capture_output=True)
    return tmp_path, signers


def test_the_signed_sums_verify_and_the_files_match(release):
    folder, signers = release
    assert _verify(folder, signers).returncode == 0
    assert subprocess.run(["sha256sum", "-c", "--ignore-missing", "SHA256SUMS"], cwd=folder,
                          capture_output=True).returncode == 0


def test_a_tampered_sums_file_is_refused(release):
    folder, signers = release
    text = (folder / "SHA256SUMS").read_text()
    (folder / "SHA256SUMS").write_text(("0" if text[0] != "0" else "1") + text[1:])
    assert _verify(folder, signers).returncode != 0


def test_a_tampered_artefact_is_refused_by_its_sum(release):
    folder, signers = release
    (folder / "capacity-app-linux-x86_64.tar.gz").write_bytes(b"bundle with something added")
    assert _verify(folder, signers).returncode == 0   # the sums are the ones signed...
    check = subprocess.run(["sha256sum", "-c", "--ignore-missing", "SHA256SUMS"], cwd=folder, capture_output=True)
    assert check.returncode != 0 and b"FAILED" in check.stdout   # ...and the file is not the one summed


def test_a_signature_of_another_key_is_refused(release):
    folder, signers = release
    other = _key(folder, "other")
    (folder / "SHA256SUMS.sig").unlink()
    subprocess.run(["ssh-keygen", "-q", "-Y", "sign", "-f", str(other), "-n", "file", str(folder / "SHA256SUMS")],
                   check=True, capture_output=True)
    assert _verify(folder, signers).returncode != 0


def test_the_signing_script_leaves_no_signature_the_project_key_does_not_verify(release):
    folder, _signers = release
    (folder / "SHA256SUMS.sig").unlink()
    wrong = _key(folder, "wrong").read_text()
    env = {**os.environ, "RELEASE_SIGNING_KEY": wrong}
    run = subprocess.run(["sh", str(ROOT / "packaging" / "sign-checksums.sh"), str(folder / "SHA256SUMS")], env=env,
                         capture_output=True, text=True)
    assert run.returncode != 0 and "does not verify with packaging/allowed_signers" in run.stderr
    assert not (folder / "SHA256SUMS.sig").exists()
