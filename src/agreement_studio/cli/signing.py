"""Command-line commands of the signing layer: ``identity …``, ``sign`` and ``extend``.

Passwords and PINs come from ``--password-file`` or the environment
(``AGREEMENT_STUDIO_PASSWORD``; ``AGREEMENT_STUDIO_CA_PASSWORD`` for a network CA), or a prompt;
never from the command line itself.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.cli.common import print_json, read_secret
from agreement_studio.errors import InputError
from agreement_studio.i18n import render, translatable

if TYPE_CHECKING:
    from agreement_studio.cli.common import Subcommands

_ = translatable(__name__)

PASSWORD_ENV = "AGREEMENT_STUDIO_PASSWORD"
CA_PASSWORD_ENV = "AGREEMENT_STUDIO_CA_PASSWORD"


def add_commands(subparsers: Subcommands) -> None:
    """Add this layer's subcommands."""
    _add_identity_commands(subparsers)
    _add_sign_command(subparsers)
    _add_extend_command(subparsers)


def _add_identity_commands(subparsers: Subcommands) -> None:
    identity = subparsers.add_parser(
        "identity",
        help=render(_("create, issue and inspect signing identities (PKCS#12 files)")),
        description=render(_("Create, issue and inspect signing identities.")),
    )
    commands = identity.add_subparsers(dest="identity_command", metavar="ACTION")
    identity.set_defaults(handler=lambda _args: _usage(identity))

    new = commands.add_parser(
        "new", help=render(_("create a self-issued identity (new key and certificate)"))
    )
    _subject_arguments(new, person=True)
    new.add_argument(
        "--rsa", action="store_true", help=render(_("an RSA 3072 key instead of ECDSA P-256"))
    )
    _output_arguments(
        new,
        "ID.p12",
        _(
            "the identity file to write (PKCS#12; required; an existing file is replaced "
            "only with --force)"
        ),
    )
    _password_file(
        new, _("the new identity's password (else ${variable} or a prompt)", variable=PASSWORD_ENV)
    )
    new.set_defaults(handler=_identity_new)

    ca_new = commands.add_parser("ca-new", help=render(_("create a network root CA")))
    _subject_arguments(ca_new, person=False)
    ca_new.add_argument(
        "--rsa", action="store_true", help=render(_("an RSA 3072 key instead of ECDSA P-256"))
    )
    _output_arguments(
        ca_new,
        "CA.p12",
        _(
            "the network CA file to write (PKCS#12; required; an existing file is replaced "
            "only with --force)"
        ),
    )
    ca_new.add_argument(
        "--pem",
        metavar="CA.pem",
        help=render(_("also write the root certificate here, for auditors' trust stores")),
    )
    ca_new.add_argument(
        "--crl-url",
        metavar="URL",
        help=render(_("where the network publishes its CRL; issued certificates point there")),
    )
    _password_file(
        ca_new, _("the CA file's password (else ${variable} or a prompt)", variable=CA_PASSWORD_ENV)
    )
    ca_new.set_defaults(handler=_identity_ca_new)

    issue = commands.add_parser("issue", help=render(_("issue an identity with the network CA")))
    issue.add_argument(
        "--ca", required=True, metavar="CA.p12", help=render(_("the network CA file"))
    )
    _subject_arguments(issue, person=True)
    issue.add_argument(
        "--rsa", action="store_true", help=render(_("an RSA 3072 key instead of ECDSA P-256"))
    )
    _output_arguments(
        issue,
        "ID.p12",
        _(
            "the identity file to write (PKCS#12; required; an existing file is replaced "
            "only with --force)"
        ),
    )
    issue.add_argument(
        "--ca-password-file",
        metavar="FILE",
        help=render(
            _("the CA file's password (else ${variable} or a prompt)", variable=CA_PASSWORD_ENV)
        ),
    )
    _password_file(
        issue,
        _("the new identity's password (else ${variable} or a prompt)", variable=PASSWORD_ENV),
    )
    issue.set_defaults(handler=_identity_issue)

    _add_revocation_commands(commands)

    show = commands.add_parser(
        "show", help=render(_("show who an identity is and whether it can sign"))
    )
    show.add_argument("file", metavar="ID.p12", help=render(_("the identity file (PKCS#12)")))
    show.add_argument("--json", action="store_true", help=render(_("print JSON")))
    _password_file(
        show, _("the file's password (else ${variable} or a prompt)", variable=PASSWORD_ENV)
    )
    show.set_defaults(handler=_identity_show)

    export = commands.add_parser(
        "export-cert", help=render(_("write an identity's certificate as PEM"))
    )
    export.add_argument("file", metavar="ID.p12", help=render(_("the identity file (PKCS#12)")))
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="CERT.pem",
        help=render(_("the PEM file to write (required; an existing file is replaced)")),
    )
    _password_file(
        export, _("the file's password (else ${variable} or a prompt)", variable=PASSWORD_ENV)
    )
    export.set_defaults(handler=_identity_export_cert)


