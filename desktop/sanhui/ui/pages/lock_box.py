"""设置 → 密码锁: the password that opens the app, and the idle time before it locks itself."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox

from sanhui.core.lock import has_password
from sanhui.core.model import Changes
from sanhui.core.settings import MAX_IDLE_MINUTES
from sanhui.core.store.settings import get_setting, set_setting
from sanhui.ui.dialogs.password_dialog import CHANGE, CLEAR, SET, PasswordDialog


class LockBox(QGroupBox):
    def __init__(self, session, parent=None):
        super().__init__(self.tr("密码锁"), parent)
        self.session = session
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.set_button = QPushButton(self.tr("设置密码(&M)…"))
        self.change_button = QPushButton(self.tr("修改密码(&M)…"))
        self.clear_button = QPushButton(self.tr("取消密码(&X)…"))
        self.set_button.clicked.connect(lambda: self.open_dialog(SET))
        self.change_button.clicked.connect(lambda: self.open_dialog(CHANGE))
        self.clear_button.clicked.connect(lambda: self.open_dialog(CLEAR))
        self.idle = QSpinBox()
        self.idle.setRange(0, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setSpecialValueText(self.tr("不自动锁定"))
        self.idle.setToolTip(self.tr("这么长时间没有操作，程序就锁定，要输入密码才能继续使用"))
        self.idle.editingFinished.connect(self.save_idle)
        buttons = QHBoxLayout()
        for button in (self.set_button, self.change_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.status)
        form.addRow(buttons)
        form.addRow(self.tr("无操作自动锁定"), self.idle)

    def load(self) -> None:
        db, org = self.session.db, self.session.org_id
        locked = has_password(db, org)
        self.status.setText(
            self.tr("已设置密码：打开程序和自动锁定后要输入密码。") if locked
            else self.tr("未设置密码。设置后，打开程序要输入密码，离开电脑时程序会自动锁定，保护党员的个人信息。")
        )
        self.set_button.setVisible(not locked)
        self.change_button.setVisible(locked)
        self.clear_button.setVisible(locked)
        self.idle.setEnabled(locked)
        self.idle.blockSignals(True)
        self.idle.setValue(int(get_setting(db, org, "lock_idle_minutes")))
        self.idle.blockSignals(False)

    def open_dialog(self, mode: str) -> PasswordDialog:
        dialog = PasswordDialog(self.session, mode, self)
        dialog.finished.connect(lambda result: self._after(result))
        dialog.open()
        return dialog

    def _after(self, result: int) -> None:
        if result == PasswordDialog.Accepted:
            self.session.announce(Changes(settings=True))
        self.load()

    def save_idle(self) -> None:
        if set_setting(self.session.db, self.session.org_id, "lock_idle_minutes", self.idle.value()):
            self.session.announce(Changes(settings=True))
