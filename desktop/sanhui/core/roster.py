"""Roster files (党员名册): read .xlsx/.csv into members with their problems, write them back.

No database here: ``read_roster`` turns a file into ``RosterRow`` values that
the import (CLI or GUI) then matches against the store; ``write_roster_xlsx``
and ``write_roster_csv`` write members in the columns of shared/CLI.md.
Everything that can go wrong with a file the user picked is an
``InvalidInput`` with a Chinese sentence, never a traceback.
"""
from __future__ import annotations

import csv
import errno
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sanhui.core import idcard
from sanhui.core.dates import add_years, parse_date
from sanhui.core.model import CATEGORY_NAMES, Category, Member, Problem, enum_by_name
from sanhui.core.validation import MAX_GROUP_NAME_LENGTH, normalize_phone, validate_member
from sanhui.errors import InvalidInput, WriteFailed

#: The roster columns of shared/CLI.md, in their order.
ROSTER_COLUMNS = (
    "姓名", "性别", "民族", "出生日期", "身份证号", "学历", "手机号码", "入党日期",
    "转正日期", "人员类别", "党小组", "职务", "工作单位及职务", "备注",
)
REQUIRED_COLUMNS = ("姓名", "入党日期")
GROUP_COLUMN = "党小组"

#: Column -> Member attribute. 党小组 is read into RosterRow.group_name; the store resolves it to group_id.
COLUMN_FIELDS = {
    "姓名": "name", "性别": "gender", "民族": "ethnicity", "出生日期": "birth_date",
    "身份证号": "id_number", "学历": "education", "手机号码": "phone", "入党日期": "join_date",
    "转正日期": "full_date", "人员类别": "category", "党小组": "group_id", "职务": "position",
    "工作单位及职务": "workplace", "备注": "note",
}
DATE_COLUMNS = ("出生日期", "入党日期", "转正日期")
TEXT_COLUMNS = ("民族", "学历", "职务", "工作单位及职务", "备注")

#: Other headers seen on real rosters -> our column.
HEADER_ALIASES = {
    "党员姓名": "姓名",
    "身份证号码": "身份证号", "公民身份号码": "身份证号", "公民身份证号码": "身份证号", "身份证": "身份证号",
    "联系电话": "手机号码", "手机号": "手机号码", "电话": "手机号码", "手机": "手机号码",
    "电话号码": "手机号码", "联系方式": "手机号码",
    "加入党组织日期": "入党日期", "入党时间": "入党日期",
    "转为正式党员日期": "转正日期", "转正时间": "转正日期",
    "党员类别": "人员类别", "类别": "人员类别",
    "所在党小组": "党小组",
    "党内职务": "职务",
    "文化程度": "学历",
    "工作单位": "工作单位及职务",
}

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # an .xlsx is a zip: bound what it unpacks to
MAX_DATA_ROWS = 5000
HEADER_SEARCH_ROWS = 10
MAX_COLUMNS = 60
MAX_EMPTY_RUN = 2000  # this many empty rows in a row end the data (formatting left far below it)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and every password-protected Excel file
_ZIP_MAGIC = b"PK\x03\x04"
_HEADER_HINT = re.compile(r"\([^)]*\)")  # 入党日期(yyyy-mm-dd), 姓名(必填)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # no place in a roster, nor in a worksheet
_FLOAT_TEXT = re.compile(r"(\d+)\.0+", re.ASCII)
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?[eE]\+?\d+", re.ASCII)
_LOST_DIGITS = (
    "{column}在表格中被存成了数字，后几位已经丢失。请把这一列设为“文本”格式，重新填写{column}后再导入"
)
_COLUMN_WIDTHS = {
    "姓名": 10, "性别": 6, "民族": 8, "出生日期": 12, "身份证号": 21, "学历": 8, "手机号码": 15,
    "入党日期": 12, "转正日期": 12, "人员类别": 10, "党小组": 12, "职务": 10, "工作单位及职务": 24, "备注": 20,
}


@dataclass
class RosterRow:
    """One data row of a roster file, parsed and checked."""

    row_number: int  # the row number the spreadsheet shows
    member: Member
    group_name: str = ""  # 党小组 as written
    problems: list[Problem] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)  # column -> the cell as text


@dataclass
class RosterFile:
    rows: list[RosterRow]
    columns_found: list[str]  # our column names, in the file's order
    ignored_columns: list[str]  # headers we do not use, as written (spaces removed)


# ---------------------------------------------------------------- reading


