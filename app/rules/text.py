"""A user-facing text named by rules and reports, translated later by one catalogue.

Rules stay pure: they return ``Text`` (a Qt context, the English source text and its
parameters) instead of (Chinese, English) pairs; ``app.i18n.catalogue`` turns it into either
language. ``QT_TRANSLATE_NOOP("Ctx", "...")`` is the marker lupdate sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context``; returns it unchanged."""
    del context
    return source


@dataclass(frozen=True)
class Text:
    """An English source text in a translation context, with ``str.format`` parameters."""

    context: str
    source: str
    params: tuple[tuple[str, object], ...] = field(default=())

    def render(self, template: str) -> str:
        """``template`` (the source or its translation) with the parameters filled in."""
        return template.format(**dict(self.params)) if self.params else template


def text(context: str, source: str, **params: object) -> Text:
    """A ``Text``: ``text("Ctx", QT_TRANSLATE_NOOP("Ctx", "..."), n=3)`` so lupdate sees it."""
    return Text(context, source, tuple(sorted(params.items())))
