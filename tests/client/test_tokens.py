"""TokenStore: keyring only; without a usable keyring it says so once and keeps nothing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from app.client.tokens import SERVICE, TokenStore


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")


class UnreadableKeyring(MemoryKeyring):
    """A keyring whose daemon went away after the store was made."""

    def get_password(self, service: str, username: str) -> str | None:
        raise OSError("dbus connection lost")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


class EmptyChain(chainer.ChainerBackend):
    """keyring's chainer when it found no backend to chain (a minimal Linux install)."""

    backends = ()


def test_token_round_trip_under_service_and_server_user_key() -> None:
    ring = MemoryKeyring()
    store = TokenStore(ring)
    assert store.available
    assert store.warning is None
    assert store.save("https://desk:8443", "dispatcher", "tok-1")
    assert ring.secrets == {(SERVICE, "https://desk:8443|dispatcher"): "tok-1"}
    assert store.load("https://desk:8443", "dispatcher") == "tok-1"
    assert store.load("https://other", "dispatcher") is None
    store.delete("https://desk:8443", "dispatcher")
    store.delete("https://desk:8443", "dispatcher")  # nothing left: no error
    assert store.load("https://desk:8443", "dispatcher") is None


def test_no_keyring_means_unavailable_with_one_warning(
    caplog: pytest.LogCaptureFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.WARNING, logger="app.client.tokens"):
        store = TokenStore(fail.Keyring())  # type: ignore[no-untyped-call]
        assert not store.available
        assert store.warning is not None
        assert "钥匙串" in store.warning
        assert store.save("https://desk", "agent", "tok-secret") is False
        assert store.load("https://desk", "agent") is None
        store.delete("https://desk", "agent")
    assert len(caplog.records) == 1
    assert "tok-secret" not in caplog.text
    assert list(tmp_path.iterdir()) == []  # nothing written as a fallback


def test_a_failing_keyring_disables_the_store_once(caplog: pytest.LogCaptureFixture) -> None:
    store = TokenStore(BrokenKeyring())
    with caplog.at_level(logging.WARNING, logger="app.client.tokens"):
        assert store.save("https://desk", "agent", "tok-secret") is False
        assert store.save("https://desk", "agent", "tok-secret") is False
    assert not store.available
    assert store.warning is not None
    assert len(caplog.records) == 1
    assert "tok-secret" not in caplog.text


@pytest.mark.parametrize(
    "backend",
    [EmptyChain(), null.Keyring()],  # type: ignore[no-untyped-call]
    ids=["empty chain", "null"],
)
def test_backends_that_keep_nothing_are_not_a_keyring(backend: KeyringBackend) -> None:
    store = TokenStore(backend)
    assert not store.available
    assert store.warning is not None
    assert "No usable system keyring" in store.warning


def test_the_backend_is_named_by_its_module_and_class() -> None:
    assert TokenStore(MemoryKeyring()).backend_name == f"{__name__}.MemoryKeyring"
    assert TokenStore(fail.Keyring()).backend_name == "keyring.backends.fail.Keyring"  # type: ignore[no-untyped-call]


@pytest.mark.parametrize("step", ["load", "delete"])
def test_a_keyring_failing_on_read_or_delete_disables_the_store(
    step: str, caplog: pytest.LogCaptureFixture
) -> None:
    ring = UnreadableKeyring()
    store = TokenStore(ring)
    assert store.save("https://desk", "agent", "tok-secret")
    with caplog.at_level(logging.WARNING, logger="app.client.tokens"):
        if step == "load":
            assert store.load("https://desk", "agent") is None
        else:
            store.delete("https://desk", "agent")
    assert not store.available
    assert store.warning is not None
    assert "keyring failed" in store.warning
    assert store.load("https://desk", "agent") is None  # not asked again
    assert len(caplog.records) == 1
    assert "tok-secret" not in caplog.text
