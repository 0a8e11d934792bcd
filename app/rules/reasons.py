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
