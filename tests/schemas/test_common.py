"""The shared field types refuse what the database or datetime arithmetic cannot take."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from app.schemas.common import DB_INT_MAX, EARLIEST, LATEST, DbId, Instant, Text
from app.schemas.dispatch import PlanRequest

CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]


class Probe(BaseModel):
    text: Text = ""
    at: Instant | None = None
    id: DbId | None = None


def error_types(**fields: object) -> set[str]:
    with pytest.raises(ValidationError) as info:
        Probe.model_validate(fields)
    return {e["type"] for e in info.value.errors()}


@given(st.text(alphabet=st.characters(blacklist_characters=CONTROLS, blacklist_categories=["Cs"])))
def test_text_without_control_characters_passes(text: str) -> None:
    assert Probe(text=text).text == text


@given(st.text(), st.sampled_from(CONTROLS), st.integers(min_value=0))
def test_any_control_character_other_than_tab_and_newlines_is_refused(
    text: str, control: str, where: int
) -> None:
    at = where % (len(text) + 1)
    assert error_types(text=text[:at] + control + text[at:]) == {"control_characters"}


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)))
def test_instants_must_be_aware_and_within_the_service_years(naive: datetime) -> None:
    assert error_types(at=naive.isoformat()) == {"timezone_aware"}
    aware = naive.replace(tzinfo=UTC)
    if EARLIEST <= aware < LATEST:
        assert Probe(at=aware).at == aware
    else:
        assert error_types(at=aware.isoformat()) == {"datetime_out_of_range"}


@given(st.integers())
def test_ids_fit_a_postgresql_integer(value: int) -> None:
    if 1 <= value <= DB_INT_MAX:
        assert Probe(id=value).id == value
    else:
        assert error_types(id=value) <= {"greater_than_equal", "less_than_equal"}


@given(st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=3)))
def test_a_plan_window_is_forward_and_at_most_two_days(length: timedelta) -> None:
    start = datetime(2026, 12, 3, 8, tzinfo=UTC)
    body = {"window_start": start, "window_end": start + length}
    if timedelta(0) < length <= timedelta(days=2):
        assert PlanRequest.model_validate(body).window_end == start + length
    else:
        with pytest.raises(ValidationError) as info:
            PlanRequest.model_validate(body)
        expected = "window_order" if length <= timedelta(0) else "window_too_long"
        assert [e["type"] for e in info.value.errors()] == [expected]


def test_schemas_load_without_the_server_or_the_web_framework() -> None:
    """The client imports these; they must not drag FastAPI, SQLAlchemy or Qt along."""
    code = (
        "import sys, pkgutil, importlib, app.schemas as p\n"
        "for m in pkgutil.iter_modules(p.__path__):\n"
        "    importlib.import_module(f'app.schemas.{m.name}')\n"
        "bad = [m for m in ('fastapi', 'starlette', 'sqlalchemy', 'PySide6', 'app.server',"
        " 'app.client') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
