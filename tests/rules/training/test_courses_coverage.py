"""A stored rubric with a missing field or a value of the wrong type is refused, naming the
item (a separate file: courses.py is being changed)."""

from __future__ import annotations

from typing import Any

import pytest

from app.rules.training import TrainingRuleError, parse_rubric

GOOD = {"code": "tidy", "zh": "整洁", "en": "Tidy", "scale": "points", "weight": 2, "minimum": 3}


@pytest.mark.parametrize(
    "item",
    [
        {k: v for k, v in GOOD.items() if k != "code"},  # no code
        {k: v for k, v in GOOD.items() if k != "scale"},  # no scale
        GOOD | {"scale": "stars"},  # not a scale
        GOOD | {"weight": "heavy"},  # not a number
        GOOD | {"minimum": [3]},  # not a number either
    ],
)
def test_a_malformed_criterion_is_refused(item: dict[str, Any]) -> None:
    with pytest.raises(TrainingRuleError) as err:
        parse_rubric([item])
    assert err.value.reason.code == "training.rubric_invalid"
    assert repr(item) in err.value.reason.en


def test_a_well_formed_criterion_is_read_and_english_defaults_to_chinese() -> None:
    (crit,) = parse_rubric([{k: v for k, v in GOOD.items() if k != "en"}])
    assert (crit.code, crit.zh, crit.en, crit.weight, crit.minimum) == (
        "tidy",
        "整洁",
        "整洁",
        2,
        3,
    )
