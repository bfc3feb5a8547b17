"""Command-line commands of the signing layer: ``identity …`` and ``sign``.

Passwords and PINs come from ``--password-file`` or the environment
(``AGREEMENT_STUDIO_PASSWORD``; ``AGREEMENT_STUDIO_CA_PASSWORD`` for a network CA), or a prompt;
never from the command line itself.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from agreement_studio.cli.common import print_json, read_secret
from agreement_studio.errors import InputError

PASSWORD_ENV = "AGREEMENT_STUDIO_PASSWORD"
CA_PASSWORD_ENV = "AGREEMENT_STUDIO_CA_PASSWORD"


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add this layer's subcommands."""
    _add_identity_commands(subparsers)
    _add_sign_command(subparsers)


def _add_identity_commands(subparsers: argparse._SubParsersAction) -> None:
    identity = subparsers.add_parser(
        "identity",
        help="create, issue and inspect signing identities (PKCS#12 files)",
        description="Create, issue and inspect signing identities.",
    )
    commands = identity.add_subparsers(dest="identity_command", metavar="ACTION")
    identity.set_defaults(handler=lambda _args: identity.print_help() or 2)

    new = commands.add_parser("new", help="create a self-issued identity (new key and certificate)")
    _subject_arguments(new, person=True)
    new.add_argument("--rsa", action="store_true", help="an RSA 3072 key instead of ECDSA P-256")
    _output_arguments(new, "ID.p12")
    _password_file(new, f"the new identity's password (else ${PASSWORD_ENV} or a prompt)")
    new.set_defaults(handler=_identity_new)

    ca_new = commands.add_parser("ca-new", help="create a network root CA")
    _subject_arguments(ca_new, person=False)
    ca_new.add_argument("--rsa", action="store_true", help="an RSA 3072 key instead of ECDSA P-256")
    _output_arguments(ca_new, "CA.p12")
    ca_new.add_argument(
        "--pem",
        metavar="CA.pem",
        help="also write the root certificate here, for auditors' trust stores",
    )
    _password_file(ca_new, f"the CA file's password (else ${CA_PASSWORD_ENV} or a prompt)")
    ca_new.set_defaults(handler=_identity_ca_new)

    issue = commands.add_parser("issue", help="issue an identity with the network CA")
    issue.add_argument("--ca", required=True, metavar="CA.p12", help="the network CA file")
    _subject_arguments(issue, person=True)
    issue.add_argument("--rsa", action="store_true", help="an RSA 3072 key instead of ECDSA P-256")
    _output_arguments(issue, "ID.p12")
    issue.add_argument(
        "--ca-password-file",
        metavar="FILE",
        help=f"the CA file's password (else ${CA_PASSWORD_ENV} or a prompt)",
    )
    _password_file(issue, f"the new identity's password (else ${PASSWORD_ENV} or a prompt)")
    issue.set_defaults(handler=_identity_issue)

    show = commands.add_parser("show", help="show who an identity is and whether it can sign")
    show.add_argument("file", metavar="ID.p12")
    show.add_argument("--json", action="store_true", help="print JSON")
    _password_file(show, f"the file's password (else ${PASSWORD_ENV} or a prompt)")
    show.set_defaults(handler=_identity_show)

    export = commands.add_parser("export-cert", help="write an identity's certificate as PEM")
    export.add_argument("file", metavar="ID.p12")
    export.add_argument("-o", "--output", required=True, metavar="CERT.pem")
    _password_file(export, f"the file's password (else ${PASSWORD_ENV} or a prompt)")
    export.set_defaults(handler=_identity_export_cert)


