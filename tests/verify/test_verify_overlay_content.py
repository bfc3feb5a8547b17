"""Overlays that hide signed content: the evil annotation and the sneaky signature.

Mainka et al., "Breaking the Specification: PDF Certification" (IEEE S&P 2021). After a P=3
certification, an annotation with a white box and other words over the certified text (the
*evil annotation*); after approval signatures, a new signature field whose stamp paints a white
box over the signed text (the *sneaky signature*). Each attack is built at test time with
pyHanko (annotations by hand, stamps with pyHanko's own stamp styles), and so are the honest
neighbours that must stay valid: notes and highlights after P=3, pyHanko's default stamp over
text, opaque stamps in blank areas, translucent stamps, several signers with stamps of their own.
"""

from __future__ import annotations

import io

import pytest
from verify_helpers import make_signer, sign
from verify_tamper import update

from agreement_studio.verification import Verdict, content_boxes, verify_pdf

TEXT_LINE = (60, 730, 460, 770)
"""Over the two lines of page 1 the signers signed ("Network continuation agreement"...)."""
BLANK = (320, 400, 520, 460)
"""A part of page 1 with nothing on it."""
WHITE_BOX = b"1 1 1 rg 0 0 %d %d re f 0 g BT /F1 18 Tf 8 12 Td (EVIL TEXT) Tj ET"


def _name(text: str):
    from pyhanko.pdf_utils import generic

    return generic.pdf_name(text)


def _numbers(values) -> object:
    from pyhanko.pdf_utils import generic

    return generic.ArrayObject([generic.FloatObject(v) for v in values])


def _form(writer, box, content: bytes, blend: str | None = None):
    """A form XObject of the size of ``box`` (with a Helvetica /F1, and an ExtGState /G)."""
    from pyhanko.pdf_utils import generic

    font = generic.DictionaryObject(
        {
            _name("/Type"): _name("/Font"),
            _name("/Subtype"): _name("/Type1"),
            _name("/BaseFont"): _name("/Helvetica"),
        }
    )
    resources = generic.DictionaryObject(
        {_name("/Font"): generic.DictionaryObject({_name("/F1"): writer.add_object(font)})}
    )
    if blend is not None:
        state = generic.DictionaryObject({_name("/BM"): _name("/" + blend)})
        resources[_name("/ExtGState")] = generic.DictionaryObject({_name("/G"): state})
    width, height = box[2] - box[0], box[3] - box[1]
    return writer.add_object(
        generic.StreamObject(
            {
                _name("/Type"): _name("/XObject"),
                _name("/Subtype"): _name("/Form"),
                _name("/BBox"): _numbers((0, 0, width, height)),
                _name("/Resources"): resources,
            },
            stream_data=content,
        )
    )


def add_markup(
    data: bytes,
    subtype: str,
    box=TEXT_LINE,
    content: bytes | None = None,
    *,
    blend: str | None = None,
    flags: int = 4,
) -> bytes:
    """Add an annotation of ``subtype`` on page 1 at ``box``, with ``content`` as appearance."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        page_ref, _ = writer.find_page_for_modification(0)
        annot = generic.DictionaryObject(
            {
                _name("/Type"): _name("/Annot"),
                _name("/Subtype"): _name("/" + subtype),
                _name("/Rect"): _numbers(box),
                _name("/F"): generic.NumberObject(flags),
                _name("/Contents"): generic.TextStringObject("remark"),
                _name("/DA"): generic.TextStringObject("/Helv 18 Tf 0 g"),
            }
        )
        if subtype in ("Highlight", "Underline", "StrikeOut", "Squiggly"):
            x0, y0, x1, y1 = box
            annot[_name("/QuadPoints")] = _numbers((x0, y1, x1, y1, x0, y0, x1, y0))
        if content is not None:
            form = _form(writer, box, content, blend)
            annot[_name("/AP")] = generic.DictionaryObject({_name("/N"): form})
        writer.register_annotation(page_ref, writer.add_object(annot))

    return update(data, edit)


def white_box(box) -> bytes:
    return WHITE_BOX % (box[2] - box[0], box[3] - box[1])


@pytest.fixture(scope="module")
def certified_p3(base_pdf, pki) -> bytes:
    return sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=3)


# -- F1: the evil annotation -----------------------------------------------------------------

COVERING_TYPES = [
    "FreeText",
    "Square",
    "Circle",
    "Line",
    "Polygon",
    "PolyLine",
    "Ink",
    "Stamp",
    "FileAttachment",
    "Redact",
    "Link",
]


@pytest.mark.parametrize("subtype", COVERING_TYPES)
def test_an_annotation_that_can_cover_content_after_p3_is_modified(subtype, certified_p3, trust):
    data = add_markup(certified_p3, subtype, TEXT_LINE, white_box(TEXT_LINE))
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.MODIFIED, report.message
    assert report.signatures[0].changes_after == (
        f"a {subtype} annotation that can cover content was added on page 1 "
        "(the certification permits only annotations that cannot hide content)",
    )


@pytest.mark.parametrize("where", [TEXT_LINE, BLANK])
def test_a_covering_annotation_type_is_refused_wherever_it_lies(where, certified_p3, trust):
    """Its type, not its place, decides: a FreeText's box can be moved or grown later."""
    report = verify_pdf(add_markup(certified_p3, "FreeText", where, white_box(where)), trust=trust)
    assert report.verdict is Verdict.MODIFIED


