"""Who is expected at a meeting, the counts, quorum and votes, and the dates of members.

Pure functions over plain values (no database, no Qt), after shared/DOMAIN.md.
All thresholds use exact integer arithmetic: "more than half" is
``2 * part > whole``, "more than 4/5" is ``5 * part > 4 * whole``.
The year plan (cadences, periods, theme days) is in ``core/plan.py``.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date

from sanhui.core.dates import add_months, add_years, full_years_between
from sanhui.core.model import Attendance, MeetingType, Member


def expected_members(
    meeting_type: MeetingType, members: Iterable[Member], on: date, group_id: str | None = None
) -> list[Member]:
    """The members expected (应到) at a meeting of ``meeting_type`` held on ``on``, in roster order.

    Never expected: members who left the branch by ``on`` (``Member.is_active``),
    members left out of 应到 on ``on`` for a recorded reason
    (``Member.is_excluded``), and members admitted after ``on``. A committee
    meeting expects the committee members (支委); a group meeting the members
    of ``group_id`` (nobody without a group); the others the whole branch
    (for ``other`` meetings the user then edits the list).
    """
    meeting_type = MeetingType(meeting_type)
    result = []
    for member in members:
        if not member.is_active(on) or member.is_excluded(on):
            continue
        if member.join_date is not None and member.join_date > on:
            continue
        if meeting_type == MeetingType.COMMITTEE and not member.is_committee:
            continue
        if meeting_type == MeetingType.GROUP_MEETING and (group_id is None or member.group_id != group_id):
            continue
        result.append(member)
    return result


@dataclass(frozen=True)
class Counts:
    """Attendance counts of one meeting (CLI.md ``counts``)."""

    expected: int  # 应到
    present: int  # 实到 (出席)
    leave: int  # 请假
    absent: int  # 缺席
    expected_voting: int  # 应到会有表决权人数
    present_voting: int  # 实到会有表决权人数

    def to_json(self) -> dict[str, int]:
        return asdict(self)


def count_attendance(expected: Iterable[Member], attendance: Mapping[str, Attendance], on: date) -> Counts:
    """Counts from the expected members and their attendance (member id -> Attendance).

    An expected member missing from ``attendance`` counts as absent; rows
    for members who are not expected are ignored (guests are not attendance).
    Voting rights (有表决权) are judged on the meeting date ``on``.
    """
    present = leave = absent = expected_voting = present_voting = total = 0
    for member in expected:
        total += 1
        status = Attendance(attendance.get(member.id, Attendance.ABSENT))
        voting = member.can_vote(on)
        expected_voting += voting
        if status == Attendance.PRESENT:
            present += 1
            present_voting += voting
        elif status == Attendance.LEAVE:
            leave += 1
        else:
            absent += 1
    return Counts(total, present, leave, absent, expected_voting, present_voting)


def _more_than_half(part: int, whole: int) -> bool:
    return 2 * part > whole


def quorum_met(meeting_type: MeetingType, counts: Counts) -> bool | None:
    """Whether enough members are present for the meeting to decide; None where no quorum applies.

    支部党员大会: more than half of the expected voting members present.
    支部委员会会议: more than half of the committee (its expected members) present.
    """
    meeting_type = MeetingType(meeting_type)
    if meeting_type == MeetingType.GENERAL_MEETING:
        return _more_than_half(counts.present_voting, counts.expected_voting)
    if meeting_type == MeetingType.COMMITTEE:
        return _more_than_half(counts.present, counts.expected)
    return None


def election_quorum_met(counts: Counts) -> bool:
    """An election (选举) needs more than 4/5 of the expected voting members present."""
    return 5 * counts.present_voting > 4 * counts.expected_voting


def vote_passes(votes_for: int, counts: Counts) -> bool:
    """A motion passes only when the votes for exceed half of the expected voting members."""
    return _more_than_half(votes_for, counts.expected_voting)


def validate_vote(
    votes_for: int, votes_against: int, abstain: int, counts: Counts, written: int = 0
) -> str | None:
    """A Chinese message if the vote counts cannot be right, else None.

    ``written``: written opinions (书面意见) sent in before the meeting by absent
    voting members; they count as votes beside those of the voting members present.
    """
    if min(votes_for, votes_against, abstain) < 0:
        return "赞成、反对、弃权的票数都不能是负数，请核对。"
    if written < 0:
        return "书面意见的份数不能是负数，请核对。"
    absent_voting = counts.expected_voting - counts.present_voting
    if written > absent_voting:
        return (
            f"书面意见有 {written} 份，但未到会的有表决权党员只有 {absent_voting} 名。"
            "书面意见只能由未到会的有表决权党员会前提交，请核对。"
        )
    total = votes_for + votes_against + abstain
    allowed = counts.present_voting + written
    if total > allowed:
        who = f"到会的有表决权党员 {counts.present_voting} 名"
        if written:
            who += f"加书面意见 {written} 份"
        return f"赞成、反对、弃权合计 {total} 票，超过了{who}（共 {allowed} 票），请核对票数。"
    return None


# ---------------------------------------------------------------- dates of members


def probation_end(member: Member) -> date | None:
    """预备期满: one year after 入党日期, then the extension (延长预备期) in months; None without 入党日期.

    The extension runs from the end of the first year (29 Feb 2024 → 28 Feb 2025 → 28 Aug 2025).
    """
    if member.join_date is None:
        return None
    return add_months(add_years(member.join_date, 1), member.probation_extension_months or 0)


def party_seniority_years(member: Member, on: date) -> int | None:
    """党龄 on ``on``: whole years since 转正日期; None before 转正 or without a 转正日期."""
    if member.full_date is None or member.is_probationary(on):
        return None
    return full_years_between(member.full_date, on)


def political_birthday_in_year(member: Member, year: int) -> date | None:
    """The 政治生日 (anniversary of 入党日期) in ``year``; 29 Feb falls on 28 Feb in a common year."""
    if member.join_date is None:
        return None
    return add_years(member.join_date, year - member.join_date.year)


def medal_50_eligible(member: Member, year: int) -> bool:
    """光荣在党50年纪念章: a member still in the branch on 1 July of ``year``
    whose 党龄 (from 转正日期) reaches 50 full years by that day."""
    cutoff = date(year, 7, 1)
    if not member.is_active(cutoff):
        return False
    seniority = party_seniority_years(member, cutoff)
    return seniority is not None and seniority >= 50


def term_end(term_start: date, village: bool = True) -> date:
    """When a committee's term (任期) is over: 5 years after it was elected for a village branch, else 3."""
    return add_years(term_start, 5 if village else 3)
