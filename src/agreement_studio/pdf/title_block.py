"""The title block on the first page: the title, the network, and the parties in brief."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer

from agreement_studio.pdf.inline import escape
from agreement_studio.pdf.para import Para, kept_only_if_short
from agreement_studio.pdf.styles import styles
from agreement_studio.pdf.tagging import Tag, tagged


def title_block(
    title: str,
    agreement: Any,
    labels: dict[str, str],
    width: float,
    *,
    with_parties: bool = True,
) -> list[Flowable]:
    """Title, network name (and region), and (``with_parties``) the parties in brief."""
    look = styles()
    network = agreement.network
    subtitle = " – ".join(escape(part) for part in (network.name, network.region) if part)
    flowables: list[Flowable] = [tagged(Para(escape(title), look.title), Tag("H1"))]
    if subtitle:
        flowables.append(tagged(Para(subtitle, look.subtitle), Tag("P")))
    else:
        flowables.append(Spacer(0, 8))
    if agreement.parties and with_parties:
        section = kept_only_if_short(look.section, labels["parties"])
        flowables.append(tagged(Para(escape(labels["parties"]), section), Tag("H2")))
        flowables.append(tagged(Para(parties_in_brief(agreement.parties), look.brief), Tag("P")))
    return flowables


def parties_in_brief(parties: list[Any]) -> str:
    """The parties on one line each run: name and identifier (the template's clauses say more)."""
    entries = []
    for party in parties:
        entry = f"<b>{escape(party.name)}</b>"
        if party.identifier_label.strip():
            entry += f" ({escape(party.identifier_label)})"
        entries.append(entry)
    return " · ".join(entries)


def body_lists_parties(markdown: str, parties: list[Any]) -> bool:
    """True if the body already names every party (the template's own parties clause): then
    the title block does not print them a second time."""
    plain = markdown.replace("\\", "")  # the names are escaped for Markdown in the body
    names = [" ".join(str(party.name).split()) for party in parties]
    flat = " ".join(plain.split())
    return bool(names) and all(name and name in flat for name in names)
