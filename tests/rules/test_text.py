"""Text: a context, an English source and parameters; the marker returns its source unchanged."""

from __future__ import annotations

from app.rules.text import QT_TRANSLATE_NOOP, Text, text


def test_marker_returns_the_source() -> None:
    assert QT_TRANSLATE_NOOP("Ctx", "Late by {minutes} min") == "Late by {minutes} min"


def test_text_keeps_parameters_sorted_and_renders_them() -> None:
    t = text("Ctx", "Late by {minutes} min at {site}", site="A", minutes=5)
    assert t == Text("Ctx", "Late by {minutes} min at {site}", (("minutes", 5), ("site", "A")))
    assert t.render("迟到 {minutes} 分钟（{site}）") == "迟到 5 分钟（A）"


def test_text_without_parameters_is_left_as_is() -> None:
    assert text("Ctx", "Braces {kept}").render("Braces {kept}") == "Braces {kept}"
