"""The township's 各支部 table as an Excel workbook (one row per branch), for the GUI and the CLI alike.

The same words as on screen: completion per meeting type as ``已开/应开``,
rates as percentages, the warnings spelt out; the bottom-tenth candidates
for 软弱涣散 review shaded. Written atomically (a failed write leaves no
half file).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sanhui.core.exchange.township import BranchRow, branch_overview
from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
from sanhui.core.store.database import Database

#: Fixed columns before the per-type completion columns.
LEAD_HEADER = ["支部名称", "支部代码", "最近报送", "全年完成"]
#: Fixed columns after them.
TAIL_HEADER = ["出勤率", "提醒"]


def completion_types(rows: list[BranchRow]) -> list[MeetingType]:
    """The meeting types any branch has something required of (or coming), in the usual order."""
    present = {t for row in rows for t in row.types}
    return [t for t in MeetingType if t in present]


def fraction_text(held: int, required: int) -> str:
    """``3/4``; ``—`` when nothing is required yet."""
    return f"{held}/{required}" if required else "—"


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def flag_words(row: BranchRow) -> list[str]:
    """The warnings of a branch: 静默 30 天, 退回未改, 软弱涣散候选."""
    words = []
    if row.silent:
        words.append("静默 30 天")
    if row.returned_open:
        words.append(f"退回未改 {row.returned_open}")
    if row.weak_candidate:
        words.append("软弱涣散候选")
    return words


def overview_header(types: list[MeetingType]) -> list[str]:
    return LEAD_HEADER + [MEETING_TYPE_NAMES[t] for t in types] + TAIL_HEADER


def overview_values(row: BranchRow, types: list[MeetingType]) -> list[str]:
    """One row of the table as the words shown."""
    total = f"{fraction_text(row.held, row.required)}（{percent_text(row.completion)}）" if row.required else "—"
    per_type = []
    for meeting_type in types:
        entry = row.types.get(meeting_type)
        per_type.append(fraction_text(entry.held, entry.required) if entry else "—")
    return ([row.name, row.code, (row.last_report or "从未报送")[:10], total] + per_type
            + [percent_text(row.attendance_rate), "、".join(flag_words(row))])


def write_branches_xlsx(db: Database, path, today: date | None = None, year: int | None = None) -> Path:
    """各支部 for ``year`` as of ``today`` at ``path`` (.xlsx, atomically); returns the path. Raises WriteFailed."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from sanhui.core.documents._atomic import atomic_target
    from sanhui.core.store.org import home_org

    today = today or date.today()
    year = year or today.year
    rows = branch_overview(db, today=today, year=year)
    types = completion_types(rows)
    header = overview_header(types)
    book = Workbook()
    ws = book.active
    ws.title = f"{year}年各支部"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    shade = PatternFill("solid", fgColor="E8E8E8")
    weak = PatternFill("solid", fgColor="FFCDD2")
    ws.cell(1, 1, f"{home_org(db).name} {year}年度各支部“三会一课”情况").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.cell(2, 1, f"统计截至 {min(today, date(year, 12, 31)).isoformat()}；完成 = 已开/应开；"
                  "红底为完成率排在末尾十分之一的支部（软弱涣散候选）。")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    for column, text in enumerate(header, start=1):
        cell = ws.cell(3, column, text)
        cell.font, cell.fill, cell.border = Font(bold=True), shade, border
        cell.alignment = Alignment(horizontal="center")
    for offset, row in enumerate(rows, start=4):
        for column, value in enumerate(overview_values(row, types), start=1):
            cell = ws.cell(offset, column, value)
            cell.border = border
            if row.weak_candidate:
                cell.fill = weak
            if column > 2:
                cell.alignment = Alignment(horizontal="center")
    ws.freeze_panes = ws.cell(4, 2)
    widths = [28, 12, 12, 14] + [10] * len(types) + [8, 28]
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    with atomic_target(path) as tmp:
        book.save(tmp)
    return Path(path)
