"""The verification tree model and its proxy pass the model tester, sort and filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from verification_support import CORPUS, INTERMEDIATE, MANIFEST, ROOT

from agreement_studio.gui.verification.model import (
    KIND_ROLE,
    REPORT_ROLE,
    VERDICT_ROLE,
    VerificationModel,
    VerificationProxy,
)
from agreement_studio.gui.verification.words import report_words
from agreement_studio.pdf.report import WORDS
from agreement_studio.verification import FileReport, TrustStore, verify_pdf


@pytest.fixture(scope="module")
def reports() -> list[FileReport]:
    trust = TrustStore.from_files([ROOT], [INTERMEDIATE])
    return [verify_pdf(CORPUS / e["name"], trust=trust) for e in MANIFEST]


def _filled(reports) -> VerificationModel:
    model = VerificationModel()
    for ordinal, report in enumerate(reports):
        model.add_report(report, ordinal)
    return model


def test_model_passes_the_model_tester_while_files_arrive(qtmodeltester, reports):
    model = VerificationModel()
    qtmodeltester.check(model, force_py=True)  # and again after every insertion and reset
    for ordinal, report in reversed(list(enumerate(reports))):  # they finish in any order
        model.add_report(report, ordinal)
    assert model.reports() == reports  # in the order asked for
    model.clear()
    assert model.rowCount() == 0


def test_proxy_passes_the_model_tester_sorted_and_filtered(qtmodeltester, reports):
    proxy = VerificationProxy()
    proxy.setSourceModel(_filled(reports))
    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(VerificationModel.VERDICT, Qt.SortOrder.DescendingOrder)
    proxy.set_problems_only(True)
    proxy.sourceModel().add_report(reports[0], len(reports))
    proxy.set_problems_only(False)


def test_three_levels_file_signature_details(reports):
    model = _filled(reports)
    lt = next(row for row, r in enumerate(reports) if r.path.endswith("dss_PAdES-LT.pdf"))
    file_index = model.index(lt, 0)
    assert model.data(file_index, KIND_ROLE) == "file"
    assert model.rowCount(file_index) == len(reports[lt].signatures)
    signature = model.index(0, 0, file_index)
    assert model.data(signature, KIND_ROLE) == "signature"
    assert model.data(signature, REPORT_ROLE) is reports[lt].signatures[0]
    detail = model.index(0, 0, signature)
    assert model.data(detail, KIND_ROLE) == "detail"
    assert model.data(detail, VERDICT_ROLE) is None
    assert model.rowCount(detail) == 0
    # A detail line belongs to its signature: "show signed version" works from it too.
    assert model.signature_of(detail) == (reports[lt], reports[lt].signatures[0])
    assert model.signature_of(file_index) is None
    assert model.file_of(detail) is reports[lt]
    assert model.data(
        file_index.siblingAtColumn(VerificationModel.NAME), Qt.ItemDataRole.ToolTipRole
    ).startswith(reports[lt].path)


def test_sorting_by_verdict_keeps_each_files_signatures_in_order(reports):
    proxy = VerificationProxy()
    proxy.setSourceModel(_filled(reports))
    proxy.sort(VerificationModel.VERDICT, Qt.SortOrder.DescendingOrder)
    ranks = [proxy.index(r, 0).data(REPORT_ROLE).verdict.rank for r in range(proxy.rowCount())]
    assert ranks == sorted(ranks, reverse=True)
    for row in range(proxy.rowCount()):
        file_index = proxy.index(row, 0)
        indexes = [
            proxy.index(r, 0, file_index).data(REPORT_ROLE)
            for r in range(proxy.rowCount(file_index))
        ]
        signature_indexes = [s.index for s in indexes if hasattr(s, "index")]
        assert signature_indexes == sorted(signature_indexes)
    proxy.sort(VerificationModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [Path(proxy.index(r, 0).data(REPORT_ROLE).path).name for r in range(proxy.rowCount())]
    assert names == [Path(r.path).name for r in reports]


def test_problems_only_hides_valid_and_untrusted_files(reports):
    proxy = VerificationProxy()
    proxy.setSourceModel(_filled(reports))
    proxy.set_problems_only(True)
    shown = {proxy.index(r, 0).data(VERDICT_ROLE) for r in range(proxy.rowCount())}
    assert shown <= {"modified", "invalid", "error"} and shown
    hidden = sum(r.verdict.value in ("valid", "untrusted") for r in reports)
    assert proxy.rowCount() == len(reports) - hidden
    proxy.set_problems_only(False)
    assert proxy.rowCount(QModelIndex()) == len(reports)


def test_every_report_word_is_translatable():
    assert set(report_words()) == set(WORDS)
    assert report_words()["title"] == WORDS["title"]  # English: the source text itself
