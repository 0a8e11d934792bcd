"""ApiClient against a stub session: error mapping, retries, headers, timeouts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from app.client import endpoints
from app.client.api import ApiClient
from app.client.errors import (
    AuthFailed,
    CertificateError,
    ClientError,
    Conflict,
    CursorExpired,
    Forbidden,
    IncompatibleServer,
    LoginBlocked,
    Rejected,
    ServerError,
    Unreachable,
)
from tests.client.stubs import StubSession, error, response

URL = "https://desk.example.cn"
ORDER = {"id": 7, "version": 4, "status": "pending"}


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def stub() -> Iterator[StubSession]:
    s = StubSession()
    yield s
    s.close()


@pytest.fixture
def api(stub: StubSession, slept: list[float]) -> ApiClient:
    return ApiClient(URL, session=stub, timeout=7.0, token="tok", sleep=slept.append)


def test_get_is_retried_with_backoff_after_connection_errors(
    api: ApiClient, stub: StubSession, slept: list[float]
) -> None:
    stub.script = [
        requests.exceptions.ConnectionError("refused"),
        response(503, {"error": {"code": "busy"}}),
        response(200, ORDER),
    ]
    assert api.get(endpoints.order(7)) == ORDER
    assert len(stub.calls) == 3
    assert slept == [0.25, 0.5]


def test_get_gives_up_after_three_tries_with_a_message_users_understand(
    api: ApiClient, stub: StubSession
) -> None:
    stub.script = [requests.exceptions.ConnectionError("refused")] * 3
    with pytest.raises(Unreachable) as info:
        api.get(endpoints.ME)
    assert len(stub.calls) == 3
    assert info.value.message.startswith("无法连接服务器")
    assert URL in info.value.text("zh_CN")
    assert info.value.text("en").startswith("Cannot reach the server")
    assert info.value.status is None


def test_get_is_not_retried_on_a_client_error(api: ApiClient, stub: StubSession) -> None:
    stub.script = [error(404, "not_found")]
    with pytest.raises(Rejected) as info:
        api.get(endpoints.order(99))
    assert len(stub.calls) == 1
    assert info.value.code == "not_found"
    assert info.value.message == "中文 not_found"
    assert info.value.message_en == "en not_found"


@pytest.mark.parametrize(
    "failure",
    [requests.exceptions.ConnectionError("reset"), response(502, raw=b"<html>bad gateway</html>")],
)
def test_a_command_is_never_retried(
    api: ApiClient, stub: StubSession, failure: requests.Response | Exception
) -> None:
    stub.script = [failure]
    with pytest.raises((Unreachable, ServerError)):
        api.command(
            endpoints.order_action(7, "cancel"), {"reason": "x"}, if_match=4, idempotency_key="k-1"
        )
    assert len(stub.calls) == 1


def test_certificate_failure_is_its_own_error_and_not_retried(
    api: ApiClient, stub: StubSession
) -> None:
    stub.script = [requests.exceptions.SSLError("CERTIFICATE_VERIFY_FAILED")]
    with pytest.raises(CertificateError) as info:
        api.get(endpoints.VERSION)
    assert len(stub.calls) == 1
    assert info.value.message.startswith("服务器证书不受信任")
    assert "not trusted" in info.value.message_en
    assert not isinstance(info.value, Unreachable)


def test_a_timeout_is_unreachable(api: ApiClient, stub: StubSession) -> None:
    stub.script = [requests.exceptions.ReadTimeout("slow")] * 3
    with pytest.raises(Unreachable) as info:
        api.get(endpoints.ME)
    assert info.value.code == "timeout"
    assert "超时" in info.value.message


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, AuthFailed),
        (403, Forbidden),
        (404, Rejected),
        (409, Rejected),
        (410, CursorExpired),
        (422, Rejected),
        (428, Rejected),
        (500, ServerError),
    ],
)
def test_statuses_map_to_typed_errors(
    api: ApiClient, stub: StubSession, status: int, kind: type[ClientError]
) -> None:
    stub.script = [error(status, f"code_{status}")]
    with pytest.raises(kind) as info:
        api.command("/api/v1/x", None, if_match=None, idempotency_key="k")
    assert type(info.value) is kind
    assert info.value.status == status
    assert info.value.code == f"code_{status}"


def test_conflict_carries_the_servers_current_entity(api: ApiClient, stub: StubSession) -> None:
    current = {**ORDER, "version": 5, "status": "assigned"}
    stub.script = [error(412, "stale_version", {"current": current})]
    with pytest.raises(Conflict) as info:
        api.command(
            endpoints.order_action(7, "cancel"), {"reason": "x"}, if_match=4, idempotency_key="k"
        )
    assert info.value.current == current


def test_login_blocked_reads_retry_after_from_details_or_header(
    api: ApiClient, stub: StubSession
) -> None:
    stub.script = [
        error(423, "account_locked", {"retry_after": 900}),
        error(429, "login_throttled", headers={"Retry-After": "30"}),
    ]
    with pytest.raises(LoginBlocked) as locked:
        api.login("dispatcher", "wrong")
    assert locked.value.retry_after == 900
    with pytest.raises(LoginBlocked) as throttled:
        api.login("dispatcher", "wrong")
    assert throttled.value.retry_after == 30
    assert api.token == "tok"  # a refused login does not touch the current token


def test_an_error_page_that_is_not_json_still_maps(api: ApiClient, stub: StubSession) -> None:
    stub.script = [response(403, raw=b"<html>denied by proxy</html>")]
    with pytest.raises(Forbidden) as info:
        api.reveal("customer", 3, "phone", "callback")
    assert info.value.code == "http_403"
    assert info.value.message  # a generic Chinese message, never empty


def test_command_sends_if_match_idempotency_key_token_timeout_and_verify(
    stub: StubSession,
) -> None:
    api = ApiClient(URL + "/", session=stub, verify="/etc/ca.pem", timeout=3.0, token="secret")
    stub.script = [response(200, {**ORDER, "status": "cancelled", "version": 5})]
    out = api.command(
        endpoints.order_action(7, "cancel"),
        {"reason": "客户取消"},
        if_match=4,
        idempotency_key="key-1",
    )
    assert out["version"] == 5
    (call,) = stub.calls
    assert call.method == "POST"
    assert call.url == f"{URL}/api/v1/orders/7/cancel"
    headers = call.kwargs["headers"]
    assert headers["If-Match"] == "4"
    assert headers["Idempotency-Key"] == "key-1"
    assert headers["Authorization"] == "Bearer secret"
    assert call.kwargs["json"] == {"reason": "客户取消"}
    assert call.kwargs["timeout"] == 3.0
    assert call.kwargs["verify"] == "/etc/ca.pem"
    assert "secret" not in repr(api)


def test_verification_is_on_by_default(stub: StubSession) -> None:
    api = ApiClient(URL, session=stub)
    stub.script = [response(200, {"status": "ok"})]
    api.get(endpoints.HEALTH)
    assert stub.calls[0].kwargs["verify"] is True
    assert stub.calls[0].kwargs["timeout"] == 10.0


def test_changes_timeout_covers_the_long_poll(api: ApiClient, stub: StubSession) -> None:
    stub.script = [response(200, {"changes": [], "cursor": "e.0.9", "has_more": False})]
    page = api.changes("e.0.3", limit=500, wait=25)
    assert page.cursor == "e.0.9"
    assert page.has_more is False
    call = stub.calls[0]
    assert call.kwargs["timeout"] == 7.0 + 25
    assert call.kwargs["params"] == {"cursor": "e.0.3", "limit": 500, "wait": 25}


def test_login_keeps_the_token_and_logout_forgets_it_even_offline(
    api: ApiClient, stub: StubSession
) -> None:
    user = {"id": 1, "username": "dispatcher", "display_name": "王芳", "role": "dispatcher"}
    stub.script = [
        response(
            200,
            {
                "access_token": "new",
                "token_type": "bearer",
                "expires_at": "2026-11-27T12:00:00Z",
                "user": user,
            },
        ),
        requests.exceptions.ConnectionError("gone"),
    ]
    info = api.login("dispatcher", "pw")
    assert api.token == "new"
    assert info.user.display_name == "王芳"
    assert info.expires_at.tzinfo is not None
    assert "new" not in repr(info)
    with pytest.raises(Unreachable):
        api.logout()
    assert not api.token  # forgotten although the server was not reached
    assert len(stub.calls) == 2  # logout is a POST: sent once


def test_check_server_refuses_an_incompatible_api(api: ApiClient, stub: StubSession) -> None:
    stub.script = [
        response(
            200,
            {
                "server_version": "9",
                "api_version": 3,
                "min_client_api": 3,
                "database": "sqlite",
                "feed_epoch": "e",
            },
        ),
    ]
    with pytest.raises(IncompatibleServer) as info:
        api.check_server()
    assert "升级" in info.value.message


def test_a_success_that_is_not_json_is_a_server_error(api: ApiClient, stub: StubSession) -> None:
    stub.script = [response(200, raw=b"<html>captive portal</html>")] * 3
    with pytest.raises(ServerError) as info:
        api.get(endpoints.VERSION)
    assert info.value.code == "bad_response"


def test_plain_http_is_only_for_this_computer() -> None:
    from app.client.endpoints import plain_http_to_remote

    assert not plain_http_to_remote("http://127.0.0.1:8000")
    assert not plain_http_to_remote("http://localhost:8000")
    assert not plain_http_to_remote("http://[::1]:8000")
    assert not plain_http_to_remote("https://desk.example.cn")
    assert plain_http_to_remote("http://desk.example.cn")
    assert plain_http_to_remote("http://192.168.1.20:8000")


def test_logout_without_a_session_asks_nothing(api: ApiClient, stub: StubSession) -> None:
    api.token = None
    api.logout()
    assert stub.calls == []


def test_logout_of_an_expired_session_is_quiet_and_other_refusals_are_not(
    api: ApiClient, stub: StubSession
) -> None:
    stub.script = [error(401, "session_expired")]
    api.logout()
    assert api.token is None
    api.token = "tok"
    stub.script = [error(500, "internal")]
    with pytest.raises(ServerError):
        api.logout()
    assert api.token is None


def test_reveal_sends_the_field_and_purpose_and_returns_the_value(
    api: ApiClient, stub: StubSession
) -> None:
    stub.script = [response(200, {"value": "13812345678"})]

    value = api.reveal("customer", 12, "phone", "回访客户")

    assert value == "13812345678"
    (call,) = stub.calls
    assert (call.method, call.url) == ("POST", f"{URL}/api/v1/customers/12/reveal")
    assert call.kwargs["json"] == {"field": "phone", "purpose": "回访客户"}


def test_an_errors_repr_names_its_code_and_status_but_not_its_words() -> None:
    err = Conflict("version_conflict", "订单已被他人修改", "Changed by someone else", status=412)
    assert repr(err) == "Conflict('version_conflict', status=412)"
    assert repr(Unreachable("unreachable", "无法连接", "Cannot connect")) == (
        "Unreachable('unreachable', status=None)"
    )
