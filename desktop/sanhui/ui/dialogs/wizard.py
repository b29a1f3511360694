"""The first start: try the demo, or set this laptop up step by step (首次使用向导).

Pages: 欢迎 (start, or look at demo data first) → 本机用于 (branch or township)
→ 名称和代码 → 主题党日与换届 → 导入名册 (skippable) → 全年计划 → 完成.

The data file is built under a temporary name beside the real one from the
名称和代码 page on (the roster preview and the year plan need a file), and
renamed to the real name only when 完成 is pressed: cancelling, or choosing
the demo, leaves nothing behind.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from sanhui.core.model import Role
from sanhui.core.settings import FONT_SIZE_NAMES
from sanhui.core.store import open_db
from sanhui.core.store.org import CODE_PATTERN, create_file, update_org
from sanhui.core.store.settings import set_setting
from sanhui.errors import SanhuiError
from sanhui.ui.session import Session
from sanhui.ui.widgets import Checked

DRAFT_SUFFIX = ".setup-tmp"
BIG_BUTTON_STYLE = "QPushButton { padding: 14px 18px; text-align: left; }"


class FirstRunWizard(QWizard):
    """After Accepted: ``demo_chosen``, or ``db`` is the new data file at ``path``, holding the
    organisation, the rules (主题党日, 换届), the imported roster."""

    WELCOME, ROLE, NAMES, RULES, ROSTER, PLAN = range(6)

    def __init__(self, path: Path, parent=None, today: date | None = None):
        super().__init__(parent)
        from sanhui.ui.dialogs.wizard_pages import PlanPage, RosterPage, RulesPage

        self.path = Path(path)
        self.draft_path = self.path.with_name(self.path.name + DRAFT_SUFFIX)
        self.today = today or date.today()
        self.db = None  # the draft while the wizard runs; the real file after 完成
        self.session: Session | None = None
        self.demo_chosen = False
        self.font_size = "normal"
        self._draft_role: Role | None = None
        self.setWindowTitle(self.tr("欢迎使用三会一课助手"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.FinishButton, self.tr("完成(&F)"))
        self.setButtonText(QWizard.CancelButton, self.tr("退出"))
        self.welcome = WelcomePage(self)
        self.role_page = RolePage()
        self.names = NamesPage()
        self.rules = RulesPage()
        self.roster = RosterPage()
        self.plan = PlanPage()
        for page_id, page in ((self.WELCOME, self.welcome), (self.ROLE, self.role_page), (self.NAMES, self.names),
                              (self.RULES, self.rules), (self.ROSTER, self.roster), (self.PLAN, self.plan)):
            self.setPage(page_id, page)
        self.resize(820, 600)

    @property
    def role(self) -> Role:
        return Role.TOWNSHIP if self.role_page.township.isChecked() else Role.BRANCH

    def set_font_size(self, key: str) -> None:
        """The type size, applied at once and kept in the new file's settings (字号)."""
        from sanhui.ui.app import apply_font_size

        self.font_size = key
        apply_font_size(QApplication.instance(), key)
        if self.db is not None:
            set_setting(self.db, self.session.org_id, "font_size", key)

    def choose_demo(self) -> None:
        self.demo_chosen = True
        self.accept()

    # -- the draft file -------------------------------------------------------------------------
    def save_org(self, name: str, code: str, township_name: str, township_code: str) -> None:
        """Make the draft file, or rename its organisation; raises SanhuiError (Chinese) for bad names or codes."""
        if self.db is not None and self._draft_role == self.role:
            update_org(self.db, self.session.org_id, name, code, township_name, township_code)
            return
        self._discard_draft()
        self.db = create_file(self.draft_path, self.role, name, code, township_name, township_code)
        self._draft_role = self.role
        self.session = Session(self.db, self)
        set_setting(self.db, self.session.org_id, "font_size", self.font_size)

    def _discard_draft(self) -> None:
        if self.db is not None:
            self.db.close()
        self.db, self.session, self._draft_role = None, None, None
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.draft_path}{suffix}").unlink(missing_ok=True)

    def accept(self) -> None:
        if self.demo_chosen:
            self._discard_draft()
            super().accept()
            return
        if self.db is None:
            return
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
            if self.path.exists():
                raise FileExistsError(str(self.path))
            os.replace(self.draft_path, self.path)
        except OSError:
            self.db = open_db(self.draft_path)
            self.session = Session(self.db, self)
            QMessageBox.critical(self, self.tr("没有保存"), self.tr(
                "无法把数据保存到 %1，请检查磁盘空间和文件夹是否可以写入，然后再点“完成”。").replace("%1", str(self.path)))
            return
        self.db = open_db(self.path)
        super().accept()

    def reject(self) -> None:
        self._discard_draft()
        super().reject()


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.setTitle(self.tr("欢迎使用三会一课助手"))
        self.setSubTitle(self.tr("三会一课、主题党日、组织生活的记录，全部保存在本机，不联网。"))
        self.start = QPushButton(self.tr("开始使用（新建本单位的数据）(&S)"))
        self.start.setStyleSheet(BIG_BUTTON_STYLE)
        self.start.clicked.connect(wizard.next)
        self.demo = QPushButton(self.tr("先用演示数据看看(&D)"))
        self.demo.setStyleSheet(BIG_BUTTON_STYLE)
        self.demo.clicked.connect(wizard.choose_demo)
        start_note = QLabel(self.tr("一步一步填写本支部（或乡镇）的名称、主题党日，导入党员名册。大约需要五分钟。"))
        demo_note = QLabel(self.tr("打开一个虚构的青山村支部，有 60 名党员和一年的会议记录，可以随意试用；"
                                   "不会改动您自己的数据。下次启动时仍会回到这里。"))
        self.font_size = QComboBox()
        for key, name in FONT_SIZE_NAMES.items():
            self.font_size.addItem(self.tr(name), key)
        self.font_size.currentIndexChanged.connect(lambda: wizard.set_font_size(self.font_size.currentData()))
        size_label = QLabel(self.tr("字号(&Z)"))
        size_label.setBuddy(self.font_size)
        size_row = QHBoxLayout()
        size_row.addWidget(size_label)
        size_row.addWidget(self.font_size)
        size_row.addWidget(QLabel(self.tr("字太小看不清，可以先选“大”或“特大”。")))
        size_row.addStretch(1)
        where = QLabel(self.tr("您的数据将保存在：%1").replace("%1", str(wizard.path)))
        for label in (start_note, demo_note, where):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start)
        layout.addWidget(start_note)
        layout.addSpacing(16)
        layout.addWidget(self.demo)
        layout.addWidget(demo_note)
        layout.addStretch(1)
        layout.addLayout(size_row)
        layout.addWidget(where)


class RolePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("这台电脑给谁用？"))
        self.setSubTitle(self.tr("村（社区）党支部记录自己的会议；乡镇（街道）党委汇总各支部的记录。"))
        self.branch = QRadioButton(self.tr("村（社区）党支部(&V)"))
        self.township = QRadioButton(self.tr("乡镇（街道）党委(&T)"))
        self.branch.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.branch)
        group.addButton(self.township)
        layout = QVBoxLayout(self)
        layout.addWidget(self.branch)
        layout.addWidget(self.township)
        layout.addStretch(1)


class NamesPage(QWizardPage):
    """名称和代码: checked by the same rules as the data file; each problem is shown under its field."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("名称和代码"))
        self.setSubTitle(self.tr("照党组织的全称填写，会印在会议记录和签到表上。代码可以向乡镇组织办询问。"))
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("组织代码，例如 330102001"))
        self.township_name = QLineEdit()
        self.township_name.setPlaceholderText(self.tr("例如 中共某某镇委员会"))
        self.township_code = QLineEdit()
        self.township_code.setPlaceholderText(self.tr("例如 330102"))
        self.fields = {key: Checked(editor) for key, editor in (
            ("name", self.name), ("code", self.code),
            ("township_name", self.township_name), ("township_code", self.township_code))}
        form = QFormLayout(self)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.fields["name"])
        form.addRow(self._label(self.tr("组织代码(&C) *"), self.code), self.fields["code"])
        self.township_name_label = self._label(self.tr("所属乡镇党委(&W)"), self.township_name)
        self.township_code_label = self._label(self.tr("乡镇代码(&D)"), self.township_code)
        form.addRow(self.township_name_label, self.fields["township_name"])
        form.addRow(self.township_code_label, self.fields["township_code"])
        for field in ("name", "code"):
            self.registerField(field + "*", getattr(self, field))

    @staticmethod
    def _label(text: str, buddy) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        branch = self.wizard().role == Role.BRANCH
        self.name_label.setText(self.tr("支部名称(&M) *") if branch else self.tr("乡镇党委名称(&M) *"))
        self.name.setPlaceholderText(self.tr("例如 中共某某村支部委员会") if branch else self.tr("例如 中共某某镇委员会"))
        for widget in (self.fields["township_name"], self.fields["township_code"], self.township_name_label,
                       self.township_code_label):
            widget.setVisible(branch)

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        wizard = self.wizard()
        branch = wizard.role == Role.BRANCH
        for field in self.fields.values():
            field.show_error("")
        township = (self.township_name.text(), self.township_code.text()) if branch else ("", "")
        if branch and township[0].strip() and not township[1].strip():
            self.fields["township_code"].show_error(self.tr("填写了所属乡镇党委，也请填写乡镇代码。"))
            return False
        if branch and township[1].strip() and not CODE_PATTERN.match(township[1].strip()):
            self.fields["township_code"].show_error(
                self.tr("乡镇代码只能用 2～32 位数字、字母或“-”，例如 330102。"))
            return False
        try:
            wizard.save_org(self.name.text(), self.code.text(), *township)
        except SanhuiError as exc:
            message = str(exc)
            prefix = "township_" if branch and "乡镇党委" in message else ""
            key = prefix + ("code" if "代码" in message else "name")
            self.fields[key].show_error(message)
            self.fields[key].editor.setFocus()
            return False
        return True