def read_roster(path: str | Path, today: date | None = None) -> RosterFile:
    """The roster in the .xlsx or .csv file at ``path``; raises ``InvalidInput`` when it cannot be read."""
    path = Path(path)
    today = today or date.today()
    with closing(_read_table(path)) as table:  # closing releases the .xlsx even when we stop early
        header_number, header = _find_header(table, path)
        columns, found, ignored = _map_columns(header)
        missing = [c for c in REQUIRED_COLUMNS if c not in found]
        if missing:
            names = "、".join(f"“{c}”" for c in missing)
            raise InvalidInput(f"名册第{header_number}行的表头缺少{names}列，请在表头加上这一列并填写后再导入")
        rows = []
        for row_number, cells in _data_rows(table):
            values = {column: cells[index] if index < len(cells) else None for index, column in columns.items()}
            if any(_cell_text(value) for value in values.values()):  # not just a pre-numbered 序号
                rows.append(_make_row(row_number, values, today))
    if not rows:
        raise InvalidInput("名册只有表头，没有党员数据，请填写后再导入")
    _mark_duplicates(rows)
    return RosterFile(rows=rows, columns_found=found, ignored_columns=ignored)


def _read_table(path: Path) -> Iterator[tuple[int, tuple]]:
    """(row number, cell values) of the first sheet, after the checks every file gets."""
    name = path.name
    if path.is_dir():
        raise InvalidInput(f"“{name}”是一个文件夹，请选择名册文件")
    if not path.is_file():
        raise InvalidInput(f"找不到文件“{name}”，请重新选择名册文件")
    size = path.stat().st_size
    if size == 0:
        raise InvalidInput(f"文件“{name}”是空的，请确认选对了名册文件")
    if size > MAX_FILE_BYTES:
        raise InvalidInput(f"文件“{name}”有{size / 1024 / 1024:.0f} MB，名册不应超过20 MB，请确认选对了文件")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise InvalidInput(f"无法打开文件“{name}”，请确认文件没有被其他程序占用", detail=str(error)) from error
    if head.startswith(_ZIP_MAGIC):
        return _xlsx_rows(path)
    if head.startswith(_OLE_MAGIC):
        raise InvalidInput(
            f"无法读取“{name}”：它是旧版 .xls 文件，或是设了密码的 Excel 文件。"
            "请在 Excel 中打开，去掉密码后“另存为”Excel 工作簿（.xlsx）再导入"
        )
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return _csv_rows(path)
    if suffix in (".xlsx", ".xlsm"):
        raise InvalidInput(f"“{name}”不是有效的 Excel 工作簿，文件可能已损坏，请在 Excel 中打开并重新保存后再导入")
    if suffix == ".xls":
        raise InvalidInput(f"“{name}”不是能读取的 Excel 文件，请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再导入")
    raise InvalidInput(f"“{name}”不是 Excel 工作簿（.xlsx）或 CSV 文件，请选择这两种格式的名册文件")


def _corrupt(name: str, error: Exception) -> InvalidInput:
    return InvalidInput(
        f"无法读取“{name}”：它不是有效的 Excel 工作簿，或文件已损坏。请在 Excel 中打开并重新保存为 .xlsx 后再导入",
        detail=f"{type(error).__name__}: {error}",
    )


def _xlsx_rows(path: Path) -> Iterator[tuple[int, tuple]]:
    import openpyxl  # only needed here; keeps importing this module light

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as error:  # zipfile raises many kinds on a damaged file (BadZipFile, an unsupported compression method…)
        raise _corrupt(path.name, error) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise InvalidInput(f"“{path.name}”解压后超过200 MB，不像是党员名册，请确认选对了文件")
    return _xlsx_sheet_rows(path, openpyxl)


def _xlsx_sheet_rows(path: Path, openpyxl) -> Iterator[tuple[int, tuple]]:
    # A file object, not the path: openpyxl refuses a workbook whose name does not end in .xlsx.
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds on a damaged file
            raise _corrupt(path.name, error) from error
        try:
            if not workbook.worksheets:
                raise InvalidInput(f"“{path.name}”中没有工作表，请确认选对了名册文件")
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some programs write a wrong size; read what is there
            rows = sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True)
            yield from enumerate(rows, start=1)
        except InvalidInput:
            raise
        except Exception as error:
            raise _corrupt(path.name, error) from error
        finally:
            workbook.close()


def _csv_rows(path: Path) -> Iterator[tuple[int, tuple]]:
    text = _decode(path)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((",", "\t", ";"), key=first_line.count)
    number = 0
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            yield number, tuple(row[:MAX_COLUMNS])
    except csv.Error as error:
        raise InvalidInput(
            f"无法读取 CSV 文件“{path.name}”：第{number + 1}行的格式不对，请在 Excel 中打开并重新保存后再导入",
            detail=str(error),
        ) from error


def _decode(path: Path) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 (Excel "Unicode text") or GBK/GB18030."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise InvalidInput(f"“{path.name}”不是可以读取的 CSV 文本文件，请在 Excel 中“另存为”CSV 或 .xlsx 后再导入")


