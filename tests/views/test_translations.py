"""Chinese is complete and the default; English is complete; the catalogues match the code."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.models.enums import OrderStatus
from app.rules.orders import STATUS_NAMES
from app.views import i18n
from app.views.board.filter import Column
from app.views.board.model import OrderBoardModel
from app.views.labels import status_name
from tests.views.fakes import NOW, make_row

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    out: dict[tuple[str, str], ET.Element] = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            out[(name, message.findtext("source") or "")] = translation
    return out


@pytest.mark.parametrize("name", ["shangmen_zh_CN.ts", "shangmen_en.ts"])
def test_every_message_is_translated_and_finished(name: str) -> None:
    found = messages(TS_DIR / name)

    assert found
    unfinished = [k for k, t in found.items() if t.get("type") == "unfinished" or not t.text]
    assert unfinished == []


def test_chinese_catalogue_really_is_chinese() -> None:
    found = messages(TS_DIR / "shangmen_zh_CN.ts")

    def chinese(ch: str) -> bool:  # ideographs, or CJK / full-width punctuation ("%1：%2")
        return (
            "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
        )

    untranslated = [k for k, t in found.items() if not any(chinese(ch) for ch in t.text or "")]
    assert untranslated == []
    for zh, en in STATUS_NAMES.values():
        assert found[("OrderStatus", en)].text == zh


def test_catalogues_match_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    scanned = ("views", "rules", "reports", "server", "i18n")  # as `make lupdate`
    sources = sorted(str(p) for d in scanned for p in (ROOT / "app" / d).rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    assert set(messages(fresh)) == set(messages(TS_DIR / "shangmen_zh_CN.ts"))
    assert set(messages(fresh)) == set(messages(TS_DIR / "shangmen_en.ts"))


def test_board_speaks_chinese(chinese: None) -> None:
    model = OrderBoardModel(clock=lambda: NOW)
    model.set_rows([make_row(1, status="pending", district="chaoyang", category="cleaning")])

    assert status_name(OrderStatus.EN_ROUTE) == "在途"
    assert model.headerData(Column.CODE, Qt.Orientation.Horizontal) == "订单号"
    row = [model.index(0, c).data() for c in Column]
    assert row[Column.STATUS] == "待派单"
    assert row[Column.DISTRICT] == "朝阳区"
    assert row[Column.CATEGORY] == "日常保洁"


def test_chinese_is_the_default_language() -> None:
    assert i18n.DEFAULT_LANGUAGE == "zh_CN"
    assert i18n.normalize_language(None) == "zh_CN"
    assert i18n.normalize_language("") == "zh_CN"
    assert i18n.normalize_language("en_US") == "en"


def test_english_names_come_from_the_rules() -> None:
    i18n.set_language_for_tests("en")
    try:
        assert i18n.district_name("chaoyang") == "Chaoyang"
        assert i18n.category_name("cleaning") == "Regular cleaning"
    finally:
        i18n.set_language_for_tests("zh_CN")
