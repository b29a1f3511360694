"""meetings import | list | show | finalize | delete, plan, stats, talks."""
from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from sanhui.core.model import (
    ATTENDANCE_NAMES,
    MEETING_STATUS_NAMES,
    MEETING_TYPE_NAMES,
    VOTE_KIND_NAMES,
    Attendance,
    MeetingType,
    VoteKind,
)
from sanhui.errors import InvalidInput, SanhuiError


def _date_arg(text: str) -> date:
    from sanhui.core.dates import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _year_arg(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"年份“{text}”不对，请写成 2026 这样的四位数")
    return int(text)


def _on(parser) -> None:
    parser.add_argument("--on", type=_date_arg, help="以这一天为“今天”（默认：今天）")


def register(sub) -> None:
    types = [t.value for t in MeetingType]
    p = sub.add_parser("meetings", help="会议记录")
    msub = p.add_subparsers(dest="meetings_command", required=True)
    q = msub.add_parser("import", help="从 JSON 文件导入会议记录（全部导入或全部不导入）")
    q.add_argument("file")
    q.add_argument("--json", action="store_true")
    _on(q)
    q.set_defaults(handler=cmd_import)
    q = msub.add_parser("list", help="列出会议记录（按日期）")
    q.add_argument("--year", type=_year_arg)
    q.add_argument("--type", choices=types)
    q.add_argument("--search", help="在议题、内容、地点、主持人等中查找")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_list)
    q = msub.add_parser("show", help="显示一条会议记录（编号可以只写前几位）")
    q.add_argument("id")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_show)
    q = msub.add_parser("finalize", help="定稿（锁定）一条会议记录")
    q.add_argument("id")
    _on(q)
    q.set_defaults(handler=cmd_finalize)
    q = msub.add_parser("delete", help="删除一条草稿")
    q.add_argument("id")
    q.set_defaults(handler=cmd_delete)

    p = sub.add_parser("plan", help="全年应开会议及完成情况")
    p.add_argument("year", type=_year_arg)
    p.add_argument("--json", action="store_true")
    _on(p)
    p.set_defaults(handler=cmd_plan)

    p = sub.add_parser("stats", help="全年完成情况和出席率")
    p.add_argument("year", type=_year_arg)
    p.add_argument("--json", action="store_true")
    _on(p)
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("talks", help="谈心谈话记录")
    tsub = p.add_subparsers(dest="talks_command", required=True)
    q = tsub.add_parser("add", help="登记一次谈心谈话")
    q.add_argument("--date", type=_date_arg, required=True)
    q.add_argument("--member", required=True, help="谈话的党员（姓名）")
    who = q.add_mutually_exclusive_group(required=True)
    who.add_argument("--with", dest="other", help="谈话对象（本支部党员姓名）")
    who.add_argument("--with-name", dest="other_name", help="谈话对象（不是本支部党员，写姓名和身份）")
    q.add_argument("--content", required=True)
    q.set_defaults(handler=cmd_talks_add)
    q = tsub.add_parser("list", help="列出谈心谈话，及本年还没有谈过话的党员")
    q.add_argument("--year", type=_year_arg, default=None)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_talks_list)


def _branch(ctx) -> tuple:
    from sanhui.core.store.org import file_info

    db = ctx.db()
    return db, file_info(db).org_id


def _today(ctx) -> date:
    return getattr(ctx.args, "on", None) or date.today()


def _short(meeting_id: str) -> str:
    return meeting_id[:8]


def read_json_file(path: str | Path):
    path = Path(path)
    if not path.is_file():
        raise SanhuiError(f"找不到文件“{path}”。请检查文件名和位置。")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"文件“{path.name}”不是 UTF-8 编码的文本。请用 UTF-8 编码保存后重新导入。") from None
    except OSError as exc:
        raise SanhuiError(f"无法读取文件“{path}”：{exc.strerror}。请确认文件没有被其他程序占用。") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"文件“{path.name}”不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列附近有错）。请改正后重新导入。"
        ) from None
    except RecursionError:  # [[[[...]]]] nested thousands deep: not a list of records
        raise InvalidInput(f"文件“{path.name}”的层次嵌套太深，不是会议记录文件。请确认选对了文件。") from None


