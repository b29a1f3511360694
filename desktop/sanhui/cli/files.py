"""init, demo, check, backup, restore."""
from __future__ import annotations

from sanhui.errors import SanhuiError


def register(sub) -> None:
    p = sub.add_parser("init", help="新建一个支部或乡镇的数据文件")
    p.add_argument("--role", required=True, choices=["branch", "township"])
    p.add_argument("--name", required=True)
    p.add_argument("--code", required=True)
    p.add_argument("--township-name", default="")
    p.add_argument("--township-code", default="")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="新建一个带演示数据的文件")
    p.add_argument("--branches", type=int, default=0, help="乡镇演示文件中的支部数（0：一个支部的文件）")
    p.add_argument("--years", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="检查数据文件")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="备份数据文件")
    p.add_argument("--out", help="备份文件或文件夹（默认：数据目录下的 backups）")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="从备份恢复（当前文件先另存一份）")
    p.add_argument("file")
    p.set_defaults(handler=cmd_restore)


def cmd_init(ctx) -> int:
    from sanhui.core.store.org import create_file

    db = create_file(ctx.db_path, ctx.args.role, ctx.args.name, ctx.args.code,
                     ctx.args.township_name, ctx.args.township_code)
    db.close()
    ctx.out(f"已新建数据文件：{ctx.db_path}")
    return 0


def cmd_demo(ctx) -> int:
    from sanhui.core.demo import create_demo

    db = create_demo(ctx.db_path, branches=ctx.args.branches, years=ctx.args.years, seed=ctx.args.seed)
    db.close()
    ctx.out(f"已新建演示数据文件：{ctx.db_path}")
    return 0


def cmd_check(ctx) -> int:
    from sanhui.core.check import check_db

    findings = check_db(ctx.db())
    if ctx.json:
        ctx.out_json([{"ok": f.ok, "what": f.what, "todo": f.todo} for f in findings])
    else:
        for f in findings:
            ctx.out(("✓ " if f.ok else "✗ ") + f.what + (f"。{f.todo}" if f.todo else ""))
    return 0 if all(f.ok for f in findings) else 1


def cmd_backup(ctx) -> int:
    from sanhui.core.backup import backup_to, default_backup_path

    out = backup_to(ctx.db(), ctx.args.out or default_backup_path())
    ctx.out(str(out))
    return 0


def cmd_restore(ctx) -> int:
    from sanhui.core.backup import inspect_backup, restore

    info = inspect_backup(ctx.args.file)
    if not ctx.db_path.exists():
        raise SanhuiError(f"找不到要恢复到的数据文件“{ctx.db_path}”。请用 --db 指定。")
    kept = restore(ctx.db_path, info.path)
    ctx.out(f"已从“{info.path.name}”恢复（{info.org_name}，党员 {info.members} 人，会议记录 {info.meetings} 条）。原文件另存为：{kept}")
    return 0
