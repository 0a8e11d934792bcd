"""A provisional ranking of one order's candidates from the local cache, for when the server
cannot be reached.

The facts are built from the cached feed rows by the same assembly the server uses
(``app.rules.dispatch.rows``, ``app.rules.sanction_rows``) and ranked by the same pure rules
and settings, into the same wire shape (``app.rules.dispatch.wire``), so the dialog shows the
answer it would have had from the server, marked ``provisional``. What this computer cannot
know is said in ``unchecked``: changes not yet synced; locations rounded to about a kilometre
in the feed (travel times are estimates); for a role that does not receive customer blocks,
whether the customer blocked a provider. The server re-checks the assignment when the Outbox
delivers it, and a refusal comes back as a failed command with its reasons.

``rank_offline`` blocks on the cache: the views run it through ``Backend.local``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from app.client.cache import CacheReader
from app.client.dispatch import CANDIDATES_INELIGIBLE, CANDIDATES_TOP, CandidateList, Words
from app.client.errors import ClientError
from app.models.enums import SanctionStatus
from app.rules import sanction_rows
from app.rules.complaint_rows import time_of
from app.rules.dispatch import DEFAULT_SETTINGS, CustomerFacts, ProviderFacts, local_day
from app.rules.dispatch import rows as facts
from app.rules.dispatch.scoring import rank_candidates
from app.rules.dispatch.wire import candidates_wire
from app.rules.feed import FEED
from app.rules.orders import BOOKED
from app.rules.sanctions import dispatch_hold

UNSYNCED = Words(
    "offline.unsynced",
    "本机数据截至上次同步，之后的变化（新预约、资质审核、处罚）未计入。",
    "This computer's data is as of the last sync: later changes (bookings, certificate "
    "reviews, sanctions) are not counted.",
)
COARSE_LOCATIONS = Words(
    "offline.coarse_locations",
    "本机只有精确到约一公里的位置，路程时间为估算。",
    "Locations on this computer are rounded to about a kilometre: travel times are estimates.",
)
NO_BLOCKS = Words(
    "offline.customer_blocks",
    "您的角色看不到客户拉黑记录：未检查客户是否拉黑了服务人员。",
    "Your role does not receive customer blocks: whether the customer blocked a provider was "
    "not checked.",
)


def order_missing(order_id: int) -> ClientError:
    return ClientError(
        "offline_order_missing",
        f"本机数据中没有订单 #{order_id}，连上服务器后再派单。",
        f"Order #{order_id} is not in this computer's data: assign it once the server is back.",
    )


def rank_offline(reader: CacheReader, order_id: int, role: str, now: datetime) -> CandidateList:
    """The order's candidates ranked from the cache, as ``fetch_candidates`` would show them."""
    order = reader.get("order", order_id)
    if order is None:
        raise order_missing(order_id)
    of = facts.order_facts(order)
    providers = [p for p in reader.all("provider") if facts.may_be_candidate(p, of.category)]
    pfacts = provider_facts(reader, providers, local_day(of.start), now)
    blocks_visible = FEED["customer_block"].visible_to(role)
    customer = customer_facts(reader, of.customer_id, blocks=blocks_visible)
    found = rank_candidates(
        of,
        pfacts,
        customer,
        DEFAULT_SETTINGS,
        top_n=CANDIDATES_TOP,
        ineligible_n=CANDIDATES_INELIGIBLE,
    )
    wire = candidates_wire(of.id, int(order.get("version") or 0), found)
    ranked = CandidateList.from_wire(wire, order)
    unchecked = (UNSYNCED, COARSE_LOCATIONS) + (() if blocks_visible else (NO_BLOCKS,))
    return CandidateList(
        order_id=ranked.order_id,
        order_version=ranked.order_version,
        candidates=ranked.candidates,
        order_lat=ranked.order_lat,
        order_lng=ranked.order_lng,
        provisional=True,
        unchecked=unchecked,
    )


def _by(rows: Iterable[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row.get(key), []).append(row)
    return out


def provider_facts(
    reader: CacheReader, providers: list[dict[str, Any]], day: Any, now: datetime
) -> list[ProviderFacts]:
    """The dispatch facts of ``providers`` for an order on Beijing ``day``, from the cache."""
    ids = [int(p["id"]) for p in providers]
    certs = _by(reader.where("certification", "provider_id", ids), "provider_id")
    courses = {c["id"]: str(c["code"]) for c in reader.all("training_course")}
    assessments = _by(reader.where("assessment", "provider_id", ids), "provider_id")
    active = [
        s
        for s in reader.where("sanction", "provider_id", ids)
        if s.get("status") == SanctionStatus.ACTIVE.value
    ]
    appeals = sanction_rows.latest_appeals(
        reader.where("appeal", "sanction_id", [s["id"] for s in active])
    )
    sanctions = _by(active, "provider_id")
    start, end = facts.booking_window([day])
    wanted = set(ids)
    bookings = _by(
        (
            o
            for o in reader.where("order", "status", [s.value for s in BOOKED])
            if o.get("provider_id") in wanted
            and time_of(o["scheduled_start"]) < end
            and time_of(o["scheduled_end"]) > start
        ),
        "provider_id",
    )
    out = []
    for p in providers:
        pid = p["id"]
        mine = assessments.get(pid, [])
        hold = None
        if pid in sanctions:
            hold = dispatch_hold(
                [sanction_rows.sanction_facts(s, appeals.get(s["id"])) for s in sanctions[pid]],
                sanction_rows.assessment_facts(mine, courses),
                now,
            )
        training = (
            facts.training_certificate(courses[a["course_id"]], a)
            for a in mine
            if a.get("course_id") in courses
        )
        out.append(
            facts.provider_facts(
                p,
                sanction_hold=hold,
                certifications=[facts.cert_fact(c) for c in certs.get(pid, [])],
                training=[c for c in training if c is not None],
                bookings=[facts.booking(o) for o in bookings.get(pid, [])],
            )
        )
    return out


def customer_facts(reader: CacheReader, customer_id: int, *, blocks: bool) -> CustomerFacts:
    """Whom the customer blocked (when this role receives blocks) and rated highly."""
    blocked = (
        {
            int(b["provider_id"])
            for b in reader.where("customer_block", "customer_id", [customer_id])
        }
        if blocks
        else set()
    )
    favourites = {
        int(o["provider_id"])
        for o in reader.where("order", "customer_id", [customer_id])
        if o.get("provider_id") is not None and facts.is_favourite(o.get("rating"))
    }
    return CustomerFacts(customer_id, frozenset(blocked), frozenset(favourites))
