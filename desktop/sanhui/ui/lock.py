"""The lock on the data: the password asked at start, and the lock screen after an idle time.

``unlock_at_start(db)`` asks for the password (when one is set) before the
main window is made; after ``MAX_TRIES`` wrong answers it refuses. The main
window owns an ``IdleLock``: an application event filter notes the last
keyboard or mouse input, a timer compares it with 设置's idle time, and when
it has passed every dialog is closed and a ``LockScreen`` covers the whole
window until the password is given again.
"""
from __future__ import annotations

import functools
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.lock import MAX_TRIES, check_password, has_password
from sanhui.core.store.org import file_info, home_org
from sanhui.core.store.settings import get_setting
from sanhui.ui.widgets import ERROR_STYLE, heading

#: After this many wrong tries on the lock screen, the field rests for a while.
PAUSE_MS = 60_000
INPUT_EVENTS = ("KeyPress", "MouseButtonPress", "MouseButtonDblClick", "MouseMove", "Wheel", "TouchBegin",
                "TouchUpdate")


@functools.cache
def _input_events() -> frozenset:
    """The QEvent types that count as input; made on first use (making Qt's QEvent.Type enum in Python takes
    ~0.01 s, not worth paying at start-up when no password is set)."""
    return frozenset(getattr(QEvent, name) for name in INPUT_EVENTS)
FORGOTTEN = "如果忘记了密码，请联系乡镇的技术人员（数据不会丢失）。"


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setMinimumWidth(260)
    return field


class PasswordPrompt(QDialog):
    """At start: 请输入密码, a limited number of tries. Accepted only with the right password."""

    def __init__(self, db, branch_id: str, parent=None):
        super().__init__(parent)
        self.db, self.branch_id = db, branch_id
        self.tries_left = MAX_TRIES
        self.setWindowTitle(self.tr("三会一课助手"))
        self.password = _password_field()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.enter = buttons.addButton(self.tr("进入(&E)"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_password)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("请输入密码")))
        layout.addWidget(QLabel(home_org(db).name))
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        hint = QLabel(self.tr(FORGOTTEN))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666;")
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def try_password(self) -> bool:
        if check_password(self.db, self.branch_id, self.password.text()):
            self.accept()
            return True
        self.tries_left -= 1
        self.password.clear()
        if self.tries_left > 0:
            self.error.setText(self.tr("密码不对，还可以再试 %1 次。").replace("%1", str(self.tries_left)))
            self.password.setFocus()
        else:
            self.error.setText(self.tr("密码连续输错 %1 次，请点“退出”关闭程序。").replace("%1", str(MAX_TRIES)))
            self.password.setEnabled(False)
            self.enter.setEnabled(False)
        return False


def unlock_at_start(db, parent=None) -> bool:
    """True when no password is set or the right one was given; False after 退出 or too many tries."""
    branch_id = file_info(db).org_id
    if not has_password(db, branch_id):
        return True
    return PasswordPrompt(db, branch_id, parent).exec() == QDialog.Accepted


class LockScreen(QFrame):
    """Covers the whole main window; ``unlocked`` is emitted when the right password is given."""

    unlocked = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.failures = 0
        self.setObjectName("lockScreen")
        self.setStyleSheet(
            "QFrame#lockScreen { background: #f4efe6; } "
            "QFrame#lockCard { background: white; border: 1px solid #d9cfc0; border-radius: 8px; }"
        )
        self.setAutoFillBackground(True)
        card = QFrame()
        card.setObjectName("lockCard")
        self.password = _password_field()
        self.password.returnPressed.connect(self.try_password)
        self.unlock_button = QPushButton(self.tr("解锁(&U)"))
        self.unlock_button.clicked.connect(self.try_password)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        title = heading(self.tr("三会一课助手已锁定"))
        title.setStyleSheet("color: #8b1a1a;")
        inner.addWidget(title)
        inner.addWidget(self.explain)
        inner.addWidget(self.password)
        inner.addWidget(self.unlock_button, 0, Qt.AlignRight)
        inner.addWidget(self.error)
        card.setFixedWidth(460)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._resume)

    def show_over(self, minutes: int) -> None:
        session = self.window.session
        self.explain.setText(
            self.tr("%1\n为保护党员的个人信息，程序在 %2 分钟没有操作后自动锁定。请输入密码继续使用。")
            .replace("%1", session.org.name).replace("%2", str(minutes))
        )
        self.error.clear()
        self.password.clear()
        self.setGeometry(self.window.rect())
        self.show()
        self.raise_()
        self.password.setFocus()

    def try_password(self) -> bool:
        session = self.window.session
        if check_password(session.db, session.org_id, self.password.text()):
            self.failures = 0
            self.unlocked.emit()
            return True
        self.failures += 1
        self.password.clear()
        if self.failures >= MAX_TRIES:
            self.password.setEnabled(False)
            self.unlock_button.setEnabled(False)
            self.error.setText(self.tr("密码连续输错 %1 次，请 1 分钟后再试。").replace("%1", str(MAX_TRIES))
                               + self.tr(FORGOTTEN))
            self._pause.start(PAUSE_MS)
        else:
            self.error.setText(self.tr("密码不对，请重新输入。"))
        return False

    def _resume(self) -> None:
        self.failures = 0
        self.password.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.error.setText(self.tr("可以再试了。"))
        self.password.setFocus()


