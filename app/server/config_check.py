"""``python -m app.server check-config``: every problem with a server's configuration, one line
each, before anything starts (what an operator runs after editing the environment file).

It takes the same options as the server; the server itself refuses to start on the first of
these problems.
"""

from __future__ import annotations

import argparse
import ipaddress
import ssl
from pathlib import Path

from app.server.settings import ServerSettings


def argument_problems(args: argparse.Namespace) -> list[str]:
    """What is wrong with the options themselves (no database needed)."""
    problems: list[str] = []
    if not 0 < args.port < 65536:
        problems.append(f"--port must be between 1 and 65535, not {args.port}")
    if args.workers < 1:
        problems.append("--workers must be at least 1")
    if args.simulate < 0:
        problems.append("--simulate RATE must be zero or more")
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        problems.append("--ssl-certfile and --ssl-keyfile go together")
    files = [f for f in (args.ssl_certfile, args.ssl_keyfile, args.data_key_file) if f]
    problems += [f"cannot read {f}" for f in files if not Path(f).is_file()]
    if args.ssl_certfile and args.ssl_keyfile and not any("cannot read" in p for p in problems):
        try:
            ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(
                args.ssl_certfile, args.ssl_keyfile
            )
        except (ssl.SSLError, OSError) as exc:
            problems.append(f"TLS certificate and key do not load together: {exc}")
    for entry in filter(None, (p.strip() for p in args.forwarded_allow_ips.split(","))):
        if entry == "*":
            continue
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            problems.append(f"--forwarded-allow-ips: {entry!r} is not an address or network")
    return problems


def setting_problems(cfg: ServerSettings) -> list[str]:
    """What is wrong with the data folder, the database and the data key."""
    from sqlalchemy import create_engine

    from app.models.tables.sealed import DataKeyError
    from app.server.data_keys import key_file_for, load_keys
    from app.server.db import normalise_url

    problems: list[str] = []
    url = cfg.resolved_database_url()
    if url.startswith("sqlite"):
        try:
            cfg.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            problems.append(f"cannot create data folder {cfg.data_dir}: {exc.strerror}")
    default_key = key_file_for(url, cfg.data_dir)
    first_start = not (cfg.data_key.strip() or cfg.data_key_file) and (
        default_key is None or not default_key.exists()
    )
    if not first_start:  # (a first start makes its key; checking must not make one)
        try:
            load_keys(
                url, data_key=cfg.data_key, data_key_file=cfg.data_key_file, data_dir=cfg.data_dir
            )
        except DataKeyError as exc:
            problems.append(f"data key: {exc}")
    if not url.startswith("sqlite"):
        try:
            # A bare engine: opening a Database would make a data key as a side effect.
            engine = create_engine(normalise_url(url), pool_pre_ping=False)
            with engine.connect():
                pass
            engine.dispose()
        except Exception as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            problems.append(f"cannot reach the database {safe_url(normalise_url(url))}: {first}")
    return problems


def safe_url(url: str) -> str:
    """``url`` without its password (for messages and logs)."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparsable URL>"
