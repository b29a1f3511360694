"""`sanhui reminders` on a real file: a crafted roster, a few meetings, the JSON of CLI.md compared exactly."""
from __future__ import annotations

import json
from datetime import date

import pytest

from sanhui.cli import main
from sanhui.core.model import Category, ExclusionReason, LeftStatus, MeetingType, Vote, VoteKind
from sanhui.core.plan import Cadence, Frequency, RuleSettings
from sanhui.core.store import open_db
from sanhui.core.store.meetings import create_meeting
from sanhui.core.store.members import add_member
from sanhui.core.store.org import file_info
from sanhui.core.store.settings import set_setting

from fakes import make_members, to_member

ON = date(2026, 6, 20)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def crafted(row: dict, **values):
    """A valid roster row turned into a member with the dates a case needs (the 身份证号 would disagree)."""
    member = to_member(row)
    member.id_number = ""
    for key, value in values.items():
        setattr(member, key, value)
    return member


@pytest.fixture
def village(tmp_path, capsys):
    """A village branch on 2026-06-20: eight members, meetings of the first half year, a term from 2021."""
    path = tmp_path / "village.db"
    code, _, err = run(capsys, "--db", str(path), "init", "--role", "branch", "--name", "中共青山村支部委员会",
                       "--code", "330102001")
    assert code == 0, err
    rows = make_members(8, seed=7, today=ON)
    probation = dict(category=Category.PROBATIONARY, full_date=None, birth_date=date(1995, 3, 1))
    members = {
        "secretary": crafted(rows[0], join_date=date(2006, 7, 5), full_date=date(2007, 7, 5),
                             birth_date=date(1975, 3, 1)),
        "veteran": crafted(rows[5], join_date=date(1975, 6, 25), full_date=date(1976, 7, 1),
                           birth_date=date(1950, 5, 1)),
        "overdue": crafted(rows[1], join_date=date(2025, 5, 10), **probation),
        "confirmed": crafted(rows[2], join_date=date(2025, 6, 1), **probation),
        "soon": crafted(rows[3], join_date=date(2025, 8, 10), **probation),
        "later": crafted(rows[4], join_date=date(2025, 9, 1), **probation),
        "left": crafted(rows[6], join_date=date(2000, 7, 10), full_date=date(2001, 7, 10),
                        birth_date=date(1970, 1, 1), left_status=LeftStatus.TRANSFERRED, left_date=date(2026, 3, 1)),
        "abroad": crafted(rows[7], join_date=date(2001, 3, 15), full_date=date(2002, 3, 15),
                          birth_date=date(1972, 1, 1), excluded_reason=ExclusionReason.ABROAD,
                          excluded_from=date(2025, 1, 1), excluded_to=date(2026, 7, 10)),
    }
    db = open_db(path)
    branch_id = file_info(db).org_id
    for member in members.values():
        member.branch_id = branch_id
        member.id = add_member(db, member, today=ON)
    rules = RuleSettings(cadences={
        **{t: Cadence(Frequency.NONE) for t in MeetingType},
        MeetingType.THEME_DAY: Cadence(Frequency.MONTHLY),
        MeetingType.GENERAL_MEETING: Cadence(Frequency.QUARTERLY),
    })
    set_setting(db, branch_id, "rules", rules.to_dict())
    set_setting(db, branch_id, "term_start", "2021-11-20")
    for month in (1, 3, 4, 5):  # February's 主题党日 was not held
        create_meeting(db, branch_id, "theme_day", date(2026, month, 5), theme="学习")
    create_meeting(db, branch_id, "general_meeting", "2026-03-10", topic="一季度党员大会")
    vote = Vote("关于预备党员转正", 6, 0, 0, kind=VoteKind.CONFIRMATION, candidate_id=members["confirmed"].id)
    create_meeting(db, branch_id, "general_meeting", "2026-06-10", topic="讨论预备党员转正", votes=[vote])
    db.close()
    return path, members


