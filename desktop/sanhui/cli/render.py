"""render minutes | signin | book | cards | stats: documents as PDF or Word (stats also .xlsx)."""
from __future__ import annotations

import argparse
import re
from datetime import date

FORMATS = ("pdf", "docx")


def _year_arg(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"年份“{text}”不对，请写成 2026 这样的四位数")
    return int(text)


def _month_arg(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})[-./年](\d{1,2})月?", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or not 1900 <= int(match.group(1)) <= 2100:
        raise argparse.ArgumentTypeError(f"月份“{text}”不对，请写成 2026-03 的形式")
    return int(match.group(1)), int(match.group(2))


def _date_arg(text: str) -> date:
    from sanhui.core.dates import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _output(parser, formats=FORMATS) -> None:
    parser.add_argument("--format", choices=formats, help="文件格式（默认：按 --out 的扩展名，否则 pdf）")
    parser.add_argument("--out", required=True, help="要写入的文件")


def register(sub) -> None:
    p = sub.add_parser("render", help="生成会议记录、签到表、年度记录本、政治生日贺卡、统计表")
    rsub = p.add_subparsers(dest="render_command", required=True)
    q = rsub.add_parser("minutes", help="一次会议的会议记录（编号可以只写前几位）")
    q.add_argument("id")
    _output(q)
    q.set_defaults(handler=cmd_minutes)
    q = rsub.add_parser("signin", help="一次会议的签到表")
    q.add_argument("id")
    _output(q)
    q.set_defaults(handler=cmd_signin)
    q = rsub.add_parser("book", help="全年的三会一课记录本（只收已定稿的记录）")
    q.add_argument("year", type=_year_arg)
    q.add_argument("--on", type=_date_arg, help="计划完成情况以这一天为准（默认：今天）")
    _output(q)
    q.set_defaults(handler=cmd_book)
    q = rsub.add_parser("cards", help="一个月的政治生日贺卡")
    q.add_argument("--month", type=_month_arg, required=True, help="例如 2026-03")
    _output(q)
    q.set_defaults(handler=cmd_cards)
    q = rsub.add_parser("stats", help="全年的统计表（PDF、Word 或 Excel）")
    q.add_argument("year", type=_year_arg)
    q.add_argument("--on", type=_date_arg, help="以这一天为“今天”（默认：今天）")
    _output(q, FORMATS + ("xlsx",))
    q.set_defaults(handler=cmd_stats)


def _branch(ctx) -> tuple:
    from sanhui.core.store.org import file_info

    db = ctx.db()
    return db, file_info(db).org_id


def _write(ctx, db, branch_id, doc, what: str) -> int:
    from sanhui.core.documents.output import format_of, write_document

    fmt = format_of(ctx.args.out, ctx.args.format)
    path = write_document(db, branch_id, doc, ctx.args.out, fmt)
    ctx.out(f"已生成{what}：{path}")
    return 0


def cmd_minutes(ctx) -> int:
    from sanhui.core.documents.records import minutes_document
    from sanhui.core.store.meetings import resolve_meeting_id

    db, branch_id = _branch(ctx)
    doc = minutes_document(db, resolve_meeting_id(db, branch_id, ctx.args.id))
    return _write(ctx, db, branch_id, doc, "会议记录" + ("（草稿）" if doc.draft else ""))


def cmd_signin(ctx) -> int:
    from sanhui.core.documents.records import signin_document
    from sanhui.core.store.meetings import resolve_meeting_id

    db, branch_id = _branch(ctx)
    doc = signin_document(db, resolve_meeting_id(db, branch_id, ctx.args.id))
    return _write(ctx, db, branch_id, doc, "签到表")


def cmd_book(ctx) -> int:
    from sanhui.core.documents.book import book_document

    db, branch_id = _branch(ctx)
    doc = book_document(db, branch_id, ctx.args.year, today=ctx.args.on)
    return _write(ctx, db, branch_id, doc, f"{ctx.args.year}年度记录本")


def cmd_cards(ctx) -> int:
    from sanhui.core.documents.cards import cards_document

    db, branch_id = _branch(ctx)
    year, month = ctx.args.month
    doc = cards_document(db, branch_id, year, month)
    return _write(ctx, db, branch_id, doc, f"{year}年{month}月的政治生日贺卡")


def cmd_stats(ctx) -> int:
    from sanhui.core.documents.output import format_of
    from sanhui.core.documents.stats_doc import stats_document, write_stats_xlsx

    db, branch_id = _branch(ctx)
    year = ctx.args.year
    if format_of(ctx.args.out, ctx.args.format, FORMATS + ("xlsx",)) == "xlsx":
        path = write_stats_xlsx(db, branch_id, year, ctx.args.out, today=ctx.args.on)
        ctx.out(f"已生成{year}年度统计表：{path}")
        return 0
    return _write(ctx, db, branch_id, stats_document(db, branch_id, year, today=ctx.args.on), f"{year}年度统计表")
