"""The exchange through the command line: keys show, export, import, branches list, return, theme."""
from __future__ import annotations

import json
import sqlite3

import pytest

from sanhui.cli import main

from common import TODAY

ON = TODAY.isoformat()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def files(tmp_path, capsys):
    from sanhui.core.demo import create_demo

    a, b, t = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "t.db"
    create_demo(a, today=TODAY).close()
    create_demo(b, today=TODAY, seed=2, name="中共石桥村支部委员会", code="330102002").close()
    code, out, _ = run(capsys, "--db", t, "init", "--role", "township", "--name", "中共青山镇委员会", "--code", "330102")
    assert code == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    return a, b, t, stick


def test_report_accept_overview_return_and_theme(files, capsys):
    a, b, t, stick = files
    code, out, _ = run(capsys, "--db", a, "keys", "show")
    assert code == 0 and "中共青山村支部委员会（330102001）密钥指纹：" in out
    fingerprint = out.split("密钥指纹：")[1].split()[0]
    code, out, err = run(capsys, "--db", a, "export", "--out", stick)
    assert code == 0 and out.strip().endswith("sanhui-330102001-to-330102-0001.sanhui")
    assert "身份证号" in err  # withheld until the township's key is known
    package_a = out.strip()
    code, out, _ = run(capsys, "--db", b, "export", "--out", stick)
    package_b = out.strip()

    before = dump(t)
    code, out, err = run(capsys, "--db", t, "import", package_a, package_b)
    assert code == 1 and fingerprint in out and "--accept-new" in out
    assert "没有导入" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "--db", t, "import", "--dry-run", "--accept-new", "--json", stick)
    result = json.loads(out)
    assert code == 0 and result["dry_run"] and result["summary"]["dry_run"] == 2
    assert result["files"][0]["tables"]["meetings"]["new"] > 0
    assert dump(t) == before

    code, out, _ = run(capsys, "--db", t, "import", "--accept-new", "--json", stick)
    result = json.loads(out)
    assert code == 0 and result["summary"]["applied"] == 2, result
    assert result["files"][0]["sender"] == {"code": "330102001", "name": "中共青山村支部委员会", "role": "branch",
                                            "fingerprint": fingerprint}
    code, out, _ = run(capsys, "--db", t, "import", stick)
    assert code == 0 and "已导入过" in out

    code, out, _ = run(capsys, "--db", t, "branches", "list", "--json", "--on", ON)
    rows = json.loads(out)
    assert [r["code"] for r in rows] == ["330102001", "330102002"]
    for row, branch in zip(rows, (a, b)):
        _, stats, _ = run(capsys, "--db", branch, "stats", TODAY.year, "--json", "--on", ON)
        total = json.loads(stats)["total"]
        assert row["completion"]["required"] == total["required"] and row["completion"]["held"] == total["held"]
        assert row["attendance_rate"] == total["rate"]
        assert row["last_sequence"] == 1 and row["fingerprint"]
    code, out, _ = run(capsys, "--db", t, "branches", "list", "--on", ON)
    assert code == 0 and "中共石桥村支部委员会" in out and "共 2 个支部" in out

    _, listing, _ = run(capsys, "--db", a, "meetings", "list", "--json", "--type", "committee")
    meeting = next(m for m in json.loads(listing) if m["status"] == "final")
    code, out, _ = run(capsys, "--db", t, "return", meeting["id"][:8], "--comment", "请补充决议的责任人。")
    assert code == 0 and "已退回" in out
    code, out, _ = run(capsys, "--db", t, "theme", "2026-12", "学习贯彻全会精神")
    assert code == 0 and "2026-12" in out
    code, out, _ = run(capsys, "--db", t, "export", "--out", stick)
    replies = out.split()
    assert code == 0 and len(replies) == 2 and all("sanhui-330102-to-" in p for p in replies)

    before_b = dump(b)
    code, out, err = run(capsys, "--db", b, "import", replies[0])
    assert code == 1 and "不是发给本单位" in out and dump(b) == before_b
    code, out, _ = run(capsys, "--db", a, "import", replies[0])
    assert code == 0 and "退回" in out and "主题党日主题" in out and "已记住乡镇党委" in out
    _, shown, _ = run(capsys, "--db", a, "meetings", "show", meeting["id"], "--json")
    record = json.loads(shown)
    assert record["status"] == "returned" and record["returned_comment"] == "请补充决议的责任人。"
    code, out, err = run(capsys, "--db", a, "export", "--out", stick)
    assert code == 0 and err == ""  # the township's key is known now: personal numbers travel sealed


def test_broken_files_in_a_batch_are_refused_and_the_rest_imported(files, capsys):
    a, b, t, stick = files
    _, out, _ = run(capsys, "--db", a, "export", "--out", stick)
    good = out.strip()
    _, out, _ = run(capsys, "--db", b, "export", "--out", stick)
    data = bytearray(open(out.strip(), "rb").read())
    data[len(data) // 2] ^= 0xFF
    broken = stick / "broken.sanhui"
    broken.write_bytes(bytes(data))
    truncated = stick / "truncated.sanhui"
    truncated.write_bytes(bytes(data[:500]))
    code, out, err = run(capsys, "--db", t, "import", "--accept-new", good, broken, truncated)
    assert code == 1 and "有 2 个数据包没有导入" in err
    assert out.count("[拒收]") == 2 and "已损坏" in out and "共 3 个数据包，已导入 1 个，拒收 2 个。" in out
    code, out, _ = run(capsys, "--db", t, "branches", "list", "--json", "--on", ON)
    assert [r["code"] for r in json.loads(out)] == ["330102001"]


def test_keys_accept_and_township_only_commands(files, capsys):
    a, b, t, stick = files
    code, _, err = run(capsys, "--db", t, "keys", "accept", "330102001", "1234")
    assert code == 1 and "至少 16 位" in err
    code, _, err = run(capsys, "--db", t, "keys", "accept", "330102001", "1234-5678-9ABC-DEF0")
    assert code == 1 and "还没有登记" in err
    code, _, err = run(capsys, "--db", a, "theme", "2026-12", "主题")
    assert code == 1 and "只有乡镇党委" in err
    code, _, err = run(capsys, "--db", a, "branches", "list")
    assert code == 1 and "只有乡镇党委" in err
    code, _, err = run(capsys, "--db", t, "export", "--out", stick)
    assert code == 1 and "--to" in err
    code, _, err = run(capsys, "--db", t, "import", stick)
    assert code == 1 and "没有找到数据包" in err
    code, out, _ = run(capsys, "--db", t, "keys", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["role"] == "township" and shown["peers"] == []
