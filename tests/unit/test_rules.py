"""Expected members, counts, quorum, votes and the dates of members (core/rules.py)."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanhui.core.model import Attendance, Category, ExclusionReason, LeftStatus, MeetingType, Member
from sanhui.core.rules import (
    Counts,
    count_attendance,
    election_quorum_met,
    expected_members,
    medal_50_eligible,
    party_seniority_years,
    political_birthday_in_year,
    probation_end,
    quorum_met,
    term_end,
    validate_vote,
    vote_passes,
)

P, L, A = Attendance.PRESENT, Attendance.LEAVE, Attendance.ABSENT
DAY = date(2026, 3, 5)


def full(member_id: str, **kw) -> Member:
    kw.setdefault("join_date", date(2000, 7, 1))
    kw.setdefault("full_date", date(2001, 7, 1))
    return Member(name=member_id, id=member_id, **kw)


def roster(n: int, **kw) -> list[Member]:
    return [full(f"m{i}", **kw) for i in range(n)]


def counts_for(members, present: int) -> Counts:
    """Counts with the first ``present`` members present and the rest absent."""
    attendance = {m.id: P for m in members[:present]}
    return count_attendance(members, attendance, DAY)


# ---------------------------------------------------------------- who is expected


def test_whole_branch_types_expect_every_active_member():
    members = roster(3)
    for meeting_type in (MeetingType.GENERAL_MEETING, MeetingType.PARTY_LECTURE, MeetingType.THEME_DAY,
                         MeetingType.ORG_LIFE, MeetingType.DEMOCRATIC_REVIEW, MeetingType.OTHER):
        assert [m.id for m in expected_members(meeting_type, members, DAY)] == ["m0", "m1", "m2"]


def test_excluded_member_is_not_expected_only_within_the_exclusion_dates():
    away = full("away", excluded_reason=ExclusionReason.AWAY,
                excluded_from=date(2026, 1, 1), excluded_to=date(2026, 6, 30))
    members = roster(2) + [away]
    assert away not in expected_members(MeetingType.GENERAL_MEETING, members, DAY)
    assert away in expected_members(MeetingType.GENERAL_MEETING, members, date(2025, 12, 31))
    assert away in expected_members(MeetingType.GENERAL_MEETING, members, date(2026, 7, 1))
    # and the excluded member is not counted at all, not even as absent
    counts = count_attendance(expected_members(MeetingType.GENERAL_MEETING, members, DAY), {}, DAY)
    assert (counts.expected, counts.absent, counts.expected_voting) == (2, 2, 2)


def test_transferred_member_not_expected_after_leaving_but_expected_before():
    gone = full("gone", left_status=LeftStatus.TRANSFERRED, left_date=date(2026, 2, 10))
    members = roster(2) + [gone]
    assert gone not in expected_members(MeetingType.THEME_DAY, members, DAY)
    assert gone not in expected_members(MeetingType.THEME_DAY, members, date(2026, 2, 10))
    assert gone in expected_members(MeetingType.THEME_DAY, members, date(2026, 2, 5))


def test_member_admitted_after_the_meeting_is_not_expected():
    new = Member(name="new", id="new", join_date=date(2026, 6, 1), category=Category.PROBATIONARY)
    assert new not in expected_members(MeetingType.GENERAL_MEETING, [new], DAY)
    assert new in expected_members(MeetingType.GENERAL_MEETING, [new], date(2026, 6, 1))


def test_committee_meeting_expects_committee_members_only():
    members = [full("s", position="书记"), full("z", position="组织委员"), full("w", position="委员"),
               full("x"), full("y", position="村文书")]
    assert [m.id for m in expected_members(MeetingType.COMMITTEE, members, DAY)] == ["s", "z", "w"]


def test_group_meeting_expects_that_group_only():
    members = [full("a", group_id="g1"), full("b", group_id="g2"), full("c", group_id="g1"), full("d")]
    assert [m.id for m in expected_members(MeetingType.GROUP_MEETING, members, DAY, "g1")] == ["a", "c"]
    assert expected_members(MeetingType.GROUP_MEETING, members, DAY) == []


# ---------------------------------------------------------------- counts


def test_counts_missing_rows_are_absent_and_non_members_ignored():
    members = roster(5)
    counts = count_attendance(members, {"m0": P, "m1": P, "m2": L, "m3": A, "guest": P}, DAY)
    assert counts == Counts(expected=5, present=2, leave=1, absent=2, expected_voting=5, present_voting=2)
    assert counts.to_json() == {"expected": 5, "present": 2, "leave": 1, "absent": 2,
                                "expected_voting": 5, "present_voting": 2}


def test_probationary_and_disciplined_members_present_but_not_voting():
    probationary = Member(name="p", id="p", join_date=date(2025, 9, 1), category=Category.PROBATIONARY)
    just_confirmed = full("c", join_date=date(2025, 3, 1), full_date=date(2026, 3, 10))  # 转正 after DAY
    on_probation = full("d", discipline_from=date(2025, 10, 1), discipline_to=date(2026, 9, 30))  # 留党察看
    members = roster(3) + [probationary, just_confirmed, on_probation]
    counts = count_attendance(members, {m.id: P for m in members}, DAY)
    assert (counts.expected, counts.present) == (6, 6)
    assert (counts.expected_voting, counts.present_voting) == (3, 3)
    # after 转正 and after the discipline ends, both vote
    later = count_attendance(members, {m.id: P for m in members}, date(2026, 10, 1))
    assert later.expected_voting == 5


# ---------------------------------------------------------------- quorum and votes


@pytest.mark.parametrize("expected, present, met", [
    (10, 5, False),  # exactly half: no quorum
    (10, 6, True),  # one over half
    (9, 4, False),
    (9, 5, True),
    (1, 1, True),
    (0, 0, False),
])
def test_general_meeting_quorum(expected, present, met):
    assert quorum_met(MeetingType.GENERAL_MEETING, counts_for(roster(expected), present)) is met


def test_general_meeting_quorum_counts_voting_members_only():
    members = roster(4) + [Member(name=f"p{i}", id=f"p{i}", join_date=date(2025, 9, 1),
                                  category=Category.PROBATIONARY) for i in range(4)]
    # 8 of 8 expected: all 4 probationary + 2 full present = 6 present, but only 2 of 4 voting
    counts = count_attendance(members, {m.id: P for m in members[2:]}, DAY)
    assert (counts.present, counts.present_voting, counts.expected_voting) == (6, 2, 4)
    assert quorum_met(MeetingType.GENERAL_MEETING, counts) is False


def test_committee_quorum_is_more_than_half_of_the_committee():
    committee = [full(f"c{i}", position="委员") for i in range(5)]
    assert quorum_met(MeetingType.COMMITTEE, counts_for(committee, 3)) is True
    assert quorum_met(MeetingType.COMMITTEE, counts_for(committee[:4], 2)) is False
    assert quorum_met(MeetingType.COMMITTEE, counts_for(committee[:4], 3)) is True


@pytest.mark.parametrize("meeting_type", [MeetingType.GROUP_MEETING, MeetingType.PARTY_LECTURE,
                                          MeetingType.THEME_DAY, MeetingType.ORG_LIFE,
                                          MeetingType.DEMOCRATIC_REVIEW, MeetingType.OTHER])
def test_no_quorum_for_other_meetings(meeting_type):
    assert quorum_met(meeting_type, counts_for(roster(4), 1)) is None


@pytest.mark.parametrize("expected, present, met", [
    (10, 8, False),  # exactly 4/5
    (10, 9, True),
    (5, 4, False),
    (5, 5, True),
    (7, 6, True),  # 6/7 > 4/5
    (6, 5, True),  # 5/6 > 4/5
    (6, 4, False),
])
def test_election_quorum(expected, present, met):
    assert election_quorum_met(counts_for(roster(expected), present)) is met


@pytest.mark.parametrize("expected_voting, votes_for, passes", [
    (10, 5, False),  # equal to half of 10
    (10, 6, True),
    (9, 4, False),  # 4.5 is half of 9
    (9, 5, True),
])
def test_vote_passes_against_expected_voting_not_present(expected_voting, votes_for, passes):
    counts = counts_for(roster(expected_voting), votes_for)  # only the ones voting for came
    assert vote_passes(votes_for, counts) is passes


def test_vote_fails_when_majority_of_present_is_not_majority_of_expected():
    counts = counts_for(roster(10), 6)
    assert not vote_passes(4, counts)  # 4 of 6 present, but not over 5 of 10


def test_validate_vote():
    counts = counts_for(roster(10), 7)  # 7 voting present, 3 voting absent
    assert validate_vote(6, 1, 0, counts) is None
    assert validate_vote(7, 0, 0, counts) is None
    message = validate_vote(6, 1, 1, counts)
    assert "合计 8 票" in message and "7 名" in message
    assert validate_vote(-1, 0, 0, counts) == "赞成、反对、弃权的票数都不能是负数，请核对。"
    # written opinions of absent voting members count beside those present
    assert validate_vote(8, 1, 0, counts, written=2) is None
    assert "书面意见 2 份" in validate_vote(9, 1, 0, counts, written=2)
    assert "只有 3 名" in validate_vote(8, 0, 0, counts, written=4)
    assert "负数" in validate_vote(1, 0, 0, counts, written=-1)


def test_probationary_members_cannot_add_votes():
    members = roster(3) + [Member(name="p", id="p", join_date=date(2025, 9, 1),
                                  category=Category.PROBATIONARY)]
    counts = count_attendance(members, {m.id: P for m in members}, DAY)
    assert validate_vote(3, 0, 0, counts) is None
    assert validate_vote(4, 0, 0, counts) is not None


@given(st.integers(0, 200), st.integers(0, 200), st.integers(0, 200))
def test_vote_passes_is_monotonic_and_exact(expected_voting, a, b):
    counts = Counts(expected_voting, expected_voting, 0, 0, expected_voting, expected_voting)
    low, high = sorted((a, b))
    if vote_passes(low, counts):
        assert vote_passes(high, counts)
    assert vote_passes(a, counts) == (a > expected_voting / 2)


# ---------------------------------------------------------------- dates of members


def test_probation_end_one_year_and_extended():
    assert probation_end(Member(join_date=date(2025, 7, 1))) == date(2026, 7, 1)
    assert probation_end(Member(join_date=date(2025, 7, 1), probation_extension_months=6)) == date(2027, 1, 1)
    assert probation_end(Member(join_date=date(2025, 8, 31), probation_extension_months=6)) == date(2027, 2, 28)
    assert probation_end(Member(join_date=date(2025, 3, 15), probation_extension_months=12)) == date(2027, 3, 15)
    assert probation_end(Member(join_date=date(2024, 2, 29))) == date(2025, 2, 28)
    assert probation_end(Member()) is None


def test_party_seniority_counts_from_full_date():
    member = full("a", join_date=date(1990, 3, 1), full_date=date(1991, 3, 1))
    assert party_seniority_years(member, date(2026, 2, 28)) == 34
    assert party_seniority_years(member, date(2026, 3, 1)) == 35
    assert party_seniority_years(member, date(1991, 2, 28)) is None  # still probationary
    assert party_seniority_years(Member(category=Category.PROBATIONARY, join_date=date(2025, 9, 1)),
                                 date(2026, 3, 1)) is None
    leap = full("b", full_date=date(2000, 2, 29))
    assert party_seniority_years(leap, date(2001, 2, 27)) == 0
    assert party_seniority_years(leap, date(2001, 2, 28)) == 1
    assert party_seniority_years(leap, date(2004, 2, 28)) == 3
    assert party_seniority_years(leap, date(2004, 2, 29)) == 4


def test_political_birthday_on_leap_day():
    member = Member(join_date=date(2008, 2, 29))
    assert political_birthday_in_year(member, 2026) == date(2026, 2, 28)
    assert political_birthday_in_year(member, 2028) == date(2028, 2, 29)
    assert political_birthday_in_year(Member(join_date=date(1999, 7, 1)), 2026) == date(2026, 7, 1)
    assert political_birthday_in_year(Member(), 2026) is None


def test_medal_50_cutoff_is_1_july():
    assert medal_50_eligible(full("a", join_date=date(1975, 7, 1), full_date=date(1976, 7, 1)), 2026)
    assert not medal_50_eligible(full("b", join_date=date(1975, 7, 2), full_date=date(1976, 7, 2)), 2026)
    assert medal_50_eligible(full("b", join_date=date(1975, 7, 2), full_date=date(1976, 7, 2)), 2027)
    # 入党 early enough, but 党龄 counts from 转正
    assert not medal_50_eligible(full("c", join_date=date(1975, 1, 1), full_date=date(1976, 8, 1)), 2026)


def test_medal_50_only_for_members_still_in_the_branch():
    veteran = dict(join_date=date(1960, 1, 1), full_date=date(1961, 1, 1))
    assert not medal_50_eligible(full("d", left_status=LeftStatus.DECEASED, left_date=date(2026, 5, 1),
                                      **veteran), 2026)
    assert medal_50_eligible(full("e", left_status=LeftStatus.DECEASED, left_date=date(2026, 8, 1),
                                  **veteran), 2026)
    assert not medal_50_eligible(Member(join_date=date(1960, 1, 1)), 2026)  # no 转正日期 recorded


def test_term_end():
    assert term_end(date(2021, 6, 15)) == date(2026, 6, 15)
    assert term_end(date(2021, 6, 15), village=False) == date(2024, 6, 15)
    assert term_end(date(2024, 2, 29)) == date(2029, 2, 28)


def test_probation_end_leap_day_with_extension_agrees_with_validation():
    from sanhui.core.validation import validate_member

    member = Member(name="王芳", join_date=date(2024, 2, 29), probation_extension_months=6)
    assert probation_end(member) == date(2025, 8, 28)
    member.full_date = date(2025, 8, 28)
    assert not [p for p in validate_member(member, date(2026, 1, 1)) if p.field == "full_date"]
    member.full_date = date(2025, 8, 27)
    assert [p for p in validate_member(member, date(2026, 1, 1)) if p.field == "full_date"]
