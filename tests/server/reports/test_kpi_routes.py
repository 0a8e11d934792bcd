"""GET /kpis/range over HTTP: who may read it, what it answers, what it refuses."""

from __future__ import annotations

from datetime import timedelta

from app.models.enums import Role
from app.rules.beijing import local_day
from app.server import clock
from tests.server.conftest import LiveServer


def test_report_readers_get_steps_and_the_total(live: LiveServer) -> None:
    today = local_day(clock.now())
    sup = live.login(Role.SUPERVISOR)
    first = today - timedelta(days=13)
    params = {"start": first.isoformat(), "end": today.isoformat(), "step": "week"}
    r = sup.get(live.api("/kpis/range"), params=params, timeout=60)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["timezone"] == "Asia/Shanghai"
    assert body["steps"][0]["start"] == first.isoformat()
    assert body["steps"][-1]["end"] == today.isoformat()
    assert 2 <= len(body["steps"]) <= 3
    assert body["total"]["dispatched_in_time"] == {"numerator": 0, "denominator": 0}
    assert set(body["total"]["resolution_sla"]) == {"critical", "high", "medium", "low"}
    daily = sup.get(live.api("/kpis/range"), params={**params, "step": "day"}, timeout=60)
    assert len(daily.json()["steps"]) == 14
    admin = live.login(Role.ADMIN)
    assert admin.get(live.api("/kpis/range"), params=params, timeout=60).status_code == 200


def test_other_roles_may_not(live: LiveServer) -> None:
    today = local_day(clock.now()).isoformat()
    for role in (Role.DISPATCHER, Role.AGENT):
        s = live.login(role)
        r = s.get(live.api("/kpis/range"), params={"start": today, "end": today}, timeout=30)
        assert r.status_code == 403


def test_bad_ranges_are_refused_with_a_reason(live: LiveServer) -> None:
    today = local_day(clock.now())
    sup = live.login(Role.SUPERVISOR)

    def ask(start: object, end: object) -> tuple[int, str, str]:
        params = {"start": str(start), "end": str(end)}
        r = sup.get(live.api("/kpis/range"), params=params, timeout=30)
        error = r.json()["error"]
        return r.status_code, error["code"], error["message"]

    assert ask(today, today - timedelta(days=1))[:2] == (422, "range_reversed")
    assert ask(today, today + timedelta(days=1))[:2] == (422, "range_in_future")
    status, code, zh = ask(today - timedelta(days=400), today)
    assert (status, code) == (422, "range_too_long")
    assert "400" in zh
    assert ask("2026-13-01", today)[0] == 422
