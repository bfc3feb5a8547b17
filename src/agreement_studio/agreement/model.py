"""What a network continuation agreement is: the data a draft holds.

The models accept an unfinished draft (empty strings, empty lists), so that a person can save at
any step of the wizard and come back; :func:`agreement_studio.agreement.rules.problems` says what
is still missing or wrong, each with its field path.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field, field_validator

from agreement_studio.i18n import translatable

_ = translatable(__name__)

SCHEMA_VERSION = 4
"""The version of the draft format written by this version of the application."""


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", use_attribute_docstrings=True, validate_assignment=True
    )


_LANGUAGE_TAG = r"^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?$"
"""A BCP 47 language tag as PDF's ``/Lang`` takes it (``sv``, ``se``, ``en-GB``), or blank."""


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class Language(StrEnum):
    """The language an agreement is written in."""

    FI = "fi"
    SV = "sv"
    EN = "en"


class OrganisationType(StrEnum):
    """What kind of organisation a party is."""

    MUNICIPALITY = "municipality"
    STATE_AUTHORITY = "state-authority"
    EDUCATIONAL_INSTITUTION = "educational-institution"
    ASSOCIATION = "association"
    COMPANY = "company"
    OTHER = "other"


class Person(_Model):
    """A named person at a party: a contact or a coordinator."""

    name: str = ""
    """Full name."""
    title: str = ""
    """Job title or role in the organisation."""
    email: str = ""
    """Email address."""
    phone: str = ""
    """Telephone number, as the person writes it."""

    _strip_all = field_validator("*", mode="before")(_strip)


class Signatory(_Model):
    """A person who signs the agreement for a party."""

    name: str = ""
    """Full name, as in the signatory's certificate."""
    title: str = ""
    """Title that gives the authority to sign (e.g. mayor, principal, executive director)."""
    email: str = ""
    """Email address, used when sending the agreement for signature."""

    _strip_all = field_validator("*", mode="before")(_strip)


