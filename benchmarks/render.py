"""How long composing and rendering an agreement takes, against ReportLab used directly.

Run: ``python benchmarks/render.py [--runs N]``. For the 4-, 10- and 30-party Finnish examples
it prints the median time to compose and render (after a warm-up), and the median time to lay
out the same Markdown text directly with ReportLab, and their ratio. "Directly" is ReportLab's
SimpleDocTemplate with plain Paragraphs in the same fonts, one per Markdown paragraph, list item
and table row: no template engine, no numbering, no tables, no title block, no signature page, no
fields, no furniture. Then it says whether the aims are met: at most 150 ms for 10 parties
composed and rendered, and rendering at most 1.3 times the direct layout.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from agreement_studio.agreement import Agreement, example_agreement
from agreement_studio.pdf.render import render_pdf

AIM_MS = 150.0
AIM_RATIO = 1.3
PARTY_COUNTS = (4, 10, 30)


@dataclass(frozen=True)
class _Template:
    id: str = "benchmark"
    version: str = "0"


@dataclass(frozen=True)
class _Composed:
    title: str
    markdown: str
    template: _Template = field(default_factory=_Template)
    language: str = "fi"
    labels: dict[str, str] = field(default_factory=dict)


def _fallback_compose(agreement: Agreement) -> _Composed:
    """A stand-in composition when drafting cannot be imported: clauses, lists and a table."""
    rows = "\n".join(f"| {p.name} | {p.business_id} | 80 |" for p in agreement.parties)
    clauses = [f"## Osapuolet\n\n| Osapuoli | Y-tunnus | h/v |\n| --- | --- | ---: |\n{rows}"]
    for number in range(14):
        text = " ".join([agreement.network.purpose] * 2)
        clauses.append(f"## Lauseke {number}\n\n{text}\n\n{text}\n\n- yksi\n- kaksi")
    return _Composed(title="Yhteistyösopimus", markdown="\n\n".join(clauses))


def _composer() -> tuple[Callable[[Agreement], object], str]:
    try:
        from agreement_studio.drafting import compose
    except ImportError as error:
        return _fallback_compose, f"drafting.compose not importable ({error}); test Markdown"
    return compose, "drafting.compose"


def _plain_blocks(markdown: str) -> list[str]:
    """The Markdown's paragraphs, list items and table rows, each as its own block of text."""
    blocks: list[str] = []
    joining = False
    for line in markdown.splitlines():
        text = line.strip()
        starts_block = bool(re.match(r"(#|[-*+] |\d+[.)] |\|)", text))
        if not text:
            joining = False
        elif joining and not starts_block:
            blocks[-1] += " " + text
        else:
            blocks.append(text)
            joining = not text.startswith(("#", "|"))
    return blocks


def _direct(markdown: str) -> bytes:
    """The same text as plain paragraphs (headings in the heading font), nothing else."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from agreement_studio.pdf.fonts import SANS_BOLD, SERIF, register_fonts
    from agreement_studio.pdf.inline import escape
    from agreement_studio.pdf.styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_TOP, PAGE_SIZE

    register_fonts()
    body = ParagraphStyle("direct-body", fontName=SERIF, fontSize=10, leading=14, spaceAfter=5)
    head = ParagraphStyle("direct-head", fontName=SANS_BOLD, fontSize=11.5, leading=15,
                          spaceBefore=12, spaceAfter=5)
    story = [Paragraph(escape(block.lstrip("# ")), head if block.startswith("#") else body)
             for block in _plain_blocks(markdown)]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT,
                      rightMargin=MARGIN_LEFT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                      initialFontName=SERIF, invariant=1).build(story)
    return buffer.getvalue()


def _median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: fonts registered, caches filled
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    """Measure and print; the exit status is 0 whatever the figures (benchmarks never fail)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per figure")
    args = parser.parse_args()
    compose, source = _composer()
    print(f"composition: {source}; median of {args.runs} runs after a warm-up")
    print(f"{'parties':>7} {'pages':>5} {'compose':>9} {'render':>9} {'total':>9} "
          f"{'direct':>9} {'ratio':>6}")
    results = {}
    for count in PARTY_COUNTS:
        agreement = example_agreement(parties=count, language="fi")
        composed = compose(agreement)
        compose_ms = _median_ms(lambda a=agreement: compose(a), args.runs)
        render_ms = _median_ms(lambda c=composed, a=agreement: render_pdf(c, a), args.runs)
        direct_ms = _median_ms(lambda c=composed: _direct(c.markdown), args.runs)
        pages = render_pdf(composed, agreement).count(b"/Type /Page\n")
        total = compose_ms + render_ms
        results[count] = (total, render_ms / direct_ms)
        print(f"{count:>7} {pages:>5} {compose_ms:>7.1f}ms {render_ms:>7.1f}ms {total:>7.1f}ms "
              f"{direct_ms:>7.1f}ms {render_ms / direct_ms:>5.2f}x")
    total_10, ratio_10 = results[10]
    worst_ratio = max(ratio for _, ratio in results.values())
    print(f"aim: 10 parties composed and rendered in <= {AIM_MS:.0f} ms: "
          f"{'met' if total_10 <= AIM_MS else 'NOT met'} ({total_10:.1f} ms)")
    print(f"aim: render <= {AIM_RATIO}x direct ReportLab: "
          f"{'met' if worst_ratio <= AIM_RATIO else 'NOT met'} "
          f"(10 parties {ratio_10:.2f}x, worst {worst_ratio:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
