"""The zh_CN .ts read without Qt: every message has Chinese; Text renders in both languages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.i18n.catalogue import parse_ts, render, say, zh_catalogue
from app.rules.text import text

# Ideographs, or CJK / full-width punctuation ("%1：%2"), as tests/views/test_translations.py
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def test_catalogue_loads_and_every_translation_has_chinese() -> None:
    table = zh_catalogue()
    assert len(table) > 500
    missing = sorted(f"{ctx}: {src}" for (ctx, src), zh in table.items() if not CJK.search(zh))
    assert missing == [], "translations without a CJK character:\n" + "\n".join(missing)


def test_say_gives_chinese_and_english() -> None:
    assert say("AccountDialog", "User name", "zh") == "用户名"
    assert say("AccountDialog", "User name", "en") == "User name"
    assert say("Nowhere", "Not in the catalogue", "zh") == "Not in the catalogue"


def test_render_fills_parameters_after_translating() -> None:
    assert render(text("AccountDialog", "User name"), "zh") == "用户名"
    assert render(text("Nowhere", "{n} orders", n=3), "en") == "3 orders"


def test_unfinished_and_empty_translations_are_skipped(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context>'
        "<name>C</name>"
        "<message><source>Done</source><translation>完成</translation></message>"
        '<message><source>Half</source><translation type="unfinished">半</translation></message>'
        "<message><source>Empty</source><translation></translation></message>"
        "<message><source>None</source></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert parse_ts(ts) == {("C", "Done"): "完成"}


def test_a_missing_catalogue_leaves_texts_in_english(monkeypatch: Any, tmp_path: Path) -> None:
    from app.i18n import catalogue

    monkeypatch.setattr(catalogue, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    zh_catalogue.cache_clear()
    try:
        assert zh_catalogue() == {}
        assert say("AccountDialog", "User name", "zh") == "User name"
    finally:
        zh_catalogue.cache_clear()


def test_kpi_words_come_from_the_catalogue() -> None:
    from app.reports.kpi_words import kpi_words
    from app.rules.kpi.definitions import COMPLETED

    assert (
        kpi_words("zh_CN")(COMPLETED.title) == say("Kpi", COMPLETED.title, "zh") != COMPLETED.title
    )
    assert kpi_words("en")(COMPLETED.title) == COMPLETED.title
