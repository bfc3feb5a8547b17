"""How fast the register lists, searches, filters and imports when it holds many agreements.

Run: ``python benchmarks/register.py [--agreements N] [--register PATH_OR_URL]``. It fills a
fresh register (a temporary SQLite file unless ``--register`` names another, e.g. an empty
PostgreSQL database) with N agreements of 10 parties each, written as rows directly (Core
``executemany`` in big transactions; no PDF is rendered for them, and their draft JSON is a
stub whose SHA-256 is recorded), each with its chained ``baseline`` audit event (rows taken as
found, as the upgrade to facts records them) carrying the agreement's facts as the register
writes them. Then it prints the median of several runs of:
the first page of 100 rows (default order and by title), a search by a party's name (the
synthetic names repeat a lot: "heinolan kansalaisopisto" matches about 30 % of the agreements,
which is the hard case), a search by a Business ID, a filter by status and end date, listing
every row (streamed) with its peak memory, and the import of one signed PDF with the signature
verification timed on its own. Then one run of ``register verify`` over the whole register
(storage check, chain, witness, replay of every agreement's facts against the tables, every
draft's SHA-256, every stored file) and of ``archive verify`` on two archives: of the oldest
agreement (its chain of links runs to the head: the longest) and of a signed one. Aims on a
2-core machine (issue 10): first page and every search <= 50 ms, import <= 250 ms plus the
verification. A search's count is exact, or a bound ("1100+": a common word on PostgreSQL, or
text with another filter); the figures say which. ``--postgresql`` starts a throw-away
PostgreSQL cluster (as the tests do) and measures there; ``--filled PATH_OR_URL`` measures a
register an earlier run of :func:`fill` filled (the fill takes minutes at 100,000).

The synthetic rows have no PDFs and no signatures, so ``register verify`` reports each
synthetic agreement whose status needs a PDF ("has no prepared PDF"); the count is printed.

Baselines measured in the same run, each printed with the ratio: the first page as one bare SQL
statement on the same table (the floor), the search as a naive ``LIKE '%…%'`` scan over the
parties' names with its count (what a register without a word index does), the listing's memory
against loading every row at once, and the import against its verification alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import insert, text

from agreement_studio.register import Query, Register, Status, open_register
from agreement_studio.register.audit import GENESIS, canonical_json
from agreement_studio.register.schema import (
    AgreementRecord,
    EventRecord,
    Meta,
    PartyRecord,
    SignatoryRecord,
    VersionRecord,
)
from agreement_studio.register.search import search_text_of

PARTIES = 10
BATCH = 5000
AIMS_MS = {
    "first page": 50.0,
    "first page by title": 50.0,
    "search": 50.0,
    "search by Business ID": 50.0,
    "search, sorted by title": 50.0,
    "import (without verification)": 250.0,
}
_TOWNS = [
    "Lahden",
    "Heinolan",
    "Hollolan",
    "Orimattilan",
    "Asikkalan",
    "Sysmän",
    "Kärkölän",
    "Padasjoen",
    "Iitin",
    "Hartolan",
    "Kouvolan",
    "Kotkan",
    "Mikkelin",
    "Jyväskylän",
    "Tampereen",
    "Hämeenlinnan",
    "Porvoon",
    "Loviisan",
    "Kuopion",
    "Joensuun",
]
_KINDS = [
    "kaupunki",
    "kansalaisopisto",
    "Setlementti ry",
    "työllisyyspalvelut",
    "kirjasto",
    "Yrittäjät ry",
    "ammattiopisto",
    "kesäyliopisto",
    "Nuorisoasunnot ry",
    "Diakonia sr",
]
_STATUSES = [
    Status.DRAFT,
    Status.READY,
    Status.PARTIALLY_SIGNED,
    Status.SIGNED,
    Status.SIGNED,
    Status.SIGNED,
    Status.TERMINATED,
    Status.SUPERSEDED,
]


def _agreement_rows(index: int, rng: random.Random, now: str) -> tuple[dict, list, list]:
    """One agreement's row, its parties and signatories (ids filled in by the caller)."""
    names = [f"{rng.choice(_TOWNS)} {rng.choice(_KINDS)}" for _ in range(PARTIES)]
    keys = [f"{rng.randrange(10**6, 10**7)}-{rng.randrange(10)}" for _ in range(PARTIES)]
    start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365 * 4))
    end = start + dt.timedelta(days=365 * rng.choice((2, 3, 4, 5)) - 1)
    status = rng.choice(_STATUSES)
    title = f"Yhteistyösopimus {index}: {rng.choice(_TOWNS)} seudun ohjausverkosto"
    network = f"{rng.choice(_TOWNS)} seudun aikuisten ohjausverkosto"
    notice = rng.choice((3, 6, 12))
    row = {
        "document_id": f"{rng.getrandbits(128):032x}",
        "title": title,
        "title_sort": title.casefold(),
        "template_id": "network-continuation",
        "template_version": "1.0",
        "language": "fi",
        "network": network,
        "network_sort": network.casefold(),
        "region": "Päijät-Häme",
        "party_count": PARTIES,
        "signatory_count": PARTIES,
        "signed_count": {Status.SIGNED: PARTIES, Status.PARTIALLY_SIGNED: 4}.get(status, 0),
        "term_start": start,
        "term_end": end,
        "indefinite": False,
        "notice_months": notice,
        "notice_deadline": end - dt.timedelta(days=30 * notice),
        "review_date": start + dt.timedelta(days=365),
        "status": status.value,
        "current_version": 1,
        "created_at": now,
        "updated_at": now,
        "search_text": search_text_of(title, network, "Päijät-Häme", *names, *keys),
    }
    doc = row["document_id"]
    row["document_id"] = f"{doc[:8]}-{doc[8:12]}-{doc[12:16]}-{doc[16:20]}-{doc[20:]}"
    parties = [
        {
            "position": i,
            "name": n,
            "key": k,
            "business_id": k,
            "country": "FI",
            "organisation_type": "other",
        }
        for i, (n, k) in enumerate(zip(names, keys, strict=True))
    ]
    signatories = [
        {
            "position": i,
            "name": f"Allekirjoittaja {i}",
            "title": "johtaja",
            "email": "",
            "field_name": f"sig-{k}-allekirjoittaja-{i}",
            "pinned_fingerprint": None,
        }
        for i, k in enumerate(keys)
    ]
    return row, parties, signatories