# ---------------------------------------------------------------- meetings


def cmd_import(ctx) -> int:
    from sanhui.core.store.meeting_json import import_records

    records = read_json_file(ctx.args.file)
    db, branch_id = _branch(ctx)
    result = import_records(db, branch_id, records, today=_today(ctx))
    if ctx.json:
        ctx.out_json(result.to_json())
        return 0
    for record in result.records:
        action = "新增" if record.action == "created" else "更新"
        final = "（已定稿）" if record.final else "（草稿）"
        ctx.out(f"第 {record.index} 条：{action} {record.label}{final} 编号 {_short(record.id)}")
    ctx.out(f"已导入会议记录：{result.summary()}。")
    return 0


def cmd_list(ctx) -> int:
    from sanhui.core.store.meetings import list_meetings

    db, branch_id = _branch(ctx)
    rows = list_meetings(db, branch_id, year=ctx.args.year, type=ctx.args.type, search=ctx.args.search)
    if ctx.json:
        ctx.out_json([
            {
                "id": r.id, "type": r.type.value, "date": r.date.isoformat(), "group": r.group, "topic": r.topic,
                "status": r.status.value, "for_period": r.for_period, "expected": r.expected, "present": r.present,
                "leave": r.leave, "absent": r.absent, "unmarked": r.unmarked, "photos": r.photos,
            }
            for r in rows
        ])
        return 0
    for r in rows:
        kind = MEETING_TYPE_NAMES[r.type] + (f"（{r.group}）" if r.group else "")
        late = f"（补开 {r.for_period}）" if r.for_period else ""
        ctx.out(
            f"{r.date.isoformat()}\t{kind}{late}\t{r.topic}\t应到 {r.expected} 实到 {r.present}\t"
            f"{MEETING_STATUS_NAMES[r.status]}\t{_short(r.id)}"
        )
    ctx.out(f"共 {len(rows)} 条")
    return 0


def cmd_show(ctx) -> int:
    from sanhui.core.store.meeting_json import record_to_json
    from sanhui.core.store.meetings import resolve_meeting_id

    db, branch_id = _branch(ctx)
    meeting_id = resolve_meeting_id(db, branch_id, ctx.args.id)
    data = record_to_json(db, meeting_id)
    if ctx.json:
        ctx.out_json(data)
        return 0
    from sanhui.core.store.finalize import corrections

    for line in _record_lines(data, corrections(db, meeting_id)):
        ctx.out(line)
    return 0