def test_a_freetext_without_appearance_is_refused(certified_p3, trust):
    """Readers draw a FreeText from its /DA when it has no appearance."""
    report = verify_pdf(add_markup(certified_p3, "FreeText"), trust=trust)
    assert report.verdict is Verdict.MODIFIED
    assert "a FreeText annotation that can cover content" in report.signatures[0].changes_after[0]


def test_the_evil_annotation_stays_modified_after_a_trusted_signature(certified_p3, pki, trust):
    data = add_markup(certified_p3, "Square", TEXT_LINE, white_box(TEXT_LINE))
    data = sign(data, "Signer2", pki.signers[1], pki)
    certification, approval = verify_pdf(data, trust=trust).signatures
    assert certification.verdict is Verdict.MODIFIED
    assert "a Square annotation that can cover content was added" in certification.changes_after[0]
    assert approval.verdict is Verdict.VALID


@pytest.mark.parametrize("subtype", ["Highlight", "StrikeOut", "Text"])
def test_a_markup_or_a_large_note_painting_an_opaque_box_over_text_is_modified(
    subtype, certified_p3, trust
):
    """A type that cannot hide by nature still may not paint an opaque box over the text."""
    data = add_markup(certified_p3, subtype, TEXT_LINE, white_box(TEXT_LINE))
    (change,) = verify_pdf(data, trust=trust).signatures[0].changes_after
    assert change.startswith(
        f"a {subtype} annotation was added on page 1 whose appearance covers text "
        "that the earlier signers signed"
    )


def test_a_note_changed_into_a_covering_box_is_modified(certified_p3, trust):
    from pyhanko.pdf_utils import generic

    noted = add_markup(certified_p3, "Text", (550, 750, 570, 770))
    assert verify_pdf(noted, trust=trust).verdict is Verdict.VALID

    def grow(writer):
        page_ref, _ = writer.find_page_for_modification(0)
        page = page_ref.get_object()
        annot_ref = page["/Annots"][-1]
        annot = annot_ref.get_object()
        annot[_name("/Subtype")] = _name("/Square")
        annot[_name("/Rect")] = _numbers(TEXT_LINE)
        form = _form(writer, TEXT_LINE, white_box(TEXT_LINE))
        annot[_name("/AP")] = generic.DictionaryObject({_name("/N"): form})
        writer.update_container(annot)

    report = verify_pdf(update(noted, grow), trust=trust)
    assert report.verdict is Verdict.MODIFIED
    assert (
        report.signatures[0]
        .changes_after[0]
        .startswith("a Square annotation that can cover content on page 1 changed")
    )


