"""The Word writer, tested by reopening the .docx and reading its XML."""
from __future__ import annotations

import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from sanhui.core.documents import layout as L
from sanhui.core.documents import render
from sanhui.core.documents import sample as S
from sanhui.core.documents.docx import render_docx
from sanhui.core.documents.docx_xml import P_PR_ORDER, TC_PR_ORDER
from sanhui.errors import WriteFailed

THEME_ATTRS = ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme")


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def xml_parts(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.startswith("word/") and name.endswith(".xml")}


def all_text(document) -> str:
    parts = [document.element.body]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
    return "".join(t.text or "" for part in parts for t in part.iter(qn("w:t")))


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    doc = S.meeting_record(S.sample_photo())
    path = tmp_path_factory.mktemp("docx") / "会议记录.docx"
    assert render_docx(doc, path) == path
    return doc, path, docx.Document(str(path))


def test_same_text_as_the_layout(record):
    doc, _path, document = record
    text = compact(all_text(document))
    for value in L.iter_text(doc):
        for part in value.split("\n"):
            assert compact(part) in text, part
    for name in S.member_names(60):
        assert name in text
    assert "主持人（签字）：" in text and "日期：" in text


def test_east_asian_fonts_are_explicit_everywhere(record):
    _doc, path, document = record
    styles = document.styles
    for name, east_asia in (("Normal", "宋体"), ("Heading 1", "黑体"), ("Heading 2", "黑体"), ("Title", "黑体")):
        r_fonts = styles[name].element.rPr.find(qn("w:rFonts"))
        assert r_fonts.get(qn("w:eastAsia")) == east_asia, name
        assert r_fonts.get(qn("w:ascii")), name
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    runs = 0
    for section in document.sections:
        for part in (document.element.body, section.header._element, section.footer._element):
            for run in part.iter(qn("w:r")):
                if run.find(qn("w:t")) is None:
                    continue
                r_fonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))
                assert r_fonts.get(qn("w:eastAsia")) in ("宋体", "黑体")
                runs += 1
    assert runs > 300
    for name, xml in xml_parts(path).items():
        for attr in THEME_ATTRS:
            assert f"w:{attr}=" not in xml, (name, attr)


def test_a4_margins_header_and_page_fields(record):
    doc, _path, document = record
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    top, bottom, left, right = doc.margins_mm
    for length, mm in ((section.top_margin, top), (section.bottom_margin, bottom),
                       (section.left_margin, left), (section.right_margin, right)):
        assert abs(length - Mm(mm)) < Mm(0.1)
    assert doc.header_text in section.header.paragraphs[0].text
    footer = section.footer._element
    instructions = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    footer_text = "".join(t.text for t in footer.iter(qn("w:t")))
    assert footer_text.startswith("第 1 页 共 1 页") and doc.fingerprint in footer_text


def test_tables_borders_shading_repeat_and_tall_rows(record):
    _doc, _path, document = record
    field_table, vote_table, sign_in = document.tables[0], document.tables[1], document.tables[-1]
    assert field_table.style.name == "Table Grid" and vote_table.style.name == "Table Grid"
    assert field_table._tbl.find(".//" + qn("w:shd")) is not None
    assert field_table._tbl.find(".//" + qn("w:gridSpan")) is not None  # a long value spans the row
    assert len(sign_in.rows) == 61
    assert sign_in.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert abs(sign_in.rows[5].height - Mm(10)) < Mm(0.1)
    assert sign_in.rows[60].cells[1].text == S.member_names(60)[-1]
    assert sign_in.rows[60].cells[4].text == ""  # signed on paper


def test_photo_page_break_and_signature_lines(record):
    _doc, _path, document = record
    assert len(document.inline_shapes) == 1
    heading = next(p for p in document.paragraphs if p.text == "签到表")
    assert heading.paragraph_format.page_break_before
    assert heading.style.name == "Heading 1"
    body = document.element.body
    tables = [(t, "".join(x.text for x in t.iter(qn("w:t")))) for t in body.iter(qn("w:tbl"))]
    signature = next(t for t, text in tables if "主持人（签字）" in text)
    assert len(signature.findall(".//" + qn("w:bottom"))) == 2  # one line to sign for each person


def test_xml_children_in_schema_order(record):
    _doc, path, _document = record
    document = docx.Document(str(path))
    checked = 0
    for tag, order in (("w:tcPr", TC_PR_ORDER), ("w:pPr", P_PR_ORDER)):
        for element in document.element.body.iter(qn(tag)):
            names = [child.tag.split("}")[1] for child in element]
            ranks = [order.index(n) for n in names if n in order]
            assert ranks == sorted(ranks), names
            checked += 1
    assert checked > 100


def test_merged_group_header(tmp_path):
    stats = L.Document("统计", S.BRANCH, [S.statistics_table()], landscape=True)
    path = render(stats, tmp_path / "s.docx", "docx")
    document = docx.Document(str(path))
    table = document.tables[0]
    xml = table._tbl.xml
    assert xml.count('w:gridSpan w:val="3"') == 2
    assert "w:vMerge" in xml
    assert table.cell(0, 0).text == "月份" and table.cell(1, 0).text == "月份"  # merged down
    assert all(table.rows[r]._tr.trPr.find(qn("w:tblHeader")) is not None for r in (0, 1))
    section = document.sections[0]
    assert section.page_width > section.page_height


def test_draft_book_and_cards(tmp_path):
    draft = docx.Document(str(render_docx(S.meeting_record(draft=True), tmp_path / "d.docx")))
    header = draft.sections[0].header.paragraphs[0].text
    assert "草稿" in header and "校验码" not in all_text(draft)

    book = S.year_book(2)
    document = docx.Document(str(render_docx(book, tmp_path / "b.docx")))
    body = document.element.body
    assert any("TOC" in t.text for t in body.iter(qn("w:instrText")))
    assert document.sections[0].different_first_page_header_footer  # no header on the cover
    titles = [b.text for b in book.blocks if isinstance(b, L.Heading) and b.level == 1]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == titles
    contents = [p.text for p in document.paragraphs[5:5 + len(titles)]]
    assert contents == titles

    sheet = S.birthday_cards(S.member_names(6))
    cards = docx.Document(str(render_docx(L.Document("贺卡", S.BRANCH, [sheet]), tmp_path / "c.docx")))
    assert len(cards.tables) == 2
    assert all(f"{name}同志：" in all_text(cards) for name in S.member_names(6))


def test_write_failed_and_cancel_leave_nothing(tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(WriteFailed):
        render_docx(S.meeting_record(), blocker / "记录.docx")

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(L.Cancelled):
        render_docx(S.year_book(2), folder / "b.docx", cancel=lambda: True)
    assert list(folder.iterdir()) == []


def test_progress_reaches_total(tmp_path):
    seen: list[tuple[int, int]] = []
    render_docx(S.meeting_record(), tmp_path / "p.docx", progress=lambda d, t: seen.append((d, t)))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1] > 5
