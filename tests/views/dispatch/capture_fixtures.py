"""Record real server answers for the dispatch view tests (run by hand, not by pytest).

    .venv/bin/python -m app.server --data-dir /tmp/dd --port 8792 --demo &
    .venv/bin/python tests/views/dispatch/capture_fixtures.py http://127.0.0.1:8792

Books a morning of orders for tomorrow (Beijing) across districts, then saves the candidates of
one order, a plan for the window, the orders and providers the preview shows, a real 409 from
applying a plan after one of its orders changed, and a real successful apply.
"""

from __future__ import annotations

import json
import sys
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from app.client.api import ApiClient  # noqa: E402
from app.client.errors import ClientError  # noqa: E402
from app.rules.dispatch import BEIJING  # noqa: E402

OUT = Path(__file__).resolve().parent / "fixtures"

# (customer district, category, minutes after 09:00, duration, premium)
BOOKINGS: tuple[tuple[str, str, int, int, bool], ...] = (
    ("chaoyang", "cleaning", 0, 180, True),
    ("chaoyang", "cleaning", 30, 120, False),
    ("chaoyang", "appliance_cleaning", 60, 120, False),
    ("haidian", "cleaning", 0, 180, False),
    ("haidian", "appliance_repair", 30, 120, False),
    ("dongcheng", "deep_cleaning", 60, 240, False),
    ("xicheng", "elderly_care", 0, 240, False),
    ("fengtai", "plumbing_electrical", 90, 120, False),
    ("tongzhou", "cleaning", 30, 180, False),
    ("shunyi", "moving", 0, 240, False),
    ("changping", "nanny", 60, 240, False),
    ("daxing", "cleaning", 90, 120, False),
    ("shijingshan", "appliance_repair", 60, 120, False),
    ("yanqing", "home_nursing", 30, 120, True),
    ("miyun", "maternity", 0, 480, False),
    # A busy Chaoyang morning (nearest-first stops being best) and more electrical repairs in Pinggu
    # than Pinggu has electricians (some orders stay unassigned, with why).
    *(("chaoyang", "cleaning", 30 * (k % 3), 120, False) for k in range(10)),
    *(("pinggu", "plumbing_electrical", 60, 120, False) for _ in range(5)),
)


def save(name: str, data: Any) -> None:
    path = OUT / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"saved {path.relative_to(ROOT)}")


def post(api: ApiClient, path: str, body: Any, if_match: int | None = None) -> dict[str, Any]:
    return api.command(path, body, if_match=if_match, idempotency_key=uuid.uuid4().hex)


def main() -> int:
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8792"
    api = ApiClient(base)
    api.login("dispatcher", "shangmen-demo")
    customers = api.get("/api/v1/customers", {"limit": 500})["data"]
    by_district: dict[str, list[dict[str, Any]]] = {}
    for c in customers:
        by_district.setdefault(c["district"], []).append(c)
    tomorrow = datetime.now(BEIJING).date() + timedelta(days=1)
    nine = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 9, 0, tzinfo=BEIJING)
    created: list[dict[str, Any]] = []
    for i, (district, category, offset, minutes, premium) in enumerate(BOOKINGS):
        customer = by_district[district][i % len(by_district[district])]
        created.append(
            post(
                api,
                "/api/v1/orders",
                {
                    "customer_id": customer["id"],
                    "category": category,
                    "scheduled_start": (nine + timedelta(minutes=offset)).isoformat(),
                    "duration_minutes": minutes,
                    "price_cents": 19900 + 1000 * i,
                    "premium": premium,
                },
            )
        )
    first = created[0]
    save("order.json", api.get(f"/api/v1/orders/{first['id']}"))
    save(
        "candidates.json",
        api.get(f"/api/v1/orders/{first['id']}/candidates", {"top": 8, "ineligible": 6}),
    )

    window = {
        "window_start": (nine - timedelta(minutes=30)).isoformat(),
        "window_end": (nine + timedelta(hours=2)).isoformat(),
    }
    plan = post(api, "/api/v1/dispatch/plan", window)
    save("plan_request.json", window)
    save("plan.json", plan)
    orders = api.get(
        "/api/v1/orders",
        {
            "status": "pending",
            "scheduled_from": window["window_start"],
            "scheduled_to": window["window_end"],
            "limit": 500,
        },
    )
    save("plan_orders.json", orders)
    provider_ids = sorted({a["provider_id"] for a in plan["assignments"]})
    save("plan_providers.json", [api.get(f"/api/v1/providers/{i}") for i in provider_ids])

    # Someone assigns one planned order by hand: applying the old plan must now be refused.
    taken = plan["assignments"][1]
    post(
        api,
        f"/api/v1/orders/{taken['order_id']}/assign",
        {"provider_id": taken["provider_id"]},
        if_match=taken["order_version"],
    )
    items = [
        {k: a[k] for k in ("order_id", "provider_id", "order_version")} for a in plan["assignments"]
    ]
    try:
        post(api, "/api/v1/dispatch/apply", {"assignments": items})
    except ClientError as exc:
        save(
            "apply_conflict.json",
            {
                "status": exc.status,
                "error": {
                    "code": exc.code,
                    "message": exc.message,
                    "message_en": exc.message_en,
                    "details": exc.details,
                },
            },
        )
    else:
        raise SystemExit("expected a 409 plan_conflict")

    again = post(api, "/api/v1/dispatch/plan", window)
    items = [
        {k: a[k] for k in ("order_id", "provider_id", "order_version")}
        for a in again["assignments"]
    ]
    save("apply_ok.json", post(api, "/api/v1/dispatch/apply", {"assignments": items}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
