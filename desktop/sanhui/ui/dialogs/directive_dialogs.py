"""下发 dialogs of the township: a month's 主题党日 theme, a notice, returning a branch's record (退回).

Each dialog only collects the values and calls one core writer in
``core/exchange/directives``; a refusal (InvalidInput) is shown under the
form and the dialog stays open.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sanhui.core.model import MEETING_STATUS_NAMES, MEETING_TYPE_NAMES
from sanhui.errors import InvalidInput, SanhuiError
from sanhui.ui.widgets import ERROR_STYLE


class _Form(QDialog):
    """A form with an error line and 确定/取消. Each dialog defines ``save()``: it calls one core writer and
    returns the id written, or raises SanhuiError (shown under the form; the dialog stays open)."""

    def __init__(self, session, title: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("确定(&O)"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_id: str | None = None

    def accept(self) -> None:
        try:
            self.result_id = self.save()
        except SanhuiError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


class ThemeDialog(_Form):
    """下发主题党日主题: month, theme, note."""

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, self.tr("下发主题党日主题"), parent)
        today = today or date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.month = QComboBox()
        for month in range(1, 13):
            self.month.addItem(self.tr("%1月").replace("%1", str(month)), month)
        self.month.setCurrentIndex(today.month - 1)
        self.theme = QLineEdit()
        self.theme.setPlaceholderText(self.tr("例如：学习贯彻党的二十大精神"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("说明（可不填）"))
        self.note.setTabChangesFocus(True)
        self.form.addRow(self.tr("年份"), self.year)
        self.form.addRow(self.tr("月份(&M)"), self.month)
        self.form.addRow(self.tr("主题(&T)"), self.theme)
        self.form.addRow(self.tr("说明"), self.note)

    def save(self) -> str:
        from sanhui.core.exchange.directives import set_theme

        month = f"{self.year.value():04d}-{self.month.currentData():02d}"
        return set_theme(self.session.db, month, self.theme.text(), self.note.toPlainText())


class NoticeDialog(_Form):
    """下发通知: title, body, every branch or one."""

    def __init__(self, session, branches: list[tuple[str, str]], parent=None):
        super().__init__(session, self.tr("下发通知"), parent)
        self.title_edit = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.target = QComboBox()
        self.target.addItem(self.tr("全部支部"), None)
        for code, name in branches:
            self.target.addItem(f"{name}（{code}）", code)
        self.form.addRow(self.tr("标题(&T)"), self.title_edit)
        self.form.addRow(self.tr("内容"), self.body)
        self.form.addRow(self.tr("发给(&B)"), self.target)

    def save(self) -> str:
        from sanhui.core.exchange.directives import add_notice

        return add_notice(self.session.db, self.title_edit.text(), self.body.toPlainText(), self.target.currentData())


class PlanDialog(_Form):
    """下发年度计划: the year, a title and the plan's text (what to hold when, the county's own rules)."""

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, self.tr("下发年度计划"), parent)
        today = today or date.today()
        self.setMinimumSize(620, 460)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year + (1 if today.month >= 11 else 0))
        self.year.setSuffix(self.tr(" 年"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("留空：某某年度“三会一课”工作安排"))
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("例如：每季度第一个月召开支部党员大会；每月5日开展主题党日……"))
        self.content.setTabChangesFocus(True)
        self.form.addRow(self.tr("年份(&Y)"), self.year)
        self.form.addRow(self.tr("标题(&T)"), self.title_edit)
        self.form.addRow(self.tr("内容(&C)"), self.content)

    def save(self) -> str:
        from sanhui.core.exchange.directives import set_year_plan

        if not self.content.toPlainText().strip():
            raise InvalidInput(self.tr("请填写年度计划的内容。"))
        return set_year_plan(self.session.db, self.year.value(), self.content.toPlainText(), self.title_edit.text())


class ReturnDialog(_Form):
    """退回会议记录: a branch, one of its records (as the township received them), the comment."""

    def __init__(self, session, branches: list[tuple[str, str, str]], year: int, parent=None,
                 branch_id: str | None = None):
        super().__init__(session, self.tr("退回会议记录"), parent)
        self.setMinimumSize(720, 520)
        self.year = year
        self.branch = QComboBox()
        for org_id, code, name in branches:
            self.branch.addItem(f"{name}（{code}）", org_id)
        if branch_id:
            self.branch.setCurrentIndex(max(0, self.branch.findData(branch_id)))
        self.branch.currentIndexChanged.connect(self.load_meetings)
        self.meetings = QTableWidget(0, 4)
        self.meetings.setHorizontalHeaderLabels([self.tr("日期"), self.tr("会议类型"), self.tr("议题"), self.tr("状态")])
        self.meetings.verticalHeader().hide()
        self.meetings.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetings.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetings.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetings.horizontalHeader().setStretchLastSection(False)
        self.meetings.horizontalHeader().setSectionResizeMode(2, self.meetings.horizontalHeader().ResizeMode.Stretch)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("写明哪里需要更正，例如：缺少表决结果，请补充。"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.form.addRow(self.tr("支部(&B)"), self.branch)
        self.form.addRow(self.tr("会议记录(&R)"), self.meetings)
        self.form.addRow(self.tr("退回意见(&C)"), self.comment)
        self.load_meetings()

    def load_meetings(self) -> None:
        from sanhui.core.store.meetings import list_meetings

        branch_id = self.branch.currentData()
        rows = [m for m in list_meetings(self.session.db, branch_id, self.year)] if branch_id else []
        rows = [m for m in rows if m.status.value != "draft"]  # only records the branch finalised and sent
        self.meetings.setRowCount(len(rows))
        for index, meeting in enumerate(rows):
            values = [meeting.date.isoformat(), MEETING_TYPE_NAMES[meeting.type], meeting.topic,
                      MEETING_STATUS_NAMES[meeting.status]]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, meeting.id)
                self.meetings.setItem(index, column, item)
        self.meetings.resizeColumnsToContents()

    def select_meeting(self, meeting_id: str) -> bool:
        for row in range(self.meetings.rowCount()):
            if self.meetings.item(row, 0).data(Qt.UserRole) == meeting_id:
                self.meetings.selectRow(row)
                return True
        return False

    def save(self) -> str:
        from sanhui.core.exchange.directives import return_record
        from sanhui.errors import InvalidInput

        rows = self.meetings.selectionModel().selectedRows()
        if not rows:
            raise InvalidInput("请在列表中选择要退回的会议记录。")
        meeting_id = self.meetings.item(rows[0].row(), 0).data(Qt.UserRole)
        return return_record(self.session.db, meeting_id, self.comment.toPlainText())
