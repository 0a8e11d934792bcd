"""Role projections of feed payloads: the fast text path equals decoding and filtering."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import Role
from app.server.projections import for_role, strip_json_fields

values = st.one_of(st.integers(), st.text(max_size=8), st.none(), st.lists(st.text(max_size=3)))


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=8).filter(lambda k: k != "id_number"), values, max_size=6
    ),
    st.from_regex(r"[0-9X*]{0,18}", fullmatch=True),
    st.integers(0, 6),
)
def test_stripping_text_equals_decoding(others: dict[str, object], masked: str, at: int) -> None:
    items = list(others.items())
    items.insert(min(at, len(items)), ("id_number", masked))
    raw = json.dumps(dict(items), ensure_ascii=False, separators=(",", ":"))
    stripped = strip_json_fields(raw, ["id_number"])
    assert stripped is not None
    assert json.loads(stripped) == for_role("provider", dict(items), Role.DISPATCHER)


def test_an_unusual_value_falls_back_to_decoding() -> None:
    assert strip_json_fields('{"id_number":null,"b":1}', ["id_number"]) is None
