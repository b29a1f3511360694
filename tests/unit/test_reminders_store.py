"""Reminders from a real data file (core/store/reminders.py): actions, 转正, study hours, dismissals."""
from __future__ import annotations

from datetime import date

import pytest

from sanhui.core.dates import add_years
from sanhui.core.model import Attendance, Category, Member, Vote, VoteKind
from sanhui.core.plan import Cadence, Frequency, RuleSettings
from sanhui.core.store.meetings import create_meeting, delete_meeting
from sanhui.core.store.members import add_member, get_member
from sanhui.core.store.reminders import (
    birthdays_in_month,
    celebrate_month,
    confirm_full_membership,
    list_reminders,
    mark_done,
    record_action,
    reminder_settings,
    study_hours,
)
from sanhui.core.store.settings import set_setting
from sanhui.errors import InvalidInput

ON = date(2026, 6, 20)


def add(db, branch_id, name: str, join: date, **kw) -> str:
    kw.setdefault("category", Category.FULL)
    if kw["category"] == Category.FULL:
        kw.setdefault("full_date", add_years(join, 1))
    return add_member(db, Member(name=name, gender="男", join_date=join, branch_id=branch_id, **kw), today=ON)


def kinds(db, branch_id, on=ON, *wanted):
    return [(r.kind, r.date, r.member) for r in list_reminders(db, branch_id, on) if r.kind in wanted]


def test_celebrating_a_month_records_every_birthday_once(db, branch_id):
    jia = add(db, branch_id, "甲", date(2016, 7, 9))
    yi = add(db, branch_id, "乙", date(1996, 7, 1))
    bing = add(db, branch_id, "丙", date(2000, 8, 1))
    assert kinds(db, branch_id, ON, "political_birthday") == [
        ("political_birthday", date(2026, 7, 1), "乙"), ("political_birthday", date(2026, 7, 9), "甲"),
    ]
    theme_day = create_meeting(db, branch_id, "theme_day", "2026-07-05", theme="重温入党誓词")
    changes = celebrate_month(db, branch_id, 2026, 7, meeting_id=theme_day)
    assert changes and changes.details == ["乙：集体过政治生日", "甲：集体过政治生日"]
    assert not celebrate_month(db, branch_id, 2026, 7, meeting_id=theme_day)  # once is enough
    assert kinds(db, branch_id, ON, "political_birthday") == []
    rows = list(db.query("SELECT member_id, year, action, meeting_id FROM reminder_actions ORDER BY seq"))
    assert rows == [{"member_id": m, "year": 2026, "action": "celebrated", "meeting_id": theme_day} for m in (yi, jia)]

    assert record_action(db, branch_id, bing, 2026, "card")
    assert record_action(db, branch_id, bing, 2026, "oath", note="在村党群服务中心")
    assert not record_action(db, branch_id, bing, 2026, "card")
    assert [(b.member.name, b.years, b.round, b.actions) for b in birthdays_in_month(db, branch_id, 2026, 8)] == [
        ("丙", 26, False, ["card", "oath"])
    ]
    assert birthdays_in_month(db, branch_id, 2027, 7)[0].actions == []  # next year starts afresh
    with pytest.raises(InvalidInput, match="办理方式"):
        record_action(db, branch_id, bing, 2026, "party")
    with pytest.raises(InvalidInput, match="名册"):
        record_action(db, branch_id, "no-such-member", 2026, "card")
    with pytest.raises(InvalidInput, match="会议记录"):
        celebrate_month(db, branch_id, 2026, 8, meeting_id="no-such-meeting")
    with pytest.raises(InvalidInput, match="月份"):
        birthdays_in_month(db, branch_id, 2026, 13)