def _add_revocation_commands(commands: Subcommands) -> None:
    from agreement_studio.signing import DEFAULT_CRL_DAYS, REASON_NAMES

    revoke = commands.add_parser(
        "revoke",
        help=render(_("revoke a certificate the network CA issued (then publish a new CRL)")),
    )
    _ca_arguments(revoke)
    which = revoke.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "cert", nargs="?", metavar="CERT.pem", help=render(_("the certificate to revoke"))
    )
    which.add_argument(
        "--serial", metavar="N", help=render(_("its serial number (decimal or 0x hex)"))
    )
    revoke.add_argument(
        "--reason", required=True, choices=REASON_NAMES, help=render(_("why (RFC 5280)"))
    )
    revoke.add_argument(
        "--revocation-date",
        metavar="ISO-TIME",
        help=render(
            _(
                "when the certificate stopped being trustworthy (default: now), "
                "e.g. 2026-05-04T12:00:00+03:00"
            )
        ),
    )
    revoke.set_defaults(handler=_identity_revoke)

    crl = commands.add_parser("crl", help=render(_("write the network CA's current CRL (DER)")))
    _ca_arguments(crl)
    crl.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="network.crl",
        help=render(_("the CRL file to write (DER; required; an existing file is replaced)")),
    )
    crl.add_argument(
        "--days",
        type=int,
        default=DEFAULT_CRL_DAYS,
        help=render(_("days until the next update (default {days})", days=DEFAULT_CRL_DAYS)),
    )
    crl.set_defaults(handler=_identity_crl)

    issued = commands.add_parser(
        "issued", help=render(_("list what the network CA issued and revoked"))
    )
    _ca_arguments(issued)
    issued.add_argument("--json", action="store_true", help=render(_("print JSON")))
    issued.set_defaults(handler=_identity_issued)


def _ca_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ca", required=True, metavar="CA.p12", help=render(_("the network CA file"))
    )
    parser.add_argument(
        "--ca-password-file",
        metavar="FILE",
        help=render(
            _("the CA file's password (else ${variable} or a prompt)", variable=CA_PASSWORD_ENV)
        ),
    )


def _add_sign_command(subparsers: Subcommands) -> None:
    from agreement_studio.signing import LEVELS_HELP

    sign = subparsers.add_parser(
        "sign",
        help=render(_("sign a PDF (PAdES) into your signature field")),
        description=render(
            _("Sign a PDF with a PKCS#12 identity or a PKCS#11 token (e.g. an ID card).")
        )
        + " "
        + render(LEVELS_HELP),
    )
    sign.add_argument("input", metavar="IN.pdf", help=render(_("the PDF to sign")))
    source = sign.add_mutually_exclusive_group(required=True)
    source.add_argument("--identity", metavar="ID.p12", help=render(_("a PKCS#12 identity file")))
    source.add_argument(
        "--pkcs11-module", metavar="LIB", help=render(_("a PKCS#11 module (.so/.dll)"))
    )
    sign.add_argument(
        "--token-label", metavar="LABEL", help=render(_("the token's label (PKCS#11)"))
    )
    sign.add_argument(
        "--key-label", metavar="LABEL", help=render(_("the signing key's label (PKCS#11)"))
    )
    sign.add_argument(
        "--field",
        metavar="NAME",
        help=render(_("the signature field (default: yours, found from your name)")),
    )
    sign.add_argument("--reason", metavar="TEXT", help=render(_("reason for signing")))
    sign.add_argument("--location", metavar="TEXT", help=render(_("where the signing happens")))
    sign.add_argument(
        "--tsa", metavar="URL", help=render(_("an RFC 3161 timestamp server (PAdES B-T)"))
    )
    sign.add_argument(
        "--level",
        choices=["B-B", "B-T", "B-LT", "B-LTA"],
        help=render(
            _("the PAdES level (default: B-T with --tsa, else B-B); B-T and up need --tsa")
        ),
    )
    sign.add_argument(
        "--certify",
        action="store_true",
        help=render(
            _(
                "certify the document (first signature only): afterwards only the other "
                "signatures and the prepared fields may be filled in"
            )
        ),
    )
    _long_term_inputs(sign)
    _signed_output(sign)
    sign.add_argument(
        "--overwrite",
        action="store_true",
        help=render(_("allow the output to be the input file itself")),
    )
    sign.add_argument("--json", action="store_true", help=render(_("print the result as JSON")))
    _password_file(
        sign,
        _(
            "the identity's password or the token's PIN (else ${variable} or a prompt)",
            variable=PASSWORD_ENV,
        ),
    )
    sign.set_defaults(handler=_sign)


