"""ApiClient.snapshot: the cursor from the first line, the rows in batches as they stream,
and a stream that ends early, breaks or is not a snapshot never taken for a complete one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from app.client import api as api_module
from app.client import endpoints
from app.client.api import ApiClient
from app.client.errors import Rejected, ServerError, Unreachable
from tests.client.stubs import StubSession, error, response

URL = "https://desk.test"
HEAD = b'{"cursor":"e.0.9","epoch":"e"}\n'


def streamed(body: bytes) -> requests.Response:
    r = response(200, raw=body)
    r._content_consumed = True  # iter_lines reads the body given, as if streamed
    return r


class Broken(requests.Response):
    """A stream that breaks after its first line."""

    def iter_lines(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        yield HEAD.strip()
        raise requests.exceptions.ChunkedEncodingError("connection broken")


@pytest.fixture
def stub() -> Iterator[StubSession]:
    s = StubSession()
    yield s
    s.close()


@pytest.fixture
def api(stub: StubSession) -> ApiClient:
    return ApiClient(URL, session=stub, timeout=7.0, token="tok", sleep=lambda _: None)


def test_rows_stream_in_batches_after_the_cursor(
    api: ApiClient, stub: StubSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api_module, "SNAPSHOT_BATCH", 2)
    stub.script.append(
        streamed(
            HEAD
            + b'customer\t1\t1\t{"id":1,"name":"\xe5\xbc\xa0"}\n'
            + b'customer\t2\t3\t{"id":2}\n\n'
            + b'order\t5\t1\t{"id":5,"note":"a\\tb"}\n'
            + b'{"rows":3}\n'
        )
    )
    snapshot = api.snapshot()
    assert snapshot.cursor == "e.0.9"
    assert list(snapshot.batches) == [
        [("customer", 1, 1, '{"id":1,"name":"张"}'), ("customer", 2, 3, '{"id":2}')],
        [("order", 5, 1, '{"id":5,"note":"a\\tb"}')],
    ]
    call = stub.calls[0]
    assert call.url == URL + endpoints.SNAPSHOT
    assert call.kwargs["stream"] is True


def test_a_full_last_batch_is_not_followed_by_an_empty_one(
    api: ApiClient, stub: StubSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api_module, "SNAPSHOT_BATCH", 1)
    stub.script.append(streamed(HEAD + b'customer\t1\t1\t{"id":1}\n{"rows":1}\n'))
    assert list(api.snapshot().batches) == [[("customer", 1, 1, '{"id":1}')]]


@pytest.mark.parametrize(
    "body",
    [
        HEAD + b'customer\t1\t1\t{"id":1}\n',  # no last line
        HEAD + b'customer\t1\t1\t{"id":1}\n{"rows":2}\n',  # a row missing
        HEAD + b'customer\t1\t1\t{"id":1}\ncustomer\t2\n',  # a line cut short
    ],
)
def test_a_snapshot_cut_short_is_unreachable(
    api: ApiClient, stub: StubSession, body: bytes
) -> None:
    stub.script.append(streamed(body))
    snapshot = api.snapshot()
    with pytest.raises(Unreachable):
        list(snapshot.batches)


def test_a_stream_that_breaks_is_unreachable(api: ApiClient, stub: StubSession) -> None:
    broken = Broken()
    broken.status_code = 200
    broken._content_consumed = True  # nothing to release
    stub.script.append(broken)
    snapshot = api.snapshot()
    with pytest.raises(Unreachable) as cut:
        list(snapshot.batches)
    assert "connection broken" in str(cut.value.details)


@pytest.mark.parametrize("body", [b"<html>proxy</html>\n", b'{"rows":0}\n', b""])
def test_an_answer_that_is_no_snapshot_is_a_server_error(
    api: ApiClient, stub: StubSession, body: bytes
) -> None:
    stub.script.append(streamed(body))
    with pytest.raises(ServerError) as bad:
        api.snapshot()
    assert bad.value.code == "bad_response"


def test_a_server_without_a_snapshot_answers_404(api: ApiClient, stub: StubSession) -> None:
    stub.script.append(error(404, "http_404"))
    with pytest.raises(Rejected) as missing:
        api.snapshot()
    assert missing.value.status == 404
