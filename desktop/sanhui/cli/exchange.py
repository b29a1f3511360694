"""export | import | branches list | keys show/accept | return | theme | notice (数据交换)."""
from __future__ import annotations

import sys
from datetime import date

from sanhui.errors import InvalidInput

#: Refused rows printed per file (the JSON form has all of them).
SHOWN_REFUSALS = 20


def register(sub) -> None:
    p = sub.add_parser("export", help="把下一个数据包写到文件夹（U盘）")
    p.add_argument("--out", required=True, help="文件夹，例如U盘")
    p.add_argument("--full", action="store_true", help="支部：全部数据，而不只是上次回执以来的变化")
    p.add_argument("--to", action="append", metavar="CODE", help="乡镇：只给这个代码的支部（可多次）")
    p.add_argument("--thumbs", action="store_true", help="支部：照片只带缩略图")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="导入数据包（可以是多个文件或文件夹），每个数据包要么全部导入，要么不导入")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="只显示将要发生的变化，不写入")
    p.add_argument("--accept-new", action="store_true", help="接受第一次报送的支部（请先核对密钥指纹）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("branches", help="乡镇：各支部")
    bsub = p.add_subparsers(dest="branches_command", required=True)
    q = bsub.add_parser("list", help="每个支部一行：最近报送、完成情况、出勤率、提醒")
    q.add_argument("--year", type=int)
    q.add_argument("--on", help="以这一天为准（默认今天），例如 2026-11-23")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_branches_list)

    p = sub.add_parser("keys", help="本文件的密钥指纹；更换对方的密钥")
    ksub = p.add_subparsers(dest="keys_command", required=True)
    q = ksub.add_parser("show", help="显示本文件的密钥指纹和已登记的对方")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_keys_show)
    q = ksub.add_parser("accept", help="允许对方（换了电脑）改用新密钥：核对新指纹后执行")
    q.add_argument("code")
    q.add_argument("fingerprint")
    q.set_defaults(handler=cmd_keys_accept)

    p = sub.add_parser("return", help="乡镇：退回一条会议记录，请支部更正")
    p.add_argument("id", help="会议记录编号（可以只写前几位）")
    p.add_argument("--comment", required=True, help="退回意见")
    p.set_defaults(handler=cmd_return)

    p = sub.add_parser("theme", help="乡镇：下发某月的主题党日主题")
    p.add_argument("month", help="年-月，例如 2026-03")
    p.add_argument("text", help="主题")
    p.add_argument("--note", default="", help="说明")
    p.set_defaults(handler=cmd_theme)

    p = sub.add_parser("notice", help="乡镇：下发通知")
    p.add_argument("title")
    p.add_argument("--body", default="")
    p.add_argument("--to", dest="target", help="只发给这个代码的支部")
    p.set_defaults(handler=cmd_notice)


def cmd_export(ctx) -> int:
    from sanhui.core.exchange.export import export_packages

    results = export_packages(ctx.db(), ctx.args.out, full=ctx.args.full, to=ctx.args.to,
                              photos="thumbs" if ctx.args.thumbs else "full")
    if ctx.json:
        ctx.out_json([r.to_json() for r in results])
        return 0
    for result in results:
        ctx.out(str(result.path))
        if result.personal == "withheld":
            print("注意：还没有收到乡镇下发的数据包，不知道乡镇的密钥，这次没有带身份证号和手机号码；"
                  "导入乡镇的数据包后再导出，就会补上。", file=sys.stderr)
    return 0


def cmd_import(ctx) -> int:
    from sanhui.core.exchange.importer import STATUS_NAMES, import_files, package_files

    if not package_files(ctx.args.files):
        raise InvalidInput("在指定的文件夹里没有找到数据包（.sanhui 文件）。请确认U盘已插好、选择的文件夹正确。")
    batch = import_files(ctx.db(), ctx.args.files, dry_run=ctx.args.dry_run, accept_new=ctx.args.accept_new)
    if ctx.json:
        ctx.out_json(batch.to_json())
    else:
        for item in batch.files:
            head = f"[{STATUS_NAMES[item.status]}] {item.path.name}"
            if item.sender:
                head += f"：{item.sender['name']}（{item.sender['code']}）第 {item.sequence} 号"
            ctx.out(head)
            ctx.out(f"  {item.message}")
            if item.plan is not None and item.status != "duplicate":
                for refusal in item.plan.refusals[:SHOWN_REFUSALS]:
                    ctx.out(f"  拒收 {refusal.table} {refusal.row_id[:8]}：{refusal.reason}")
                if len(item.plan.refusals) > SHOWN_REFUSALS:
                    ctx.out(f"  ……另有 {len(item.plan.refusals) - SHOWN_REFUSALS} 条拒收（用 --json 查看全部）")
                for note in item.plan.notes:
                    ctx.out(f"  注意：{note}")
        ctx.out(batch.summary())
    if batch.refused:
        print(f"有 {batch.refused} 个数据包没有导入，原因见上面每个文件的说明；其余数据包不受影响。", file=sys.stderr)
        return 1
    return 0