def _add_extend_command(subparsers: Subcommands) -> None:
    from agreement_studio.signing import LEVELS_HELP

    extend = subparsers.add_parser(
        "extend",
        help=render(
            _(
                "add long-term validation data (B-LT) and a document timestamp (B-LTA) to a "
                "signed PDF, or renew B-LTA"
            )
        ),
        description=render(
            _(
                "Add long-term validation data to a signed PDF, once the last signature is "
                "in; run it again on a B-LTA document to renew its timestamp."
            )
        )
        + " "
        + render(LEVELS_HELP),
    )
    extend.add_argument("input", metavar="IN.pdf", help=render(_("the signed PDF")))
    extend.add_argument(
        "--level",
        choices=["B-LT", "B-LTA"],
        default="B-LTA",
        help=render(_("the PAdES level to reach (default: %(default)s); B-LTA needs --tsa")),
    )
    extend.add_argument(
        "--tsa", metavar="URL", help=render(_("an RFC 3161 timestamp server (needed for B-LTA)"))
    )
    _long_term_inputs(extend)
    _signed_output(extend)
    extend.add_argument(
        "--overwrite",
        action="store_true",
        help=render(_("allow the output to be the input file itself")),
    )
    extend.add_argument("--json", action="store_true", help=render(_("print the result as JSON")))
    extend.set_defaults(handler=_extend)


def _signed_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf",
        help=render(
            _(
                "the PDF file to write (required; an existing file is replaced, the input "
                "file only with --overwrite)"
            )
        ),
    )


def _long_term_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CA.pem",
        help=render(
            _(
                "a trust anchor (root certificate, PEM) for the signers' and the timestamp "
                "server's chains; may be repeated"
            )
        ),
    )
    parser.add_argument(
        "--crl",
        action="append",
        default=[],
        metavar="FILE",
        help=render(
            _(
                "a CRL to store with the signatures (B-LT, B-LTA), e.g. the network's current "
                "one; may be repeated"
            )
        ),
    )


def _subject_arguments(parser: argparse.ArgumentParser, *, person: bool) -> None:
    parser.add_argument(
        "--name",
        required=True,
        help=render(_("the person's full name") if person else _("the CA's name")),
    )
    parser.add_argument("--org", required=True, help=render(_("the organisation")))
    if person:
        parser.add_argument("--email", help=render(_("e-mail address")))
    parser.add_argument(
        "--business-id",
        metavar="ID",
        help=render(_("the organisation's Finnish Business ID, e.g. 1234567-1")),
    )


def _output_arguments(parser: argparse.ArgumentParser, example: str, text: str) -> None:
    parser.add_argument("-o", "--output", required=True, metavar=example, help=render(text))
    parser.add_argument("--force", action="store_true", help=render(_("replace an existing file")))


