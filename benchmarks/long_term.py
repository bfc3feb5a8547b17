"""``extend --level B-LTA`` speed, against pyHanko's own way measured in the same run.

Run: ``python benchmarks/long_term.py [--runs N]``. The 7-party example agreement is signed by
its seven signatories at B-T (the first certifies) with a timestamp server on loopback; then,
in one warm process, medians of:

- ours: :func:`extend_pdf` to B-LTA (one update with a DSS holding every signature's chain, the
  network's CRL and VRI entries; a second with the document timestamp over it), written
  atomically to disk;
- stock pyHanko: ``async_add_validation_info`` for each signature (its public DSS update,
  one incremental update each) and then ``PdfTimeStamper.async_timestamp_pdf`` with the same
  validation context, in memory.

Both ask the same local timestamp server. Aim: ours <= 1.0x stock.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "signing"))  # the test PKI
sys.path.insert(0, str(ROOT / "tests"))  # the loopback timestamp server

AIM = 1.0
PARTIES = 7


def median_ms(action: Callable[[], object], runs: int, warm: int = 2) -> float:
    for _ in range(warm):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def signed_agreement(folder: Path, tsa_url: str):
    """The 7-party agreement signed by all at B-T; returns (path, CA certificate, CRL)."""
    from agreement_studio.agreement import example_agreement
    from agreement_studio.pdf import render_agreement
    from agreement_studio.signing import create_network_ca, sign_pdf

    agreement = example_agreement(parties=PARTIES, language="fi")
    current = folder / "prepared.pdf"
    current.write_bytes(render_agreement(agreement))
    ca = create_network_ca(
        name="Benchmark Network CA", org="Benchmark network", crl_url="http://127.0.0.1:9/n.crl"
    )
    for number, (party, signatory, field) in enumerate(agreement.signatures()):
        identity = ca.issue(name=signatory.name, org=party.name)
        current = sign_pdf(
            current,
            identity,
            output=folder / f"signed-{number + 1}.pdf",
            field=field,
            certify=number == 0,
            tsa_url=tsa_url,
        ).output
    return current, ca.certificate, ca.crl()


def bench_extend(signed: Path, trust: list, crls: list[bytes], tsa_url: str, runs: int) -> dict:
    """Medians (ms) of our extend and of pyHanko's own DSS updates + document timestamp."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
    from pyhanko.sign.timestamps.aiohttp_client import HTTPTimeStamper
    from pyhanko.sign.validation.dss import async_add_validation_info

    from agreement_studio.signing.long_term import extend_pdf, validation_context

    data = signed.read_bytes()
    out = signed.with_name("extended.pdf")

    def ours() -> None:
        extend_pdf(data, output=out, level="B-LTA", tsa_url=tsa_url, trust=trust, crls=crls)

    stock_client = HTTPTimeStamper(tsa_url, timeout=20)

    async def stock_async() -> bytes:
        context = validation_context(trust, crls=crls)
        buffer = io.BytesIO(data)
        count = len(PdfFileReader(buffer).embedded_signatures)
        for index in range(count):  # each DSS update is a new revision; re-read in between
            signature = PdfFileReader(buffer).embedded_signatures[index]
            await async_add_validation_info(signature, context, in_place=True)
        writer = IncrementalPdfFileWriter(buffer)
        result = await PdfTimeStamper(
            stock_client, field_name="doc-timestamp-1"
        ).async_timestamp_pdf(writer, "sha256", validation_context=context, output=io.BytesIO())
        return result.getvalue()

    def stock() -> None:
        asyncio.run(stock_async())

    return {
        "ours": median_ms(ours, runs),
        "stock": median_ms(stock, runs),
        "size": len(data),
        "extended": out.stat().st_size,
    }


def main() -> int:
    import logging

    from signing_pki import make_certificate, rsa_key

    from agreement_studio.signing import warm_up
    from signing_tsa import TimestampServer

    logging.getLogger("pyhanko").setLevel(logging.ERROR)  # the stock path's soft-fail notices

    parser = argparse.ArgumentParser(description="extend --level B-LTA speed")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    warm_up()
    root, root_key = make_certificate(name="Bench TSA Root", org="T", key=rsa_key(), ca=True)
    cert, key = make_certificate(
        name="Bench TSA", org="T", key=rsa_key(), issuer=root, issuer_key=root_key,
        usage={"digital_signature": True}, time_stamping=True,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp, TimestampServer(cert, key, chain=[root]) as tsa:
        signed, ca_cert, crl = signed_agreement(Path(tmp), tsa.url)
        result = bench_extend(signed, [ca_cert, root], [crl], tsa.url, args.runs)
    ratio = result["ours"] / result["stock"]
    print(
        f"extend --level B-LTA on the {PARTIES}-signature agreement "
        f"({result['size'] / 1024:.0f} KiB -> {result['extended'] / 1024:.0f} KiB), "
        f"local TSA, warm, median of {args.runs}:"
    )
    print(f"  ours (DSS, then document timestamp, atomic write)         {result['ours']:8.1f} ms")
    print(
        f"  stock pyHanko (DSS update per signature + PdfTimeStamper)  {result['stock']:8.1f} ms"
        f"   ours/stock = {ratio:.3f}"
    )
    print(f"  aim <= {AIM}x stock: {'met' if ratio <= AIM else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
