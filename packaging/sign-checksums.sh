#!/bin/sh
# Sign SHA256SUMS with the project's release key (an ed25519 OpenSSH key; its public half is
# packaging/release-signing-key.pub): writes SHA256SUMS.sig beside it. The private key comes from
# the environment (RELEASE_SIGNING_KEY, the secret of the same name) and is written to a file only
# readable by this user for the moment of signing. Checked afterwards with the public half.
# Usage: sh packaging/sign-checksums.sh release/SHA256SUMS
set -eu
sums=$1
root=$(cd "$(dirname "$0")/.." && pwd)
key=$(mktemp)
trap 'rm -f "$key"' EXIT
umask 077
printf '%s\n' "$RELEASE_SIGNING_KEY" > "$key"
ssh-keygen -Y sign -f "$key" -n file "$sums"
printf 'release@capacity-app %s\n' "$(cat "$root/packaging/release-signing-key.pub")" > "$key.allowed"
ssh-keygen -Y verify -f "$key.allowed" -I release@capacity-app -n file -s "$sums.sig" < "$sums"
rm -f "$key.allowed"
