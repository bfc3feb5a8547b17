"""How long composing and rendering an agreement takes, against ReportLab used directly.

Run: ``python benchmarks/render.py [--runs N] [--clock cpu]``. For the 4-, 10- and 30-party
Finnish examples it prints the time to compose (median) and render (best of runs taken in
turn, so that load from other programs falls on each alike) with our stack, and to lay out
the same content directly with stock ReportLab (``render_direct.py``: the composed text, split
into blocks outside the timer, as stock Paragraphs, bullet items, Tables, a title, one boxed
Table per signatory and a page footer — no template engine, no Markdown layout code, no
signature fields, no "page n / N"), and the ratio of the two. Then it says whether the aims are
met: at most 150 ms for 10 parties composed and rendered, and at most 1.3 times the direct layout.

Our render is the tagged PDF/A-2a one (structure tree, XMP, output intent); the "plain" column
is the same render untagged and without the PDF/A claim, to show what those cost. The drafts'
annexes are left out so both sides lay out the same content.

``--clock cpu`` times with this process's CPU time instead of the wall clock: on a machine
shared with other busy programs the wall clock also counts the time the process waits for a
core, which falls unevenly on short runs; the work itself is the same (every render runs in
this one thread).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from agreement_studio.agreement import Agreement, example_agreement
from agreement_studio.pdf.render import render_pdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_direct import blocks_of, render_direct

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


_clock = time.perf_counter


def _interleaved_best_ms(works: list[Callable[[], object]], runs: int) -> list[float]:
    """The best time of each work, running them in turn so that load from other programs on
    the machine falls on all of them alike (a median of separate blocks of runs drifts)."""
    for work in works:
        work()  # warm-up
    best = [float("inf")] * len(works)
    for _ in range(runs):
        for index, work in enumerate(works):
            start = _clock()
            work()
            best[index] = min(best[index], _clock() - start)
    return [seconds * 1000 for seconds in best]


def _median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: fonts registered, caches filled
    times = []
    for _ in range(runs):
        start = _clock()
        work()
        times.append(_clock() - start)
    return statistics.median(times) * 1000


def main() -> int:
    """Measure and print; the exit status is 0 whatever the figures (benchmarks never fail)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per figure")
    parser.add_argument(
        "--clock",
        choices=["wall", "cpu"],
        default="wall",
        help="wall clock (default) or this process's CPU time (steadier on a busy machine)",
    )
    args = parser.parse_args()
    global _clock
    _clock = time.process_time if args.clock == "cpu" else time.perf_counter
    compose, source = _composer()
    print(
        f"composition: {source}; compose: median of {args.runs} runs; renders: best of "
        f"{args.runs} runs taken in turn, after a warm-up; clock: {args.clock}"
    )
    print(
        f"{'parties':>7} {'pages':>5} {'compose':>9} {'tagged':>9} {'plain':>9} {'total':>9} "
        f"{'direct':>9} {'ratio':>6}"
    )
    results = {}
    for count in PARTY_COUNTS:
        agreement = example_agreement(parties=count, language="fi")
        agreement.annex_content = {}  # the direct layout has no annex pages
        composed = compose(agreement)
        compose_ms = _median_ms(lambda a=agreement: compose(a), args.runs)
        blocks = blocks_of(composed.markdown)
        signatories = [(p.name, s.name, s.title) for p, s, _ in agreement.signatures()]
        document_id = str(agreement.document_id)
        render_ms, plain_ms, direct_ms = _interleaved_best_ms(
            [
                lambda c=composed, a=agreement: render_pdf(c, a),
                lambda c=composed, a=agreement: render_pdf(c, a, pdfa=False, tagged=False),
                lambda c=composed, b=blocks, s=signatories, d=document_id: render_direct(
                    c.title, d, b, s
                ),
            ],
            args.runs,
        )
        pages = render_pdf(composed, agreement).count(b"/Type /Page\n")
        total = compose_ms + render_ms
        results[count] = (total, total / direct_ms)
        print(
            f"{count:>7} {pages:>5} {compose_ms:>7.1f}ms {render_ms:>7.1f}ms {plain_ms:>7.1f}ms "
            f"{total:>7.1f}ms "
            f"{direct_ms:>7.1f}ms {total / direct_ms:>5.2f}x"
        )
    total_10, ratio_10 = results[10]
    worst_ratio = max(ratio for _, ratio in results.values())
    print(
        f"aim: 10 parties composed and rendered in <= {AIM_MS:.0f} ms: "
        f"{'met' if total_10 <= AIM_MS else 'NOT met'} ({total_10:.1f} ms)"
    )
    print(
        f"aim: compose + tagged PDF/A render <= {AIM_RATIO}x direct ReportLab: "
        f"{'met' if worst_ratio <= AIM_RATIO else 'NOT met'} "
        f"(10 parties {ratio_10:.2f}x, worst {worst_ratio:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