def _add_sign_command(subparsers: argparse._SubParsersAction) -> None:
    sign = subparsers.add_parser(
        "sign",
        help="sign a PDF (PAdES) into your signature field",
        description="Sign a PDF with a PKCS#12 identity or a PKCS#11 token (e.g. an ID card).",
    )
    sign.add_argument("input", metavar="IN.pdf")
    source = sign.add_mutually_exclusive_group(required=True)
    source.add_argument("--identity", metavar="ID.p12", help="a PKCS#12 identity file")
    source.add_argument("--pkcs11-module", metavar="LIB", help="a PKCS#11 module (.so/.dll)")
    sign.add_argument("--token-label", metavar="LABEL", help="the token's label (PKCS#11)")
    sign.add_argument("--key-label", metavar="LABEL", help="the signing key's label (PKCS#11)")
    sign.add_argument(
        "--field", metavar="NAME", help="the signature field (default: yours, found from your name)"
    )
    sign.add_argument("--reason", metavar="TEXT", help="reason for signing")
    sign.add_argument("--location", metavar="TEXT", help="where the signing happens")
    sign.add_argument("--tsa", metavar="URL", help="an RFC 3161 timestamp server (PAdES B-T)")
    sign.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    sign.add_argument(
        "--overwrite", action="store_true", help="allow the output to be the input file itself"
    )
    sign.add_argument("--json", action="store_true", help="print the result as JSON")
    _password_file(
        sign, f"the identity's password or the token's PIN (else ${PASSWORD_ENV} or a prompt)"
    )
    sign.set_defaults(handler=_sign)


def _subject_arguments(parser: argparse.ArgumentParser, *, person: bool) -> None:
    parser.add_argument(
        "--name", required=True, help="the person's full name" if person else "the CA's name"
    )
    parser.add_argument("--org", required=True, help="the organisation")
    if person:
        parser.add_argument("--email", help="e-mail address")
    parser.add_argument(
        "--business-id", metavar="ID", help="the organisation's Finnish Business ID, e.g. 1234567-1"
    )


def _output_arguments(parser: argparse.ArgumentParser, example: str) -> None:
    parser.add_argument("-o", "--output", required=True, metavar=example)
    parser.add_argument("--force", action="store_true", help="replace an existing file")


