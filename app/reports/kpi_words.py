"""The KPI titles and formulas in the report's language without Qt (the server's reports):
read from the one translation catalogue (context "Kpi", app/i18n), so a report made by the
server and one exported on a desk say the same words."""

from __future__ import annotations

from collections.abc import Callable

from app.i18n.catalogue import say
from app.reports.labels import is_en

CONTEXT = "Kpi"


def kpi_words(lang: str) -> Callable[[str], str]:
    """English KPI source text -> ``lang`` (the source itself where there is no translation)."""
    language = "en" if is_en(lang) else "zh"
    return lambda source: say(CONTEXT, source, language)
