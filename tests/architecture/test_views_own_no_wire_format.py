"""Only ``app.client`` knows the network: no view imports an HTTP or JSON library, or spells
or assembles a server path (``/api/...``) itself.

A path or a JSON parse in a view is how the format came to live in three places before: the
client's endpoints, a complaints ``paths.py`` and a dispatch ``wire.py``. A view asks
``app.client`` (``endpoints.ticket_command(...)``, typed answers) instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "app" / "views"
NETWORK_MODULES = {"json", "requests", "httpx", "urllib", "http", "aiohttp", "websockets"}
API_NAMES = {"API", "API_PREFIX"}  # the path prefix, which only the client's endpoints use


def _top(module: str | None) -> str:
    return (module or "").split(".")[0]


def offences(source: str) -> list[tuple[int, str]]:
    """(line, what) for every network import, API path literal or prefix use in ``source``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _top(alias.name) in NETWORK_MODULES:
                    found.append((node.lineno, f"imports {alias.name}"))
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and _top(node.module) in NETWORK_MODULES:
                found.append((node.lineno, f"imports from {node.module}"))
            for alias in node.names:
                if alias.name in API_NAMES:
                    found.append((node.lineno, f"imports the path prefix {alias.name}"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if "/api/" in node.value or node.value.startswith("/api"):
                found.append((node.lineno, f"spells a server path {node.value!r}"))
        elif isinstance(node, ast.Attribute) and node.attr in API_NAMES:
            found.append((node.lineno, f"builds a path on {ast.unparse(node)}"))
    return found


def test_no_view_imports_the_network_or_builds_a_server_path() -> None:
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{line}: {what}"
        for path in sorted(VIEWS.rglob("*.py"))
        for line, what in offences(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "ask app.client for paths and typed answers:\n" + "\n".join(found)


def test_the_check_finds_what_it_looks_for() -> None:
    assert offences("import json\n") == [(1, "imports json")]
    assert offences("import requests.adapters\n") == [(1, "imports requests.adapters")]
    assert offences("from urllib.parse import urlencode\n") == [(1, "imports from urllib.parse")]
    assert offences("from app.client.endpoints import API\n") == [
        (1, "imports the path prefix API")
    ]
    assert offences('p = f"/api/v1/complaints/{i}/close"\n') == [
        (1, "spells a server path '/api/v1/complaints/'")
    ]
    assert offences('p = f"{endpoints.API}/orders"\n') == [(1, "builds a path on endpoints.API")]
    assert (
        offences("from app.client import endpoints\np = endpoints.ticket_command(1, 'close')\n")
        == []
    )
    assert offences("from .json_view import show\nx = {'path': 'a/b'}\n") == []
