"""The KPI range call (app/client/kpis): what is sent, what comes back."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.client import kpis
from app.client.api import ApiClient
from app.client.errors import ClientError
from app.models.enums import Severity
from app.schemas.kpis import RangeStep, Ratio
from tests.client.stubs import StubSession, error, response


def step(start: str, end: str, done: int = 3, due: int = 4) -> dict[str, Any]:
    return {"start": start, "end": end, "orders_created": 5,
            "dispatched_in_time": {"numerator": done, "denominator": due},
            "on_time_arrival": {"numerator": 0, "denominator": 0}, "completed": 400,
            "cancellations": 1, "first_response_sla": {"high": {"numerator": 1, "denominator": 2}},
            "resolution_sla": {},
            "complaint_rate": {"numerator": 2, "denominator": 400}}  # fmt: skip


def body(step_name: str, *steps: dict[str, Any]) -> dict[str, Any]:
    return {"start": steps[0]["start"], "end": steps[-1]["end"], "step": step_name,
            "timezone": "Asia/Shanghai", "cut_off": "2026-12-04T02:00:00Z",
            "steps": list(steps), "total": steps[-1]}  # fmt: skip


def api_with(*script: Any) -> tuple[ApiClient, StubSession]:
    s = StubSession(*script)
    return ApiClient("http://desk.test", session=s, token="t"), s


def test_a_range_asks_for_its_days_and_step() -> None:
    api, s = api_with(response(200, body("week", step("2026-11-30", "2026-12-04"))))
    got = kpis.kpi_range(api, date(2026, 11, 30), date(2026, 12, 4), RangeStep.WEEK)
    assert got.step is RangeStep.WEEK
    assert got.steps[0].dispatched_in_time.rate() == 0.75
    assert got.steps[0].on_time_arrival.rate() is None
    assert got.total.first_response_sla[Severity.HIGH] == Ratio(numerator=1, denominator=2)
    call = s.calls[0]
    assert call.method == "GET"
    assert call.url == "http://desk.test/api/v1/kpis/range"
    assert call.kwargs["params"] == {"start": "2026-11-30", "end": "2026-12-04", "step": "week"}


@pytest.mark.parametrize(("days", "first", "step_name"),
                         [(7, "2026-11-28", "day"), (90, "2026-09-06", "day"),
                          (365, "2025-12-05", "week")])  # fmt: skip
def test_last_days_asks_per_day_up_to_90_days(days: int, first: str, step_name: str) -> None:
    api, s = api_with(response(200, body(step_name, step(first, "2026-12-04"))))
    kpis.last_days(api, date(2026, 12, 4), days)
    assert s.calls[0].kwargs["params"] == {"start": first, "end": "2026-12-04", "step": step_name}


def test_ratios_add_up() -> None:
    assert Ratio(numerator=1, denominator=2) + Ratio(numerator=3, denominator=4) == Ratio(
        numerator=4, denominator=6
    )


def test_a_refused_range_raises_the_servers_reason() -> None:
    api, _ = api_with(error(422, "range_too_long"))
    with pytest.raises(ClientError) as caught:
        kpis.kpi_range(api, date(2025, 1, 1), date(2026, 12, 4))
    assert caught.value.code == "range_too_long"
