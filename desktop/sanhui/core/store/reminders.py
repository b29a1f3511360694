"""Reminders from the data file: gathers the inputs of ``core.reminders`` and records what was done.

Reads members, settings, groups, meetings (``meeting_refs``), 转正 votes,
attendance and talks; writes only ``reminder_actions``, ``reminder_dismissals``
and, for ``confirm_full_membership``, the member (through ``update_member``).
"""
from __future__ import annotations

from datetime import date, timedelta

from sanhui.core.dates import parse_date
from sanhui.core.model import Category, Changes, LeftStatus, MeetingType, OrgKind
from sanhui.core.plan import MeetingRef, RuleSettings
from sanhui.core.reminders import (
    ACTION_NAMES,
    ACTIONS,
    KINDS,
    MEETING_DUE,
    POLITICAL_BIRTHDAY,
    THEME_DAY_LEAD_DAYS,
    Birthday,
    Confirmation,
    Dismissal,
    Reminder,
    ReminderAction,
    ReminderSettings,
    compute_reminders,
)
from sanhui.core.reminders import birthdays_in_month as _birthdays_in_month
from sanhui.core.rules import probation_end
from sanhui.core.store.database import Database
from sanhui.core.store.meetings import meeting_refs
from sanhui.core.store.members import get_member, list_members, update_member
from sanhui.core.store.org import list_groups
from sanhui.core.store.rows import insert_row
from sanhui.core.store.settings import get_setting
from sanhui.core.study import Attended, StudyHours, tally_study_hours
from sanhui.errors import InvalidInput


def reminder_settings(db: Database, branch_id: str) -> ReminderSettings:
    """The settings reminders depend on; a damaged setting is an ``InvalidInput`` saying where to fix it."""
    try:
        rules = RuleSettings.from_dict(get_setting(db, branch_id, "rules"))
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    term_text = str(get_setting(db, branch_id, "term_start") or "").strip()
    try:
        term_start = parse_date(term_text) if term_text else None
    except ValueError:
        raise InvalidInput(
            f"设置中的“本届支部委员会产生日期”（{term_text}）无法识别，请在“设置”中写成 2021-11-20 的形式。"
        ) from None
    return ReminderSettings(
        rules=rules,
        term_start=term_start,
        is_village=bool(get_setting(db, branch_id, "is_village")),
        reminder_days=int(get_setting(db, branch_id, "reminder_days")),
        study_hours_member=int(get_setting(db, branch_id, "study_hours_member")),
        study_hours_committee=int(get_setting(db, branch_id, "study_hours_committee")),
    )


def confirmations(db: Database, branch_id: str) -> list[Confirmation]:
    """Every 转正 vote (kind ``confirmation``) of a live 支部党员大会 of the branch."""
    rows = db.query(
        "SELECT v.candidate_id, m.date FROM votes v JOIN meetings m ON m.id = v.meeting_id "
        "WHERE v.branch_id = ? AND v.kind = 'confirmation' AND v.candidate_id IS NOT NULL "
        "AND v.deleted_at IS NULL AND m.deleted_at IS NULL AND m.type = 'general_meeting'",
        [branch_id],
    )
    return [Confirmation(r["candidate_id"], date.fromisoformat(r["date"])) for r in rows]


def recorded_actions(db: Database, branch_id: str, years: range | None = None) -> list[ReminderAction]:
    sql, params = "SELECT * FROM reminder_actions WHERE branch_id = ? AND deleted_at IS NULL", [branch_id]
    if years is not None:
        sql += " AND year BETWEEN ? AND ?"
        params += [years.start, years.stop - 1]
    return [
        ReminderAction(r["member_id"], r["kind"], r["year"], r["action"], r["meeting_id"])
        for r in db.query(sql + " ORDER BY seq", params)
    ]


def dismissals(db: Database, branch_id: str) -> list[Dismissal]:
    return [
        Dismissal(r["kind"], r["key"], r["year"])
        for r in db.query(
            "SELECT kind, key, year FROM reminder_dismissals WHERE branch_id = ? AND deleted_at IS NULL", [branch_id]
        )
    ]


def talked_members(db: Database, branch_id: str, year: int) -> set[str]:
    """Ids of members with a 谈心谈话 in ``year``, on either side of the talk."""
    talked = set()
    for r in db.query(
        "SELECT member_id, other_id FROM talks WHERE branch_id = ? AND deleted_at IS NULL AND date BETWEEN ? AND ?",
        [branch_id, f"{year:04d}-01-01", f"{year:04d}-12-31"],
    ):
        talked.update(x for x in (r["member_id"], r["other_id"]) if x)
    return talked