def normalize_header(value: object) -> str:
    """A header cell as compared: no spaces or line breaks, no hint in brackets, no ``*`` marks."""
    text = unicodedata.normalize("NFKC", _cell_text(value))
    text = "".join(text.split())
    text = _HEADER_HINT.sub("", text)
    return text.strip("*:")


def column_for_header(value: object) -> str | None:
    """Our column name for a header cell (its own name or a known alias), else None."""
    header = normalize_header(value)
    if header in COLUMN_FIELDS:
        return header
    return HEADER_ALIASES.get(header)


def _find_header(table: Iterator[tuple[int, tuple]], path: Path) -> tuple[int, tuple]:
    for row_number, cells in table:
        if any(column_for_header(cell) == "姓名" for cell in cells):
            return row_number, cells
        if row_number >= HEADER_SEARCH_ROWS:
            break
    raise InvalidInput(
        f"在“{path.name}”的前{HEADER_SEARCH_ROWS}行中找不到“姓名”列。"
        "请确认第一个工作表是党员名册，且表头有一格写着“姓名”"
    )


def _map_columns(header: tuple) -> tuple[dict[int, str], list[str], list[str]]:
    """Column index -> our column; our columns found in file order; the headers ignored."""
    columns: dict[int, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header):
        column = column_for_header(cell)
        if column is not None and column not in columns.values():
            columns[index] = column
        elif normalize_header(cell):
            ignored.append(normalize_header(cell))  # unknown, or a second column for the same thing
    return columns, list(columns.values()), ignored


def _data_rows(table: Iterable[tuple[int, tuple]]) -> Iterator[tuple[int, tuple]]:
    """Rows with anything in them, bounded in number; a long run of empty rows ends the data."""
    count = empty_run = 0
    for row_number, cells in table:
        if all(_cell_text(cell) == "" for cell in cells):
            empty_run += 1
            if empty_run >= MAX_EMPTY_RUN:
                return
            continue
        empty_run = 0
        count += 1
        if count > MAX_DATA_ROWS:
            raise InvalidInput(f"名册超过{MAX_DATA_ROWS}行数据，一次最多导入{MAX_DATA_ROWS}人，请确认选对了文件或分批导入")
        yield row_number, cells


