"""Roster files (core/roster.py): real .xlsx and .csv files read back and written."""
from __future__ import annotations

import csv
import zipfile
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from sanhui.core.dates import add_months, add_years
from sanhui.core.idcard import check_digit
from sanhui.core.model import Category
from sanhui.core.roster import (
    MAX_DATA_ROWS,
    ROSTER_COLUMNS,
    normalize_header,
    read_roster,
    write_roster_csv,
    write_roster_xlsx,
)
from sanhui.errors import InvalidInput

from fakes import make_members, to_member, write_csv, write_xlsx

TODAY = date(2026, 3, 1)
TITLE = "青山村党支部党员名册"
COMPARED = ("name", "gender", "ethnicity", "birth_date", "id_number", "education", "phone", "join_date",
            "full_date", "category", "position", "workplace", "note")


def member_values(member) -> dict:
    values = asdict(member)
    return {name: values[name] for name in COMPARED}


def assert_rows_match(roster, rows: list[dict]) -> None:
    assert len(roster.rows) == len(rows)
    for read, row in zip(roster.rows, rows):
        assert read.problems == [], (read.row_number, read.problems)
        assert member_values(read.member) == member_values(to_member(row))
        assert read.group_name == row["党小组"]


def set_cell_xml(path: Path, old: str, new: str) -> None:
    """Rewrite one value in the sheet XML, as other programs store it (13800138000.0)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert old.encode() in parts[sheet]
    parts[sheet] = parts[sheet].replace(old.encode(), new.encode(), 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


# ---------------------------------------------------------------- xlsx


def test_xlsx_with_a_title_row_and_date_cells(tmp_path):
    rows = make_members(8, seed=3, today=TODAY)
    path = write_xlsx(tmp_path / "名册.xlsx", rows, title=TITLE)

    roster = read_roster(path, today=TODAY)

    assert roster.columns_found == list(ROSTER_COLUMNS)
    assert roster.ignored_columns == []
    assert [r.row_number for r in roster.rows] == list(range(3, 11))  # title row 1, header row 2
    assert_rows_match(roster, rows)
    assert roster.rows[0].member.position == "书记"
    assert roster.rows[0].raw["入党日期"] == rows[0]["入党日期"].isoformat()


def test_xlsx_numbers_stored_by_excel(tmp_path):
    rows = make_members(3, seed=4, today=TODAY)
    rows[0]["手机号码"] = 13800138000  # a number cell, written 13800138000.0 below
    rows[1]["入党日期"] = int(rows[1]["入党日期"].strftime("%Y%m%d"))  # 20200701 typed as a number
    rows[2]["入党日期"] = (rows[2]["入党日期"] - date(1899, 12, 30)).days  # a date cell that lost its format
    path = write_xlsx(tmp_path / "numbers.xlsx", rows)
    set_cell_xml(path, "<v>13800138000</v>", "<v>13800138000.0</v>")
    assert isinstance(next(load_workbook(path).active.iter_rows(min_row=2, values_only=True))[6], float)

    roster = read_roster(path, today=TODAY)

    assert [r.problems for r in roster.rows] == [[], [], []]
    assert roster.rows[0].member.phone == "13800138000"
    assert roster.rows[0].raw["手机号码"] == "13800138000"
    assert roster.rows[1].member.join_date == make_members(3, seed=4, today=TODAY)[1]["入党日期"]
    assert roster.rows[2].member.join_date == make_members(3, seed=4, today=TODAY)[2]["入党日期"]


def test_xlsx_id_number_typed_as_a_number(tmp_path):
    rows = make_members(2, seed=5, today=TODAY)
    rows[1]["身份证号"] = int(rows[1]["身份证号"][:17] + "0")  # Excel keeps 15 digits of it
    path = write_xlsx(tmp_path / "id.xlsx", rows)

    roster = read_roster(path, today=TODAY)

    assert roster.rows[0].problems == []
    [problem] = roster.rows[1].problems
    assert problem.field == "id_number"
    assert "存成了数字" in problem.message and "文本" in problem.message


def test_xlsx_data_starting_low_in_the_sheet_keeps_its_row_numbers(tmp_path):
    rows = make_members(3, seed=6, today=TODAY)
    workbook = Workbook()
    sheet = workbook.active
    sheet["C3"] = TITLE
    sheet["A5"] = "填报单位：青山村党支部"
    for offset, column in enumerate(ROSTER_COLUMNS, start=2):
        sheet.cell(row=7, column=offset, value=column)
    for index, row in enumerate(rows):
        line = 9 + index * 2  # an empty row between members
        for offset, column in enumerate(ROSTER_COLUMNS, start=2):
            sheet.cell(row=line, column=offset, value=row[column] or None)
    workbook.save(tmp_path / "low.xlsx")

    roster = read_roster(tmp_path / "low.xlsx", today=TODAY)

    assert [r.row_number for r in roster.rows] == [9, 11, 13]
    assert_rows_match(roster, rows)


def test_xlsx_only_the_first_sheet_is_read(tmp_path):
    rows = make_members(2, seed=7, today=TODAY)
    path = write_xlsx(tmp_path / "sheets.xlsx", rows)
    workbook = load_workbook(path)
    other = workbook.create_sheet("说明")
    other.append(["姓名", "入党日期"])
    other.append(["不是党员", "2020-07-01"])
    workbook.save(path)

    assert [r.member.name for r in read_roster(path, today=TODAY).rows] == [r["姓名"] for r in rows]


# ---------------------------------------------------------------- csv


def test_gbk_csv_from_windows_excel(tmp_path):
    rows = make_members(10, seed=8, today=TODAY)
    path = write_csv(tmp_path / "名册.csv", rows, encoding="gbk", date_format="%Y/%m/%d")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")

    roster = read_roster(path, today=TODAY)

    assert roster.columns_found == list(ROSTER_COLUMNS)
    assert [r.row_number for r in roster.rows] == list(range(2, 12))
    assert_rows_match(roster, rows)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_encodings(tmp_path, encoding):
    rows = make_members(4, seed=9, today=TODAY)
    path = write_csv(tmp_path / "roster.csv", rows, encoding=encoding, date_format="%Y.%m.%d")
    assert_rows_match(read_roster(path, today=TODAY), rows)


def test_utf16_tab_separated_text(tmp_path):
    """What Excel writes as “Unicode 文本”."""
    rows = make_members(3, seed=10, today=TODAY)
    path = tmp_path / "roster.txt"
    with open(path, "w", encoding="utf-16", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(ROSTER_COLUMNS)
        for row in rows:
            writer.writerow([row[c].isoformat() if isinstance(row[c], date) else row[c] or "" for c in ROSTER_COLUMNS])
    assert_rows_match(read_roster(path, today=TODAY), rows)


def test_csv_numbers_written_by_other_programs(tmp_path):
    rows = make_members(2, seed=11, today=TODAY)
    phone = rows[0]["手机号码"] or "13800138000"
    rows[0]["手机号码"] = phone + ".0"
    rows[1]["身份证号"] = "1.10105E+17"
    path = write_csv(tmp_path / "roster.csv", rows)

    roster = read_roster(path, today=TODAY)

    assert roster.rows[0].member.phone == phone and roster.rows[0].problems == []
    assert [p.field for p in roster.rows[1].problems] == ["id_number"]
    assert "存成了数字" in roster.rows[1].problems[0].message


# ---------------------------------------------------------------- headers


def test_header_aliases_any_order_and_unknown_columns(tmp_path):
    member = make_members(1, seed=12, today=TODAY)[0]
    headers = {
        "序号": 1, "党员姓名": member["姓名"], "性 别": member["性别"], "所在党小组": member["党小组"],
        "公民身份号码": member["身份证号"], "联系电话": member["手机号码"], "文化程度": member["学历"],
        "加入党组织日期": member["入党日期"], "转为正式党员日期": member["转正日期"], "党员类别": member["人员类别"],
        "党内职务": member["职务"], "出生年月": member["出生日期"].strftime("%Y.%m"), "籍贯": "浙江淳安",
    }
    workbook = Workbook()
    workbook.active.append(list(headers))
    workbook.active.append(list(headers.values()))
    workbook.save(tmp_path / "aliases.xlsx")

    roster = read_roster(tmp_path / "aliases.xlsx", today=TODAY)

    assert roster.columns_found == ["姓名", "性别", "党小组", "身份证号", "手机号码", "学历", "入党日期", "转正日期",
                                    "人员类别", "职务"]
    assert roster.ignored_columns == ["序号", "出生年月", "籍贯"]
    [row] = roster.rows
    assert row.problems == []
    expected = to_member(member)
    expected.birth_date = None
    expected.ethnicity = expected.workplace = ""
    assert member_values(row.member) == member_values(expected)
    assert row.group_name == member["党小组"]


@pytest.mark.parametrize("header, column", [
    ("姓名", "姓名"), (" 姓 名 ", "姓名"), ("\u3000姓\u3000名\u3000", "姓名"), ("姓名\n", "姓名"), ("姓名*", "姓名"),
    ("*姓名", "姓名"), ("入党日期\n（yyyy-mm-dd）", "入党日期"), ("入党日期(必填)", "入党日期"), ("身份证号码", "身份证号"),
    ("手机号", "手机号码"), ("电话", "手机号码"), ("入党时间", "入党日期"), ("转正时间", "转正日期"), ("类别", "人员类别"),
    ("工作单位及\n职务", "工作单位及职务"),
])
def test_header_cells_are_normalised(header, column):
    from sanhui.core.roster import column_for_header

    assert column_for_header(header) == column


def test_normalize_header_keeps_unknown_text():
    assert normalize_header(" 序 号 ") == "序号"
    assert normalize_header(None) == ""


def test_a_second_column_for_the_same_field_is_ignored(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("姓名,入党日期,手机号码,联系电话\n王芳,2001-07-01,13800138000,0571-88886666\n", encoding="utf-8")
    roster = read_roster(path, today=TODAY)
    assert roster.ignored_columns == ["联系电话"]
    assert roster.rows[0].member.phone == "13800138000"


def test_missing_name_column(tmp_path):
    rows = make_members(3, seed=13, today=TODAY)
    path = write_xlsx(tmp_path / "noname.xlsx", rows, columns=[c for c in ROSTER_COLUMNS if c != "姓名"], title=TITLE)
    with pytest.raises(InvalidInput, match="姓名"):
        read_roster(path, today=TODAY)


def test_missing_join_date_column(tmp_path):
    rows = make_members(3, seed=14, today=TODAY)
    path = write_csv(tmp_path / "nodate.csv", rows, columns=[c for c in ROSTER_COLUMNS if c != "入党日期"])
    with pytest.raises(InvalidInput) as info:
        read_roster(path, today=TODAY)
    assert "“入党日期”" in str(info.value) and "第1行" in str(info.value)


def test_header_must_be_within_the_first_ten_rows(tmp_path):
    lines = ["说明"] * 10 + [",".join(ROSTER_COLUMNS), "王芳,女,,,,,,2001-07-01"]
    path = tmp_path / "late.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InvalidInput, match="前10行"):
        read_roster(path, today=TODAY)
    path.write_text("\n".join(lines[1:]), encoding="utf-8")
    assert [r.row_number for r in read_roster(path, today=TODAY).rows] == [11]


def test_header_only(tmp_path):
    path = write_xlsx(tmp_path / "empty.xlsx", [], title=TITLE)
    with pytest.raises(InvalidInput, match="没有党员数据"):
        read_roster(path, today=TODAY)


# ---------------------------------------------------------------- files that cannot be read


def make_bad_file(tmp_path: Path, kind: str) -> Path:
    good = write_xlsx(tmp_path / "good.xlsx", make_members(5, seed=15, today=TODAY))
    if kind == "truncated":
        path = tmp_path / "名册.xlsx"
        path.write_bytes(good.read_bytes()[:3000])
    elif kind == "zip_not_excel":
        path = tmp_path / "名册.xlsx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<document/>")
    elif kind == "garbage_zip":
        path = tmp_path / "名册.xlsx"
        path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    elif kind == "text_named_xlsx":
        path = tmp_path / "名册.xlsx"
        path.write_text("姓名,入党日期\n王芳,2001-07-01\n", encoding="utf-8")
    elif kind == "password":
        path = tmp_path / "名册.xlsx"  # an encrypted workbook is an OLE compound file, like an old .xls
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    elif kind == "empty":
        path = tmp_path / "名册.xlsx"
        path.write_bytes(b"")
    elif kind == "empty_csv":
        path = tmp_path / "名册.csv"
        path.write_bytes(b"")
    elif kind == "binary_csv":
        path = tmp_path / "名册.csv"
        path.write_bytes(bytes(range(256)) * 10)
    elif kind == "pdf":
        path = tmp_path / "名册.pdf"
        path.write_bytes(b"%PDF-1.4\n")
    elif kind == "missing":
        path = tmp_path / "不存在.xlsx"
    elif kind == "folder":
        path = tmp_path / "folder.xlsx"
        path.mkdir()
    else:
        raise AssertionError(kind)
    return path


@pytest.mark.parametrize("kind", [
    "truncated", "zip_not_excel", "garbage_zip", "text_named_xlsx", "password", "empty", "empty_csv",
    "binary_csv", "pdf", "missing", "folder",
])
def test_unreadable_files_raise_invalid_input(tmp_path, kind):
    path = make_bad_file(tmp_path, kind)
    with pytest.raises(InvalidInput) as info:
        read_roster(path, today=TODAY)
    message = str(info.value)
    assert "请" in message
    assert "Traceback" not in message and "Error" not in message


def test_password_protected_message_says_what_to_do(tmp_path):
    with pytest.raises(InvalidInput, match="密码"):
        read_roster(make_bad_file(tmp_path, "password"), today=TODAY)


def test_too_big_a_file_is_refused(tmp_path):
    path = tmp_path / "big.xlsx"
    with open(path, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: quick to make
    with pytest.raises(InvalidInput, match="20 MB"):
        read_roster(path, today=TODAY)


def test_too_many_rows_are_refused(tmp_path):
    path = tmp_path / "many.csv"
    lines = ["姓名,入党日期"] + ["党员,2001-07-01" for _ in range(MAX_DATA_ROWS + 1)]
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InvalidInput, match=str(MAX_DATA_ROWS)):
        read_roster(path, today=TODAY)
    path.write_text("\n".join(lines[:MAX_DATA_ROWS + 1]), encoding="utf-8")
    assert len(read_roster(path, today=TODAY).rows) == MAX_DATA_ROWS


# ---------------------------------------------------------------- rows


def test_empty_rows_and_rows_with_only_a_number_are_skipped(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text(
        "序号,姓名,入党日期\n1,王芳,2001-07-01\n,,\n2,,\n , ,\u3000\n3,李强,1999-07-01\n", encoding="utf-8"
    )
    roster = read_roster(path, today=TODAY)
    assert [(r.row_number, r.member.name) for r in roster.rows] == [(2, "王芳"), (6, "李强")]


def test_padded_names_lose_their_spaces(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("姓名,入党日期\n王  芳,2001-07-01\n 张\u3000三 ,2001-07-01\n", encoding="utf-8")
    assert [r.member.name for r in read_roster(path, today=TODAY).rows] == ["王芳", "张三"]


def test_a_date_that_cannot_be_read_is_a_problem_of_its_row(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("姓名,入党日期,转正日期\n王芳,2001-13-01,\n李强,2001年7月1日,2002.7.1\n", encoding="utf-8")
    first, second = read_roster(path, today=TODAY).rows
    assert [p.field for p in first.problems] == ["join_date"]  # not also "请填写入党日期"
    assert first.problems[0].message.startswith("入党日期“2001-13-01”无法识别")
    assert second.problems == []
    assert (second.member.join_date, second.member.full_date) == (date(2001, 7, 1), date(2002, 7, 1))


def test_category_from_its_column_or_guessed(tmp_path):
    recent = TODAY - timedelta(days=300)
    old = date(2001, 7, 1)
    path = tmp_path / "categories.csv"
    path.write_text(
        "姓名,入党日期,转正日期,人员类别\n"
        f"甲,{recent},,\n"  # joined within two years, not yet 转正: probationary
        f"乙,{old},,\n"  # an old record without 转正日期: full
        f"丙,{old},2002-07-01,\n"
        f"丁,{recent},,预备党员\n"
        f"戊,{old},,正式\n"
        f"己,{old},,党员\n",
        encoding="utf-8",
    )
    rows = read_roster(path, today=TODAY).rows
    categories = [r.member.category for r in rows]
    F, P = Category.FULL, Category.PROBATIONARY
    assert categories == [P, F, F, P, F, F]
    assert [p.field for p in rows[5].problems] == ["category"]
    assert all(not r.problems for r in rows[:5])


def test_duplicates_inside_the_file(tmp_path):
    rows = make_members(6, seed=16, today=TODAY)
    rows[3] = dict(rows[1])  # the same person twice
    rows[5] = dict(rows[2], 身份证号="")  # same name and birth date, no ID
    rows[4]["姓名"] = rows[0]["姓名"]  # same name only: another person
    rows[4]["性别"] = rows[0]["性别"]
    path = write_xlsx(tmp_path / "dups.xlsx", rows)

    roster = read_roster(path, today=TODAY)

    problems = {r.row_number: [(p.field, p.message) for p in r.problems] for r in roster.rows if r.problems}
    assert list(problems) == [5, 7]
    assert problems[5][0][0] == "id_number" and "第3行" in problems[5][0][1]
    assert problems[7][0][0] == "name" and "第4行" in problems[7][0][1]


def realistic_roster_with_mistakes() -> tuple[list[dict], dict[int, str]]:
    """60 members, 14 rows spoilt as villages spoil them: index -> the field that must be reported."""
    rows = make_members(60, seed=2024, today=TODAY)
    full = [i for i, r in enumerate(rows) if r["人员类别"] == "正式党员" and not r["职务"] and r["手机号码"]]
    probationary = [i for i, r in enumerate(rows) if r["人员类别"] == "预备党员"]
    assert len(full) > 20 and probationary
    spoilt: dict[int, str] = {}

    def spoil(index: int, field: str, **changes) -> None:
        rows[index].update(changes)
        spoilt[index] = field

    row = rows[full[0]]
    last = row["身份证号"][-1]
    spoil(full[0], "id_number", 身份证号=row["身份证号"][:-1] + ("1" if last != "1" else "2"))
    spoil(full[1], "birth_date", 出生日期=rows[full[1]]["出生日期"] + timedelta(days=1))
    spoil(full[2], "gender", 性别="女" if rows[full[2]]["性别"] == "男" else "男")
    spoil(full[3], "join_date", 入党日期="2020-02-30")
    spoil(full[4], "name", 姓名="")
    spoil(full[5], "join_date", 入党日期=None)
    spoil(full[6], "phone", 手机号码=rows[full[6]]["手机号码"][:10])
    spoil(full[7], "join_date", 入党日期=TODAY + timedelta(days=10), 转正日期=None, 人员类别="预备党员")
    row = rows[full[8]]
    joined_young = add_years(row["出生日期"], 17)
    spoil(full[8], "join_date", 入党日期=joined_young, 转正日期=add_years(joined_young, 1))
    spoil(probationary[0], "full_date", 转正日期=TODAY - timedelta(days=1))
    spoil(full[9], "full_date", 转正日期=add_months(rows[full[9]]["入党日期"], 6))
    spoil(full[10], "gender", 性别="难")
    spoil(full[11], "name", 姓名=rows[full[11]]["姓名"] + "2")
    copied = min(i for i in range(len(rows)) if i not in spoilt)
    later = max(i for i in range(len(rows)) if i not in spoilt)
    rows[later] = dict(rows[copied])
    spoilt[later] = "id_number"
    assert len(spoilt) == 14
    return rows, spoilt


def test_realistic_roster_with_a_dozen_mistakes(tmp_path):
    rows, spoilt = realistic_roster_with_mistakes()
    path = write_xlsx(tmp_path / "青山村党员名册.xlsx", rows, title=TITLE)

    roster = read_roster(path, today=TODAY)

    assert len(roster.rows) == 60
    with_problems = {r.row_number: r for r in roster.rows if r.problems}
    assert set(with_problems) == {index + 3 for index in spoilt}
    for index, field in spoilt.items():
        row = with_problems[index + 3]
        assert field in [p.field for p in row.problems], (index, row.problems)
        assert all("请" in p.message for p in row.problems)


def test_realistic_roster_as_gbk_csv_reports_the_same_rows(tmp_path):
    rows, spoilt = realistic_roster_with_mistakes()
    path = write_csv(tmp_path / "名册.csv", rows, encoding="gbk")
    roster = read_roster(path, today=TODAY)
    assert {r.row_number for r in roster.rows if r.problems} == {index + 2 for index in spoilt}


# ---------------------------------------------------------------- writing


def members_with_groups(n: int, seed: int) -> tuple[list, dict[str, str], list[dict]]:
    rows = make_members(n, seed=seed, today=TODAY)
    group_ids = {name: f"g{number}" for number, name in enumerate(sorted({r["党小组"] for r in rows}))}
    members = []
    for row in rows:
        member = to_member(row)
        member.group_id = group_ids[row["党小组"]]
        members.append(member)
    return members, {gid: name for name, gid in group_ids.items()}, rows


def id_ending_in_x(number: str) -> str:
    """Another valid number with the same birth date and gender whose check character is X."""
    for sequence in range(int(number[14:17]) % 2, 1000, 2):
        first17 = f"{number[:14]}{sequence:03d}"
        if check_digit(first17) == "X":
            return first17 + "X"
    raise AssertionError(number)


def test_write_then_read_xlsx(tmp_path):
    members, group_names, rows = members_with_groups(40, seed=17)
    members[0].id_number = id_ending_in_x(members[0].id_number)  # must come back as text, X and all
    path = tmp_path / "导出名册.xlsx"

    write_roster_xlsx(path, members, group_names)
    roster = read_roster(path, today=TODAY)

    assert roster.columns_found == list(ROSTER_COLUMNS)
    assert [member_values(r.member) for r in roster.rows] == [member_values(m) for m in members]
    assert [r.group_name for r in roster.rows] == [r["党小组"] for r in rows]
    assert all(not r.problems for r in roster.rows)


def test_written_xlsx_cells(tmp_path):
    members, group_names, _ = members_with_groups(5, seed=18)
    path = tmp_path / "out.xlsx"
    write_roster_xlsx(path, members, group_names)

    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header == list(ROSTER_COLUMNS)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    columns = {name: index + 1 for index, name in enumerate(ROSTER_COLUMNS)}
    for line, member in enumerate(members, start=2):
        join = sheet.cell(row=line, column=columns["入党日期"])
        assert join.is_date and join.value.date() == member.join_date and join.number_format == "yyyy-mm-dd"
        id_cell = sheet.cell(row=line, column=columns["身份证号"])
        assert id_cell.data_type == "s" and id_cell.value == member.id_number and id_cell.number_format == "@"
        assert sheet.cell(row=line, column=columns["人员类别"]).value in ("正式党员", "预备党员")
    assert sheet.column_dimensions["E"].width >= 20  # 身份证号 shows whole


def test_write_then_read_csv(tmp_path):
    members, group_names, rows = members_with_groups(20, seed=19)
    path = tmp_path / "out.csv"

    write_roster_csv(path, members, group_names)

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to show Chinese
    roster = read_roster(path, today=TODAY)
    assert [member_values(r.member) for r in roster.rows] == [member_values(m) for m in members]
    assert [r.group_name for r in roster.rows] == [r["党小组"] for r in rows]


def test_write_to_a_folder_that_does_not_exist(tmp_path):
    from sanhui.errors import WriteFailed

    members, group_names, _ = members_with_groups(2, seed=20)
    with pytest.raises(WriteFailed, match="无法写入"):
        write_roster_xlsx(tmp_path / "nowhere" / "out.xlsx", members, group_names)
    with pytest.raises(WriteFailed, match="无法写入"):
        write_roster_csv(tmp_path / "nowhere" / "out.csv", members, group_names)


def test_fakes_are_valid_deterministic_and_distinct():
    first = make_members(200, seed=1, today=TODAY)
    assert first == make_members(200, seed=1, today=TODAY)
    assert first != make_members(200, seed=2, today=TODAY)
    assert len({r["姓名"] for r in first}) == 200
    assert len({r["身份证号"] for r in first}) == 200
    for row in first:
        number = row["身份证号"]
        assert number[-1] == check_digit(number[:17])
        assert number[6:14] == row["出生日期"].strftime("%Y%m%d")
    assert [r["职务"] for r in first[:5]] == ["书记", "副书记", "组织委员", "宣传委员", "纪检委员"]
    assert {r["党小组"] for r in first} == {"第一党小组", "第二党小组", "第三党小组"}
    assert any(r["人员类别"] == "预备党员" for r in first)


def test_a_long_run_of_empty_rows_ends_the_data(tmp_path):
    from sanhui.core.roster import MAX_EMPTY_RUN

    path = tmp_path / "formatted.csv"
    lines = ["姓名,入党日期", "王芳,2001-07-01"] + [","] * MAX_EMPTY_RUN + ["格式残留,2001-07-01"]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert [r.member.name for r in read_roster(path, today=TODAY).rows] == ["王芳"]
