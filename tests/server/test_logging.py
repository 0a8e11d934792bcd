"""Server logs carry no personal information."""

from __future__ import annotations

import logging

from app.server.app import RedactQuery


def test_access_log_lines_lose_their_query_string() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/v1/customers/lookup?phone=13812345678", "1.1", 200),
        None,
    )
    assert RedactQuery().filter(record)
    assert "13812345678" not in record.getMessage()
    assert "/api/v1/customers/lookup" in record.getMessage()
