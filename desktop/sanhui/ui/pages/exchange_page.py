"""数据交换: this file's fingerprint, export to a USB stick, import packages (preview first), returned records.

Both roles: a branch writes its one report for the township; a township
writes one reply per accepted branch. Import is always two steps: a dry run
shown per file (sender, new/updated/unchanged/refused, reasons), a first
contact accepted only after the user compared fingerprints, then 确认导入
applies each file all or nothing with one summary at the end. The work
runs on the worker thread (``ui/ops.run_task``).
"""
from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.exchange.importer import APPLIED, DRY_RUN, STATUS_NAMES, UNKNOWN, BatchResult, FileResult
from sanhui.core.model import (
    MEETING_STATUS_NAMES,
    MEETING_TYPE_NAMES,
    Changes,
    MeetingStatus,
    MeetingType,
    Role,
)
from sanhui.errors import SanhuiError
from sanhui.ui.ops import error_text, run_task
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import ERROR_STYLE, heading

#: File systems that are never a USB stick.
_SYSTEM_FS = {"tmpfs", "devtmpfs", "squashfs", "overlay", "proc", "sysfs", "ramfs", "efivarfs", "autofs"}
_SYSTEM_PREFIXES = ("/boot", "/snap", "/sys", "/proc", "/dev", "/var", "/usr", "/etc", "/tmp")
PREVIEW_HEADER = ["文件", "发送单位", "序号", "状态", "新增", "更新", "未变", "拒收", "说明"]
SHOWN_REASONS = 5


def size_text(size: int) -> str:
    return f"{size / 1024 ** 3:.1f} GB" if size >= 1024 ** 3 else f"{size / 1024 ** 2:.0f} MB"


def removable_targets() -> list[tuple[str, str]]:
    """Mounted volumes one could write a package to: ready, writable, not the system root; (label, path)."""
    targets = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        fs = bytes(volume.fileSystemType()).decode(errors="replace")
        if (not volume.isValid() or not volume.isReady() or volume.isReadOnly() or volume.isRoot()
                or fs in _SYSTEM_FS or (root.startswith(_SYSTEM_PREFIXES) and not root.startswith("/run/media"))
                or root.startswith("/run/") and not root.startswith("/run/media")):
            continue
        name = volume.displayName() or root
        label = f"{name}（{root}）" if name != root else root
        targets.append((f"{label} — 可用 {size_text(volume.bytesAvailable())}", root))
    return targets


def sender_text(item: FileResult) -> str:
    return f"{item.sender['name']}（{item.sender['code']}）" if item.sender else "—"


def reasons_text(item: FileResult, accepted: bool = False) -> str:
    """What to tell about a file: its message, the first refused rows, a sequence gap, notes."""
    lines = [item.message]
    if item.status == UNKNOWN:  # the core's sentence names the command line; say it the GUI's way
        lines = [f"第一次报送，密钥指纹 {item.fingerprint}。" + (
            "已核对指纹，确认导入时登记这个单位。" if accepted else
            "没有接受（指纹没有核对一致），不会导入；核对后重新选择这个文件。")]
    if item.plan is not None and item.status not in ("duplicate",):
        lines += [f"拒收：{r.reason}" for r in item.plan.refusals[:SHOWN_REASONS]]
        if len(item.plan.refusals) > SHOWN_REASONS:
            lines.append(f"……另有 {len(item.plan.refusals) - SHOWN_REASONS} 条拒收")
        gap = item.plan.incoming.gap
        if gap:
            lines.append(f"缺少第 {gap[0]}–{gap[1]} 号数据包（可能有U盘没有导入）")
        lines += item.plan.notes
    return "\n".join(line for line in lines if line)


def counts(item: FileResult) -> tuple[int, int, int, int]:
    if item.plan is None:
        return (0, 0, 0, 0)
    tables = item.plan.tables.values()
    return (sum(t.new for t in tables), sum(t.updated for t in tables), sum(t.unchanged for t in tables),
            sum(t.refused for t in tables))


log = logging.getLogger(__name__)

PEERS_LISTED = 5  # more registered peers than this are counted, not listed one by one


