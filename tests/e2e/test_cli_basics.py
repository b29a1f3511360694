"""The CLI of CLI.md for the foundation: init, members import/list/export, check, backup, restore, demo."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from sanhui.cli import main

from common import TODAY
from fakes import make_members, write_csv, write_xlsx


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "_sqlite_migrations" not in line or "INSERT" not in line]
    finally:
        conn.close()


@pytest.fixture
def village(tmp_path, capsys):
    path = tmp_path / "village.db"
    code, out, _ = run(capsys, "--db", str(path), "init", "--role", "branch", "--name", "中共青山村支部委员会",
                       "--code", "330102001", "--township-name", "中共青山镇委员会", "--township-code", "330102")
    assert code == 0 and "已新建" in out
    return path


def bad_roster(tmp_path):
    """A realistic 60-member roster with a dozen bad rows of different kinds."""
    rows = make_members(60, seed=11, today=TODAY)
    breakers = [
        ("姓名", ""),
        ("入党日期", None),
        ("身份证号", "11010119650302123X"),
        ("手机号码", "1381234"),
        ("入党日期", "2027-01-01"),
        ("出生日期", "1970-13-45"),
        ("转正日期", "1990-01-01"),
        ("性别", "未知"),
        ("入党日期", "去年"),
        ("身份证号", "12345"),
        ("手机号码", "27712345678"),
        ("转正日期", "2030-05-05"),
    ]
    bad_rows = []
    for offset, (column, value) in enumerate(breakers):
        index = 8 + offset * 4
        rows[index][column] = value
        bad_rows.append(index + 2)  # header is row 1
    return rows, bad_rows


def test_roster_import_lists_bad_rows_and_lands_good_ones(village, tmp_path, capsys):
    rows, bad_rows = bad_roster(tmp_path)
    path = write_xlsx(tmp_path / "名册.xlsx", rows)
    before = dump(village)
    code, out, err = run(capsys, "--db", str(village), "members", "import", str(path), "--dry-run", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["added"] == 48 and preview["rejected"] == 12 and preview["dry_run"]
    rejected = sorted(r["row"] for r in preview["rows"] if r["action"] == "reject")
    assert rejected == bad_rows
    assert all(r["reason"] for r in preview["rows"] if r["action"] == "reject")
    assert dump(village) == before  # a dry run writes nothing

    code, out, err = run(capsys, "--db", str(village), "members", "import", str(path))
    assert code == 0, err
    assert "新增 48 人" in out and "不导入 12 人" in out
    code, out, _ = run(capsys, "--db", str(village), "members", "list", "--json")
    listed = json.loads(out)
    assert len(listed) == 48
    assert {m["name"] for m in listed} == {r["姓名"] for i, r in enumerate(rows) if i + 2 not in bad_rows}

    after_first = dump(village)
    code, out, _ = run(capsys, "--db", str(village), "members", "import", str(path), "--json")
    again = json.loads(out)
    assert again["added"] == 0 and again["updated"] == 0 and again["unchanged"] == 48
    assert dump(village) == after_first  # the same file twice changes nothing


def test_roster_update_and_gbk_csv(village, tmp_path, capsys):
    rows = make_members(15, seed=4, today=TODAY)
    run(capsys, "--db", str(village), "members", "import", str(write_xlsx(tmp_path / "a.xlsx", rows)))
    rows[2]["手机号码"] = "13900001111"
    rows[3]["党小组"] = "第四党小组"
    path = write_csv(tmp_path / "b.csv", rows, encoding="gbk", date_format="%Y/%m/%d")
    code, out, _ = run(capsys, "--db", str(village), "members", "import", str(path), "--json")
    result = json.loads(out)
    assert (result["added"], result["updated"], result["unchanged"]) == (0, 2, 13)
    code, out, _ = run(capsys, "--db", str(village), "members", "list", "--json")
    by_name = {m["name"]: m for m in json.loads(out)}
    assert by_name[rows[2]["姓名"]]["phone"] == "13900001111"
    assert by_name[rows[3]["姓名"]]["group"] == "第四党小组"


def test_members_export_round_trip(village, tmp_path, capsys):
    rows = make_members(30, seed=5, today=TODAY)
    run(capsys, "--db", str(village), "members", "import", str(write_xlsx(tmp_path / "a.xlsx", rows)))
    out_path = tmp_path / "导出.xlsx"
    code, out, _ = run(capsys, "--db", str(village), "members", "export", str(out_path))
    assert code == 0 and out_path.exists()
    other = tmp_path / "other.db"
    run(capsys, "--db", str(other), "init", "--role", "branch", "--name", "某村", "--code", "1234")
    code, out, _ = run(capsys, "--db", str(other), "members", "import", str(out_path), "--json")
    assert json.loads(out)["added"] == 30


def test_refusals_exit_1_with_chinese_and_leave_file_alone(village, tmp_path, capsys):
    before = dump(village)
    code, _, err = run(capsys, "--db", str(village), "init", "--role", "branch", "--name", "某村", "--code", "1234")
    assert code == 1 and "已经存在" in err
    missing = tmp_path / "nope.xlsx"
    code, _, err = run(capsys, "--db", str(village), "members", "import", str(missing))
    assert code == 1 and ("找不到" in err or "不存在" in err), err
    header_only = tmp_path / "bad.csv"
    header_only.write_text("名字,电话\n张三,13800000000\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(village), "members", "import", str(header_only))
    assert code == 1 and "姓名" in err
    assert "Traceback" not in err
    code, _, err = run(capsys, "--db", str(tmp_path / "missing.db"), "members", "list")
    assert code == 1 and "找不到数据文件" in err
    assert not (tmp_path / "missing.db").exists()
    assert dump(village) == before


def test_usage_error_exits_2(village, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(village), "members", "frobnicate"])
    assert exc.value.code == 2


def test_check_backup_restore(village, tmp_path, capsys):
    rows = make_members(12, seed=6, today=TODAY)
    run(capsys, "--db", str(village), "members", "import", str(write_xlsx(tmp_path / "a.xlsx", rows)))
    code, out, _ = run(capsys, "--db", str(village), "check")
    assert code == 0 and "完整性检查通过" in out
    code, out, _ = run(capsys, "--db", str(village), "backup", "--out", str(tmp_path / "copy.db"))
    assert code == 0
    saved = dump(village)
    more = make_members(20, seed=7, today=TODAY)
    run(capsys, "--db", str(village), "members", "import", str(write_xlsx(tmp_path / "b.xlsx", more)))
    assert dump(village) != saved
    code, out, err = run(capsys, "--db", str(village), "restore", str(tmp_path / "copy.db"))
    assert code == 0, err
    assert "党员 12 人" in out
    assert dump(village) == saved
    code, _, err = run(capsys, "--db", str(village), "restore", str(tmp_path / "a.xlsx"))
    assert code == 1 and "不是三会一课助手的数据文件" in err
    assert dump(village) == saved


def test_check_finds_damage(village, capsys):
    conn = sqlite3.connect(village)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO groups (id, branch_id, name, created_at, updated_at) VALUES ('g', 'no-such-org', 'x', '', '')"
    )
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", str(village), "check", "--json")
    assert code == 1
    findings = json.loads(out)
    assert any(not f["ok"] and f["todo"] for f in findings)


def test_demo_and_subprocess_entry_point(tmp_path):
    path = tmp_path / "demo.db"
    result = subprocess.run(
        [sys.executable, "-m", "sanhui", "--db", str(path), "demo"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "sanhui", "--db", str(path), "--json", "members", "list"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 40