def _password_file(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--password-file", metavar="FILE", help=render(text))


def _refuse_existing(path: str, force: bool) -> None:
    # an identity file holds a private key that cannot be made again: never replace it by accident
    if Path(path).exists() and not force:
        raise InputError(
            _("{path} exists; choose another name or give --force to replace it", path=path)
        )


def _new_password(args: argparse.Namespace, env: str, what: str) -> str:
    password = read_secret(
        password_file=args.password_file,
        env_var=env,
        prompt=render(_("Password for {what}: ", what=what)),
        confirm=True,
    )
    if not password:
        raise InputError(_("an empty password cannot protect {what}", what=what))
    return password


def _identity_new(args: argparse.Namespace) -> int:
    from agreement_studio.signing import create_identity

    _refuse_existing(args.output, args.force)
    identity = create_identity(
        name=args.name, org=args.org, email=args.email, business_id=args.business_id, rsa=args.rsa
    )
    identity.save_pkcs12(args.output, _new_password(args, PASSWORD_ENV, _("the new identity")))
    print(
        render(
            _(
                "Created {path}: {who}, SHA-256 {fingerprint}",
                path=args.output,
                who=_who(identity),
                fingerprint=identity.fingerprint_sha256,
            )
        )
    )
    return 0


def _identity_ca_new(args: argparse.Namespace) -> int:
    from agreement_studio.fileio import write_atomic
    from agreement_studio.signing import create_network_ca

    _refuse_existing(args.output, args.force)
    ca = create_network_ca(
        name=args.name,
        org=args.org,
        business_id=args.business_id,
        rsa=args.rsa,
        crl_url=args.crl_url,
    )
    ca.save_pkcs12(args.output, _new_password(args, CA_PASSWORD_ENV, _("the network CA")))
    if args.pem:
        write_atomic(args.pem, ca.certificate_pem())
    print(
        render(
            _(
                "Created the network CA {path}: {name} ({organisation}), valid until {date}",
                path=args.output,
                name=ca.name,
                organisation=ca.organisation,
                date=f"{ca.not_valid_after:%Y-%m-%d}",
            )
        )
    )
    return 0


def _open_ca(args: argparse.Namespace) -> Any:
    from agreement_studio.signing import load_network_ca

    ca_password = read_secret(
        password_file=args.ca_password_file,
        env_var=CA_PASSWORD_ENV,
        prompt=render(_("Password of the network CA: ")),
    )
    return load_network_ca(args.ca, ca_password)


def _identity_issue(args: argparse.Namespace) -> int:
    _refuse_existing(args.output, args.force)
    ca = _open_ca(args)
    identity = ca.issue(
        name=args.name, org=args.org, email=args.email, business_id=args.business_id, rsa=args.rsa
    )
    identity.save_pkcs12(args.output, _new_password(args, PASSWORD_ENV, _("the new identity")))
    print(
        render(
            _(
                "Issued {path}: {who}, SHA-256 {fingerprint}",
                path=args.output,
                who=_who(identity),
                fingerprint=identity.fingerprint_sha256,
            )
        )
    )
    return 0


def _identity_revoke(args: argparse.Namespace) -> int:
    which = _certificate_or_serial(args)
    when = _revocation_date(args.revocation_date)
    ca = _open_ca(args)
    entry = ca.revoke(which, reason=args.reason, when=when)
    print(
        render(
            _(
                "Revoked {subject} (serial {serial}) as of {time} UTC, reason {reason}; "
                "publish a new CRL with `identity crl`",
                subject=entry.subject,
                serial=entry.serial,
                time=f"{entry.revoked_at:%Y-%m-%d %H:%M:%S}",
                reason=entry.reason,
            )
        )
    )
    return 0


def _certificate_or_serial(args: argparse.Namespace) -> Any:
    if args.serial is not None:
        try:
            return int(args.serial, 0)
        except ValueError:
            raise InputError(
                _("--serial {serial} is not a number", serial=repr(args.serial))
            ) from None
    from cryptography import x509

    try:
        data = Path(args.cert).read_bytes()
    except OSError as error:
        raise InputError(
            _("cannot read {path}: {why}", path=args.cert, why=error.strerror or str(error))
        ) from None
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise InputError(_("{path} is not a certificate (PEM or DER)", path=args.cert)) from None


def _revocation_date(text: str | None) -> Any:
    import datetime as dt

    if text is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            _(
                "--revocation-date {text} is not a date and time like 2026-05-04T12:00:00+03:00",
                text=repr(text),
            )
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time, as the person typing it means it
    if moment > dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5):
        raise InputError(_("--revocation-date is in the future; a CRL states what has happened"))
    return moment


