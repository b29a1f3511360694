"""The meeting commands of CLI.md on a year of records of a 40-member branch: import, list, show, finalize,
plan, stats, talks; refusals leave the file unchanged; usage errors exit 2."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from sanhui.cli import main
from sanhui.core.model import COMMITTEE_POSITIONS

from common import TODAY
from fakes import GROUP_NAMES, make_members, to_member, write_xlsx

YEAR = 2026
ON = ["--on", TODAY.isoformat()]
HALF_DAY = date(YEAR, 8, 8)  # the general meeting with exactly half the voting members present


def run(capsys, db_path, *argv) -> tuple[int, str, str]:
    try:
        code = main(["--db", str(db_path), *argv])
    except SystemExit as exc:  # argparse: wrong usage
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


class Roster:
    """The roster rows, to know who is expected and who votes at each meeting, as the rules say."""

    def __init__(self, rows):
        self.rows = rows
        self.members = [(row, to_member(row)) for row in rows]

    def expected(self, meeting_type: str, on: date, group: str | None = None) -> list[tuple[str, bool]]:
        result = []
        for row, member in self.members:
            if member.join_date > on:
                continue
            if meeting_type == "committee" and not any(p in row["职务"] for p in COMMITTEE_POSITIONS):
                continue
            if meeting_type == "group_meeting" and row["党小组"] != group:
                continue
            result.append((member.name, member.can_vote(on)))
        return result

    def name_of(self, position: str) -> str:
        return next(row["姓名"] for row in self.rows if row["职务"] == position)


def make_roster() -> Roster:
    rows = make_members(40, seed=11, today=TODAY)
    roster = Roster(rows)
    voting = [name for name, votes in roster.expected("general_meeting", HALF_DAY) if votes]
    if len(voting) % 2:  # an even number of voting members, so that exactly half can be present
        row = next(r for r in rows if not r["职务"] and r["人员类别"] == "正式党员" and r["姓名"] in voting)
        row.update({"人员类别": "预备党员", "入党日期": date(YEAR - 1, 12, 20), "转正日期": None})
        roster = Roster(rows)
    return roster


def record(roster: Roster, meeting_type: str, on: date, number: int, group: str | None = None, **extra) -> dict:
    """A complete record: most present, a few on leave or absent (a committee meeting: everyone present)."""
    attendance = []
    for index, (name, _votes) in enumerate(roster.expected(meeting_type, on, group)):
        status, reason = "present", ""
        if meeting_type != "committee" and (index + number) % 11 == 0:
            status, reason = "leave", "外出务工"
        elif meeting_type != "committee" and (index + number) % 17 == 0:
            status = "absent"
        attendance.append({"member": name, "status": status, "reason": reason})
    data = {
        "type": meeting_type, "group": group, "topic": f"{on.month}月学习和工作安排", "date": on.isoformat(),
        "start": "09:00", "end": "11:00", "place": "村党群服务中心", "host": roster.name_of("书记"),
        "recorder": roster.name_of("组织委员"), "attendance": attendance,
        "guests": [{"name": "李明", "role": "镇党委组织委员"}] if meeting_type == "general_meeting" else [],
        "agenda": ["学习文件", "讨论工作"], "content": "书记传达文件精神，与会党员结合村里工作逐一发言。",
        "decisions": ["按计划推进人居环境整治"] if meeting_type in ("general_meeting", "committee") else [],
        "status": "final",
    }
    if meeting_type == "party_lecture":
        data.update(lecturer=roster.name_of("书记"), title="学党章、守党规", hours=2)
    if meeting_type == "theme_day":
        data.update(theme="重温入党誓词", form="组织生活")
    data.update(extra)
    return data


def half_present_meeting(roster: Roster) -> dict:
    """A general meeting with exactly half of the voting members present and a vote of exactly half for."""
    expected = roster.expected("general_meeting", HALF_DAY)
    voting = [name for name, votes in expected if votes]
    away = set(voting[len(voting) // 2:])
    attendance = [
        {"member": name, "status": "leave" if name in away else "present", "reason": "外出务工" if name in away else ""}
        for name, _votes in expected
    ]
    votes = [{"motion": "村集体经济合作社章程", "for": len(voting) // 2, "against": 0, "abstain": 0}]
    return record(roster, "general_meeting", HALF_DAY, 99, topic="三季度党员大会", attendance=attendance, votes=votes)


def year_of_records(roster: Roster) -> list[dict]:
    records = []
    for month in range(1, 12):
        records.append(record(roster, "committee", date(YEAR, month, 10), month))
        records.append(record(roster, "theme_day", date(YEAR, month, 5), month))
        for number, group in enumerate(GROUP_NAMES):
            if group == GROUP_NAMES[2] and month == 6:
                continue  # the third group did not meet in June
            records.append(record(roster, "group_meeting", date(YEAR, month, 15), month + number, group=group))
    for month in (2, 5, 8, 11):
        records.append(record(roster, "party_lecture", date(YEAR, month, 20), month))
    general = record(roster, "general_meeting", date(YEAR, 5, 12), 5, topic="二季度党员大会")
    voting_present = sum(
        1 for name, votes in roster.expected("general_meeting", date(YEAR, 5, 12))
        if votes and next(a for a in general["attendance"] if a["member"] == name)["status"] == "present"
    )
    general["votes"] = [{"motion": "村级重大事项", "for": voting_present - 1, "against": 0, "abstain": 1}]
    records += [
        record(roster, "general_meeting", date(YEAR, 4, 20), 4, topic="补开一季度党员大会", for_period=f"{YEAR}-Q1"),
        general,
        half_present_meeting(roster),
        record(roster, "general_meeting", date(YEAR, 11, 10), 11, topic="四季度党员大会"),
    ]
    records[0]["status"] = "draft"  # the January committee meeting: finalised later by the command
    return records


@pytest.fixture
def village(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SANHUI_DEBUG", raising=False)
    path = tmp_path / "village.db"
    code, _, _ = run(capsys, path, "init", "--role", "branch", "--name", "中共青山村支部委员会", "--code", "330102001")
    assert code == 0
    roster = make_roster()
    code, out, err = run(capsys, path, "members", "import", str(write_xlsx(tmp_path / "名册.xlsx", roster.rows)))
    assert code == 0 and "新增 40 人" in out, err
    return path, roster


@pytest.fixture
def year(village, tmp_path, capsys):
    path, roster = village
    records = year_of_records(roster)
    source = tmp_path / "2026.json"
    source.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    code, out, err = run(capsys, path, "meetings", "import", str(source), *ON)
    assert code == 0, err
    assert f"新增 {len(records)} 条" in out and f"其中定稿 {len(records) - 1} 条" in out
    return path, roster, records


def listing(capsys, path, *argv) -> list[dict]:
    code, out, err = run(capsys, path, "meetings", "list", "--json", *argv)
    assert code == 0, err
    return json.loads(out)


def test_plan_of_the_year(year, capsys):
    path, _, _ = year
    code, out, err = run(capsys, path, "plan", str(YEAR), "--json", *ON)
    assert code == 0, err
    plan = json.loads(out)
    status = {(i["type"], i["group"], i["period"]): i["status"] for i in plan}
    assert all(status[("committee", None, f"{YEAR}-{m:02d}")] == "held" for m in range(1, 12))
    assert status[("committee", None, f"{YEAR}-12")] == "upcoming"
    assert status[("theme_day", None, f"{YEAR}-11")] == "held"
    assert status[("group_meeting", GROUP_NAMES[2], f"{YEAR}-06")] == "missing"
    assert status[("group_meeting", GROUP_NAMES[1], f"{YEAR}-06")] == "held"
    assert [status[("general_meeting", None, f"{YEAR}-Q{q}")] for q in range(1, 5)] == ["held"] * 4
    assert [status[("party_lecture", None, f"{YEAR}-Q{q}")] for q in range(1, 5)] == ["held"] * 4
    assert status[("org_life", None, str(YEAR))] == "upcoming"
    q1 = next(i for i in plan if i["type"] == "general_meeting" and i["period"] == f"{YEAR}-Q1")
    april = listing(capsys, path, "--type", "general_meeting")[0]
    assert april["date"] == f"{YEAR}-04-20" and april["for_period"] == f"{YEAR}-Q1"
    assert q1["meetings"] == [april["id"]] and q1["late"] is True
    q2 = next(i for i in plan if i["type"] == "general_meeting" and i["period"] == f"{YEAR}-Q2")
    assert april["id"] not in q2["meetings"]  # a 补开 counts for the period it was held for only
    code, out, _ = run(capsys, path, "plan", str(YEAR), *ON)
    assert code == 0 and "党小组会（第三党小组）" in out and "6月 未召开" in out and "第一季度 已召开（补开）" in out


def test_show_computes_quorum_and_votes(year, capsys):
    path, roster, _ = year
    meetings = {m["date"]: m for m in listing(capsys, path, "--type", "general_meeting")}
    code, out, err = run(capsys, path, "meetings", "show", meetings[HALF_DAY.isoformat()]["id"][:8], "--json")
    assert code == 0, err
    shown = json.loads(out)
    voting = sum(votes for _, votes in roster.expected("general_meeting", HALF_DAY))
    assert shown["counts"]["expected"] == len(roster.expected("general_meeting", HALF_DAY))
    assert shown["counts"]["expected_voting"] == voting == 2 * shown["counts"]["present_voting"]
    assert shown["quorum_met"] is False
    assert shown["votes"][0]["for"] == voting // 2 and shown["votes"][0]["passed"] is False
    assert shown["status"] == "final" and len(shown["fingerprint"]) == 12
    assert shown["guests"] == [{"name": "李明", "role": "镇党委组织委员"}]
    code, out, _ = run(capsys, path, "meetings", "show", meetings[f"{YEAR}-05-12"]["id"], "--json")
    may = json.loads(out)
    assert may["quorum_met"] is True and may["votes"][0]["passed"] is True
    counts = may["counts"]
    assert counts["present"] + counts["leave"] + counts["absent"] == counts["expected"]
    code, out, _ = run(capsys, path, "meetings", "show", meetings[f"{YEAR}-05-12"]["id"][:8])
    assert code == 0 and "到会人数符合要求" in out and "通过" in out and "列席：李明（镇党委组织委员）" in out


def test_list_finalize_and_stats(year, capsys):
    path, _, records = year
    rows = listing(capsys, path, "--year", str(YEAR))
    assert len(rows) == len(records) and [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    draft = next(r for r in rows if r["status"] == "draft")
    assert draft["date"] == f"{YEAR}-01-10" and draft["type"] == "committee"
    code, out, err = run(capsys, path, "meetings", "finalize", draft["id"][:8], *ON)
    assert code == 0 and "已定稿" in out, err
    assert all(r["status"] == "final" for r in listing(capsys, path))
    code, out, _ = run(capsys, path, "meetings", "list")
    assert code == 0 and "支部委员会会议" in out and f"共 {len(records)} 条" in out
    code, out, err = run(capsys, path, "stats", str(YEAR), "--json", *ON)
    assert code == 0, err
    stats = json.loads(out)
    types = {t["type"]: t for t in stats["types"]}
    assert (types["committee"]["required"], types["committee"]["held"], types["committee"]["missing"]) == (11, 11, 0)
    assert (types["group_meeting"]["required"], types["group_meeting"]["held"]) == (33, 32)
    assert types["group_meeting"]["missing"] == 1 and types["general_meeting"]["held"] == 4
    assert types["committee"]["rate"] == 1.0 and 0.7 < types["theme_day"]["rate"] < 1.0
    assert len(stats["members"]) == 40
    assert all(0 <= m["rate"] <= 1 and m["present"] + m["leave"] + m["absent"] == m["expected"] for m in stats["members"])
    code, out, _ = run(capsys, path, "stats", str(YEAR), *ON)
    assert code == 0 and "出席率" in out and "党小组会" in out


def test_bad_input_is_refused_and_leaves_the_file_unchanged(village, tmp_path, capsys):
    path, roster = village
    good = record(roster, "committee", date(YEAR, 3, 10), 3)
    cases = {
        "unknown.json": ([good, record(roster, "theme_day", date(YEAR, 3, 5), 3, attendance=[
            {"member": "查无此人", "status": "present"}])], "第 2 条记录（2026-03-05 主题党日）：名册里没有名为“查无此人”"),
        "time.json": ([record(roster, "committee", date(YEAR, 3, 10), 3, start="9点")], "开始时间“9点”无法识别"),
        "date.json": ([record(roster, "committee", date(YEAR, 3, 10), 3, date="2026-13-01")], "第 1 条记录：会议日期"),
        "incomplete.json": ([record(roster, "committee", date(YEAR, 3, 10), 3, content="")], "请填写会议内容"),
        "future.json": ([record(roster, "committee", date(YEAR, 12, 10), 3)], "还没有到"),
        "object.json": ({"type": "committee"}, "应当是一个列表"),
    }
    before = dump(path)
    for name, (content, message) in cases.items():
        source = tmp_path / name
        source.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        code, out, err = run(capsys, path, "meetings", "import", str(source), *ON)
        assert (code, out) == (1, ""), name
        assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        assert dump(path) == before, name
    broken = tmp_path / "broken.json"
    broken.write_text('[{"type": "committee",]', encoding="utf-8")
    code, _, err = run(capsys, path, "meetings", "import", str(broken))
    assert code == 1 and "不是有效的 JSON" in err
    code, _, err = run(capsys, path, "meetings", "import", str(tmp_path / "nope.json"))
    assert code == 1 and "找不到文件" in err
    code, _, err = run(capsys, path, "meetings", "show", "ffffffff")
    assert code == 1 and "找不到编号" in err
    assert dump(path) == before
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps([dict(good, content="", status="draft")], ensure_ascii=False), encoding="utf-8")
    assert run(capsys, path, "meetings", "import", str(draft), *ON)[0] == 0
    meeting_id = listing(capsys, path)[0]["id"]
    before = dump(path)
    code, _, err = run(capsys, path, "meetings", "finalize", meeting_id, *ON)
    assert code == 1 and "还不能定稿" in err and "请填写会议内容" in err
    assert dump(path) == before


@pytest.mark.parametrize("argv", [
    ["meetings"],
    ["meetings", "list", "--type", "party"],
    ["meetings", "show"],
    ["plan"],
    ["plan", "二〇二六"],
    ["stats", "2026", "--on", "2026-13-01"],
    ["talks", "add", "--date", "2026-05-04", "--member", "张三"],
])
def test_usage_errors_exit_2(village, capsys, argv):
    path, _ = village
    code, out, err = run(capsys, path, *argv)
    assert code == 2 and out == "" and "usage" in err


def test_talks(village, capsys):
    path, roster = village
    secretary, other = roster.name_of("书记"), roster.rows[10]["姓名"]
    code, out, err = run(capsys, path, "talks", "add", "--date", "2026-05-04", "--member", secretary,
                         "--with", other, "--content", "谈思想、谈家庭困难")
    assert code == 0 and "已登记" in out, err
    code, out, _ = run(capsys, path, "talks", "list", "--year", "2026", "--json")
    listed = json.loads(out)
    assert [t["other"] for t in listed["talks"]] == [other]
    assert secretary not in listed["not_talked"] and len(listed["not_talked"]) == 38


def test_python_m_sanhui_runs_the_cli(year, sanhui_home):
    path, _, records = year
    env = dict(os.environ, SANHUI_HOME=str(sanhui_home))
    env.pop("SANHUI_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "sanhui", "--db", str(path), "meetings", "list", "--year", "2026", "--json"],
        capture_output=True, env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert len(json.loads(done.stdout.decode("utf-8"))) == len(records)
    done = subprocess.run(
        [sys.executable, "-m", "sanhui", "--db", str(path), "plan", "2026", "--json", "--on", "nonsense"],
        capture_output=True, env=env, timeout=120,
    )
    assert done.returncode == 2 and done.stdout == b""
