"""A child process for the crash and concurrency tests: adds drafts and imports signed copies.

``python register_worker.py PLAN.json`` where the plan is::

    {"register": PATH_OR_URL, "files": DIR or null, "busy_timeout": SECONDS,
     "wait_for_go": true or false,
     "work": [{"draft": DRAFT.json, "imports": [SIGNED.pdf, ...]}, ...]}

It prints ``ready`` once everything is imported (and, with ``wait_for_go``, waits for a line on
its standard input: the test sends it when every worker is ready), then one line after each
operation the register reports as done (``added ID``, ``imported SHA256 changed|unchanged``),
``busy`` or ``rejected REASON`` for one that was refused, and ``done`` at the end. Everything it
has printed was committed: the lines are printed (and flushed) only after the call returned.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def main(plan_path: str) -> int:
    plan = json.loads(Path(plan_path).read_text("utf-8"))
    from agreement_studio.agreement import load_draft
    from agreement_studio.errors import ImportRejected, RegisterBusy, RegisterError
    from agreement_studio.register import open_register

    register = open_register(
        plan["register"], files_dir=plan.get("files"), busy_timeout=plan.get("busy_timeout", 10.0)
    )
    # warm up (pyHanko, ReportLab) before the clock starts
    import agreement_studio.pdf.render
    import agreement_studio.verification.verify  # noqa: F401

    print("ready", flush=True)
    if plan.get("wait_for_go"):
        sys.stdin.readline()
    for item in plan["work"]:
        agreement = load_draft(item["draft"])
        try:
            if not _present(register, str(agreement.document_id)):
                register.add_draft(agreement)
                print(f"added {agreement.document_id}", flush=True)
            for signed in item["imports"]:
                data = Path(signed).read_bytes()
                result = register.import_file(data, name=signed)
                state = "changed" if result.changed else "unchanged"
                print(f"imported {hashlib.sha256(data).hexdigest()} {state}", flush=True)
        except RegisterBusy:
            print("busy", flush=True)
        except ImportRejected as error:
            print(f"rejected {error.reason}", flush=True)
        except RegisterError as error:
            print(f"error {error}", flush=True)
    print("done", flush=True)
    return 0


def _present(register, document_id: str) -> bool:
    from agreement_studio.errors import UnknownAgreement

    try:
        register.resolve(document_id)
    except UnknownAgreement:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
