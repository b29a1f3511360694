"""党员: the roster, with search, filters, add/edit, import and export."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from sanhui.core.store.members import list_members
from sanhui.core.store.org import list_groups
from sanhui.errors import SanhuiError
from sanhui.ui.dialogs.import_dialog import ImportDialog
from sanhui.ui.dialogs.member_dialog import MemberDialog
from sanhui.ui.models.members_model import MembersModel, MembersProxy
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import heading

STANDINGS = [
    ("current", "在册党员"),
    ("", "全部（含已离开）"),
    ("full", "正式党员"),
    ("probationary", "预备党员"),
    ("excluded", "不计入应到"),
    ("left", "已离开支部"),
]


class MembersPage(Page):
    title = "党员"

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.model = MembersModel(self)
        self.model.today = self.today
        self.proxy = MembersProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_standing("current")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索姓名、身份证号、电话、职务"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.group_filter = QComboBox()
        self.group_filter.currentIndexChanged.connect(lambda: self.proxy.set_group(self.group_filter.currentData()))
        self.standing_filter = QComboBox()
        for key, name in STANDINGS:
            self.standing_filter.addItem(self.tr(name), key)
        self.standing_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_standing(self.standing_filter.currentData())
        )

        self.add_button = QPushButton(self.tr("新增党员(&N)"))
        self.edit_button = QPushButton(self.tr("修改(&E)"))
        self.import_button = QPushButton(self.tr("导入名册(&I)…"))
        self.export_button = QPushButton(self.tr("导出名册(&X)…"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        QShortcut(QKeySequence(Qt.Key_Return), self.table, activated=self.edit_selected)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)

        self.count_label = QLabel()
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("党员名册")))
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.import_button, self.export_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("党小组")))
        filters.addWidget(self.group_filter, 1)
        filters.addWidget(QLabel(self.tr("类别")))
        filters.addWidget(self.standing_filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.hide_when_read_only(self.add_button, self.edit_button, self.import_button)

    def wants(self, changes) -> bool:
        return changes.members or changes.org

    def reload(self) -> None:
        db, org = self.session.db, self.session.org_id
        groups = {g.id: g.name for g in list_groups(db, org)}
        self.model.set_rows(list_members(db, org), groups)
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("全部"), "")
        for group_id, name in sorted(groups.items(), key=lambda kv: kv[1]):
            self.group_filter.addItem(name, group_id)
        self.group_filter.setCurrentIndex(max(self.group_filter.findData(current), 0))
        self.group_filter.blockSignals(False)
        self._update_count()

    def _update_count(self, *args) -> None:
        self.count_label.setText(self.tr("显示 %1 人 / 共 %2 人").replace("%1", str(self.proxy.rowCount())).replace(
            "%2", str(self.model.rowCount())))

    def selected_member(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.member(self.proxy.mapToSource(rows[0]).row())

    def add_member(self) -> None:
        dialog = MemberDialog(self.session, None, self, today=self.today)
        if dialog.exec() == MemberDialog.Accepted:
            self.session.announce(dialog.changes)

    def edit_selected(self, *args) -> None:
        if self.read_only:
            return
        member = self.selected_member()
        if member is None:
            QMessageBox.information(self, self.tr("修改党员"), self.tr("请先在表格里选中一名党员。"))
            return
        dialog = MemberDialog(self.session, member, self, today=self.today)
        if dialog.exec() == MemberDialog.Accepted:
            self.session.announce(dialog.changes)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择党员名册文件"), str(Path.home()), self.tr("表格文件 (*.xlsx *.csv)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> ImportDialog | None:
        """Preview the import of ``path``; returns the dialog (already closed) or None if refused."""
        try:
            dialog = ImportDialog(self.session, path, self, today=self.today)
        except SanhuiError as exc:
            QMessageBox.warning(self, self.tr("无法导入"), str(exc))
            return None
        if dialog.exec() == ImportDialog.Accepted:
            self.session.announce(dialog.changes)
        return dialog

    def choose_export(self) -> None:
        default = str(Path.home() / f"{self.session.org.name}党员名册.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出党员名册"), default, self.tr("Excel 表格 (*.xlsx);;CSV 文件 (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        from sanhui.core.roster import write_roster_csv, write_roster_xlsx

        members = [self.model.member(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                   for r in range(self.proxy.rowCount())]
        groups = {g.id: g.name for g in list_groups(self.session.db, self.session.org_id)}
        try:
            if path.lower().endswith(".csv"):
                write_roster_csv(Path(path), members, groups)
            else:
                write_roster_xlsx(Path(path), members, groups)
        except (SanhuiError, OSError) as exc:
            QMessageBox.warning(self, self.tr("导出没有完成"), str(exc))
            return
        QMessageBox.information(self, self.tr("已导出"), self.tr("已导出 %1 人到：").replace("%1", str(len(members))) + path)
