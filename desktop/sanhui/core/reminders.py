"""What is due (提醒), seen from a day ``on`` with a window of ``days`` (DOMAIN.md "Dates that drive reminders").

Pure computation over plain values, no database: ``store/reminders.py``
gathers the inputs. Members who have left the branch (``Member.is_active``)
get no reminders. The kinds, each a default a branch can change in its settings:

- ``political_birthday`` (政治生日): the anniversary of 入党日期 (29 Feb falls
  on 28 Feb in a common year) within the window, years counted for the year
  of the anniversary; every 10th is ``round``. Gone once an action (card,
  oath, talk, celebrated, done) is recorded for that member and year.
- ``probation_due`` (预备期满): one year after 入党日期 plus any extension;
  listed from 60 days before (or the window, if longer), ``overdue`` after
  it; gone once a 支部党员大会 dated on or after that day (and not after
  ``on``) has a ``confirmation`` vote on the member, or the member is full.
- ``medal_50`` (光荣在党50年): from 1 January to 1 July, members whose 党龄
  (from 转正日期) reaches 50 full years by 1 July of this year but had not by
  1 July of last year (those got theirs then); dated 1 July.
- ``term_end`` (换届): the term's end (5 years for a village branch, else 3)
  from 6 months before, ``overdue`` after.
- ``meeting_due``: from the year plan. Overdue: required meetings of this
  year whose period is over and none was held. Current: those of a period
  already begun and not yet held, dated the period's due date; a 主题党日 is
  dated its day while that day is ahead, and the next one is listed from a
  week before even if its month has not begun.
- ``excluded_ends``: a member's leave from 应到 ends within the window, so
  that the count is reviewed.
- ``study_hours`` (学习学时): from October, members below the year's target
  (32; 56 for 支委; hours in core/study.py), unless left out of 应到 on ``on``; dated 31 December.
- ``talk_due`` (谈心谈话): from July, members with no talk this year; dated 31 December.

Each reminder but ``meeting_due`` has a ``ref`` (``kind:year:key``) that
``store.reminders.mark_done`` takes to record that it was handled.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sanhui.core.dates import add_months
from sanhui.core.model import EXCLUSION_REASON_NAMES, MEETING_TYPE_NAMES, Category, MeetingType, Member
from sanhui.core.plan import (
    Frequency,
    MeetingRef,
    PlanItem,
    PlanStatus,
    RuleSettings,
    period_bounds,
    period_frequency,
    period_label,
    theme_day_date,
    year_plan,
)
from sanhui.core.rules import (
    medal_50_eligible,
    party_seniority_years,
    political_birthday_in_year,
    probation_end,
    term_end,
)
from sanhui.core.study import StudyHours

POLITICAL_BIRTHDAY = "political_birthday"
PROBATION_DUE = "probation_due"
MEDAL_50 = "medal_50"
TERM_END = "term_end"
MEETING_DUE = "meeting_due"
EXCLUDED_ENDS = "excluded_ends"
STUDY_HOURS = "study_hours"
TALK_DUE = "talk_due"
#: Every kind, in the order reminders of the same day are listed.
KINDS = (POLITICAL_BIRTHDAY, PROBATION_DUE, MEDAL_50, TERM_END, MEETING_DUE, EXCLUDED_ENDS, STUDY_HOURS, TALK_DUE)
KIND_NAMES = {
    POLITICAL_BIRTHDAY: "政治生日", PROBATION_DUE: "预备期满", MEDAL_50: "光荣在党50年", TERM_END: "换届",
    MEETING_DUE: "会议", EXCLUDED_ENDS: "应到人数", STUDY_HOURS: "学习学时", TALK_DUE: "谈心谈话",
}

#: What a branch records about a reminder; the first four are political-birthday activities.
ACTIONS = ("card", "oath", "talk", "celebrated", "done")
ACTION_NAMES = {
    "card": "送贺卡", "oath": "重温入党誓词", "talk": "谈话", "celebrated": "集体过政治生日", "done": "已办理",
}

PROBATION_LEAD_DAYS = 60
TERM_LEAD_MONTHS = 6
THEME_DAY_LEAD_DAYS = 7
STUDY_FROM_MONTH = 10
TALK_FROM_MONTH = 7


@dataclass
class Reminder:
    """One thing that is due. ``extra`` holds the kind's own keys (``years``, ``overdue``, ``type``...)."""

    kind: str
    date: date
    text: str  # a Chinese sentence for the secretary
    member: str | None = None
    member_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    ref: str | None = None  # kind:year:key, for mark_done; None when it goes away by itself
    actions: tuple[str, ...] = ()  # what mark_done accepts for it
    order: tuple = ()  # tie-break after date, kind and member (for meetings: the plan's order)

    def sort_key(self) -> tuple:
        return (self.date, KINDS.index(self.kind), self.member or "", self.order)

    def to_json(self) -> dict[str, Any]:
        """CLI.md "Reminders JSON": kind, date, member, text, the kind's keys, then member_id, ref, actions."""
        data: dict[str, Any] = {
            "kind": self.kind, "date": self.date.isoformat(), "member": self.member, "text": self.text,
        }
        data.update(self.extra)
        data.update(member_id=self.member_id, ref=self.ref, actions=list(self.actions))
        return data


