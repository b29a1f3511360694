"""The year plan: which meetings are due in which period, and whether each was held.

Pure functions over plain values (no database, no Qt). The rules are the
defaults of shared/DOMAIN.md; a branch may change them in its settings
(``RuleSettings``, stored as JSON under the ``rules`` setting).

Periods are strings: ``"2026-03"`` (a month), ``"2026-Q1"`` (a quarter),
``"2026"`` (a year).
"""
from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sanhui.core.model import MeetingType, Problem


class Frequency(str, enum.Enum):
    """How often a meeting type is required (会议频次)."""

    MONTHLY = "monthly"  # 每月
    QUARTERLY = "quarterly"  # 每季度
    YEARLY = "yearly"  # 每年
    NONE = "none"  # 不作要求


FREQUENCY_NAMES = {
    Frequency.MONTHLY: "每月一次",
    Frequency.QUARTERLY: "每季度一次",
    Frequency.YEARLY: "每年一次",
    Frequency.NONE: "不作要求",
}


@dataclass(frozen=True)
class Cadence:
    """The required cadence of one meeting type; group meetings are required per 党小组."""

    frequency: Frequency = Frequency.NONE

    @property
    def required(self) -> bool:
        return self.frequency != Frequency.NONE


DEFAULT_CADENCES: dict[MeetingType, Cadence] = {
    MeetingType.GENERAL_MEETING: Cadence(Frequency.QUARTERLY),
    MeetingType.COMMITTEE: Cadence(Frequency.MONTHLY),
    MeetingType.GROUP_MEETING: Cadence(Frequency.MONTHLY),
    MeetingType.PARTY_LECTURE: Cadence(Frequency.QUARTERLY),
    MeetingType.THEME_DAY: Cadence(Frequency.MONTHLY),
    MeetingType.ORG_LIFE: Cadence(Frequency.YEARLY),
    MeetingType.DEMOCRATIC_REVIEW: Cadence(Frequency.YEARLY),
    MeetingType.OTHER: Cadence(Frequency.NONE),
}

#: A theme day may be moved at most this many days for a holiday (DOMAIN.md: ≤ 1 week).
MAX_THEME_DAY_SHIFT = 7

_WEEKDAY_NAMES = "一二三四五六日"
_MEETING_TYPE_KEYS = {t.value for t in MeetingType}


@dataclass(frozen=True)
class ThemeDayRule:
    """The fixed day of the monthly 主题党日: a day of the month, or the n-th weekday.

    ``nth_weekday = (n, weekday)`` with ``weekday`` as in ``date.weekday()``
    (Monday 0 ... Sunday 6) and ``n`` 1-4, or -1 for the last one of the
    month: the first Friday is ``(1, 4)``. When set it wins over ``day_of_month``.
    A day of the month past the month's end (31 in April) means its last day.
    """

    day_of_month: int = 5
    nth_weekday: tuple[int, int] | None = None

    def date_in(self, year: int, month: int) -> date:
        last = calendar.monthrange(year, month)[1]
        if self.nth_weekday is None:
            return date(year, month, min(self.day_of_month, last))
        n, weekday = self.nth_weekday
        if n == -1:
            end = date(year, month, last)
            return end - timedelta(days=(end.weekday() - weekday) % 7)
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))

    def problems(self) -> list[Problem]:
        if self.nth_weekday is None:
            if not 1 <= self.day_of_month <= 31:
                return [Problem("theme_day", "主题党日的日期应当是每月 1 到 31 号之间的一天。")]
            return []
        n, weekday = self.nth_weekday
        if n not in (1, 2, 3, 4, -1) or not 0 <= weekday <= 6:
            return [Problem("theme_day", "主题党日应当是每月第一到第四个、或最后一个星期几。")]
        return []

    def label(self) -> str:
        """Chinese description, e.g. ``每月 5 日`` or ``每月第一个星期五``."""
        if self.nth_weekday is None:
            return f"每月 {self.day_of_month} 日"
        n, weekday = self.nth_weekday
        which = "最后一个" if n == -1 else f"第{'一二三四'[n - 1]}个"
        return f"每月{which}星期{_WEEKDAY_NAMES[weekday]}"


