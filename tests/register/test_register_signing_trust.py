"""How many of the signatures an agreement counts were trusted at import (for the list)."""

from __future__ import annotations

from agreement_studio.agreement import example_agreement
from agreement_studio.register.signing_trust import SigningTrust, signing_trust


def test_counted_signatures_and_the_untrusted_among_them(register, agreement, sign, identities):
    unsigned = register.add_draft(agreement)

    pinned = register.add_draft(example_agreement(parties=3, language="fi"))
    party, signatory, field_name = agreement.signatures()[0]
    register.pin_fingerprint(
        pinned, field_name, identities(signatory.name, party.name).fingerprint_sha256
    )
    first = register.import_file(sign(register.current_pdf(pinned), agreement, 0))
    assert first.added[0].verdict == "valid"
    second = register.import_file(sign(register.current_pdf(pinned), agreement, 1))
    assert second.added[0].verdict == "untrusted"

    # two copies signed in parallel: one is counted (the copy to send on), not both
    parallel = register.add_draft(example_agreement(parties=3, language="fi"))
    prepared = register.current_pdf(parallel)
    register.import_file(sign(prepared, agreement, 1))
    register.import_file(sign(prepared, agreement, 2))
    assert register.details(parallel).row.signed_count == 1

    found = signing_trust(register, [unsigned, pinned, parallel, "not-a-document"])
    assert found == {pinned: SigningTrust(2, 1), parallel: SigningTrust(1, 1)}
    assert not found[pinned].trusted
    assert signing_trust(register, []) == {}


def test_every_signature_trusted(register, agreement, sign, identities):
    document_id = register.add_draft(agreement)
    for index, (party, signatory, field_name) in enumerate(agreement.signatures()):
        fingerprint = identities(signatory.name, party.name).fingerprint_sha256
        register.pin_fingerprint(document_id, field_name, fingerprint)
        register.import_file(sign(register.current_pdf(document_id), agreement, index))
    found = signing_trust(register, [document_id])[document_id]
    assert found == SigningTrust(3, 0) and found.trusted