def _parse_on(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"日期“{text}”的格式不对，应当写成 2026-11-23。") from None


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def cmd_branches_list(ctx) -> int:
    from sanhui.core.exchange.township import branch_overview

    rows = branch_overview(ctx.db(), today=_parse_on(ctx.args.on), year=ctx.args.year)
    if ctx.json:
        ctx.out_json([r.to_json() for r in rows])
        return 0
    for row in rows:
        flags = [word for flag, word in ((row.silent, "静默"), (row.returned_open, f"退回未改 {row.returned_open}"),
                                         (row.weak_candidate, "软弱涣散候选")) if flag]
        ctx.out(
            f"{row.code}\t{row.name}\t最近报送 {(row.last_report or '从未')[:10]}\t"
            f"完成 {row.held}/{row.required}（{_percent(row.completion)}）\t出勤 {_percent(row.attendance_rate)}"
            + (f"\t{'、'.join(flags)}" if flags else "")
        )
    ctx.out(f"共 {len(rows)} 个支部")
    return 0


def cmd_keys_show(ctx) -> int:
    from sanhui.core.exchange.keys import ensure_keys
    from sanhui.core.exchange.peers import list_peers
    from sanhui.core.store.org import file_info, home_org

    db = ctx.db()
    keys = ensure_keys(db)
    org = home_org(db)
    peers = list_peers(db)
    if ctx.json:
        ctx.out_json({"code": org.code, "name": org.name, "role": file_info(db).role.value,
                      "fingerprint": keys.shown, "fingerprint_full": keys.fingerprint,
                      "peers": [p.to_json() for p in peers]})
        return 0
    ctx.out(f"{org.name}（{org.code}）密钥指纹：{keys.shown}")
    for peer in peers:
        pending = f"（待启用新密钥 {peer.expected_fingerprint[:16]}）" if peer.expected_fingerprint else ""
        ctx.out(f"已登记：{peer.name}（{peer.code}）指纹 {peer.shown}{pending}")
    return 0


def cmd_keys_accept(ctx) -> int:
    from sanhui.core.exchange.keys import show_fingerprint
    from sanhui.core.exchange.peers import accept_new_key

    peer = accept_new_key(ctx.db(), ctx.args.code, ctx.args.fingerprint)
    ctx.out(f"已允许“{peer.name}”（{peer.code}）改用指纹为 {show_fingerprint(peer.expected_fingerprint)} 的新密钥；"
            "导入它用新密钥签名的数据包时生效。")
    return 0


def cmd_return(ctx) -> int:
    from sanhui.core.exchange.directives import resolve_any_meeting, return_record
    from sanhui.core.store.meeting_rows import meeting_label
    from sanhui.core.store.rows import get_row

    db = ctx.db()
    meeting_id = resolve_any_meeting(db, ctx.args.id)
    return_record(db, meeting_id, ctx.args.comment)
    ctx.out(f"已退回会议记录（{meeting_label(get_row(db, 'meetings', meeting_id))}），下次给该支部导出数据包时带上。")
    return 0


def cmd_theme(ctx) -> int:
    from sanhui.core.exchange.directives import parse_month, set_theme

    set_theme(ctx.db(), ctx.args.month, ctx.args.text, ctx.args.note)
    ctx.out(f"已设置 {parse_month(ctx.args.month)} 的主题党日主题：{ctx.args.text.strip()}")
    return 0


def cmd_notice(ctx) -> int:
    from sanhui.core.exchange.directives import add_notice

    add_notice(ctx.db(), ctx.args.title, ctx.args.body, ctx.args.target)
    ctx.out(f"已添加通知：{ctx.args.title.strip()}")
    return 0
