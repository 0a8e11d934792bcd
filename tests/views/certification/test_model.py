"""The review queue's model: age text and colour against the 24-hour review target, red
flags, claims shown only while live, headers in the queue's translation context."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from app.client.certifications import CertRow
from app.views.certification.model import LATE, RED_FLAG, SOON, QueueModel

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
FG, BG = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole


def row(id: int, hours: float, **kw: Any) -> CertRow:
    base: dict[str, Any] = {
        "id": id, "provider_id": 10, "kind": "health_certificate", "status": "submitted",
        "number": f"HC-{id}", "submitted_at": (NOW - timedelta(hours=hours)).isoformat(),
    }  # fmt: skip
    return CertRow.from_data({**base, **kw}, "王芳")


def colour(model: QueueModel, r: int, role: Qt.ItemDataRole, col: int = 0) -> Any:
    brush = model.data(model.index(r, col), role)
    return brush.color() if brush is not None else None


def test_age_colours_against_the_24_hour_target_and_red_flags(qtbot: Any) -> None:
    model = QueueModel(NOW)
    model.set_queue(
        [
            row(1, 30),  # past the target
            row(2, 19),  # three quarters of it gone
            row(3, 0.5, flagged=True),  # fresh, but a possible fraud
            row(4, 3, status="in_review", claimed_by=8, claimed_at=NOW.isoformat()),
            row(5, 3, status="in_review", claimed_by=8,
                claimed_at=(NOW - timedelta(hours=1)).isoformat()),  # lapsed claim
        ],
        {8: "赵审核"},
        NOW,
    )  # fmt: skip
    text = [model.data(model.index(r, 0)) for r in range(5)]
    assert text[:3] == ["30 h", "19 h", "30 min"]
    assert colour(model, 0, FG) == LATE
    assert colour(model, 1, FG) == SOON
    assert colour(model, 2, FG) is None
    assert colour(model, 2, BG, 3) == RED_FLAG
    assert colour(model, 0, BG) is None
    assert model.data(model.index(3, 5)) == "赵审核"
    assert model.data(model.index(4, 5)) == ""  # lapsed after 30 idle minutes: not shown
    assert model.data(model.index(2, 6)) == ""
    assert model.rowCount() == 5
    assert model.columnCount() == 7
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Age"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(9, 0)) is None
