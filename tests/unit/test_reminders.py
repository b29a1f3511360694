"""What is due (core/reminders.py, core/study.py): pure computation over hand-built members, fixed days."""
from __future__ import annotations

from datetime import date

import pytest

from sanhui.core.model import Category, ExclusionReason, LeftStatus, MeetingType, Member
from sanhui.core.plan import Cadence, Frequency, MeetingRef, RuleSettings
from sanhui.core.reminders import (
    Confirmation,
    Dismissal,
    ReminderAction,
    ReminderSettings,
    birthdays_in_month,
    compute_reminders,
    parse_ref,
)
from sanhui.core.study import Attended, StudyHours, tally_study_hours

ON = date(2026, 6, 20)
NO_MEETINGS = RuleSettings(cadences={t: Cadence(Frequency.NONE) for t in MeetingType})


def full(name: str, join: date, **kw) -> Member:
    """A full member who was confirmed a year after joining, unless told otherwise."""
    kw.setdefault("full_date", date(join.year + 1, join.month, min(join.day, 28)))
    return Member(name=name, id=f"id-{name}", join_date=join, **kw)


def probationary(name: str, join: date, **kw) -> Member:
    return Member(name=name, id=f"id-{name}", join_date=join, category=Category.PROBATIONARY, **kw)


def due(members, on=ON, days=30, settings=None, **kw):
    """The reminders as (kind, date, member) triples and the reminders themselves."""
    settings = settings or ReminderSettings(rules=NO_MEETINGS)
    kw.setdefault("talked", {m.id for m in members})  # talks are tested on their own
    found = compute_reminders(members, kw.pop("meetings", []), kw.pop("confirmations", []),
                              kw.pop("actions", []), settings, on, days, **kw)
    return [(r.kind, r.date, r.member) for r in found], found


# ---------------------------------------------------------------- political birthdays (政治生日)


def test_political_birthday_within_the_window_and_round_years():
    members = [
        full("张三", date(2006, 7, 5)),  # 20 years on 5 July
        full("李四", date(2001, 7, 20)),  # the window's last day: 25 years
        full("王五", date(2001, 7, 21)),  # one day too far
        full("赵六", date(1990, 6, 20)),  # today
        full("钱七", date(1990, 6, 19)),  # yesterday
    ]
    triples, found = due(members)
    assert triples == [
        ("political_birthday", date(2026, 6, 20), "赵六"),
        ("political_birthday", date(2026, 7, 5), "张三"),
        ("political_birthday", date(2026, 7, 20), "李四"),
    ]
    zhang = found[1].to_json()
    assert zhang == {
        "kind": "political_birthday", "date": "2026-07-05", "member": "张三",
        "text": "张三 7月5日 入党满 20 周年（政治生日）", "years": 20, "round": True,
        "member_id": "id-张三", "ref": "political_birthday:2026:id-张三",
        "actions": ["card", "oath", "talk", "celebrated", "done"],
    }
    assert found[0].to_json()["years"] == 36 and found[0].to_json()["round"] is False


def test_birthday_early_in_january_is_seen_from_december_with_next_years_count():
    members = [full("孙八", date(2010, 1, 5))]
    triples, found = due(members, on=date(2026, 12, 20))
    assert triples == [("political_birthday", date(2027, 1, 5), "孙八")]
    assert found[0].extra["years"] == 17 and found[0].ref == "political_birthday:2027:id-孙八"
    # a card recorded for this year's birthday does not answer next year's; one for 2027 does
    this_year = ReminderAction("id-孙八", "political_birthday", 2026, "card")
    assert due(members, on=date(2026, 12, 20), actions=[this_year])[0] == triples
    next_year = ReminderAction("id-孙八", "political_birthday", 2027, "card")
    assert due(members, on=date(2026, 12, 20), actions=[next_year])[0] == []


