"""One window per data file; a stale lock from a crashed process is cleared."""
from __future__ import annotations

import subprocess
import sys

from sanhui.ui.single_instance import SingleInstance


def test_second_instance_is_refused_and_first_is_asked_to_raise(qtbot, db_path):
    first = SingleInstance(db_path)
    assert first.acquire()
    second = SingleInstance(db_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.ask_first_to_raise()
    first.release()
    third = SingleInstance(db_path)
    assert third.acquire()
    third.release()


def test_stale_lock_of_a_dead_process_is_cleared(qtbot, db_path):
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(db_path) + '.lock'!r})\n"
        "assert lock.tryLock(100)\n"
        "os._exit(0)  # die holding the lock, as a crash would\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (db_path.parent / (db_path.name + ".lock")).exists()
    guard = SingleInstance(db_path)
    assert guard.acquire()
    guard.release()
