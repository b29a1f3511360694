"""Records, sign-in sheets, the year book, birthday cards and the statistics, read back from the files."""
from __future__ import annotations

import math
import re
import shutil
import subprocess
from datetime import date

import pytest
from docx import Document as open_docx
from openpyxl import load_workbook
from pypdf import PdfReader

from sanhui.core.documents import layout as L
from sanhui.core.documents.book import book_document
from sanhui.core.documents.cards import CARDS_PER_PAGE, cards_document
from sanhui.core.documents.output import write_document
from sanhui.core.documents.records import (
    SIGNIN_FIRST_PAGE_ROWS,
    SIGNIN_PAGE_ROWS,
    minutes_document,
    quorum_statement,
    record_title,
    signin_document,
)
from sanhui.core.documents.stats_doc import stats_document, write_stats_xlsx
from sanhui.core.model import MeetingStatus, MeetingType
from sanhui.core.rules import Counts, political_birthday_in_year
from sanhui.core.store import open_db
from sanhui.core.store.meeting_stats import year_stats
from sanhui.core.store.meetings import get_meeting, list_meetings
from sanhui.core.store.members import list_members
from sanhui.core.store.org import list_groups
from sanhui.errors import NotFound, WriteFailed

from common import TODAY
from records_demo import (
    AGENDA,
    CORRECTED_PLACE,
    CORRECTION_REASON,
    DECISIONS,
    GUESTS,
    MAKEUP_METHOD,
    PHOTO_CAPTION,
    RICH_PLACE,
    RICH_TOPIC,
    demo_copy,
)


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(path) -> list[str]:
    return [compact(page.extract_text() or "") for page in PdfReader(str(path)).pages]