def test_a_29_february_join_is_remembered_on_28_february_in_common_years():
    members = [full("周九", date(2024, 2, 29), full_date=date(2025, 3, 1))]
    assert due(members, on=date(2027, 2, 20))[0] == [("political_birthday", date(2027, 2, 28), "周九")]
    assert due(members, on=date(2028, 2, 20))[0] == [("political_birthday", date(2028, 2, 29), "周九")]
    assert due(members, on=date(2027, 3, 1), days=0)[0] == []
    # the day of joining itself is no anniversary
    assert due([probationary("新人", date(2026, 6, 25))], days=3)[0] == []


def test_birthdays_of_a_month_for_the_cards():
    members = [
        full("甲", date(2016, 7, 9)),
        full("乙", date(1996, 7, 1)),
        full("丙", date(2000, 8, 1)),
        full("丁", date(2000, 7, 3), left_status=LeftStatus.DECEASED, left_date=date(2026, 5, 1)),
        probationary("戊", date(2026, 7, 2)),  # joins this July: no anniversary yet
    ]
    actions = [ReminderAction("id-甲", "political_birthday", 2026, "oath"),
               ReminderAction("id-甲", "political_birthday", 2026, "card"),
               ReminderAction("id-甲", "political_birthday", 2025, "talk")]
    found = birthdays_in_month(members, 2026, 7, actions)
    assert [(b.member.name, b.date, b.years, b.round, b.actions) for b in found] == [
        ("乙", date(2026, 7, 1), 30, True, []),
        ("甲", date(2026, 7, 9), 10, True, ["card", "oath"]),
    ]
    leap = birthdays_in_month([full("周九", date(2024, 2, 29), full_date=date(2025, 3, 1))], 2027, 2)
    assert [(b.date, b.years) for b in leap] == [(date(2027, 2, 28), 3)]


# ---------------------------------------------------------------- 预备期满


def test_probation_is_reminded_from_60_days_before():
    members = [probationary("吴一", date(2025, 8, 19))]  # due 2026-08-19
    assert due(members, on=date(2026, 6, 19))[0] == []  # 61 days before
    triples, found = due(members, on=date(2026, 6, 20))  # 60 days before
    assert triples == [("probation_due", date(2026, 8, 19), "吴一")]
    assert found[0].to_json() == {
        "kind": "probation_due", "date": "2026-08-19", "member": "吴一",
        "text": "吴一 预备期于 2026-08-19 期满，请召开支部党员大会讨论其转正", "overdue": False,
        "member_id": "id-吴一", "ref": "probation_due:2026:id-吴一@2026-08-19", "actions": ["done"],
    }
    # a longer window reaches further (and sees the first political birthday, the same day)
    assert due(members, on=date(2026, 6, 1), days=80)[0] == [("political_birthday", date(2026, 8, 19), "吴一"),
                                                              ("probation_due", date(2026, 8, 19), "吴一")]


def test_an_extended_probation_is_reminded_before_the_end_of_the_extension():
    members = [probationary("李四", date(2025, 6, 1), probation_extension_months=6)]  # due 2026-12-01
    assert due(members, on=ON)[0] == []
    _, found = due(members, on=date(2026, 10, 2))
    assert [r.text for r in found] == ["李四 预备期于 2026-12-01 期满，请召开支部党员大会讨论其转正"]


def test_a_held_confirmation_vote_ends_the_reminder_and_none_makes_it_overdue():
    members = [probationary("郑二", date(2025, 5, 10))]  # due 2026-05-10
    _, found = due(members)
    assert [(r.kind, r.date, r.extra["overdue"]) for r in found] == [("probation_due", date(2026, 5, 10), True)]
    assert found[0].text == "郑二 预备期已于 2026-05-10 期满，尚未召开支部党员大会讨论其转正，请尽快召开"
    held = Confirmation("id-郑二", date(2026, 5, 20))
    assert due(members, confirmations=[held])[0] == []
    on_the_day = Confirmation("id-郑二", date(2026, 5, 10))
    assert due(members, confirmations=[on_the_day])[0] == []
    too_early = Confirmation("id-郑二", date(2026, 5, 9))  # not before that day: it does not count
    planned = Confirmation("id-郑二", date(2026, 6, 25))  # a meeting not held yet
    other = Confirmation("id-someone-else", date(2026, 5, 20))
    assert len(due(members, confirmations=[too_early, planned, other])[0]) == 1
    # a member already confirmed (category full) is never reminded
    assert due([full("郑二", date(2025, 5, 10), full_date=date(2026, 5, 10))])[0] == []


