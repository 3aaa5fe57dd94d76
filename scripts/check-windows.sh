#!/usr/bin/env bash
# Checks the Windows installer under Wine, in a fresh throwaway Wine prefix on a private
# Xvfb display:
#   1. installs silently (/S) and checks the files, the Start-menu shortcut and the
#      per-user uninstaller registration;
#   2. runs the installed .exe's compute, option, volatility and export on the bundled
#      sample and compares every output with the Linux build's (byte for byte apart from
#      line endings; the workbook cell by cell);
#   3. opens the window, checks a screenshot is not blank, and closes it;
#   4. takes a scenario through C:\Users\山田\Documents\案件 2013.json: the window opens
#      and saves it there, the command line computes and exports it;
# then uninstalls silently and checks nothing of the program is left, and runs the
# portable zip's .exe unpacked into a folder with a space in its name.
#
#   scripts/check-windows.sh [SETUP.exe [PORTABLE.zip]]
#       defaults: dist/offering-desk-VERSION-windows-x64-setup.exe and -windows-x64.zip
#
# Environment: LINUX_BIN (default target/release/offering-desk, built if missing; target/
# is CARGO_TARGET_DIR if set),
# DISPLAY_NUMBER (default :97), KEEP=1 keeps the work folder (prefix, outputs, screenshot)
# and prints its path; SHOT=FILE also copies the window's screenshot there.
# Needs (Debian): wine wine64 xvfb xauth xdotool imagemagick gcc-mingw-w64-x86-64, and
# the OpenGL and X libraries Wine loads (see .ci/packages.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
setup=$(realpath "${1:-dist/offering-desk-$version-windows-x64-setup.exe}")
portable=$(realpath "${2:-dist/offering-desk-$version-windows-x64.zip}")
target_dir=${CARGO_TARGET_DIR:-target}
linux_bin=${LINUX_BIN:-$target_dir/release/offering-desk}
display=${DISPLAY_NUMBER:-:97}

fail() {
  echo "check-windows: FAILED: $*" >&2
  exit 1
}
step() { echo "== $*"; }

[ -f "$setup" ] || fail "no installer at $setup (scripts/package.sh windows)"
[ -f "$portable" ] || fail "no portable zip at $portable (scripts/package.sh windows)"
for tool in wine wineserver winepath Xvfb xdotool import convert unzip x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
if [ ! -x "$linux_bin" ]; then
  step "cargo build --release (the Linux build to compare with)"
  cargo build --release --bin offering-desk
fi
linux_bin=$(realpath "$linux_bin")

work=$(mktemp -d)
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download prompts: the desk needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
export DISPLAY=$display
xvfb_pid=
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ "${KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

step "fresh Wine prefix"
wineboot --init >/dev/null 2>&1
wineserver --wait
# Test-only stand-in for bcryptprimitives.dll, which Wine 8 lacks (see the C file).
x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c -ladvapi32

# A Windows environment variable of the prefix, and a Windows path as a Linux one.
winenv() { wine cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
unix_path() { winepath -u "$1" 2>/dev/null; }

# ---------------------------------------------------------------------------------------
step "1. silent install"
wine "$setup" /S
wineserver --wait
local_appdata=$(winenv LOCALAPPDATA)
appdata=$(winenv APPDATA)
install_win="$local_appdata\\Programs\\Offering Desk"
install_dir=$(unix_path "$install_win")
exe_win="$install_win\\offering-desk.exe"
exe=$install_dir/offering-desk.exe
for file in offering-desk.exe uninstall.exe samples/iij-2013.json \
  samples/iij-2005-2013-synthetic.csv licenses/IPAex-LICENSE.txt licenses/DejaVu-LICENSE.txt; do
  [ -f "$install_dir/$file" ] || fail "the installer did not write $install_win\\$file"
done
cmp -s "$install_dir/samples/iij-2013.json" assets/scenarios/iij-2013.json ||
  fail "the installed sample scenario differs from assets/scenarios/iij-2013.json"
start_menu=$(unix_path "$appdata\\Microsoft\\Windows\\Start Menu\\Programs")
[ -f "$start_menu/Offering Desk.lnk" ] || fail "no Start-menu shortcut in $start_menu"
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\OfferingDesk'
# reg_value KEY [reg query options]: the query's output without carriage returns.
reg_value() { wine reg query "$@" 2>/dev/null | tr -d '\r'; }
grep -q "REG_SZ\s*$version$" <<<"$(reg_value "$uninstall_key" /v DisplayVersion)" ||
  fail "the uninstaller is not registered under $uninstall_key with version $version"
# "Open with > Offering Desk" for .json files, passing the file to the installed .exe.
grep -qF "\"$exe_win\" \"%1\"" \
  <<<"$(reg_value 'HKCU\Software\Classes\OfferingDesk.Scenario\shell\open\command' /ve)" ||
  fail "no Open with entry for .json files"
wine reg query 'HKCU\Software\Classes\.json\OpenWithProgids' /v OfferingDesk.Scenario >/dev/null 2>&1 ||
  fail ".json files do not list Offering Desk under Open with"
echo "installed to $install_win; Start-menu shortcut, HKCU uninstaller and Open with present"

# ---------------------------------------------------------------------------------------
step "2. the installed .exe's command line against the Linux build"
out=$work/out
mkdir -p "$out/linux" "$out/windows"
sample=assets/scenarios/iij-2013.json
prices=assets/prices/iij-2005-2013-synthetic.csv
sample_win="$install_win\\samples\\iij-2013.json"
prices_win="$install_win\\samples\\iij-2005-2013-synthetic.csv"
option_args=(option --spot 3400 --strike 1 --term-years 15 --volatility 0.42
  --risk-free-rate 0.0125 --dividend-yield 0.0037 --shares-per-right 200)
volatility_args=(--from 2005-12-02 --to 2013-07-11 --frequency weekly --split 2012-10-01:200)

# run NAME ARGS... : the same command on both builds, output into NAME on each side;
# Windows paths are given to the .exe as %SAMPLE% and %PRICES%.
run() {
  local name=$1
  shift
  local linux_args=() windows_args=()
  for arg in "$@"; do
    case $arg in
      %SAMPLE%) linux_args+=("$sample") windows_args+=("$sample_win") ;;
      %PRICES%) linux_args+=("$prices") windows_args+=("$prices_win") ;;
      *) linux_args+=("$arg") windows_args+=("$arg") ;;
    esac
  done
  "$linux_bin" "${linux_args[@]}" >"$out/linux/$name" ||
    fail "the Linux build failed: ${linux_args[*]}"
  wine "$exe" "${windows_args[@]}" >"$out/windows/$name" 2>"$out/windows/$name.stderr" ||
    fail "the Windows build failed: ${windows_args[*]}: $(cat "$out/windows/$name.stderr")"
}

