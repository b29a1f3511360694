"""会议记录 and 签到表 as layout Documents, from the stored record: the database in, a Document out.

A record prints every field of shared/DOMAIN.md "The record" that it has:
the form (time, place, host, recorder, the counts with names and reasons,
guests, topic, and the lecture's or theme day's own fields, a 补开 note),
the quorum statement, agenda, minutes, decisions, votes, 补学, the dated
corrections of a final record, photos, and the lines for the signatures.
A draft carries the 草稿 mark, a final record its fingerprint (校验码).
The year book (book.py) prints the same blocks for each record.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sanhui.core.model import (
    ATTENDANCE_NAMES,
    MEETING_TYPE_NAMES,
    VOTE_KIND_NAMES,
    Attendance,
    MeetingRecord,
    MeetingStatus,
    MeetingType,
    Member,
    VoteKind,
)
from sanhui.core.plan import period_label
from sanhui.core.rules import Counts
from sanhui.core.store.database import Database
from sanhui.core.store.finalize import DECIDING_TYPES, Correction, computed, corrections
from sanhui.core.store.meeting_rows import FIELD_LABELS
from sanhui.core.store.meetings import get_meeting
from sanhui.core.store.members import list_members
from sanhui.core.store.org import group_sort_key, list_groups
from sanhui.core.store.photos import photo_data
from sanhui.core.store.rows import get_row

from . import layout as L

WEEKDAYS = "一二三四五六日"
NUMERALS = "一二三四五六七八九十"
#: The title of a record per meeting type (a 党小组会 is titled by its group).
RECORD_TITLES = {
    MeetingType.GENERAL_MEETING: "支部党员大会会议记录",
    MeetingType.COMMITTEE: "支部委员会会议记录",
    MeetingType.GROUP_MEETING: "党小组会会议记录",
    MeetingType.PARTY_LECTURE: "党课记录",
    MeetingType.THEME_DAY: "主题党日活动记录",
    MeetingType.ORG_LIFE: "组织生活会会议记录",
    MeetingType.DEMOCRATIC_REVIEW: "民主评议党员会议记录",
    MeetingType.OTHER: "会议记录",
}
SIGNATURES = ["主持人（签字）", "记录人（签字）"]
NOBODY = "无"
LONG_CORRECTION = 120  # characters of an old or new value shown in the corrections table


def cn_date(day: date | str) -> str:
    """``2026年3月5日``."""
    day = date.fromisoformat(day[:10]) if isinstance(day, str) else day
    return f"{day.year}年{day.month}月{day.day}日"


def _clock(text: str) -> str:
    """``09:00`` → ``9:00``."""
    return text[1:] if len(text) == 5 and text.startswith("0") else text


def time_text(record: MeetingRecord) -> str:
    """``2026年3月5日（星期四）9:00—11:00``."""
    text = f"{cn_date(record.date)}（星期{WEEKDAYS[record.date.weekday()]}）"
    if record.start_time:
        text += " " + _clock(record.start_time)
        if record.end_time:
            text += "—" + _clock(record.end_time)
    return text


def numbered(lines: list[str]) -> str:
    """``1．…`` one per line."""
    return "\n".join(f"{i}．{line}" for i, line in enumerate(lines, start=1))


def org_name(db: Database, branch_id: str) -> str:
    return get_row(db, "orgs", branch_id)["name"]


@dataclass
class RecordContext:
    """What printing a record needs besides the record: the roster and the 党小组 of its branch."""

    members: dict[str, Member]
    groups: dict[str, str]  # id -> name

    @classmethod
    def load(cls, db: Database, branch_id: str) -> RecordContext:
        return cls({m.id: m for m in list_members(db, branch_id)},
                   {g.id: g.name for g in list_groups(db, branch_id)})


def record_title(record: MeetingRecord, groups: Mapping[str, str]) -> str:
    if record.type == MeetingType.GROUP_MEETING:
        group = groups.get(record.group_id or "", "")
        return f"{group}会议记录" if group.endswith("党小组") else f"{group}党小组会会议记录"
    return RECORD_TITLES[record.type]


def _type_text(record: MeetingRecord, groups: Mapping[str, str]) -> str:
    name = MEETING_TYPE_NAMES[record.type]
    group = groups.get(record.group_id or "")
    return f"{name}（{group}）" if group else name


def _names(rows, with_reason: bool) -> str:
    parts = [r.member_name + (f"（{r.reason.strip()}）" if with_reason and r.reason.strip() else "") for r in rows]
    return "、".join(parts) or NOBODY


def quorum_statement(record: MeetingRecord, counts: Counts) -> str | None:
    """The sentence saying whether enough members were present to decide (None where no quorum applies)."""
    if record.type == MeetingType.GENERAL_MEETING:
        whole, part, who = counts.expected_voting, counts.present_voting, "应到会有表决权的党员"
    elif record.type == MeetingType.COMMITTEE:
        whole, part, who = counts.expected, counts.present, "应到会支部委员"
    else:
        return None
    if whole == 0:
        return f"本次会议没有{who}，不能作出决定。"
    if 2 * part > whole:
        return f"{who} {whole} 人，实到 {part} 人，超过半数，会议有效。"
    return f"{who} {whole} 人，实到 {part} 人，没有超过半数，会议不能作出决定。"


def _field_rows(record: MeetingRecord, counts: Counts, ctx: RecordContext) -> list[tuple[str, str]]:
    rows_by_status: dict[Attendance | None, list] = {}
    for row in record.attendance:
        rows_by_status.setdefault(row.status, []).append(row)
    voting = record.type == MeetingType.GENERAL_MEETING
    expected = f"{counts.expected} 人" + (f"（有表决权 {counts.expected_voting} 人）" if voting else "")
    present = f"{counts.present} 人" + (f"（有表决权 {counts.present_voting} 人）" if voting else "")
    leave = rows_by_status.get(Attendance.LEAVE, [])
    absent = rows_by_status.get(Attendance.ABSENT, [])
    unmarked = rows_by_status.get(None, [])
    fields = [
        ("会议类型", _type_text(record, ctx.groups)),
        ("会议地点", record.place),
        ("会议时间", time_text(record)),
        ("主持人", record.host),
        ("记录人", record.recorder),
        ("应到人数", expected),
        ("实到人数", present),
        ("出席人员", _names(rows_by_status.get(Attendance.PRESENT, []), False)),
        ("请假人员", f"{len(leave)} 人：{_names(leave, True)}" if leave else NOBODY),
        ("缺席人员", f"{len(absent)} 人：{_names(absent, True)}" if absent else NOBODY),
    ]
    if unmarked:
        fields.append(("尚未登记", f"{len(unmarked)} 人：{_names(unmarked, False)}（未登记的按缺席计）"))
    guests = "、".join(g.name + (f"（{g.role}）" if g.role else "") for g in record.guests)
    fields.append(("列席人员", guests or NOBODY))
    fields.append(("会议议题", record.topic))
    if record.type == MeetingType.PARTY_LECTURE:
        fields += [("授课人", record.lecturer), ("学时", _hours(record.hours)), ("党课题目", record.title)]
    elif record.type == MeetingType.THEME_DAY:
        fields += [("活动主题", record.theme), ("活动形式", record.form)]
        if record.hours:
            fields.append(("学时", _hours(record.hours)))
    elif record.hours:
        fields.append(("学时", _hours(record.hours)))
    if record.for_period:
        fields.append(("补开说明", f"为{period_label(record.for_period)}补开"))
    return fields


def _hours(hours: float | None) -> str:
    if not hours:
        return ""
    return f"{int(hours) if float(hours).is_integer() else hours} 学时"


class _Sections:
    """Level-2 headings numbered 一、二、三 … as they come."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, text: str) -> L.Heading:
        self.count += 1
        return L.Heading(f"{NUMERALS[self.count - 1]}、{text}", 2)


