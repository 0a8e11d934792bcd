#!/usr/bin/env bash
# Build dist/shangmen-desk_<version>_<arch>.deb from the one-folder bundle dist/shangmen-desk/.
# Standard Debian tooling (dpkg-deb); installs under /opt, the menu entry, hicolor icons and
# /etc/shangmen-desk/desk.ini (a conffile). No maintainer scripts: nothing else on the system
# changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=dist/shangmen-desk
[ -x "$BUNDLE/shangmen-desk" ] || { echo "build the bundle first (make installer)"; exit 1; }
VERSION=$(.venv/bin/python -c 'import app; print(app.__version__)')
ARCH=$(dpkg --print-architecture)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$STAGE/opt" "$STAGE/usr/share/applications" "$STAGE/etc/shangmen-desk" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/shangmen-desk"
install -m 0644 installer/linux/shangmen-desk.desktop "$STAGE/usr/share/applications/"
install -m 0644 installer/linux/desk.ini "$STAGE/etc/shangmen-desk/desk.ini"
.venv/bin/python installer/linux/icons.py "$STAGE/usr/share/icons/hicolor"
SIZE_KB=$(du -sk "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE_KB@/$SIZE_KB/" \
    installer/linux/control.in > "$STAGE/DEBIAN/control"
echo "/etc/shangmen-desk/desk.ini" > "$STAGE/DEBIAN/conffiles"
find "$STAGE" -type d -exec chmod 0755 {} +
OUT="dist/shangmen-desk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group --build "$STAGE" "$OUT" >/dev/null
echo "$OUT: $(du -h "$OUT" | cut -f1)"
