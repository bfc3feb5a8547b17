"""A rendered agreement and identities for its signatories, and pyHanko's judgement of a file.

Plain functions (no pytest), shared by the certification and long-term tests and the benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from agreement_studio.agreement import example_agreement
from agreement_studio.pdf import render_agreement
from agreement_studio.signing import FileIdentity, NetworkCA


@dataclass(frozen=True)
class Signer:
    """A signatory of the rendered agreement, with their field and an identity from the CA."""

    field: str
    identity: FileIdentity


def rendered_agreement(folder: Path, ca: NetworkCA, parties: int = 4) -> tuple[Path, list[Signer]]:
    """The example agreement rendered to ``folder/prepared.pdf`` and one identity per field."""
    agreement = example_agreement(parties=parties, language="fi")
    prepared = folder / "prepared.pdf"
    prepared.write_bytes(render_agreement(agreement))
    signers = [
        Signer(field, ca.issue(name=signatory.name, org=party.name))
        for party, signatory, field in agreement.signatures()
    ]
    return prepared, signers


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


@dataclass(frozen=True)
class PyhankoJudgement:
    """What pyHanko's validator says about one signature or document timestamp."""

    field: str
    kind: str  # "/Sig" or "/DocTimeStamp"
    intact: bool
    valid: bool
    trusted: bool
    modification_level: str
    docmdp_ok: bool | None
    summary: str


def pyhanko_judgements(
    path: Path, roots: list[x509.Certificate], *, from_dss_only: bool = False
) -> list[PyhankoJudgement]:
    """pyHanko's view of every signature and document timestamp in ``path``.

    With ``from_dss_only``, revocation is *required* (hard-fail) and may come only from the
    document's own DSS, nothing from outside: a long-term file must carry what it needs.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import ValidationInfoReadingError
    from pyhanko_certvalidator import ValidationContext

    settings = {"trust_roots": [_asn1(c) for c in roots], "allow_fetching": False}
    found = []
    with open(path, "rb") as handle:
        reader = PdfFileReader(handle)
        for signature in reader.embedded_signatures:
            if from_dss_only:
                strict = {**settings, "revocation_mode": "hard-fail"}
                try:
                    dss = DocumentSecurityStore.read_dss(reader)
                    context = dss.as_validation_context(strict)
                except ValidationInfoReadingError:  # no DSS: nothing to go on
                    context = ValidationContext(**strict, crls=[], ocsps=[])
            else:
                context = ValidationContext(**settings, revocation_mode="soft-fail")
            if signature.sig_object_type == "/DocTimeStamp":
                status = validate_pdf_timestamp(signature, validation_context=context)
                docmdp_ok = None
            else:
                status = validate_pdf_signature(signature, context, ts_validation_context=context)
                docmdp_ok = status.docmdp_ok
            found.append(
                PyhankoJudgement(
                    field=signature.field_name,
                    kind=signature.sig_object_type,
                    intact=status.intact,
                    valid=status.valid,
                    trusted=status.trusted,
                    modification_level=status.modification_level.name
                    if status.modification_level is not None
                    else "NONE",
                    docmdp_ok=docmdp_ok,
                    summary=status.summary(),
                )
            )
    return found


def pyhanko_lta_results(path: Path, roots: list[x509.Certificate]) -> list[tuple[str, str]]:
    """pyHanko's PAdES long-term validation (ETSI EN 319 102-1 §5.6.3) of every signature.

    Revocation is required and comes only from the document (nothing is fetched): a file that
    does not carry its own validation data cannot pass. Returns (field, AdES indication).
    """
    import asyncio

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.ades import ades_lta_validation
    from pyhanko.sign.validation.policy_decl import (
        PdfSignatureValidationSpec,
        RevinfoOnlineFetchingRule,
        RevocationInfoGatheringSpec,
        SignatureValidationSpec,
    )
    from pyhanko_certvalidator.context import CertValidationPolicySpec
    from pyhanko_certvalidator.policy_decl import CertRevTrustPolicy, RevocationCheckingPolicy
    from pyhanko_certvalidator.registry import SimpleTrustManager

    spec = PdfSignatureValidationSpec(
        SignatureValidationSpec(
            cert_validation_policy=CertValidationPolicySpec(
                trust_manager=SimpleTrustManager.build(trust_roots=[_asn1(c) for c in roots]),
                revinfo_policy=CertRevTrustPolicy(
                    RevocationCheckingPolicy.from_legacy("hard-fail")
                ),
            ),
            revinfo_gathering_policy=RevocationInfoGatheringSpec(
                online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY
            ),
        )
    )
    with open(path, "rb") as handle:
        reader = PdfFileReader(handle)
        return [
            (
                signature.field_name,
                asyncio.run(ades_lta_validation(signature, spec)).ades_subindic.name,
            )
            for signature in reader.embedded_regular_signatures
        ]
