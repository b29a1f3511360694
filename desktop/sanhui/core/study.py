"""Study hours (学习学时): a member's hours in a year from the 党课 and 主题党日 attended, against the target.

Local plans commonly ask at least 32 hours a year of a member and 56 of the
secretary and the committee members (支委) (settings ``study_hours_member``,
``study_hours_committee``). Pure computation; ``store.reminders.study_hours``
reads the attendance.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sanhui.core.model import MeetingType, Member

#: Hours (学时) of an attended 党课 or 主题党日 whose record gives none: a session of about two hours.
DEFAULT_STUDY_HOURS = {MeetingType.PARTY_LECTURE: 2.0, MeetingType.THEME_DAY: 2.0}


@dataclass(frozen=True)
class Attended:
    """One member present (出席) at one meeting; ``hours`` as the record gives them (None: not given)."""

    member_id: str
    type: MeetingType
    date: date
    hours: float | None = None


@dataclass
class StudyHours:
    """A member's study hours (学时) in a year against the target."""

    member: Member
    hours: float
    target: int

    @property
    def short(self) -> float:
        return max(0.0, self.target - self.hours)

    @property
    def met(self) -> bool:
        return self.hours >= self.target


def tally_study_hours(members: Iterable[Member], attended: Iterable[Attended], year: int,
                      member_target: int = 32, committee_target: int = 56,
                      on: date | None = None) -> list[StudyHours]:
    """Each member's study hours in ``year`` up to ``on`` (default: the year's end), against the target.

    Attended 党课 and 主题党日 count their record's hours, or ``DEFAULT_STUDY_HOURS``
    when the record gives none; 补学 does not count. Listed: members of the
    branch on that day (joined by then, not left), in the order given.
    """
    last = min(on, date(year, 12, 31)) if on else date(year, 12, 31)
    totals: dict[str, float] = defaultdict(float)
    for a in attended:
        if a.date.year == year and a.date <= last and a.type in DEFAULT_STUDY_HOURS:
            totals[a.member_id] += DEFAULT_STUDY_HOURS[a.type] if a.hours is None else a.hours
    result = []
    for m in members:
        if not m.is_active(last) or (m.join_date is not None and m.join_date > last):
            continue
        target = committee_target if m.is_committee else member_target
        result.append(StudyHours(m, round(totals[m.id], 2), target))
    return result
