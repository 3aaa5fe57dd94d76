#!/usr/bin/env bash
# CI: builds the release packages and checks them: the .deb installed and run on this
# machine, the Windows installer under Wine (scripts/check-windows.sh). Called by
# .ci/run after the tests; installs everything it needs (as root, Debian or Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
timed() { # LABEL COMMAND...: runs the command and prints how long it took
  local label=$1 t0=$SECONDS
  shift
  echo "== $label"
  "$@"
  echo "== $label: $((SECONDS - t0)) s"
}

install_tools() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # mingw-w64 (linker and resource compiler of the Windows build), NSIS and zip (the
  # installer and the portable zip), Wine with the X, OpenGL and font libraries it loads
  # for the window, Xvfb/xdotool/ImageMagick (run, drive and photograph the window),
  # desktop-file-utils (validates the .deb's desktop entry).
  apt-get install -y -qq --no-install-recommends \
    gcc-mingw-w64-x86-64 nsis zip \
    wine wine64 fonts-wine libgl1 libgl1-mesa-dri libegl1 libglx-mesa0 \
    libxcursor1 libxi6 libxrandr2 libxrender1 libxfixes3 libxcomposite1 libxinerama1 \
    libxxf86vm1 libxkbcommon-x11-0 \
    xvfb xauth xdotool imagemagick unzip desktop-file-utils >/dev/null
  rustup target add x86_64-pc-windows-gnu
}

timed "install packaging tools" install_tools
timed "package: .deb" scripts/package.sh deb
timed "check: .deb" scripts/check-deb.sh
# Warnings are errors here: the Windows-only code (the console of the command line) is
# compiled nowhere else. (For the target only: build scripts and macros are unaffected.)
timed "package: Windows installer and zip" env RUSTFLAGS="-D warnings" scripts/package.sh windows
# Compared with the Linux release build the .deb was made from.
timed "check: Windows installer under Wine" scripts/check-windows.sh
echo "== packages: $((SECONDS - started)) s in all"
