"""The handover's shift label follows the clock unless the agent wrote their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.views.complaints.handover import HandoverPanel

pytestmark = pytest.mark.gui


def test_the_shift_label_follows_day_and_night(qtbot: Any) -> None:
    now = [datetime(2026, 11, 27, 2, 0, tzinfo=UTC)]  # 10:00 in Beijing: the day shift
    panel = HandoverPanel(clock=lambda: now[0])
    qtbot.addWidget(panel)
    day = panel.shift_label.text()
    now[0] += timedelta(hours=12)  # 22:00 in Beijing
    panel.refresh()
    night = panel.shift_label.text()
    assert night != day
    assert "20:00" in night

    panel.shift_label.setText("夜班（张敏代班）")
    now[0] += timedelta(hours=12)
    panel.refresh()
    assert panel.shift_label.text() == "夜班（张敏代班）"  # the agent's own words stay
