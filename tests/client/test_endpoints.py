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


def test_complaint_commands_have_their_paths_and_no_others() -> None:
    assert endpoints.COMPLAINTS == "/api/v1/complaints"
    assert endpoints.ticket_command(41, "start_investigation") == (
        "/api/v1/complaints/41/start-investigation"
    )
    assert endpoints.ticket_command(41, "log_callback") == "/api/v1/complaints/41/callbacks"
    with pytest.raises(ValueError, match="unknown complaint action 'delete'"):
        endpoints.ticket_command(41, "delete")
