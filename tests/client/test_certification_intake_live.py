"""Intake retried against a real server: when answers are lost after the server acted (the
create's, then a scan's), Submit again leaves one certificate with each scan once."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.client import certification_intake as ci
from app.client import certifications as cq
from app.client.api import ApiClient
from app.client.errors import Unreachable, timed_out
from tests.client.live_server import first_id

Login = Callable[[str], ApiClient]


class LosesAnswers:
    """The real client, except that the answer to the first request for ``lose`` ("create" or
    a scan's name) is lost on the way back, after the server has acted on it."""

    def __init__(self, api: ApiClient, lose: str) -> None:
        self.api = api
        self.lose = lose

    def _maybe_lose(self, what: str) -> None:
        if what == self.lose:
            self.lose = ""
            raise timed_out(self.api.base_url)

    def command(self, path: str, body: Any, **kw: Any) -> dict[str, Any]:
        answer = self.api.command(path, body, **kw)
        self._maybe_lose("create")
        return answer

    def post_files(self, path: str, files: Sequence[tuple[str, bytes]], **kw: Any) -> Any:
        answer = self.api.post_files(path, files, **kw)
        self._maybe_lose(files[0][0])
        return answer


def test_lost_answers_leave_one_certificate_with_each_scan_once(
    login: Login, tmp_path: Path
) -> None:
    agent = login("agent")
    provider = first_id(agent, "provider")
    number = f"HC-{uuid.uuid4().hex[:8]}"
    new = cq.NewCertificate(provider, "health_certificate", number, "朝阳区疾控中心",
                            date(2026, 11, 1))  # fmt: skip
    front, back = tmp_path / "front.jpg", tmp_path / "back.jpg"
    front.write_bytes(b"\xff\xd8\xff\xe0front")
    back.write_bytes(b"\xff\xd8\xff\xe0back")
    intake = ci.Intake.start().with_scans([front, back])

    lossy = LosesAnswers(agent, lose="create")
    with pytest.raises(Unreachable):  # the create's answer lost: the dialog keeps ``intake``
        ci.send_intake(lossy, new, intake)  # type: ignore[arg-type]
    lossy.lose = "back.jpg"
    second = ci.send_intake(lossy, new, intake)  # type: ignore[arg-type]
    assert second.error is not None
    assert [s.name for s in second.intake.pending] == ["back.jpg"]
    third = ci.send_intake(lossy, new, second.intake)  # type: ignore[arg-type]
    assert third.error is None
    assert third.intake.complete
    assert third.intake.created is not None

    reviewer = login("reviewer")
    mine = [r for r in reviewer.get(cq.CERTIFICATIONS, {"provider_id": provider, "limit": 500})[
        "items"] if r["number"] == number]  # fmt: skip
    assert len(mine) == 1
    saved = cq.fetch_detail(reviewer, mine[0]["id"])
    assert sorted(d.filename for d in saved.documents) == ["back.jpg", "front.jpg"]
