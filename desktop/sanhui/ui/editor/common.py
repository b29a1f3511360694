"""What the tabs of the record editor share: the tab contract, colours, small helpers."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from sanhui.core.model import COMMITTEE_POSITIONS, MeetingRecord, Member, Problem

GREEN = "#1e7e34"
RED = "#c0392b"
GREY = "#6c757d"
FINAL_BANNER_STYLE = (
    "background: #e6f2e8; color: #1e5e2e; border: 1px solid #9cc9a6; border-radius: 4px; padding: 6px 10px;"
)
RETURNED_BANNER_STYLE = (
    "background: #fff3cd; color: #6b4e00; border: 1px solid #e0c36c; border-radius: 4px; padding: 6px 10px;"
)
HINT_STYLE = f"color: {GREY};"
ERROR_STYLE = f"color: {RED};"


class EditorTab(QWidget):
    """One tab of the record editor.

    ``changed`` is emitted on every edit by the user (never while ``load`` fills
    the widgets); the editor then saves after a short pause. ``collect`` writes
    the widgets' values into the record and returns the problems of values
    that could not be read (those keep their last good value).
    """

    changed = Signal()
    written = Signal(object)  # Changes: the tab wrote to the file itself (photos, attendees)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.locked = False
        self._loading = False

    def _edited(self, *_args) -> None:
        if not self._loading and not self.locked:
            self.changed.emit()

    def load(self, record: MeetingRecord) -> None:
        """Fill the widgets from ``record``."""

    def collect(self, record: MeetingRecord) -> list[Problem]:
        """Write the widgets' values into ``record``; problems of values that cannot be read."""
        return []

    def set_locked(self, locked: bool) -> None:
        """A final record: every field read-only."""
        self.locked = locked
        for widget in self.lockable():
            set_read_only(widget, locked)

    def lockable(self) -> Iterable[QWidget]:
        return []

    def show_problems(self, problems: list[Problem]) -> None:
        """Show problems at their fields (problems of other tabs are ignored)."""

    def focus_field(self, field: str) -> bool:
        """Put the keyboard focus on ``field`` if this tab holds it."""
        return False


#: Read-only text looks read-only (grey), not like an empty box waiting for input. A palette, not a
#: style sheet: a style sheet on the dialog re-styles every child and costs ~50 ms per open.
READ_ONLY_BASE = QColor("#f1f1f1")


def set_read_only(widget: QWidget, locked: bool) -> None:
    """Read-only text stays selectable and readable; other inputs are disabled."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.setReadOnly(locked)
        palette = widget.palette()
        default = QApplication.palette(widget).color(QPalette.Base)
        palette.setColor(QPalette.Base, READ_ONLY_BASE if locked else default)
        widget.setPalette(palette)
    elif isinstance(widget, QAbstractItemView):
        triggers = widget.property("edit_triggers")
        widget.setEditTriggers(QAbstractItemView.NoEditTriggers if locked else triggers)
    elif isinstance(widget, (QComboBox, QAbstractButton)):
        widget.setEnabled(not locked)
    else:
        widget.setEnabled(not locked)


def remember_edit_triggers(view: QAbstractItemView, triggers) -> None:
    view.setEditTriggers(triggers)
    view.setProperty("edit_triggers", triggers)


def scrolling(page: QWidget) -> QScrollArea:
    """A tab that scrolls rather than squeezes on a small screen or with large type."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    area.setFocusPolicy(Qt.NoFocus)
    area.setWidget(page)
    return area


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def lines(text: str) -> list[str]:
    """One item per line, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def committee_first(members: Iterable[Member], on: date) -> list[Member]:
    """Members still in the branch on ``on``: the committee by rank (书记 first), then the others by name."""

    def rank(member: Member) -> tuple[int, str]:
        for index, position in enumerate(COMMITTEE_POSITIONS):
            if position in (member.position or ""):
                return index, member.name
        return len(COMMITTEE_POSITIONS), member.name

    return sorted((m for m in members if m.is_active(on)), key=rank)


def short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