def _vote_blocks(record: MeetingRecord, result: dict[str, Any], counts: Counts) -> list:
    rows = []
    for vote, done in zip(record.votes, result["votes"]):
        motion = vote.motion
        if vote.kind != VoteKind.MOTION and VOTE_KIND_NAMES[vote.kind] not in motion:
            motion = f"{motion}（{VOTE_KIND_NAMES[vote.kind]}）"
        rows.append([motion, str(vote.votes_for), str(vote.votes_against), str(vote.abstain), str(vote.written),
                     "通过" if done["passed"] else "未通过"])
    table = L.Table(["表决事项", "同意", "反对", "弃权", "书面意见", "结果"], rows,
                    col_widths=[5, 1, 1, 1, 1.4, 1.3], align=["left"] + ["center"] * 5)
    need = counts.expected_voting // 2 + 1
    note = (f"应到会有表决权的党员 {counts.expected_voting} 人；同意票超过其半数（至少 {need} 票）方为通过，"
            "书面意见计入票数。")
    if any(v.kind == VoteKind.ELECTION for v in record.votes):
        note += "选举须到会有表决权的党员超过应到人数的五分之四。"
    return [table, L.Paragraph(note, "small")]


def _makeup_table(record: MeetingRecord) -> L.Table | None:
    missed = [r for r in record.attendance if r.status in (Attendance.LEAVE, Attendance.ABSENT)]
    if not missed:
        return None
    rows = [[r.member_name, ATTENDANCE_NAMES[r.status], r.reason, cn_date(r.makeup_date) if r.makeup_date else "",
             r.makeup_method] for r in missed]
    return L.Table(["姓名", "情况", "请假或缺席原因", "补学日期", "补学方式"], rows,
                   col_widths=[1.4, 1, 2.4, 2, 3], align=["center", "center", "left", "center", "left"])


