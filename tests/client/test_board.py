"""The board's rows: the search key, pooled values, and pinyin without touching the settings."""

from __future__ import annotations

import os

import pytest

from app.client import board
from app.client.board import BoardRowMaker, pinyin_initials, search_key

ORDER = (7, 2, "SM20261127-000007", "assigned", "cleaning", "chaoyang", "朝阳区建国路****", 3, 850,
         "2026-11-27T02:00:00+00:00", "2026-11-27T04:00:00+00:00", "2026-11-27T01:00:00+00:00",
         19900, 0)  # fmt: skip


def copy(text: str) -> str:
    """An equal string that is another object (as each row read from SQLite brings)."""
    return "".join(list(text))


def test_a_rows_search_key_is_the_one_search_key_builds() -> None:
    row = BoardRowMaker().row(ORDER, "张三", "李秀英")

    assert row.search_key == search_key(row.code, "张三", row.address, "李秀英")
    assert {"sm20261127-000007", "zs", "lxy", "朝阳区建国路****"} <= set(row.search_key.split())


def test_rows_share_equal_values_until_the_pools_are_trimmed() -> None:
    maker = BoardRowMaker()
    first = maker.row(ORDER, copy("张三"), copy("李秀英"))
    second = maker.row(ORDER, copy("张三"), copy("李秀英"))
    assert second.customer_name is first.customer_name  # pooled: one copy in memory

    maker.LIMIT = 2
    maker.trim()
    third = maker.row(ORDER, copy("张三"), copy("李秀英"))

    assert third == first  # the same row ...
    assert third.customer_name is not first.customer_name  # ... from fresh pools


def test_pinyin_is_loaded_without_changing_the_users_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYPINYIN_NO_PHRASES", "user-value")
    monkeypatch.delenv("PYPINYIN_NO_DICT_COPY", raising=False)
    board._initials_of.cache_clear()
    pinyin_initials.cache_clear()

    assert pinyin_initials("王芳") == "wf"
    assert pinyin_initials("Li Na") == "li na"  # ASCII passes through, lower-cased
    assert os.environ["PYPINYIN_NO_PHRASES"] == "user-value"
    assert "PYPINYIN_NO_DICT_COPY" not in os.environ
