"""预览与打印: a document previewed in the app, printed, saved as PDF or Word, or opened in the system viewer.

The document is built and written to a temporary PDF on the worker thread
(``ops.run_task``), previewed with QtPdf, printed by drawing each page into
the printer's painter. ``minutes_dialog``, ``signin_dialog``, ``book_dialog``,
``stats_dialog`` and ``cards_dialog`` make the dialog for one kind of document.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.documents import layout as L
from sanhui.core.documents import render
from sanhui.core.documents._atomic import atomic_target
from sanhui.core.documents.output import write_document
from sanhui.errors import SanhuiError
from sanhui.ui.ops import error_text, run_task, scaled

#: build(db, progress, cancel) -> Document, run on the worker thread with its own connection.
Build = Callable[..., L.Document]
PRINT_DPI_LIMIT = 300  # a page image at 600 dpi is ~140 MB; 300 dpi prints text sharply
ZOOMS = (("适合宽度", None), ("整页", "page"), ("50%", 0.5), ("75%", 0.75), ("100%", 1.0), ("125%", 1.25),
         ("150%", 1.5), ("200%", 2.0))


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentDialog", text)


def safe_file_name(name: str) -> str:
    """``name`` without the characters Windows forbids in file names."""
    cleaned = re.sub(r'[\\/:*?"<>|\r\n\t]+', "_", name).strip(" .")
    return cleaned or "文档"


class DocumentDialog(QDialog):
    """Builds a document off the GUI thread, previews it, and prints or saves it."""

    def __init__(self, session, build: Build, title: str, default_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.build = build
        self.default_name = safe_file_name(default_name)
        self.doc: L.Document | None = None
        self.pdf_path: Path | None = None
        self.task = None
        self._started = False
        self._closed = False
        self._folder = Path(tempfile.mkdtemp(prefix="sanhui-preview-"))
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.page = QSpinBox()
        self.page.setRange(1, 1)
        self.page.setPrefix(self.tr("第 "))
        self.page.setSuffix(self.tr(" 页"))
        self.page.valueChanged.connect(self.go_to_page)
        self.page_count = QLabel()
        self.previous = QPushButton(self.tr("上一页"))
        self.previous.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.next = QPushButton(self.tr("下一页"))
        self.next.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        self.zoom = QComboBox()
        for text, _factor in ZOOMS:
            self.zoom.addItem(self.tr(text))
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous)
        navigation.addWidget(self.page)
        navigation.addWidget(self.page_count)
        navigation.addWidget(self.next)
        navigation.addStretch(1)
        navigation.addWidget(QLabel(self.tr("缩放")))
        navigation.addWidget(self.zoom)

        self.status = QLabel(self.tr("正在生成……"))
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("打印(&P)…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_pdf_button = QPushButton(self.tr("另存为 PDF(&S)…"))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_word_button = QPushButton(self.tr("另存为 Word(&W)…"))
        self.save_word_button.clicked.connect(self.save_word)
        self.open_button = QPushButton(self.tr("用系统程序打开(&O)"))
        self.open_button.clicked.connect(self.open_externally)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        self._controls = [self.print_button, self.save_pdf_button, self.save_word_button, self.open_button,
                        self.previous, self.next, self.page, self.zoom]
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_pdf_button, self.save_word_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._set_ready(False)
        screen = QApplication.primaryScreen()
        height = int(screen.availableGeometry().height() * 0.85) if screen else 900
        self.resize(min(980, int(height * 0.95)), height)
        self.print_button.setDefault(True)

    # -- generating -------------------------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.generate()

    def generate(self) -> None:
        """Build the document and write the preview PDF on the worker thread."""
        build, branch_id = self.build, self.session.org_id
        target = self._folder / f"{self.default_name}.pdf"

        def job(db, progress, cancel):
            doc = build(db, scaled(progress, 0.0, 0.15), cancel)
            path = write_document(db, branch_id, doc, target, "pdf", progress=scaled(progress, 0.15, 1.0),
                                  cancel=cancel)
            return doc, path

        self.task = run_task(self, self.tr("正在生成%1").replace("%1", self.windowTitle()), job,
                             db_path=self.session.db.path, on_done=self._generated, on_error=self._failed,
                             on_cancelled=self._cancelled)

    def _cancelled(self) -> None:
        if not self._closed:
            self.reject()

    def _generated(self, result) -> None:
        if self._closed:
            return
        self.doc, self.pdf_path = result
        self.pdf.load(str(self.pdf_path))
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() == 0:
            self._failed(SanhuiError("生成的 PDF 文件无法打开预览。请用“用系统程序打开”查看，或重新生成。"))
            self.open_button.setEnabled(True)
            return
        count = self.pdf.pageCount()
        self.page.setRange(1, count)
        self.page_count.setText(self.tr("共 %1 页").replace("%1", str(count)))
        note = self.tr("（草稿，页面上印有“草稿”字样）") if self.doc.draft else ""
        self.status.setText(self.tr("已生成，共 %1 页。").replace("%1", str(count)) + note)
        self._set_ready(True)
        self.view.setFocus()

    def _failed(self, error: BaseException) -> None:
        if self._closed:
            return
        message = error_text(error)
        self.status.setText(self.tr("没有生成：") + message)
        self._set_ready(False)
        QMessageBox.warning(self, self.windowTitle(), message)

    def _set_ready(self, ready: bool) -> None:
        for widget in self._controls:
            widget.setEnabled(ready)

    # -- navigation -------------------------------------------------------------------------------
    def go_to_page(self, number: int) -> None:
        navigator = self.view.pageNavigator()
        if 0 < number <= self.pdf.pageCount() and navigator.currentPage() != number - 1:
            navigator.jump(number - 1, QPointF(), navigator.currentZoom())

    def _page_changed(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)

    def _zoom_changed(self, index: int) -> None:
        factor = ZOOMS[index][1]
        if factor is None:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif factor == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

    # -- printing ---------------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_name)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        landscape = bool(self.doc and self.doc.landscape)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF pages carry their own margins
        return printer

    def print_document(self) -> bool:
        """Ask for a printer and pages, then draw each page at the printer's resolution (≤ 300 dpi)."""
        count = self.pdf.pageCount()
        if not count:
            return False
        printer = self.make_printer()
        printer.setFromTo(1, count)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印%1").replace("%1", self.windowTitle()))
        dialog.setMinMax(1, count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.Accepted:
            return False
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        first, last = max(1, first), min(count, last)
        return self._paint_pages(printer, range(first - 1, last))

    def _paint_pages(self, printer: QPrinter, pages: range) -> bool:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("打印机没有响应，无法开始打印。请检查打印机是否打开、连接好，然后重试。"))
            return False
        progress = QProgressDialog(self.tr("正在发送到打印机……"), self.tr("取消"), 0, len(pages), self)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(500)
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        scale = printer.resolution() / dpi
        finished = True
        try:
            for number, index in enumerate(pages):
                progress.setValue(number)
                if progress.wasCanceled():
                    printer.abort()
                    finished = False
                    break
                if number:
                    printer.newPage()
                points = self.pdf.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.pdf.render(index, size)
                paper = painter.viewport()
                fit = min(paper.width() / (size.width() * scale), paper.height() / (size.height() * scale), 1.02)
                width, height = round(size.width() * scale * fit), round(size.height() * scale * fit)
                painter.drawImage(QRect((paper.width() - width) // 2, (paper.height() - height) // 2,
                                        width, height), image)
        finally:
            painter.end()
            progress.setValue(len(pages))
            progress.deleteLater()
        if finished:
            self.status.setText(self.tr("已发送到打印机：%1 页。").replace("%1", str(len(pages))))
        return finished

    # -- saving -----------------------------------------------------------------------------------
    def _ask_path(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        proposed = str(Path(folder) / f"{self.default_name}{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, caption, proposed, file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def save_pdf(self) -> Path | None:
        path = self._ask_path(self.tr("另存为 PDF"), ".pdf", self.tr("PDF 文件 (*.pdf)"))
        if path is None or self.pdf_path is None:
            return None
        try:
            with atomic_target(path) as tmp:
                shutil.copyfile(self.pdf_path, tmp)
        except SanhuiError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        self.status.setText(self.tr("已保存：%1").replace("%1", str(path)))
        return path

    def save_word(self):
        """Write the Word version on the worker thread; returns the task (None when not asked)."""
        path = self._ask_path(self.tr("另存为 Word"), ".docx", self.tr("Word 文档 (*.docx)"))
        if path is None or self.doc is None:
            return None
        doc = self.doc

        def job(progress, cancel):
            return render(doc, path, "docx", progress=progress, cancel=cancel)

        def done(written) -> None:
            self.status.setText(self.tr("已保存：%1").replace("%1", str(written)))

        return run_task(self, self.tr("正在生成 Word 文档"), job, on_done=done,
                        on_error=lambda e: QMessageBox.warning(self, self.windowTitle(), error_text(e)))

    def open_externally(self) -> Path | None:
        """A copy in the temporary folder (it outlives this dialog), opened by the system's PDF viewer."""
        if self.pdf_path is None:
            return None
        folder = Path(tempfile.gettempdir()) / "Sanhui"
        try:
            folder.mkdir(exist_ok=True)
            target = folder / f"{self.default_name}.pdf"
            number = 1
            while True:
                try:
                    shutil.copyfile(self.pdf_path, target)
                    break
                except PermissionError:  # the viewer still holds the last copy open (Windows)
                    number += 1
                    if number > 20:
                        raise
                    target = folder / f"{self.default_name}（{number}）.pdf"
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("无法复制文件到临时文件夹：%1。请改用“另存为 PDF”。").replace("%1", str(exc)))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("这台电脑没有能打开 PDF 的程序。文件在：%1").replace("%1", str(target)))
        return target

    # -- closing ----------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            if self.task is not None and self.task.running:
                self.task.cancel()  # its late result is dropped (see _generated)
            self.pdf.close()
            shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)