def _with_facts(register: Register, ids: list[int], events: list[dict], prev_hash: str) -> str:
    """Give each event its agreement's facts (read back as the register reads them), chained."""
    import hashlib

    from agreement_studio.register.facts import load_facts

    with register.read() as session:
        facts = load_facts(session, ids)
    for event in events:
        content = {
            **{k: event[k] for k in ("seq", "at", "actor", "signer", "action", "document_id")},
            "details": event.pop("content_details"),
            "facts": facts[event["document_id"]],
        }
        event["facts"] = canonical_json(content["facts"])
        event["prev_hash"] = prev_hash
        event["hash"] = hashlib.sha256((prev_hash + canonical_json(content)).encode()).hexdigest()
        prev_hash = event["hash"]
    return prev_hash


def fill(register: Register, count: int, seed: int = 1) -> float:
    """Insert ``count`` agreements with their parties, signatories, versions and events."""
    import hashlib

    rng = random.Random(seed)
    started = time.perf_counter()
    prev_hash, seq, next_id, party_id = GENESIS, 0, 1, 1
    for first in range(0, count, BATCH):
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        rows, parties, signatories, versions, events = [], [], [], [], []
        for index in range(first, min(count, first + BATCH)):
            row, its_parties, its_signatories = _agreement_rows(index, rng, now)
            rows.append({"id": next_id, **row})
            for party, signatory in zip(its_parties, its_signatories, strict=True):
                parties.append({"id": party_id, "agreement_id": next_id, **party})
                signatories.append({"agreement_id": next_id, "party_id": party_id, **signatory})
                party_id += 1
            versions.append(
                {
                    "agreement_id": next_id,
                    "number": 1,
                    "draft_json": '{"benchmark":true}',
                    "draft_sha256": hashlib.sha256(b'{"benchmark":true}').hexdigest(),
                    "created_at": now,
                    "created_by": "benchmark",
                }
            )
            seq += 1
            event = {
                "seq": seq,
                "at": now,
                "actor": "benchmark",
                "signer": None,
                # rows written directly, in any status, are taken as found: the action
                # the upgrade to facts records (an "add" is never of a signed agreement)
                "action": "baseline",
                "document_id": row["document_id"],
                "details": {"title": row["title"], "version": 1, "source": "benchmark fill"},
            }
            events.append(
                {
                    **event,
                    "details": canonical_json(event["details"]),
                    "content_details": event["details"],
                }
            )
            next_id += 1
        with register.write() as session:
            for table, values in (
                (AgreementRecord, rows),
                (PartyRecord, parties),
                (SignatoryRecord, signatories),
                (VersionRecord, versions),
            ):
                session.execute(insert(table), values)
        prev_hash = _with_facts(register, [r["id"] for r in rows], events, prev_hash)
        with register.write() as session:
            session.execute(insert(EventRecord), events)
            session.merge(Meta(key="audit_head", value=f"{seq} {prev_hash}"))
            session.info["appended_head"] = (seq, prev_hash)  # the witness follows
    if register.engine.dialect.name == "postgresql":
        with register.write() as session:  # ids were given: move the sequences on
            for table in ("agreements", "parties"):
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
        # what autovacuum does soon after a bulk load on a live server (PostgreSQL 13 and later
        # vacuum after inserts too): planner statistics and the visibility map
        with register.engine.connect().execution_options(
            isolation_level="AUTOCOMMIT"
        ) as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    return time.perf_counter() - started


