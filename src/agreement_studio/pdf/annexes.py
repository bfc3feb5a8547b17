"""Annexes with content, each on its own page after the signatures, under its number and title.

Built-in kinds are made from the draft, so they never disagree with it: the meeting schedule
(how often and how the network meets, the planned dates) and the contact persons (each party's
contact and its signatories). A free-text annex is laid out like the body. An attached PDF
(``attached.py``) follows a page with its number, title and a note that its pages are appended
as they are. Annexes are part of the one PDF, so the signatures cover them. An annex written in
another language than the agreement carries that language (``/Lang``) in the structure.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from agreement_studio.pdf.attached import attached_page_flowables, read_attachment
from agreement_studio.pdf.fonts import SANS_BOLD, SERIF
from agreement_studio.pdf.inline import escape
from agreement_studio.pdf.labels import format_date
from agreement_studio.pdf.lang_heading import LangHeading
from agreement_studio.pdf.markdown_layout import layout_markdown
from agreement_studio.pdf.para import Para
from agreement_studio.pdf.styles import HEAD_FILL, RULE, styles
from agreement_studio.pdf.tables import TaggedTable, tag_table_parts
from agreement_studio.pdf.tagging import Tag, tagged
from agreement_studio.pdf.textlines import wrap_lines

_WORDS: dict[str, dict[str, str]] = {
    "fi": {
        "annex": "Liite",
        "schedule": "Verkoston kokoukset ensimmäisenä sopimusvuonna.",
        "no_dates": "Kokousajat vahvistetaan verkoston ensimmäisessä kokouksessa.",
        "date": "Päivämäärä",
        "meeting": "Kokous",
        "party": "Osapuoli",
        "contact": "Yhteyshenkilö",
        "email": "Sähköposti",
        "phone": "Puhelin",
        "signatories": "Allekirjoittaja",
        "attached": (
            "Liitteen sivut ({pages}) ovat seuraavilla sivuilla sellaisinaan tiedostosta {file}. "
            "Ne ovat osa sopimusta ja allekirjoitusten kattamia, mutta niiden tekstiä ei ole "
            "merkitty tämän asiakirjan saavutettavaan rakenteeseen."
        ),
    },
    "sv": {
        "annex": "Bilaga",
        "schedule": "Nätverkets möten under det första avtalsåret.",
        "no_dates": "Mötestiderna fastställs vid nätverkets första möte.",
        "date": "Datum",
        "meeting": "Möte",
        "party": "Part",
        "contact": "Kontaktperson",
        "email": "E-post",
        "phone": "Telefon",
        "signatories": "Undertecknare",
        "attached": (
            "Bilagans sidor ({pages}) följer oförändrade ur filen {file}. De är en del av avtalet"
            " och omfattas av underskrifterna, men deras text är inte märkt i detta dokuments "
            "tillgängliga struktur."
        ),
    },
    "en": {
        "annex": "Annex",
        "schedule": "The network's meetings in the first year of the agreement.",
        "no_dates": "The meeting dates are confirmed at the network's first meeting.",
        "date": "Date",
        "meeting": "Meeting",
        "party": "Party",
        "contact": "Contact person",
        "email": "Email",
        "phone": "Telephone",
        "signatories": "Signatory",
        "attached": (
            "The annex's pages ({pages}) follow as they are, from the file {file}. They are part "
            "of the agreement and covered by the signatures, but their text is not tagged in this"
            " document's accessible structure."
        ),
    },
}
_HEAD, _BODY = (SANS_BOLD, 8.0, 9.6), (SERIF, 8.5, 10.2)


def annex_pages(agreement: Any, language: str, width: float) -> list[Flowable]:
    """A page per annex with content: its heading, then what its kind says."""
    words = _WORDS.get(language, _WORDS["en"])
    look = styles()
    out: list[Flowable] = []
    for number, title, content in agreement.annex_pages():
        own = str(getattr(content.language, "value", content.language) or "")
        # The annex's own language, when the draft says it differs: its title and text.
        section = Tag("Sect", lang=own if own and own != language else "")
        heading = f"{words['annex']} {number}: {escape(title)}"
        if section.lang:
            # "Liite 3:" in the agreement's language, the title (a Span) and the text in the
            # annex's own; the note of an attached file in the agreement's language.
            out += [
                PageBreak(),
                LangHeading(
                    f"{words['annex']} {number}:",
                    title,
                    section.lang,
                    look.clause_unnumbered,
                    Tag("H2", section, container=True, lang=language),
                ),
            ]
        else:
            out += [PageBreak(), tagged(Para(heading, look.clause_unnumbered), Tag("H2", section))]
        kind = getattr(content.kind, "value", content.kind)
        if kind == "meeting-schedule":
            out += _meeting_schedule(agreement, words, language, width, section)
        elif kind == "contacts":
            out += _contacts(agreement, words, width, section)
        elif kind == "attached-pdf":
            out += _attached(content, number, title, words, Tag("Div", section, lang=language))
        else:
            out += _free_text(content.text, width, section)
    return out


def _attached(
    content: Any, number: int, title: str, words: dict[str, str], section: Tag
) -> list[Flowable]:
    file_name = content.file_name or f"{words['annex']} {number}.pdf"
    attached = read_attachment(content.pdf, f"{words['annex']} {number} ({title})")
    note = words["attached"].format(pages=len(attached.pages), file=f"\u201d{file_name}\u201d")
    # The note is in the agreement's language, whatever language the attached file is in.
    out: list[Flowable] = [tagged(Para(escape(note), styles().body), Tag("P", section))]
    for flowable in attached_page_flowables(attached, f"annex{number}"):
        out += [PageBreak(), flowable]
    return out


def _meeting_schedule(
    agreement: Any, words: dict[str, str], language: str, width: float, section: Tag
) -> list[Flowable]:
    look = styles()
    dates = list(agreement.meetings.planned_dates)
    out: list[Flowable] = [tagged(Para(escape(words["schedule"]), look.body), Tag("P", section))]
    if not dates:
        return [*out, tagged(Para(escape(words["no_dates"]), look.body), Tag("P", section))]
    rows = [[words["meeting"], words["date"]]]
    rows += [[str(n), format_date(day, language)] for n, day in enumerate(dates, start=1)]
    return [*out, _table(rows, [width * 0.2, width * 0.4], section)]


def _contacts(agreement: Any, words: dict[str, str], width: float, section: Tag) -> list[Flowable]:
    columns = ("party", "contact", "email", "phone", "signatories")
    rows = [[words[column] for column in columns]]
    for party in agreement.parties:
        contact = party.contact
        signers = "; ".join(
            ", ".join(part for part in (s.name, s.title) if part) for s in party.signatories
        )
        rows.append([party.name, contact.name, contact.email, contact.phone, signers])
    # A party's name in another language than the agreement's is marked with its /Lang.
    own = str(agreement.language.value)
    langs = {
        (row, 0): party.name_language
        for row, party in enumerate(agreement.parties, start=1)
        if party.name_language and party.name_language != own
    }
    shares = (0.21, 0.16, 0.25, 0.17, 0.21)
    return [_table(rows, [width * share for share in shares], section, langs)]


def _free_text(text: str, width: float, section: Tag) -> list[Flowable]:
    flowables = layout_markdown(text or "–", width)
    for flowable in flowables:
        tag = getattr(flowable, "tag", None)
        # The outermost element (a list's L above its LI) goes into the annex's section.
        while tag is not None and tag.parent is not None and tag.parent is not section:
            tag = tag.parent
        if tag is not None and tag.parent is None:
            tag.parent = section
    return flowables


def _table(
    rows: list[list[str]],
    widths: list[float],
    section: Tag,
    langs: dict[tuple[int, int], str] | None = None,
) -> Table:
    data = []
    for index, row in enumerate(rows):
        font, size, _ = _HEAD if index == 0 else _BODY
        data.append(
            [
                "\n".join(wrap_lines(cell or "–", font, size, max(w - 8, 1)))
                for cell, w in zip(row, widths, strict=True)
            ]
        )
    table = TaggedTable(
        data,
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        # ReportLab calls any callable (table, event, *args); its stubs want a TableRenderCB.
        renderCB=tag_table_parts,  # type: ignore[arg-type]  # see above
        splitInRow=48,  # a row with pages of text (a pasted name) may split inside
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), *_BODY),
                ("FONT", (0, 0), (-1, 0), *_HEAD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )
    table.row_origin = list(range(len(data)))
    table.cell_langs = dict(langs or {})
    table.spaceBefore, table.spaceAfter = 6, 8
    tagged(table, Tag("Table", section, container=True))
    return table