@pytest.mark.parametrize(
    ("subtype", "box", "content", "blend"),
    [
        ("Text", (550, 750, 570, 770), b"1 1 0 rg 0 0 20 20 re f", None),  # a note in the margin
        ("Text", (100, 755, 120, 775), None, None),  # a note over text, icon drawn by the reader
        ("Text", (100, 755, 120, 779), b"1 1 0 rg 0 0 20 24 re f", None),  # its own icon there
        ("Highlight", TEXT_LINE, b"/G gs 1 1 0 rg 0 0 400 40 re f", "Multiply"),
        ("Underline", TEXT_LINE, b"0 0 1 RG 1 w 0 2 m 400 2 l S", None),
        ("StrikeOut", TEXT_LINE, None, None),
        ("Caret", (200, 735, 210, 745), b"0 0 1 RG 0 0 m 5 10 l 10 0 l S", None),
        ("Square", BLANK, b"", None),  # an appearance that paints nothing
        ("Square", TEXT_LINE, white_box(TEXT_LINE), None),  # hidden (flag 2): shows nothing
    ],
)
def test_notes_and_text_markup_after_p3_stay_valid(
    subtype, box, content, blend, certified_p3, trust
):
    flags = 2 if subtype == "Square" and content else 4
    data = add_markup(certified_p3, subtype, box, content, blend=blend, flags=flags)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert "an annotation was added on page 1" in report.signatures[0].allowed_after


# -- F2: the sneaky signature ------------------------------------------------------------------