@dataclass(frozen=True)
class ReminderAction:
    """A recorded action on a member's reminder of ``kind`` in ``year`` (table reminder_actions)."""

    member_id: str
    kind: str
    year: int
    action: str
    meeting_id: str | None = None


@dataclass(frozen=True)
class Dismissal:
    """A reminder marked as handled (table reminder_dismissals)."""

    kind: str
    key: str
    year: int


@dataclass(frozen=True)
class Confirmation:
    """A 转正 vote (kind ``confirmation``) on ``candidate_id`` at a 支部党员大会 held on ``date``."""

    candidate_id: str
    date: date


@dataclass
class Birthday:
    """A political birthday (政治生日) in a month, with what was already done for it that year."""

    member: Member
    date: date
    years: int
    actions: list[str] = field(default_factory=list)

    @property
    def round(self) -> bool:
        return self.years % 10 == 0


@dataclass
class ReminderSettings:
    """The settings reminders depend on (core/settings.py), as plain values."""

    rules: RuleSettings = field(default_factory=RuleSettings)
    term_start: date | None = None  # 本届支部委员会产生日期
    is_village: bool = True
    reminder_days: int = 30
    study_hours_member: int = 32
    study_hours_committee: int = 56


def make_ref(kind: str, year: int, key: str) -> str:
    return f"{kind}:{year}:{key}"


def parse_ref(ref: str) -> tuple[str, int, str]:
    """(kind, year, key) of a ``ref``; ValueError with a Chinese message if it is not one."""
    parts = (ref or "").strip().split(":", 2)
    if len(parts) != 3 or parts[0] not in KINDS or parts[0] == MEETING_DUE or not parts[1].isdigit() or not parts[2]:
        raise ValueError(f"提醒编号“{ref}”不对，请从 reminders --json 的 ref 中复制。")
    return parts[0], int(parts[1]), parts[2]


class _Handled:
    """Which reminders were already handled, from the recorded actions and dismissals."""

    def __init__(self, actions: Iterable[ReminderAction], dismissals: Iterable[Dismissal]):
        self.by_member = {(a.kind, a.year, a.member_id) for a in actions}
        self.dismissed = {(d.kind, d.year, d.key) for d in dismissals}

    def __call__(self, kind: str, year: int, key: str, member_id: str | None = None) -> bool:
        return (kind, year, key) in self.dismissed or (kind, year, member_id) in self.by_member


def _member_reminder(kind: str, day: date, text: str, member: Member, year: int, key: str | None = None,
                     actions: tuple[str, ...] = ("done",), **extra: Any) -> Reminder:
    return Reminder(kind, day, text, member.name, member.id, extra, make_ref(kind, year, key or member.id), actions)


def compute_reminders(
    members: Sequence[Member],
    meetings: Sequence[MeetingRef],
    confirmations: Iterable[Confirmation],
    actions: Iterable[ReminderAction],
    settings: ReminderSettings,
    on: date,
    days: int | None = None,
    *,
    groups: Sequence[tuple[str, str]] = (),
    talked: Collection[str] = (),
    study: Iterable[StudyHours] = (),
    dismissals: Iterable[Dismissal] = (),
    meetings_due: bool = True,
) -> list[Reminder]:
    """Everything due as of ``on`` within ``days`` (default: the setting), sorted by date, kind, member.

    ``meetings``: records that may serve a period of ``on``'s year (and of the
    next year when the next theme day falls there); ``groups``: the branch's
    党小组 as (id, name); ``talked``: ids of members with a talk in ``on``'s
    year; ``study``: this year's ``StudyHours`` (``core.study.tally_study_hours``);
    ``meetings_due`` False leaves the plan out (a township file).
    """
    days = settings.reminder_days if days is None else days
    if days < 0:
        raise ValueError("提前提醒的天数不能是负数。")
    handled = _Handled(actions, dismissals)
    active = [m for m in members if m.is_active(on)]
    found = political_birthdays(active, on, days, handled)
    found += probation_reminders(active, list(confirmations), on, days, handled)
    found += medal_reminders(active, on, handled)
    found += term_reminders(settings, on, days, handled)
    if meetings_due:
        found += meeting_reminders(settings.rules, meetings, groups, on)
    found += exclusion_reminders(active, on, days, handled)
    found += study_reminders(active, study, on, handled)
    found += talk_reminders(active, talked, on, handled)
    return sorted(found, key=Reminder.sort_key)