def _record_lines(data: dict, fixes: list) -> list[str]:
    meeting_type = MeetingType(data["type"])
    title = MEETING_TYPE_NAMES[meeting_type] + (f"（{data['group']}）" if data["group"] else "")
    when = data["date"] + (f" {data['start']}" if data["start"] else "") + (f"–{data['end']}" if data["end"] else "")
    status = {"draft": "草稿", "final": "已定稿", "returned": "已退回"}[data["status"]]
    if data["fingerprint"]:
        status += f"，校验码 {data['fingerprint']}"
    lines = [f"{title}　{when}　{status}　编号 {data['id']}"]
    if data["for_period"]:
        lines.append(f"补开：{data['for_period']}")
    for label, key in (("议题", "topic"), ("地点", "place"), ("主持人", "host"), ("记录人", "recorder")):
        lines.append(f"{label}：{data[key]}")
    if meeting_type == MeetingType.PARTY_LECTURE:
        lines.append(f"授课人：{data['lecturer']}　题目：{data['title']}　学时：{data['hours'] or ''}")
    if meeting_type == MeetingType.THEME_DAY:
        lines.append(f"主题：{data['theme']}　形式：{data['form']}")
    c = data["counts"]
    quorum = {True: "，到会人数符合要求", False: "，到会人数不足，不能作出决定", None: ""}[data["quorum_met"]]
    lines.append(
        f"应到 {c['expected']} 人，实到 {c['present']} 人，请假 {c['leave']} 人，缺席 {c['absent']} 人"
        f"（有表决权：应到 {c['expected_voting']} 人，实到 {c['present_voting']} 人）{quorum}"
    )
    for status_key in (Attendance.PRESENT, Attendance.LEAVE, Attendance.ABSENT, None):
        rows = [a for a in data["attendance"] if a["status"] == (status_key.value if status_key else None)]
        if rows:
            names = "、".join(a["member"] + (f"（{a['reason']}）" if a["reason"] else "") for a in rows)
            lines.append(f"{ATTENDANCE_NAMES[status_key] if status_key else '未登记'}：{names}")
    if data["guests"]:
        lines.append("列席：" + "、".join(g["name"] + (f"（{g['role']}）" if g["role"] else "") for g in data["guests"]))
    if data["agenda"]:
        lines.append("议程：" + "　".join(f"{i}. {a}" for i, a in enumerate(data["agenda"], start=1)))
    lines += ["会议内容：", data["content"] or "（未填写）"]
    if data["decisions"]:
        lines.append("决议：" + "　".join(f"{i}. {d}" for i, d in enumerate(data["decisions"], start=1)))
    elif data["no_decision_reason"]:
        lines.append(f"未作决议：{data['no_decision_reason']}")
    for vote in data["votes"]:
        kind = VOTE_KIND_NAMES[VoteKind(vote["kind"])]
        who = f"（{vote['candidate']}）" if vote["candidate"] else ""
        written = f"，含书面意见 {vote['written']} 份" if vote["written"] else ""
        lines.append(
            f"{kind}{who}：{vote['motion']}——赞成 {vote['for']}，反对 {vote['against']}，弃权 {vote['abstain']}"
            f"{written}，{'通过' if vote['passed'] else '未通过'}"
        )
    for fix in fixes:
        changes = "；".join(
            f"{label}：{fix.old.get(name, '')} → {fix.new.get(name, '')}" for name, label in zip(fix.fields, fix.field_labels)
        )
        subject = f"（{fix.subject}）" if fix.subject else ""
        lines.append(f"更正 {fix.at}{subject}：{changes}。原因：{fix.reason}")
    return lines


def cmd_finalize(ctx) -> int:
    from sanhui.core.store.finalize import finalize
    from sanhui.core.store.meetings import resolve_meeting_id

    db, branch_id = _branch(ctx)
    meeting_id = resolve_meeting_id(db, branch_id, ctx.args.id)
    changes = finalize(db, meeting_id, today=_today(ctx))
    ctx.out("已定稿，记录已锁定。" if changes else "这条记录早已定稿，没有改动。")
    return 0


def cmd_delete(ctx) -> int:
    from sanhui.core.store.meetings import delete_meeting, resolve_meeting_id

    db, branch_id = _branch(ctx)
    delete_meeting(db, resolve_meeting_id(db, branch_id, ctx.args.id))
    ctx.out("已删除这条草稿。")
    return 0


# ---------------------------------------------------------------- plan and stats


