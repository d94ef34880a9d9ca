#!/bin/sh
# Build the standalone Linux bundle (see docs/packaging.md):
#   dist/capacity-app/                                 the one-folder application
#   dist/capacity-app-VERSION-linux-ARCH.tar.gz        the same folder, to hand to users
# Usage: sh packaging/build.sh [PYTHON]   (PYTHON: an environment with `pip install -e '.[bundle]'`)
set -eu
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
version=$("$PY" -c 'import capacity_app; print(capacity_app.__version__)')
arch=$(uname -m)
archive="dist/capacity-app-$version-linux-$arch.tar.gz"

rm -rf build/pyinstaller dist/capacity-app "$archive"
# the YAML files' parsed trees go into the bundle's resources (capacity_app/catalog/yamlfile.py)
"$PY" tools/compile_yaml.py
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/capacity_app.spec

out=dist/capacity-app
cp packaging/capacity-app.desktop "$out/capacity-app.desktop"
cp resources/icons/png/app-256.png "$out/capacity-app.png"
cp resources/icons/app.svg "$out/capacity-app.svg"
cp packaging/install-desktop-entry.sh "$out/install-desktop-entry.sh"
chmod 755 "$out/install-desktop-entry.sh" "$out/capacity-app"
cp packaging/README-bundle.txt "$out/README.txt"

# Owner-free, name-sorted and time-stamp-free gzip, so that the archive depends on its content.
tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -cf - capacity-app | gzip -6 -n > "$archive"
echo "bundle: $out ($(du -sm "$out" | cut -f1) MB unpacked)"
echo "archive: $archive ($(du -sm "$archive" | cut -f1) MB)"