def _value_text(field: str, value: Any, ctx: RecordContext) -> str:
    if value is None or value == "":
        return "（空）"
    if field == "status":
        return ATTENDANCE_NAMES.get(Attendance(value), str(value)) if value in {a.value for a in Attendance} \
            else str(value)
    if field == "kind":
        return VOTE_KIND_NAMES.get(VoteKind(value), str(value)) if value in {k.value for k in VoteKind} \
            else str(value)
    if field == "candidate_id":
        member = ctx.members.get(value)
        return member.name if member else str(value)
    if field in ("agenda", "decisions") and isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            pass
    if isinstance(value, list):
        return "；".join(str(v) for v in value) or "（空）"
    if field == "date":
        return cn_date(str(value))
    if field == "for_period":
        return period_label(str(value))
    text = str(value)
    return text if len(text) <= LONG_CORRECTION else f"{text[:LONG_CORRECTION]}……（共 {len(text)} 字）"


REASON_LABEL = "请假或缺席原因"
_CHILD_NAMES = {"meetings": "", "attendance": "出席情况", "guests": "列席人员", "votes": "表决"}


def correction_rows(items: list[Correction], ctx: RecordContext) -> list[list[str]]:
    """One row per corrected value: date, what, old, new, reason."""
    rows = []
    for c in items:
        day, what = cn_date(c.at), _CHILD_NAMES.get(c.table, c.table)
        if c.action == "insert":
            new = "，".join(_value_text(f, c.new.get(f), ctx) for f in c.fields)
            rows.append([day, f"增加{what}", "（无）", new, c.reason])
        elif c.action == "delete" or c.fields == ["deleted_at"]:
            rows.append([day, f"删除{what}", c.subject or "", "（已删除）", c.reason])
        else:
            for field in c.fields:
                label = REASON_LABEL if (c.table, field) == ("attendance", "reason") else FIELD_LABELS.get(field, field)
                if c.subject:
                    label = f"{c.subject}的{label}"
                rows.append([day, label, _value_text(field, c.old.get(field), ctx),
                             _value_text(field, c.new.get(field), ctx), c.reason])
    return rows