def _identity_crl(args: argparse.Namespace) -> int:
    from agreement_studio.fileio import write_atomic

    ca = _open_ca(args)
    data = ca.crl(days=args.days)
    write_atomic(args.output, data)
    revoked = sum(1 for entry in ca.issued if entry.revoked_at is not None)
    print(
        render(
            _(
                "Wrote the CRL of {name} to {path}: {revoked} revoked, number {number}, "
                "next update in {days} days",
                name=ca.name,
                path=args.output,
                revoked=revoked,
                number=ca.record.crl_number,
                days=args.days,
            )
        )
    )
    return 0


def _identity_issued(args: argparse.Namespace) -> int:
    ca = _open_ca(args)
    entries = ca.issued
    if args.json:
        print_json({"ca": ca.name, "crl_url": ca.crl_url, "issued": [e.as_json() for e in entries]})
        return 0
    if not entries:
        print(render(_("{name} has no record of issued certificates", name=ca.name)))
        return 0
    for entry in entries:
        state = (
            _(
                "revoked {time} UTC ({reason})",
                time=f"{entry.revoked_at:%Y-%m-%d %H:%M}",
                reason=entry.reason,
            )
            if entry.revoked_at is not None
            else _("valid")
        )
        print(
            render(
                _(
                    "{serial}  {subject}  {start} to {end}  {state}",
                    serial=entry.serial,
                    subject=entry.subject,
                    start=f"{entry.not_before:%Y-%m-%d}",
                    end=f"{entry.not_after:%Y-%m-%d}",
                    state=state,
                )
            )
        )
    return 0


def _open_identity_file(args: argparse.Namespace) -> Any:
    from agreement_studio.signing import load_pkcs12

    password = read_secret(
        password_file=args.password_file,
        env_var=PASSWORD_ENV,
        prompt=render(_("Password of {path}: ", path=args.file)),
    )
    return load_pkcs12(args.file, password, check=False)


def _identity_show(args: argparse.Namespace) -> int:
    from agreement_studio.errors import CertificateNotUsable
    from agreement_studio.verification.report import reason_of

    identity = _open_identity_file(args)
    summary = identity.describe()
    try:
        identity.check_usable()
        summary["usable"], summary["problem"] = True, None
    except CertificateNotUsable as problem:
        summary["usable"], summary["problem"] = False, reason_of(problem)
    if args.json:
        print_json(summary)
        return 0
    valid = _("{start} to {end}", start=summary["not_valid_before"], end=summary["not_valid_after"])
    rows = [
        (_("Name"), summary["name"]),
        (_("Organisation"), summary["organisation"]),
        (_("E-mail"), summary["email"]),
        (_("Business ID"), summary["business_id"]),
        (_("Issuer"), _("self-issued") if summary["self_issued"] else summary["issuer"]),
        (_("Valid"), valid),
        (_("Key"), summary["key"]),
        ("SHA-256", summary["fingerprint_sha256"]),
        (
            _("Can sign"),
            _("yes") if summary["usable"] else _("no: {why}", why=summary["problem"]),
        ),
    ]
    width = max(len(render(label)) for label, _value in rows) + 2
    width = max(width, 14)
    for label, value in rows:
        if value:
            print(f"{render(label) + ':':{width}} {render(value)}")
    return 0


def _identity_export_cert(args: argparse.Namespace) -> int:
    from agreement_studio.fileio import write_atomic
    from agreement_studio.signing.certificates import certificate_pem
    from agreement_studio.signing.identities import read_pkcs12

    password = read_secret(
        password_file=args.password_file,
        env_var=PASSWORD_ENV,
        prompt=render(_("Password of {path}: ", path=args.file)),
    )
    _key, cert, _others = read_pkcs12(args.file, password)
    write_atomic(args.output, certificate_pem(cert))
    print(render(_("Wrote the certificate to {path}", path=args.output)))
    return 0


def _trust_and_crls(args: argparse.Namespace) -> tuple[list[Any], list[bytes]]:
    from agreement_studio.signing import read_certificates, read_crl

    trust = [cert for path in args.trust for cert in read_certificates(path)]
    return trust, [read_crl(path) for path in args.crl]


