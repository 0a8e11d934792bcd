"""Shangmen Desk (上门服务运营台): start the desktop client.

With no ``--server``, an embedded server (SQLite in the data folder, Beijing demo data and a
live simulator) starts on a free loopback port first and stops when the app closes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from platformdirs import user_data_dir


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="main.py",
        description="Shangmen Desk (上门服务运营台): dispatch board, hotline and reviews.",
    )
    p.add_argument(
        "--server",
        metavar="URL",
        help="connect to this server (https://…) instead of starting the embedded one "
        "(default: the machine settings, see app/machine_config.py)",
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep everything here: local cache, embedded database, settings "
        f"(default {user_data_dir('shangmen-desk', appauthor=False)})",
    )
    p.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        default=None,
        help="user interface language (default: the machine settings', else zh_CN, 中文)",
    )
    p.add_argument(
        "--ca-bundle",
        type=Path,
        metavar="FILE",
        help="trust this CA certificate bundle (PEM) for the server's TLS certificate",
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (Qt, bundled font, keyring, PDF, data folder and, with "
        "--server, the server over TLS), print one line per check and exit; non-zero on a failure",
    )
    p.add_argument(
        "--simulate",
        type=float,
        default=1.0,
        metavar="RATE",
        help="embedded server only: simulator actions per second (0 = off; default 1)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    from app.machine_config import ServerOrigin, load_machine_config

    args = build_parser().parse_args(argv)
    data_dir: Path = args.data_dir or Path(user_data_dir("shangmen-desk", appauthor=False))
    data_dir = data_dir.expanduser().resolve()
    # What IT set for this machine fills in what the command line leaves out.
    machine = load_machine_config()
    if machine.problem:
        print(f"main.py: machine settings ignored: {machine.problem}", file=sys.stderr)
    origin = ServerOrigin("command_line")
    if args.server is None and machine.server:
        args.server = machine.server
        origin = ServerOrigin("machine", machine.source)
        print(f"Server {machine.server} (from {machine.source})", flush=True)
    if args.ca_bundle is None and machine.ca_bundle:
        args.ca_bundle = Path(machine.ca_bundle)
    if args.lang is None:
        args.lang = machine.lang if machine.lang in ("zh_CN", "en") else "zh_CN"
    if args.server is None and getattr(sys, "frozen", False) and not args.self_test:
        # An installed workstation has no server of its own to start.
        print(
            "shangmen-desk: no server address: pass --server https://… or ask IT to set it "
            "in the machine settings",
            file=sys.stderr,
        )
        return 2
    if args.server and not args.server.startswith(("http://", "https://")):
        print("main.py: --server must start with http:// or https://", file=sys.stderr)
        return 2
    from app.client.endpoints import plain_http_to_remote

    if args.server and plain_http_to_remote(args.server):
        print(
            "main.py: use https:// for a server on another computer (over http:// the "
            "password would travel unencrypted)",
            file=sys.stderr,
        )
        return 2
    if args.ca_bundle and not args.ca_bundle.is_file():
        print(f"main.py: cannot read the CA bundle {args.ca_bundle}", file=sys.stderr)
        return 2

    verify: bool | str = str(args.ca_bundle) if args.ca_bundle else True
    if args.self_test:
        from app.views.self_test import self_test

        return self_test(data_dir, args.server, verify)

    from app.client.embedded import EmbeddedServer

    started = time.monotonic()
    embedded: EmbeddedServer | None = None
    server_url = args.server
    if server_url is None:
        embedded = EmbeddedServer(data_dir / "server", simulate=args.simulate)
        print(f"Starting the embedded server on {embedded.url} …", flush=True)
        embedded.start()
        try:
            embedded.wait_ready()
        except RuntimeError as exc:
            print(f"main.py: {exc}", file=sys.stderr)
            embedded.stop()
            return 1
        server_url = embedded.url
        origin = ServerOrigin("embedded")
        print(f"Embedded server ready in {time.monotonic() - started:.1f} s", flush=True)
    try:
        from app.views.app import run_app

        return run_app(
            sys.argv[:1],
            server_url=server_url,
            embedded=embedded is not None,
            server=embedded,
            server_origin=origin,
            data_dir=data_dir,
            lang=args.lang,
            verify=verify,
        )
    finally:
        if embedded is not None:
            embedded.stop()


if __name__ == "__main__":
    sys.exit(main())