def record_blocks(db: Database, record: MeetingRecord, ctx: RecordContext | None = None,
                  title: str | None = None, show_fingerprint: bool = False) -> list:
    """The blocks of one record, from its level-1 title to the signature lines.

    ``title`` replaces the record's own title (the year book adds the date);
    ``show_fingerprint`` prints the 校验码 under the signatures (the book's
    footer cannot carry one per record)."""
    ctx = ctx or RecordContext.load(db, record.branch_id)
    result = computed(db, record, ctx.members)
    counts = Counts(**result["counts"])
    section = _Sections()
    blocks: list = [L.Heading(title or record_title(record, ctx.groups), 1),
                    L.FieldTable(_field_rows(record, counts, ctx), columns=2)]
    quorum = quorum_statement(record, counts)
    if quorum:
        blocks.append(L.Paragraph(quorum, "body"))
    if record.agenda:
        blocks += [section("会议议程"), L.Paragraph(numbered(record.agenda), "body")]
    blocks += [section("会议内容"), L.Paragraph(record.content.strip() or "（未填写）", "body")]
    if record.decisions:
        blocks += [section("会议决议"), L.Paragraph(numbered(record.decisions), "body")]
    elif record.no_decision_reason.strip():
        blocks += [section("会议决议"), L.Paragraph(f"本次会议未作出决议。原因：{record.no_decision_reason.strip()}")]
    elif record.type in DECIDING_TYPES:
        blocks += [section("会议决议"), L.Paragraph("（未填写）")]
    if record.votes:
        blocks += [section("表决情况"), *_vote_blocks(record, result, counts)]
    makeup = _makeup_table(record)
    if makeup is not None:
        blocks += [section("补学情况"), makeup]
    if record.locked:
        rows = correction_rows(corrections(db, record.id), ctx)
        if rows:
            blocks += [section("更正记录"),
                       L.Table(["更正日期", "更正项目", "原内容", "更正为", "更正原因"], rows,
                               col_widths=[2.3, 2.1, 2.5, 2.5, 2.4])]
    # No section heading over the photos: the PDF writer cannot keep a heading with a photo on its page.
    for number, photo in enumerate(record.photos, start=1):
        caption = f"会议照片{number}" + (f"：{photo.caption}" if photo.caption else "")
        blocks.append(L.Photo(photo_data(db, photo.id), caption, max_height_mm=80))
    blocks.append(L.SignatureLines(SIGNATURES))
    if show_fingerprint and record.fingerprint:
        blocks.append(L.Paragraph(f"本记录校验码 {record.fingerprint}", "right"))
    return blocks


def minutes_document(db: Database, meeting_id: str) -> L.Document:
    """The 会议记录 of one meeting: a draft is marked 草稿, a final record carries its fingerprint."""
    record = get_meeting(db, meeting_id)
    ctx = RecordContext.load(db, record.branch_id)
    title = record_title(record, ctx.groups)
    draft = record.status == MeetingStatus.DRAFT
    return L.Document(f"{cn_date(record.date)} {title}", org_name(db, record.branch_id),
                      record_blocks(db, record, ctx), draft=draft,
                      fingerprint=None if draft else record.fingerprint)


# ---------------------------------------------------------------- the sign-in sheet (签到表)

#: Member rows on the first page (under the form) and on each later page of a sign-in sheet.
SIGNIN_FIRST_PAGE_ROWS = 15
SIGNIN_PAGE_ROWS = 20
SIGNIN_ROW_MM = 10.0
SIGNIN_BLANK_GUEST_ROWS = 3
_POSITION_RANK = ("书记", "副书记", "组织委员", "宣传委员", "纪检委员", "委员")


def signin_title(record: MeetingRecord, groups: Mapping[str, str]) -> str:
    title = record_title(record, groups)
    for tail in ("会议记录", "活动记录", "记录"):
        if title.endswith(tail):
            return title[: -len(tail)] + "签到表"
    return title + "签到表"


