"""A rule's verdict in words: the sentence a person reads and the shape the API sends."""

from __future__ import annotations

from app.rules.reasons import Reason, reason_wire

CLOSED = Reason("complaint.closed", "工单已关闭。", "The ticket is closed.")


def test_chinese_is_the_default_and_english_is_chosen_by_its_language_code() -> None:
    assert CLOSED.text("zh_CN") == "工单已关闭。"
    assert CLOSED.text("") == "工单已关闭。"
    assert CLOSED.text("en") == "The ticket is closed."
    assert CLOSED.text("en_US") == "The ticket is closed."


def test_a_reason_on_the_wire_has_the_api_error_shape() -> None:
    assert reason_wire(CLOSED) == {
        "code": "complaint.closed",
        "message": "工单已关闭。",
        "message_en": "The ticket is closed.",
    }
