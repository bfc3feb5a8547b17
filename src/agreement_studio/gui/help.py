"""Help (F1) for the view in front: what it is for and its keys, in the window's language.

:func:`show_help` opens the help of a topic; :func:`topic_of` says which topic the main window
is showing now (the start page, a wizard page, the register, the verification, a finished
agreement); :func:`add_help_key` gives a dialog its own F1 (a modal dialog keeps the main
window's shortcuts from it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from agreement_studio.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from agreement_studio.gui.main_window import MainWindow

__all__ = ["TOPICS", "add_help_key", "help_text", "show_help", "topic_of"]

_C = "Help"


def _t(text: str) -> str:
    return QCoreApplication.translate(_C, text)


class M(NamedTuple):
    """The Alt key of a control, read from its label as translated (``&`` marks the letter)."""

    context: str
    source: str

    def key(self) -> str:
        """ "Alt+letter" in the window's language."""
        sequence = QKeySequence.mnemonic(QCoreApplication.translate(self.context, self.source))
        return sequence.toString(QKeySequence.SequenceFormat.NativeText)


Keys = tuple["str | M", ...]
"""The keys of a row: key names as printed on keys, :class:`W` words, :class:`M` Alt keys."""


def _key_text(keys: Keys) -> str:
    return ", ".join(
        part.key() if isinstance(part, M) else _t(part) if isinstance(part, W) else part
        for part in keys
    )


def _keys(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td><b>{key}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for key, what in rows
    )
    return f"<table>{cells}</table>"


class W(str):
    """Words in the keys column, translated in the Help context (plain key names are not)."""

    __slots__ = ()


Row = tuple[Keys, str]


