"""政治生日贺卡: one card for each member whose political birthday (入党日期) falls in a month, four to a page."""
from __future__ import annotations

from datetime import date

import sqlite_utils

from sanhui.errors import InvalidInput, NotFound

from . import layout as L
from .records import cn_date, org_name

CARDS_PER_PAGE = 4
WISH = "党支部祝您政治生日快乐！希望您不忘初心、牢记使命，在乡村振兴中继续发挥先锋模范作用。"


def birthdays(db: sqlite_utils.Database, branch_id: str, year: int, month: int) -> list[tuple]:
    """(member, birthday in ``year``, years since 入党日期) of the month, by date then name."""
    try:
        from sanhui.core.store.reminders import birthdays_in_month
    except ImportError:  # the reminders store is optional here: compute from the roster
        birthdays_in_month = None
    if birthdays_in_month is not None:
        return [(b.member, b.date, b.years) for b in birthdays_in_month(db, branch_id, year, month)]
    from sanhui.core.rules import political_birthday_in_year
    from sanhui.core.store.members import list_members

    found = []
    for member in list_members(db, branch_id):
        day = political_birthday_in_year(member, year)
        if day is None or day.month != month or year <= member.join_date.year or not member.is_active(day):
            continue
        found.append((member, day, year - member.join_date.year))
    return sorted(found, key=lambda b: (b[1], b[0].name))


def card_lines(name: str, joined: date, years: int, branch: str, day: date) -> list[str]:
    """Title, salutation, the wish, the facts, then the sender and the date (right-aligned)."""
    return [
        "政治生日贺卡",
        f"{name}同志：",
        f"{cn_date(joined)}，您在党旗下庄严宣誓，光荣地加入了中国共产党。在您入党 {years} 周年之际，{WISH}",
        f"入党日期：{cn_date(joined)}",
        f"入党年数：{years} 年",
        branch,
        cn_date(day),
    ]


def cards_document(db: sqlite_utils.Database, branch_id: str, year: int, month: int) -> L.Document:
    """The cards of ``month`` of ``year``; NotFound when nobody's political birthday falls in it."""
    if not 1 <= int(month) <= 12:
        raise InvalidInput(f"月份“{month}”不对，应当是 1 到 12。")
    branch = org_name(db, branch_id)
    found = birthdays(db, branch_id, year, month)
    if not found:
        raise NotFound(f"{year}年{month}月没有党员过政治生日，没有生成贺卡。请换一个月份。")
    cards = [card_lines(member.name, member.join_date, years, branch, day) for member, day, years in found]
    sheet = L.CardSheet(cards, per_page=CARDS_PER_PAGE, tail_right=2)
    return L.Document(f"{year}年{month}月政治生日贺卡", "", [sheet], margins_mm=(18.0, 20.0, 18.0, 18.0))
