"""Synthetic but valid roster data: realistic members of a village Party branch, deterministic by seed.

Used by the demo file, the benchmarks' data generator and the tests.

``make_members(n, seed, today)`` returns rows keyed by the Chinese roster
headers of shared/CLI.md; dates are ``date`` values (None when empty), the
rest text ("" when empty). Every row passes ``validate_member``: the 身份证号
has the right check digit, its birth date and gender agree with the row,
everyone joined after turning 18, and 转正 comes after the year of probation.

``to_member``, ``write_xlsx`` and ``write_csv`` turn those rows into
members and roster files.
"""
from __future__ import annotations

import csv
import random
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

from sanhui.core.dates import add_years
from sanhui.core.idcard import check_digit
from sanhui.core.model import CATEGORY_NAMES, Category, Member
from sanhui.core.roster import COLUMN_FIELDS, DATE_COLUMNS, GROUP_COLUMN, ROSTER_COLUMNS

GROUP_NAMES = ("第一党小组", "第二党小组", "第三党小组")
COMMITTEE = ("书记", "副书记", "组织委员", "宣传委员", "纪检委员")

# Real county codes (region part of the 身份证号), as a village's members are mostly born in one county.
REGION_CODES = ("330127", "330122", "341122", "410122", "430124", "510122", "370124", "420117")
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
MALE_CHARS = "建国华明军伟强平文德志海春林成福永民忠贵兴东生荣宝金山涛波辉刚勇杰峰磊鹏斌俊庆祥发根立新水"
FEMALE_CHARS = "秀英芳兰玉华丽梅珍凤琴霞燕红娟敏静萍艳莉婷慧桂云美素淑翠月香彩琳雪"
MOBILE_PREFIXES = ("133", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "177", "180",
                   "182", "186", "187", "189", "199")
MINORITIES = ("回族", "土家族", "苗族", "壮族", "满族")
WORKPLACES = ("务农", "务农", "务农", "个体经营", "外出务工", "村民小组长", "家庭农场主", "合作社社员", "乡村医生")