class Party(_Model):
    """An organisation that is a party to the agreement."""

    name: str = ""
    """Registered name of the organisation."""
    business_id: str = ""
    """Finnish Business ID (Y-tunnus), like 1234567-8; empty for a foreign organisation."""
    country: str = "FI"
    """Country of registration as an ISO 3166-1 alpha-2 code (FI for Finland)."""
    foreign_id: str = ""
    """The organisation's own registration identifier, when it is not Finnish."""
    address: str = ""
    """Postal address."""
    organisation_type: OrganisationType = OrganisationType.OTHER
    """What kind of organisation this is."""
    signatories: list[Signatory] = Field(default_factory=list)
    """The people who sign for this party (one or more)."""
    contact: Person = Field(default_factory=Person)
    """The party's contact person for the network."""
    name_language: str = ""
    """The language of the party's name when it is not the agreement's (``sv`` for a
    Swedish-named municipality in a Finnish agreement); blank: the agreement's language. The
    PDF marks the name with it, so a screen reader reads it right."""

    _strip_all = field_validator(
        "name", "business_id", "foreign_id", "address", "name_language", mode="before"
    )(_strip)

    @field_validator("name_language")
    @classmethod
    def _language_tag(cls, value: str) -> str:
        if not re.fullmatch(_LANGUAGE_TAG, value):
            raise ValueError(
                _(
                    "{value} is not a language code; write it as sv, fi, en or se "
                    "(a BCP 47 tag such as en-GB also works), or leave it blank",
                    value=repr(value),
                )
            )
        return value

    @field_validator("country", mode="before")
    @classmethod
    def _upper_country(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @property
    def is_finnish(self) -> bool:
        """True when the party gives a Finnish Business ID."""
        return self.country == "FI"

    @property
    def key(self) -> str:
        """The identifier other parts of the draft use to refer to this party."""
        if self.is_finnish:
            return self.business_id
        return f"{self.country}-{self.foreign_id}"

    @property
    def identifier_label(self) -> str:
        """The identifier as printed: the Business ID, or country and foreign identifier."""
        return self.business_id if self.is_finnish else f"{self.country} {self.foreign_id}"


class SingleCoordinator(_Model):
    """One party coordinates the network, through a named coordinator."""

    kind: Literal["coordinator"] = "coordinator"
    """Marks this form of coordination."""
    party: str = ""
    """Key (Business ID) of the coordinating party."""
    coordinator: Person = Field(default_factory=Person)
    """The person who coordinates."""
    duties: list[str] = Field(default_factory=list)
    """What the coordinator does for the network."""


class CoordinatingGroup(_Model):
    """Two or more parties coordinate the network together."""

    kind: Literal["group"] = "group"
    """Marks this form of coordination."""
    parties: list[str] = Field(default_factory=list)
    """Keys (Business IDs) of the parties in the group."""
    chair: str = ""
    """Key of the party that chairs the group, if one does."""
    duties: list[str] = Field(default_factory=list)
    """What the group does for the network."""


Coordination = Annotated[SingleCoordinator | CoordinatingGroup, Field(discriminator="kind")]


class MeetingFrequency(StrEnum):
    """How often the network meets."""

    MONTHLY = "monthly"
    EVERY_TWO_MONTHS = "every-two-months"
    QUARTERLY = "quarterly"
    TWICE_A_YEAR = "twice-a-year"
    YEARLY = "yearly"


class Meetings(_Model):
    """How the network meets."""

    frequency: MeetingFrequency = MeetingFrequency.QUARTERLY
    """How often the network meets."""
    planned_dates: list[date] = Field(default_factory=list)
    """The meetings planned for the first year."""
    fixed_months_ahead: int = Field(default=12, ge=0, le=36)
    """How many months ahead the meeting schedule is fixed."""
    convened_by: Literal["coordinator", "group", "rotating"] = "coordinator"
    """Who convenes: the coordinator, the coordinating group, or the parties in turn."""
    format: Literal["in-person", "remote", "hybrid"] = "hybrid"
    """Whether meetings are held in person, remotely, or both."""


class Commitment(_Model):
    """What one party puts into the network each year."""

    party: str = ""
    """Key (Business ID) of the party."""
    staff_hours_per_year: int = Field(default=0, ge=0, le=100_000)
    """Staff working time given to the network, in hours a year."""
    staff_mandate: str = ""
    """The mandate the party's management gives that staff to take part and to act for the party."""
    money_eur_per_year: int = Field(default=0, ge=0, le=100_000_000)
    """Money given to the network, in euros a year."""
    premises: str = ""
    """Premises or equipment made available (e.g. meeting rooms, a guidance point)."""
    other: str = ""
    """Anything else the party commits to."""

    _strip_text = field_validator("party", "staff_mandate", "premises", "other", mode="before")(
        _strip
    )


class Term(_Model):
    """How long the agreement runs."""

    start: date | None = None
    """The day the agreement takes effect."""
    end: date | None = None
    """The last day the agreement is in force; unused when it runs indefinitely."""
    indefinite: bool = False
    """True when the agreement runs until terminated."""
    notice_months: int = Field(default=3, ge=0, le=36)
    """Notice period, in months, for a party that withdraws (or terminates)."""
    review_date: date | None = None
    """When the parties review the agreement together."""


class DataProtection(_Model):
    """Confidentiality and data protection (GDPR)."""

    personal_data: bool = True
    """Whether personal data of clients or staff is processed in the network's work."""
    roles: Literal["independent-controllers", "joint-controllers", "controller-processor"] = (
        "independent-controllers"
    )
    """The parties' roles under the GDPR."""
    contact: str = ""
    """Who to contact about data protection in the network."""


class Clauses(_Model):
    """The remaining terms: joining, communications, materials, breach and disputes."""

    new_parties_by: Literal["unanimous", "majority"] = "unanimous"
    """How the parties decide to admit a new party."""
    decisions_by: Literal["consensus", "majority"] = "consensus"
    """How the network's joint decisions are made."""
    data_protection: DataProtection = Field(default_factory=DataProtection)
    """Confidentiality and data protection."""
    communications: str = ""
    """Who is responsible for the network's communications, and how."""
    materials_licence: Literal["cc-by-4.0", "shared-use", "owner-keeps"] = "cc-by-4.0"
    """How the network's results and materials may be used."""
    breach_remedy_days: int = Field(default=30, ge=1, le=365)
    """Days a party in breach has to put it right after written notice."""
    disputes_court: str = ""
    """The court of first instance for disputes not settled by negotiation."""


class Signing(_Model):
    """Where and when the agreement is signed."""

    place: str = ""
    """The place of signing, as printed on the signature page."""
    date: dt.date | None = None
    """The date of signing, if it is agreed beforehand; blank lets each signatory date it."""


class Network(_Model):
    """The cooperation network the agreement keeps going."""

    name: str = ""
    """The network's name."""
    region: str = ""
    """The region the network serves."""
    purpose: str = ""
    """Background and purpose: why the network exists and why it continues."""
    services: list[str] = Field(default_factory=list)
    """The guidance services the network covers."""
    goals: list[str] = Field(default_factory=list)
    """The goals of the continued cooperation."""

    _strip_text = field_validator("name", "region", "purpose", mode="before")(_strip)


class AnnexKind(StrEnum):
    """Where an annex's content comes from."""

    TITLE_ONLY = "title-only"
    """Only the title is listed (the content is kept elsewhere)."""
    MEETING_SCHEDULE = "meeting-schedule"
    """Made from the draft: the planned meetings, how often and how the network meets."""
    CONTACTS = "contacts"
    """Made from the draft: each party's contact person and representatives."""
    TEXT = "text"
    """Free text written in the draft."""
    ATTACHED_PDF = "attached-pdf"
    """A PDF document kept in the draft and appended to the agreement, so it is signed with it."""


MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024
"""The largest PDF an annex may attach (the draft holds it, base64-encoded)."""


class AnnexContent(_Model):
    """What one annex contains (the annex is named by its title in ``Agreement.annexes``)."""

    # An attached PDF is kept in the draft's JSON as base64 text.
    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    kind: AnnexKind = AnnexKind.TEXT
    """Where the content comes from."""
    text: str = ""
    """The text of a free-text annex (paragraphs separated by blank lines)."""
    language: Language | None = None
    """The language the annex (its title and text) is written in, when it is not the
    agreement's own; ``None`` for the agreement's language."""
    file_name: str = ""
    """The name of an attached PDF's file, as it was attached (shown, never opened again)."""
    pdf: bytes = Field(default=b"", max_length=MAX_ATTACHMENT_BYTES)
    """The attached PDF itself (kind ``attached-pdf``)."""


class Agreement(_Model):
    """A network continuation agreement, as a draft holds it."""

    schema_version: int = SCHEMA_VERSION
    """The version of the draft format."""
    document_id: UUID = Field(default_factory=uuid4)
    """The agreement's own identifier; printed on every page and kept in the PDF metadata."""
    template_id: str = "network-continuation"
    """The template the agreement is written from."""
    language: Language = Language.FI
    """The language the agreement is written in."""
    title: str = ""
    """The agreement's title; blank uses the template's title."""
    network: Network = Field(default_factory=Network)
    """The network."""
    parties: list[Party] = Field(default_factory=list)
    """The parties (at least two)."""
    coordination: Coordination = Field(default_factory=SingleCoordinator)
    """Who coordinates the network."""
    meetings: Meetings = Field(default_factory=Meetings)
    """How the network meets."""
    commitments: list[Commitment] = Field(default_factory=list)
    """Each party's commitments, one entry per party."""
    competence_development: str = ""
    """How the network keeps its members' competence current."""
    term: Term = Field(default_factory=Term)
    """How long the agreement runs."""
    clauses: Clauses = Field(default_factory=Clauses)
    """The remaining terms."""
    signing: Signing = Field(default_factory=Signing)
    """Where and when it is signed."""
    optional_clauses: dict[str, bool] = Field(default_factory=dict)
    """Optional clauses switched on or off; absent ones take the template default."""
    annexes: list[str] = Field(default_factory=list)
    """Titles of the annexes attached to the agreement."""
    annex_content: dict[str, AnnexContent] = Field(default_factory=dict)
    """The content of each annex, by its title; an annex without an entry is a title only."""
    prepared: dt.datetime | None = None
    """When the draft was made ready for signing (UTC, whole seconds): the PDF's creation date.

    The wizard's Finish, ``render`` and ``register add`` record it when it is blank (``render
    --created`` or ``SOURCE_DATE_EPOCH`` set it explicitly); rendering itself never reads the
    clock, so the same draft gives the same bytes."""

    @field_validator("prepared")
    @classmethod
    def _utc_seconds(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).replace(microsecond=0)

    def annex_pages(self) -> list[tuple[int, str, AnnexContent]]:
        """(number, title, content) of every annex that has content to print."""
        found = []
        for number, title in enumerate(self.annexes, start=1):
            content = self.annex_content.get(title)
            if content is not None and content.kind is not AnnexKind.TITLE_ONLY:
                found.append((number, title, content))
        return found

    def party(self, key: str) -> Party | None:
        """The party with that key, if there is one."""
        return next((p for p in self.parties if p.key == key), None)

    def commitment_of(self, key: str) -> Commitment | None:
        """The commitment of the party with that key, if given."""
        return next((c for c in self.commitments if c.party == key), None)

    def signatures(self) -> list[tuple[Party, Signatory, str]]:
        """Every (party, signatory, signature field name), in signing order."""
        return [
            (party, s, signature_field_name(party, s))
            for party in self.parties
            for s in party.signatories
        ]


def slug(text: str) -> str:
    """Lowercase ASCII with single hyphens: ``Matti Meikäläinen`` -> ``matti-meikalainen``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def signature_field_name(party: Party, signatory: Signatory) -> str:
    """The stable name of a signatory's signature field: ``sig-<party>-<signatory>``.

    It depends only on the party's identifier and the signatory's name, so reordering parties
    does not rename fields, and signing can find the field from a certificate's name.
    """
    return f"sig-{slug(party.key) or 'party'}-{slug(signatory.name) or 'signatory'}"