def _signin_rows(record: MeetingRecord, ctx: RecordContext) -> tuple[str, list[list[str]]]:
    """(the third column's header, one row per expected member: number, name, category, group or post, …)."""
    committee = record.type == MeetingType.COMMITTEE

    def order(row) -> tuple:
        member = ctx.members.get(row.member_id)
        if committee:
            position = member.position if member else ""
            rank = next((i for i, p in enumerate(_POSITION_RANK) if p in position), len(_POSITION_RANK))
            return (rank, row.member_name)
        group = ctx.groups.get(member.group_id or "", "") if member else ""
        return (group_sort_key(group) if group else (2, ""), row.member_name)

    rows = []
    for number, row in enumerate(sorted(record.attendance, key=order), start=1):
        member = ctx.members.get(row.member_id)
        category = "预备党员" if member and member.is_probationary(record.date) else "正式党员"
        third = (member.position if committee else ctx.groups.get(member.group_id or "", "")) if member else ""
        reason = row.reason if row.status == Attendance.LEAVE else ""
        rows.append([str(number), row.member_name, category, third, "", reason])
    return ("职务" if committee else "党小组"), rows


def signin_document(db: Database, meeting_id: str) -> L.Document:
    """The 签到表 printed before a meeting: every expected member with a blank signature column
    and a column for leave reasons (filled where a leave is already known), then the guests."""
    record = get_meeting(db, meeting_id)
    ctx = RecordContext.load(db, record.branch_id)
    branch = org_name(db, record.branch_id)
    third, rows = _signin_rows(record, ctx)
    when = f"{cn_date(record.date)}（星期{WEEKDAYS[record.date.weekday()]}）"
    if record.start_time:
        when += " " + _clock(record.start_time)
    topic_label = "活动主题" if record.type == MeetingType.THEME_DAY else "会议议题"
    form = [("党组织", branch), ("会议类型", _type_text(record, ctx.groups)),
            (topic_label, (record.theme or record.topic) if record.type == MeetingType.THEME_DAY else record.topic),
            ("会议时间", when), ("会议地点", record.place), ("应到人数", f"{len(rows)} 人")]
    blocks: list = [L.Heading(signin_title(record, ctx.groups), 1), L.FieldTable(form, columns=2)]
    header = ["序号", "姓名", "类别", third, "本人签名", "请假原因"]
    widths = [0.8, 1.5, 1.4, 1.7 if third == "党小组" else 1.5, 3.2, 2.2]
    align = ["center", "center", "center", "center", "left", "left"]
    chunks = [rows[:SIGNIN_FIRST_PAGE_ROWS]]
    chunks += [rows[i:i + SIGNIN_PAGE_ROWS] for i in range(SIGNIN_FIRST_PAGE_ROWS, len(rows), SIGNIN_PAGE_ROWS)]
    for index, chunk in enumerate(chunks):
        if index:
            blocks.append(L.PageBreak())
        blocks.append(L.Table(header, chunk, col_widths=widths, min_row_height_mm=SIGNIN_ROW_MM, align=align))
    guests = [[str(i), g.name, g.role, ""] for i, g in enumerate(record.guests, start=1)]
    guests += [[str(len(guests) + i), "", "", ""] for i in range(1, SIGNIN_BLANK_GUEST_ROWS + 1)]
    blocks += [L.Heading("列席人员", 3),
               L.Table(["序号", "姓名", "单位及职务", "本人签名"], guests, col_widths=[0.8, 1.5, 4.3, 4.2],
                       min_row_height_mm=SIGNIN_ROW_MM, align=["center", "center", "left", "left"]),
               L.Paragraph(f"应到 {len(rows)} 人，实到＿＿＿人，请假＿＿＿人，缺席＿＿＿人。", "plain"),
               L.SignatureLines(["记录人（签字）"], date_line=False, per_row=2)]
    return L.Document(f"{cn_date(record.date)} {signin_title(record, ctx.groups)}", branch, blocks)

