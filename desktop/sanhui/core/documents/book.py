"""The year book (年度三会一课记录本): what a branch binds and an inspector reads.

Cover (branch, year, keeper), contents with page numbers, the year's plan
and its completion table, every finalised record in date order (as the
会议记录 prints it), the attendance of each member over those records, and
the log of talks (谈心谈话).
"""
from __future__ import annotations

from datetime import date
from typing import Callable

from sanhui.core.model import MEETING_TYPE_NAMES, Attendance, MeetingStatus, MeetingType
from sanhui.core.plan import FREQUENCY_NAMES, PLAN_STATUS_NAMES, Frequency, PlanStatus, period_label
from sanhui.core.store.database import Database
from sanhui.core.store.meeting_stats import plan_for_year, rule_settings
from sanhui.core.store.meetings import get_meeting, list_meetings
from sanhui.core.store.settings import get_setting
from sanhui.core.store.talks import list_talks

from . import layout as L
from .records import RecordContext, cn_date, org_name, record_blocks, record_title
from .stats_doc import completion_sheet, percent, sheet_table

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
BLANK_KEEPER = "＿＿＿＿＿＿＿＿"


def _plan_intro(db: Database, branch_id: str, year: int) -> str:
    rules = rule_settings(db, branch_id)
    parts = []
    for meeting_type in MeetingType:
        frequency = rules.cadence(meeting_type).frequency
        if frequency == Frequency.NONE:
            continue
        text = f"{MEETING_TYPE_NAMES[meeting_type]}{FREQUENCY_NAMES[frequency]}"
        if meeting_type == MeetingType.THEME_DAY and frequency == Frequency.MONTHLY:
            text += f"（{rules.theme_day.label()}）"
        if meeting_type == MeetingType.GROUP_MEETING:
            text += "（每个党小组）"
        parts.append(text)
    return f"按照《中国共产党支部工作条例（试行）》和本支部的会议制度，{year}年应召开：" + "；".join(parts) + "。"


def plan_table(db: Database, branch_id: str, year: int, today: date,
               held_on: dict[str, date]) -> L.Table:
    """Every required meeting of the year: type (党小组), period, when due, when held, status."""
    rows = []
    for number, item in enumerate(plan_for_year(db, branch_id, year, today), start=1):
        name = MEETING_TYPE_NAMES[item.type] + (f"（{item.group}）" if item.group else "")
        held = "、".join(f"{held_on[m].month}月{held_on[m].day}日" for m in item.meetings if m in held_on)
        status = PLAN_STATUS_NAMES[item.status]
        if item.status == PlanStatus.HELD and item.late:
            status = "已补开"
        rows.append([str(number), name, period_label(item.period), cn_date(item.due_date), held, status])
    return L.Table(["序号", "会议类型", "期间", "应开截止", "召开日期", "完成情况"], rows,
                   col_widths=[0.7, 3.2, 2.2, 2.2, 1.8, 1.3],
                   align=["center", "left", "center", "center", "center", "center"])


def attendance_table(records) -> L.Table:
    """Per member, over the records in the book: expected, present, on leave, absent, rate."""
    people: dict[str, list] = {}
    for record in records:
        for row in record.attendance:
            entry = people.setdefault(row.member_id, [row.member_name, 0, 0, 0, 0])
            entry[1] += 1
            if row.status == Attendance.PRESENT:
                entry[2] += 1
            elif row.status == Attendance.LEAVE:
                entry[3] += 1
            else:
                entry[4] += 1
    rows = []
    for number, (name, expected, present, leave, absent) in enumerate(sorted(people.values()), start=1):
        rows.append([str(number), name, str(expected), str(present), str(leave), str(absent),
                     percent(present / expected if expected else None)])
    return L.Table(["序号", "姓名", "应到次数", "出席", "请假", "缺席", "出席率"], rows,
                   col_widths=[0.8, 1.6, 1.2, 1, 1, 1, 1.2], align=["center"] * 7)


def talks_blocks(db: Database, branch_id: str, year: int, names: dict[str, str]) -> list:
    rows = []
    for number, talk in enumerate(list_talks(db, branch_id, year), start=1):
        other = names.get(talk.other_id or "", "") or talk.other_name
        rows.append([str(number), cn_date(talk.date), names.get(talk.member_id or "", ""), other, talk.content])
    if not rows:
        return [L.Paragraph(f"{year}年没有登记谈心谈话。")]
    return [L.Table(["序号", "日期", "谈话人", "谈话对象", "主要内容"], rows,
                    col_widths=[0.7, 2.1, 1.3, 1.3, 5], align=["center", "center", "center", "center", "left"])]


def book_document(db: Database, branch_id: str, year: int, progress: ProgressFn | None = None,
                  cancel: CancelFn | None = None, today: date | None = None) -> L.Document:
    """The year book of ``year``: only finalised records, in date order.

    ``progress(done, total)`` is told after each record is loaded; ``cancel()``
    returning True stops with Cancelled. ``today`` dates the plan's status."""
    today = today or date.today()
    branch = org_name(db, branch_id)
    keeper = (get_setting(db, branch_id, "record_keeper") or "").strip() or BLANK_KEEPER
    summaries = [s for s in list_meetings(db, branch_id, year=year) if s.status == MeetingStatus.FINAL]
    ctx = RecordContext.load(db, branch_id)
    blocks: list = [
        L.Cover("三会一课记录本", [branch, f"{year}年度", f"记录本保管人：{keeper}"]),
        L.TableOfContents(),
        L.Heading(f"{year}年度会议计划及完成情况", 1),
        L.Paragraph(_plan_intro(db, branch_id, year)),
        plan_table(db, branch_id, year, today, {s.id: s.date for s in list_meetings(db, branch_id, year=year)}),
        L.Heading("完成情况统计", 2),
        sheet_table(completion_sheet(db, branch_id, year, today)),
        L.Paragraph(f"统计截至{cn_date(min(today, date(year, 12, 31)))}。", "small"),
    ]
    records = []
    total = len(summaries)
    for number, summary in enumerate(summaries):
        if cancel is not None and cancel():
            raise L.Cancelled()
        record = get_meeting(db, summary.id)
        records.append(record)
        title = f"{cn_date(record.date)} {record_title(record, ctx.groups)}"
        blocks.append(L.PageBreak())
        blocks += record_blocks(db, record, ctx, title=title, show_fingerprint=True)
        if progress is not None:
            progress(number + 1, total)
    names = {m.id: m.name for m in ctx.members.values()}
    blocks += [L.PageBreak(), L.Heading(f"{year}年度党员出席情况", 1),
               L.Paragraph(f"按本记录本所收的 {len(records)} 份已定稿会议记录统计。", "small"),
               attendance_table(records),
               L.PageBreak(), L.Heading(f"{year}年度谈心谈话记录", 1),
               *talks_blocks(db, branch_id, year, names)]
    return L.Document(f"{branch}{year}年度三会一课记录本", branch, blocks)
