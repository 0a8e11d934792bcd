"""The scorecard opens from the other places a provider appears."""

from __future__ import annotations

from typing import Any

import pytest

from app.views.dispatch.assign_dialog import AssignDialog
from app.views.scorecard.dialog import ScorecardDialog
from tests.client.scorecard_rows import scorecard_cache
from tests.views.dispatch.fakes import FixtureApi
from tests.views.dispatch.test_assign_dialog import ELIGIBLE, ORDER
from tests.views.fakes import SyncBackend

pytestmark = pytest.mark.gui


def test_the_assign_dialog_opens_the_highlighted_candidates_scorecard(qtbot: Any) -> None:
    dialog = AssignDialog(ORDER, SyncBackend(api=FixtureApi(), reader=scorecard_cache()),
                          role="dispatcher")  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.list.setCurrentIndex(dialog.model.index(3))
    assert dialog.scorecard_button.isEnabled()
    dialog.scorecard_button.click()
    card = dialog.findChild(ScorecardDialog)
    assert card is not None
    assert card.provider_id == ELIGIBLE[3]["provider"]["id"]


def test_no_scorecard_button_without_a_cache(qtbot: Any) -> None:
    dialog = AssignDialog(ORDER, SyncBackend(api=FixtureApi()), role="dispatcher")
    qtbot.addWidget(dialog)
    assert not dialog.scorecard_button.isEnabled()