# same FILE_A FILE_B LABEL: equal apart from CRLF line endings.
same() {
  if ! diff -u <(tr -d '\r' <"$1") <(tr -d '\r' <"$2") >"$work/diff"; then
    head -n 40 "$work/diff" >&2
    fail "$3 differs between the Linux and the Windows build"
  fi
  echo "same: $3"
}

run compute.txt compute %SAMPLE%
run compute.json compute %SAMPLE% --json
run option.txt "${option_args[@]}"
run option.json "${option_args[@]}" --json
run volatility.txt volatility %PRICES% "${volatility_args[@]}"
run volatility.json volatility %PRICES% "${volatility_args[@]}" --json
for name in compute.txt compute.json option.txt option.json volatility.txt volatility.json; do
  [ -s "$out/linux/$name" ] || fail "the Linux build printed nothing for $name"
  same "$out/linux/$name" "$out/windows/$name" "$name"
done

# export writes into an existing folder.
exports_win=$(unix_path 'C:\exports')
mkdir -p "$out/linux/exports" "$exports_win"
"$linux_bin" export "$sample" --all --out-dir "$out/linux/exports" >/dev/null ||
  fail "the Linux build's export failed"
wine "$exe" export "$sample_win" --all --out-dir 'C:\exports' >/dev/null ||
  fail "the Windows build's export failed"