def _sign(args: argparse.Namespace) -> int:
    from agreement_studio.signing import DocumentSigner

    trust, crls = _trust_and_crls(args)
    signer_options = {
        "reason": args.reason,
        "location": args.location,
        "tsa_url": args.tsa,
        "level": args.level,
        "certify": args.certify,
        "trust": trust,
        "crls": crls,
    }
    identity = _signing_identity(args)
    try:
        result = DocumentSigner(identity, **signer_options).sign(
            args.input, output=args.output, field=args.field, overwrite=args.overwrite
        )
    finally:
        close = getattr(identity, "close", None)
        if close is not None:
            close()
    if args.json:
        print_json(
            {
                "output": str(result.output),
                "field": result.field_name,
                "created_field": result.created_field,
                "signer": result.signer_name,
                "fingerprint_sha256": result.fingerprint_sha256,
                "signing_time": result.signing_time.isoformat(),
                "timestamped": result.timestamped,
                "level": result.level.value,
                "certified": result.certified,
                "sha256": result.sha256,
            }
        )
    else:
        if result.certified:
            done = _(
                "Signed {input} as {signer} in field {field} ({level}, certified) -> {output}",
                input=args.input,
                signer=result.signer_name,
                field=result.field_name,
                level=result.level.value,
                output=result.output,
            )
        else:
            done = _(
                "Signed {input} as {signer} in field {field} ({level}) -> {output}",
                input=args.input,
                signer=result.signer_name,
                field=result.field_name,
                level=result.level.value,
                output=result.output,
            )
        print(render(done))
    return 0


def _extend(args: argparse.Namespace) -> int:
    import sys

    from agreement_studio.signing import extend_pdf

    trust, crls = _trust_and_crls(args)
    result = extend_pdf(
        args.input,
        output=args.output,
        level=args.level,
        tsa_url=args.tsa,
        trust=trust,
        crls=crls,
        overwrite=args.overwrite,
    )
    for warning in result.warnings:
        said = render(_("warning: {warning}", warning=warning))
        print(f"agreement-studio: {said}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "output": str(result.output),
                "level": result.level.value,
                "signatures": result.signatures,
                "timestamp_field": result.timestamp_field,
                "renew_before": result.renew_before.isoformat() if result.renew_before else None,
                "certificates": result.certificates,
                "crls": result.crls,
                "ocsps": result.ocsps,
                "warnings": result.warnings,
                "sha256": result.sha256,
            }
        )
    else:
        counts = {
            "input": args.input,
            "level": result.level.value,
            "signatures": result.signatures,
            "certificates": result.certificates,
            "crls": result.crls,
            "ocsps": result.ocsps,
            "output": result.output,
        }
        if result.timestamp_field:
            done = _(
                "Extended {input} to {level}: {signatures} signatures, {certificates} "
                "certificates, {crls} CRLs, {ocsps} OCSP responses, document timestamp "
                "{timestamp} -> {output}",
                timestamp=result.timestamp_field,
                **counts,
            )
        else:
            done = _(
                "Extended {input} to {level}: {signatures} signatures, {certificates} "
                "certificates, {crls} CRLs, {ocsps} OCSP responses -> {output}",
                **counts,
            )
        print(render(done))
        if result.renew_before is not None:
            print(
                render(
                    _(
                        "Renew it (extend again) before {date}",
                        date=f"{result.renew_before:%Y-%m-%d}",
                    )
                )
            )
    return 0


def _signing_identity(args: argparse.Namespace) -> Any:
    if args.identity:
        from agreement_studio.signing import load_pkcs12

        password = read_secret(
            password_file=args.password_file,
            env_var=PASSWORD_ENV,
            prompt=render(_("Password of {path}: ", path=args.identity)),
        )
        return load_pkcs12(args.identity, password)
    if not (args.token_label and args.key_label):
        raise InputError(_("--pkcs11-module needs --token-label and --key-label"))
    from agreement_studio.signing import open_pkcs11

    pin = read_secret(
        password_file=args.password_file,
        env_var=PASSWORD_ENV,
        prompt=render(_("PIN of the token {token}: ", token=args.token_label)),
    )
    return open_pkcs11(args.pkcs11_module, args.token_label, args.key_label, pin)


def _who(identity: Any) -> str:
    return _(
        "{name} ({organisation})", name=identity.subject_name, organisation=identity.organisation
    )


def _usage(parser: argparse.ArgumentParser) -> int:
    """Print ``parser``'s help: a command given without its action is a usage error (2)."""
    parser.print_help()
    return 2