def sign_with_style(data: bytes, name: str, party, pki, box, style=None) -> bytes:
    """Sign into a new field ``name`` at ``box`` on page 1 with a pyHanko stamp style."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(field_name=name, subfilter=fields.SigSeedSubFilter.PADES)
    signer = signers.PdfSigner(
        meta,
        make_signer(party, pki),
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(name, on_page=0, box=box),
    )
    out = io.BytesIO()
    signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data), strict=False), output=out)
    return out.getvalue()


def boxed_style(opacity: float = 1.0, paint: bytes = b"1 1 1 rg 0 0 400 40 re f"):
    """A pyHanko text stamp on a background box (white and opaque unless told otherwise)."""
    from pyhanko import stamp
    from pyhanko.pdf_utils.content import RawContent
    from pyhanko.pdf_utils.layout import BoxConstraints

    background = RawContent(paint, box=BoxConstraints(400, 40))
    return stamp.TextStampStyle(
        stamp_text="EVIL TEXT", background=background, background_opacity=opacity, border_width=0
    )


@pytest.mark.parametrize(
    "paint",
    [
        b"1 1 1 rg 0 0 400 40 re f",
        b"0 0 0 rg 0 0 m 400 0 l 400 40 l 0 40 l h f*",
        b"1 g 0 0 400 40 re B",
    ],
)
@pytest.mark.parametrize("signer", ["trusted", "stranger"])
def test_a_new_stamp_painting_an_opaque_box_over_signed_text_is_modified(
    paint, signer, signed_once, pki, trust
):
    party = pki.signers[1] if signer == "trusted" else pki.stranger
    data = sign_with_style(signed_once, "Stamp", party, pki, TEXT_LINE, boxed_style(paint=paint))
    first, second = verify_pdf(data, trust=trust).signatures
    assert first.verdict is Verdict.MODIFIED
    assert first.changes_after == (
        "the new signature's stamp (field 'Stamp') covers text of page 1 "
        "that the earlier signers signed",
    )
    assert second.verdict is (Verdict.VALID if signer == "trusted" else Verdict.UNTRUSTED)


def test_a_stamp_over_text_the_page_draws_through_a_form_xobject_is_modified(base_pdf, pki, trust):
    """The signed text sits in a form XObject the page draws, moved there by a matrix."""
    from pyhanko.pdf_utils import generic

    def wrap(writer):
        page_ref, _ = writer.find_page_for_modification(0)
        page = page_ref.get_object()
        box = (0, 0, 400, 40)
        form = _form(writer, box, b"BT /F1 12 Tf 0 10 Td (Price: 1000 EUR) Tj ET")
        content = writer.add_object(
            generic.StreamObject(stream_data=b"q 1 0 0 1 72 440 cm /Fm1 Do Q")
        )
        page[_name("/Contents")] = generic.ArrayObject([page.raw_get("/Contents"), content])
        resources = page["/Resources"]
        resources[_name("/XObject")] = generic.DictionaryObject({_name("/Fm1"): form})
        writer.update_container(page)

    data = sign(update(base_pdf, wrap), "Signer1", pki.signers[0], pki)
    honest = sign_with_style(data, "Stamp", pki.signers[1], pki, BLANK, boxed_style())
    assert verify_pdf(honest, trust=trust).verdict is Verdict.VALID
    attacked = sign_with_style(
        data, "Stamp", pki.signers[1], pki, (60, 440, 460, 480), boxed_style()
    )
    first, _ = verify_pdf(attacked, trust=trust).signatures
    assert first.verdict is Verdict.MODIFIED, first.message


@pytest.mark.parametrize(
    ("box", "style"),
    [
        (TEXT_LINE, None),  # pyHanko's default stamp: translucent art and text only
        (TEXT_LINE, "translucent"),  # a white box at 60% opacity lets the text show
        (BLANK, "opaque"),  # an opaque stamp where the page shows nothing
    ],
)
def test_honest_stamps_in_new_fields_stay_valid(box, style, signed_once, pki, trust):
    chosen = {None: None, "translucent": boxed_style(0.6), "opaque": boxed_style()}[style]
    data = sign_with_style(signed_once, "Stamp", pki.signers[1], pki, box, chosen)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert (
        "the stamp of signature field 'Stamp' is new content on page 1, in no prepared field"
        in report.signatures[0].allowed_after
    )


def test_several_signers_with_opaque_stamps_in_blank_areas_stay_valid(base_pdf, pki, trust):
    data = base_pdf
    boxes = [(320, 400, 440, 440), (450, 400, 570, 440), (320, 460, 440, 500)]
    for index, box in enumerate(boxes):
        style = boxed_style() if index % 2 == 0 else None
        data = sign_with_style(data, f"Party{index + 1}", pki.signers[index], pki, box, style)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert [s.verdict for s in report.signatures] == [Verdict.VALID] * 3


def test_content_past_the_bounds_keeps_the_earlier_rule(signed_once, pki, trust, monkeypatch):
    """When the page is too large to read, the stamp is judged as before: allowed and named."""
    data = sign_with_style(signed_once, "Stamp", pki.signers[1], pki, TEXT_LINE, boxed_style())
    monkeypatch.setattr(content_boxes, "MAX_OPERATORS", 3)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


# -- the interpreter ---------------------------------------------------------------------------


def test_text_boxes_follow_matrices_and_text_positioning():
    from agreement_studio.verification.content_boxes import _Interpreter, _State, _Walk

    walk = _Walk(view=None)  # type: ignore[arg-type]
    content = (
        b"q 2 0 0 2 10 20 cm BT /F1 10 Tf 5 5 Td (abc) Tj 0 -20 TD [(ab) -1000 (c)] TJ ET Q "
        b"BT 12 TL /F1 12 Tf 1 0 0 1 100 100 Tm T* (x\\)y) ' ET"
    )
    interpreter = _Interpreter(walk, {}, _State(), 0)
    interpreter.view = _NoView()
    interpreter.run(content)
    first, second, third = walk.text
    assert first == pytest.approx((20, 25, 56, 49))  # 3 glyphs x 6 wide, x2, at (10+10, 20+10)
    assert second[0] == pytest.approx(20) and second[2] == pytest.approx(20 + 2 * 28)
    assert third == pytest.approx((100, 73, 100 + 3 * 7.2, 87.4))  # two lines down


class _NoView:
    """Resources that are plain dictionaries already."""

    @staticmethod
    def get(dictionary, key):
        return dictionary.get(key) if isinstance(dictionary, dict) else None

    @staticmethod
    def resolve(value):
        return value


@pytest.mark.parametrize(("mode", "box"), [("RGB", TEXT_LINE), ("RGBA", TEXT_LINE), ("RGB", BLANK)])
def test_a_stamp_on_an_image_hides_text_only_when_the_image_is_opaque(
    mode, box, signed_once, pki, trust
):
    """An image without a soft mask paints its whole square; one with alpha lets text show."""
    from PIL import Image
    from pyhanko import stamp
    from pyhanko.pdf_utils.images import PdfImage

    colour = (255, 255, 255) if mode == "RGB" else (255, 255, 255, 120)
    background = PdfImage(Image.new(mode, (400, 40), colour))
    style = stamp.TextStampStyle(
        stamp_text="EVIL TEXT", background=background, background_opacity=1.0, border_width=0
    )
    data = sign_with_style(signed_once, "Stamp", pki.signers[1], pki, box, style)
    hides = mode == "RGB" and box == TEXT_LINE
    report = verify_pdf(data, trust=trust)
    assert report.verdict is (Verdict.MODIFIED if hides else Verdict.VALID), report.message