SPREAD: dict[str, float] = {}
"""The median of the warm runs of each figure timed with a label (printed beside the best)."""


def timed(
    action: Callable[[], object], runs: int = 9, label: str | None = None
) -> tuple[float, float]:
    """(first run, best of the rest) in milliseconds.

    The best, not the median: on a machine shared with other programs the median measures their
    load as much as this code (as benchmarks/render.py does); the median is kept in
    :data:`SPREAD` and printed too.
    """
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    if label:
        SPREAD[label] = statistics.median(times[1:])
    return times[0], min(times[1:])


def peak_memory(action: Callable[[], object]) -> float:
    """Peak memory allocated by ``action``, in MiB (tracemalloc)."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def import_figures(register: Register, workdir: Path) -> tuple[float, float]:
    """(import of one signed PDF, its verification alone) in milliseconds, medians."""
    from agreement_studio.agreement import example_agreement
    from agreement_studio.signing import create_identity, sign_pdf
    from agreement_studio.verification import verify_pdf

    draft = example_agreement(parties=PARTIES)
    party, signatory, field_name = draft.signatures()[0]
    identity = create_identity(name=signatory.name, org=party.name)
    imports, verifications = [], []
    for run in range(5):
        draft = draft.model_copy(update={"document_id": __import__("uuid").uuid4()})
        document_id = register.add_draft(draft)
        out = workdir / f"signed-{run}.pdf"
        sign_pdf(register.current_pdf(document_id), identity, output=out, field=field_name)
        data = out.read_bytes()
        started = time.perf_counter()
        verify_pdf(data)
        verifications.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        register.import_file(data, name=out.name)
        imports.append((time.perf_counter() - started) * 1000)
    return statistics.median(imports[1:]), statistics.median(verifications[1:])


def measure(register: Register, count: int, workdir: Path) -> dict[str, float]:
    """Every figure, in milliseconds (memory in MiB)."""
    figures: dict[str, float] = {}
    figures["first page (cold)"], figures["first page"] = timed(
        lambda: register.list(Query(limit=100)), label="first page"
    )
    _, figures["first page by title"] = timed(
        lambda: register.list(Query(limit=100, sort="title", descending=False)),
        label="first page by title",
    )
    hard = Query(text="heinolan kansalaisopisto")
    _, figures["search"] = timed(lambda: register.list(hard), label="search")
    _, figures["search, sorted by title"] = timed(
        lambda: register.list(Query(text=hard.text, sort="title", descending=False)),
        label="search, sorted by title",
    )
    some = register.details(register.list(Query(limit=1)).rows[0].document_id)
    by_id = Query(text=some.parties[3].business_id)
    _, figures["search by Business ID"] = timed(
        lambda: register.list(by_id), label="search by Business ID"
    )
    for label, q in (("search", hard), ("search by Business ID", by_id)):
        page = register.list(q)
        count = f"{page.total}" if page.exact else f"more than {page.total} (a bound)"
        print(f"{label}: {len(page.rows)} rows on the page, {count} in all")
    _, figures["filter status + end date"] = timed(
        lambda: register.list(Query(statuses=(Status.SIGNED,), ends_before=dt.date(2027, 1, 1)))
    )
    figures["peak MiB, first page"] = peak_memory(lambda: register.list(Query(limit=100)))
    figures["peak MiB, every row streamed"] = peak_memory(
        lambda: sum(1 for _ in register.iter_rows(Query(sort="title")))
    )
    total, verification = import_figures(register, workdir)
    figures["import (total)"], figures["verification alone"] = total, verification
    figures["import (without verification)"] = total - verification
    figures.update(check_figures(register, workdir))
    return figures


def check_figures(register: Register, workdir: Path) -> dict[str, float]:
    """``register verify`` over everything, and ``archive verify`` of two archives (ms)."""
    from agreement_studio.register.archive_check import verify_archive

    figures: dict[str, float] = {}
    where = register.location.sqlite_path or register.location.url
    started = time.perf_counter()
    with open_register(where, files_dir=register.location.files_dir):
        pass
    figures["open (with SQLite quick_check)"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    with open_register(
        where, files_dir=register.location.files_dir, check_storage="before-write"
    ) as deferred:
        deferred.list(Query(limit=100))
        figures["open + first page (window: check deferred)"] = (
            time.perf_counter() - started
        ) * 1000
        started = time.perf_counter()
        deferred.check_storage()
        figures["quick_check, in the background"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    result = register.verify()
    figures["register verify"] = (time.perf_counter() - started) * 1000
    unexpected = [p for p in result.problems if not p.endswith("has no prepared PDF")]
    print(
        f"register verify: {result.events_checked} events, {len(result.problems)} problems "
        f"({len(result.problems) - len(unexpected)} synthetic rows without a PDF, "
        f"{len(unexpected)} other{': ' + unexpected[0] if unexpected else ''})"
    )
    oldest = next(register.iter_rows(Query(sort="created", descending=False))).document_id
    signed = register.list(Query(sort="updated", limit=1)).rows[0].document_id
    for label, document_id in (("oldest", oldest), ("signed", signed)):
        path = register.archive(document_id, workdir / f"{label}.zip")
        started = time.perf_counter()
        checked = verify_archive(path)
        figures[f"archive verify ({label})"] = (time.perf_counter() - started) * 1000
        print(
            f"archive of the {label} agreement: {path.stat().st_size / 2**20:.1f} MiB, "
            f"{'passed' if checked.ok else 'FAILED: ' + checked.problems[0]}"
        )
    return figures


def baselines(register: Register) -> dict[str, float]:
    """The same questions answered the simple way, on the same data."""

    def bare_first_page() -> None:
        with register.read() as session:
            session.execute(
                text("SELECT * FROM agreements ORDER BY updated_at DESC LIMIT 100")
            ).all()

    def naive_search() -> None:
        with register.read() as session:
            where = (
                "FROM agreements a WHERE EXISTS (SELECT 1 FROM parties p WHERE "
                "p.agreement_id = a.id AND lower(p.name) LIKE :pattern)"
            )
            pattern = {"pattern": "%heinolan kansalaisopisto%"}
            session.execute(text(f"SELECT count(*) {where}"), pattern).scalar()
            session.execute(
                text(f"SELECT a.* {where} ORDER BY a.updated_at DESC LIMIT 100"), pattern
            ).all()

    figures = {}
    _, figures["first page"] = timed(bare_first_page)
    _, figures["search"] = timed(naive_search, runs=3)
    figures["peak MiB, every row streamed"] = peak_memory(
        lambda: register.list(Query(sort="title", limit=10**9))
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    """Fill a register, measure, print the figures and whether the aims are met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--register", help="an empty register to fill (default: a temp file)")
    parser.add_argument(
        "--filled",
        help="measure a register an earlier run filled (no fill; the import adds to it)",
    )
    parser.add_argument(
        "--postgresql",
        action="store_true",
        help="start a throw-away PostgreSQL cluster and measure there",
    )
    args = parser.parse_args(argv)
    if args.postgresql:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from postgres_cluster import postgres_cluster

        with postgres_cluster() as url:
            return _run(parser, args, url)
    return _run(parser, args, args.register)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace, given: str | None) -> int:
    import os

    with tempfile.TemporaryDirectory(prefix="register-benchmark-") as tmp:
        workdir = Path(tmp)
        os.environ.setdefault("AGREEMENT_STUDIO_HOME", str(workdir / "home"))  # its own witness
        location = given or str(workdir / "register.sqlite")
        location = args.filled or location
        # a register filled earlier keeps its files where it keeps them (the next run checks
        # the PDFs this one imports); a fresh one lives and dies with the temporary folder
        files = None if args.filled else workdir / "files"
        with open_register(location, files_dir=files) as register:
            if args.filled:
                print(
                    f"measuring {register.count()} agreements filled earlier "
                    f"[{register.engine.dialect.name}]"
                )
            elif register.count():
                parser.error("the register is not empty; give an empty one")
            else:
                seconds = fill(register, args.agreements)
                print(
                    f"filled {args.agreements} agreements ({PARTIES} parties each) in "
                    f"{seconds:.1f} s ({args.agreements / seconds:,.0f} agreements/s) "
                    f"[{register.engine.dialect.name}]"
                )
            figures = measure(register, args.agreements, workdir)
            simple = baselines(register)
    simple["import (total)"] = figures["verification alone"]
    names = {
        "first page": "bare SQL",
        "search": "naive LIKE scan",
        "peak MiB, every row streamed": "all rows at once",
        "import (total)": "verification alone",
    }
    unit = {True: "MiB", False: "ms"}
    for name, value in figures.items():
        aim = AIMS_MS.get(name)
        verdict = f"  (aim <= {aim:.0f} ms: {'met' if value <= aim else 'MISSED'})" if aim else ""
        base = ""
        if name in simple:
            base = (
                f"  [{names[name]}: {simple[name]:.1f} {unit[name.startswith('peak')]}, "
                f"ratio {value / simple[name]:.2f}x]"
            )
        spread = f"  (median {SPREAD[name]:.1f})" if name in SPREAD else ""
        print(f"{name:<32} {value:10.1f} {unit[name.startswith('peak')]}{verdict}{base}{spread}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
