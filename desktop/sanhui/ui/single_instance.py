"""One window per data file: a second start on the same file brings the first one to the front.

A ``QLockFile`` next to the data file says who has it open; a lock left by a
crash is stale (its process is gone) and is cleared. A ``QLocalServer`` named
after the file lets the second start ask the first to show itself.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

STALE_AFTER_MS = 0  # never judged stale by age: only a dead owner makes a lock stale (QLockFile checks the PID)


def _server_name(db_path: Path) -> str:
    data = str(db_path.resolve()).lower().encode("utf-8")  # Qt's SHA-256: no OpenSSL to load at start-up
    digest = bytes(QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex()).decode()[:16]
    return f"sanhui-{digest}"


class SingleInstance(QObject):
    """``acquire()`` is True for the first window on ``db_path``; ``raise_requested`` fires on a second start."""

    raise_requested = Signal()

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.lock = QLockFile(str(self.db_path) + ".lock")
        self.lock.setStaleLockTime(STALE_AFTER_MS)
        self.server = None  # a QLocalServer once listening

    def acquire(self, listen: bool = True) -> bool:
        """Take the file's lock. With ``listen`` False the server that answers a second start is left for
        ``listen()`` (the app calls it once its window is shown: QtNetwork is not needed before)."""
        # tryLock clears a stale lock itself: one whose process is no longer running on this machine.
        if not self.lock.tryLock(100):
            if self.lock.error() == QLockFile.LockFailedError:
                return False
            return True  # the folder cannot hold a lock file (read-only stick): do not block the user
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        name = _server_name(self.db_path)
        QLocalServer.removeServer(name)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(name)

    def _on_connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is not None:
            socket.disconnectFromServer()
        self.raise_requested.emit()

    def ask_first_to_raise(self) -> bool:
        """From the second start: ask the window that has the file to come to the front."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(_server_name(self.db_path))
        ok = socket.waitForConnected(500)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