def attended(db: Database, branch_id: str, year: int) -> list[Attended]:
    """Members present (出席) at the year's live 党课 and 主题党日."""
    rows = db.query(
        "SELECT a.member_id, m.type, m.date, m.hours FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE m.branch_id = ? AND m.deleted_at IS NULL AND a.deleted_at IS NULL AND a.status = 'present' "
        "AND m.type IN ('party_lecture', 'theme_day') AND m.date BETWEEN ? AND ?",
        [branch_id, f"{year:04d}-01-01", f"{year:04d}-12-31"],
    )
    return [Attended(r["member_id"], MeetingType(r["type"]), date.fromisoformat(r["date"]), r["hours"]) for r in rows]


def study_hours(db: Database, branch_id: str, year: int, on: date | None = None) -> list[StudyHours]:
    """Each member's study hours (学时) in ``year`` (up to ``on``) against the target; see ``tally_study_hours``."""
    settings = reminder_settings(db, branch_id)
    return tally_study_hours(
        list_members(db, branch_id), attended(db, branch_id, year), year,
        settings.study_hours_member, settings.study_hours_committee, on,
    )


def _is_township(db: Database, branch_id: str) -> bool:
    rows = list(db.query("SELECT kind FROM orgs WHERE id = ?", [branch_id]))
    return bool(rows) and rows[0]["kind"] == OrgKind.TOWNSHIP.value


def list_reminders(
    db: Database, branch_id: str, on: date | None = None, days: int | None = None
) -> list[Reminder]:
    """What is due as of ``on`` (default today) within ``days`` (default: the ``reminder_days`` setting)."""
    on = on or date.today()
    settings = reminder_settings(db, branch_id)
    refs: dict[str, MeetingRef] = {}
    for year in range(on.year, (on + timedelta(days=THEME_DAY_LEAD_DAYS)).year + 1):
        refs.update((r.id, r) for r in meeting_refs(db, branch_id, year))
    return compute_reminders(
        list_members(db, branch_id),
        list(refs.values()),
        confirmations(db, branch_id),
        recorded_actions(db, branch_id),
        settings,
        on,
        days,
        groups=[(g.id, g.name) for g in list_groups(db, branch_id)],
        talked=talked_members(db, branch_id, on.year),
        study=study_hours(db, branch_id, on.year, on),
        dismissals=dismissals(db, branch_id),
        meetings_due=not _is_township(db, branch_id),
    )


def birthdays_in_month(db: Database, branch_id: str, year: int, month: int) -> list[Birthday]:
    """The political birthdays of a month, for the cards and the 主题党日, with what was done for each."""
    if not 1 <= int(month) <= 12:
        raise InvalidInput(f"月份“{month}”不对，应当是 1 到 12。")
    return _birthdays_in_month(
        list_members(db, branch_id), year, month, recorded_actions(db, branch_id, range(year, year + 1))
    )


def _check_member(db: Database, branch_id: str, member_id: str) -> str:
    rows = list(db.query("SELECT name, branch_id, deleted_at FROM members WHERE id = ?", [member_id or ""]))
    if not rows or rows[0]["branch_id"] != branch_id or rows[0]["deleted_at"]:
        raise InvalidInput("这名党员不在本支部的名册里。请刷新后重新选择。")
    return rows[0]["name"]


def _check_meeting(db: Database, branch_id: str, meeting_id: str | None) -> None:
    if meeting_id is None:
        return
    rows = list(db.query("SELECT branch_id, deleted_at FROM meetings WHERE id = ?", [meeting_id]))
    if not rows or rows[0]["branch_id"] != branch_id or rows[0]["deleted_at"]:
        raise InvalidInput("所选的会议记录不存在或已被删除。请重新选择会议。")


def _check_action(kind: str, year: int, action: str) -> None:
    if kind not in KINDS or kind == MEETING_DUE:
        raise InvalidInput(f"“{kind}”不是可以标记办理的提醒。会议提醒在录入会议记录后会自动消失。")
    if action not in ACTIONS:
        raise InvalidInput(f"办理方式“{action}”无法识别，应当是：{'、'.join(f'{a}（{ACTION_NAMES[a]}）' for a in ACTIONS)}。")
    if kind != POLITICAL_BIRTHDAY and action != "done":
        raise InvalidInput(f"{ACTION_NAMES[action]}只适用于政治生日，其他提醒请标记为 done（已办理）。")
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100:
        raise InvalidInput(f"年份“{year}”不对，请写四位数的年份，如 2026。")