class ExchangePage(Page):
    title = "数据交换"
    open_meeting = Signal(str)  # a returned record to open (the main window hands it to the meetings page)

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.township = session.role == Role.TOWNSHIP
        self.preview: BatchResult | None = None
        self.last_batch: BatchResult | None = None
        self.last_export: list = []
        self.accepted: set[tuple[str, str]] = set()  # (code, fingerprint) of first contacts the user accepted
        self.paths: list[Path] = []

        self.fingerprint = QLabel()
        big = QFont(self.fingerprint.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        big.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"] + big.families())
        self.fingerprint.setFont(big)
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.owner = QLabel()
        self.peers = QLabel()
        self.peers.setWordWrap(True)
        key_box = QGroupBox(self.tr("本机密钥指纹"))
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(QLabel(self.tr("本机指纹（念给对方听、与对方屏幕上的核对）：")))
        key_layout.addWidget(self.fingerprint)
        key_layout.addWidget(self.owner)
        key_layout.addWidget(self.peers)
        self.slip_button = QPushButton(self.tr("打印指纹核对单(&L)…"))
        self.slip_button.clicked.connect(self.print_slip)
        self.new_key_button = QPushButton(self.tr("对方换了电脑(&K)…"))
        self.new_key_button.setToolTip(self.tr("对方重装了程序或换了电脑：照对方的指纹核对单输入新指纹"))
        self.new_key_button.clicked.connect(self.accept_new_key)
        slip_row = QHBoxLayout()
        slip_row.addWidget(self.slip_button)
        slip_row.addWidget(self.new_key_button)
        slip_row.addStretch(1)
        key_layout.addLayout(slip_row)

        self.target = QComboBox()
        self.target.setMinimumWidth(320)
        self.refresh_targets_button = QPushButton(self.tr("刷新(&S)"))
        self.refresh_targets_button.clicked.connect(self.refresh_targets)
        self.full = QCheckBox(self.tr("全部数据（不只是上次回执以来的变化）(&A)"))
        self.full.setVisible(not self.township)
        self.export_button = QPushButton(self.tr("导出到U盘(&E)"))
        self.export_button.clicked.connect(self.export)
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        export_box = QGroupBox(self.tr("导出到U盘"))
        export_layout = QGridLayout(export_box)
        export_layout.addWidget(QLabel(self.tr("写到：")), 0, 0)
        export_layout.addWidget(self.target, 0, 1)
        export_layout.addWidget(self.refresh_targets_button, 0, 2)
        export_layout.addWidget(self.full, 1, 1, 1, 2)
        export_layout.addWidget(QLabel(self.tr("给每个已登记的支部各写一个下发数据包。") if self.township else
                                       self.tr("写一个报送给乡镇的数据包。")), 2, 1, 1, 2)
        export_layout.addWidget(self.export_button, 3, 1, 1, 2, Qt.AlignLeft)
        export_layout.addWidget(self.export_result, 4, 0, 1, 3)
        export_layout.setColumnStretch(1, 1)

        self.files_button = QPushButton(self.tr("选择数据包文件(&O)…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("选择文件夹(&D)…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.apply_button = QPushButton(self.tr("确认导入(&I)"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.import_message = QLabel(self.tr("先预览每个数据包会带来的变化，核对无误后再确认导入。"))
        self.import_message.setWordWrap(True)
        self.table = QTableWidget(0, len(PREVIEW_HEADER))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in PREVIEW_HEADER])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(PREVIEW_HEADER) - 1, QHeaderView.Stretch)
        import_box = QGroupBox(self.tr("从U盘导入"))
        import_layout = QVBoxLayout(import_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        import_layout.addLayout(buttons)
        import_layout.addWidget(self.import_message)
        import_layout.addWidget(self.table, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("数据交换")))
        top = QHBoxLayout()
        top.addWidget(key_box, 1)
        top.addWidget(export_box, 1)
        layout.addLayout(top)
        layout.addWidget(import_box, 2)
        self.returns_box = self._returns_box()
        layout.addWidget(self.returns_box, 1)
        self.returns_box.setVisible(not self.township)
        self.refresh_targets()

    def _returns_box(self) -> QWidget:
        self.theme = QLabel()
        self.theme.setWordWrap(True)
        self.returns = QTableWidget(0, 4)
        self.returns.setHorizontalHeaderLabels([self.tr("日期"), self.tr("会议类型"), self.tr("状态"),
                                                self.tr("乡镇的退回意见")])
        self.returns.verticalHeader().hide()
        self.returns.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.returns.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.returns.setSelectionMode(QAbstractItemView.SingleSelection)
        self.returns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.returns.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.returns.doubleClicked.connect(lambda _index: self.open_selected_return())
        self.open_return_button = QPushButton(self.tr("打开记录(&R)"))
        self.open_return_button.clicked.connect(self.open_selected_return)
        box = QGroupBox(self.tr("乡镇下发"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.theme)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("乡镇退回、需要更正的会议记录：")))
        row.addStretch(1)
        row.addWidget(self.open_return_button)
        returns = QVBoxLayout()
        returns.addLayout(row)
        returns.addWidget(self.returns, 1)
        self.notices = QListWidget()
        self.notices.itemActivated.connect(self.show_notice)
        notices = QVBoxLayout()
        notices.addWidget(QLabel(self.tr("通知和年度计划（双击看全文）：")))
        notices.addWidget(self.notices, 1)
        side_by_side = QHBoxLayout()
        side_by_side.addLayout(returns, 3)
        side_by_side.addLayout(notices, 2)
        box_layout.addLayout(side_by_side, 1)
        return box

    def show_notice(self, item) -> None:
        title, body = item.data(Qt.UserRole)
        QMessageBox.information(self, title, body or title)

    # -- showing ----------------------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return changes.meetings or changes.org or changes.settings

    def reload(self) -> None:
        from sanhui.core.exchange.keys import ensure_keys
        from sanhui.core.exchange.peers import list_peers

        db = self.session.db
        keys = ensure_keys(db)
        org = self.session.org
        self.fingerprint.setText(keys.shown)
        self.owner.setText(f"{org.name}（{self.tr('代码')} {org.code}）")
        peers = [p for p in list_peers(db)]
        if len(peers) > PEERS_LISTED:  # a township's or a county's branches: 各支部 shows each one's key
            self.peers.setText(self.tr("已登记的对方：%1 个单位。每个支部的密钥指纹见“各支部”页（鼠标停在支部名称上）。")
                               .replace("%1", str(len(peers))))
        elif peers:
            self.peers.setText(self.tr("已登记的对方：") + "；".join(
                f"{p.name}（{p.code}）{p.shown}" for p in peers))
        else:
            self.peers.setText(self.tr("还没有登记任何对方单位：第一次导入对方的数据包时核对指纹。"))
        if not self.township:
            self._reload_returns()

    def _reload_returns(self) -> None:
        from sanhui.core.exchange.directives import open_returns, theme_for_month
        from sanhui.core.store.rows import get_row

        db = self.session.db
        theme = theme_for_month(db, self.today.year, self.today.month)
        month = f"{self.today.year}年{self.today.month}月"
        if theme:
            self.theme.setText(self.tr("乡镇下发的%1主题党日主题：").replace("%1", month) + theme.theme
                               + (f"（{theme.note}）" if theme.note else ""))
        else:
            self.theme.setText(self.tr("乡镇还没有下发%1的主题党日主题。").replace("%1", month))
        self._reload_notices()
        rows = [r for r in open_returns(db) if r["meeting_id"]]
        self.returns.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = get_row(db, "meetings", row["meeting_id"])["status"]
            status_text = (MEETING_STATUS_NAMES[MeetingStatus(status)] if status == MeetingStatus.RETURNED.value
                           else self.tr("已更正，待报送"))
            type_name = MEETING_TYPE_NAMES.get(MeetingType(row["type"]), "") if row["type"] else ""
            for column, text in enumerate([row["date"] or "", type_name, status_text, row["comment"]]):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, row["meeting_id"])
                self.returns.setItem(index, column, item)
        self.open_return_button.setEnabled(bool(rows))

    def accept_new_key(self, code: str | None = None, fingerprint: str | None = None) -> bool:
        """Re-enrolment: the new fingerprint typed from the other side's slip; only that key is then accepted."""
        from sanhui.core.exchange.peers import accept_new_key, list_peers

        peers = list_peers(self.session.db)
        if not peers:
            QMessageBox.information(self, self.tr("对方换了电脑"), self.tr("还没有登记任何对方单位。"))
            return False
        if code is None:
            labels = [f"{p.name}（{p.code}）" for p in peers]
            label, ok = QInputDialog.getItem(self, self.tr("对方换了电脑"), self.tr("哪个单位换了电脑？"), labels, 0, False)
            if not ok:
                return False
            code = peers[labels.index(label)].code
        if fingerprint is None:
            fingerprint, ok = QInputDialog.getText(
                self, self.tr("对方换了电脑"),
                self.tr("请照对方新打印的指纹核对单输入新指纹（至少 16 位，例如 3F2A-91C0-7B44-0D1E）："))
            if not ok:
                return False
        try:
            peer = accept_new_key(self.session.db, code, fingerprint)
        except SanhuiError as exc:
            QMessageBox.warning(self, self.tr("没有登记"), str(exc))
            return False
        QMessageBox.information(self, self.tr("已登记"), self.tr(
            "已登记 %1 的新指纹。下次导入它用新电脑发出的数据包时会接受；其他密钥仍然拒收。").replace("%1", peer.name))
        self.reload()
        return True

    def print_slip(self):
        """The fingerprint on paper, to hand over with the first USB stick."""
        from sanhui.ui.dialogs.document_dialog import show, slip_dialog

        return show(slip_dialog(self.session, self))

    def _reload_notices(self) -> None:
        """Notices meant for this branch (or for all), newest first, then this year's plan."""
        from sanhui.core.exchange.directives import list_notices, year_plans

        db, code = self.session.db, self.session.org.code
        self.notices.clear()
        for notice in list_notices(db):
            if notice["target_code"] not in (None, "", code):
                continue
            item = QListWidgetItem(f"{notice['published_on']}　{self.tr('通知')}：{notice['title']}")
            item.setData(Qt.UserRole, (notice["title"], notice["body"]))
            self.notices.addItem(item)
        for plan in year_plans(db, self.today.year):
            item = QListWidgetItem(f"{plan['year']}　{self.tr('年度计划')}：{plan['title']}")
            item.setData(Qt.UserRole, (plan["title"], plan["content"]))
            self.notices.addItem(item)
        if not self.notices.count():
            self.notices.addItem(self.tr("乡镇还没有下发通知或年度计划。"))

    def returned_ids(self) -> list[str]:
        return [self.returns.item(r, 0).data(Qt.UserRole) for r in range(self.returns.rowCount())]

    def open_selected_return(self) -> None:
        rows = self.returns.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.returns.rowCount() else -1)
        if row >= 0:
            self.open_meeting.emit(self.returns.item(row, 0).data(Qt.UserRole))

    # -- export -----------------------------------------------------------------------------------
    def refresh_targets(self) -> None:
        self.target.clear()
        for label, path in removable_targets():
            self.target.addItem(label, path)
        self.target.addItem(self.tr("其他文件夹…"), None)

    def choose_target(self) -> Path | None:
        folder = self.target.currentData()
        if folder:
            return Path(folder)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择导出到哪个文件夹"))
        return Path(chosen) if chosen else None

    def export(self, to: list[str] | None = None):
        """Ask where, then write the package(s) on the worker thread; returns the task (None if not asked)."""
        from sanhui.core.exchange.export import export_packages

        folder = self.choose_target()
        if folder is None:
            return None
        full = self.full.isChecked() and not self.township

        def job(db, progress, cancel):
            return export_packages(db, folder, full=full, to=to)

        def done(results) -> None:
            self.last_export = results
            lines = [self.tr("已写入：") + str(r.path) for r in results]
            if any(r.personal == "withheld" for r in results):
                lines.append(self.tr("注意：还没有收到乡镇下发的数据包，这次没有带身份证号和手机号码；"
                                     "导入乡镇的数据包后再导出，就会补上。"))
            self.export_result.setStyleSheet("")
            self.export_result.setText("\n".join(lines))

        def failed(error) -> None:
            self.export_result.setStyleSheet(ERROR_STYLE)
            self.export_result.setText(error_text(error))
            QMessageBox.warning(self, self.tr("导出没有完成"), error_text(error))

        return run_task(self, self.tr("正在导出数据包"), job, db_path=self.session.db.path, on_done=done,
                        on_error=failed, cancellable=False)

    # -- import -----------------------------------------------------------------------------------
    def choose_files(self):
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("选择数据包"), "",
                                                 self.tr("三会一课数据包 (*.sanhui);;所有文件 (*)"))
        return self.start_preview(chosen) if chosen else None

    def choose_folder(self):
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择放数据包的文件夹（例如U盘）"))
        return self.start_preview([chosen]) if chosen else None

    def start_preview(self, paths):
        """The dry run of ``paths`` on the worker thread; the table shows it when done. Returns the task."""
        from sanhui.core.exchange.importer import import_files, package_files

        files = package_files(paths)
        if not files:
            QMessageBox.information(self, self.tr("从U盘导入"),
                                    self.tr("在选择的位置没有找到数据包（.sanhui 文件）。请确认U盘已插好、选择的文件夹正确。"))
            return None
        self.paths, self.accepted, self.preview = files, set(), None
        self.apply_button.setEnabled(False)

        def job(db, progress, cancel):
            def report(done, total, path):
                if cancel():
                    from sanhui.core.documents.layout import Cancelled

                    raise Cancelled()
                progress(done, total)

            return import_files(db, files, dry_run=True, progress=report)

        return run_task(self, self.tr("正在检查数据包"), job, db_path=self.session.db.path,
                        on_done=self.show_preview)

    def show_preview(self, batch: BatchResult) -> None:
        self.preview = batch
        self.fill_table(batch)
        for item in batch.files:
            if item.status == UNKNOWN and item.sender:
                sender = (item.sender["code"], item.fingerprint)
                if sender not in self.accepted and self.confirm_first_contact(item):
                    self.accepted.add(sender)
        self.fill_table(batch)  # again: the accepted first contacts marked
        ready = self.files_to_apply()
        self.apply_button.setEnabled(bool(ready[0] or ready[1]))
        self.import_message.setText(batch.summary() + (self.tr(" 核对无误后请按“确认导入”。") if ready[0] or ready[1]
                                                       else self.tr(" 没有可以导入的数据包。")))

    def confirm_first_contact(self, item: FileResult) -> bool:
        """Ask the user to compare the sender's fingerprint with the one shown on its computer."""
        text = self.tr(
            "“%1”（代码 %2）是第一次报送数据包。\n\n它的密钥指纹是：\n\n    %3\n\n"
            "请打电话或当面与该支部电脑上“数据交换”页显示的指纹逐位核对。完全一致才能接受；"
            "不一致请选“否”，并查明原因。\n\n指纹一致，接受这个单位吗？"
        ).replace("%1", item.sender["name"]).replace("%2", item.sender["code"]).replace("%3", item.fingerprint or "")
        answer = QMessageBox.question(self, self.tr("核对密钥指纹"), text,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def files_to_apply(self) -> tuple[list[Path], list[Path]]:
        """(files of known senders, files of first contacts the user accepted)."""
        known, accepted = [], []
        for item in self.preview.files if self.preview else []:
            if item.status == DRY_RUN:
                known.append(item.path)
            elif item.status == UNKNOWN and (item.sender or {}).get("code") and \
                    (item.sender["code"], item.fingerprint) in self.accepted:
                accepted.append(item.path)
        return known, accepted

    def fill_table(self, batch: BatchResult) -> None:
        self.table.setRowCount(len(batch.files))
        for index, item in enumerate(batch.files):
            status = STATUS_NAMES[item.status]
            accepted = bool(item.sender) and (item.sender["code"], item.fingerprint) in self.accepted
            if item.status == UNKNOWN and accepted:
                status = self.tr("新单位（已核对指纹）")
            values = [item.path.name, sender_text(item), str(item.sequence or ""), status,
                      *(str(n) for n in counts(item)), reasons_text(item, accepted)]
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 3 and item.refused and status == STATUS_NAMES[item.status]:
                    cell.setForeground(Qt.red)
                self.table.setItem(index, column, cell)
        self.table.resizeRowsToContents()

    def apply(self):
        """Import each previewed file all or nothing; one summary at the end. Returns the task."""
        from sanhui.core.exchange.importer import import_files

        known, accepted = self.files_to_apply()
        if not (known or accepted):
            return None
        preview = self.preview
        self.apply_button.setEnabled(False)

        township, today = self.township, self.today

        def job(db, progress, cancel):
            results = {}
            for paths, accept_new in ((known, False), (accepted, True)):
                if paths:
                    batch = import_files(db, paths, accept_new=accept_new)
                    results.update({item.path: item for item in batch.files})
            if township and any(item.status == APPLIED for item in results.values()):
                from sanhui.core.exchange.township import branch_overview

                try:  # 各支部's figures of the reporting branches, kept for its page
                    branch_overview(db, today=today)
                except SanhuiError as exc:  # the import is done; the page will say what is wrong
                    log.warning("overview after import not computed: %s (%s)", exc, exc.detail)
            return results

        def done(results) -> None:
            files = [results.get(item.path, item) for item in preview.files]
            batch = BatchResult(files=files)
            self.last_batch, self.preview = batch, None
            self.fill_table(batch)
            self.import_message.setText(batch.summary())
            if batch.count(APPLIED):
                self.session.announce(Changes(org=True, members=True, meetings=True, settings=True))
            self.reload()
            QMessageBox.information(self, self.tr("导入完成"), batch.summary() + (
                self.tr("\n有的数据包没有导入，原因见表格中每个文件的说明；其余数据包不受影响。") if batch.refused else ""))

        return run_task(self, self.tr("正在导入数据包"), job, db_path=self.session.db.path, on_done=done,
                        cancellable=False)
