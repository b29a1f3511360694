"""Starting the desktop app: the QApplication, fonts, translation, which file to open."""
from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

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
    icon = paths.resources_dir() / "icons" / "sanhui.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translator(app)
    return app


def install_translator(app: QApplication) -> None:
    translator = QTranslator(app)
    folder = paths.resources_dir() / "translations"
    if translator.load(QLocale(QLocale.Chinese, QLocale.China), "sanhui", "_", str(folder)):
        app.installTranslator(translator)
        app._sanhui_translator = translator  # keep it alive
    qt_own = QTranslator(app)  # Qt's own words (the context menu of a text field, standard buttons) in Chinese
    if qt_own.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        app._qt_translator = qt_own


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
    from sanhui.ui.dialogs.wizard import FirstRunWizard

    wizard = FirstRunWizard(path)
    if wizard.exec() != FirstRunWizard.Accepted:
        return None
    if wizard.demo_chosen:  # "先用演示数据看看": the demo file; the wizard comes back at the next start
        from sanhui.core.store.org import file_info
        from sanhui.core.store.settings import set_setting

        db = open_or_create(None, demo=True)
        set_setting(db, file_info(db).org_id, "font_size", wizard.font_size)  # the size chosen on the first page
        return db
    return wizard.db


def _message(kind: str, title: str, text: str) -> None:
    """A message box (``information``, ``critical``…); QMessageBox is imported only when one is shown."""
    from PySide6.QtWidgets import QMessageBox

    getattr(QMessageBox, kind)(None, title, text)


def show_unexpected_error(exc_type, exc, tb) -> None:
    """The last resort: a Chinese message with "copy details"; the details go to the log, nowhere else."""
    from PySide6.QtWidgets import QMessageBox  # only when there is something to say (start-up time)

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
        if not guard.acquire(listen=False):  # it listens for a second start once the window is shown
            raised = guard.ask_first_to_raise()
            if not raised:
                _message("information", tr("三会一课助手"), tr("这个数据文件已经在另一个窗口中打开，请切换到那个窗口。"))
            return 0
    try:
        db = open_with_choices(db_path, demo)
    except SanhuiError as exc:
        log.warning("cannot open: %s (%s)", exc, exc.detail)
        _message("critical", tr("无法打开数据文件"), str(exc))
        return 1
    if db is None:
        return 0
    demo = demo or _is_demo(db)
    if not demo and (guard is None or Path(db.path).resolve() != guard.db_path.resolve()):
        if guard is not None:  # another file was chosen, or a new one made: guard that one instead
            guard.release()
        guard = _acquire_guard(Path(db.path))
        if guard is None:
            db.close()
            return 0
    from sanhui.core.lock import has_password
    from sanhui.core.store.org import file_info
    from sanhui.core.store.settings import get_setting

    org_id = file_info(db).org_id
    if has_password(db, org_id):  # the password, when one is set: before any data is shown
        from sanhui.ui.lock import unlock_at_start

        if not unlock_at_start(db):
            db.close()
            if guard is not None:
                guard.release()
            return 0
    from sanhui.ui.main_window import MainWindow

    apply_font_size(app, get_setting(db, org_id, "font_size"))
    probe = os.environ.get(STARTUP_PROBE)
    window = MainWindow(db, today=_probe_today() if probe else None)
    window.resize(1280, 720)
    window.show()
    if probe:  # the start-up benchmark (bench/bench_startup.py): report, then quit
        QTimer.singleShot(0, lambda: _report_shown(window, visit_all=probe == "all"))
    if guard is not None:
        guard.raise_requested.connect(lambda: (window.showNormal(), window.raise_(), window.activateWindow()))
        QTimer.singleShot(0, guard.listen)
    if not probe:
        if not demo:
            QTimer.singleShot(500, lambda: _daily_backup(db))
        QTimer.singleShot(1000, window.notify_due)
    code = app.exec()
    window.session.db.close()  # the file shown last (a restore closes and reopens it)
    db.close()
    if guard is not None:
        guard.release()
    return code