@dataclass
class RuleSettings:
    """A branch's meeting rules: cadences, the theme-day rule and moved theme days.

    ``theme_day_overrides`` maps a month (``"2026-02"``) to the date its
    主题党日 was moved to for a holiday: at most a week from the rule's date,
    possibly into the adjacent month. A meeting on that date counts for that month.
    """

    cadences: dict[MeetingType, Cadence] = field(default_factory=lambda: dict(DEFAULT_CADENCES))
    theme_day: ThemeDayRule = field(default_factory=ThemeDayRule)
    theme_day_overrides: dict[str, date] = field(default_factory=dict)

    def cadence(self, meeting_type: MeetingType) -> Cadence:
        return self.cadences.get(meeting_type, DEFAULT_CADENCES[meeting_type])

    def problems(self) -> list[Problem]:
        """What is wrong with these settings, in Chinese (empty when they are fine)."""
        problems = self.theme_day.problems()
        if problems:
            return problems
        for month, moved in sorted(self.theme_day_overrides.items()):
            year, number = _parse_month(month)
            rule_date = self.theme_day.date_in(year, number)
            if abs((moved - rule_date).days) > MAX_THEME_DAY_SHIFT:
                problems.append(Problem(
                    "theme_day_overrides",
                    f"{year}年{number}月的主题党日只能在原定日期（{rule_date.isoformat()}）前后一周内调整。",
                ))
        return problems

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form, for the ``rules`` setting."""
        if self.theme_day.nth_weekday is None:
            theme_day: dict[str, Any] = {"day_of_month": self.theme_day.day_of_month}
        else:
            theme_day = {"nth_weekday": list(self.theme_day.nth_weekday)}
        return {
            "cadences": {t.value: c.frequency.value for t, c in self.cadences.items()},
            "theme_day": theme_day,
            "theme_day_overrides": {m: d.isoformat() for m, d in sorted(self.theme_day_overrides.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> RuleSettings:
        """Settings from ``to_dict`` output; keys left out keep their defaults, unknown keys are ignored.

        Raises ValueError with a Chinese message on a malformed value.
        """
        data = data or {}
        cadences = dict(DEFAULT_CADENCES)
        try:
            for key, value in (data.get("cadences") or {}).items():
                if key in _MEETING_TYPE_KEYS:
                    cadences[MeetingType(key)] = Cadence(Frequency(value))
            rule = data.get("theme_day") or {}
            if rule.get("nth_weekday") is not None:
                n, weekday = rule["nth_weekday"]
                theme_day = ThemeDayRule(nth_weekday=(int(n), int(weekday)))
            else:
                theme_day = ThemeDayRule(day_of_month=int(rule.get("day_of_month", 5)))
            if theme_day.problems():
                raise ValueError(theme_day.problems()[0].message)
            overrides = {}
            for month, moved in (data.get("theme_day_overrides") or {}).items():
                _parse_month(month)
                overrides[month] = date.fromisoformat(moved)
        except (TypeError, ValueError, AttributeError):
            raise ValueError("会议频次规则的设置已损坏，请在“设置”中重新设定。") from None
        return cls(cadences=cadences, theme_day=theme_day, theme_day_overrides=overrides)


# ---------------------------------------------------------------- periods

_PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


def _parse_month(month: str) -> tuple[int, int]:
    match = _PERIOD_RE.match(month or "")
    if not match or match.group(2) is None or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"无法识别的月份：{month}")
    return int(match.group(1)), int(match.group(2))


def _frequency(cadence: Cadence | Frequency) -> Frequency:
    return cadence.frequency if isinstance(cadence, Cadence) else Frequency(cadence)


def period_of(d: date, cadence: Cadence | Frequency) -> str:
    """The period containing ``d``: ``"2026-03"``, ``"2026-Q1"`` or ``"2026"``.

    Raises ValueError for a cadence that has no periods (``Frequency.NONE``).
    """
    frequency = _frequency(cadence)
    if frequency == Frequency.MONTHLY:
        return f"{d.year:04d}-{d.month:02d}"
    if frequency == Frequency.QUARTERLY:
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if frequency == Frequency.YEARLY:
        return f"{d.year:04d}"
    raise ValueError("这种会议没有规定的频次。")


def period_frequency(period: str) -> Frequency:
    """The frequency a period string belongs to; ValueError if it is not one."""
    match = _PERIOD_RE.match(period or "")
    if not match or (match.group(2) is not None and not 1 <= int(match.group(2)) <= 12):
        raise ValueError(f"无法识别的期间：{period}")
    if match.group(2) is not None:
        return Frequency.MONTHLY
    return Frequency.QUARTERLY if match.group(3) is not None else Frequency.YEARLY


def period_bounds(period: str) -> tuple[date, date]:
    """The first and the last day of a period."""
    frequency = period_frequency(period)
    year = int(period[:4])
    if frequency == Frequency.YEARLY:
        return date(year, 1, 1), date(year, 12, 31)
    if frequency == Frequency.MONTHLY:
        first_month = last_month = int(period[5:])
    else:
        first_month = 3 * int(period[6]) - 2
        last_month = first_month + 2
    return date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])


def periods_of_year(year: int, cadence: Cadence | Frequency) -> list[str]:
    """The periods of a year, in order; none for ``Frequency.NONE``."""
    frequency = _frequency(cadence)
    if frequency == Frequency.MONTHLY:
        return [f"{year:04d}-{m:02d}" for m in range(1, 13)]
    if frequency == Frequency.QUARTERLY:
        return [f"{year:04d}-Q{q}" for q in range(1, 5)]
    if frequency == Frequency.YEARLY:
        return [f"{year:04d}"]
    return []


def period_label(period: str) -> str:
    """Chinese label: ``2026年3月``, ``2026年第一季度``, ``2026年``."""
    frequency = period_frequency(period)
    if frequency == Frequency.MONTHLY:
        return f"{period[:4]}年{int(period[5:])}月"
    if frequency == Frequency.QUARTERLY:
        return f"{period[:4]}年第{'一二三四'[int(period[6]) - 1]}季度"
    return f"{period}年"


def theme_day_date(year: int, month: int, settings: RuleSettings) -> date:
    """The date of the month's 主题党日: the rule's date, or where it was moved for a holiday."""
    moved = settings.theme_day_overrides.get(f"{year:04d}-{month:02d}")
    return moved if moved is not None else settings.theme_day.date_in(year, month)


# ---------------------------------------------------------------- the plan


class PlanStatus(str, enum.Enum):
    HELD = "held"  # 已召开
    MISSING = "missing"  # 未召开 (the period is over)
    UPCOMING = "upcoming"  # 待召开


PLAN_STATUS_NAMES = {PlanStatus.HELD: "已召开", PlanStatus.MISSING: "未召开", PlanStatus.UPCOMING: "待召开"}


@dataclass
class MeetingRef:
    """The little of a meeting record the plan needs. Deleted records are not passed in.

    ``for_period``: the period a late meeting (补开) was marked as serving; it
    then counts for that period only, not for the one it was held in.
    """

    id: str
    type: MeetingType
    date: date
    group_id: str | None = None
    for_period: str | None = None
    status: str = "draft"

    def __post_init__(self) -> None:
        self.type = MeetingType(self.type)
        if isinstance(self.date, str):
            self.date = date.fromisoformat(self.date)


@dataclass
class PlanItem:
    """One required meeting: a type (and 党小组) in one period, with its status.

    ``meetings``: ids of the records held for it (dated on or before today);
    ``planned``: ids of records dated after today; ``late``: held only by 补开
    (after ``due_date``); ``due_date``: the theme day for 主题党日, else the
    period's last day.
    """

    type: MeetingType
    period: str
    status: PlanStatus
    due_date: date
    group_id: str | None = None
    group: str | None = None
    meetings: list[str] = field(default_factory=list)
    planned: list[str] = field(default_factory=list)
    late: bool = False

    def to_json(self) -> dict[str, Any]:
        """CLI.md's Plan JSON (type, group, period, status, meetings) plus late, due_date, planned."""
        return {
            "type": self.type.value,
            "group": self.group,
            "period": self.period,
            "status": self.status.value,
            "meetings": list(self.meetings),
            "late": self.late,
            "due_date": self.due_date.isoformat(),
            "planned": list(self.planned),
        }