def docx_text(path) -> str:
    document = open_docx(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return compact("".join(parts))


def layout_lines(doc: L.Document) -> list[str]:
    """Every line the layout prints, except the header and footer (checked per page) and the file's title."""
    skip = {doc.title, doc.header_text, doc.fingerprint or ""}
    return [compact(line) for text in L.iter_text(doc) if text not in skip
            for line in text.split("\n") if line.strip()]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_copy(tmp_path_factory.mktemp("records"))


@pytest.fixture
def ddb(demo):
    database = open_db(demo.path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def rich_pdf(demo, tmp_path_factory):
    db = open_db(demo.path)
    doc = minutes_document(db, demo.rich_id)
    path = write_document(db, demo.branch_id, doc, tmp_path_factory.mktemp("rich") / "记录.pdf")
    record = get_meeting(db, demo.rich_id)
    db.close()
    return doc, path, record


def test_minutes_pdf_shows_every_field_of_the_record(rich_pdf):
    doc, path, record = rich_pdf
    pages = pdf_pages(path)
    text = "".join(pages)
    assert len(pages) >= 3
    assert "支部党员大会会议记录" in pages[0]
    for expected in ["2026年11月20日（星期五）9:00—11:30", CORRECTED_PLACE, record.host, record.recorder, RICH_TOPIC,
                     "为2026年第三季度补开", *AGENDA, *DECISIONS, "主持人（签字）", "记录人（签字）"]:
        assert compact(expected) in text, expected
    for name, role in GUESTS:
        assert f"{name}（{role}）" in text
    for paragraph in record.content.split("\n"):
        assert compact(paragraph) in text
    for row in record.attendance:  # every expected member, with the reason of each leave
        assert row.member_name in text
        if row.reason:
            assert compact(f"{row.member_name}（{row.reason}）") in text
    counts = sum(1 for r in record.attendance if r.status and r.status.value == "present")
    assert f"实到人数{counts}人" in text


def test_minutes_show_votes_quorum_makeup_correction_and_photo(rich_pdf, demo):
    doc, path, record = rich_pdf
    text = "".join(pdf_pages(path))
    voting = sum(1 for r in record.attendance if r.voting)
    present_voting = sum(1 for r in record.attendance if r.voting and r.status and r.status.value == "present")
    assert f"应到会有表决权的党员{voting}人，实到{present_voting}人，超过半数，会议有效。" in text
    assert "表决事项同意反对弃权书面意见结果" in text
    assert "通过" in text and "未通过" in text
    assert "更正记录" in text and compact(RICH_PLACE) in text and compact(CORRECTION_REASON) in text
    assert f"{demo.corrected_member}的出席情况缺席请假" in text
    assert f"{demo.makeup_member}请假外出务工2026年11月22日{compact(MAKEUP_METHOD)}" in text
    assert compact(PHOTO_CAPTION) in text
    assert "草稿" not in text


def test_final_record_carries_its_fingerprint_on_every_page(rich_pdf):
    doc, path, record = rich_pdf
    assert doc.fingerprint == record.fingerprint and not doc.draft
    assert record.status == MeetingStatus.FINAL
    assert all(f"校验码{record.fingerprint}" in page for page in pdf_pages(path))


def test_draft_is_marked_and_has_no_fingerprint(demo, ddb, tmp_path):
    draft = next(m for m in list_meetings(ddb, demo.branch_id, year=2026) if m.status == MeetingStatus.DRAFT)
    doc = minutes_document(ddb, draft.id)
    assert doc.draft and doc.fingerprint is None
    pages = pdf_pages(write_document(ddb, demo.branch_id, doc, tmp_path / "草稿.pdf"))
    assert all("草稿" in page for page in pages)
    assert not any("校验码" in page for page in pages)


@pytest.mark.parametrize("meeting_type, fields", [
    (MeetingType.PARTY_LECTURE, ("授课人", "党课题目", "学时")),
    (MeetingType.THEME_DAY, ("活动主题", "活动形式")),
    (MeetingType.COMMITTEE, ("应到会支部委员",)),
])
def test_type_specific_fields(demo, ddb, meeting_type, fields, tmp_path):
    summary = next(m for m in list_meetings(ddb, demo.branch_id, year=2026, type=meeting_type)
                   if m.status == MeetingStatus.FINAL)
    record = get_meeting(ddb, summary.id)
    text = "".join(pdf_pages(write_document(ddb, demo.branch_id, minutes_document(ddb, summary.id),
                                            tmp_path / "r.pdf")))
    for label in fields:
        assert label in text
    if meeting_type == MeetingType.PARTY_LECTURE:
        assert compact(record.lecturer + "学时" + f"{int(record.hours)}学时" + "党课题目" + record.title) in text
    if meeting_type == MeetingType.THEME_DAY:
        assert compact(f"活动主题{record.theme}活动形式{record.form}") in text


def test_quorum_statement_in_plain_words():
    met = Counts(12, 9, 2, 1, 10, 8)
    assert quorum_statement(get_type(MeetingType.GENERAL_MEETING), met) == \
        "应到会有表决权的党员 10 人，实到 8 人，超过半数，会议有效。"
    short = Counts(12, 5, 5, 2, 10, 5)
    assert quorum_statement(get_type(MeetingType.GENERAL_MEETING), short) == \
        "应到会有表决权的党员 10 人，实到 5 人，没有超过半数，会议不能作出决定。"
    assert quorum_statement(get_type(MeetingType.COMMITTEE), Counts(5, 3, 1, 1, 5, 3)) == \
        "应到会支部委员 5 人，实到 3 人，超过半数，会议有效。"
    assert quorum_statement(get_type(MeetingType.THEME_DAY), met) is None


def get_type(meeting_type):
    from sanhui.core.model import MeetingRecord

    return MeetingRecord(type=meeting_type, date=TODAY)


def test_signin_sheet_lists_every_expected_member_on_the_right_pages(demo, ddb, tmp_path):
    theme_day = next(m for m in list_meetings(ddb, demo.branch_id, year=2026, type=MeetingType.THEME_DAY)
                     if m.date.month == 11)
    record = get_meeting(ddb, theme_day.id)
    assert len(record.attendance) == 60
    doc = signin_document(ddb, theme_day.id)
    pages = pdf_pages(write_document(ddb, demo.branch_id, doc, tmp_path / "签到表.pdf"))
    expected_pages = 1 + math.ceil((60 - SIGNIN_FIRST_PAGE_ROWS) / SIGNIN_PAGE_ROWS)
    assert len(pages) == expected_pages
    assert "主题党日签到表" in pages[0] and "应到人数60人" in pages[0]
    assert all("序号姓名类别党小组本人签名请假原因" in page for page in pages)
    table = next(b for b in doc.blocks if isinstance(b, L.Table))
    assert [r[0] for r in table.rows][:3] == ["1", "2", "3"]
    names = [row[1] for b in doc.blocks if isinstance(b, L.Table) and b.header[0] == "序号" and "本人签名" in b.header
             and "类别" in b.header for row in b.rows]
    assert sorted(names) == sorted(r.member_name for r in record.attendance)
    for index, name in enumerate(names):  # each on its page: 15 on the first, 20 on each next one
        page = 0 if index < SIGNIN_FIRST_PAGE_ROWS else 1 + (index - SIGNIN_FIRST_PAGE_ROWS) // SIGNIN_PAGE_ROWS
        assert name in pages[page], (name, page)
    assert "列席人员" in pages[-1] and "应到60人，实到" in pages[-1]


def test_year_book_contents_point_at_the_right_pages(demo, ddb, tmp_path):
    progress = []
    doc = book_document(ddb, demo.branch_id, 2026, progress=lambda d, t: progress.append((d, t)), today=TODAY)
    final = [m for m in list_meetings(ddb, demo.branch_id, year=2026) if m.status == MeetingStatus.FINAL]
    titles = [b.text for b in doc.blocks if isinstance(b, L.Heading) and b.level == 1]
    groups = {g.id: g.name for g in list_groups(ddb, demo.branch_id)}
    record_titles = [f"{m.date.year}年{m.date.month}月{m.date.day}日 {record_title(get_meeting(ddb, m.id), groups)}"
                     for m in final]
    assert len(final) >= 45 and progress[-1] == (len(final), len(final))
    assert titles == ["2026年度会议计划及完成情况", *record_titles, "2026年度党员出席情况", "2026年度谈心谈话记录"]
    cover = doc.blocks[0]
    assert isinstance(cover, L.Cover) and cover.lines == ["中共青山村支部委员会", "2026年度", "记录本保管人：严平东"]
    path = write_document(ddb, demo.branch_id, doc, tmp_path / "记录本.pdf")
    pages = pdf_pages(path)
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils")
    contents = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "6", str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
    entries = {}
    for line in contents.splitlines():
        match = re.match(r"^\s*(\S.*?\S)[\s.]*\s(\d+)\s*$", line)
        if match and compact(match.group(1)).rstrip(".") in {compact(t) for t in titles}:
            entries[compact(match.group(1)).rstrip(".")] = int(match.group(2))
    assert set(entries) == {compact(t) for t in titles}
    for title in titles:
        page = pages[entries[compact(title)] - 1]
        assert page.startswith("中共青山村支部委员会" + compact(title)), title
    assert len(PdfReader(str(path)).pages) > len(final) * 2


def test_year_book_leaves_out_drafts_and_can_be_cancelled(demo, ddb):
    drafts = [m for m in list_meetings(ddb, demo.branch_id, year=2026) if m.status == MeetingStatus.DRAFT]
    doc = book_document(ddb, demo.branch_id, 2026, today=TODAY)
    text = "".join(L.iter_text(doc))
    assert drafts and not any(f"{d.date.year}年{d.date.month}月{d.date.day}日 " in text
                              for d in drafts if d.date.month == 11 and d.date.day > 20)
    calls = []
    with pytest.raises(L.Cancelled):
        book_document(ddb, demo.branch_id, 2026, progress=lambda d, t: calls.append(d), cancel=lambda: len(calls) >= 3)
    assert len(calls) == 3


def test_cards_list_exactly_the_members_with_that_political_birthday(demo, ddb, tmp_path):
    members = list_members(ddb, demo.branch_id)
    counts = {}
    for month in range(1, 13):
        counts[month] = sorted(m.name for m in members if m.left_status is None
                               and (day := political_birthday_in_year(m, 2026)) and day.month == month
                               and m.join_date.year < 2026)
    month = max(counts, key=lambda k: len(counts[k]))
    doc = cards_document(ddb, demo.branch_id, 2026, month)
    sheet = doc.blocks[0]
    assert isinstance(sheet, L.CardSheet)
    assert sorted(card[1].removesuffix("同志：") for card in sheet.cards) == counts[month]
    for card in sheet.cards:
        member = next(m for m in members if m.name == card[1].removesuffix("同志："))
        years = 2026 - member.join_date.year
        assert f"入党日期：{member.join_date.year}年{member.join_date.month}月{member.join_date.day}日" in card
        assert f"入党年数：{years} 年" in card
    pages = pdf_pages(write_document(ddb, demo.branch_id, doc, tmp_path / "贺卡.pdf"))
    assert len(pages) == math.ceil(len(counts[month]) / CARDS_PER_PAGE)
    for name in counts[month]:
        assert f"{name}同志" in "".join(pages)


def test_no_cards_for_a_month_without_birthdays(db, branch_id):
    with pytest.raises(NotFound, match="没有党员过政治生日"):
        cards_document(db, branch_id, 2026, 3)


def test_stats_xlsx_has_the_numbers_of_year_stats(demo, ddb, tmp_path):
    path = write_stats_xlsx(ddb, demo.branch_id, 2026, tmp_path / "统计.xlsx", today=TODAY)
    stats = year_stats(ddb, demo.branch_id, 2026, TODAY)
    book = load_workbook(path)
    sheet = book["各类会议完成情况"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    from sanhui.core.model import MEETING_TYPE_NAMES

    by_name = {row[0]: row for row in rows}
    for t in stats.types:
        if t.type == MeetingType.OTHER and not t.meetings:
            continue
        row = by_name[MEETING_TYPE_NAMES[t.type]]
        assert row[2:6] == [t.required, t.held, t.missing, t.upcoming]
        assert row[7:10] == [t.meetings, t.expected, t.present]
        assert row[10] == pytest.approx(t.rate)
    assert by_name["合计"][3] == sum(t.held for t in stats.types)
    members = book["党员出席情况"]
    member_rows = {row[1]: row for row in ([c.value for c in r] for r in members.iter_rows(min_row=4))}
    assert len(member_rows) == len(stats.members)
    for m in stats.members:
        assert member_rows[m.name][2:6] == [m.expected, m.present, m.leave, m.absent]
    assert "按月召开的会议" in book.sheetnames
    with pytest.raises(WriteFailed):
        write_stats_xlsx(ddb, demo.branch_id, 2026, tmp_path / "没有这个文件夹" / "统计.xlsx", today=TODAY)
    assert not list(tmp_path.glob(".*.tmp*"))


def test_stats_document_prints_the_same_tables(demo, ddb, tmp_path):
    doc = stats_document(ddb, demo.branch_id, 2026, today=TODAY)
    assert doc.landscape
    text = "".join(pdf_pages(write_document(ddb, demo.branch_id, doc, tmp_path / "统计.pdf")))
    for line in layout_lines(doc):
        assert line in text, line


@pytest.mark.parametrize("kind", ["minutes", "signin", "cards", "book"])
def test_word_version_has_the_same_text(demo, ddb, tmp_path, kind):
    if kind == "minutes":
        doc = minutes_document(ddb, demo.rich_id)
    elif kind == "signin":
        doc = signin_document(ddb, demo.rich_id)
    elif kind == "cards":
        doc = cards_document(ddb, demo.branch_id, 2026, 3)
    else:
        doc = book_document(ddb, demo.branch_id, 2026, today=date(2026, 4, 1))
    text = docx_text(write_document(ddb, demo.branch_id, doc, tmp_path / f"{kind}.docx"))
    for line in layout_lines(doc):
        if line in ("目录", compact(L.TableOfContents().title)):
            continue
        assert line in text, line


def test_medal_list_names_those_reaching_fifty_years(tmp_path):
    from sanhui.core.documents.cards import medal_document, medal_members
    from sanhui.core.model import Member
    from sanhui.core.store.members import add_member
    from sanhui.core.store.org import create_file, file_info

    db = create_file(tmp_path / "m.db", "branch", "某村党支部", "1234")
    branch = file_info(db).org_id
    people = [
        ("王德顺", date(1975, 6, 1), date(1976, 7, 1)),  # 50 years on 1 July 2026: listed
        ("李长贵", date(1975, 6, 1), date(1976, 7, 2)),  # one day short: not this year
        ("赵老汉", date(1970, 1, 1), date(1971, 1, 2)),  # honoured years ago: not again
    ]
    for name, joined, full in people:
        add_member(db, Member(name=name, join_date=joined, full_date=full, birth_date=date(1950, 1, 1),
                              branch_id=branch), TODAY)
    assert [m.name for m, _ in medal_members(db, branch, 2026)] == ["王德顺"]
    out = tmp_path / "medal.pdf"
    from sanhui.core.documents import render

    render(medal_document(db, branch, 2026), out, "pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "王德顺" in text and "李长贵" not in text and "50 年" in text
