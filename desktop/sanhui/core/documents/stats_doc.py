"""统计表: completion per type and per period, attendance per type and per member, as PDF/Word and .xlsx.

The figures are those of ``store.meeting_stats`` (``year_stats``, ``plan_for_year``).
They are first put into plain ``Sheet`` values (raw numbers, rates as 0..1);
the document prints each sheet as a table, the workbook writes each as a
worksheet, so the two never disagree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
from sanhui.core.plan import FREQUENCY_NAMES, Frequency, PlanItem, PlanStatus, period_frequency
from sanhui.core.store.database import Database
from sanhui.core.store.meeting_stats import plan_for_year, rule_settings, year_stats

from . import layout as L
from ._atomic import atomic_target
from .records import cn_date, org_name

#: What a period's cell says: held, held late (补开), missed; a period still to come stays empty.
CELL_TEXT = {PlanStatus.HELD: "已开", PlanStatus.MISSING: "未开", PlanStatus.UPCOMING: ""}
LATE_TEXT = "补开"
QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")


@dataclass
class Sheet:
    """One table of figures: raw values (str, int, a rate as float 0..1, or None for 'not applicable')."""

    title: str
    header: list[str]
    rows: list[list[Any]]
    group_header: list[tuple[str, int]] | None = None
    col_widths: list[float] | None = None
    rate_columns: set[int] = field(default_factory=set)


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def cell_text(sheet: Sheet, column: int, value: Any) -> str:
    if column in sheet.rate_columns:
        return percent(value)
    return "" if value is None else str(value)


def sheet_table(sheet: Sheet) -> L.Table:
    rows = [[cell_text(sheet, c, v) for c, v in enumerate(row)] for row in sheet.rows]
    align = ["left"] + ["center"] * (len(sheet.header) - 1)
    return L.Table(list(sheet.header), rows, col_widths=sheet.col_widths, group_header=sheet.group_header,
                   align=align)


def completion_sheet(db: Database, branch_id: str, year: int, today: date) -> Sheet:
    """Per meeting type: what was required, held, missed, still to come, and the attendance."""
    stats = year_stats(db, branch_id, year, today)
    rules = rule_settings(db, branch_id)
    rows = []
    for t in stats.types:
        frequency = rules.cadence(t.type).frequency
        if frequency == Frequency.NONE and not t.meetings:
            continue
        rule = FREQUENCY_NAMES[frequency]
        if t.type == MeetingType.GROUP_MEETING and frequency != Frequency.NONE:
            rule = "每个党小组" + rule
        rows.append([MEETING_TYPE_NAMES[t.type], rule, t.required, t.held, t.missing, t.upcoming,
                     _rate(t.held, t.required), t.meetings, t.expected, t.present, t.rate])
    total = [sum(r[c] for r in rows) for c in (2, 3, 4, 5, 7, 8, 9)]
    rows.append(["合计", "", *total[:4], _rate(total[1], total[0]), *total[4:], _rate(total[6], total[5])])
    return Sheet("各类会议完成情况",
                 ["会议类型", "要求", "应开", "已开", "未开", "待开", "完成率", "召开次数", "应到人次", "实到人次",
                  "出席率"],
                 rows, col_widths=[2.9, 2.4, 0.9, 0.9, 0.9, 0.9, 1.5, 1.1, 1.2, 1.2, 1.5], rate_columns={6, 10})


def _row_name(item: PlanItem) -> str:
    return MEETING_TYPE_NAMES[item.type] + (f"（{item.group}）" if item.group else "")


def period_sheets(db: Database, branch_id: str, year: int, today: date) -> list[Sheet]:
    """Per type (and 党小组) and period: one sheet per frequency (months, quarters, the year)."""
    rows_by_frequency: dict[Frequency, dict[str, list[PlanItem]]] = {}
    for item in plan_for_year(db, branch_id, year, today):
        by_name = rows_by_frequency.setdefault(period_frequency(item.period), {})
        by_name.setdefault(_row_name(item), []).append(item)
    sheets = []
    layouts = [
        (Frequency.MONTHLY, "按月召开的会议", [f"{m}月" for m in range(1, 13)],
         [("会议类型", 1)] + [(q, 3) for q in QUARTERS] + [("合计", 3)]),
        (Frequency.QUARTERLY, "按季度召开的会议", list(QUARTERS), None),
        (Frequency.YEARLY, "每年召开的会议", [f"{year}年"], None),
    ]
    for frequency, title, periods, group_header in layouts:
        by_name = rows_by_frequency.get(frequency)
        if not by_name:
            continue
        rows = []
        for name, items in by_name.items():
            cells = [LATE_TEXT if i.status == PlanStatus.HELD and i.late else CELL_TEXT[i.status] for i in items]
            held = sum(1 for i in items if i.status == PlanStatus.HELD)
            required = sum(1 for i in items if i.status != PlanStatus.UPCOMING)
            rows.append([name, *cells, required, held, _rate(held, required)])
        first = 3.4 if frequency == Frequency.MONTHLY else 4
        widths = [first] + [1 if frequency == Frequency.MONTHLY else 1.6] * len(periods) + [1, 1, 1.3]
        sheets.append(Sheet(title, ["会议类型", *periods, "应开", "已开", "完成率"], rows, group_header,
                            widths, {len(periods) + 3}))
    return sheets


def member_sheet(db: Database, branch_id: str, year: int, today: date) -> Sheet:
    stats = year_stats(db, branch_id, year, today)
    rows = [[n, m.name, m.expected, m.present, m.leave, m.absent, m.rate]
            for n, m in enumerate(stats.members, start=1)]
    return Sheet("党员出席情况", ["序号", "姓名", "应到次数", "出席", "请假", "缺席", "出席率"], rows,
                 col_widths=[0.8, 1.6, 1.2, 1, 1, 1, 1.2], rate_columns={6})


def stats_sheets(db: Database, branch_id: str, year: int, today: date | None = None) -> list[Sheet]:
    """Every table of the 统计表, in print order."""
    today = today or date.today()
    return [completion_sheet(db, branch_id, year, today), *period_sheets(db, branch_id, year, today),
            member_sheet(db, branch_id, year, today)]


def _as_of(year: int, today: date) -> str:
    return f"统计截至{cn_date(min(today, date(year, 12, 31)))}；“已开”含补开，“待开”的期间尚未到期。"


def stats_document(db: Database, branch_id: str, year: int, today: date | None = None) -> L.Document:
    """The 统计表 of ``year`` as of ``today`` (landscape)."""
    today = today or date.today()
    branch = org_name(db, branch_id)
    title = f"{year}年度三会一课统计表"
    blocks: list = [L.Heading(title, 1), L.Paragraph(_as_of(year, today), "center")]
    for sheet in stats_sheets(db, branch_id, year, today):
        blocks += [L.Heading(sheet.title, 2), sheet_table(sheet)]
    return L.Document(title, branch, blocks, landscape=True, margins_mm=(28.0, 22.0, 22.0, 22.0))


def write_stats_xlsx(db: Database, branch_id: str, year: int, path, today: date | None = None) -> Path:
    """The 统计表 as an Excel workbook, one worksheet per table (atomically). Raises WriteFailed."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    today = today or date.today()
    branch = org_name(db, branch_id)
    book = Workbook()
    book.remove(book.active)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    shade = PatternFill("solid", fgColor="E8E8E8")
    bold = Font(bold=True)
    for sheet in stats_sheets(db, branch_id, year, today):
        ws = book.create_sheet(sheet.title[:31])
        width = len(sheet.header)
        ws.cell(1, 1, f"{branch} {year}年度 {sheet.title}").font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        ws.cell(2, 1, _as_of(year, today))
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
        row = 3
        if sheet.group_header:
            column = 1
            for text, span in sheet.group_header:
                ws.cell(row, column, text if span > 1 else "")
                if span > 1:
                    ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + span - 1)
                column += span
            for column in range(1, width + 1):
                cell = ws.cell(row, column)
                cell.font, cell.fill, cell.border = bold, shade, border
                cell.alignment = Alignment(horizontal="center")
            row += 1
        for column, text in enumerate(sheet.header, start=1):
            cell = ws.cell(row, column, text)
            cell.font, cell.fill, cell.border = bold, shade, border
            cell.alignment = Alignment(horizontal="center")
        ws.freeze_panes = ws.cell(row + 1, 2)
        for values in sheet.rows:
            row += 1
            for column, value in enumerate(values, start=1):
                cell = ws.cell(row, column, value)
                cell.border = border
                if column - 1 in sheet.rate_columns:
                    cell.number_format = "0.0%"
                if column > 1:
                    cell.alignment = Alignment(horizontal="center")
        ratios = sheet.col_widths or [1.0] * width
        for column, ratio in enumerate(ratios, start=1):
            ws.column_dimensions[get_column_letter(column)].width = max(6.0, ratio * 7)
    with atomic_target(path) as tmp:
        book.save(tmp)
    return Path(path)
