"""The one helper that runs work off the GUI thread (STYLE.md point 5).

    run_task(self, self.tr("正在生成年度记录本"), build, db_path=session.db.path,
             on_done=self.show_result)

``fn(progress, cancel)`` — or ``fn(db, progress, cancel)`` when ``db_path``
is given — runs on the single worker thread, one task at a time. With a
``db_path`` the worker opens its own connection (a SQLite connection belongs
to the thread that made it) and closes it afterwards. ``progress(done,
total)`` may be called as often as wished; ``cancel()`` tells whether the
user pressed 取消 (the function raises ``Cancelled`` then). The result or
the error comes back on the GUI thread through queued signals: ``on_done``
with the result, ``on_error`` with the exception (by default a message box
with its Chinese sentence), ``on_cancelled`` when it ended by Cancelled.
The function never touches a widget.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sanhui.core.documents.layout import Cancelled
from sanhui.errors import SanhuiError

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400  # quick tasks finish before a progress dialog would flash
PROGRESS_INTERVAL = 0.05  # seconds between two progress reports from the worker
_POOL: QThreadPool | None = None
_RUNNING: set = set()  # tasks not finished yet: a Task without a parent is not collected meanwhile


def worker_pool() -> QThreadPool:
    """The one worker thread: database work runs one task at a time."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
        _POOL.setExpiryTimeout(-1)
    return _POOL


def busy() -> bool:
    """Whether a task is still running (or its result not yet delivered)."""
    return bool(_RUNNING)


def error_text(error: BaseException) -> str:
    """The sentence to show: a SanhuiError's own; for anything else a general one (details in the log)."""
    if isinstance(error, SanhuiError):
        return str(error)
    return f"出现意外错误（{type(error).__name__}），没有完成。详细信息已写入日志，请把日志发给技术人员。"


class _Signals(QObject):
    """Emitted from the worker thread; delivered (queued) on the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = task._fn
        self._db_path = task._db_path
        self._signals = task._signals
        self._cancel_event = task._cancel_event
        self._last_report = 0.0

    def run(self) -> None:  # the worker thread
        db = None
        try:
            if self._cancel_event.is_set():
                raise Cancelled()
            if self._db_path is not None:
                from sanhui.core.store import open_db

                db = open_db(self._db_path)
                result = self._fn(db, self._progress, self._cancel_event.is_set)
            else:
                result = self._fn(self._progress, self._cancel_event.is_set)
        except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI thread
            if not isinstance(exc, (SanhuiError, Cancelled)):
                log.exception("task failed")
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)
        finally:
            if db is not None:
                db.close()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_INTERVAL:
            return  # a few reports a second are enough for a progress bar
        self._last_report = now
        self._signals.progressed.emit(int(done), int(total))


class Task(QObject):
    """A running task; lives on the GUI thread. ``progressed(done, total)`` relays the worker's
    progress; ``finished`` is emitted once, after the callbacks."""

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, fn: Callable, db_path, on_done, on_error,
                 on_cancelled, cancellable: bool):
        super().__init__(parent)
        self._title = title
        self._fn = fn
        self._db_path = db_path
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._cancel_event = threading.Event()
        self.running = True
        self._updating = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._signals = _Signals()  # created on the GUI thread: its queued slots run here
        self._signals.progressed.connect(self._progressed, Qt.QueuedConnection)
        self._signals.done.connect(self._done, Qt.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.QueuedConnection)
        self.dialog = QProgressDialog(title, self.tr("取消") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(360)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)
        self._show_timer.start(SHOW_AFTER_MS)

    def start(self) -> None:
        _RUNNING.add(self)
        worker_pool().start(_Runnable(self))  # the pool holds it until it has run, then deletes it

    def cancel(self) -> None:
        """Ask the function to stop; it ends with Cancelled at its next check."""
        if self.running and not self._cancel_event.is_set():
            self._cancel_event.set()
            self.dialog.setLabelText(self.tr("正在取消……"))

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def _show_dialog(self) -> None:
        if self.running:
            self.dialog.show()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.progressed.emit(done, total)
        if total > 0 and not self._updating:
            self._updating = True  # a modal QProgressDialog.setValue processes events: no nesting
            try:
                self.dialog.setMaximum(total)
                self.dialog.setValue(min(done, total))
            finally:
                self._updating = False

    def _finish(self) -> None:
        _RUNNING.discard(self)
        self.running = False
        self._show_timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._finish()
        self.result = result
        try:
            if self._cancel_event.is_set() and self._on_cancelled is not None:
                self._on_cancelled()  # finished anyway, but the user no longer wants it
            elif self._on_done is not None:
                self._on_done(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.error = error
        try:
            if isinstance(error, Cancelled):
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif self._on_error is not None:
                self._on_error(error)
            else:
                parent = self.parent() if isinstance(self.parent(), QWidget) else None
                QMessageBox.warning(parent, self._title or self.tr("出错了"), error_text(error))
        finally:
            self.finished.emit()


def run_task(parent: QWidget | None, title: str, fn: Callable, *, on_done: Callable[[Any], None] | None,
             on_error: Callable[[BaseException], None] | None = None,
             on_cancelled: Callable[[], None] | None = None, cancellable: bool = True,
             db_path=None, quiet: bool = False) -> Task:
    """Run ``fn`` on the worker thread with a progress dialog titled ``title``; returns the Task.

    ``fn(progress, cancel)``, or ``fn(db, progress, cancel)`` with its own
    connection to ``db_path``. Callbacks run on the GUI thread. A ``quiet`` task (the daily backup) shows
    no dialog however long it takes."""
    task = Task(parent, title, fn, db_path, on_done, on_error, on_cancelled, cancellable)
    if quiet:
        task._show_timer.stop()
    task.start()
    return task


def scaled(progress: Callable[[int, int], None], start: float, end: float) -> Callable[[int, int], None]:
    """A progress callback for one stage of a task: its (done, total) maps onto start..end of 1000."""
    def report(done: int, total: int) -> None:
        fraction = done / total if total else 0.0
        progress(int(1000 * (start + (end - start) * min(1.0, fraction))), 1000)

    return report
