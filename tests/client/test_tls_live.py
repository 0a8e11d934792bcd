"""TLS against a real HTTPS server: an untrusted certificate is refused with a message the
user understands; the same server is trusted once its CA bundle is configured."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path

import pytest

from app.client.errors import CertificateError, Unreachable
from tests.client.conftest import ApiFactory
from tests.client.live_server import ServerProcess, free_port


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1 and its key (PEM)."""
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "shangmen test")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """An HTTPS server (no demo data: only /health and /version are asked)."""
    folder = tmp_path_factory.mktemp("tls")
    server = ServerProcess(folder / "data", free_port(), demo=False, tls=self_signed(folder))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_an_untrusted_certificate_is_refused(
    https_server: ServerProcess, make_api: ApiFactory
) -> None:
    waits: list[float] = []
    api = make_api(https_server.url, sleep=waits.append)
    with pytest.raises(CertificateError) as info:
        api.check_server()
    assert not isinstance(info.value, Unreachable)
    assert waits == []  # not retried: trying again cannot make the certificate trusted
    assert info.value.text("zh").startswith("服务器证书不受信任")
    assert "not trusted" in info.value.text("en")


def test_a_configured_ca_bundle_is_trusted(
    https_server: ServerProcess, make_api: ApiFactory
) -> None:
    assert https_server.tls is not None
    api = make_api(https_server.url, verify=str(https_server.tls[0]))
    assert api.check_server().api_version >= 1
