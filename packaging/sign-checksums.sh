#!/bin/sh
# Sign SHA256SUMS with the project's release key (an ed25519 OpenSSH key; its public half is
# packaging/release-signing-key.pub, and packaging/allowed_signers for ssh-keygen -Y verify):
# writes SHA256SUMS.sig beside it. The private key comes from
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
rm -f "$sums.sig"
ssh-keygen -Y sign -f "$key" -n file "$sums"
# a signature the project's public half does not verify (a wrong or rotated key) is never left
# beside the sums for a release to pick up
if ! ssh-keygen -Y verify -f "$root/packaging/allowed_signers" -I release@capacity-app -n file -s "$sums.sig" < "$sums"; then
  rm -f "$sums.sig"
  echo "the signature of $sums does not verify with packaging/allowed_signers: not the release key" >&2
  exit 1
fi
