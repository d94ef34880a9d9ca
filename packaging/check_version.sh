#!/bin/sh
# Release workflow: a tag vX.Y.Z must name the version the package says (capacity_app.__version__).
# Usage: sh packaging/check_version.sh PYTHON   (GITHUB_REF_TYPE / GITHUB_REF_NAME from the runner)
set -eu
cd "$(dirname "$0")/.."
version=$(PYTHONPATH=. "$1" -c 'import capacity_app; print(capacity_app.__version__)')
if [ "${GITHUB_REF_TYPE:-}" = tag ] && [ "${GITHUB_REF_NAME:-}" != "v$version" ]; then
    echo "the tag ${GITHUB_REF_NAME:-} does not name the package's version v$version" >&2
    exit 1
fi
echo "version $version"
