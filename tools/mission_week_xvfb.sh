#!/usr/bin/env bash
# The mission week in the real window: two laptops (two databases exchanging packages)
# and a supervisor, at 1366x768 under Xvfb with openbox, driven by xdotool key events; a
# screenshot of each step in OUT (default /tmp/mission-week/shots). docs/mission-week.md shows
# them. Needs Xvfb, openbox, xdotool, ImageMagick (import, convert) and poppler (pdftoppm).
#   bash tools/mission_week_xvfb.sh [OUT]
# The answers between the steps shown are written by tools/mission_week_fill.py (the demo's,
# through the services, credited to the officer of each laptop).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY="$ROOT/.venv/bin/python"
W=${MISSION_WEEK_DIR:-/tmp/mission-week}
OUT=${1:-$W/shots}
DISPLAY_NO=${MISSION_WEEK_DISPLAY:-:5}
rm -rf "$W/A" "$W/B" "$W/usb"; mkdir -p "$OUT" "$W/usb"
Xvfb "$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >"$W/xvfb.log" 2>&1 & XVFB=$!
sleep 1
DISPLAY="$DISPLAY_NO" openbox >"$W/openbox.log" 2>&1 & WM=$!
trap 'kill $WM $XVFB 2>/dev/null || true' EXIT
export DISPLAY="$DISPLAY_NO" LC_ALL=C.UTF-8
unset QT_QPA_PLATFORM
laptop() {  # the environment of laptop $1 (A or B): its own database and settings
  export HOME="$W/$1/home" XDG_CONFIG_HOME="$W/$1/config" XDG_DATA_HOME="$W/$1/data"
  mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
  DB="$W/$1/capacity.sqlite3"
}
start() { "$PY" -m capacity_app --db "$DB" >"$W/app.log" 2>&1 & APP=$!; sleep 7; }
quit() { xdotool key ctrl+q; wait "$APP" 2>/dev/null || true; }
k() { xdotool key --delay 120 "$@"; sleep 0.6; }
t() { xdotool type --delay 20 "$1"; sleep 0.4; }
shot() { import -window root "$W/raw.png"; convert "$W/raw.png" -colors 256 "PNG8:$OUT/$1.png"; }
fill() { "$PY" "$ROOT/tools/mission_week_fill.py" "$DB" "$@"; }

# Day 1, laptop A: the officer names herself, creates the assessment, answers S0 and S1 by keyboard
laptop A; start
t "Officer Wanjiru"; k Return; k ctrl+n; sleep 2
t "Kenya"; k Return; k Tab Tab Tab; t "2026-05-15"; k Tab; t "2026-06-08"; k Tab; t "2026-06-12"; k Tab space
shot mission-week-1-new-assessment
k Tab Return; sleep 2
k ctrl+j; t "Kenya National Bureau of Statistics"; k Tab Tab Tab   # into the reference date
k alt+Down                                                          # the next section, from a date
k Tab; t "y"; k Down; t "y"; k Down; t "n"; k Down                  # S1's grid: Down keeps each choice
shot mission-week-1-grid-typing
k Escape; quit
# Day 2, laptop A: the rest of S0-S6A; the window reopened: Undo still there; the package exported
fill "Officer Wanjiru" sections=S0,S1,S2,S3,S4,S5,S6A
start; k alt+e; shot mission-week-2-undo-after-restart; k Escape
k alt+f k; sleep 3; k ctrl+a; t "$W/usb/KEN_2026_day2_wanjiru.zip"; k Return; sleep 4; k Escape; sleep 1; quit
# Day 3, laptop B: the second officer imports the package, answers S6B-S12, comments on S2's policy
laptop B; start
t "Officer Otieno"; k Return; k ctrl+i; sleep 3; t "$W/usb/KEN_2026_day2_wanjiru.zip"; k Return; sleep 4
shot mission-week-3-import-on-laptop-b
k Return; sleep 3; quit
fill "Officer Otieno" sections=S6B,S6C,S7,S8,S9,S10,S11,S12
fill "Officer Otieno" "comment=s2_policy:The Ministry of Labour says the 2024 policy covers labour migration only."
"$PY" -m capacity_app --db "$DB" --operator "Officer Otieno" export 1 --package "$W/usb/KEN_2026_day3_otieno.zip"
# Day 4, laptop A: her own comment on the same answer, then B's package: keep both
laptop A
fill "Officer Wanjiru" "comment=s2_policy:Cabinet approved the National Migration Policy in March 2024 (KNBS interview)."
start; k ctrl+i; sleep 3; t "$W/usb/KEN_2026_day3_otieno.zip"; k Return; sleep 5; k alt+b
shot mission-week-4-comment-conflict-keep-both
k Return; sleep 4; quit
# Day 5, laptop A with the supervisor: reviews, the review sign-off, the validation, the report
fill "Officer Wanjiru" reviews=all-but-S12
start; k ctrl+l Home Return alt+Up; k alt+e l; sleep 1
shot mission-week-5-validate-section-reviews
k alt+e e; sleep 2; t "Grace Kamau"; k Tab; t "Mission supervisor"; k Tab; t "UNSD"
shot mission-week-5-review-signoff
k Return; sleep 1; k alt+e s; sleep 2; t "Dr Amina Mensah"; k Tab; t "Director-General"
shot mission-week-5-validate
k Return; sleep 1; k ctrl+p; sleep 3; k ctrl+a; t "$W/usb/KEN_2026.pdf"; k Return; sleep 25; k Escape
pdftoppm -r 60 -png -f 1 -l 1 "$W/usb/KEN_2026.pdf" "$W/cover"; convert "$W"/cover*.png -colors 256 "PNG8:$OUT/mission-week-5-report-cover.png"; rm -f "$W"/cover*.png
k alt+u F4 Up Return; sleep 1; t "The Ministry of Labour sent its 2025 work-permit figures after the validation."
shot mission-week-5-reopen
k alt+r; sleep 1; k alt+e s; sleep 1
shot mission-week-5-revalidate
k Escape; k ctrl+p; sleep 3; k ctrl+a; t "$W/usb/KEN_2026_reopened.pdf"; k Return; sleep 25; k Escape
pdftoppm -r 60 -png -f 1 -l 1 "$W/usb/KEN_2026_reopened.pdf" "$W/cover"; convert "$W"/cover*.png -colors 256 "PNG8:$OUT/mission-week-5-report-cover-reopened.png"; rm -f "$W"/cover*.png
quit
echo "screenshots in $OUT"
