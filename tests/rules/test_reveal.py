"""The reveal allowance (app/rules/reveal.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import RevealPurpose
from app.rules.reveal import (
    NO_OPEN_CASE,
    OVER_LIMIT,
    REVEALS_PER_HOUR,
    UNUSUAL_REVEALS_PER_HOUR,
    is_unusual,
    reveal_refusal,
)


@given(st.sampled_from(list(RevealPurpose)), st.integers(0, 500), st.booleans())
def test_refused_exactly_at_the_allowance_or_without_a_case_for_a_callback(
    purpose: RevealPurpose, count: int, has_case: bool
) -> None:
    verdict = reveal_refusal(purpose, count, has_case)
    if count >= REVEALS_PER_HOUR[purpose]:
        assert verdict == OVER_LIMIT
    elif purpose is RevealPurpose.CALLBACK and not has_case:
        assert verdict == NO_OPEN_CASE
    else:
        assert verdict is None


def test_every_purpose_has_an_allowance() -> None:
    assert set(REVEALS_PER_HOUR) == set(RevealPurpose)
    assert all(n > 0 for n in REVEALS_PER_HOUR.values())


@given(st.integers(0, 1000))
def test_unusual_volume_is_reported_once_per_hour(count: int) -> None:
    assert is_unusual(count) == (count == UNUSUAL_REVEALS_PER_HOUR)


def test_the_allowance_and_the_open_case_rule_by_example() -> None:
    callback, limit = RevealPurpose.CALLBACK, REVEALS_PER_HOUR[RevealPurpose.CALLBACK]
    assert reveal_refusal(callback, limit - 1, has_open_case=True) is None
    assert reveal_refusal(callback, limit, has_open_case=True) == OVER_LIMIT
    assert reveal_refusal(callback, 0, has_open_case=False) == NO_OPEN_CASE
    assert is_unusual(UNUSUAL_REVEALS_PER_HOUR)
    assert not is_unusual(UNUSUAL_REVEALS_PER_HOUR + 1)  # reported once, not again