# ---------------------------------------------------------------- the documents of the app


def _meeting_name(session, meeting_id: str, kind: str) -> str:
    from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
    from sanhui.core.store.meeting_rows import meeting_row

    row = meeting_row(session.db, meeting_id)
    return f"{row['date']} {MEETING_TYPE_NAMES[MeetingType(row['type'])]}{kind}"


def minutes_dialog(session, meeting_id: str, parent=None) -> DocumentDialog:
    """The 会议记录 of one meeting (the record editor: save the draft first, then call this and open())."""
    from sanhui.core.documents.records import minutes_document

    return DocumentDialog(session, lambda db, progress, cancel: minutes_document(db, meeting_id),
                          _tr("会议记录"), _meeting_name(session, meeting_id, _tr("会议记录")), parent)


def signin_dialog(session, meeting_id: str, parent=None) -> DocumentDialog:
    from sanhui.core.documents.records import signin_document

    return DocumentDialog(session, lambda db, progress, cancel: signin_document(db, meeting_id),
                          _tr("签到表"), _meeting_name(session, meeting_id, _tr("签到表")), parent)


def book_dialog(session, year: int, parent=None, today: date | None = None) -> DocumentDialog:
    from sanhui.core.documents.book import book_document

    branch_id = session.org_id

    def build(db, progress, cancel):
        return book_document(db, branch_id, year, progress=progress, cancel=cancel, today=today)

    name = _tr("%1年度三会一课记录本").replace("%1", str(year))
    return DocumentDialog(session, build, name, name, parent)