def political_birthdays(members: Iterable[Member], on: date, days: int, handled: _Handled) -> list[Reminder]:
    end = on + timedelta(days=days)
    found = []
    for m in members:
        if m.join_date is None:
            continue
        for year in range(on.year, end.year + 1):
            day = political_birthday_in_year(m, year)
            years = year - m.join_date.year
            if years < 1 or not on <= day <= end or handled(POLITICAL_BIRTHDAY, year, m.id, m.id):
                continue
            text = f"{m.name} {day.month}月{day.day}日 入党满 {years} 周年（政治生日）"
            found.append(_member_reminder(POLITICAL_BIRTHDAY, day, text, m, year, actions=ACTIONS,
                                          years=years, round=years % 10 == 0))
    return found


def probation_reminders(members: Iterable[Member], confirmations: Sequence[Confirmation], on: date, days: int,
                        handled: _Handled) -> list[Reminder]:
    found = []
    for m in members:
        due = probation_end(m)
        if m.category != Category.PROBATIONARY or due is None:
            continue
        if any(c.candidate_id == m.id and due <= c.date <= on for c in confirmations):
            continue  # the 支部大会 on 转正 was held
        overdue = on > due
        key = f"{m.id}@{due.isoformat()}"
        if (not overdue and on < due - timedelta(days=max(PROBATION_LEAD_DAYS, days))) or handled(
            PROBATION_DUE, due.year, key
        ):
            continue
        if overdue:
            text = f"{m.name} 预备期已于 {due.isoformat()} 期满，尚未召开支部党员大会讨论其转正，请尽快召开"
        else:
            text = f"{m.name} 预备期于 {due.isoformat()} 期满，请召开支部党员大会讨论其转正"
        found.append(_member_reminder(PROBATION_DUE, due, text, m, due.year, key, overdue=overdue))
    return found


def medal_reminders(members: Iterable[Member], on: date, handled: _Handled) -> list[Reminder]:
    cutoff = date(on.year, 7, 1)
    if on > cutoff:
        return []
    found = []
    for m in members:
        if not medal_50_eligible(m, on.year) or handled(MEDAL_50, on.year, m.id):
            continue
        last_year = party_seniority_years(m, date(on.year - 1, 7, 1))
        if last_year is not None and last_year >= 50:
            continue  # reached 50 years before last 七一: listed then
        text = (f"{m.name} 于 {m.full_date.isoformat()} 转正，到 {on.year}年7月1日 党龄满 50 年，"
                "可颁发“光荣在党50年”纪念章，请于七一前报镇党委")
        found.append(_member_reminder(MEDAL_50, cutoff, text, m, on.year))
    return found


def term_reminders(settings: ReminderSettings, on: date, days: int, handled: _Handled) -> list[Reminder]:
    if settings.term_start is None:
        return []
    end = term_end(settings.term_start, settings.is_village)
    first_day = min(add_months(end, -TERM_LEAD_MONTHS), end - timedelta(days=days))
    if on < first_day or handled(TERM_END, end.year, end.isoformat()):
        return []
    overdue = on > end
    if overdue:
        text = f"本届支部委员会任期已于 {end.isoformat()} 届满，请向镇党委报告并尽快组织换届选举"
    else:
        text = (f"本届支部委员会任期将于 {end.isoformat()} 届满（{'五' if settings.is_village else '三'}年一届），"
                "请提前做好换届准备")
    return [Reminder(TERM_END, end, text, extra={"overdue": overdue},
                     ref=make_ref(TERM_END, end.year, end.isoformat()), actions=("done",))]


def _subject(item: PlanItem) -> str:
    """``2026年第二季度支部党员大会`` / ``2026年6月第一党小组的党小组会``."""
    name = MEETING_TYPE_NAMES[item.type]
    return f"{period_label(item.period)}{item.group}的{name}" if item.group else f"{period_label(item.period)}{name}"


def _meeting_reminder(item: PlanItem, day: date, text: str, overdue: bool, order: tuple) -> Reminder:
    extra = {"type": item.type.value, "period": item.period, "overdue": overdue, "group": item.group}
    return Reminder(MEETING_DUE, day, text, extra=extra, order=order)


