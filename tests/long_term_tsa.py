"""A local RFC 3161 timestamp server for the register's and the window's long-term tests.

A copy of the essentials of ``tests/signing/signing_tsa.py`` (test helpers are not shared
across test folders): an aiohttp server on 127.0.0.1 in a background thread; the tokens are made
by pyHanko's ``DummyTimeStamper`` with a TSA certificate issued by a throw-away root.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import socket
import threading
from collections.abc import Iterator

from aiohttp import web
from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps import DummyTimeStamper

_DER = serialization.Encoding.DER


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Aikaleimat"),
        ]
    )


def tsa_certificates() -> tuple[x509.Certificate, x509.Certificate, object]:
    """A root, a timestamping certificate it issued, and that certificate's key."""
    now = dt.datetime.now(dt.UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (
        x509.CertificateBuilder()
        .subject_name(_name("Test TSA Root"))
        .issuer_name(_name("Test TSA Root"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False
        )
        .sign(root_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's is RSA-only
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Test TSA"))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    return root, cert, key


class TimestampServer:
    """``with TimestampServer() as tsa: tsa.url, tsa.root, tsa.requests``."""

    def __init__(self) -> None:
        self.root, cert, key = tsa_certificates()
        self._stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(_DER)),
            tsa_key=keys.PrivateKeyInfo.load(
                key.private_bytes(
                    _DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
            ),
            certs_to_embed=[asn1_x509.Certificate.load(self.root.public_bytes(_DER))],
        )
        self.requests = 0
        self.url = ""
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.Response:
        self.requests += 1
        query = tsp.TimeStampReq.load(await request.read())
        reply = await self._stamper.async_request_tsa_response(query)
        return web.Response(body=reply.dump(), content_type="application/timestamp-reply")

    async def _start(self) -> str:
        app = web.Application()
        app.router.add_post("/", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))  # any free port, on loopback only
        await web.SockSite(self._runner, listener).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}/"

    def __enter__(self) -> TimestampServer:
        self._thread.start()
        self.url = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()


@contextlib.contextmanager
def local_tsa() -> Iterator[TimestampServer]:
    """A running local timestamp server."""
    with TimestampServer() as server:
        yield server


def dead_url() -> str:
    """A loopback address on which nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"
