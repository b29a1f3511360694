"""Starting the desktop app: the QApplication, fonts, translation, which file to open."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from sanhui import paths
from sanhui.core.settings import FONT_SCALES
from sanhui.errors import SanhuiError

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 11
UI_FONT_FAMILIES = ["Microsoft YaHei", "微软雅黑", "SimHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "AR PL UMing CN"]


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Sanhui")
    app.setApplicationDisplayName("三会一课助手")
    install_translator(app)
    return app


def install_translator(app: QApplication) -> None:
    translator = QTranslator(app)
    folder = paths.resources_dir() / "translations"
    if translator.load(QLocale(QLocale.Chinese, QLocale.China), "sanhui", "_", str(folder)):
        app.installTranslator(translator)
        app._sanhui_translator = translator  # keep it alive


def apply_font_size(app: QApplication, size_key: str) -> None:
    """Scale the whole window's type: 标准, 大, 特大."""
    font = QFont()
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE * FONT_SCALES.get(size_key, 1.0))
    app.setFont(font)


def open_or_create(db_path: Path | None, demo: bool):
    """The database to show: a fresh demo, the given file, or the default (first start asks)."""
    from sanhui.core.store import open_db

    if demo:
        from sanhui.core.demo import create_demo

        target = paths.data_dir() / "demo" / "sanhui-demo.db"
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        return create_demo(target)
    path = db_path or paths.default_db_path()
    if path.exists():
        return open_db(path)
    from sanhui.ui.dialogs.first_start import FirstStartDialog

    dialog = FirstStartDialog(path)
    if dialog.exec() != FirstStartDialog.Accepted:
        return None
    return dialog.db


def show_unexpected_error(exc_type, exc, tb) -> None:
    """The last resort: a Chinese message with "copy details"; the details go to the log, nowhere else."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(QMessageBox.Warning, tr("出现意外错误"), tr(
        "程序遇到了一个意外错误，刚才的操作可能没有完成，已保存的数据不受影响。\n"
        "如果问题反复出现，请点“复制详细信息”，把内容发给乡镇的技术人员。"
    ))
    copy = box.addButton(tr("复制详细信息"), QMessageBox.ActionRole)
    box.addButton(tr("知道了"), QMessageBox.AcceptRole)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def run(db_path: Path | None = None, demo: bool = False) -> int:
    app = make_app()
    apply_font_size(app, "normal")
    sys.excepthook = show_unexpected_error
    target = None if demo else (db_path or paths.default_db_path())
    guard = None
    if target is not None and target.exists():
        from sanhui.ui.single_instance import SingleInstance

        guard = SingleInstance(target)
        if not guard.acquire():
            raised = guard.ask_first_to_raise()
            if not raised:
                QMessageBox.information(None, tr("三会一课助手"), tr("这个数据文件已经在另一个窗口中打开，请切换到那个窗口。"))
            return 0
    try:
        db = open_or_create(db_path, demo)
    except SanhuiError as exc:
        log.warning("cannot open: %s (%s)", exc, exc.detail)
        QMessageBox.critical(None, tr("无法打开数据文件"), str(exc))
        return 1
    if db is None:
        return 0
    from sanhui.core.store.org import file_info
    from sanhui.core.store.settings import get_setting
    from sanhui.ui.main_window import MainWindow

    apply_font_size(app, get_setting(db, file_info(db).org_id, "font_size"))
    window = MainWindow(db)
    window.resize(1280, 720)
    window.show()
    if guard is not None:
        guard.raise_requested.connect(lambda: (window.showNormal(), window.raise_(), window.activateWindow()))
    if not demo:
        QTimer.singleShot(500, lambda: _daily_backup(db))
    QTimer.singleShot(1000, window.notify_due)
    code = app.exec()
    db.close()
    if guard is not None:
        guard.release()
    return code


def _daily_backup(db) -> None:
    from sanhui.core.backup import automatic_backup

    try:
        automatic_backup(db)
    except SanhuiError as exc:  # a full disk must not stop the day's work; say so in the log
        log.warning("daily backup failed: %s (%s)", exc, exc.detail)
