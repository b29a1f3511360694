"""政治生日贺卡: one card for each member whose political birthday (入党日期) falls in a month, four to a page."""
from __future__ import annotations

from datetime import date

from sanhui.core.store.database import Database
from sanhui.errors import InvalidInput, NotFound

from . import layout as L
from .records import cn_date, org_name

CARDS_PER_PAGE = 4
WISH = "党支部祝您政治生日快乐！希望您不忘初心、牢记使命，在乡村振兴中继续发挥先锋模范作用。"


def birthdays(db: Database, branch_id: str, year: int, month: int) -> list[tuple]:
    """(member, birthday in ``year``, years since 入党日期) of the month, by date then name."""
    from sanhui.core.store.reminders import birthdays_in_month

    return [(b.member, b.date, b.years) for b in birthdays_in_month(db, branch_id, year, month)]


def medal_members(db: Database, branch_id: str, year: int) -> list[tuple]:
    """(member, 党龄 on 1 July) of those whose 党龄 reaches 50 full years by 1 July of ``year`` (not last year)."""
    from sanhui.core.rules import medal_50_eligible, party_seniority_years
    from sanhui.core.store.members import list_members

    found = []
    for member in list_members(db, branch_id):
        if medal_50_eligible(member, year) and not medal_50_eligible(member, year - 1):
            found.append((member, party_seniority_years(member, date(year, 7, 1))))
    return sorted(found, key=lambda m: (m[0].full_date, m[0].name))


def medal_document(db: Database, branch_id: str, year: int) -> L.Document:
    """光荣在党50年纪念章 list of ``year``, reported to the township before 七一."""
    branch = org_name(db, branch_id)
    found = medal_members(db, branch_id, year)
    rows = [
        [str(i), m.name, m.gender, cn_date(m.birth_date) if m.birth_date else "", cn_date(m.join_date),
         cn_date(m.full_date), f"{years} 年"]
        for i, (m, years) in enumerate(found, start=1)
    ]
    blocks = [
        L.Heading(f"{year}年“光荣在党50年”纪念章颁发对象名单", level=1),
        L.Paragraph(f"填报单位：{branch}　　党龄计算截至 {year}年7月1日（从转正之日算起）", style="center"),
        L.Table(["序号", "姓名", "性别", "出生日期", "入党日期", "转正日期", "党龄"], rows,
                col_widths=[0.6, 1.2, 0.6, 1.5, 1.5, 1.5, 0.8])
        if rows else L.Paragraph(f"本支部{year}年没有党龄满50年的党员。", style="center"),
        L.Spacer(8),
        L.SignatureLines(["支部书记（签字）", "填报人（签字）"]),
    ]
    return L.Document(f"{year}年光荣在党50年名单", branch, blocks)


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


def cards_document(db: Database, branch_id: str, year: int, month: int) -> L.Document:
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
