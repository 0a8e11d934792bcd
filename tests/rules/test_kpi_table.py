"""Every figure of a snapshot as one table (what the dashboard's CSV export writes)."""

from __future__ import annotations

from datetime import timedelta

from app.models.enums import CertificationStatus, SanctionLevel
from app.models.enums import OrderStatus as S
from app.rules.kpi.definitions import DEFINITIONS
from app.rules.kpi.snapshot import KpiInputs, live
from app.rules.kpi.table import kpi_table
from tests.rules.test_kpi import MIDNIGHT, NOW, H, cert, complaint, order, sanction


def test_the_table_holds_every_figure_and_its_parts() -> None:
    inputs = KpiInputs(
        orders={
            1: order(1, S.COMPLETED, completed_at=NOW - H, assigned_at=MIDNIGHT),
            2: order(
                2, S.CANCELLED, cancelled_at=NOW - H, cancel_reason="客户改期", district="haidian"
            ),
        },
        complaints={1: complaint(1, order_id=1, acknowledged_at=NOW - 5 * H)},
        sanctions=[sanction(1, 10, SanctionLevel.SUSPENSION)],
        certs=[
            cert(1, CertificationStatus.SUBMITTED, submitted_at=NOW - H),
            cert(2, CertificationStatus.APPROVED, expires_on=(NOW + timedelta(days=20)).date()),
        ],
    )
    snap = live(inputs, NOW)
    rows = kpi_table(snap)
    totals = {r.value.definition.key for r in rows if not r.kind}
    # Every definition is in the table; all but the complaint rate (only per group) and the
    # retraining outcome (only before and after) as a total.
    assert {r.value.definition.key for r in rows} == {d.key for d in DEFINITIONS}
    assert totals == {d.key for d in DEFINITIONS} - {"complaint_rate", "retraining_outcome"}
    by = {(r.value.definition.key, r.kind, r.code): r.value for r in rows}
    assert by["orders_created", "hour", "8"].value == 2  # both created 08:00 Beijing
    assert ("orders_created", "hour", "10") not in by  # after the cut-off (10:00)
    assert by["completed", "district", "chaoyang"].value == 1
    assert by["cancellations", "reason", "客户改期"].value == 1
    assert by["first_response_sla", "severity", "high"].value == 1.0
    assert by["complaint_rate", "district", "chaoyang"].value is None  # suppressed
    assert by["complaint_rate", "category", "cleaning"].denominator == 1
    assert by["providers_on_hold", "level", "suspension"].value == 1
    assert by["sanctions_by_level", "level", "suspension"].period == snap.window
    assert by["cert_queue_age", "", ""].denominator == 1  # one waiting
    assert by["cert_expiring", "days", "30"].value == 1
    assert [r.code for r in rows if r.kind == "days"] == ["30", "60", "90"]
