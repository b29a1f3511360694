"""Small widgets shared by several dialogs and pages."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from sanhui.core.dates import parse_date

ERROR_STYLE = "color: #c0392b;"


class DateField(QLineEdit):
    """A date typed the way people write it: 1965-03-02, 1965.3.2, 1965年3月2日. Empty is allowed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("例如 2020-07-01"))
        self.setMaxLength(12)
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        if value:
            self.setText(value.isoformat())

    def value(self) -> date | None:
        """The date, None when empty; raises ValueError (Chinese) when it cannot be read."""
        text = self.text().strip()
        return parse_date(text) if text else None

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")


class Checked(QWidget):
    """An input with a red line under it that shows what is wrong with it."""

    def __init__(self, editor: QWidget, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.setStyleSheet("border: 1px solid #c0392b;" if message else "")


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    return label


class YearBox(QSpinBox):
    """The year a page shows (2000–2100), written “2026 年”."""

    def __init__(self, year: int, parent=None):
        super().__init__(parent)
        self.setRange(2000, 2100)
        self.setValue(year)
        self.setSuffix(self.tr(" 年"))
