#!/usr/bin/env bash
# Unpack the freshly built .deb into a temporary root and run the frozen app's self-test from
# there (offscreen, and under Xvfb when xvfb-run exists), as IT would after installing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB=$(ls -t dist/shangmen-desk_*.deb | head -n 1)
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
dpkg-deb -x "$DEB" "$ROOT"
APP="$ROOT/opt/shangmen-desk/shangmen-desk"
test -f "$ROOT/etc/shangmen-desk/desk.ini"
test -f "$ROOT/usr/share/applications/shangmen-desk.desktop"
test -f "$ROOT/usr/share/icons/hicolor/48x48/apps/shangmen-desk.png"
echo "== self-test (offscreen) of $DEB"
SHANGMEN_DESK_CONFIG="$ROOT/etc/shangmen-desk/desk.ini" QT_QPA_PLATFORM=offscreen \
    "$APP" --self-test --data-dir "$ROOT/data"
if command -v xvfb-run >/dev/null; then
  echo "== self-test (Xvfb, the xcb platform plugin)"
  SHANGMEN_DESK_CONFIG="$ROOT/etc/shangmen-desk/desk.ini" QT_QPA_PLATFORM=xcb \
      xvfb-run -a "$APP" --self-test --data-dir "$ROOT/data"
fi
echo "== a frozen start without a server address refuses clearly"
if SHANGMEN_DESK_CONFIG="$ROOT/etc/shangmen-desk/desk.ini" QT_QPA_PLATFORM=offscreen \
    "$APP" --data-dir "$ROOT/data" 2>"$ROOT/err"; then
  echo "expected a refusal without a server"; exit 1
fi
grep -q "no server address" "$ROOT/err"
echo "== the frozen app checks a real server's version"
PORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.venv/bin/python -m app.server --port "$PORT" --data-dir "$ROOT/server" --demo --simulate 0 \
    --log-level warning >"$ROOT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$ROOT"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break
  kill -0 $SERVER 2>/dev/null || { cat "$ROOT/server.log"; exit 1; }
  sleep 1
done
QT_QPA_PLATFORM=offscreen "$APP" --self-test --data-dir "$ROOT/data" \
    --server "http://127.0.0.1:$PORT" | tee "$ROOT/with-server"
grep -q "^\[ok\] server: http://127.0.0.1:$PORT version" "$ROOT/with-server"
