"""Personal numbers (身份证号, 手机号码) shown masked unless the user asks to see them."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


def mask_phone(phone: str) -> str:
    """138****8000: the first three and the last four digits of a mobile number."""
    phone = phone or ""
    return phone[:3] + "****" + phone[-4:] if len(phone) == 11 else _mask_middle(phone)


def mask_id_number(number: str) -> str:
    """110***********1234: the region's first three and the last four characters of a 身份证号."""
    number = number or ""
    if len(number) >= 15:
        return number[:3] + "*" * (len(number) - 7) + number[-4:]
    return _mask_middle(number)


def _mask_middle(text: str) -> str:
    """Anything else: only the last two characters shown (a short or odd entry still gives little away)."""
    return "*" * max(len(text) - 2, 0) + text[-2:] if len(text) > 2 else "*" * len(text)


class SecretField(QWidget):
    """A line edit that shows its value masked, with a 显示/隐藏 button.

    ``setText``/``text`` work on the real value. A value set by the program
    is shown masked and cannot be edited until 显示 is pressed; what the user
    types into an empty field stays readable until 隐藏 is pressed.
    """

    editingFinished = Signal()  # noqa: N815 - the QLineEdit name, so callers need not care which it is

    def __init__(self, mask=mask_id_number, parent=None):
        super().__init__(parent)
        self._mask = mask
        self._value = ""
        self._masked = False
        self._typed_here = False  # what the user typed stays readable until 隐藏 is pressed
        self.edit = QLineEdit()
        self.button = QPushButton(self.tr("显示"))
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)
        self.button.setToolTip(self.tr("显示或隐藏完整号码"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.editingFinished)
        self.button.toggled.connect(self._toggled)

    # -- the QLineEdit calls the dialogs use ----------------------------------------------------------
    def text(self) -> str:
        return self._value

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        self._value = text or ""
        self._masked = bool(self._value) and not self.button.isChecked() and not self._typed_here
        self._show()

    def setMaxLength(self, length: int) -> None:  # noqa: N802 - Qt name
        self.edit.setMaxLength(length)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt name
        self.edit.setPlaceholderText(text)

    @property
    def masked(self) -> bool:
        return self._masked

    def displayed(self) -> str:
        """What is on the screen."""
        return self.edit.text()

    # -- internals -----------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if not self._masked:
            self._value = text
            self._typed_here = True

    def _toggled(self, shown: bool) -> None:
        self._typed_here = False
        self._masked = bool(self._value) and not shown
        self._show()
        if shown:
            self.edit.setFocus()

    def _show(self) -> None:
        self.edit.setText(self._mask(self._value) if self._masked else self._value)
        self.edit.setReadOnly(self._masked)
        self.edit.setToolTip(self.tr("点“显示”后可以查看和修改") if self._masked else "")
        self.button.setText(self.tr("隐藏") if self.button.isChecked() else self.tr("显示"))
