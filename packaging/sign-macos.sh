#!/bin/sh
# macOS signing, run by the release workflow only when the secrets are set (docs/packaging.md):
#   sh packaging/sign-macos.sh app "dist/Capacity App.app"   codesign with the hardened runtime
#   sh packaging/sign-macos.sh dmg dist/capacity-app-*.dmg     codesign, notarytool submit --wait, stapler
# The Developer ID certificate (a .p12, base64 in MACOS_CERTIFICATE_P12_BASE64) goes into a
# keychain of this run only, deleted at the end.
set -eu
what=$1
target=$2
here=$(cd "$(dirname "$0")" && pwd)
if [ "$what" = app ]; then
    keychain="$RUNNER_TEMP/signing.keychain-db"
    password=$(openssl rand -hex 16)
    printf '%s' "$CERTIFICATE_P12_BASE64" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
    security create-keychain -p "$password" "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p "$password" "$keychain"
    security import "$RUNNER_TEMP/certificate.p12" -P "$CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$keychain"
    rm -f "$RUNNER_TEMP/certificate.p12"
    security set-key-partition-list -S apple-tool:,apple: -k "$password" "$keychain" >/dev/null
    security list-keychains -d user -s "$keychain"
    codesign --force --deep --options runtime --timestamp --entitlements "$here/entitlements.plist" \
        --sign "$SIGNING_IDENTITY" "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
else
    codesign --force --timestamp --sign "$SIGNING_IDENTITY" "$target"
    xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_NOTARY_PASSWORD" --wait
    xcrun stapler staple "$target"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$target"
fi
