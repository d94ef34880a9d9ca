# Authenticode signature of the given files with the publisher's certificate (a PFX file, base64
# in the secret WINDOWS_SIGNING_PFX_BASE64, its password in WINDOWS_SIGNING_PFX_PASSWORD), with an
# RFC 3161 time stamp so that the signature outlives the certificate. Run by the release workflow
# only when the secret is set (docs/packaging.md).
# Usage: ./packaging/sign-windows.ps1 FILE...
$ErrorActionPreference = "Stop"
$pfx = Join-Path $env:RUNNER_TEMP "signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:PFX_BASE64))
try {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    foreach ($file in $args) {
        & $signtool.FullName sign /f $pfx /p $env:PFX_PASSWORD /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $file
        if ($LASTEXITCODE -ne 0) { throw "signtool failed on $file" }
        & $signtool.FullName verify /pa $file
        if ($LASTEXITCODE -ne 0) { throw "the signature of $file does not verify" }
    }
} finally {
    Remove-Item -Force $pfx
}