def open_with_choices(db_path: Path | None, demo: bool, ask=None):
    """``open_or_create``, except that a data file that is missing or cannot be opened is never replaced:
    the user chooses 打开其他文件… / 新建… / 退出 (``ask(error, path)``, by default a message box).

    Returns the open database, or None to quit.
    """
    from sanhui.errors import AlreadyExists, FileMissing

    if ask is None:
        def ask(error, path):
            from sanhui.ui.dialogs.file_problem import ask_what_to_open

            return ask_what_to_open(error, path)
    path = None if demo else (db_path or paths.default_db_path())
    error: SanhuiError | None = None
    previous: SanhuiError | None = None  # the problem shown before 新建…, to come back to if no file is made
    if path is not None and not path.exists() and not _first_start(db_path):
        error = FileMissing(f"找不到数据文件“{path}”。它可能被移动或删除了，或者在没有插上的U盘上。")
    while True:
        if error is None:
            try:
                db = open_or_create(path, demo)
            except SanhuiError as exc:
                log.warning("cannot open %s: %s (%s)", path, exc, exc.detail)
                error = exc
            else:
                if db is not None or previous is None:
                    return db
                error = previous  # the new file was not made after all: back to the choice
        choice = ask(error, path)
        if choice is None:
            return None
        from sanhui.ui.dialogs.file_problem import NEW, OPEN  # only when there is a problem (start-up time)

        action, chosen = choice
        previous = error
        if action == OPEN and not chosen.exists():
            error = FileMissing(f"找不到数据文件“{chosen}”。请重新选择。")
        elif action == NEW and chosen.exists():
            error = AlreadyExists(f"文件“{chosen}”已经存在，程序不会覆盖它。请换一个文件名。")
        elif action in (OPEN, NEW):
            path, demo, error = chosen, False, None
            previous = previous if action == NEW else None


def _first_start(db_path: Path | None) -> bool:
    """No file given and none made before (no backups either): the first-start wizard, not an alarm."""
    return db_path is None and not any(paths.backups_dir().glob("*.db"))


def _acquire_guard(path: Path):
    """The single-instance guard of ``path``, or None (after saying so) when another window has it."""
    from sanhui.ui.single_instance import SingleInstance

    guard = SingleInstance(path)
    if guard.acquire():
        return guard
    if not guard.ask_first_to_raise():
        _message("information", tr("三会一课助手"), tr("这个数据文件已经在另一个窗口中打开，请切换到那个窗口。"))
    return None


def _is_demo(db) -> bool:
    """Whether ``db`` is the demo file (chosen in the first-run wizard): it gets no daily backup."""
    path = getattr(db, "path", None)
    return path is not None and Path(path).parent == paths.data_dir() / "demo"


STARTUP_PROBE = "SANHUI_STARTUP_PROBE"
PROBE_TODAY = "SANHUI_PROBE_TODAY"  # with the probe only: the day the window shows (YYYY-MM-DD)


def _probe_today():
    """The benchmark's "today" (its data ends in a past year), or None for the computer's date."""
    from datetime import date

    value = os.environ.get(PROBE_TODAY)
    return date.fromisoformat(value) if value else None


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM) in KiB; 0 where /proc does not say."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _report_shown(window, visit_all: bool) -> None:
    """For the start-up benchmark: the window is shown with its first page's data (and, with ``visit_all``,
    every page shown once in turn); print one line and quit."""
    if visit_all:
        from sanhui.ui.ops import busy

        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            QApplication.processEvents()
            while busy():  # a page's work on the worker thread (各支部 of a county) counts too
                QApplication.processEvents()
                time.sleep(0.005)
        window.nav.setCurrentRow(0)
    print(f"SANHUI_SHOWN peak_rss_kb={peak_rss_kb()}", flush=True)
    QApplication.quit()


def _daily_backup(db):
    """The day's automatic copy, made on the worker thread with its own connection (a township's or a
    county's file takes a while to copy; the window stays usable). A failure only goes to the log: a full
    disk must not stop the day's work."""
    from sanhui.ui.ops import run_task

    def job(worker_db, progress, cancel):
        from sanhui.core.backup import automatic_backup

        return automatic_backup(worker_db)

    def failed(exc) -> None:
        log.warning("daily backup failed: %s (%s)", exc, getattr(exc, "detail", ""))

    return run_task(None, "", job, on_done=None, on_error=failed, db_path=db.path, cancellable=False, quiet=True)
