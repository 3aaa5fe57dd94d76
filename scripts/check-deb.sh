#!/usr/bin/env bash
# Installs the .deb (with the libraries it depends on), checks what it put where, runs
# the installed program on the installed sample, and removes the package again.
#
#   scripts/check-deb.sh [PACKAGE.deb]     # default: dist/offering-desk_VERSION_amd64.deb
#
# Needs root (or sudo) and apt. KEEP=1 leaves the package installed.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
deb_version=${version/-/\~}
deb=$(realpath "${1:-dist/offering-desk_${deb_version}_amd64.deb}")

fail() {
  echo "check-deb: FAILED: $*" >&2
  exit 1
}
[ -f "$deb" ] || fail "no package at $deb (scripts/package.sh deb)"
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo

echo "== dpkg-deb: control and contents"
dpkg-deb --field "$deb"
[ "$(dpkg-deb --field "$deb" Version)" = "$deb_version" ] || fail "the package version is not $deb_version"
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/offering-desk ./usr/share/applications/offering-desk.desktop \
  ./usr/share/icons/hicolor/48x48/apps/offering-desk.png \
  ./usr/share/icons/hicolor/256x256/apps/offering-desk.png \
  ./usr/share/icons/hicolor/scalable/apps/offering-desk.svg \
  ./usr/share/offering-desk/samples/iij-2013.json ./usr/share/doc/offering-desk/copyright; do
  grep -q " $path$" <<<"$contents" || fail "the package has no $path"
done
if grep -qv ' root/root ' <<<"$contents"; then
  fail "files not owned by root in the package"
fi

echo "== install (dpkg through apt, which also installs the libraries it depends on)"
# apt-get installs a local .deb with dpkg after resolving its Depends.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >/dev/null
[ "$(dpkg-query -W -f='${Status} ${Version}' offering-desk)" = "install ok installed $deb_version" ] ||
  fail "offering-desk $deb_version is not installed"
[ "$(command -v offering-desk)" = /usr/bin/offering-desk ] || fail "offering-desk is not on PATH"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/offering-desk.desktop ||
    fail "the desktop entry is invalid"
  echo "desktop entry valid"
fi
grep -q '^Exec=offering-desk %f$' /usr/share/applications/offering-desk.desktop
grep -q '^Icon=offering-desk$' /usr/share/applications/offering-desk.desktop

echo "== the installed program"
[ "$(offering-desk --version)" = "offering-desk $version" ] || fail "--version is not $version"
result=$(offering-desk compute /usr/share/offering-desk/samples/iij-2013.json --json)
# Figures of the seed pricing notice (IIJ, 2013-07-10): issue price 3,346 yen, total
# issue price 15,726,200,000 yen, stated capital increase 7,538,800,000 yen.
for figure in 3346 15726200000 7538800000; do
  grep -q "\"$figure\"" <<<"$result" || fail "compute --json does not give the notice's $figure"
done
table=$(offering-desk compute /usr/share/offering-desk/samples/iij-2013.json)
grep -q '3,346' <<<"$table" || fail "compute does not print the issue price 3,346"
echo "compute on the installed sample gives the notice's figures"

if [ "${KEEP:-}" = 1 ]; then
  echo "== kept offering-desk installed"
else
  echo "== remove"
  $sudo dpkg --remove offering-desk >/dev/null
  [ ! -e /usr/bin/offering-desk ] || fail "dpkg --remove left /usr/bin/offering-desk"
fi
echo "== .deb checks passed"
