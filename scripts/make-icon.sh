#!/usr/bin/env bash
# Renders the app icon from its source, assets/icon/offering-desk.svg, into the PNG sizes
# (window icon, Linux desktop entry) and the Windows .ico (the .exe and the installer).
# The generated files are committed; run this only after changing the SVG.
#
# Needs ImageMagick (`convert`, Debian package imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"

svg=offering-desk.svg
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  # Rasterise at four times the target size, then downsample: smooth edges at 16 px too.
  density=$((96 * size * 4 / 256))
  convert -background none -density "$density" "$svg" -resize "${size}x${size}" \
    -strip "png32:offering-desk-$size.png"
done
# The .ico carries every size Windows asks for (Explorer, taskbar, Start menu, installer).
convert offering-desk-{16,24,32,48,64,128,256}.png offering-desk.ico
echo "wrote $(ls offering-desk-*.png | tr '\n' ' ')offering-desk.ico"