# Every help text: (title, what the view is for, [(keys, what they do)]), marked for lupdate
# and translated when shown.
def _source(topic: str) -> tuple[str, str, list[Row]]:
    tab: Row = (
        ("Tab", "Shift+Tab"),
        QT_TRANSLATE_NOOP("Help", "The next or previous control, in reading order"),
    )
    table: Row = (
        (W(QT_TRANSLATE_NOOP("Help", "Tab in a table")),),
        QT_TRANSLATE_NOOP(
            "Help", "The next cell; at the last cell, on out of the table (Ctrl+Tab at once)"
        ),
    )
    leave: Row = (
        ("Ctrl+Tab", "Ctrl+Shift+Tab"),
        QT_TRANSLATE_NOOP("Help", "Leave a table at once: the next or previous control"),
    )
    wizard: list[Row] = [
        tab,
        leave,
        (
            (W(QT_TRANSLATE_NOOP("Help", "Alt+underlined letter")),),
            QT_TRANSLATE_NOOP("Help", "The field or button of that label"),
        ),
        (
            (M("AgreementWizard", "&Next >"), "Enter"),
            QT_TRANSLATE_NOOP("Help", "Next page, once this page is complete"),
        ),
        (
            (M("AgreementWizard", "< &Back"),),
            QT_TRANSLATE_NOOP("Help", "Back to the previous page"),
        ),
        (
            (M("AgreementWizard", "Fin&ish"),),
            QT_TRANSLATE_NOOP("Help", "Finish: save the complete agreement"),
        ),
        (("Ctrl+S",), QT_TRANSLATE_NOOP("Help", "Save the draft")),
        (("Esc",), QT_TRANSLATE_NOOP("Help", "Close the draft (asks first about unsaved changes)")),
    ]
    topics: dict[str, tuple[str, str, list[Row]]] = {
        "start": (
            QT_TRANSLATE_NOOP("Help", "Start page"),
            QT_TRANSLATE_NOOP(
                "Help",
                "The register has no agreements yet. Create the first one in the wizard, open "
                "a complete example to see how one looks, or continue a saved draft.",
            ),
            [
                tab,
                (
                    (M("StartPage", "&Create your first agreement"), "Ctrl+N"),
                    QT_TRANSLATE_NOOP("Help", "Create an agreement"),
                ),
                (
                    (M("StartPage", "Open an e&xample"),),
                    QT_TRANSLATE_NOOP("Help", "Open the example"),
                ),
                (
                    (M("StartPage", "&Open a draft…"), "Ctrl+O"),
                    QT_TRANSLATE_NOOP("Help", "Open a saved draft"),
                ),
                (("F1",), QT_TRANSLATE_NOOP("Help", "This help")),
            ],
        ),
        "register": (
            QT_TRANSLATE_NOOP("Help", "Register"),
            QT_TRANSLATE_NOOP(
                "Help",
                "Every agreement of the register and where it stands. Choose one to see its "
                "parties, signatures and versions beside the list, and to sign, import a "
                "signed copy, open or save its PDF.",
            ),
            [
                (
                    ("Ctrl+F",),
                    QT_TRANSLATE_NOOP("Help", "Find agreements by name, network or party"),
                ),
                (
                    (M("RegisterView", "&Show:"),),
                    QT_TRANSLATE_NOOP("Help", "Show only agreements of one status"),
                ),
                (
                    ("↑", "↓", "Home", "End"),
                    QT_TRANSLATE_NOOP("Help", "Choose an agreement in the list"),
                ),
                (("Enter",), QT_TRANSLATE_NOOP("Help", "Open the chosen agreement's PDF")),
                tab,
                (("Ctrl+I",), QT_TRANSLATE_NOOP("Help", "Import a signed PDF")),
                (("Ctrl+Shift+V",), QT_TRANSLATE_NOOP("Help", "Verify the signatures of any PDF")),
                (("F1",), QT_TRANSLATE_NOOP("Help", "This help")),
            ],
        ),
        "verification": (
            QT_TRANSLATE_NOOP("Help", "Verifying signatures"),
            QT_TRANSLATE_NOOP(
                "Help",
                "Checks every signature of the PDFs you open: whether the document is unchanged "
                "since it was signed, who signed it and whether their certificate is trusted. "
                "Choose a file or a signature to read the details.",
            ),
            [
                (
                    (M("VerificationView", "&Open files…"),),
                    QT_TRANSLATE_NOOP("Help", "Open files to verify"),
                ),
                (
                    (M("VerificationView", "Open a fol&der…"),),
                    QT_TRANSLATE_NOOP("Help", "Open a folder to verify"),
                ),
                (("↑", "↓", "→"), QT_TRANSLATE_NOOP("Help", "Choose a file, open its signatures")),
                tab,
                (
                    (M("VerificationView", "C&lose"),),
                    QT_TRANSLATE_NOOP("Help", "Close the verification"),
                ),
            ],
        ),
        "document": (
            QT_TRANSLATE_NOOP("Help", "Finished agreement"),
            QT_TRANSLATE_NOOP(
                "Help", "The finished agreement as a PDF, ready to be printed or signed."
            ),
            [tab, (("Page Up", "Page Down"), QT_TRANSLATE_NOOP("Help", "Turn the pages"))],
        ),
        "sign": (
            QT_TRANSLATE_NOOP("Help", "Signing"),
            QT_TRANSLATE_NOOP(
                "Help",
                "Sign the chosen agreement with your signing identity: choose the identity, "
                "type its password, and say why and where you sign. The signature is added to "
                "the PDF and recorded in the register.",
            ),
            [
                tab,
                ((M("StoredSource", "Pass&word:"),), QT_TRANSLATE_NOOP("Help", "The password")),
                (("Enter",), QT_TRANSLATE_NOOP("Help", "Sign")),
                (("Esc",), QT_TRANSLATE_NOOP("Help", "Cancel; the password is forgotten")),
            ],
        ),
        "identities": (
            QT_TRANSLATE_NOOP("Help", "Identities and trust"),
            QT_TRANSLATE_NOOP(
                "Help",
                "Your signing identities, the network's own certificate authority (CA), the "
                "certificates you trust and the timestamp server.",
            ),
            [
                tab,
                (("Ctrl+Tab",), QT_TRANSLATE_NOOP("Help", "The next tab")),
                (("Esc",), QT_TRANSLATE_NOOP("Help", "Close")),
            ],
        ),
        "preferences": (
            QT_TRANSLATE_NOOP("Help", "Preferences"),
            QT_TRANSLATE_NOOP("Help", "The window's language and where the register is kept."),
            [
                tab,
                (("Enter",), QT_TRANSLATE_NOOP("Help", "Save the preferences")),
                (("Esc",), QT_TRANSLATE_NOOP("Help", "Close without saving")),
            ],
        ),
    }
    steps = {
        "template": QT_TRANSLATE_NOOP("Help", "Choose the kind of agreement and its language."),
        "network": QT_TRANSLATE_NOOP("Help", "Name the network, its region and what it is for."),
        "parties": QT_TRANSLATE_NOOP(
            "Help",
            "Every organisation in the agreement and who signs for it; the party chosen in the "
            "table is the one shown below it.",
        ),
        "coordination": QT_TRANSLATE_NOOP(
            "Help", "Which party coordinates the network, who, and their tasks."
        ),
        "meetings": QT_TRANSLATE_NOOP(
            "Help", "How often the network meets and the planned dates (Enter adds the date typed)."
        ),
        "commitments": QT_TRANSLATE_NOOP(
            "Help", "What each party commits a year: staff time with its mandate, money, premises."
        ),
        "term": QT_TRANSLATE_NOOP(
            "Help", "When the agreement starts and ends, and its other terms."
        ),
        "review": QT_TRANSLATE_NOOP(
            "Help",
            "Anything still missing in the whole agreement; choose a line to go to its page.",
        ),
    }
    if not topic.startswith("wizard:"):
        return topics[topic]
    step = topic.split(":", 1)[1]
    keys = list(wizard)
    if step == "parties":
        keys += [
            ((M("PartiesPage", "&Add party"),), QT_TRANSLATE_NOOP("Help", "Add a party")),
            (
                (M("PartiesPage", "Add signator&y"),),
                QT_TRANSLATE_NOOP("Help", "Add a signatory to the party"),
            ),
        ]
    if step in ("parties", "commitments"):
        keys.append(table)
    keys.append((("F1",), QT_TRANSLATE_NOOP("Help", "This help")))
    return QT_TRANSLATE_NOOP("Help", "New agreement"), steps.get(step, ""), keys


