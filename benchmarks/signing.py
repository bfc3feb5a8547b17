"""Signing and verification speed, against stock pyHanko measured in the same run.

Run: ``python benchmarks/signing.py [--runs N] [--files N]``. On the 4-party example agreement
it prints (medians after a warm-up):

- our signature (``sign_pdf`` with an identity loaded from a PKCS#12 file, written atomically);
- stock pyHanko ``sign_pdf`` with a ``SimpleSigner`` loaded from the same PKCS#12 file, both
  loading the file for every signature (as a script calling pyHanko would) and with the signer
  loaded once (the fairer comparison), each writing to memory;
- the floor: SHA-256 of the file plus one private-key operation;
- our verification of the agreement signed by three signatories, against stock pyHanko's
  ``validate_pdf_signature`` over the same three signatures with the same trust root;
- ``agreement-studio verify --jobs 1`` against ``--jobs 2`` on N copies (default 200).

Aims: signing <= 0.35x stock pyHanko; verification <= 0.6x stock; --jobs 2 >= 1.7x faster.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from agreement_studio.agreement import example_agreement  # noqa: E402
from agreement_studio.pdf import render_agreement  # noqa: E402
from agreement_studio.signing import (  # noqa: E402
    create_network_ca,
    issue_identity,
    load_pkcs12,
    sign_pdf,
    warm_up,
)
from agreement_studio.verification import TrustStore, verify_pdf  # noqa: E402

PASSWORD = "benchmark password"
AIM_SIGN, AIM_VERIFY, AIM_JOBS = 0.35, 0.6, 1.7


def median_ms(action: Callable[[], object], runs: int, warm: int = 2) -> float:
    for _ in range(warm):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def setup(folder: Path):
    agreement = example_agreement(parties=4, language="fi")
    prepared = folder / "prepared.pdf"
    prepared.write_bytes(render_agreement(agreement))
    ca = create_network_ca(name="Benchmark Network CA", org="Benchmark network")
    (folder / "ca.pem").write_bytes(ca.certificate_pem())
    files = []
    for party in agreement.parties[:3]:
        signatory = party.signatories[0]
        identity = issue_identity(
            ca, name=signatory.name, org=party.name, business_id=party.business_id
        )
        path = folder / f"{party.business_id}.p12"
        identity.save_pkcs12(path, PASSWORD)
        files.append(path)
    fields = [field for _, _, field in agreement.signatures()]
    return prepared, files, fields


def bench_signing(folder: Path, prepared: Path, p12: Path, field: str, runs: int) -> dict:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields as pyhanko_fields
    from pyhanko.sign import signers

    data = prepared.read_bytes()
    identity = load_pkcs12(p12, PASSWORD)
    out = folder / "ours.pdf"
    ours = median_ms(
        lambda: sign_pdf(data, identity, output=out, field=field, overwrite=True), runs
    )

    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=pyhanko_fields.SigSeedSubFilter.PADES
    )

    def stock_with(signer) -> None:
        writer = IncrementalPdfFileWriter(BytesIO(data))
        signers.sign_pdf(writer, meta, signer=signer, output=BytesIO())

    def stock_loading() -> None:
        stock_with(signers.SimpleSigner.load_pkcs12(str(p12), passphrase=PASSWORD.encode()))

    loaded = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=PASSWORD.encode())
    stock_load = median_ms(stock_loading, max(5, runs // 3), warm=1)
    stock_loaded = median_ms(lambda: stock_with(loaded), runs)

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12

    key = pkcs12.load_key_and_certificates(p12.read_bytes(), PASSWORD.encode())[0]

    def floor() -> None:
        digest = hashlib.sha256(data).digest()
        key.sign(digest, ec.ECDSA(hashes.SHA256()))

    return {
        "ours": ours,
        "stock_load": stock_load,
        "stock_loaded": stock_loaded,
        "floor": median_ms(floor, runs),
        "size": len(data),
    }


def bench_verification(
    folder: Path, prepared: Path, p12s: list[Path], fields: list[str], runs: int
) -> tuple[dict, Path]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.registry import SimpleTrustManager

    current = prepared
    for index, (p12, field) in enumerate(zip(p12s, fields, strict=False)):
        signed = folder / f"signed-{index + 1}.pdf"
        sign_pdf(current, load_pkcs12(p12, PASSWORD), output=signed, field=field)
        current = signed
    data = current.read_bytes()
    trust = TrustStore.from_files(anchors=[folder / "ca.pem"])

    start = time.perf_counter()
    report = verify_pdf(data, trust=trust)
    first = (time.perf_counter() - start) * 1000
    assert report.verdict.value == "valid", report.message
    ours = median_ms(lambda: verify_pdf(data, trust=trust), runs)

    from asn1crypto import pem, x509

    _, _, der = pem.unarmor((folder / "ca.pem").read_bytes())
    root = x509.Certificate.load(der)

    def stock() -> None:
        context = ValidationContext(trust_manager=SimpleTrustManager.build(trust_roots=[root]))
        reader = PdfFileReader(BytesIO(data))
        for signature in reader.embedded_signatures:
            status = validate_pdf_signature(signature, context)
            assert status.bottom_line, status.pretty_print_details()

    return {"ours_first": first, "ours": ours, "stock": median_ms(stock, runs)}, current


def bench_jobs(folder: Path, signed: Path, count: int) -> dict:
    batch = folder / "batch"
    batch.mkdir()
    for i in range(count):
        shutil.copyfile(signed, batch / f"agreement-{i:04d}.pdf")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    results = {}
    for jobs in (1, 2):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "agreement_studio",
                    "verify",
                    "--jobs",
                    str(jobs),
                    "--trust",
                    str(folder / "ca.pem"),
                    "--no-configured-trust",
                    str(batch),
                ],
                capture_output=True,
                text=True,
                env=env,
            )
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(f"verify failed: {done.stderr or done.stdout[-500:]}")
        results[jobs] = min(times)
    return results


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description="signing and verification speed")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        warm_up()
        print(
            f"one-time warm-up (pyHanko import, appearance font): "
            f"{(time.perf_counter() - start) * 1000:.0f} ms"
        )
        prepared, p12s, fields = setup(folder)
        s = bench_signing(folder, prepared, p12s[0], fields[0], args.runs)
        print(
            f"\nSigning the 4-party agreement ({s['size'] / 1024:.0f} KiB), median of {args.runs}:"
        )
        print(f"  ours (identity loaded once, atomic write) {s['ours']:8.2f} ms")
        print(
            f"  stock pyHanko, load_pkcs12 every time    {s['stock_load']:8.2f} ms"
            f"   ours/stock = {s['ours'] / s['stock_load']:.3f}"
        )
        print(
            f"  stock pyHanko, signer loaded once        {s['stock_loaded']:8.2f} ms"
            f"   ours/stock = {s['ours'] / s['stock_loaded']:.3f}"
        )
        print(
            f"  floor (SHA-256 + one key operation)      {s['floor']:8.2f} ms"
            f"   ours/floor = {s['ours'] / s['floor']:.0f}"
        )
        sign_ratio = s["ours"] / s["stock_loaded"]
        print(
            f"  aim <= {AIM_SIGN}x stock (against the signer loaded once): "
            f"{verdict(sign_ratio <= AIM_SIGN)}"
        )

        v, signed = bench_verification(folder, prepared, p12s, fields, args.runs)
        print("\nVerifying the agreement with 3 signatures, CA trusted:")
        print(f"  ours, first call in the process          {v['ours_first']:8.2f} ms")
        print(f"  ours, median of {args.runs:<3}                     {v['ours']:8.2f} ms")
        print(
            f"  stock validate_pdf_signature x3          {v['stock']:8.2f} ms"
            f"   ours/stock = {v['ours'] / v['stock']:.3f} "
            f"(first call: {v['ours_first'] / v['stock']:.3f})"
        )
        print(
            f"  aim <= {AIM_VERIFY}x stock: {verdict(v['ours_first'] / v['stock'] <= AIM_VERIFY)}"
            " (judged on the first call)"
        )

        j = bench_jobs(folder, signed, args.files)
        speedup = j[1] / j[2]
        print(f"\nagreement-studio verify on {args.files} files (best of 3, whole command):")
        print(
            f"  --jobs 1 {j[1]:6.2f} s   --jobs 2 {j[2]:6.2f} s   speed-up {speedup:.2f}x "
            f"(cores: {os.cpu_count()})"
        )
        print(f"  aim >= {AIM_JOBS}x: {verdict(speedup >= AIM_JOBS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
