"""Kernel receive stamps (provtui.core.rxstamp): real loopback sockets, plain and TLS.

What is checked is *where* the time comes from, with margins of hundreds of ms: bytes that
arrive while the event loop is blocked are stamped when they arrived, not when the loop got
to them.  No figure of speed is asserted.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ssl
import sys
import time
from pathlib import Path

import httpcore
import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent / "bench"))

from common import server, target  # noqa: E402

from provtui.core import rxstamp  # noqa: E402
from provtui.core.events import TextDelta, TurnFinished  # noqa: E402

pytestmark = pytest.mark.skipif(not rxstamp.supported(),
                                reason="SO_TIMESTAMPNS needs Linux: kernel stamps are off here")

BLOCK_S = 0.5


def test_tokens_arriving_while_the_loop_is_blocked_keep_their_arrival_time() -> None:
    """One event loop does everything (the old `provtui run` shape) and a consumer blocks it
    for 0.5 s at the first token: the next tokens (written 30 ms apart meanwhile) still carry
    the times the server wrote them, because the kernel stamped them."""
    from provtui.core.fanout import Fanout, SessionPlan

    async def go(url: str) -> tuple[list[TextDelta], float]:
        plan = SessionPlan(prompt="go", targets=[target(url, name="k")])
        deltas: list[TextDelta] = []
        released = 0.0
        async with Fanout(plan) as fan:
            async for event in fan.stream_all():
                if isinstance(event, TextDelta):
                    deltas.append(event)
                    if len(deltas) == 1:
                        time.sleep(BLOCK_S)  # blocks the loop: no read happens meanwhile
                        released = time.monotonic()
        return deltas, released

    with server() as srv:
        deltas, released = asyncio.run(go(srv.url("timed/50/5/30/blocked")))
        writes = [t for t, _n in srv.log()[0]["writes"][:5]]
    assert [d.text for d in deltas] == [" road", " time", " data", " fast", " cell"]
    for d, t_write in zip(deltas, writes):
        assert d.t >= t_write - 0.001, "stamped before the server wrote the bytes"
    # the tokens after the first arrived during the block; their stamps say so
    late = [round(1000 * (d.t - released)) for d in deltas[1:] if d.t >= released]
    assert not late, f"stamps taken after the loop was free again (ms after): {late}"
    # (tokens that arrive together in one late read share the newest one's arrival time: the
    # kernel keeps one stamp per read, the newest segment's; still never later than that)


def _self_signed(tmp: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp / "cert.pem", tmp / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


async def test_tls_stream_reads_whole_answer_with_kernel_stamps(tmp_path: Path,
                                                                monkeypatch) -> None:
    """Through provtui's own transport: the verified context (here trusting the test's CA
    through SSL_CERT_FILE, as httpx honours it) is built at the first https connection."""
    pytest.importorskip("cryptography", reason="cryptography makes the test certificate")
    from provtui.core.chat import build_request_body, stream_chat

    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    words = [f" w{i}" for i in range(200)]
    body = b"".join(b'data: {"choices":[{"index":0,"delta":{"content":"%s"}}]}\n\n'
                    % w.encode() for w in words)
    body += b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'
    body += b"data: [DONE]\n\n"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = int([ln for ln in head.decode().split("\r\n")
                      if ln.lower().startswith("content-length")][0].split(":")[1])
        await reader.readexactly(length)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                     b"Content-Length: %d\r\n\r\n" % len(body))
        for i in range(0, len(body), 700):  # many TLS records, several reads
            writer.write(body[i:i + 700])
            await writer.drain()
            await asyncio.sleep(0.002)
        writer.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=server_ctx)
    port = srv.sockets[0].getsockname()[1]
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    monkeypatch.setattr(rxstamp, "_verified", [])
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    transport = rxstamp.stamped_transport(httpx.Limits())
    assert transport is not None
    try:
        async with httpx.AsyncClient(transport=transport) as client:
            from provtui.core.config import ProviderConfig, TargetConfig

            provider = ProviderConfig(name="tls", base_url=f"https://localhost:{port}/v1")
            tgt = TargetConfig(name="tls:m", provider=provider, model="m")
            req = build_request_body(tgt, [{"role": "user", "content": "go"}], None, {})
            t0 = time.monotonic()
            events = [e async for e in stream_chat(client, tgt, req, run=0, turn=0,
                                                   api_key=None)]
            t1 = time.monotonic()
    finally:
        srv.close()
        await srv.wait_closed()
    final = events[-1]
    assert isinstance(final, TurnFinished), final
    assert final.content == "".join(words)
    assert rxstamp._verified, "the TLS connection did not use the verified context"
    stamps = [e.t for e in events if isinstance(e, TextDelta)]
    assert stamps == sorted(stamps) and t0 <= stamps[0] and stamps[-1] <= t1


async def test_connection_refused_is_a_connect_error() -> None:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(httpcore.ConnectError):
        await rxstamp.StampedBackend().connect_tcp("127.0.0.1", port, timeout=5)


def test_fake_clocks_are_never_mixed_with_kernel_stamps() -> None:
    fake = lambda: 42.0  # noqa: E731
    response = httpx.Response(200)
    assert rxstamp.arrival_clock(response, fake) is fake
    assert rxstamp.arrival_clock(response, time.monotonic) is time.monotonic


def test_a_proxy_in_the_environment_keeps_httpx_own_transport(monkeypatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    assert rxstamp.stamped_transport(httpx.Limits()) is None
    monkeypatch.delenv("HTTPS_PROXY")
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    assert isinstance(rxstamp.stamped_transport(httpx.Limits()), httpx.AsyncHTTPTransport)


async def test_an_untrusted_certificate_is_refused(tmp_path: Path, monkeypatch) -> None:
    """The placeholder context never reaches a handshake: verification stays on."""
    pytest.importorskip("cryptography", reason="cryptography makes the test certificate")
    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=server_ctx)
    port = srv.sockets[0].getsockname()[1]
    for var in ("SSL_CERT_FILE", "SSL_CERT_DIR", "http_proxy", "https_proxy", "all_proxy",
                "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(rxstamp, "_verified", [])
    transport = rxstamp.stamped_transport(httpx.Limits())
    try:
        async with httpx.AsyncClient(transport=transport) as client:
            with pytest.raises(httpx.ConnectError, match="(?i)certificate"):
                await client.get(f"https://localhost:{port}/v1/models")
    finally:
        srv.close()
        await srv.wait_closed()
