"""The KPI titles and formulas in the report's language without Qt (the server's reports):
read from the same translation source file the desktop's ``.qm`` is built from (context
"Kpi"), so a report made by the server and one exported on a desk say the same words."""

from __future__ import annotations

import functools
from collections.abc import Callable
from xml.etree import ElementTree

from app.resources_path import resource_path

CONTEXT = "Kpi"


@functools.cache
def _table(lang: str) -> dict[str, str]:
    path = resource_path("translations", f"shangmen_{lang}.ts")
    if not path.is_file():
        return {}
    table: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, text = message.findtext("source"), message.findtext("translation")
            if source and text:
                table[source] = text
    return table


def kpi_words(lang: str) -> Callable[[str], str]:
    """English KPI source text -> ``lang`` (the source itself where there is no translation)."""
    table = _table(lang)
    return lambda source: table.get(source, source)
