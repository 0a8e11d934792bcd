"""The desktop's ticket detail, queues and sanctions, computed from its cache of the feed,
are what the server answers for the same rows at the same moment.

Both sides call the one assembly in ``app.rules`` (the server on its projected rows, the
desktop on the rows the feed delivered); this checks the plumbing around it: that the feed
carries every row the detail needs, that the cached columns find them, and that nothing is
lost on the way through JSON.
"""

from __future__ import annotations

from typing import Any

import pytest
import requests
from sqlalchemy import select

from app.client import complaints as queries
from app.client.cache import Cache
from app.client.sanction_record import SanctionRecord
from app.models.enums import Role
from app.rules.complaint_detail import Viewer
from app.rules.reasons import Reason
from app.schemas.complaints import ComplaintDetail
from app.server.projections import ENTITIES, for_role, project
from tests.server.conftest import LiveServer
from tests.server.test_complaints import Desk, body_of, make_desk


@pytest.fixture
def desk(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(live, monkeypatch)


def seeded_rows(live: LiveServer, role: Role) -> list[dict[str, Any]]:
    """The rows the factories wrote straight into the database (no change log), as the feed
    would carry them to ``role``: a real server seeds through the change log."""
    out: list[dict[str, Any]] = []
    with live.db.read() as session:
        for entity in ("user", "customer", "provider", "order"):
            for obj in session.scalars(select(ENTITIES[entity])):
                data = for_role(entity, project(entity, obj), role)
                out.append(
                    {"entity": entity, "id": data["id"], "version": data["version"], "op": "U",
                     "data": data}
                )  # fmt: skip
    return out


def mirror(live: LiveServer, session: requests.Session, role: Role = Role.AGENT) -> Cache:
    """A desktop cache filled from the feed as ``session``'s user receives it."""
    live.settle(session)
    cache = Cache(":memory:")
    cache.apply_page(seeded_rows(live, role), "seeded")
    cursor = ""
    for _ in range(100):
        page = body_of(
            session.get(live.api("/changes"), params={"cursor": cursor, "limit": 500}, timeout=10)
        )
        cache.apply_page(page["changes"], page["cursor"])
        cursor = page["cursor"]
        if not page["changes"]:
            return cache
    raise AssertionError("the feed did not end")


def tickets_in_every_state(desk: Desk) -> list[dict[str, Any]]:
    """Tickets that exercise the assembly: open, substantiated and decided, called back
    unreachable, reopened by an unsatisfied callback, escalated, blocked provider."""
    fresh = desk.open(severity="critical", category="safety")
    decided = desk.resolved(substantiated=True)
    decided = desk.callback(decided, "reached_satisfied", "客户满意")
    decided = desk.ok(
        decided, "sanction-decision", {"level": "warning", "reason": "初犯"}, s=desk.sup
    )
    unreachable = desk.resolved(substantiated=False)
    for _ in range(2):
        unreachable = desk.callback(unreachable, "unreachable", "无人接听")
        desk.clock.advance(hours=1, minutes=5)
    reopened = desk.callback(desk.resolved(substantiated=None), "reached_unsatisfied", "不满意")
    escalated = desk.ok(desk.open(severity="medium"), "escalate", {"note": "客户要求主管回电"})
    blocked = desk.ok(desk.open(severity="low"), "block-provider", {"reason": "客户不愿再用"})
    desk.clock.advance(hours=3)  # some clocks run out
    return [fresh, decided, unreachable, reopened, escalated, blocked]


@pytest.mark.parametrize("role", [Role.AGENT, Role.SUPERVISOR])
def test_the_desktop_computes_the_servers_ticket_detail(desk: Desk, role: Role) -> None:
    tickets = tickets_in_every_state(desk)
    session = desk.agent if role is Role.AGENT else desk.sup
    cache = mirror(desk.live, session, role)

    for ticket in tickets:
        served = desk.get(ticket, s=session)
        viewer = Viewer(role, desk.live.users[role])
        computed = queries.ticket_detail(cache, ticket["id"], viewer, desk.clock())
        # Typed on both sides: the client's answer is the server's response type.
        assert computed == ComplaintDetail.model_validate(served), ticket["code"]


def test_the_desktop_ranks_the_queue_as_the_server_does(desk: Desk) -> None:
    tickets_in_every_state(desk)
    cache = mirror(desk.live, desk.agent)
    states = list(queries.OPEN_STATES)
    served = body_of(
        desk.agent.get(desk.live.api("/complaints"), params={"status": states}, timeout=10)
    )

    queues = queries.queues(cache, None, desk.clock())

    # Typed on both sides (the list endpoint writes times with "Z"; the rows hold moments).
    assert queues.team == [queries.ticket_row(i) for i in served["data"]]
    assert [r.id for r in queues.team] == [i["id"] for i in served["data"]]
    assert queues.mine == []


def test_the_desktop_shows_a_providers_sanctions_as_the_server_does(desk: Desk) -> None:
    tickets_in_every_state(desk)
    cache = mirror(desk.live, desk.agent)
    served = body_of(
        desk.agent.get(desk.live.api(f"/providers/{desk.provider}/sanctions"), timeout=10)
    )

    computed = queries.provider_sanctions(cache, desk.provider, desk.clock())
    assert computed is not None
    # What the desktop shows of it, read from the server's answer, is what it computed.
    assert computed == SanctionRecord.from_view(served)
    assert computed.sanctions  # the warning decided above
    assert computed.hold_reasons == tuple(
        Reason(r["code"], r["message"], r["message_en"]) for r in served["hold_reasons"]
    )