class IdleLock(QObject):
    """Locks ``window`` after its session's idle time without keyboard or mouse input (with a password set)."""

    locked_changed = Signal(bool)
    CHECK_MS = 5000

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.idle_ms = 0
        self.minutes = 0
        self.locked = False
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._session = None
        self._filtering = False
        window.reopened.connect(self.attach)
        self.attach()

    def attach(self) -> None:
        """Follow the window's (new) session: its settings say whether and when to lock."""
        if self._session is not None:
            try:
                self._session.changed.disconnect(self._changed)
            except (RuntimeError, TypeError):
                pass
        self._session = self.window.session
        self._session.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes) -> None:
        if changes.settings:
            self.refresh()

    def refresh(self) -> None:
        session = self.window.session
        if session.db is None or not has_password(session.db, session.org_id):
            self.minutes = 0
        else:
            self.minutes = int(get_setting(session.db, session.org_id, "lock_idle_minutes") or 0)
        self.set_idle_ms(self.minutes * 60_000)

    def set_idle_ms(self, idle_ms: int) -> None:
        """Lock after ``idle_ms`` without input (0: never). The check runs a few times within that time."""
        self.idle_ms = idle_ms
        self._last_input = time.monotonic()
        if idle_ms > 0:
            self._timer.start(max(20, min(self.CHECK_MS, idle_ms // 4)))
        else:
            self._timer.stop()
        self._filter_events(idle_ms > 0 or self.locked)

    def _filter_events(self, on: bool) -> None:
        """Watch every event of the application only while it matters (an idle time set, or locked): a
        filter in Python costs every event a call, ~0.05 s at the window's first showing (issue 9)."""
        if on and not self._filtering:
            QApplication.instance().installEventFilter(self)
        elif not on and self._filtering:
            QApplication.instance().removeEventFilter(self)
        self._filtering = on

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind in _input_events():
            self._last_input = time.monotonic()
        elif self.locked:
            if kind == QEvent.Shortcut and not self._on_screen(watched):
                return True  # no page shortcut (Ctrl+N, Ctrl+2...) works behind the lock screen
            if kind == QEvent.Resize and watched is self.window and self.screen is not None:
                self.screen.setGeometry(self.window.rect())
        return False

    def _on_screen(self, watched) -> bool:
        return isinstance(watched, QWidget) and self.screen is not None and self.screen.isAncestorOf(watched)

    def check(self) -> None:
        if self.locked or self.idle_ms <= 0 or not self.window.isVisible():
            return  # a closed window (its file closed too) has nothing left to lock
        if (time.monotonic() - self._last_input) * 1000 >= self.idle_ms:
            self.lock()

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self._filter_events(True)
        self._close_other_windows()
        if self.screen is None:
            self.screen = LockScreen(self.window)
            self.screen.unlocked.connect(self.unlock)
        for part in (self.window.centralWidget(), self.window.menuBar()):
            part.setEnabled(False)
        self.screen.show_over(max(self.minutes, 1))
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        for part in (self.window.centralWidget(), self.window.menuBar()):
            part.setEnabled(True)
        if self.screen is not None:
            self.screen.hide()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._last_input = time.monotonic()
        self._filter_events(self.idle_ms > 0)
        self.locked_changed.emit(False)

    def _close_other_windows(self) -> None:
        """Dialogs are cancelled (what was typed in them is not saved); other windows hide until unlocked."""
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() or isinstance(widget, QProgressDialog):
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            elif widget.isWindow():
                widget.hide()
                self._hidden.append(widget)
