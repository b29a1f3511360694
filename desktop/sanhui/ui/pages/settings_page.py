"""设置: the branch's details, meeting rules, reminders, printing, the type size, backup."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.model import Changes
from sanhui.core.settings import FONT_SIZE_NAMES
from sanhui.core.store.org import update_org
from sanhui.core.store.settings import get_setting, set_setting
from sanhui.errors import SanhuiError
from sanhui.ui.pages.base import Page
from sanhui.ui.pages.lock_box import LockBox
from sanhui.ui.pages.settings_boxes import PrintBox, RemindersBox, RulesBox
from sanhui.ui.widgets import heading


class SettingsPage(Page):
    title = "设置"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.township_name = QLineEdit()
        self.township_code = QLineEdit()
        save = QPushButton(self.tr("保存支部信息(&Z)"))
        save.clicked.connect(self.save_org)
        org_box = QGroupBox(self.tr("单位信息"))
        form = QFormLayout(org_box)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("代码"), self.code)
        form.addRow(self.tr("所属乡镇党委"), self.township_name)
        form.addRow(self.tr("乡镇代码"), self.township_code)
        form.addRow("", save)
        save.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)

        self.font_size = QComboBox()
        for key, name in FONT_SIZE_NAMES.items():
            self.font_size.addItem(self.tr(name), key)
        self.font_size.activated.connect(self.save_font_size)
        look_box = QGroupBox(self.tr("显示"))
        look = QFormLayout(look_box)
        look.addRow(self.tr("字号"), self.font_size)

        backup_box = QGroupBox(self.tr("备份与恢复"))
        buttons = QHBoxLayout(backup_box)
        backup = QPushButton(self.tr("备份到…（如U盘）(&U)"))
        backup.clicked.connect(self.choose_backup)
        buttons.addWidget(backup)
        buttons.addStretch(1)

        self.rules_box = RulesBox(session)
        self.reminders_box = RemindersBox(session)
        self.print_box = PrintBox(session)
        self.save_rules_button = QPushButton(self.tr("保存会议规则、提醒与换届、打印设置(&S)"))
        self.save_rules_button.clicked.connect(self.save_rules)
        self.rules_error = QLabel()
        self.rules_error.setWordWrap(True)
        self.rules_error.setStyleSheet("color: #c0392b;")

        left = QVBoxLayout()
        self.lock_box = LockBox(session)
        for box in (org_box, self.reminders_box, self.print_box, look_box, backup_box, self.lock_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.rules_box)
        right.addWidget(self.rules_error)
        right.addWidget(self.save_rules_button)
        right.addStretch(1)
        self.save_rules_button.setToolTip(self.tr("保存“会议规则”“提醒与换届”“打印”三部分的设置"))
        self.columns = QBoxLayout(QBoxLayout.LeftToRight)  # one column under the other when type is large
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        self._halves = (left, right)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(heading(self.tr("设置")))
        body_layout.addLayout(self.columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _arrange(self, width: int) -> None:
        """Side by side when both halves fit in ``width``, else the rules under the rest (no sideways scrolling)."""
        needed = sum(half.sizeHint().width() for half in self._halves) + 60  # spacing, margins, scroll bar
        self.columns.setDirection(QBoxLayout.LeftToRight if width >= needed else QBoxLayout.TopToBottom)

    def resizeEvent(self, event):  # noqa: N802 - Qt name
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event):  # noqa: N802 - Qt name: the type size changed
        if event.type() == QEvent.FontChange:
            self._arrange(self.width())
        super().changeEvent(event)

    def wants(self, changes) -> bool:
        return changes.org or changes.settings

    def reload(self) -> None:
        org = self.session.org
        self.name.setText(org.name)
        self.code.setText(org.code)
        self.township_name.setText(org.township_name)
        self.township_code.setText(org.township_code)
        size = get_setting(self.session.db, self.session.org_id, "font_size")
        self.font_size.setCurrentIndex(max(self.font_size.findData(size), 0))
        for box in (self.rules_box, self.reminders_box, self.print_box):
            box.load()
        self.lock_box.load()
        self.rules_error.clear()

    def save_rules(self) -> bool:
        """Save the rules, reminder and print settings together; nothing is written if one is wrong."""
        self.rules_error.clear()
        db = self.session.db
        changes = Changes()
        try:
            with db.atomic():
                for box in (self.rules_box, self.reminders_box, self.print_box):
                    changes |= box.save()
        except (ValueError, SanhuiError) as exc:
            self.rules_error.setText(str(exc))
            return False
        self.session.announce(changes)
        self.rules_error.setStyleSheet("color: #1b5e20;")
        self.rules_error.setText(self.tr("设置已保存。"))
        return True

    def save_org(self) -> None:
        try:
            changed = update_org(self.session.db, self.session.org_id, self.name.text(), self.code.text(),
                                 self.township_name.text(), self.township_code.text())
        except SanhuiError as exc:
            QMessageBox.warning(self, self.tr("不能保存"), str(exc))
            return
        self.session.announce(Changes(org=changed))

    def save_font_size(self) -> None:
        from sanhui.ui.app import apply_font_size

        key = self.font_size.currentData()
        set_setting(self.session.db, self.session.org_id, "font_size", key)
        apply_font_size(QApplication.instance(), key)
        self.session.announce(Changes(settings=True))

    def choose_backup(self) -> None:
        from sanhui.core.backup import backup_to

        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份位置（例如U盘）"), str(Path.home()))
        if not folder:
            return
        try:
            out = backup_to(self.session.db, Path(folder))
        except SanhuiError as exc:
            QMessageBox.warning(self, self.tr("备份没有完成"), str(exc))
            return
        QMessageBox.information(self, self.tr("备份完成"), self.tr("已备份到：") + str(out))