# ---------------------------------------------------------------- who gets nothing


def test_a_member_who_left_gets_no_reminders():
    left = dict(left_status=LeftStatus.TRANSFERRED, left_date=date(2026, 3, 1))
    members = [
        probationary("冯三", date(2025, 7, 1), **left),
        full("陈四", date(2006, 7, 1), **left),
        full("褚五", date(1975, 6, 1), full_date=date(1976, 6, 1), **left),
        full("卫六", date(2000, 1, 1), excluded_reason=ExclusionReason.ABROAD, excluded_from=date(2025, 1, 1),
             excluded_to=date(2026, 7, 1), **left),
    ]
    assert due(members)[0] == []
    assert due(members, on=date(2026, 11, 20))[0] == []  # no study hours, no talks either
    # leaving later: still a member today
    later = full("陈四", date(2006, 7, 1), left_status=LeftStatus.TRANSFERRED, left_date=date(2026, 8, 1))
    assert due([later])[0] == [("political_birthday", date(2026, 7, 1), "陈四")]


# ---------------------------------------------------------------- 光荣在党50年


def test_medal_50_cut_off_is_1_july():
    members = [
        full("老甲", date(1975, 6, 1), full_date=date(1976, 7, 1)),  # 50 years on 1 July: listed
        full("老乙", date(1975, 6, 1), full_date=date(1976, 7, 2)),  # on 2 July: next year
        full("老丙", date(1969, 3, 1), full_date=date(1970, 3, 1)),  # 56 years: had it long ago
        full("老丁", date(1974, 6, 1), full_date=date(1975, 7, 2)),  # 50 on 2025-07-02: this year's list
    ]
    for on in (date(2026, 1, 1), date(2026, 3, 1), date(2026, 7, 1)):
        triples, found = due(members, on=on, days=0)
        triples, found = [t for t in triples if t[0] == "medal_50"], [r for r in found if r.kind == "medal_50"]
        assert triples == [("medal_50", date(2026, 7, 1), "老丁"), ("medal_50", date(2026, 7, 1), "老甲")], on
    assert found[1].text == ("老甲 于 1976-07-01 转正，到 2026年7月1日 党龄满 50 年，"
                             "可颁发“光荣在党50年”纪念章，请于七一前报镇党委")
    assert due(members, on=date(2026, 7, 2), days=0)[0] == []
    assert due(members, on=date(2025, 12, 31), days=0)[0] == []
    assert due(members, on=date(2027, 1, 2), days=0)[0] == [("medal_50", date(2027, 7, 1), "老乙")]
    # marked as reported
    dismissed = [Dismissal("medal_50", "id-老甲", 2026)]
    assert [t[2] for t in due(members, on=date(2026, 3, 2), days=0, dismissals=dismissed)[0]] == ["老丁"]


# ---------------------------------------------------------------- 换届


