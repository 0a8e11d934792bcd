"""A provider's scorecard from the cache: the provider's own rows by provider_id, the peers
of the same main category and home district, and which feed changes touch the provider."""

from __future__ import annotations

import sqlite3

import pytest

from app.client import scorecard
from app.client.cache import Cache
from app.models.enums import AppealStatus, SanctionLevel
from tests.client.scorecard_rows import NOW, scorecard_cache
from tests.views.fakes import put


def test_load_reads_the_provider_and_the_peers() -> None:
    loaded = scorecard.load(scorecard_cache(), 9, NOW)
    assert loaded is not None
    card = loaded.card
    assert (card.code, card.category, card.district) == ("P009", "cleaning", "chaoyang")
    f = card.figures
    assert f.completed == 2  # the order of 400 days ago is outside the 90 days
    assert f.on_time_rate == 0.5
    assert f.mean_rating == 4.0
    assert (f.complaints, f.substantiated) == (2, 1)
    assert card.peers.peers == 5  # not the other district's, not the nanny's
    assert card.peers.figures is not None
    assert card.peers.figures.completed == 2
    assert card.peers.figures.mean_rating == 4.0
    assert card.peers.figures.complaints == 0
    [sanction] = card.sanctions
    assert sanction.level is SanctionLevel.WARNING
    assert sanction.appeal is not None
    assert sanction.appeal.status is AppealStatus.PENDING
    assert [c.id for c in card.certificates] == [1, 2]
    [result] = card.training  # the draft is not a result
    assert (result.course_code, result.course_name, result.theory) == ("TR-CLEAN", "保洁规范", 88)
    assert loaded.shown["order"] == {100, 101}


def test_no_such_provider() -> None:
    assert scorecard.load(scorecard_cache(), 999, NOW) is None


def test_a_role_without_complaints_still_loads() -> None:
    c = Cache(":memory:")
    put(c, "provider", [{"id": 9, "name": "x", "home_district": "chaoyang"}])
    loaded = scorecard.load(c, 9, NOW)
    assert loaded is not None
    assert loaded.card.figures.complaints == 0
    assert loaded.card.peers.figures is None
    assert scorecard.touches(c, 9, {"complaint": [1]}) is False


def test_touches_only_the_providers_rows() -> None:
    c = scorecard_cache()
    assert scorecard.touches(c, 9, {"provider": [9]})
    assert not scorecard.touches(c, 9, {"provider": [10]})
    assert scorecard.touches(c, 9, {"training_course": [4]})
    assert scorecard.touches(c, 9, {"order": [100]})
    assert not scorecard.touches(c, 9, {"order": [900], "complaint": [3]})
    assert scorecard.touches(c, 9, {"complaint": [1]})
    assert scorecard.touches(c, 9, {"order_event": [1000]})
    assert not scorecard.touches(c, 9, {"order_event": [5000 + 10 * 300]})
    assert scorecard.touches(c, 9, {"appeal": [1]})
    assert not scorecard.touches(c, 9, {"appeal": [7]})
    assert not scorecard.touches(c, 9, {})


def test_a_missing_table_reads_empty_and_other_errors_raise() -> None:
    c = Cache(":memory:")
    assert scorecard._query(c, "SELECT 1 FROM no_such_entity") == []
    with pytest.raises(sqlite3.OperationalError):
        scorecard._query(c, "SELECT no_such_column FROM sqlite_master")
