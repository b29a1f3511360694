"""The guard against the PySide6 6.12 reference-count defect on Python < 3.12 (ui/compat.py)."""
from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sanhui.ui  # applies the guard
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(200_000):
    label.setText("三会一课")
print("ok")
"""


def test_many_qt_calls_do_not_abort_python():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