def test_term_end_is_reminded_from_six_months_before():
    def term(start, village=True, on=ON):
        settings = ReminderSettings(rules=NO_MEETINGS, term_start=start, is_village=village)
        return due([], on=on, settings=settings)[1]

    found = term(date(2021, 11, 20))  # ends 2026-11-20: five months away
    assert [r.to_json() for r in found] == [{
        "kind": "term_end", "date": "2026-11-20", "member": None,
        "text": "本届支部委员会任期将于 2026-11-20 届满（五年一届），请提前做好换届准备", "overdue": False,
        "member_id": None, "ref": "term_end:2026:2026-11-20", "actions": ["done"],
    }]
    assert term(date(2022, 1, 20)) == []  # ends 2027-01-20: seven months away
    assert [r.date for r in term(date(2022, 1, 20), on=date(2026, 7, 20))] == [date(2027, 1, 20)]
    assert [r.date for r in term(date(2023, 11, 20), village=False)] == [date(2026, 11, 20)]  # 3 years
    late = term(date(2021, 11, 20), on=date(2026, 12, 1))
    assert late[0].extra["overdue"] is True and "已于 2026-11-20 届满" in late[0].text
    assert term(None) == []


# ---------------------------------------------------------------- 不计入应到 ends


def test_excluded_period_ending_within_the_window():
    def away(until):
        return full("蒋七", date(2000, 1, 10), excluded_reason=ExclusionReason.ABROAD,
                    excluded_from=date(2025, 1, 1), excluded_to=until)

    _, found = due([away(date(2026, 7, 10))])
    assert [(r.kind, r.date, r.member) for r in found] == [("excluded_ends", date(2026, 7, 10), "蒋七")]
    assert found[0].text == "蒋七 不计入应到人数（出国（境）半年以上）的期限到 2026-07-10 为止，请核实是否恢复计入应到"
    assert due([away(date(2026, 8, 10))])[0] == []
    assert due([away(date(2026, 6, 19))])[0] == []
    assert due([away(None)])[0] == []
    reviewed = [Dismissal("excluded_ends", "id-蒋七@2026-07-10", 2026)]
    assert due([away(date(2026, 7, 10))], dismissals=reviewed)[0] == []


# ---------------------------------------------------------------- study hours (学习学时)


def test_study_hours_from_attended_lectures_and_theme_days():
    members = [
        full("书记甲", date(2000, 1, 10), position="书记"),
        full("党员乙", date(2000, 1, 10)),
        full("党员丙", date(2000, 1, 10)),
        full("新党员", date(2026, 12, 1)),  # not yet a member on the day counted
    ]
    attended = [Attended("id-党员乙", MeetingType.THEME_DAY, date(2026, m, 5)) for m in range(1, 9)]  # 8 x 2
    attended += [
        Attended("id-党员乙", MeetingType.PARTY_LECTURE, date(2026, 3, 20), 3),
        Attended("id-党员乙", MeetingType.PARTY_LECTURE, date(2026, 6, 20), 0),  # a record that says 0
        Attended("id-党员乙", MeetingType.GENERAL_MEETING, date(2026, 3, 20), 3),  # no study hours
        Attended("id-党员乙", MeetingType.PARTY_LECTURE, date(2025, 12, 20), 3),  # last year
        Attended("id-党员乙", MeetingType.PARTY_LECTURE, date(2026, 11, 25), 4),  # after the day counted
        Attended("id-书记甲", MeetingType.PARTY_LECTURE, date(2026, 4, 1), 56),
        Attended("id-党员丙", MeetingType.PARTY_LECTURE, date(2026, 4, 1), 1.5),
    ]
    study = tally_study_hours(members, attended, 2026, 32, 56, on=date(2026, 11, 20))
    assert [(s.member.name, s.hours, s.target, s.met) for s in study] == [
        ("书记甲", 56, 56, True), ("党员乙", 19, 32, False), ("党员丙", 1.5, 32, False),
    ]
    year = tally_study_hours(members, attended, 2026)
    assert [(s.member.name, s.hours) for s in year] == [("书记甲", 56), ("党员乙", 23), ("党员丙", 1.5),
                                                        ("新党员", 0)]