def cmd_plan(ctx) -> int:
    from sanhui.core.plan import FREQUENCY_NAMES, PLAN_STATUS_NAMES, PlanStatus, period_label
    from sanhui.core.store.meeting_stats import plan_for_year, rule_settings

    db, branch_id = _branch(ctx)
    today = _today(ctx)
    items = plan_for_year(db, branch_id, ctx.args.year, today)
    if ctx.json:
        ctx.out_json([item.to_json() for item in items])
        return 0
    settings = rule_settings(db, branch_id)
    ctx.out(f"{ctx.args.year} 年会议计划完成情况（截至 {today.isoformat()}）")
    blocks: dict[tuple, list] = {}
    for item in items:
        blocks.setdefault((item.type, item.group), []).append(item)
    for (meeting_type, group), block in blocks.items():
        counts = {s: sum(1 for i in block if i.status == s) for s in PlanStatus}
        name = MEETING_TYPE_NAMES[meeting_type] + (f"（{group}）" if group else "")
        frequency = FREQUENCY_NAMES[settings.cadence(meeting_type).frequency]
        ctx.out(
            f"{name}，{frequency}：" + "，".join(f"{PLAN_STATUS_NAMES[s]} {counts[s]}" for s in PlanStatus)
        )
        marks = []
        for item in block:
            label = period_label(item.period).removeprefix(f"{ctx.args.year}年") or "全年"
            marks.append(f"{label} {PLAN_STATUS_NAMES[item.status]}" + ("（补开）" if item.late else ""))
        ctx.out("    " + "　".join(marks))
    return 0


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def cmd_stats(ctx) -> int:
    from sanhui.core.store.meeting_stats import year_stats

    db, branch_id = _branch(ctx)
    stats = year_stats(db, branch_id, ctx.args.year, _today(ctx))
    if ctx.json:
        ctx.out_json(stats.to_json())
        return 0
    ctx.out(f"{stats.year} 年完成情况和出席率（截至 {stats.on.isoformat()}）")
    ctx.out("会议类型\t应开\t已开\t未开\t待开\t记录数\t出席率")
    for t in stats.types:
        ctx.out(
            f"{MEETING_TYPE_NAMES[t.type]}\t{t.required}\t{t.held}\t{t.missing}\t{t.upcoming}\t{t.meetings}\t"
            f"{_percent(t.rate)}（{t.present}/{t.expected}）"
        )
    ctx.out("")
    ctx.out("党员\t应到\t出席\t请假\t缺席\t出席率")
    for m in stats.members:
        ctx.out(f"{m.name}\t{m.expected}\t{m.present}\t{m.leave}\t{m.absent}\t{_percent(m.rate)}")
    return 0


# ---------------------------------------------------------------- talks


def _member_by_name(db, branch_id: str, name: str):
    from sanhui.core.store.members import list_members

    found = [m for m in list_members(db, branch_id) if m.name == name.strip()]
    if not found:
        raise InvalidInput(f"名册里没有名为“{name}”的党员。请检查姓名。")
    if len(found) > 1:
        raise InvalidInput(f"名册里有 {len(found)} 名党员都叫“{name}”，请先在名册中把他们的姓名区分开。")
    return found[0]


def cmd_talks_add(ctx) -> int:
    from sanhui.core.store.talks import add_talk

    db, branch_id = _branch(ctx)
    member = _member_by_name(db, branch_id, ctx.args.member)
    other_id = _member_by_name(db, branch_id, ctx.args.other).id if ctx.args.other else None
    add_talk(db, branch_id, ctx.args.date, member.id, ctx.args.content, other_id, ctx.args.other_name or "")
    ctx.out(f"已登记 {ctx.args.date.isoformat()} {member.name} 的谈心谈话。")
    return 0


def cmd_talks_list(ctx) -> int:
    from sanhui.core.store.members import list_members
    from sanhui.core.store.talks import list_talks, members_not_talked

    db, branch_id = _branch(ctx)
    year = ctx.args.year or date.today().year
    names = {m.id: m.name for m in list_members(db, branch_id)}
    talks = list_talks(db, branch_id, year)
    missing = members_not_talked(db, branch_id, year, on=min(date(year, 12, 31), date.today()))
    if ctx.json:
        ctx.out_json({
            "year": year,
            "talks": [
                {"id": t.id, "date": t.date.isoformat(), "member": names.get(t.member_id),
                 "other": names.get(t.other_id) if t.other_id else t.other_name, "content": t.content}
                for t in talks
            ],
            "not_talked": [m.name for m in missing],
        })
        return 0
    for t in talks:
        other = names.get(t.other_id, "") if t.other_id else t.other_name
        ctx.out(f"{t.date.isoformat()}\t{names.get(t.member_id, '')} 与 {other}\t{t.content}")
    ctx.out(f"{year} 年共 {len(talks)} 次谈心谈话。")
    if missing:
        ctx.out(f"还没有谈过话的党员 {len(missing)} 人：" + "、".join(m.name for m in missing))
    return 0
