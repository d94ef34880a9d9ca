#!/bin/sh
# Detect the system libraries the stack needs and install them with apt when we can
# (root on Debian/Ubuntu); otherwise print the exact command. Usage: sysdeps.sh report|test|gui
set -u
mode=${1:-report}
missing=""
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1" ; }
# WeasyPrint (PDF reports) needs Pango.
have_lib 'libpango-1.0.so' || missing="$missing libpango-1.0-0 libpangoft2-1.0-0"
# WeasyPrint subsets embedded fonts with HarfBuzz-Subset (fontTools fallback is slower, deprecated).
have_lib 'libharfbuzz-subset.so' || missing="$missing libharfbuzz-subset0"
# Qt offscreen needs fontconfig, EGL/GL, xkbcommon.
have_lib 'libfontconfig.so' || missing="$missing libfontconfig1"
have_lib 'libEGL.so' || missing="$missing libegl1"
have_lib 'libGL.so' || missing="$missing libgl1"
have_lib 'libxkbcommon.so' || missing="$missing libxkbcommon0"
if [ "$mode" = test ]; then
  # The tests read the reports' text and layout back with poppler's pdftotext and pdftoppm.
  command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
  # the Word report's Latin text is measured in Liberation Sans, the face LibreOffice shows for Arial
  fc-list 2>/dev/null | grep -q 'LiberationSans-Regular' || missing="$missing fonts-liberation2"
fi
if [ "$mode" = gui ]; then
  # A real X11 window (xcb platform plugin).
  for pair in libxcb-icccm.so:libxcb-icccm4 libxcb-keysyms.so:libxcb-keysyms1 \
              libxcb-cursor.so:libxcb-cursor0 libxkbcommon-x11.so:libxkbcommon-x11-0 \
              libxcb-image.so:libxcb-image0 libxcb-render-util.so:libxcb-render-util0 \
              libxcb-shape.so:libxcb-shape0 libxcb-randr.so:libxcb-randr0; do
    have_lib "${pair%%:*}" || missing="$missing ${pair##*:}"
  done
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing missing system libraries:$missing"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null \
    || { echo "apt-get install failed; run: sudo apt-get install$missing" >&2; exit 1; }
else
  echo "Missing system libraries. Install them with:" >&2
  echo "  sudo apt-get install$missing" >&2
  exit 1
fi