def test_study_hours_reminders_only_from_october_for_members_below_target():
    members = [
        full("党员乙", date(2000, 1, 10)),
        full("党员丙", date(2000, 1, 10)),
        full("病假丁", date(2000, 1, 10), excluded_reason=ExclusionReason.BEDRIDDEN, excluded_from=date(2025, 1, 1)),
    ]
    study = [StudyHours(members[0], 19, 32), StudyHours(members[1], 32, 32), StudyHours(members[2], 0, 32)]
    on = date(2026, 11, 20)
    _, found = due(members, on=on, days=0, talked={m.id for m in members}, study=study)
    assert [r.to_json() for r in found] == [{
        "kind": "study_hours", "date": "2026-12-31", "member": "党员乙",
        "text": "党员乙 今年已学习 19 学时，距年度 32 学时还差 13 学时，请安排补学", "hours": 19, "target": 32,
        "member_id": "id-党员乙", "ref": "study_hours:2026:id-党员乙", "actions": ["done"],
    }]
    assert due(members, on=date(2026, 9, 30), days=0, talked={m.id for m in members}, study=study)[0] == []
    assert due(members, on=date(2026, 10, 1), days=0, talked={m.id for m in members}, study=study)[0] == [
        ("study_hours", date(2026, 12, 31), "党员乙")
    ]


# ---------------------------------------------------------------- 谈心谈话


def test_talks_due_from_the_second_half_of_the_year():
    members = [full("甲", date(2000, 1, 10)), full("乙", date(2000, 1, 10)), full("丙", date(2000, 1, 10))]
    assert due(members, on=date(2026, 6, 30), days=0, talked={"id-乙"})[0] == []
    triples, found = due(members, on=date(2026, 7, 1), days=0, talked={"id-乙"})
    assert triples == [("talk_due", date(2026, 12, 31), "丙"), ("talk_due", date(2026, 12, 31), "甲")]
    assert found[1].text == "甲 今年还没有谈心谈话记录，请在年底前安排谈话"
    assert found[1].ref == "talk_due:2026:id-甲"


# ---------------------------------------------------------------- meetings due (from the year plan)

THEME_AND_GENERAL = RuleSettings(cadences={
    **{t: Cadence(Frequency.NONE) for t in MeetingType},
    MeetingType.THEME_DAY: Cadence(Frequency.MONTHLY),
    MeetingType.GENERAL_MEETING: Cadence(Frequency.QUARTERLY),
})


def meetings_due(meetings, on, rules=THEME_AND_GENERAL):
    _, found = due([], on=on, settings=ReminderSettings(rules=rules), meetings=meetings)
    return [(r.date, r.extra["type"], r.extra["period"], r.extra["overdue"]) for r in found], found


def test_meetings_missing_this_year_and_due_this_period():
    meetings = [MeetingRef(f"t{m}", MeetingType.THEME_DAY, date(2026, m, 5)) for m in (1, 3, 4, 5)]
    meetings.append(MeetingRef("g1", MeetingType.GENERAL_MEETING, date(2026, 3, 10)))
    items, found = meetings_due(meetings, ON)
    assert items == [
        (date(2026, 2, 28), "theme_day", "2026-02", True),
        (date(2026, 6, 30), "general_meeting", "2026-Q2", False),
        (date(2026, 6, 30), "theme_day", "2026-06", False),
    ]
    assert [r.text for r in found] == [
        "2026年2月主题党日未按期召开（应于 2026-02-28 前召开），请尽快补开并录入记录",
        "2026年第二季度支部党员大会尚未召开，请于 2026-06-30 前召开",
        "2026年6月主题党日原定 2026-06-05 召开，尚未召开，请于 2026-06-30 前召开",
    ]
    assert found[0].to_json()["group"] is None and found[0].ref is None and found[0].actions == ()
    # the next theme day a week ahead; this month's held, the quarter's general meeting planned
    meetings += [MeetingRef("t6", MeetingType.THEME_DAY, date(2026, 6, 5)),
                 MeetingRef("g2", MeetingType.GENERAL_MEETING, date(2026, 6, 29))]
    items, found = meetings_due(meetings, date(2026, 6, 28))
    assert items[1:] == [(date(2026, 6, 30), "general_meeting", "2026-Q2", False),
                         (date(2026, 7, 5), "theme_day", "2026-07", False)]
    assert found[1].text == "2026年第二季度支部党员大会已安排在 2026-06-29 召开，会后请及时录入记录"
    assert found[2].text == "2026年7月主题党日定于 2026-07-05 召开，请提前准备"
    assert meetings_due(meetings, date(2026, 6, 27))[0][1:] == [
        (date(2026, 6, 30), "general_meeting", "2026-Q2", False)
    ]
    assert meetings_due(meetings, date(2026, 6, 20))[0][1:] == [
        (date(2026, 6, 30), "general_meeting", "2026-Q2", False)
    ]


