#!/usr/bin/env bash
# Runs the real window under Xvfb (glow renderer, software GL) and saves a screenshot of
# every panel in the light and the dark theme to shots/ (kept out of git).
#
#   scripts/screenshots.sh            # debug build
#   PROFILE=release scripts/screenshots.sh
#   WINDOW=1600x1000 scripts/screenshots.sh   # window size (default: the app's 1280x820)
#   LANGS="ja en" scripts/screenshots.sh      # languages (default: both)
#
# Needs (Debian): xvfb xauth libxcursor1 libxi6 libxkbcommon-x11-0 libegl1 libgl1-mesa-dri imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${PROFILE:-debug}
window=${WINDOW:-}
size=${SIZE:-${WINDOW:-1400x900}}
display=${DISPLAY_NUMBER:-:99}
wait_seconds=${WAIT:-4}
langs=${LANGS:-ja en}
out=shots
mkdir -p "$out"

if [ "$profile" = release ]; then cargo build --release; else cargo build; fi
bin=target/$profile/offering-desk

# A private settings folder, so screenshots never depend on (or change) your own.
export XDG_CONFIG_HOME XDG_DATA_HOME
XDG_CONFIG_HOME=$(mktemp -d)
XDG_DATA_HOME=$(mktemp -d)

Xvfb "$display" -screen 0 "${size}x24" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1

# Two variants of the sample for the Compare tab: discount 4 %, and 2 % without the
# third-party allotment.
variants=$(mktemp -d)
sed -e 's/"discount_rate": "0.03"/"discount_rate": "0.04"/' \
    -e 's/^  "title": "IIJ follow-on offering/  "title": "Discount 4 %: IIJ follow-on offering/' \
    assets/scenarios/iij-2013.json >"$variants/discount-4.json"
sed -e 's/"discount_rate": "0.03"/"discount_rate": "0.02"/' \
    -e 's/"allotment_shares": 700000/"allotment_shares": 0/' \
    assets/scenarios/iij-2013.json >"$variants/discount-2-no-allotment.json"

for lang in $langs; do
for theme in light dark; do
  for panel in offering timetable options paid volatility notices summary compare; do
    extra=()
    if [ "$panel" = compare ]; then
      extra=(--compare "$variants/discount-4.json" "$variants/discount-2-no-allotment.json")
    fi
    # The paid-in panel on the example with a grant (valued in the background).
    if [ "$panel" = paid ]; then
      extra=(assets/scenarios/paid-in-example.json)
    fi
    DISPLAY=$display "$bin" --panel "$panel" --theme "$theme" --lang "$lang" "${extra[@]}" >/dev/null 2>&1 &
    app=$!
    # Wait for the window to map (first frame drawn), then a moment to settle.
    for _ in $(seq 1 50); do
      if DISPLAY=$display xdotool search --name "Offering Desk" >/dev/null 2>&1; then break; fi
      sleep 0.2
    done
    if [ -n "$window" ]; then
      DISPLAY=$display xdotool search --name "Offering Desk" windowmove 0 0 windowsize "${window%x*}" "${window#*x}" >/dev/null 2>&1 || true
    fi
    sleep "$wait_seconds"
    name=$lang-$panel-$theme${window:+-$window}
    DISPLAY=$display import -window root "$out/$name.png"
    kill $app 2>/dev/null || true
    wait $app 2>/dev/null || true
    echo "saved $out/$name.png"
  done
done
done
