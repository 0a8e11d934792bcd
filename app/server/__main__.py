"""``python -m app.server``: run the Shangmen Desk REST server."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from app.server.config_check import argument_problems, setting_problems
from app.server.settings import ServerSettings, default_data_dir


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m app.server",
        description="Shangmen Desk (上门服务运营台) REST server: orders, complaints, change feed.",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; 0.0.0.0 for all interfaces)",
    )
    p.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    p.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", ""),
        help="SQLAlchemy URL, e.g. postgresql://user@host/db (default: $DATABASE_URL, "
        "else SQLite in the data folder)",
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"folder for the SQLite database and lock files (default {default_data_dir()})",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (PostgreSQL recommended for more than one)",
    )
    p.add_argument(
        "--forwarded-allow-ips",
        default=os.environ.get("SHANGMEN_FORWARDED_ALLOW_IPS", ""),
        metavar="IPS",
        help="comma-separated addresses of the proxies whose X-Forwarded-For names the client "
        "(default: none, the TCP peer is the client)",
    )
    p.add_argument(
        "--data-key-file",
        type=Path,
        default=None,
        help="file holding the key of the personal fields at rest (default: $SHANGMEN_DATA_KEY, "
        "else data.key in the data folder, made on first start)",
    )
    p.add_argument("--ssl-certfile", type=Path, help="serve HTTPS with this certificate (PEM)")
    p.add_argument("--ssl-keyfile", type=Path, help="private key for --ssl-certfile (PEM)")
    p.add_argument(
        "--demo",
        action="store_true",
        help="seed the Beijing demo data and demo accounts when the database is empty",
    )
    p.add_argument(
        "--simulate",
        type=float,
        default=0.0,
        metavar="RATE",
        help="run the live simulator at RATE actions per second (e.g. 2)",
    )
    p.add_argument(
        "--exit-on-stdin-eof",
        action="store_true",
        help="shut down when standard input closes (used by the desktop app's embedded "
        "server, so that it never outlives the app)",
    )
    p.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    return p


def _fail(message: str) -> int:
    print(f"shangmen server: {message}", file=sys.stderr)
    return 2


def verify_audit(argv: list[str]) -> int:
    """``python -m app.server verify-audit``: walk the audit log's hash chain."""
    p = argparse.ArgumentParser(
        prog="python -m app.server verify-audit",
        description="Check the audit log's hash chain; report the first broken link.",
    )
    p.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    p.add_argument("--data-dir", type=Path, default=None)
    args = p.parse_args(argv)
    cfg = ServerSettings(
        database_url=args.database_url,
        **({"data_dir": args.data_dir.resolve()} if args.data_dir is not None else {}),
    )
    from app.server.audit_chain import first_broken_link
    from app.server.db import Database

    db = Database(cfg.resolved_database_url())
    try:
        broken, checked = first_broken_link(db)
    finally:
        db.dispose()
    if broken is not None:
        print(f"audit log BROKEN at record {broken} (after {checked} intact records)")
        return 1
    print(f"audit log intact: {checked} chained records")
    return 0


def rotate_key(argv: list[str]) -> int:
    """``python -m app.server rotate-key``: re-encrypt the personal fields under a new key."""
    p = argparse.ArgumentParser(
        prog="python -m app.server rotate-key",
        description="Re-encrypt every personal field under the current data key. With a key "
        "file (the data folder's data.key or --data-key-file) a new key is made first and the "
        "old one removed afterwards; with SHANGMEN_DATA_KEY, put the new key last in it "
        "(keep the old one before it) and remove the old one once this has run. Stop the "
        "server first.",
    )
    p.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument("--data-key-file", type=Path, default=None)
    args = p.parse_args(argv)
    cfg = ServerSettings(
        database_url=args.database_url,
        **({"data_dir": args.data_dir.resolve()} if args.data_dir is not None else {}),
        **({"data_key_file": args.data_key_file} if args.data_key_file is not None else {}),
    )
    from app.models.tables.sealed import DataKeyError
    from app.server.key_rotation import rotate

    try:
        counts, note = rotate(cfg)
    except DataKeyError as exc:
        return _fail(str(exc))
    print(", ".join(f"{n} {table}" for table, n in counts.items()) + " re-encrypted")
    print(note)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["verify-audit"]:
        return verify_audit(argv[1:])
    if argv[:1] == ["rotate-key"]:
        return rotate_key(argv[1:])
    if argv[:1] == ["new-key"]:
        from app.server.data_keys import new_key_line

        print(new_key_line())
        return 0
    checking = argv[:1] == ["check-config"]
    args = build_parser().parse_args(argv[1:] if checking else argv)
    problems = argument_problems(args)
    if problems and not checking:
        return _fail(problems[0])

    env = {
        "SHANGMEN_DATABASE_URL": args.database_url,
        "SHANGMEN_DEMO": "1" if args.demo else "0",
        "SHANGMEN_SIMULATE": str(args.simulate),
        "SHANGMEN_FORWARDED_ALLOW_IPS": args.forwarded_allow_ips,
    }
    if args.data_dir is not None:
        env["SHANGMEN_DATA_DIR"] = str(args.data_dir.resolve())
    if args.data_key_file is not None:
        env["SHANGMEN_DATA_KEY_FILE"] = str(args.data_key_file.resolve())
    os.environ.update(env)  # the worker processes read their settings from here
    cfg = ServerSettings()
    if checking:
        problems += setting_problems(cfg)
        for problem in problems:
            print(f"shangmen server: {problem}")
        print("configuration OK" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0

    problems = [p for p in setting_problems(cfg) if not p.startswith("data key")]
    if problems:
        return _fail(problems[0])

    import uvicorn

    if args.exit_on_stdin_eof:
        _watch_stdin()
    logging.basicConfig(level=args.log_level.upper())
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migrations: quiet unless wrong
    try:
        uvicorn.run(
            "app.server.app:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
            ssl_certfile=str(args.ssl_certfile) if args.ssl_certfile else None,
            ssl_keyfile=str(args.ssl_keyfile) if args.ssl_keyfile else None,
            timeout_graceful_shutdown=3,
            **uvicorn_options(),
        )
    except OSError as exc:
        return _fail(f"cannot listen on {args.host}:{args.port}: {exc.strerror}")
    return 0


def uvicorn_options() -> dict[str, Any]:
    """What every uvicorn running this app is told (tests start theirs with these too).

    Proxy headers are read by the app itself, from the configured proxies only
    (``--forwarded-allow-ips``); the server header would name the software.
    """
    return {"proxy_headers": False, "server_header": False}


def _watch_stdin() -> None:
    """Stop gracefully (SIGTERM to ourselves) once our parent closes our standard input."""
    import signal
    import threading

    def watch() -> None:
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        if hasattr(signal, "SIGTERM") and sys.platform != "win32":
            os.kill(os.getpid(), signal.SIGTERM)
        else:  # pragma: no cover - Windows has no graceful signal for this
            os._exit(0)

    threading.Thread(target=watch, name="stdin-watchdog", daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