def test_the_next_theme_day_across_the_year_end():
    meetings = [MeetingRef(f"t{m}", MeetingType.THEME_DAY, date(2026, m, 5)) for m in range(1, 13)]
    meetings += [MeetingRef(f"g{q}", MeetingType.GENERAL_MEETING, date(2026, 3 * q, 10)) for q in range(1, 5)]
    assert meetings_due(meetings, date(2026, 12, 28))[0] == []
    assert meetings_due(meetings, date(2026, 12, 29))[0] == [(date(2027, 1, 5), "theme_day", "2027-01", False)]


def test_group_meetings_name_their_group():
    rules = RuleSettings(cadences={**{t: Cadence(Frequency.NONE) for t in MeetingType},
                                   MeetingType.GROUP_MEETING: Cadence(Frequency.MONTHLY)})
    settings = ReminderSettings(rules=rules)
    found = compute_reminders([], [], [], [], settings, date(2026, 2, 10), groups=[("g1", "第一党小组")])
    assert [(r.to_json()["group"], r.text) for r in found] == [
        ("第一党小组", "2026年1月第一党小组的党小组会未按期召开（应于 2026-01-31 前召开），请尽快补开并录入记录"),
        ("第一党小组", "2026年2月第一党小组的党小组会尚未召开，请于 2026-02-28 前召开"),
    ]
    assert compute_reminders([], [], [], [], settings, date(2026, 2, 10), groups=[("g1", "第一党小组")],
                             meetings_due=False) == []


# ---------------------------------------------------------------- order, defaults, refs


def test_sorted_by_date_then_kind_then_member():
    members = [
        full("乙", date(2006, 7, 1), full_date=date(2007, 7, 1)),
        full("甲", date(2006, 7, 1), full_date=date(2007, 7, 1)),
        full("老甲", date(1976, 7, 1), full_date=date(1976, 7, 1)),  # 50 years on 1 July, and its birthday
        probationary("丙", date(2025, 7, 1)),
    ]
    triples, _ = due(members)
    assert triples == [  # names in code-point order
        ("political_birthday", date(2026, 7, 1), "丙"),
        ("political_birthday", date(2026, 7, 1), "乙"),
        ("political_birthday", date(2026, 7, 1), "甲"),
        ("political_birthday", date(2026, 7, 1), "老甲"),
        ("probation_due", date(2026, 7, 1), "丙"),
        ("medal_50", date(2026, 7, 1), "老甲"),
    ]


def test_days_default_from_the_settings_and_refuse_negative():
    members = [full("张三", date(2006, 7, 5))]
    settings = ReminderSettings(rules=NO_MEETINGS, reminder_days=10)
    assert compute_reminders(members, [], [], [], settings, ON) == []
    assert len(compute_reminders(members, [], [], [], settings, ON, 15)) == 1
    with pytest.raises(ValueError, match="负数"):
        compute_reminders(members, [], [], [], settings, ON, -1)


def test_refs_parse_back():
    assert parse_ref("probation_due:2026:abc@2026-08-19") == ("probation_due", 2026, "abc@2026-08-19")
    for bad in ("", "abc", "meeting_due:2026:x", "medal_50:20x6:x", "nonsense:2026:x", "medal_50:2026:"):
        with pytest.raises(ValueError, match="提醒编号"):
            parse_ref(bad)
