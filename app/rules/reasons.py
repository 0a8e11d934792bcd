"""A rule's verdict in words: a machine code plus a sentence in Chinese and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a rule said no (or what is still missing).

    ``code`` is stable and machine-readable; ``zh`` and ``en`` are for people.
    """

    code: str
    zh: str
    en: str

    def text(self, lang: str) -> str:
        """The sentence in ``lang`` ("zh_CN" or "en"); Chinese is the default."""
        return self.en if lang.startswith("en") else self.zh


def reason_wire(reason: Reason) -> dict[str, str]:
    """A reason as the API sends it and the desktop's assembled details carry it (the same
    shape as ``ApiError`` bodies)."""
    return {"code": reason.code, "message": reason.zh, "message_en": reason.en}