def meeting_reminders(rules: RuleSettings, meetings: Sequence[MeetingRef], groups: Sequence[tuple[str, str]],
                      on: date) -> list[Reminder]:
    lookahead = on + timedelta(days=THEME_DAY_LEAD_DAYS)
    planned_dates = {m.id: m.date for m in meetings}
    found = []
    for year in range(on.year, lookahead.year + 1):
        for index, item in enumerate(year_plan(year, rules, list(meetings), list(groups), on)):
            subject, due, order = _subject(item), item.due_date, (year, index)  # the plan's order
            started = period_bounds(item.period)[0] <= on
            if item.status == PlanStatus.MISSING:
                if year == on.year:
                    text = f"{subject}未按期召开（应于 {due.isoformat()} 前召开），请尽快补开并录入记录"
                    found.append(_meeting_reminder(item, due, text, True, order))
                continue
            if item.status != PlanStatus.UPCOMING:
                continue
            planned = min((planned_dates[i] for i in item.planned), default=None)
            if item.type == MeetingType.THEME_DAY and period_frequency(item.period) == Frequency.MONTHLY:
                theme_day = theme_day_date(year, int(item.period[5:]), rules)
                if theme_day >= on and (started or theme_day <= lookahead):
                    text = f"{subject}定于 {theme_day.isoformat()} 召开，请提前准备"
                    found.append(_meeting_reminder(item, theme_day, text, False, order))
                    continue
                if theme_day < on:
                    text = f"{subject}原定 {theme_day.isoformat()} 召开，尚未召开，请于 {due.isoformat()} 前召开"
                    if planned:
                        text = f"{subject}原定 {theme_day.isoformat()}，已安排在 {planned.isoformat()} 召开"
                    found.append(_meeting_reminder(item, due, text, False, order))
                continue
            if started:
                text = f"{subject}尚未召开，请于 {due.isoformat()} 前召开"
                if planned:
                    text = f"{subject}已安排在 {planned.isoformat()} 召开，会后请及时录入记录"
                found.append(_meeting_reminder(item, due, text, False, order))
    return found


def exclusion_reminders(members: Iterable[Member], on: date, days: int, handled: _Handled) -> list[Reminder]:
    end = on + timedelta(days=days)
    found = []
    for m in members:
        until = m.excluded_to
        if m.excluded_reason is None or until is None or not on <= until <= end:
            continue
        key = f"{m.id}@{until.isoformat()}"
        if handled(EXCLUDED_ENDS, until.year, key):
            continue
        reason = EXCLUSION_REASON_NAMES.get(m.excluded_reason, "")
        text = f"{m.name} 不计入应到人数（{reason}）的期限到 {until.isoformat()} 为止，请核实是否恢复计入应到"
        found.append(_member_reminder(EXCLUDED_ENDS, until, text, m, until.year, key))
    return found


def study_reminders(members: Iterable[Member], study: Iterable[StudyHours], on: date,
                    handled: _Handled) -> list[Reminder]:
    if on.month < STUDY_FROM_MONTH:
        return []
    active = {m.id for m in members}
    year_end = date(on.year, 12, 31)
    found = []
    for s in study:
        m = s.member
        if m.id not in active or s.met or m.is_excluded(on) or handled(STUDY_HOURS, on.year, m.id):
            continue
        text = f"{m.name} 今年已学习 {s.hours:g} 学时，距年度 {s.target} 学时还差 {s.short:g} 学时，请安排补学"
        found.append(_member_reminder(STUDY_HOURS, year_end, text, m, on.year, hours=s.hours, target=s.target))
    return found


def talk_reminders(members: Iterable[Member], talked: Collection[str], on: date, handled: _Handled) -> list[Reminder]:
    if on.month < TALK_FROM_MONTH:
        return []
    year_end = date(on.year, 12, 31)
    found = []
    for m in members:
        if m.id in talked or (m.join_date is not None and m.join_date > on) or handled(TALK_DUE, on.year, m.id):
            continue
        text = f"{m.name} 今年还没有谈心谈话记录，请在年底前安排谈话"
        found.append(_member_reminder(TALK_DUE, year_end, text, m, on.year))
    return found


def birthdays_in_month(members: Iterable[Member], year: int, month: int,
                       actions: Iterable[ReminderAction] = ()) -> list[Birthday]:
    """The political birthdays of ``month`` (for the cards and the 主题党日), by date then name.

    Members still in the branch on the day; ``actions``: what was recorded for ``year``.
    """
    done: dict[str, list[str]] = defaultdict(list)
    for a in actions:
        if a.kind == POLITICAL_BIRTHDAY and a.year == year and a.action not in done[a.member_id]:
            done[a.member_id].append(a.action)
    found = []
    for m in members:
        day = political_birthday_in_year(m, year)
        if day is None or day.month != month or year - m.join_date.year < 1 or not m.is_active(day):
            continue
        found.append(Birthday(m, day, year - m.join_date.year, sorted(done[m.id], key=ACTIONS.index)))
    return sorted(found, key=lambda b: (b.date, b.member.name))