# Compares every exported file: workbooks cell by cell, everything else as text.
cargo build --quiet --example workbook_cells
workbook_cells=$target_dir/debug/examples/workbook_cells
compare_exports() { # LINUX_DIR WINDOWS_DIR
  local count=0
  for linux_file in "$1"/*; do
    local name
    name=$(basename "$linux_file")
    [ -f "$2/$name" ] || fail "the Windows build did not export $name"
    case $name in
      *.xlsx)
        "$workbook_cells" "$linux_file" >"$work/cells-linux"
        "$workbook_cells" "$2/$name" >"$work/cells-windows"
        [ "$(wc -l <"$work/cells-linux")" -gt 50 ] || fail "$name has almost no cells"
        same "$work/cells-linux" "$work/cells-windows" "$name (every cell: value and formula)"
        ;;
      *) same "$linux_file" "$2/$name" "$name" ;;
    esac
    count=$((count + 1))
  done
  [ "$count" -ge 5 ] || fail "only $count exported files in $1"
  [ "$(ls "$2" | wc -l)" -eq "$count" ] || fail "the Windows build exported other files: $(ls "$2")"
}
compare_exports "$out/linux/exports" "$exports_win"

# ---------------------------------------------------------------------------------------
# wait_for_window TITLE_PATTERN: the X window id of the desk once it is mapped.
wait_for_window() {
  local id=
  for _ in $(seq 1 150); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1) && [ -n "$id" ] && break
    sleep 0.2
  done
  [ -n "$id" ] || fail "no window titled like '$1' appeared"
  echo "$id"
}

# close_window ID PID: asks the desk to quit (Ctrl+Q) and waits for it to exit.
close_window() {
  xdotool windowfocus --sync "$1" key --clearmodifiers ctrl+q 2>/dev/null || true
  for _ in $(seq 1 150); do
    kill -0 "$2" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$2" 2>/dev/null; then
    kill "$2" 2>/dev/null || true
    fail "the desk did not quit on Ctrl+Q"
  fi
  wait "$2" || fail "the desk exited with status $?"
}

step "3. the window"
wine "$exe" >"$work/window.log" 2>&1 &
app=$!
window=$(wait_for_window "Offering Desk")
sleep "${WAIT:-5}"
shot=$work/window.png
import -window "$window" "$shot"
[ -n "${SHOT:-}" ] && cp "$shot" "$SHOT"
geometry=$(identify -format '%wx%h' "$shot")
colours=$(convert "$shot" -format '%k' info:)
echo "screenshot $geometry, $colours colours"
[ "${geometry%x*}" -ge 700 ] || fail "the window is only $geometry"
# A blank window (no GL, nothing drawn) is one or two colours; the desk draws text,
# fields and charts in hundreds.
[ "$colours" -ge 64 ] || fail "the window looks blank: $colours colours ($shot)"
close_window "$window" "$app"
settings_dir=$(unix_path "$appdata\\offering-desk\\data")
[ -f "$settings_dir/app.ron" ] || fail "no settings saved in $appdata\\offering-desk\\data"
echo "settings saved in $appdata\\offering-desk\\data"

# ---------------------------------------------------------------------------------------
step "4. a scenario through a path with Japanese characters and spaces"
documents_win='C:\Users\山田\Documents'
scenario_win="$documents_win\\案件 2013.json"
documents=$(unix_path "$documents_win")
mkdir -p "$documents"
cp "$sample" "$documents/案件 2013.json"
# The window opens it (title shows the name) and saves it in place (Ctrl+S): the atomic
# save writes a temporary file beside it, renames it over, and keeps the old one as .bak.
wine "$exe" "$scenario_win" >"$work/window-ja.log" 2>&1 &
app=$!
window=$(wait_for_window "案件 2013.json")
sleep 2
xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+s
for _ in $(seq 1 50); do [ -f "$documents/案件 2013.json.bak" ] && break; sleep 0.2; done
[ -f "$documents/案件 2013.json.bak" ] || fail "Ctrl+S did not save $scenario_win (no .bak beside it)"
close_window "$window" "$app"
grep -q '案件 2013.json' "$settings_dir/app.ron" ||
  fail "the recent-files list does not name $scenario_win"
# The command line reads the saved file back and exports beside it.
wine "$exe" compute "$scenario_win" --json >"$out/windows/compute-ja.json" ||
  fail "the Windows build cannot compute $scenario_win"
same "$out/linux/compute.json" "$out/windows/compute-ja.json" "compute --json of $scenario_win after the save"
exports_ja_win="$documents_win\\出力 2013"
exports_ja=$(unix_path "$exports_ja_win")
mkdir -p "$exports_ja" "$out/linux/exports-ja"
wine "$exe" export "$scenario_win" --all --out-dir "$exports_ja_win" >/dev/null ||
  fail "the Windows build's export of $scenario_win failed"
cp "$sample" "$work/案件 2013.json"
"$linux_bin" export "$work/案件 2013.json" --all --out-dir "$out/linux/exports-ja" >/dev/null
compare_exports "$out/linux/exports-ja" "$exports_ja"

# ---------------------------------------------------------------------------------------
step "silent uninstall"
wine "$install_dir/uninstall.exe" /S
wineserver --wait
[ ! -e "$install_dir/offering-desk.exe" ] || fail "the uninstaller left offering-desk.exe"
[ ! -e "$start_menu/Offering Desk.lnk" ] || fail "the uninstaller left the Start-menu shortcut"
if wine reg query "$uninstall_key" >/dev/null 2>&1; then fail "the uninstaller left $uninstall_key"; fi
[ -f "$settings_dir/app.ron" ] || fail "the uninstaller removed the user's settings"
[ -f "$documents/案件 2013.json" ] || fail "the uninstaller touched the user's scenario"

# ---------------------------------------------------------------------------------------
step "portable zip"
portable_dir=$(unix_path 'C:\Portable Apps')
mkdir -p "$portable_dir"
unzip -q "$portable" -d "$portable_dir"
name=$(basename "$portable" .zip)
[ -f "$portable_dir/$name/README.txt" ] || fail "the portable zip has no README.txt"
wine "$portable_dir/$name/offering-desk.exe" compute "C:\\Portable Apps\\$name\\samples\\iij-2013.json" \
  --json >"$out/windows/compute-portable.json" || fail "the portable .exe cannot compute its sample"
same "$out/linux/compute.json" "$out/windows/compute-portable.json" "compute --json by the portable .exe"

echo "== Windows package checks passed"
