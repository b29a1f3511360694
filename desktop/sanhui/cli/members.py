"""members import | list | export."""
from __future__ import annotations

from pathlib import Path

from sanhui.core.model import CATEGORY_NAMES


def register(sub) -> None:
    p = sub.add_parser("members", help="党员名册")
    msub = p.add_subparsers(dest="members_command", required=True)
    q = msub.add_parser("import", help="从 .xlsx 或 .csv 导入名册")
    q.add_argument("file")
    q.add_argument("--dry-run", action="store_true", help="只显示将要发生的变化，不写入")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_import)
    q = msub.add_parser("list", help="列出名册")
    q.add_argument("--json", action="store_true")
    q.add_argument("--all", action="store_true", help="包括已转出、去世等离开支部的党员")
    q.set_defaults(handler=cmd_list)
    q = msub.add_parser("export", help="导出名册为 .xlsx 或 .csv")
    q.add_argument("file")
    q.set_defaults(handler=cmd_export)


def cmd_import(ctx) -> int:
    from sanhui.core.store.org import file_info
    from sanhui.core.store.roster_import import ACTION_NAMES, REJECT, apply_import, plan_import

    db = ctx.db()
    branch_id = file_info(db).org_id
    plan = plan_import(db, branch_id, ctx.args.file)
    if not ctx.args.dry_run:
        apply_import(db, plan)
    if ctx.json:
        result = plan.to_json()
        result["dry_run"] = ctx.args.dry_run
        ctx.out_json(result)
    else:
        for row in plan.rows:
            line = f"第 {row.row_number} 行 {row.member.name or '（无姓名）'}：{ACTION_NAMES[row.action]}"
            if row.reason:
                line += f"（{row.reason}）"
            ctx.out(line)
        prefix = "预览（未写入）：" if ctx.args.dry_run else "已导入："
        ctx.out(prefix + plan.summary())
    return 1 if plan.rows and plan.count(REJECT) == len(plan.rows) else 0


def member_json(member, group_names: dict) -> dict:
    return {
        "id": member.id,
        "name": member.name,
        "gender": member.gender,
        "ethnicity": member.ethnicity,
        "birth_date": member.birth_date,
        "id_number": member.id_number,
        "education": member.education,
        "phone": member.phone,
        "join_date": member.join_date,
        "full_date": member.full_date,
        "category": member.category.value,
        "group": group_names.get(member.group_id),
        "position": member.position,
        "workplace": member.workplace,
        "note": member.note,
        "excluded_reason": member.excluded_reason.value if member.excluded_reason else None,
        "left_status": member.left_status.value if member.left_status else None,
        "left_date": member.left_date,
    }


def cmd_list(ctx) -> int:
    from sanhui.core.store.members import list_members
    from sanhui.core.store.org import file_info, list_groups

    db = ctx.db()
    branch_id = file_info(db).org_id
    groups = {g.id: g.name for g in list_groups(db, branch_id)}
    members = [m for m in list_members(db, branch_id) if ctx.args.all or m.left_status is None]
    if ctx.json:
        ctx.out_json([member_json(m, groups) for m in members])
        return 0
    for m in members:
        ctx.out(
            f"{m.name}\t{m.gender}\t{CATEGORY_NAMES[m.category]}\t入党 {m.join_date or ''}\t"
            f"{groups.get(m.group_id, '')}\t{m.position}"
        )
    ctx.out(f"共 {len(members)} 人")
    return 0


def cmd_export(ctx) -> int:
    from sanhui.core.roster import write_roster_csv, write_roster_xlsx
    from sanhui.core.store.members import list_members
    from sanhui.core.store.org import file_info, list_groups

    db = ctx.db()
    branch_id = file_info(db).org_id
    groups = {g.id: g.name for g in list_groups(db, branch_id)}
    members = list_members(db, branch_id, include_left=False)
    out = Path(ctx.args.file)
    if out.suffix.lower() == ".csv":
        write_roster_csv(out, members, groups)
    else:
        write_roster_xlsx(out, members, groups)
    ctx.out(f"已导出 {len(members)} 人：{out}")
    return 0
