"""The dispatch answers of the real server parse into what the views show."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from app.client.cache import Cache
from app.client.dispatch import APPLY_PATH, PLAN_PATH, CandidateList, Words, fetch_candidates
from app.client.dispatch_plan import (
    PlanPreview,
    PlanWindow,
    apply_plan,
    make_plan,
    plan_conflicts,
    plan_preview,
)
from app.client.errors import ClientError
from app.client.orders import OrderDraft, new_order_command
from app.models.enums import ServiceCategory
from tests.views.dispatch.fakes import FixtureApi, fixture, plan_cache


def plan_window() -> PlanWindow:
    request = fixture("plan_request.json")
    return PlanWindow(
        datetime.fromisoformat(request["window_start"]),
        datetime.fromisoformat(request["window_end"]),
    )


def previewed(api: FixtureApi) -> PlanPreview:
    window = plan_window()
    return plan_preview(plan_cache(), window, make_plan(api, window))  # type: ignore[arg-type]


def test_candidates_keep_the_servers_order_eligible_first() -> None:
    raw = fixture("candidates.json")
    found = fetch_candidates(FixtureApi(), raw["order_id"])  # type: ignore[arg-type]

    assert found.order_id == raw["order_id"]
    assert found.order_version == raw["order_version"]
    assert (found.order_lat, found.order_lng) == (fixture("order.json")["lat"], 116.52)
    ids = [c.provider.id for c in found.candidates]
    assert ids == [e["provider"]["id"] for e in raw["eligible"]] + [
        r["provider"]["id"] for r in raw["ineligible"]
    ]
    assert found.eligible_count == len(raw["eligible"])
    best = found.candidates[0]
    assert best.eligible
    assert best.score == raw["eligible"][0]["score"]
    assert abs(sum(t.contribution for t in best.terms) - best.score) < 0.05
    assert [t.words.code for t in best.terms][:2] == ["travel", "rating"]
    refused = found.candidates[found.eligible_count]
    assert not refused.eligible
    assert refused.reasons
    assert refused.reasons[0].zh == raw["ineligible"][0]["reasons"][0]["message"]


def test_candidates_without_the_order_have_no_location() -> None:
    found = CandidateList.from_wire(fixture("candidates.json"))

    assert found.order_lat is None
    assert found.order_lng is None


def test_plan_preview_puts_unassigned_first_with_reasons_and_names_providers() -> None:
    api = FixtureApi()
    preview = previewed(api)
    raw = fixture("plan.json")

    assert api.commands[0]["path"] == PLAN_PATH
    assert api.commands[0]["body"] == fixture("plan_request.json")
    assert api.gets == []  # orders and names come from the local cache
    assert len(preview.lines) == len(raw["assignments"]) + len(raw["unassigned"])
    assert [x.order_id for x in preview.unassigned] == [u["order_id"] for u in raw["unassigned"]]
    assert all(not x.assigned for x in preview.lines[: len(raw["unassigned"])])
    assert preview.unassigned[0].reasons[0].code == "all_eligible_busy"
    names = {p["id"]: p["name"] for p in fixture("plan_providers.json")}
    assert {x.provider_name for x in preview.assigned} == set(names.values())
    starts = [x.start for x in preview.assigned]
    assert all(s is not None for s in starts)
    assert starts == sorted(starts)  # type: ignore[type-var]
    assert preview.total_travel_minutes == raw["total_travel_minutes"]
    assert preview.travel_ratio is not None
    assert preview.travel_ratio == raw["total_travel_minutes"] / raw["greedy_total_travel_minutes"]


def test_each_line_says_when_its_order_was_due_and_what_the_window_left_out() -> None:
    preview = previewed(FixtureApi())
    due = {o["id"]: o["dispatch_by"] for o in fixture("plan_orders.json")["data"]}

    for line in preview.lines:
        assert line.dispatch_by == datetime.fromisoformat(due[line.order_id])
    assert preview.pending_outside == 0  # the recorded plan predates the count
    bigger = plan_preview(
        plan_cache(), plan_window(), {**fixture("plan.json"), "pending_outside": 7}
    )
    assert bigger.pending_outside == 7


def test_an_order_missing_from_the_cache_still_shows_its_code() -> None:
    plan = fixture("plan.json")
    preview = plan_preview(Cache(":memory:"), plan_window(), plan)

    assert {x.order_code for x in preview.lines} >= {a["order_code"] for a in plan["assignments"]}
    assert all(x.start is None and x.dispatch_by is None for x in preview.lines)
    assert all(x.provider_name == f"#{x.provider_id}" for x in preview.assigned)


def test_apply_sends_every_planned_pair_at_its_version_under_one_key() -> None:
    api = FixtureApi()
    preview = previewed(api)
    apply_plan(api, preview)  # type: ignore[arg-type]
    apply_plan(api, preview)  # type: ignore[arg-type]

    sent = [c for c in api.commands if c["path"] == APPLY_PATH]
    expected = [
        {k: a[k] for k in ("order_id", "provider_id", "order_version")}
        for a in fixture("plan.json")["assignments"]
    ]
    assert sorted(sent[0]["body"]["assignments"], key=lambda a: a["order_id"]) == sorted(
        expected, key=lambda a: a["order_id"]
    )
    assert sent[0]["if_match"] is None
    assert sent[0]["key"] == sent[1]["key"]  # a resend of the same plan replays, never doubles


def test_a_refused_apply_names_the_changed_orders() -> None:
    api = FixtureApi(apply_conflict=True)
    preview = previewed(api)
    try:
        apply_plan(api, preview)  # type: ignore[arg-type]
    except ClientError as exc:
        conflicts = plan_conflicts(exc)
    else:
        raise AssertionError("expected the 409")

    raw = fixture("apply_conflict.json")["error"]["details"]["conflicts"]
    assert [(c.order_id, c.code, c.status) for c in conflicts] == [
        (raw[0]["order_id"], "changed", "assigned")
    ]


def test_other_errors_are_not_plan_conflicts() -> None:
    assert plan_conflicts(ClientError("unreachable", "无法连接", "Cannot connect")) == []


def test_conflict_items_without_an_order_are_skipped() -> None:
    conflicts = [
        "order 7 changed",  # not an object
        {"code": "changed"},  # no order named
        {"order_id": 7, "code": "changed", "current": {"status": "cancelled"},
         "message": "订单已取消", "message_en": "The order was cancelled"},
        {"order_id": 8, "code": "gone", "current": None},
    ]  # fmt: skip
    exc = ClientError("plan_conflict", "计划已过时", "The plan is out of date",
                      status=409, details={"conflicts": conflicts})  # fmt: skip

    found = plan_conflicts(exc)

    assert [(c.order_id, c.code, c.status) for c in found] == [
        (7, "changed", "cancelled"),
        (8, "gone", ""),
    ]
    assert found[0].words == Words("changed", "订单已取消", "The order was cancelled")
    assert found[1].words is None


def test_words_are_shown_in_the_users_language_english_falling_back_to_chinese() -> None:
    words = Words.from_reason({"code": "busy", "message": "已排满", "message_en": "Fully booked"})
    assert (words.text("zh_CN"), words.text("en"), words.text("en_GB")) == (
        "已排满",
        "Fully booked",
        "Fully booked",
    )
    untranslated = Words.from_reason({"code": "busy", "message": "已排满"})
    assert untranslated.text("en") == "已排满"


def test_a_window_names_its_district_only_when_one_is_chosen() -> None:
    window = plan_window()
    assert "district" not in window.to_wire()
    assert replace(window, district="chaoyang").to_wire()["district"] == "chaoyang"


def test_no_travel_ratio_without_a_nearest_first_figure_to_compare() -> None:
    preview = plan_preview(Cache(":memory:"), plan_window(), fixture("plan.json"))
    assert preview.travel_ratio is not None
    for greedy in (None, 0.0):
        assert replace(preview, greedy_total_travel_minutes=greedy).travel_ratio is None


def test_a_phone_booking_is_one_outbox_command_without_a_version() -> None:
    start = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)
    draft = OrderDraft(12, ServiceCategory.CLEANING, start, 120, 19900, note=" 带梯子 ")

    command = new_order_command(draft, "新建订单")

    assert command == {
        "path": "/api/v1/orders",
        "body": {"customer_id": 12, "category": "cleaning",
                 "scheduled_start": "2026-12-03T06:00:00+00:00", "duration_minutes": 120,
                 "price_cents": 19900, "premium": False, "note": "带梯子"},
        "if_match": None, "entity": "order", "entity_id": 0, "label": "新建订单",
    }  # fmt: skip
    elsewhere = OrderDraft(12, ServiceCategory.CLEANING, start, 120, 19900,
                           address="海淀区中关村大街1号", district="haidian")  # fmt: skip
    assert elsewhere.to_wire()["address"] == "海淀区中关村大街1号"
    assert elsewhere.to_wire()["district"] == "haidian"
