#!/usr/bin/env bash
# Builds the release packages into dist/ (kept out of git).
#
#   scripts/package.sh windows   # dist/offering-desk-VERSION-windows-x64-setup.exe (installer)
#                                # dist/offering-desk-VERSION-windows-x64.zip (portable)
#   scripts/package.sh deb       # dist/offering-desk_VERSION_amd64.deb
#   scripts/package.sh all       # both
#
# Windows needs (Debian): rustup target add x86_64-pc-windows-gnu; apt-get install
#   gcc-mingw-w64-x86-64 nsis zip
# The .deb needs only dpkg-deb and binutils (both present wherever Rust builds on Debian).
# scripts/check-windows.sh and scripts/check-deb.sh install and test what this writes.
set -euo pipefail
cd "$(dirname "$0")/.."

WINDOWS_TARGET=x86_64-pc-windows-gnu

die() {
  echo "package.sh: $*" >&2
  exit 1
}

need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed ($2)"
}

# The version of the [package] in Cargo.toml (its first `version =` line).
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || die "cannot read the version from Cargo.toml"
# Reproducible build date for the About box: the last commit's, when there is one.
if [ -z "${SOURCE_DATE_EPOCH:-}" ] && git rev-parse --git-dir >/dev/null 2>&1; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
  export SOURCE_DATE_EPOCH
fi

mkdir -p dist
target_dir=${CARGO_TARGET_DIR:-target}
stage_root=$target_dir/package

# The sample scenario and its price history, shipped beside the program.
stage_samples() {
  mkdir -p "$1"
  cp assets/scenarios/iij-2013.json assets/prices/iij-2005-2013-synthetic.csv "$1/"
}

# The licences of the fonts built into the program travel with it.
stage_licenses() {
  mkdir -p "$1"
  cp assets/fonts/DejaVu-LICENSE.txt assets/fonts/IPAex-LICENSE.txt "$1/"
}

package_windows() {
  need x86_64-w64-mingw32-gcc "apt-get install gcc-mingw-w64-x86-64"
  need makensis "apt-get install nsis"
  need zip "apt-get install zip"
  rustup target list --installed 2>/dev/null | grep -qx "$WINDOWS_TARGET" ||
    die "the Rust target $WINDOWS_TARGET is missing (rustup target add $WINDOWS_TARGET)"

  echo "== cargo build --release --target $WINDOWS_TARGET"
  cargo build --release --locked --target "$WINDOWS_TARGET" --bin offering-desk
  local exe=$target_dir/$WINDOWS_TARGET/release/offering-desk.exe
  # Everything but msvcrt-era system DLLs must be inside the .exe: nothing else ships.
  local imports
  imports=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z')
  if echo "$imports" | grep -E '^(libgcc|libstdc|libwinpthread)' >/dev/null; then
    die "$exe needs mingw runtime DLLs: $(echo "$imports" | tr '\n' ' ')"
  fi

  local name=offering-desk-$version-windows-x64
  local stage=$stage_root/windows/$name
  rm -rf "$stage_root/windows"
  mkdir -p "$stage"
  x86_64-w64-mingw32-strip -o "$stage/offering-desk.exe" "$exe"
  stage_samples "$stage/samples"
  stage_licenses "$stage/licenses"

  # VIProductVersion wants four numbers: 1.2.3-beta.1 → 1.2.3.0.
  local numeric=${version%%[-+]*}
  echo "== makensis → dist/$name-setup.exe"
  makensis -V2 \
    -DVERSION="$version" -DVERSION_QUAD="$numeric.0" \
    -DSTAGE="$(realpath "$stage")" -DOUTFILE="$PWD/dist/$name-setup.exe" \
    packaging/windows/installer.nsi

  echo "== zip → dist/$name.zip"
  cp packaging/windows/portable-readme.txt "$stage/README.txt"
  rm -f "dist/$name.zip"
  (cd "$stage_root/windows" && zip -q -r -X -9 "$OLDPWD/dist/$name.zip" "$name")
  ls -l "dist/$name-setup.exe" "dist/$name.zip"
}

package_deb() {
  need dpkg-deb "a Debian or Ubuntu system"
  need objdump "apt-get install binutils"
  local arch
  arch=$(dpkg --print-architecture)
  [ "$arch" = amd64 ] || die "the .deb is built for amd64; this machine is $arch"

  echo "== cargo build --release"
  cargo build --release --locked --bin offering-desk
  local bin=$target_dir/release/offering-desk

  # Debian orders 1.2.3~beta.1 before 1.2.3, as Cargo orders 1.2.3-beta.1.
  local deb_version=${version/-/\~}
  local root=$stage_root/deb/root
  rm -rf "$stage_root/deb"
  install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/doc/offering-desk" "$root/usr/share/icons/hicolor/scalable/apps"
  install -m 0755 -s "$bin" "$root/usr/bin/offering-desk"
  install -m 0644 packaging/linux/offering-desk.desktop "$root/usr/share/applications/"
  for png in assets/icon/offering-desk-*.png; do
    local size=${png##*-}
    size=${size%.png}
    install -D -m 0644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/offering-desk.png"
  done
  install -m 0644 assets/icon/offering-desk.svg "$root/usr/share/icons/hicolor/scalable/apps/"
  stage_samples "$root/usr/share/offering-desk/samples"
  chmod 0644 "$root"/usr/share/offering-desk/samples/*
  install -m 0644 packaging/linux/copyright "$root/usr/share/doc/offering-desk/copyright"
  stage_licenses "$root/usr/share/doc/offering-desk"
  chmod 0644 "$root"/usr/share/doc/offering-desk/*

  # The newest glibc symbol version the binary uses is the oldest libc6 it runs on.
  local glibc
  glibc=$(objdump -T "$root/usr/bin/offering-desk" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' |
    sort -V | tail -n 1)
  [ -n "$glibc" ] || die "cannot read the glibc version the binary needs"
  local size_kb
  size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s/@VERSION@/$deb_version/" -e "s/@GLIBC@/$glibc/" -e "s/@SIZE@/$size_kb/" \
    packaging/linux/control.in >"$root/DEBIAN/control"

  local out=dist/offering-desk_${deb_version}_amd64.deb
  echo "== dpkg-deb → $out"
  dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
  ls -l "$out"
}

case "${1:-}" in
  windows) package_windows ;;
  deb) package_deb ;;
  all)
    package_deb
    package_windows
    ;;
  *) die "usage: scripts/package.sh windows|deb|all" ;;
esac