def test_a_confirmation_vote_ends_the_probation_reminder_and_confirm_makes_a_full_member(db, branch_id):
    ding = add(db, branch_id, "丁", date(2025, 5, 10), category=Category.PROBATIONARY)
    add(db, branch_id, "戊", date(2000, 1, 3))
    overdue = [r for r in list_reminders(db, branch_id, ON) if r.kind == "probation_due"]
    assert [(r.date, r.member, r.extra["overdue"]) for r in overdue] == [(date(2026, 5, 10), "丁", True)]

    with pytest.raises(InvalidInput, match="2026-05-10 才期满"):
        confirm_full_membership(db, ding, date(2026, 5, 9))
    vote = Vote("关于丁同志转为正式党员", 1, 0, 0, kind=VoteKind.CONFIRMATION, candidate_id=ding)
    meeting = create_meeting(db, branch_id, "general_meeting", "2026-05-20", votes=[vote])
    assert kinds(db, branch_id, ON, "probation_due") == []
    delete_meeting(db, meeting)  # a deleted record holds no vote
    assert kinds(db, branch_id, ON, "probation_due") == [("probation_due", date(2026, 5, 10), "丁")]

    assert confirm_full_membership(db, ding, date(2026, 5, 20))
    member = get_member(db, ding)
    assert (member.category, member.full_date) == (Category.FULL, date(2026, 5, 10))  # 党龄 from probation's end
    assert not confirm_full_membership(db, ding, date(2026, 5, 21))
    assert kinds(db, branch_id, ON, "probation_due") == []


def test_study_hours_from_attendance(db, branch_id):
    secretary = add(db, branch_id, "书记甲", date(2000, 1, 3), position="书记")
    member = add(db, branch_id, "党员乙", date(2000, 1, 3))
    present, leave = (Attendance.PRESENT, ""), (Attendance.LEAVE, "外出务工")
    create_meeting(db, branch_id, "theme_day", "2026-03-05", statuses={secretary: present, member: leave})
    create_meeting(db, branch_id, "party_lecture", "2026-04-10", hours=3, statuses={secretary: present, member: present})
    create_meeting(db, branch_id, "general_meeting", "2026-04-10", statuses={secretary: present, member: present})
    gone = create_meeting(db, branch_id, "party_lecture", "2026-05-10", hours=4, statuses={member: present})
    delete_meeting(db, gone)
    create_meeting(db, branch_id, "party_lecture", "2025-12-10", hours=4, statuses={member: present})
    assert [(s.member.name, s.hours, s.target) for s in study_hours(db, branch_id, 2026)] == [
        ("书记甲", 5, 56), ("党员乙", 3, 32),
    ]
    assert [(s.member.name, s.hours) for s in study_hours(db, branch_id, 2026, on=date(2026, 4, 1))] == [
        ("书记甲", 2), ("党员乙", 0),
    ]
    set_setting(db, branch_id, "study_hours_member", 3)
    found = [r for r in list_reminders(db, branch_id, date(2026, 11, 20)) if r.kind == "study_hours"]
    assert [(r.member, r.extra) for r in found] == [("书记甲", {"hours": 5, "target": 56})]
    assert not [r for r in list_reminders(db, branch_id, date(2026, 9, 30)) if r.kind == "study_hours"]


def test_marking_done_and_the_settings_it_reads(db, branch_id):
    set_setting(db, branch_id, "term_start", "2021-11-20")
    set_setting(db, branch_id, "rules", RuleSettings(cadences={
        t: Cadence(Frequency.NONE) for t in RuleSettings().cadences
    }).to_dict())
    assert [(r.kind, r.date) for r in list_reminders(db, branch_id, ON)] == [("term_end", date(2026, 11, 20))]
    assert mark_done(db, branch_id, "term_end", "2026-11-20", 2026, note="已报镇党委")
    assert not mark_done(db, branch_id, "term_end", "2026-11-20", 2026)
    assert list_reminders(db, branch_id, ON) == []
    with pytest.raises(InvalidInput, match="会议提醒"):
        mark_done(db, branch_id, "meeting_due", "2026-Q2", 2026)
    with pytest.raises(InvalidInput, match="只适用于政治生日"):
        mark_done(db, branch_id, "term_end", "2026-11-20", 2026, action="card")

    assert reminder_settings(db, branch_id).reminder_days == 30
    set_setting(db, branch_id, "term_start", "2021-13-01")
    with pytest.raises(InvalidInput, match="本届支部委员会产生日期"):
        list_reminders(db, branch_id, ON)
