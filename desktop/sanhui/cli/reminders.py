"""reminders [--on DATE] [--days N] [--json] | reminders done REF [--action A] [--note TEXT]."""
from __future__ import annotations

from datetime import date

from sanhui.core.reminders import ACTION_NAMES, ACTIONS, KIND_NAMES
from sanhui.errors import InvalidInput


def register(sub) -> None:
    p = sub.add_parser("reminders", help="近期要办的事：政治生日、转正、纪念章、换届、会议等")
    p.add_argument("--on", help="以哪一天为准，如 2026-06-20（默认今天）")
    p.add_argument("--days", type=int, help="提前多少天提醒（默认按设置，一般 30 天）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    rsub = p.add_subparsers(dest="reminders_command")
    q = rsub.add_parser("done", help="记下一条提醒已办理，以后不再提醒")
    q.add_argument("ref", help="提醒的编号：reminders --json 输出中的 ref")
    q.add_argument("--action", default="done", choices=ACTIONS,
                   help="政治生日的办理方式：" + "、".join(f"{a}（{ACTION_NAMES[a]}）" for a in ACTIONS))
    q.add_argument("--note", default="", help="备注")
    q.set_defaults(handler=cmd_done)


def _on(text: str | None) -> date:
    from sanhui.core.dates import parse_date

    if text is None:
        return date.today()
    try:
        return parse_date(text)
    except ValueError as exc:
        raise InvalidInput(f"参数 --on 的{exc}。") from None


def cmd_list(ctx) -> int:
    from sanhui.core.store.org import file_info
    from sanhui.core.store.reminders import list_reminders

    on = _on(ctx.args.on)
    if ctx.args.days is not None and ctx.args.days < 0:
        raise InvalidInput("参数 --days 不能是负数，请写 0 或更大的天数。")
    db = ctx.db()
    reminders = list_reminders(db, file_info(db).org_id, on, ctx.args.days)
    if ctx.json:
        ctx.out_json([r.to_json() for r in reminders])
        return 0
    for r in reminders:
        ctx.out(f"{r.date.isoformat()}  【{KIND_NAMES[r.kind]}】{r.text}")
    ctx.out(f"共 {len(reminders)} 条提醒" if reminders else "近期没有需要办理的事项。")
    return 0


def cmd_done(ctx) -> int:
    from sanhui.core.reminders import parse_ref
    from sanhui.core.store.org import file_info
    from sanhui.core.store.reminders import mark_done

    try:
        kind, year, key = parse_ref(ctx.args.ref)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    db = ctx.db()
    changes = mark_done(db, file_info(db).org_id, kind, key, year, ctx.args.action, ctx.args.note)
    ctx.out("已记下，不再提醒。" if changes else "这条提醒之前已经记下过，没有改动。")
    return 0
