"""Server paths: built in one place, refusing what the server has no path for."""

from __future__ import annotations

import pytest

from app.client import endpoints


def test_reveal_is_only_for_entities_with_masked_fields() -> None:
    assert endpoints.reveal("customer", 12) == "/api/v1/customers/12/reveal"
    assert endpoints.reveal("provider", 850) == "/api/v1/providers/850/reveal"
    assert endpoints.reveal("order", 7) == "/api/v1/orders/7/reveal"
    with pytest.raises(ValueError, match="complaint has no revealable fields"):
        endpoints.reveal("complaint", 7)


def test_an_id_cannot_smuggle_more_path_into_a_url() -> None:
    assert endpoints.item("training_session", 3) == "/api/v1/training-sessions/3"
    with pytest.raises(ValueError, match="invalid literal for int"):
        endpoints.order("7/cancel")  # type: ignore[arg-type]
