"""The start-up benchmark's baseline: a bare PySide6 window, reporting like the app's start-up probe.

    python bench/bare_window.py          # prints "SANHUI_SHOWN peak_rss_kb=<N>" once shown, then quits

A QMainWindow of 1280×720 with one label, shown; on the first turn of the
event loop after that it prints the same line as ``SANHUI_STARTUP_PROBE=1``
makes the app print (its peak resident memory from ``/proc/self/status``)
and quits. Run as a file, not as ``-m bench.…``: it imports nothing but Qt.
"""
from __future__ import annotations

import sys
from pathlib import Path


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM) in KiB; 0 where /proc does not say."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("三会一课助手")
    window.setCentralWidget(QLabel("三会一课助手"))
    window.resize(1280, 720)
    window.show()

    def report() -> None:
        print(f"SANHUI_SHOWN peak_rss_kb={peak_rss_kb()}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