def make_members(n: int, seed: int = 0, today: date | None = None) -> list[dict[str, object]]:
    """``n`` distinct, valid members as roster rows; the committee (书记 first) comes first."""
    today = today or date.today()
    rng = random.Random(seed)
    maker = _Maker(rng, today)
    committee = COMMITTEE[: min(n, len(COMMITTEE))]
    probationary = max(1, n // 15) if n >= 10 else 0
    rows = [maker.member(position=p, category=Category.FULL) for p in committee]
    rows += [maker.member(category=Category.PROBATIONARY) for _ in range(probationary)]
    rows += [maker.member(category=Category.FULL) for _ in range(n - len(rows))]
    committee_rows, others = rows[: len(committee)], rows[len(committee):]
    rng.shuffle(others)
    rows = committee_rows + others
    for index, row in enumerate(rows):  # every group gets members, the committee spread over them
        row[GROUP_COLUMN] = GROUP_NAMES[index % len(GROUP_NAMES)]
    return rows


class _Maker:
    """Draws one member at a time, keeping names, ID numbers and phones unique."""

    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today
        self.region = rng.choice(REGION_CODES)
        self.clans = rng.sample(COMMON_SURNAMES, 3)  # a village has a few big families
        self.names: set[str] = set()
        self.ids: set[str] = set()
        self.phones: set[str] = set()

    def member(self, category: Category, position: str = "") -> dict[str, object]:
        rng = self.rng
        gender = "男" if rng.random() < (0.85 if position else 0.7) else "女"
        birth, join = self._dates(category, position)
        full = None
        if category == Category.FULL:
            full = min(add_years(join, 1) + timedelta(days=rng.randint(0, 20)), self.today)
        phone = "" if birth.year < 1950 and rng.random() < 0.3 else self._phone()
        row: dict[str, object] = {
            "姓名": self._name(gender),
            "性别": gender,
            "民族": "汉族" if rng.random() < 0.95 else rng.choice(MINORITIES),
            "出生日期": birth,
            "身份证号": self._id_number(birth, gender),
            "学历": self._education(birth),
            "手机号码": phone,
            "入党日期": join,
            "转正日期": full,
            "人员类别": CATEGORY_NAMES[category],
            GROUP_COLUMN: "",
            "职务": position,
            "工作单位及职务": self._workplace(position, birth),
            "备注": "",
        }
        if row["工作单位及职务"] == "外出务工":
            row["备注"] = "流动党员"
        return row

    def _dates(self, category: Category, position: str) -> tuple[date, date]:
        rng, today = self.rng, self.today
        if category == Category.PROBATIONARY:
            join = today - timedelta(days=rng.randint(20, 330))
            birth = add_years(join, -rng.randint(20, 38)) - timedelta(days=rng.randint(0, 364))
            return birth, join
        if position:
            age = rng.randint(32, 60)
        else:
            age = min(88, max(24, round(rng.triangular(22, 90, 62))))
        birth = add_years(today, -age) - timedelta(days=rng.randint(1, 364))
        earliest = add_years(birth, 19)
        latest = today - timedelta(days=400)  # a year of probation, then 转正, before today
        join = add_years(birth, rng.randint(20, 42)) + timedelta(days=rng.randint(0, 364))
        if not earliest <= join <= latest:
            join = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
        return birth, join

    def _name(self, gender: str) -> str:
        chars = MALE_CHARS if gender == "男" else FEMALE_CHARS
        for _ in range(1000):
            surname = _surname(self.rng, self.clans)
            given = "".join(self.rng.choice(chars) for _ in range(1 if self.rng.random() < 0.25 else 2))
            name = surname + given
            if name not in self.names:
                self.names.add(name)
                return name
        raise RuntimeError("ran out of distinct names")

    def _id_number(self, birth: date, gender: str) -> str:
        region = self.region if self.rng.random() < 0.85 else self.rng.choice(REGION_CODES)
        while True:
            sequence = self.rng.randint(0, 99) * 10 + self.rng.choice((1, 3, 5, 7, 9) if gender == "男" else (0, 2, 4, 6, 8))
            first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
            number = first17 + check_digit(first17)
            if number not in self.ids:
                self.ids.add(number)
                return number

    def _phone(self) -> str:
        while True:
            phone = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randint(0, 99_999_999):08d}"
            if phone not in self.phones:
                self.phones.add(phone)
                return phone

    def _education(self, birth: date) -> str:
        if birth.year < 1960:
            return self.rng.choice(("小学", "初中", "初中"))
        if birth.year < 1980:
            return self.rng.choice(("初中", "高中", "中专", "高中"))
        return self.rng.choice(("高中", "大专", "本科", "大专"))

    def _workplace(self, position: str, birth: date) -> str:
        if position == "书记":
            return "本村村民委员会主任"  # 一肩挑
        if position:
            return "本村村民委员会委员"
        if self.today.year - birth.year >= 65:
            return "务农" if self.rng.random() < 0.7 else "退休"
        return self.rng.choice(WORKPLACES)


def _surname(rng: random.Random, clans: Sequence[str]) -> str:
    """Half the village from its big families, the rest from common surnames."""
    return rng.choice(clans) if rng.random() < 0.5 else rng.choice(COMMON_SURNAMES)


def to_member(row: dict[str, object]) -> Member:
    """The ``Member`` a roster row describes (党小组 is a name, so ``group_id`` stays None)."""
    member = Member()
    for column, attr in COLUMN_FIELDS.items():
        if column in (GROUP_COLUMN, "人员类别") or column not in row:
            continue
        value = row[column]
        setattr(member, attr, value if value != "" or column not in DATE_COLUMNS else None)
    category = row.get("人员类别")
    member.category = Category.PROBATIONARY if category == "预备党员" else Category.FULL
    return member


def write_xlsx(path: Path, rows: Iterable[dict[str, object]], columns: Sequence[str] = ROSTER_COLUMNS,
               title: str | None = None) -> Path:
    """A roster workbook like the ones villages keep: an optional merged title row, then the header.

    Dates become real Excel date cells; 身份证号 and 手机号码 are text cells.
    """
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    sheet.append(list(columns))
    for row in rows:
        sheet.append([_xlsx_value(row.get(column)) for column in columns])
    workbook.save(path)
    return path


def _xlsx_value(value: object) -> object:
    return None if value == "" else value


def write_csv(path: Path, rows: Iterable[dict[str, object]], columns: Sequence[str] = ROSTER_COLUMNS,
              encoding: str = "utf-8-sig", date_format: str = "%Y-%m-%d") -> Path:
    """A roster CSV in ``encoding`` (``gbk`` is what Excel on a Chinese Windows writes)."""
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_value(row.get(column), date_format) for column in columns])
    return path


def _csv_value(value: object, date_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime(date_format)
    return str(value)
