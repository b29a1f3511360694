"""Setting, changing or removing the password that opens the app."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from sanhui.core.lock import MIN_LENGTH, clear_password, set_password
from sanhui.errors import InvalidInput
from sanhui.ui.widgets import ERROR_STYLE

SET, CHANGE, CLEAR = "set", "change", "clear"


def _field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setMinimumWidth(240)
    return field


class PasswordDialog(QDialog):
    """``mode`` SET, CHANGE or CLEAR; after Accepted the password in the settings has been changed."""

    def __init__(self, session, mode: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.mode = mode
        self.setWindowTitle({SET: self.tr("设置密码"), CHANGE: self.tr("修改密码"), CLEAR: self.tr("取消密码")}[mode])
        self.current, self.new, self.repeat = _field(), _field(), _field()
        form = QFormLayout()
        if mode in (CHANGE, CLEAR):
            form.addRow(self.tr("当前密码"), self.current)
        if mode in (SET, CHANGE):
            form.addRow(self.tr("新密码"), self.new)
            form.addRow(self.tr("再输入一次"), self.repeat)
            self.new.setPlaceholderText(self.tr("至少 %1 个字符").replace("%1", str(MIN_LENGTH)))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        note = QLabel({
            SET: self.tr("设置后，打开程序和自动锁定后都要输入这个密码。请记住它：密码只以加密形式保存，无法找回。"),
            CHANGE: self.tr("请输入当前密码和新密码。"),
            CLEAR: self.tr("取消后，打开程序不再需要密码，也不会自动锁定。"),
        }[mode])
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def save(self) -> bool:
        db, org = self.session.db, self.session.org_id
        try:
            if self.mode == CLEAR:
                clear_password(db, org, self.current.text())
            else:
                set_password(db, org, self.new.text(), self.repeat.text(), current=self.current.text())
        except InvalidInput as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True