def _insert_action(db: Database, branch_id: str, member_id: str, kind: str, year: int, action: str,
                   meeting_id: str | None, note: str) -> bool:
    """Insert one action unless the same one is already recorded (inside a transaction)."""
    exists = db.execute(
        "SELECT 1 FROM reminder_actions WHERE branch_id = ? AND member_id = ? AND kind = ? AND year = ? "
        "AND action = ? AND deleted_at IS NULL",
        [branch_id, member_id, kind, year, action],
    ).fetchone()
    if exists:
        return False
    insert_row(db, "reminder_actions", {
        "branch_id": branch_id, "member_id": member_id, "kind": kind, "year": year, "action": action,
        "meeting_id": meeting_id, "note": (note or "").strip(),
    })
    return True


def record_action(
    db: Database,
    branch_id: str,
    member_id: str,
    year: int,
    action: str,
    kind: str = POLITICAL_BIRTHDAY,
    meeting_id: str | None = None,
    note: str = "",
) -> Changes:
    """Record what was done for a member's reminder of ``kind`` in ``year`` (a card, the oath, a talk...).

    For a political birthday ``year`` is the year of the anniversary. The same
    action twice changes nothing.
    """
    _check_action(kind, year, action)
    name = _check_member(db, branch_id, member_id)
    _check_meeting(db, branch_id, meeting_id)
    with db.atomic():
        written = _insert_action(db, branch_id, member_id, kind, year, action, meeting_id, note)
    return Changes(members=written, details=[f"{name}：{ACTION_NAMES[action]}"] if written else [])


def celebrate_month(
    db: Database,
    branch_id: str,
    year: int,
    month: int,
    action: str = "celebrated",
    meeting_id: str | None = None,
) -> Changes:
    """Record ``action`` for everyone whose political birthday falls in the month (e.g. on the 主题党日).

    Members who already have that action for the year are left as they are;
    ``details`` names those newly recorded.
    """
    _check_action(POLITICAL_BIRTHDAY, year, action)
    _check_meeting(db, branch_id, meeting_id)
    details = []
    with db.atomic():
        for birthday in birthdays_in_month(db, branch_id, year, month):
            member = birthday.member
            if _insert_action(db, branch_id, member.id, POLITICAL_BIRTHDAY, year, action, meeting_id, ""):
                details.append(f"{member.name}：{ACTION_NAMES[action]}")
    return Changes(members=bool(details), details=details)


def mark_done(
    db: Database,
    branch_id: str,
    kind: str,
    key: str,
    year: int,
    action: str = "done",
    note: str = "",
) -> Changes:
    """Mark a reminder handled (the parts of its ``ref``), so it is not shown again.

    A political birthday's key is the member id and records ``action`` like
    ``record_action``; the other kinds take ``done`` only.
    """
    _check_action(kind, year, action)
    if kind == POLITICAL_BIRTHDAY:
        return record_action(db, branch_id, key, year, action, kind, note=note)
    with db.atomic():
        exists = db.execute(
            "SELECT 1 FROM reminder_dismissals WHERE branch_id = ? AND kind = ? AND key = ? AND year = ? "
            "AND deleted_at IS NULL",
            [branch_id, kind, key, year],
        ).fetchone()
        if exists:
            return Changes()
        insert_row(db, "reminder_dismissals",
                   {"branch_id": branch_id, "kind": kind, "key": key, "year": year, "note": (note or "").strip()})
    return Changes(members=True, details=[f"{kind} {key} {year}：已办理"])


def confirm_full_membership(
    db: Database, member_id: str, on: date, full_date: date | None = None
) -> Changes:
    """转正: the 支部党员大会 of ``on`` confirmed a probationary member; the member becomes full.

    The 转正日期 is the day probation ended (党龄 counts from then, 党章 Art. 7),
    not the meeting day, unless ``full_date`` says otherwise. Refused before
    probation ends or for a member who has left; a full member is left as is.
    """
    member = get_member(db, member_id)
    if member.category == Category.FULL and member.full_date is not None:
        return Changes()
    if not member.is_active(on):
        status = "已去世" if member.left_status == LeftStatus.DECEASED else "已离开本支部"
        raise InvalidInput(f"{member.name} {status}，不能办理转正。")
    due = probation_end(member)
    if due is None:
        raise InvalidInput(f"{member.name} 没有入党日期，无法计算预备期。请先在名册中补上入党日期。")
    if on < due:
        raise InvalidInput(
            f"{member.name} 的预备期到 {due.isoformat()} 才期满，支部党员大会讨论转正不能早于这一天。"
        )
    member.category = Category.FULL
    member.full_date = full_date or due
    return update_member(db, member, today=on, reason=f"转正：{on.isoformat()} 支部党员大会讨论通过")

