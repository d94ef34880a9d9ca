"""The GitHub Actions workflows (.github/workflows), read as YAML: the suite on the three
systems, each artefact smoke-tested, checksums and bills of materials beside them, signing behind
its secrets, every action pinned by commit, least privilege, no expression inside a shell script.
`make lint-workflows` runs zizmor, the workflow schema and actionlint on the same files."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"


def _load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def _steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in _steps(job))


def _all_jobs():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for name, job in _load(path.name)["jobs"].items():
            yield path.name, name, job


def test_the_suite_runs_on_the_three_systems_with_their_own_libraries():
    tests = _load("tests.yml")["jobs"]["tests"]
    assert set(tests["strategy"]["matrix"]["os"]) == {"ubuntu-latest", "windows-latest", "macos-latest"}
    assert tests["strategy"]["fail-fast"] is False
    uses = {step.get("uses", "").split("@")[0]: step for step in _steps(tests)}
    msys2 = uses["msys2/setup-msys2"]
    assert msys2["if"] == "runner.os == 'Windows'" and "pango" in msys2["with"]["install"]
    runs = _runs(tests)
    assert "brew install pango" in runs and "tools/sysdeps.sh" in runs and "WEASYPRINT_DLL_DIRECTORIES" in runs
    assert "python -m pytest" in runs
    assert "make lint" in _runs(_load("tests.yml")["jobs"]["lint"])


def test_release_builds_each_artefact_on_its_system_and_smoke_tests_it():
    release = _load("release.yml")
    assert release["on"]["push"]["tags"] == ["v*"]
    jobs = release["jobs"]
    expected = {"linux": ("ubuntu-", "make bundle", ".tar.gz"),
                "windows": ("windows-", "capacity_app.iss", "-setup.exe"),
                "macos": ("macos-", "hdiutil create", ".dmg")}
    for name, (runner, build, artefact) in expected.items():
        job = jobs[name]
        runs = _runs(job)
        assert job["runs-on"].startswith(runner) and build in runs
        smoke = [s for s in _steps(job) if "packaging/smoke_test.py" in s.get("run", "")]
        assert len(smoke) == 1 and "Smoke test" in smoke[0]["name"], name
        assert "packaging/sbom.sh" in runs, name
        upload = next(s for s in _steps(job) if s.get("uses", "").startswith("actions/upload-artifact@"))
        assert artefact in upload["with"]["path"] and ".cdx.json" in upload["with"]["path"]
    assert "/VERYSILENT" in _runs(jobs["windows"]) and "/CURRENTUSER" in _runs(jobs["windows"])
    assert "hdiutil attach" in _runs(jobs["macos"])


def test_checksums_are_made_over_every_artefact_and_signed_behind_the_secret():
    publish = _load("release.yml")["jobs"]["publish"]
    assert set(publish["needs"]) == {"linux", "windows", "macos"}
    steps = {step["name"]: step for step in _steps(publish) if "name" in step}
    assert "sha256sum" in steps["Checksums (SHA256SUMS)"]["run"]
    sign = steps["Sign the checksums (ssh-keygen -Y sign)"]
    assert sign["if"] == "env.HAS_CHECKSUM_KEY == 'true'"
    assert publish["env"]["HAS_CHECKSUM_KEY"] == "${{ secrets.RELEASE_SIGNING_KEY != '' }}"
    assert sign["env"]["RELEASE_SIGNING_KEY"] == "${{ secrets.RELEASE_SIGNING_KEY }}"


@pytest.mark.parametrize("job, flag, secret, steps", [
    ("windows", "HAS_SIGNING", "WINDOWS_SIGNING_PFX_BASE64",
     ["Sign the executables (Authenticode)", "Sign the installer (Authenticode)"]),
    ("macos", "HAS_NOTARY", "MACOS_CERTIFICATE_P12_BASE64",
     ["Sign the app (codesign, hardened runtime)", "Notarise the disk image (notarytool, stapler)"]),
])
def test_signing_runs_only_when_its_secret_exists_and_the_summary_says_so(job, flag, secret, steps):
    definition = _load("release.yml")["jobs"][job]
    assert f"secrets.{secret} != ''" in definition["env"][flag]
    by_name = {step.get("name"): step for step in _steps(definition)}
    for name in steps:
        assert by_name[name]["if"] == f"env.{flag} == 'true'", name
    summary = by_name["Summary"]["run"]
    assert f'"${flag}" = true' in summary and "unsigned" in summary.lower()
    secrets_outside_signing = [step.get("name") for step in _steps(definition) if step.get("name") not in steps
                               and "secrets." in yaml.safe_dump(step.get("env", {}))]
    assert secrets_outside_signing == []


@pytest.mark.parametrize("workflow, job_name, job", list(_all_jobs()), ids=lambda v: v if isinstance(v, str) else "")
def test_actions_pinned_credentials_dropped_and_no_expression_in_scripts(workflow, job_name, job):
    for step in _steps(job):
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False
        assert "${{" not in step.get("run", ""), f"{workflow}/{job_name}: {step.get('name')}"


def test_permissions_are_read_only_except_the_release_job():
    for name in ("tests.yml", "release.yml"):
        assert _load(name)["permissions"] == {"contents": "read"}
    writers = [(wf, job) for wf, job, definition in _all_jobs() if "permissions" in definition]
    assert writers == [("release.yml", "publish")]
    assert _load("release.yml")["jobs"]["publish"]["permissions"] == {"contents": "write"}


def test_the_windows_installer_is_per_user_without_administrator_rights():
    iss = (ROOT / "packaging" / "capacity_app.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\capacity-app$", iss, re.M)
    assert "{userprograms}" in iss and "{commonprograms}" not in iss and "HKLM" not in iss


def test_the_public_key_that_checks_the_checksums_is_in_the_repository():
    public = (ROOT / "packaging" / "release-signing-key.pub").read_text(encoding="ascii").split()
    assert public[0] == "ssh-ed25519"
    signers = (ROOT / "packaging" / "allowed_signers").read_text(encoding="ascii").split()
    assert signers == ["release@capacity-app", *public[:2]]