def meeting_period(meeting: MeetingRef, settings: RuleSettings) -> str | None:
    """The period a meeting serves under the settings, or None if its type has no cadence.

    A 补开 mark (``for_period``) wins when it is a period of the type's
    cadence; a theme day on a date that another month's theme day was moved
    to counts for that month; otherwise the period containing its date.
    """
    frequency = settings.cadence(meeting.type).frequency
    if frequency == Frequency.NONE:
        return None
    if meeting.for_period:
        try:
            if period_frequency(meeting.for_period) == frequency:
                return meeting.for_period
        except ValueError:
            pass
    if meeting.type == MeetingType.THEME_DAY and frequency == Frequency.MONTHLY:
        for month, moved in settings.theme_day_overrides.items():
            if moved == meeting.date:
                return month
    return period_of(meeting.date, frequency)


def _due_date(meeting_type: MeetingType, period: str, settings: RuleSettings) -> date:
    last_day = period_bounds(period)[1]
    if meeting_type == MeetingType.THEME_DAY and period_frequency(period) == Frequency.MONTHLY:
        return max(last_day, theme_day_date(last_day.year, last_day.month, settings))
    return last_day


def year_plan(
    year: int,
    settings: RuleSettings,
    meetings: list[MeetingRef],
    groups: list[tuple[str, str]],
    today: date,
) -> list[PlanItem]:
    """Every required meeting of ``year`` per type, 党小组 and period, with its status.

    ``groups`` are ``(id, name)`` pairs; group meetings are required per group
    (none if the branch has no groups). ``meetings`` should include every
    record that may serve a period of the year (a 补开 early next year, too).
    Items come in MeetingType order, then group, then period.
    """
    served: dict[tuple[MeetingType, str | None, str], list[MeetingRef]] = {}
    for meeting in sorted(meetings, key=lambda m: (m.date, m.id)):
        period = meeting_period(meeting, settings)
        if period is None:
            continue
        group_id = meeting.group_id if meeting.type == MeetingType.GROUP_MEETING else None
        served.setdefault((meeting.type, group_id, period), []).append(meeting)

    items = []
    for meeting_type in MeetingType:
        frequency = settings.cadence(meeting_type).frequency
        slots = groups if meeting_type == MeetingType.GROUP_MEETING else [(None, None)]
        for group_id, group_name in slots:
            for period in periods_of_year(year, frequency):
                due = _due_date(meeting_type, period, settings)
                refs = served.get((meeting_type, group_id, period), [])
                held = [m for m in refs if m.date <= today]
                if held:
                    status = PlanStatus.HELD
                elif today > due:
                    status = PlanStatus.MISSING
                else:
                    status = PlanStatus.UPCOMING
                items.append(PlanItem(
                    type=meeting_type,
                    period=period,
                    status=status,
                    due_date=due,
                    group_id=group_id,
                    group=group_name,
                    meetings=[m.id for m in held],
                    planned=[m.id for m in refs if m.date > today],
                    late=bool(held) and all(m.date > due for m in held),
                ))
    return items


def completion(plan_items: list[PlanItem]) -> dict[MeetingType, tuple[int, int]]:
    """Per type: (held, required so far), counting only periods that are over or held."""
    result: dict[MeetingType, tuple[int, int]] = {}
    for item in plan_items:
        held, required = result.get(item.type, (0, 0))
        if item.status == PlanStatus.HELD:
            held, required = held + 1, required + 1
        elif item.status == PlanStatus.MISSING:
            required += 1
        result[item.type] = (held, required)
    return result
