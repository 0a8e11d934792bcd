"""Check a built bundle before it ships: no tests, no virtual environment, no secrets, and the
files the app needs at run time.

    python installer/check_bundle.py dist/shangmen-desk     (make installer runs it)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

NEEDED = (
    "shangmen-desk",
    "_internal/resources/fonts/NotoSansSC-Regular.ttf",
    "_internal/resources/fonts/LICENSE_FONT",
    "_internal/resources/translations/shangmen_zh_CN.qm",
    "_internal/resources/translations/shangmen_zh_CN.ts",
    "_internal/resources/icons/app.svg",
)
FORBIDDEN_PARTS = {"tests", ".venv", ".git", "__pycache__"}
FORBIDDEN_NAMES = re.compile(r"(\.pem|\.key|\.env|\.sqlite3|id_rsa.*|\.pyc?)$")
SECRET_TEXT = re.compile(rb"-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----")
SERVER_PACKAGES = ("app/server", "fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg")


def problems(bundle: Path) -> list[str]:
    found = [f"missing {name}" for name in NEEDED if not (bundle / name).exists()]
    for path in sorted(bundle.rglob("*")):
        rel = path.relative_to(bundle)
        parts = set(rel.parts)
        if parts & FORBIDDEN_PARTS:
            found.append(f"does not belong in a bundle: {rel}")
        elif path.is_file() and FORBIDDEN_NAMES.search(path.name) and "certifi" not in rel.parts:
            found.append(f"looks like a secret or a source file: {rel}")
        elif path.is_file() and path.stat().st_size < 1_000_000:
            data = path.read_bytes()
            # Text files only: TLS libraries carry the marker as a string constant.
            if b"\0" not in data[:4096] and SECRET_TEXT.search(data):
                found.append(f"holds a private key: {rel}")
        if any(p in rel.as_posix() for p in SERVER_PACKAGES):
            found.append(f"server code in the workstation bundle: {rel}")
    return found


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/shangmen-desk")
    found = problems(bundle)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    for line in found:
        print(f"bundle: {line}", file=sys.stderr)
    print(f"{bundle}: {size / 1e6:.0f} MB, {'OK' if not found else f'{len(found)} problem(s)'}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