def expected(members) -> list[dict]:
    """What the rules say for 2026-06-20 and 30 days, written out by hand."""
    def person(key):
        return members[key].name, members[key].id

    secretary, secretary_id = person("secretary")
    veteran, veteran_id = person("veteran")
    overdue, overdue_id = person("overdue")
    soon, soon_id = person("soon")
    abroad, abroad_id = person("abroad")
    birthday_actions = ["card", "oath", "talk", "celebrated", "done"]
    return [
        {"kind": "meeting_due", "date": "2026-02-28", "member": None,
         "text": "2026年2月主题党日未按期召开（应于 2026-02-28 前召开），请尽快补开并录入记录",
         "type": "theme_day", "period": "2026-02", "overdue": True, "group": None,
         "member_id": None, "ref": None, "actions": []},
        {"kind": "probation_due", "date": "2026-05-10", "member": overdue,
         "text": f"{overdue} 预备期已于 2026-05-10 期满，尚未召开支部党员大会讨论其转正，请尽快召开",
         "overdue": True, "member_id": overdue_id, "ref": f"probation_due:2026:{overdue_id}@2026-05-10",
         "actions": ["done"]},
        {"kind": "political_birthday", "date": "2026-06-25", "member": veteran,
         "text": f"{veteran} 6月25日 入党满 51 周年（政治生日）", "years": 51, "round": False,
         "member_id": veteran_id, "ref": f"political_birthday:2026:{veteran_id}", "actions": birthday_actions},
        {"kind": "meeting_due", "date": "2026-06-30", "member": None,
         "text": "2026年6月主题党日原定 2026-06-05 召开，尚未召开，请于 2026-06-30 前召开",
         "type": "theme_day", "period": "2026-06", "overdue": False, "group": None,
         "member_id": None, "ref": None, "actions": []},
        {"kind": "medal_50", "date": "2026-07-01", "member": veteran,
         "text": f"{veteran} 于 1976-07-01 转正，到 2026年7月1日 党龄满 50 年，可颁发“光荣在党50年”纪念章，请于七一前报镇党委",
         "member_id": veteran_id, "ref": f"medal_50:2026:{veteran_id}", "actions": ["done"]},
        {"kind": "political_birthday", "date": "2026-07-05", "member": secretary,
         "text": f"{secretary} 7月5日 入党满 20 周年（政治生日）", "years": 20, "round": True,
         "member_id": secretary_id, "ref": f"political_birthday:2026:{secretary_id}", "actions": birthday_actions},
        {"kind": "excluded_ends", "date": "2026-07-10", "member": abroad,
         "text": f"{abroad} 不计入应到人数（出国（境）半年以上）的期限到 2026-07-10 为止，请核实是否恢复计入应到",
         "member_id": abroad_id, "ref": f"excluded_ends:2026:{abroad_id}@2026-07-10", "actions": ["done"]},
        {"kind": "probation_due", "date": "2026-08-10", "member": soon,
         "text": f"{soon} 预备期于 2026-08-10 期满，请召开支部党员大会讨论其转正",
         "overdue": False, "member_id": soon_id, "ref": f"probation_due:2026:{soon_id}@2026-08-10",
         "actions": ["done"]},
        {"kind": "term_end", "date": "2026-11-20", "member": None,
         "text": "本届支部委员会任期将于 2026-11-20 届满（五年一届），请提前做好换届准备", "overdue": False,
         "member_id": None, "ref": "term_end:2026:2026-11-20", "actions": ["done"]},
    ]


def test_reminders_json_is_what_the_rules_say(village, capsys):
    path, members = village
    code, out, err = run(capsys, "--db", str(path), "reminders", "--on", "2026-06-20", "--days", "30", "--json")
    assert code == 0, err
    assert json.loads(out) == expected(members)
    # the global --json and the setting's 30 days give the same
    code, out2, _ = run(capsys, "--db", str(path), "--json", "reminders", "--on", "2026/6/20")
    assert code == 0 and json.loads(out2) == expected(members)


def test_reminders_as_text_and_marking_done(village, capsys):
    path, members = village
    code, out, _ = run(capsys, "--db", str(path), "reminders", "--on", "2026-06-20")
    lines = out.strip().splitlines()
    assert code == 0 and lines[-1] == "共 9 条提醒"
    assert lines[2] == f"2026-06-25  【政治生日】{members['veteran'].name} 6月25日 入党满 51 周年（政治生日）"

    ref = f"political_birthday:2026:{members['veteran'].id}"
    code, out, err = run(capsys, "--db", str(path), "reminders", "done", ref, "--action", "card")
    assert code == 0 and "已记下" in out, err
    code, out, _ = run(capsys, "--db", str(path), "reminders", "done", ref, "--action", "card")
    assert code == 0 and "之前已经记下" in out
    code, out, _ = run(capsys, "--db", str(path), "reminders", "--on", "2026-06-20", "--json")
    assert json.loads(out) == [r for r in expected(members) if r["ref"] != ref]

    code, out, err = run(capsys, "--db", str(path), "reminders", "done", "meeting_due:2026:x")
    assert code == 1 and out == "" and "提醒编号" in err


@pytest.mark.parametrize("argv, message", [
    (["--on", "2026-13-01"], "参数 --on 的日期“2026-13-01”无法识别，请写成 2020-07-01 的形式。"),
    (["--on", "明天"], "参数 --on 的日期“明天”无法识别，请写成 2020-07-01 的形式。"),
    (["--days", "-3"], "参数 --days 不能是负数，请写 0 或更大的天数。"),
])
def test_a_wrong_date_or_days_is_refused_with_one_sentence(village, capsys, argv, message):
    path, _ = village
    code, out, err = run(capsys, "--db", str(path), "reminders", *argv, "--json")
    assert (code, out, err.strip()) == (1, "", message)
