"""Every table model of the wizard passes pytest-qt's model tester, and edits the draft."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agreement_studio.agreement import Agreement, example_agreement, make_business_id
from agreement_studio.drafting.wizard import sync_commitments
from agreement_studio.gui.wizard.tables import (
    PATH_ROLE,
    PROBLEM_ROLE,
    CommitmentsModel,
    PartiesModel,
    SignatoriesModel,
)

EDIT = Qt.ItemDataRole.EditRole


def test_parties_model(qtmodeltester):
    agreement = example_agreement(parties=3)
    model = PartiesModel(agreement)
    qtmodeltester.check(model, force_py=True)
    row = model.add_party()
    assert model.setData(model.index(row, PartiesModel.NAME), "Uusi yhdistys ry", EDIT)
    assert model.setData(model.index(row, PartiesModel.BUSINESS_ID), " 0000000-0 ", EDIT)
    assert agreement.parties[row].business_id == "0000000-0"
    assert model.setData(model.index(row, PartiesModel.TYPE), "association", EDIT)
    assert not model.setData(model.index(row, PartiesModel.TYPE), "nonsense", EDIT)
    assert model.data(model.index(row, PartiesModel.TYPE)) == "Association"
    assert model.move_party(row, 0)
    assert agreement.parties[0].name == "Uusi yhdistys ry"
    model.remove_party(0)
    assert len(agreement.parties) == 3


def test_changing_an_identifier_moves_the_references(qtmodeltester):
    agreement = example_agreement(parties=3)
    model = PartiesModel(agreement)
    new_id = make_business_id("0208201")
    assert model.setData(model.index(0, PartiesModel.BUSINESS_ID), new_id, EDIT)
    assert agreement.coordination.party == new_id
    assert agreement.commitments[0].party == new_id


def test_parties_model_marks_problem_cells(qtmodeltester):
    from agreement_studio.agreement import problems

    agreement = example_agreement(parties=2)
    agreement.parties[1].business_id = "1234567-8"
    agreement.parties[0].signatories[0].email = "nope"
    model = PartiesModel(agreement)
    model.set_problems(problems(agreement, "parties"))
    cell = model.index(1, PartiesModel.BUSINESS_ID)
    assert model.data(cell, PROBLEM_ROLE) and model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell, PATH_ROLE) == "parties[1].business_id"
    assert model.data(model.index(0, PartiesModel.SIGNATORIES), PROBLEM_ROLE)
    qtmodeltester.check(model, force_py=True)


def test_signatories_model_without_a_party(qtmodeltester):
    qtmodeltester.check(SignatoriesModel(example_agreement(parties=2)), force_py=True)


def test_signatories_model(qtmodeltester):
    agreement = example_agreement(parties=2)
    model = SignatoriesModel(agreement)
    model.set_party(1)
    qtmodeltester.check(model, force_py=True)  # and it watches the edits below
    row = model.add_signatory()
    assert model.setData(model.index(row, SignatoriesModel.NAME), "Anna Toinen", EDIT)
    assert agreement.parties[1].signatories[row].name == "Anna Toinen"
    model.remove_signatory(0)
    assert [s.name for s in agreement.parties[1].signatories] == ["Anna Toinen"]
    model.set_party(0)
    assert model.rowCount() == 1


def test_commitments_model(qtmodeltester):
    agreement = example_agreement(parties=3)
    model = CommitmentsModel(agreement)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, CommitmentsModel.PARTY)) == agreement.parties[0].name
    assert model.setData(model.index(1, CommitmentsModel.MONEY), 2500, EDIT)
    assert agreement.commitments[1].money_eur_per_year == 2500
    assert not model.setData(model.index(1, CommitmentsModel.MONEY), -5, EDIT)
    assert not model.setData(model.index(1, CommitmentsModel.PARTY), "x", EDIT)


def test_commitments_model_of_new_parties(qtmodeltester):
    empty = Agreement(parties=example_agreement(parties=2).parties)
    sync_commitments(empty)
    qtmodeltester.check(CommitmentsModel(empty), force_py=True)
