#!/bin/sh
# Add capacity-app to the desktop's application menu, for this user only (no administrator
# rights): writes ~/.local/share/applications/capacity-app.desktop pointing at this folder.
# Run it again after moving the folder; remove that file to take the entry away.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/capacity-app.png" "$icons/capacity-app.png"
sed -e "s|^Exec=.*|Exec=\"$here/capacity-app\" gui|" -e "s|^Icon=.*|Icon=$icons/capacity-app.png|" \
    "$here/capacity-app.desktop" > "$apps/capacity-app.desktop"
chmod 644 "$apps/capacity-app.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Added to the application menu: $apps/capacity-app.desktop"
