"""The one error the training rules raise: a step they do not allow, with its reason."""

from __future__ import annotations

from app.rules.reasons import Reason


def problem(code: str, zh: str, en: str) -> Reason:
    return Reason(code, zh, en)


class TrainingRuleError(ValueError):
    """A training step the rules refuse; ``reason`` says why."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(f"{reason.code}: {reason.en}")
        self.reason = reason
