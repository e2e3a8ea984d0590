#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Tessera developers
# Builds the .deb from the build folder, unpacks it into a temporary root,
# validates its desktop file and AppStream metadata, and runs the installed
# programs. Usage: check-package.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    exit 1
}
deb=$(find "$work/out" -maxdepth 1 -name 'tessera_*.deb' | head -n1)
[[ -n $deb ]] || { echo "no .deb was made"; cat "$work/cpack.log"; exit 1; }
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Depends):'

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/tessera usr/bin/tessera-cli \
         usr/share/applications/org.tessera.Tessera.desktop \
         usr/share/metainfo/org.tessera.Tessera.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.tessera.Tessera.svg \
         usr/share/icons/hicolor/256x256/apps/org.tessera.Tessera.png; do
    [[ -e "$root/$f" ]] || { echo "missing from the package: /$f"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/org.tessera.Tessera.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.tessera.Tessera.metainfo.xml"

version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/tessera" --version)
cli_version=$("$root/usr/bin/tessera-cli" --version)
echo "$version"
echo "$cli_version"
echo "the package installs and runs"
[[ $version == *"$2"* && $cli_version == *"$2"* ]] || { echo "unexpected version (wanted $2)"; exit 1; }