TOPICS = [
    "start",
    "register",
    "verification",
    "document",
    "sign",
    "identities",
    "preferences",
    *(
        f"wizard:{s}"
        for s in (
            "template",
            "network",
            "parties",
            "coordination",
            "meetings",
            "commitments",
            "term",
            "review",
        )
    ),
]
"""Every help topic."""


def help_text(topic: str) -> tuple[str, str]:
    """The help of ``topic`` in the window's language: (title, rich text)."""
    title, purpose, keys = _source(topic)
    rows = [(_key_text(k), _t(w)) for k, w in keys]
    heading = _t(QT_TRANSLATE_NOOP("Help", "Keys"))
    body = f"<p>{_t(purpose)}</p>" if purpose else ""
    if topic.startswith("wizard:"):
        page = _t(QT_TRANSLATE_NOOP("Help", "Page: {step}"))
        page = page.format(step=_step_title(topic.split(":", 1)[1]))
        body = f"<p><b>{page}</b></p>" + body
    return _t(title), f"{body}<p><b>{heading}</b></p>{_keys(rows)}"


def _step_title(step: str) -> str:
    """The wizard page's own title, as the page shows it."""
    context, source = {
        "template": ("TemplatePage", "Template and language"),
        "network": ("NetworkPage", "Network and purpose"),
        "parties": ("PartiesPage", "Parties"),
        "coordination": ("CoordinationPage", "Coordination"),
        "meetings": ("MeetingsPage", "Meetings"),
        "commitments": ("CommitmentsPage", "Commitments"),
        "term": ("TermPage", "Term and other clauses"),
        "review": ("ReviewPage", "Review"),
    }.get(step, ("Help", step))
    return QCoreApplication.translate(context, source)


def topic_of(window: MainWindow) -> str:
    """The help topic of what the main window shows now."""
    current = window.stack.currentWidget()
    if window.workspace is not None and current is window.workspace:
        return f"wizard:{window.workspace.wizard.current_step().value}"
    if current is not None and current is window.register_view:
        return "register"
    if current is not None and current is window.document_page:
        return "document"
    verification = window.verification
    controller = getattr(verification, "_controller", None) if verification else None
    if controller is not None and current is getattr(controller, "view", None):
        return "verification"
    return "start"


def show_help(parent: QWidget, topic: str) -> QMessageBox:
    """Show the help of ``topic`` over ``parent`` (closed with Escape or Enter)."""
    from PySide6.QtWidgets import QMessageBox

    title, text = help_text(topic)
    box = QMessageBox(parent)
    box.setObjectName("help")
    box.setProperty("topic", topic)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<h3>{title}</h3>{text}")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def add_help_key(dialog: QWidget, topic: str) -> QShortcut:
    """F1 in ``dialog`` shows the help of ``topic``."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    shortcut.activated.connect(lambda: show_help(dialog, topic))
    return shortcut
