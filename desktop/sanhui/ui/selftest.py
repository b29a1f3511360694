"""`sanhui --selftest`: does this copy of Sanhui work? Used by CI on the bundle and by the township's technician.

On the offscreen platform, in a temporary folder: make a demo file, build the
main window and show every page, write one meeting record as PDF and as Word,
and read both back (the PDF through QtPdf: it has pages and the branch name is
in its text; the Word file's XML holds the branch name). Prints one line and
returns 0, or 1 on the first failure. Nothing outside the temporary folder is
touched.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path


class SelfTestFailed(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def _say(line: str) -> None:
    stream = sys.stdout or sys.stderr
    if stream is not None:  # sanhui.exe on Windows has no console: use sanhui-cli.exe --selftest
        print(line, file=stream, flush=True)


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="sanhui-selftest-"))
    previous_home = os.environ.get("SANHUI_HOME")
    os.environ["SANHUI_HOME"] = str(folder / "home")
    step = "准备"
    try:
        step = "演示数据"
        from sanhui.core.demo import create_demo

        db = create_demo(folder / "selftest.db")
        try:
            step = "主窗口"
            pages, translated = _show_window(db)
            _check(translated, "resources/translations/sanhui_zh_CN.qm was not loaded")
            step = "会议记录"
            pdf_pages, docx_size, org = _write_records(db, folder)
        finally:
            db.close()
    except Exception as exc:  # noqa: BLE001 - the edge: any failure is one line and a non-zero exit
        _say(f"自检失败 (selftest FAILED) at {step}: {type(exc).__name__}: {exc}")
        return 1
    finally:
        if previous_home is None:
            os.environ.pop("SANHUI_HOME", None)
        else:
            os.environ["SANHUI_HOME"] = previous_home
        shutil.rmtree(folder, ignore_errors=True)
    from sanhui import __version__

    _say(
        f"自检通过 (selftest ok): sanhui {__version__}, {org}, {pages} pages shown, translations loaded, "
        f"PDF {pdf_pages} pages, Word {docx_size // 1024} KB, {time.monotonic() - started:.1f} s"
    )
    return 0


def _show_window(db) -> tuple[int, bool]:
    """Builds the main window at 1366×768 and shows each page once; (pages, whether the .qm was loaded)."""
    from sanhui.ui.app import apply_font_size, make_app
    from sanhui.ui.main_window import MainWindow

    app = make_app()
    _quiet_offscreen_warnings()
    apply_font_size(app, "normal")
    window = MainWindow(db)
    try:
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        for index in range(len(window.pages)):
            window.nav.setCurrentRow(index)
            app.processEvents()
            _check(window.stack.currentIndex() == index, f"page {index} did not open")
        return len(window.pages), getattr(app, "_sanhui_translator", None) is not None
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about size hints for every window; that says nothing about the app."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _write_records(db, folder: Path) -> tuple[int, int, str]:
    """One finalised record as PDF and Word, read back; (PDF pages, Word bytes, branch name)."""
    from sanhui.core.documents.output import write_document
    from sanhui.core.documents.records import minutes_document
    from sanhui.core.store.org import file_info, home_org

    branch_id = file_info(db).org_id
    org = home_org(db).name
    rows = list(db.query("SELECT id FROM meetings WHERE status = 'final' AND deleted_at IS NULL ORDER BY date LIMIT 1"))
    _check(bool(rows), "the demo file has no finalised record")
    meeting_id = rows[0]["id"]
    pdf = write_document(db, branch_id, minutes_document(db, meeting_id), folder / "record.pdf")
    docx = write_document(db, branch_id, minutes_document(db, meeting_id), folder / "record.docx")
    pdf_pages = _check_pdf(pdf, org)
    with zipfile.ZipFile(docx) as archive:
        _check("word/document.xml" in archive.namelist(), "the Word file has no document part")
        xml = "".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.startswith("word/"))
    _check(org in xml, "the Word record does not name the branch")
    return pdf_pages, docx.stat().st_size, org


def _check_pdf(path: Path, org: str) -> int:
    """Opens the PDF with QtPdf (the app's preview engine): pages, the branch name in the text, a drawn page."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    _check(document.load(str(path)) == QPdfDocument.Error.None_, f"QtPdf cannot open {path.name}")
    pages = document.pageCount()
    _check(pages > 0, "the PDF has no pages")
    text = "".join(document.getAllText(page).text() for page in range(pages))
    _check(org in text.replace("\n", "").replace(" ", ""), "the PDF text does not name the branch")
    image = document.render(0, QSize(400, 566))
    colours = {image.pixel(x, y) for x in range(0, 400, 5) for y in range(0, 566, 5)} if not image.isNull() else set()
    _check(len(colours) > 1, "the PDF's first page draws blank")
    document.close()
    return pages