def _cell_text(value: object) -> str:
    """A cell as text: numbers Excel stored as floats back to digits (13800138000.0 -> 13800138000)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _CONTROL.sub("", str(value)).strip()


def _make_row(row_number: int, cells: dict[str, object], today: date) -> RosterRow:
    raw = {column: _cell_text(value) for column, value in cells.items()}
    problems: list[Problem] = []
    id_text, id_was_number = _number_cell_text(cells.get("身份证号"))
    phone_text, _ = _number_cell_text(cells.get("手机号码"))
    member = Member(
        name=_clean_name(raw.get("姓名", "")),
        gender={"男性": "男", "女性": "女"}.get(raw.get("性别", ""), raw.get("性别", "")),
        id_number=idcard.normalize(id_text),
        phone=normalize_phone(phone_text),
        **{COLUMN_FIELDS[column]: raw.get(column, "") for column in TEXT_COLUMNS},
    )
    for column in DATE_COLUMNS:
        setattr(member, COLUMN_FIELDS[column], _parse_date_cell(column, cells.get(column), problems))
    if id_was_number and idcard.validate(member.id_number):
        problems.append(Problem("id_number", _LOST_DIGITS.format(column="身份证号")))
    if _SCIENTIFIC.fullmatch(phone_text):
        problems.append(Problem("phone", _LOST_DIGITS.format(column="手机号码")))
    member.category = _category(raw.get("人员类别", ""), member, today, problems)
    if len(raw.get(GROUP_COLUMN, "")) > MAX_GROUP_NAME_LENGTH:
        problems.append(Problem("group_id", f"党小组名称超过{MAX_GROUP_NAME_LENGTH}个字，请只填写党小组的名称"))
    already = {problem.field for problem in problems}
    problems += [p for p in validate_member(member, today) if p.field not in already]
    return RosterRow(row_number, member, raw.get(GROUP_COLUMN, ""), problems, raw)


def _clean_name(name: str) -> str:
    """Chinese names are often padded to line up (王  芳): drop the spaces inside them."""
    return "".join(name.split()) if _CJK.search(name) else " ".join(name.split())


def _parse_date_cell(column: str, value: object, problems: list[Problem]) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        message = str(error)  # 日期“2020-13-01”无法识别… -> 入党日期“2020-13-01”无法识别…
        message = column + message[2:] if message.startswith("日期") else f"{column}：{message}"
        problems.append(Problem(COLUMN_FIELDS[column], message))
        return None


def _number_cell_text(value: object) -> tuple[str, bool]:
    """The digits of a cell meant as text (身份证号, 手机号码), and whether Excel had stored it as a number.

    Excel keeps 15 significant digits of a number: an ID typed into a number cell has lost its last digits,
    and a CSV may show it as ``1.10105E+17``; a phone exported by other programs may read ``13800138000.0``.
    """
    text = _cell_text(value)
    was_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    whole = _FLOAT_TEXT.fullmatch(text)
    if whole:
        return whole.group(1), True
    return text, was_number or bool(_SCIENTIFIC.fullmatch(text))


def _category(text: str, member: Member, today: date, problems: list[Problem]) -> Category:
    """人员类别 from its column; when empty, guessed from 转正日期 and 入党日期."""
    text = "".join(text.split())
    if text:
        category = enum_by_name(Category, CATEGORY_NAMES, text) or {
            "正式": Category.FULL, "预备": Category.PROBATIONARY
        }.get(text)
        if category is not None:
            return category
        problems.append(Problem("category", f"人员类别“{text}”无法识别，请填写“正式党员”或“预备党员”"))
    if member.full_date is not None:
        return Category.FULL
    if member.join_date is not None and member.join_date > add_years(today, -2):
        return Category.PROBATIONARY
    return Category.FULL


def _mark_duplicates(rows: list[RosterRow]) -> None:
    """The same person twice in one file: a problem on the later row."""
    by_id: dict[str, int] = {}
    by_name_birth: dict[tuple[str, date], int] = {}
    for row in rows:
        member = row.member
        if member.id_number and member.id_number in by_id:
            row.problems.append(Problem(
                "id_number", f"身份证号与第{by_id[member.id_number]}行相同，同一人不能出现两次，请删去重复的一行"
            ))
        else:
            birth = member.birth_date or idcard.birth_date(member.id_number)
            key = (member.name, birth)
            if member.name and birth and key in by_name_birth:
                row.problems.append(Problem(
                    "name", f"姓名和出生日期都与第{by_name_birth[key]}行相同，可能重复录入了，请核对后删去重复的一行"
                ))
            elif member.name and birth:
                by_name_birth[key] = row.row_number
        if member.id_number:
            by_id.setdefault(member.id_number, row.row_number)


# ---------------------------------------------------------------- writing


def roster_values(member: Member, group_names: dict[str, str]) -> dict[str, object]:
    """A member as the roster columns (dates as ``date``), ``group_names`` mapping group id to name."""
    values: dict[str, object] = {column: getattr(member, attr) for column, attr in COLUMN_FIELDS.items()}
    values["人员类别"] = CATEGORY_NAMES.get(member.category, "")
    values[GROUP_COLUMN] = group_names.get(member.group_id, "") if member.group_id else ""
    return {column: values[column] if values[column] is not None else "" for column in ROSTER_COLUMNS}


def write_roster_xlsx(path: str | Path, members: list[Member], group_names: dict[str, str]) -> None:
    """The roster as an .xlsx: bold header, real date cells (yyyy-mm-dd), ID and phone as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "党员名册"
    sheet.append(list(ROSTER_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for member in members:
        sheet.append([_xlsx_value(value) for value in roster_values(member, group_names).values()])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":  # text that looks like a formula (=1+1, =cmd|...) stays text in Excel
                cell.data_type = "s"
    for index, column in enumerate(ROSTER_COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _COLUMN_WIDTHS[column]
        number_format = "yyyy-mm-dd" if column in DATE_COLUMNS else "@" if column in ("身份证号", "手机号码") else None
        if number_format:
            sheet.column_dimensions[letter].number_format = number_format  # rows typed in later, too
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
    sheet.freeze_panes = "A2"
    _save(path, lambda target: workbook.save(str(target)))


def _xlsx_value(value: object) -> object:
    if isinstance(value, str):  # control characters cannot be stored in a worksheet
        value = _CONTROL.sub("", value)
    return None if value == "" else value


def write_roster_csv(path: str | Path, members: list[Member], group_names: dict[str, str]) -> None:
    """The roster as UTF-8 CSV with a BOM (so that Excel shows the Chinese), dates as 2020-07-01."""
    def write(target: Path) -> None:
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(ROSTER_COLUMNS)
            for member in members:
                values = roster_values(member, group_names).values()
                writer.writerow([v.isoformat() if isinstance(v, date) else v for v in values])

    _save(path, write)


def _save(path: str | Path, save) -> None:
    """Write through a temporary file in the same folder, then rename: a failed write leaves no half file."""
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.part{path.suffix}")
    try:
        save(tmp)
        os.replace(tmp, path)
    except OSError as error:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself cannot be written (or is not a folder)
        reason = "磁盘空间已满" if error.errno == errno.ENOSPC else "文件可能正在被 Excel 打开，或这个文件夹不能写入"
        raise WriteFailed(
            f"无法写入“{path.name}”：{reason}。请关闭文件、检查磁盘空间或换个位置后重试",
            detail=str(error),
        ) from error
