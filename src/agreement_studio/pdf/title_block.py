"""The title block on the first page: the title, the network, and a table of the parties."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from agreement_studio.pdf.fonts import SANS
from agreement_studio.pdf.inline import escape
from agreement_studio.pdf.styles import MUTED, styles
from agreement_studio.pdf.tables import data_table

_ID_SHARE = 0.24  # of the width, for the Business ID column


def title_block(title: str, agreement: Any, labels: dict[str, str],
                width: float) -> list[Flowable]:
    """Title, network name (and region), and the parties with their identifiers."""
    look = styles()
    network = agreement.network
    subtitle = " – ".join(escape(part) for part in (network.name, network.region) if part)
    flowables: list[Flowable] = [Paragraph(escape(title), look.title)]
    if subtitle:
        flowables.append(Paragraph(subtitle, look.subtitle))
    else:
        flowables.append(Spacer(0, 8))
    if agreement.parties:
        flowables.append(Paragraph(escape(labels["parties"]), look.section))
        flowables.append(parties_table(agreement.parties, labels, width))
        flowables.append(Spacer(0, 6))
    return flowables


def parties_table(parties: list[Any], labels: dict[str, str], width: float) -> Flowable:
    """A table of the parties: organisation (with its address) and its identifier."""
    colour = MUTED.hexval()[2:]
    rows = []
    for number, party in enumerate(parties, start=1):
        name = f"{number}. {escape(party.name)}"
        if party.address:
            name += (f'<br/><font name="{SANS}" size="7.5" color="#{colour}">'
                     f"{escape(party.address)}</font>")
        rows.append([name, escape(party.identifier_label)])
    widths = [width * (1 - _ID_SHARE), width * _ID_SHARE]
    head = [escape(labels["organisation"]), escape(labels["business_id"])]
    table = data_table(head, rows, widths)
    table.spaceBefore = 2
    return table
