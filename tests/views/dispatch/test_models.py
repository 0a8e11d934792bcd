"""The dispatch item models pass Qt's model tester and say the right things per row."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.client.dispatch import CandidateList
from app.client.dispatch_plan import PlanConflict, PlanWindow, make_plan, plan_preview
from app.views.dispatch.candidates_model import (
    CANDIDATE_ROLE,
    ELIGIBLE_ROLE,
    PROVIDER_ID_ROLE,
    RANK_ROLE,
    CandidatesModel,
)
from app.views.dispatch.plan_model import PlanColumn, PlanModel
from tests.views.dispatch.fakes import FixtureApi, fixture, plan_cache

pytestmark = pytest.mark.gui


def found() -> CandidateList:
    return CandidateList.from_wire(fixture("candidates.json"), fixture("order.json"))


@pytest.mark.parametrize("override", [False, True])
def test_candidates_model_passes_the_model_tester(qtmodeltester: Any, override: bool) -> None:
    model = CandidatesModel()
    model.set_allow_override(override)
    qtmodeltester.check(model)
    model.set_candidates(found())
    qtmodeltester.check(model)
    model.set_allow_override(not override)
    model.set_candidates(None)
    qtmodeltester.check(model)


def test_ineligible_rows_are_disabled_unless_the_user_may_override() -> None:
    model = CandidatesModel()
    data = found()
    model.set_candidates(data)
    first_ineligible = data.eligible_count
    index = model.index(first_ineligible)

    assert model.index(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not index.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not index.data(ELIGIBLE_ROLE)
    assert index.data(RANK_ROLE) == first_ineligible + 1
    assert "身份核验" in index.data(Qt.ItemDataRole.ToolTipRole)

    model.set_allow_override(True)
    assert index.flags() & Qt.ItemFlag.ItemIsSelectable


def test_candidate_rows_carry_the_provider_and_the_score_terms() -> None:
    model = CandidatesModel()
    data = found()
    model.set_candidates(data)
    best = model.index(0)

    assert best.data(PROVIDER_ID_ROLE) == data.candidates[0].provider.id
    assert best.data(CANDIDATE_ROLE) is data.candidates[0]
    assert best.data(Qt.ItemDataRole.DisplayRole) == f"1. {data.candidates[0].provider.name}"
    tip = best.data(Qt.ItemDataRole.ToolTipRole)
    assert "+47.6" in tip
    assert "-8.8" in tip
    assert model.first_pickable() == 0


def preview_model() -> PlanModel:
    request = fixture("plan_request.json")
    window = PlanWindow(
        datetime.fromisoformat(request["window_start"]),
        datetime.fromisoformat(request["window_end"]),
    )
    model = PlanModel()
    plan = make_plan(FixtureApi(), window)  # type: ignore[arg-type]
    model.set_preview(plan_preview(plan_cache(), window, plan))
    return model


def test_plan_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = PlanModel()
    qtmodeltester.check(model)
    model = preview_model()
    qtmodeltester.check(model)
    model.set_conflicts([PlanConflict(1504, "changed", "assigned")])
    qtmodeltester.check(model)


def test_plan_rows_read_as_a_diff() -> None:
    model = preview_model()
    raw = fixture("plan.json")
    unassigned = model.index(0, PlanColumn.PROVIDER)
    assigned_row = len(raw["unassigned"])

    assert unassigned.data() == "Not assigned"
    assert model.index(0, PlanColumn.NOTE).data().startswith("3位符合条件的服务人员")  # zh: default
    assert model.index(0, PlanColumn.DISTRICT).data() == "平谷区"
    assert model.index(assigned_row, PlanColumn.PROVIDER).data().startswith("→ ")
    assert model.index(assigned_row, PlanColumn.TRAVEL).data().endswith("min")
    assert model.headerData(PlanColumn.PROVIDER, Qt.Orientation.Horizontal) == "→ Provider"


def test_conflicts_mark_rows_in_place_with_what_they_are_now() -> None:
    model = preview_model()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    row = model.row_of(1504)
    assert row is not None

    model.set_conflicts([PlanConflict(1504, "changed", "assigned")])

    assert resets == []
    assert model.index(row, PlanColumn.NOTE).data() == "Changed since planning: now Assigned"
    assert model.index(row, PlanColumn.ORDER).data(Qt.ItemDataRole.BackgroundRole) is not None
