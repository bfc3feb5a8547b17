"""Coordination: one coordinating party with its coordinator, or a coordinating group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.agreement import CoordinatingGroup, Person, SingleCoordinator
from agreement_studio.drafting import Step, WizardSession, set_coordination_kind
from agreement_studio.gui.wizard.base import StepPage, plain
from agreement_studio.gui.wizard.fields import FieldMessage

__all__ = ["CoordinationPage"]

_KEY = Qt.ItemDataRole.UserRole


class CoordinationPage(StepPage):
    """Who keeps the network going between meetings."""

    step = Step.COORDINATION

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Coordination"))
        self.setSubTitle(
            self.tr(
                "One party can coordinate the network through a named "
                "coordinator, or several parties can coordinate it together "
                "as a group."
            )
        )
        layout = QVBoxLayout(self)
        self.single = QRadioButton(self.tr("&One coordinating party"))
        self.group = QRadioButton(self.tr("A coordinating &group"))
        self.kinds = QButtonGroup(self)
        for button in (self.single, self.group):
            button.setAccessibleName(plain(button.text()))
            self.kinds.addButton(button)
            layout.addWidget(button)
        self.single.toggled.connect(self._kind_chosen)

        self.single_box = QWidget()
        form = QFormLayout(self.single_box)
        self.party = QComboBox()
        self._labelled(form, self.tr("Coordinating &party:"), self.party, "coordination.party")
        self.use_contact = QPushButton(self.tr("&Use its contact person as coordinator"))
        self.use_contact.setAccessibleName(plain(self.use_contact.text()))
        self.use_contact.clicked.connect(self._use_contact)
        form.addRow("", self.use_contact)
        b = self.binder
        b.line(form, self.tr("&Coordinator:"), "coordination.coordinator.name")
        b.line(form, self.tr("Coordinator's &title:"), "coordination.coordinator.title")
        b.line(form, self.tr("Coordinator's em&ail:"), "coordination.coordinator.email")
        b.line(form, self.tr("Coordinator's te&lephone:"), "coordination.coordinator.phone")
        layout.addWidget(self.single_box)

        self.group_box = QWidget()
        group_form = QFormLayout(self.group_box)
        self.members = QListWidget()
        self.members.setMaximumHeight(160)
        self._labelled(group_form, self.tr("Group &members:"), self.members, "coordination.parties")
        self.chair = QComboBox()
        self._labelled(group_form, self.tr("Chai&r:"), self.chair, "coordination.chair")
        layout.addWidget(self.group_box)

        duties = QFormLayout()
        b.text(
            duties,
            self.tr("&Duties (one a line):"),
            "coordination.duties",
            as_lines=True,
            placeholder=self.tr("e.g. convenes and prepares the meetings"),
        )
        layout.addLayout(duties)
        self.add_footer(layout)
        layout.addStretch()
        self.party.currentIndexChanged.connect(self._party_chosen)
        self.members.itemChanged.connect(self._members_changed)
        self.chair.currentIndexChanged.connect(self._chair_chosen)

    def _labelled(self, form: QFormLayout, label: str, widget: QWidget, path: str) -> None:
        widget.setAccessibleName(plain(label))
        caption = QLabel(label)
        caption.setBuddy(widget)
        message = FieldMessage(widget)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        form.addRow(caption, box)
        self.register_message(path, message, prefix=path == "coordination.parties")

    def _party_label(self, key: str) -> str:
        party = self.agreement.party(key)
        return f"{party.name} ({party.identifier_label})" if party and party.name else key

    def load_extra(self) -> None:
        """Show the kind of coordination and fill the choices of parties."""
        coordination = self.agreement.coordination
        is_group = isinstance(coordination, CoordinatingGroup)
        (self.group if is_group else self.single).setChecked(True)
        self.single_box.setVisible(not is_group)
        self.group_box.setVisible(is_group)
        keys = [p.key for p in self.agreement.parties if p.key]
        self.party.clear()
        self.party.addItem(self.tr("Choose a party"), "")
        for key in keys:
            self.party.addItem(self._party_label(key), key)
        self.members.clear()
        self.chair.clear()
        self.chair.addItem(self.tr("No chair"), "")
        if isinstance(coordination, SingleCoordinator):
            self.party.setCurrentIndex(max(0, self.party.findData(coordination.party)))
            return
        for key in keys:
            item = QListWidgetItem(self._party_label(key))
            item.setData(_KEY, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if key in coordination.parties else Qt.CheckState.Unchecked
            )
            self.members.addItem(item)
        for key in coordination.parties:
            self.chair.addItem(self._party_label(key), key)
        self.chair.setCurrentIndex(max(0, self.chair.findData(coordination.chair)))

    def _reload(self) -> None:
        self._loading = True
        try:
            self.load_extra()
            self.binder.load()
        finally:
            self._loading = False

    def _kind_chosen(self, single: bool) -> None:
        if self._loading:
            return
        set_coordination_kind(self.agreement, "coordinator" if single else "group")
        self._reload()
        self.edited("coordination")

    def _party_chosen(self, _index: int) -> None:
        coordination = self.agreement.coordination
        if self._loading or not isinstance(coordination, SingleCoordinator):
            return
        coordination.party = self.party.currentData() or ""
        self.edited("coordination.party")

    def _use_contact(self) -> None:
        coordination = self.agreement.coordination
        party = self.agreement.party(getattr(coordination, "party", ""))
        if party is None or not isinstance(coordination, SingleCoordinator):
            return
        coordination.coordinator = Person.model_validate(party.contact.model_dump())
        self._reload()
        self.edited("coordination.coordinator")

    def _members_changed(self, _item: QListWidgetItem) -> None:
        coordination = self.agreement.coordination
        if self._loading or not isinstance(coordination, CoordinatingGroup):
            return
        coordination.parties = [
            self.members.item(i).data(_KEY)
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]
        if coordination.chair not in coordination.parties:
            coordination.chair = ""
        self._loading = True
        self.chair.clear()
        self.chair.addItem(self.tr("No chair"), "")
        for key in coordination.parties:
            self.chair.addItem(self._party_label(key), key)
        self.chair.setCurrentIndex(max(0, self.chair.findData(coordination.chair)))
        self._loading = False
        self.edited("coordination.parties")

    def _chair_chosen(self, _index: int) -> None:
        coordination = self.agreement.coordination
        if self._loading or not isinstance(coordination, CoordinatingGroup):
            return
        coordination.chair = self.chair.currentData() or ""
        self.edited("coordination.chair")
