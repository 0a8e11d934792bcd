"""PySide6 must survive a day's worth of signal traffic (DESIGN.md: the 6.12.0 ``bool_dealloc``
abort after a few thousand emits). A million emits through connected slots, counted."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal, Slot

pytestmark = pytest.mark.gui

EMITS = 1_000_000


class Emitter(QObject):
    flag = Signal(bool)
    text = Signal(str)


class Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.trues = 0
        self.falses = 0
        self.chars = 0

    @Slot(bool)
    def on_flag(self, value: bool) -> None:
        if value:
            self.trues += 1
        else:
            self.falses += 1

    @Slot(str)
    def on_text(self, value: str) -> None:
        self.chars += len(value)


def test_a_million_bool_emits_and_a_million_str_emits(qapp: object) -> None:
    emitter, counter = Emitter(), Counter()
    emitter.flag.connect(counter.on_flag)
    emitter.text.connect(counter.on_text)
    true_refs = sys.getrefcount(True)

    emit_flag, emit_text = emitter.flag.emit, emitter.text.emit
    for i in range(EMITS):
        emit_flag(i % 2 == 0)
    for _ in range(EMITS):
        emit_text("派单")

    assert (counter.trues, counter.falses) == (EMITS // 2, EMITS // 2)
    assert counter.chars == 2 * EMITS
    # The 6.12.0 bug lost one reference to True per emit; a healthy build keeps them even.
    assert abs(sys.getrefcount(True) - true_refs) < 1000