def _password_file(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--password-file", metavar="FILE", help=text)


def _refuse_existing(path: str, force: bool) -> None:
    # an identity file holds a private key that cannot be made again: never replace it by accident
    if Path(path).exists() and not force:
        raise InputError(f"{path} exists; choose another name or give --force to replace it")


def _new_password(args: argparse.Namespace, env: str, what: str) -> str:
    password = read_secret(
        password_file=args.password_file, env_var=env, prompt=f"Password for {what}: ", confirm=True
    )
    if not password:
        raise InputError(f"an empty password cannot protect {what}")
    return password


def _identity_new(args: argparse.Namespace) -> int:
    from agreement_studio.signing import create_identity

    _refuse_existing(args.output, args.force)
    identity = create_identity(
        name=args.name, org=args.org, email=args.email, business_id=args.business_id, rsa=args.rsa
    )
    identity.save_pkcs12(args.output, _new_password(args, PASSWORD_ENV, "the new identity"))
    print(f"Created {args.output}: {_who(identity)}, SHA-256 {identity.fingerprint_sha256}")
    return 0


def _identity_ca_new(args: argparse.Namespace) -> int:
    from agreement_studio.fileio import write_atomic
    from agreement_studio.signing import create_network_ca

    _refuse_existing(args.output, args.force)
    ca = create_network_ca(name=args.name, org=args.org, business_id=args.business_id, rsa=args.rsa)
    ca.save_pkcs12(args.output, _new_password(args, CA_PASSWORD_ENV, "the network CA"))
    if args.pem:
        write_atomic(args.pem, ca.certificate_pem())
    print(
        f"Created the network CA {args.output}: {ca.name} ({ca.organisation}), "
        f"valid until {ca.not_valid_after:%Y-%m-%d}"
    )
    return 0


def _identity_issue(args: argparse.Namespace) -> int:
    from agreement_studio.signing import load_network_ca

    _refuse_existing(args.output, args.force)
    ca_password = read_secret(
        password_file=args.ca_password_file,
        env_var=CA_PASSWORD_ENV,
        prompt="Password of the network CA: ",
    )
    ca = load_network_ca(args.ca, ca_password)
    identity = ca.issue(
        name=args.name, org=args.org, email=args.email, business_id=args.business_id, rsa=args.rsa
    )
    identity.save_pkcs12(args.output, _new_password(args, PASSWORD_ENV, "the new identity"))
    print(f"Issued {args.output}: {_who(identity)}, SHA-256 {identity.fingerprint_sha256}")
    return 0


def _open_identity_file(args: argparse.Namespace) -> Any:
    from agreement_studio.signing import load_pkcs12

    password = read_secret(
        password_file=args.password_file, env_var=PASSWORD_ENV, prompt=f"Password of {args.file}: "
    )
    return load_pkcs12(args.file, password, check=False)


def _identity_show(args: argparse.Namespace) -> int:
    from agreement_studio.errors import CertificateNotUsable

    identity = _open_identity_file(args)
    summary = identity.describe()
    try:
        identity.check_usable()
        summary["usable"], summary["problem"] = True, None
    except CertificateNotUsable as problem:
        summary["usable"], summary["problem"] = False, str(problem)
    if args.json:
        print_json(summary)
        return 0
    rows = [
        ("Name", summary["name"]),
        ("Organisation", summary["organisation"]),
        ("E-mail", summary["email"]),
        ("Business ID", summary["business_id"]),
        ("Issuer", "self-issued" if summary["self_issued"] else summary["issuer"]),
        ("Valid", f"{summary['not_valid_before']} to {summary['not_valid_after']}"),
        ("Key", summary["key"]),
        ("SHA-256", summary["fingerprint_sha256"]),
        ("Can sign", "yes" if summary["usable"] else f"no: {summary['problem']}"),
    ]
    for label, value in rows:
        if value:
            print(f"{label + ':':14} {value}")
    return 0


def _identity_export_cert(args: argparse.Namespace) -> int:
    from agreement_studio.fileio import write_atomic
    from agreement_studio.signing.certificates import certificate_pem
    from agreement_studio.signing.identities import read_pkcs12

    password = read_secret(
        password_file=args.password_file, env_var=PASSWORD_ENV, prompt=f"Password of {args.file}: "
    )
    _key, cert, _others = read_pkcs12(args.file, password)
    write_atomic(args.output, certificate_pem(cert))
    print(f"Wrote the certificate to {args.output}")
    return 0


def _sign(args: argparse.Namespace) -> int:
    from agreement_studio.signing import DocumentSigner

    identity = _signing_identity(args)
    try:
        result = DocumentSigner(
            identity, reason=args.reason, location=args.location, tsa_url=args.tsa
        ).sign(args.input, output=args.output, field=args.field, overwrite=args.overwrite)
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
                "sha256": result.sha256,
            }
        )
    else:
        print(
            f"Signed {args.input} as {result.signer_name} in field {result.field_name} "
            f"-> {result.output}"
        )
    return 0


def _signing_identity(args: argparse.Namespace) -> Any:
    if args.identity:
        from agreement_studio.signing import load_pkcs12

        password = read_secret(
            password_file=args.password_file,
            env_var=PASSWORD_ENV,
            prompt=f"Password of {args.identity}: ",
        )
        return load_pkcs12(args.identity, password)
    if not (args.token_label and args.key_label):
        raise InputError("--pkcs11-module needs --token-label and --key-label")
    from agreement_studio.signing import open_pkcs11

    pin = read_secret(
        password_file=args.password_file,
        env_var=PASSWORD_ENV,
        prompt=f"PIN of the token {args.token_label}: ",
    )
    return open_pkcs11(args.pkcs11_module, args.token_label, args.key_label, pin)


def _who(identity: Any) -> str:
    return f"{identity.subject_name} ({identity.organisation})"
