"""`sanhui --selftest`: the one-line check that CI runs on the bundle, here on the source checkout."""
from __future__ import annotations

import os
import subprocess
import sys


def test_selftest_passes_and_says_so_in_one_line(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SANHUI_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "sanhui", "--selftest"], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and "selftest ok" in lines[0]
    assert "中共青山村支部委员会" in lines[0] and "translations loaded" in lines[0]
    assert list((tmp_path / "home").glob("*.db")) == []  # the demo lived in a temporary folder


def test_selftest_fails_with_a_nonzero_exit_and_names_the_step(qtbot, monkeypatch, capsys):
    from sanhui.core.documents import records
    from sanhui.ui import selftest

    def broken(db, meeting_id):
        raise RuntimeError("no layout")

    monkeypatch.setattr(records, "minutes_document", broken)
    assert selftest.main() == 1
    out = capsys.readouterr().out
    assert "selftest FAILED" in out and "会议记录" in out and "no layout" in out