def stats_dialog(session, year: int, parent=None, today: date | None = None) -> DocumentDialog:
    from sanhui.core.documents.stats_doc import stats_document

    branch_id = session.org_id
    return DocumentDialog(session, lambda db, progress, cancel: stats_document(db, branch_id, year, today),
                          _tr("%1年度统计表").replace("%1", str(year)),
                          _tr("%1年度三会一课统计表").replace("%1", str(year)), parent)


def cards_dialog(session, year: int, month: int, parent=None) -> DocumentDialog:
    from sanhui.core.documents.cards import cards_document

    branch_id = session.org_id
    name = _tr("%1年%2月政治生日贺卡").replace("%1", str(year)).replace("%2", str(month))
    return DocumentDialog(session, lambda db, progress, cancel: cards_document(db, branch_id, year, month),
                          name, name, parent)


def medal_dialog(session, year: int, parent=None) -> DocumentDialog:
    from sanhui.core.documents.cards import medal_document

    branch_id = session.org_id
    name = _tr("%1年光荣在党50年名单").replace("%1", str(year))
    return DocumentDialog(session, lambda db, progress, cancel: medal_document(db, branch_id, year), name, name, parent)


def slip_dialog(session, parent=None) -> DocumentDialog:
    from sanhui.core.documents.slip import fingerprint_slip

    name = _tr("数据交换指纹核对单")
    return DocumentDialog(session, lambda db, progress, cancel: fingerprint_slip(db), name, name, parent)


def show(dialog: DocumentDialog) -> DocumentDialog:
    """Open ``dialog`` window-modal (without blocking) and delete it when it closes."""
    dialog.setAttribute(Qt.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
