"""Entering a certificate with its scans, retried safely (app/client/certification_intake):
Submit again never makes a second certificate and sends only the scans not yet confirmed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests

from app.client import certification_intake as ci
from app.client.api import ApiClient
from app.client.certifications import NewCertificate, ScanTooLarge
from app.client.errors import ServerError, Unreachable
from tests.client.stubs import StubSession, error, response

NEW = NewCertificate(11, "health_certificate", "HC-9", "疾控中心", date(2026, 12, 1))
CREATE = "http://desk.test/api/v1/certifications"
UPLOAD = "http://desk.test/api/v1/certifications/30/documents"


def detail(version: int, *docs: int) -> dict[str, Any]:
    return {"id": 30, "version": version,
            "documents": [{"id": d, "media_type": "image/jpeg"} for d in docs]}  # fmt: skip


@pytest.fixture
def scans(tmp_path: Path) -> list[Path]:
    front, back = tmp_path / "front.jpg", tmp_path / "back.jpg"
    front.write_bytes(b"\xff\xd8\xfffront")
    back.write_bytes(b"\xff\xd8\xffback")
    return [front, back]


def api_with(*script: Any) -> tuple[ApiClient, StubSession]:
    s = StubSession(*script)
    return ApiClient("http://desk.test", session=s, token="t"), s


def sent(s: StubSession) -> list[tuple[str, str, str | None, list[str]]]:
    """(url, Idempotency-Key, If-Match, file names) of each request."""
    return [
        (c.url, c.kwargs["headers"]["Idempotency-Key"], c.kwargs["headers"].get("If-Match"),
         [name for _field, (name, *_rest) in c.kwargs.get("files") or ()])
        for c in s.calls
    ]  # fmt: skip


def test_a_failed_upload_is_retried_alone_and_the_certificate_is_not_created_twice(
    scans: list[Path],
) -> None:
    api, s = api_with(
        response(201, detail(1)),
        response(200, detail(2, 5)),
        requests.exceptions.ConnectionError("reset"),  # the back's answer is lost
    )
    intake = ci.Intake.start().with_scans(scans)
    first = ci.send_intake(api, NEW, intake)
    assert isinstance(first.error, Unreachable)
    assert not first.intake.complete
    assert [x.name for x in first.intake.pending] == ["back.jpg"]
    assert first.intake.created is not None
    assert first.intake.created.id == 30

    s.script = [response(200, detail(3, 5, 6))]  # the server replays it, or attaches it now
    second = ci.send_intake(api, NEW, first.intake)
    assert second.error is None
    assert second.intake.complete
    assert second.intake.created is not None
    assert [d.id for d in second.intake.created.documents] == [5, 6]

    (create, front, back, again) = sent(s)
    assert create == (CREATE, intake.key, None, [])
    assert (front[0], front[2], front[3]) == (UPLOAD, "1", ["front.jpg"])
    assert (back[0], back[2], back[3]) == (UPLOAD, "2", ["back.jpg"])
    # The retry is the very same request (key and If-Match), so the server can recognise it.
    assert again == back
    assert len({create[1], front[1], back[1]}) == 3


def test_a_failed_create_is_retried_with_the_same_key(scans: list[Path]) -> None:
    api, s = api_with(error(503, "unavailable"))
    intake = ci.Intake.start().with_scans(scans[:1])
    with pytest.raises(ServerError):
        ci.send_intake(api, NEW, intake)
    s.script = [response(201, detail(1)), response(200, detail(2, 5))]
    done = ci.send_intake(api, NEW, intake)
    assert done.intake.complete
    keys = [k for _url, k, _m, _f in sent(s)]
    assert [u for u, *_ in sent(s)] == [CREATE, CREATE, UPLOAD]
    assert keys[0] == keys[1] == intake.key
    assert s.calls[1].kwargs["json"] == NEW.body()


def test_a_scan_refused_as_stale_goes_again_as_a_new_request_at_the_current_version(
    scans: list[Path],
) -> None:
    api, s = api_with(
        response(201, detail(1)),
        error(412, "stale_version", {"current": {"id": 30, "version": 4}}),
    )
    first = ci.send_intake(api, NEW, ci.Intake.start().with_scans(scans[:1]))
    assert first.error is not None
    assert first.intake.created is not None
    assert first.intake.created.version == 4
    s.script = [response(200, detail(5, 5))]
    assert ci.send_intake(api, NEW, first.intake).intake.complete
    _create, stale, fresh = sent(s)
    assert (stale[2], fresh[2]) == ("1", "4")
    assert stale[1] != fresh[1]  # a new key: the refused request was never applied


def test_a_stale_answer_without_the_current_version_keeps_the_known_one(
    scans: list[Path],
) -> None:
    api, _s = api_with(response(201, detail(1)), error(412, "stale_version"))
    first = ci.send_intake(api, NEW, ci.Intake.start().with_scans(scans[:1]))
    assert first.intake.created is not None
    assert first.intake.created.version == 1
    assert first.intake.pending[0].sent_at is None


def test_without_scans_the_certificate_alone_completes() -> None:
    api, s = api_with(response(201, detail(1)))
    done = ci.send_intake(api, NEW, ci.Intake.start())
    assert done == ci.Attempt(done.intake)
    assert done.intake.complete
    assert len(s.calls) == 1


def test_a_scan_over_the_limit_stops_everything_before_anything_is_sent(
    scans: list[Path], tmp_path: Path
) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF" + b"0" * (10 * 1024 * 1024))
    api, s = api_with()
    with pytest.raises(ScanTooLarge) as refused:
        ci.send_intake(api, NEW, ci.Intake.start().with_scans([scans[0], big]))
    assert refused.value.name == "big.pdf"
    assert s.calls == []


def test_scans_come_off_the_list_unless_the_server_has_them(scans: list[Path]) -> None:
    intake = ci.Intake.start().with_scans(scans)
    assert [x.name for x in intake.without_scan(0).scans] == ["back.jpg"]
    assert intake.without_scan(2) is intake
    assert intake.without_scan(-1) is intake
    confirmed = intake.replacing(intake.scans[0], ci.ScanUpload(scans[0], "k", 1, done=True))
    assert confirmed.without_scan(0) is confirmed
    assert [x.name for x in confirmed.pending] == ["back.jpg"]
    assert not confirmed.complete  # nothing created yet


def test_a_scan_whose_answer_was_lost_may_be_on_the_server_and_cannot_be_removed(
    scans: list[Path],
) -> None:
    api, _s = api_with(response(201, detail(1)), requests.exceptions.ConnectionError("reset"))
    first = ci.send_intake(api, NEW, ci.Intake.start().with_scans(scans[:1]))
    scan = first.intake.scans[0]
    assert scan.uncertain
    assert first.intake.without_scan(0) == first.intake  # Submit again finds out


def test_a_refused_scan_was_not_applied_can_be_removed_and_goes_again_as_new(
    scans: list[Path],
) -> None:
    api, s = api_with(response(201, detail(1)), error(415, "unsupported_media_type"))
    first = ci.send_intake(api, NEW, ci.Intake.start().with_scans(scans[:1]))
    assert first.error is not None
    refused = first.intake.scans[0]
    assert not refused.uncertain
    assert refused.sent_at is None
    assert first.intake.without_scan(0).scans == ()
    s.script = [response(200, detail(2, 5))]
    assert ci.send_intake(api, NEW, first.intake).intake.complete
    _create, tried, again = sent(s)
    assert tried[1] != again[1]  # a new key: the refused request was never applied
