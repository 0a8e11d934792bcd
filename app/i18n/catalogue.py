"""The zh_CN Qt .ts file read as a plain dictionary, so the server and the PDFs need no Qt.

The .ts files in ``resources/translations`` stay the single source of Chinese; this module only
reads them. ``say(context, source, language)`` gives the text in "zh" or "en" (English is the
source text itself).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from app.resources_path import resource_path
from app.rules.text import Text

ZH_TS_NAME = "shangmen_zh_CN.ts"
log = logging.getLogger(__name__)


def parse_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of every finished, non-empty message in one .ts file."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text
    return table


@lru_cache(maxsize=1)
def zh_catalogue() -> dict[tuple[str, str], str]:
    """The bundled zh_CN catalogue, read once per process; empty (every text in English, the
    self-test says so) when the file is missing, rather than an error in every answer."""
    path = resource_path("translations", ZH_TS_NAME)
    if not path.is_file():
        log.error("translation catalogue %s is missing: texts stay in English", path)
        return {}
    return parse_ts(path)


def say(context: str, source: str, language: str) -> str:
    """``source`` in ``language`` ("zh" or "en"); an untranslated text falls back to the English."""
    if language == "zh":
        return zh_catalogue().get((context, source), source)
    return source


def render(text: Text, language: str) -> str:
    """A rule's or report's ``Text`` in ``language``, parameters filled in."""
    return text.render(say(text.context, text.source, language))
