"""Words the dispatch views share: list separators, a server sentence in the user's language,
and who may override."""

from __future__ import annotations

from app.client.dispatch import Words
from app.models.enums import Role
from app.rules import access
from app.views.i18n import current_language, pick

# Who may send an ineligible provider with a reason: the rule the server enforces.
OVERRIDE_ROLES: frozenset[Role] = access.OVERRIDE_ROLES


def list_sep() -> str:
    """Between names in a list: 、 in Chinese, a comma in English."""
    return pick("、", ", ")


def clause_sep() -> str:
    """Between reasons: ； in Chinese, a semicolon in English."""
    return pick("；", "; ")


def said(words: Words) -> str:
    """A server sentence (a reason, a score term) in the user's language."""
    return words.text(current_language())
