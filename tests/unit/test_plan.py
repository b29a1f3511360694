"""Cadences, periods, theme days and the year plan (core/plan.py)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanhui.core.model import MeetingType
from sanhui.core.plan import (
    Cadence,
    Frequency,
    MeetingRef,
    PlanStatus,
    RuleSettings,
    ThemeDayRule,
    completion,
    meeting_period,
    period_bounds,
    period_label,
    period_of,
    periods_of_year,
    theme_day_date,
    year_plan,
)

GM, CM, GR = MeetingType.GENERAL_MEETING, MeetingType.COMMITTEE, MeetingType.GROUP_MEETING
TD, PL = MeetingType.THEME_DAY, MeetingType.PARTY_LECTURE
HELD, MISSING, UPCOMING = PlanStatus.HELD, PlanStatus.MISSING, PlanStatus.UPCOMING
GROUPS = [("g1", "第一党小组"), ("g2", "第二党小组"), ("g3", "第三党小组")]


def item(plan, meeting_type, period, group_id=None):
    (found,) = [i for i in plan if i.type == meeting_type and i.period == period and i.group_id == group_id]
    return found


# ---------------------------------------------------------------- periods


def test_period_boundaries_31_march_and_1_april():
    assert period_of(date(2026, 3, 31), Frequency.QUARTERLY) == "2026-Q1"
    assert period_of(date(2026, 4, 1), Frequency.QUARTERLY) == "2026-Q2"
    assert period_of(date(2026, 3, 31), Cadence(Frequency.MONTHLY)) == "2026-03"
    assert period_of(date(2026, 4, 1), Cadence(Frequency.MONTHLY)) == "2026-04"
    assert period_of(date(2026, 12, 31), Frequency.YEARLY) == "2026"
    assert period_of(date(2026, 12, 31), Frequency.QUARTERLY) == "2026-Q4"
    with pytest.raises(ValueError):
        period_of(date(2026, 1, 1), Frequency.NONE)


def test_period_bounds():
    assert period_bounds("2026-Q1") == (date(2026, 1, 1), date(2026, 3, 31))
    assert period_bounds("2026-Q2") == (date(2026, 4, 1), date(2026, 6, 30))
    assert period_bounds("2026-Q4") == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_bounds("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))
    assert period_bounds("2026") == (date(2026, 1, 1), date(2026, 12, 31))
    for bad in ("2026-13", "2026-Q5", "2026-3", "26-03", "", "2026-00"):
        with pytest.raises(ValueError):
            period_bounds(bad)


def test_periods_of_year_and_labels():
    assert periods_of_year(2026, Frequency.MONTHLY)[0] == "2026-01"
    assert len(periods_of_year(2026, Frequency.MONTHLY)) == 12
    assert periods_of_year(2026, Cadence(Frequency.QUARTERLY)) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert periods_of_year(2026, Frequency.YEARLY) == ["2026"]
    assert periods_of_year(2026, Frequency.NONE) == []
    assert [period_label(p) for p in ("2026-03", "2026-Q4", "2026")] == ["2026年3月", "2026年第四季度", "2026年"]


@given(st.dates(date(1990, 1, 1), date(2100, 12, 31)),
       st.sampled_from([Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.YEARLY]))
def test_period_of_is_within_its_bounds(d, frequency):
    period = period_of(d, frequency)
    first, last = period_bounds(period)
    assert first <= d <= last
    assert period in periods_of_year(d.year, frequency)
    assert period_of(last + timedelta(days=1), frequency) != period


# ---------------------------------------------------------------- theme day


def test_theme_day_fixed_day_of_month():
    rules = RuleSettings()
    assert theme_day_date(2026, 3, rules) == date(2026, 3, 5)
    rules.theme_day = ThemeDayRule(day_of_month=31)
    assert theme_day_date(2026, 4, rules) == date(2026, 4, 30)
    assert theme_day_date(2026, 2, rules) == date(2026, 2, 28)


def test_theme_day_first_friday_and_last_friday():
    rules = RuleSettings(theme_day=ThemeDayRule(nth_weekday=(1, 4)))
    assert theme_day_date(2026, 1, rules) == date(2026, 1, 2)  # 1 Jan 2026 is a Thursday
    assert theme_day_date(2026, 5, rules) == date(2026, 5, 1)  # 1 May 2026 is a Friday
    assert theme_day_date(2026, 3, rules) == date(2026, 3, 6)
    rules.theme_day = ThemeDayRule(nth_weekday=(-1, 4))
    assert theme_day_date(2026, 1, rules) == date(2026, 1, 30)
    assert theme_day_date(2026, 7, rules) == date(2026, 7, 31)
    assert ThemeDayRule(nth_weekday=(1, 4)).label() == "每月第一个星期五"
    assert ThemeDayRule().label() == "每月 5 日"


def test_theme_day_moved_into_next_month_counts_for_its_own_month():
    rules = RuleSettings(theme_day=ThemeDayRule(day_of_month=28),
                         theme_day_overrides={"2026-01": date(2026, 2, 3)})
    assert theme_day_date(2026, 1, rules) == date(2026, 2, 3)
    assert rules.problems() == []
    moved = MeetingRef("jan", TD, date(2026, 2, 3), status="final")
    february = MeetingRef("feb", TD, date(2026, 2, 28), status="final")
    assert meeting_period(moved, rules) == "2026-01"

    # before the moved day January is not yet missing
    plan = year_plan(2026, rules, [], [], today=date(2026, 2, 2))
    assert item(plan, TD, "2026-01").status == UPCOMING
    assert item(plan, TD, "2026-01").due_date == date(2026, 2, 3)
    assert item(plan, TD, "2026-01").to_json()["due_date"] == "2026-02-03"
    assert year_plan(2026, rules, [], [], today=date(2026, 2, 4))[0].type == GM  # sanity: order by type
    assert item(year_plan(2026, rules, [], [], today=date(2026, 2, 4)), TD, "2026-01").status == MISSING

    plan = year_plan(2026, rules, [moved, february], [], today=date(2026, 3, 1))
    jan, feb = item(plan, TD, "2026-01"), item(plan, TD, "2026-02")
    assert (jan.status, jan.meetings, jan.late) == (HELD, ["jan"], False)
    assert (feb.status, feb.meetings) == (HELD, ["feb"])  # the moved day is not also February's


def test_theme_day_override_more_than_a_week_is_a_problem():
    rules = RuleSettings(theme_day_overrides={"2026-02": date(2026, 2, 13)})  # 8 days after the 5th
    (problem,) = rules.problems()
    assert "前后一周" in problem.message
    assert RuleSettings(theme_day_overrides={"2026-02": date(2026, 2, 12)}).problems() == []
    assert RuleSettings(theme_day=ThemeDayRule(day_of_month=0)).problems()
    assert RuleSettings(theme_day=ThemeDayRule(nth_weekday=(5, 4))).problems()


# ---------------------------------------------------------------- settings as JSON


def test_settings_round_trip_and_defaults():
    defaults = RuleSettings.from_dict({})
    assert defaults == RuleSettings()
    assert RuleSettings.from_dict(None) == RuleSettings()
    assert defaults.cadence(GM) == Cadence(Frequency.QUARTERLY)
    assert defaults.cadence(MeetingType.ORG_LIFE) == Cadence(Frequency.YEARLY)
    assert defaults.cadence(MeetingType.OTHER).required is False

    rules = RuleSettings(theme_day=ThemeDayRule(nth_weekday=(1, 4)),
                         theme_day_overrides={"2026-10": date(2026, 10, 9)})
    rules.cadences[PL] = Cadence(Frequency.MONTHLY)
    rules.cadences[CM] = Cadence(Frequency.NONE)
    data = rules.to_dict()
    assert data["cadences"]["party_lecture"] == "monthly"
    assert data["theme_day"] == {"nth_weekday": [1, 4]}
    assert data["theme_day_overrides"] == {"2026-10": "2026-10-09"}
    assert RuleSettings.from_dict(data) == rules
    # a partial dict keeps the other defaults; unknown types are ignored
    partial = RuleSettings.from_dict({"cadences": {"party_lecture": "monthly", "talk": "yearly"}})
    assert partial.cadence(PL).frequency == Frequency.MONTHLY
    assert partial.cadence(GM).frequency == Frequency.QUARTERLY


@pytest.mark.parametrize("bad", [
    {"cadences": {"committee": "weekly"}},
    {"theme_day": {"day_of_month": "x"}},
    {"theme_day": {"day_of_month": 40}},
    {"theme_day": {"nth_weekday": [1]}},
    {"theme_day_overrides": {"2026-13": "2026-12-01"}},
    {"theme_day_overrides": {"2026-02": "not a date"}},
])
def test_settings_from_bad_dict(bad):
    with pytest.raises(ValueError, match="设置"):
        RuleSettings.from_dict(bad)


# ---------------------------------------------------------------- the year plan


def test_plan_default_shape_and_json():
    plan = year_plan(2026, RuleSettings(), [], GROUPS, today=date(2026, 1, 15))
    per_type = {t: sum(1 for i in plan if i.type == t) for t in MeetingType}
    assert per_type == {GM: 4, CM: 12, GR: 36, PL: 4, TD: 12, MeetingType.ORG_LIFE: 1,
                        MeetingType.DEMOCRATIC_REVIEW: 1, MeetingType.OTHER: 0}
    assert all(i.status == UPCOMING for i in plan)
    data = item(plan, GR, "2026-02", "g2").to_json()
    assert {"type", "group", "period", "status", "meetings"} <= set(data)
    assert data["type"] == "group_meeting" and data["group"] == "第二党小组"
    assert data["period"] == "2026-02" and data["status"] == "upcoming" and data["meetings"] == []
    assert item(plan, GM, "2026-Q1").to_json()["group"] is None


def test_plan_quarter_boundary():
    meetings = [MeetingRef("m1", GM, date(2026, 3, 31)), MeetingRef("m2", GM, date(2026, 4, 1))]
    plan = year_plan(2026, RuleSettings(), meetings, [], today=date(2026, 10, 1))
    assert item(plan, GM, "2026-Q1").meetings == ["m1"]
    assert item(plan, GM, "2026-Q2").meetings == ["m2"]
    assert item(plan, GM, "2026-Q3").status == MISSING
    assert item(plan, GM, "2026-Q4").status == UPCOMING


def test_plan_group_meetings_per_group_with_one_group_missing_a_month():
    meetings = [MeetingRef(f"{g}-{m}", GR, date(2026, m, 10), group_id=g)
                for g in ("g1", "g2", "g3") for m in (1, 2, 3) if (g, m) != ("g2", 2)]
    meetings.append(MeetingRef("stray", GR, date(2026, 2, 12), group_id="unknown"))
    plan = year_plan(2026, RuleSettings(), meetings, GROUPS, today=date(2026, 3, 20))
    groups = [i for i in plan if i.type == GR and i.period <= "2026-03"]
    assert len(groups) == 9
    assert [(i.group_id, i.period) for i in groups if i.status != HELD] == [("g2", "2026-02")]
    assert item(plan, GR, "2026-02", "g2").status == MISSING
    assert item(plan, GR, "2026-03", "g1").meetings == ["g1-3"]
    assert completion(plan)[GR] == (8, 9)  # March is held for all; only over-or-held periods count


def test_plan_late_meeting_counts_for_the_marked_period_only():
    late = MeetingRef("late", GM, date(2026, 4, 10), for_period="2026-Q1", status="final")
    plan = year_plan(2026, RuleSettings(), [late], [], today=date(2026, 4, 20))
    q1, q2 = item(plan, GM, "2026-Q1"), item(plan, GM, "2026-Q2")
    assert (q1.status, q1.meetings, q1.late) == (HELD, ["late"], True)
    assert (q2.status, q2.meetings) == (UPCOMING, [])
    assert q1.to_json()["late"] is True
    q2_after = item(year_plan(2026, RuleSettings(), [late], [], today=date(2026, 7, 1)), GM, "2026-Q2")
    assert (q2_after.status, q2_after.meetings) == (MISSING, [])


def test_plan_late_flag_only_when_held_only_late():
    on_time = MeetingRef("a", GM, date(2026, 2, 1))
    late = MeetingRef("b", GM, date(2026, 4, 2), for_period="2026-Q1")
    plan = year_plan(2026, RuleSettings(), [late, on_time], [], today=date(2026, 5, 1))
    assert item(plan, GM, "2026-Q1").meetings == ["a", "b"]
    assert item(plan, GM, "2026-Q1").late is False
    # marked for its own period: not late
    same = MeetingRef("c", GM, date(2026, 2, 1), for_period="2026-Q1")
    assert item(year_plan(2026, RuleSettings(), [same], [], date(2026, 5, 1)), GM, "2026-Q1").late is False


def test_plan_late_meeting_next_january_for_last_quarter():
    late = MeetingRef("late", GM, date(2027, 1, 8), for_period="2026-Q4")
    plan = year_plan(2026, RuleSettings(), [late], [], today=date(2027, 1, 10))
    assert item(plan, GM, "2026-Q4").status == HELD
    assert item(year_plan(2027, RuleSettings(), [late], [], today=date(2027, 4, 1)), GM, "2027-Q1").status == MISSING


def test_plan_future_meeting_is_planned_not_held():
    planned = MeetingRef("p", CM, date(2026, 3, 25))
    plan = year_plan(2026, RuleSettings(), [planned], [], today=date(2026, 3, 20))
    march = item(plan, CM, "2026-03")
    assert (march.status, march.meetings, march.planned) == (UPCOMING, [], ["p"])
    assert march.to_json()["planned"] == ["p"]
    march = item(year_plan(2026, RuleSettings(), [planned], [], today=date(2026, 3, 25)), CM, "2026-03")
    assert (march.status, march.meetings) == (HELD, ["p"])


def test_plan_party_lecture_changed_to_monthly_and_committee_switched_off():
    rules = RuleSettings.from_dict({"cadences": {"party_lecture": "monthly", "committee": "none",
                                                 "other": "yearly"}})
    meetings = [MeetingRef("pl1", PL, date(2026, 1, 20)), MeetingRef("pl3", PL, date(2026, 3, 2)),
                MeetingRef("cm", CM, date(2026, 1, 20)), MeetingRef("ot", MeetingType.OTHER, date(2026, 5, 1))]
    plan = year_plan(2026, rules, meetings, [], today=date(2026, 3, 10))
    lectures = [i for i in plan if i.type == PL]
    assert [i.period for i in lectures] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert [i.status for i in lectures[:4]] == [HELD, MISSING, HELD, UPCOMING]
    assert not [i for i in plan if i.type == CM]
    assert item(plan, MeetingType.OTHER, "2026").planned == ["ot"]
    assert completion(plan)[PL] == (2, 3)
    assert CM not in completion(plan)


def test_plan_marked_for_a_period_of_another_cadence_falls_back_to_its_date():
    rules = RuleSettings()
    wrong = MeetingRef("w", GM, date(2026, 5, 1), for_period="2026-01")  # a month, GM is quarterly
    assert meeting_period(wrong, rules) == "2026-Q2"
    assert meeting_period(MeetingRef("x", MeetingType.OTHER, date(2026, 5, 1)), rules) is None


def test_completion_counts_over_or_held_periods():
    meetings = [MeetingRef("q1", GM, date(2026, 2, 1)), MeetingRef("q3", GM, date(2026, 7, 1))]
    plan = year_plan(2026, RuleSettings(), meetings, [], today=date(2026, 8, 1))
    # Q1 held, Q2 missing, Q3 held (not over yet), Q4 upcoming
    assert completion(plan)[GM] == (2, 3)
    assert completion(plan)[MeetingType.ORG_LIFE] == (0, 0)
    assert completion([]) == {}


_frequencies = st.sampled_from(list(Frequency))


@settings(max_examples=60, deadline=None)
@given(
    cadences=st.fixed_dictionaries({t: _frequencies for t in MeetingType}),
    group_count=st.integers(0, 4),
    meetings=st.lists(st.tuples(
        st.sampled_from(list(MeetingType)),
        st.dates(date(2025, 10, 1), date(2027, 3, 31)),
        st.sampled_from([None, "g0", "g1", "g9"]),
        st.sampled_from([None, "2026-Q1", "2026-03", "2026", "2025-Q4", "2026-12"]),
    ), max_size=40),
    today=st.dates(date(2025, 12, 1), date(2027, 2, 1)),
)
def test_plan_one_item_per_required_slot_and_each_meeting_counted_once(cadences, group_count, meetings, today):
    rules = RuleSettings(cadences={t: Cadence(f) for t, f in cadences.items()})
    groups = [(f"g{i}", f"第{i}党小组") for i in range(group_count)]
    refs = [MeetingRef(f"m{n}", t, d, g, p) for n, (t, d, g, p) in enumerate(meetings)]
    plan = year_plan(2026, rules, refs, groups, today)

    required = {
        (t, g, p)
        for t in MeetingType
        for g in ([gid for gid, _ in groups] if t == GR else [None])
        for p in periods_of_year(2026, cadences[t])
    }
    keys = [(i.type, i.group_id, i.period) for i in plan]
    assert len(keys) == len(set(keys)) and set(keys) == required
    ids = [m for i in plan for m in i.meetings + i.planned]
    assert len(ids) == len(set(ids))
    for i in plan:
        assert (i.status == HELD) == bool(i.meetings)
        assert i.status != MISSING or today > i.due_date
        for meeting_id in i.meetings:
            assert refs[int(meeting_id[1:])].date <= today
