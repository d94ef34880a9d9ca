#!/bin/sh
# The software bill of materials (CycloneDX JSON) of the environment a release was built from:
#   sh packaging/sbom.sh BUILD_PYTHON PLATFORM  ->  dist/capacity-app-VERSION-PLATFORM.cdx.json
# cyclonedx-bom runs from its own virtual environment, so that it and its dependencies are not
# listed as the application's. The build environment holds the `bundle` extras (PyInstaller) too.
set -eu
cd "$(dirname "$0")/.."
python=$1
platform=$2
version=$("$python" -c 'import capacity_app; print(capacity_app.__version__)')
tools="${RUNNER_TEMP:-/tmp}/sbom-tools"
python3 -m venv "$tools" 2>/dev/null || python -m venv "$tools"
bin="$tools/bin"
[ -d "$bin" ] || bin="$tools/Scripts"
"$bin/python" -m pip install --quiet 'cyclonedx-bom>=7,<8'
"$bin/cyclonedx-py" environment --output-reproducible --of JSON \
    -o "dist/capacity-app-$version-$platform.cdx.json" "$python"
echo "sbom: dist/capacity-app-$version-$platform.cdx.json"
