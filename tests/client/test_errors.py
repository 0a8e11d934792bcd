"""What an incompatible server's version answer says, read in the client (not in a view)."""

from __future__ import annotations

from typing import Any

import pytest

from app import API_VERSION
from app.client.errors import IncompatibleServer


def incompatible(details: dict[str, Any]) -> IncompatibleServer:
    return IncompatibleServer("incompatible_server", "不兼容", "incompatible", details=details)


@pytest.mark.parametrize(
    ("server", "too_old"),
    [
        ({"api_version": API_VERSION - 1, "min_client_api": 0}, True),
        ({"api_version": API_VERSION + 1, "min_client_api": API_VERSION + 1}, False),
        ({"api_version": API_VERSION, "min_client_api": API_VERSION}, None),
        ({"api_version": API_VERSION + 1}, False),  # no minimum given: its own version
        ({"api_version": "v2"}, None),
        ("not a dict", None),
    ],
)
def test_the_server_is_older_newer_or_cannot_tell(server: object, too_old: bool | None) -> None:
    assert incompatible({"server": server}).server_too_old() is too_old
    assert incompatible({}).server_too_old() is None
