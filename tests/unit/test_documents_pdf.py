"""The PDF writer, tested by reading its output back (pypdf, pdftotext)."""
from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as StockParagraph

from sanhui.core.documents import fingerprint, render
from sanhui.core.documents import layout as L
from sanhui.core.documents import sample as S
from sanhui.core.documents.fonts import find_fonts, pick_fonts
from sanhui.core.documents.pdf import render_pdf
from sanhui.core.documents.pdf_text import CANNOT_END, CANNOT_START, CJKParagraph, PdfFonts
from sanhui.errors import FontMissing, WriteFailed

CLOSING = "，。、；：？！）」』》”"
PUNCTUATED = ("他说：“好。”我们一起，走向未来；农村（基层）党建、组织生活！是不是？"
              "《中国共产党支部工作条例（试行）》规定……2026年度 ABC 检查。") * 8


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def body_text(pages: list[str], doc: L.Document) -> str:
    """The pages' text run together, without the header and footer of each page."""
    text = "".join(pages)
    text = re.sub(r"第 \d+ 页 共 \d+ 页", "", text.replace(doc.header_text, ""))
    return compact(text.replace(f"校验码 {doc.fingerprint}", ""))


def layout_strings(doc: L.Document) -> list[str]:
    """Every text of the layout (the header and fingerprint are checked per page)."""
    skip = {doc.header_text, doc.fingerprint or ""}
    texts = [text for text in L.iter_text(doc) if text not in skip]
    return [part for text in texts for part in text.split("\n") if part.strip()]


@pytest.fixture(scope="module")
def fonts():
    return find_fonts()


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    doc = S.meeting_record(S.sample_photo())
    path = tmp_path_factory.mktemp("pdf") / "会议记录.pdf"
    assert render_pdf(doc, path) == path
    return doc, path, pdf_text(path)


def test_every_field_value_name_and_text_is_printed(record):
    doc, _path, pages = record
    text = body_text(pages, doc)
    for part in layout_strings(doc):
        assert compact(part) in text, part
    field_table = next(b for b in doc.blocks if isinstance(b, L.FieldTable))
    for label, value in field_table.rows:
        assert compact(label) in text and compact(value) in text
    for name in S.member_names(60):
        assert name in text


def test_pages_are_numbered_with_the_total(record):
    doc, path, pages = record
    total = len(pages)
    assert total >= 5  # three pages of minutes and more, then a 60-row sign-in sheet
    assert f"第 1 页 共 {total} 页" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
        assert doc.header_text in text
        assert f"校验码 {doc.fingerprint}" in text
        assert "草稿" not in text
    assert PdfReader(str(path)).metadata.title == doc.title


def test_every_font_is_embedded(record):
    _doc, path, _pages = record
    seen = 0
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            seen += 1
    assert seen > 0


def test_sign_in_header_repeats_and_photo_is_placed(record):
    _doc, path, pages = record
    first = next(i for i, text in enumerate(pages) if "签到表" in text)
    sheet_pages = pages[first:]
    assert len(sheet_pages) >= 2 and all("本人签名" in t and "序号" in t for t in sheet_pages)
    assert "60" in sheet_pages[-1] and S.member_names(60)[-1] in sheet_pages[-1]
    assert sum(len(page.images) for page in PdfReader(str(path)).pages) == 1


def _wrapped_lines(paragraph_class, fonts_obj: PdfFonts, width: float) -> list[str]:
    style = ParagraphStyle("t", fontName=fonts_obj.body, fontSize=12, leading=18, wordWrap="CJK")
    para = paragraph_class(fonts_obj.markup(PUNCTUATED), style)
    para.wrap(width, 10_000)
    lines = []
    for line in para.blPara.lines:  # reportlab's single-font lines are (space, [text]) tuples
        lines.append("".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words))
    return lines


def test_kinsoku_where_stock_reportlab_fails(fonts):
    body, heading = pick_fonts(fonts)
    pdf_fonts = PdfFonts(fonts, body, heading)
    stock_bad = 0
    for width in range(90, 420, 7):
        stock_bad += sum(line[:1] in CLOSING for line in _wrapped_lines(StockParagraph, pdf_fonts, width)[1:])
        lines = _wrapped_lines(CJKParagraph, pdf_fonts, width)
        assert "".join(lines).replace(" ", "") == PUNCTUATED.replace(" ", "")
        for before, after in zip(lines, lines[1:]):
            assert after[:1] not in CANNOT_START, (width, before, after)
            assert before[-1:] not in CANNOT_END, (width, before, after)
    assert stock_bad > 0  # the case we fix does occur with reportlab's own wrap


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_no_printed_line_starts_with_closing_punctuation(tmp_path):
    doc = L.Document("标点", "测试支部", [
        L.Paragraph(PUNCTUATED),
        L.Table(["窄列", "说明"], [[PUNCTUATED[:90], PUNCTUATED[:160]]], col_widths=[1, 3]),
        L.FieldTable([("会议议题", PUNCTUATED[:120])]),
    ])
    path = render_pdf(doc, tmp_path / "p.pdf")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    # a printed line, or a table cell's line (columns are set apart by runs of spaces)
    pieces = [piece for line in out.splitlines() for piece in re.split(r"\s{2,}", line.strip()) if piece]
    assert len(pieces) > 20
    assert [piece for piece in pieces if piece[0] in CLOSING] == []


def test_rare_character_is_printed_or_named(tmp_path, fonts):
    name = "吉𠮷"  # U+20BB7, outside the BMP
    doc = L.Document("名单", "测试支部", [L.Table(["姓名"], [[name]])])
    path = tmp_path / "rare.pdf"
    if not any(font.has_char("𠮷") for font in fonts):
        with pytest.raises(FontMissing) as caught:
            render_pdf(doc, path)
        assert "𠮷" in str(caught.value)
        assert not path.exists()
        return
    render_pdf(doc, path)
    assert name in "".join(pdf_text(path))


def test_character_missing_from_body_font_uses_a_fallback(tmp_path, fonts):
    body, heading = pick_fonts(fonts)
    others = [f for f in fonts if f != body]
    probe = next((chr(c) for c in range(0x4E00, 0x9FA6)
                  if not body.has_char(chr(c)) and any(f.has_char(chr(c)) for f in others)), None)
    if probe is None:
        pytest.skip("no installed font covers a character the body font lacks")
    pdf_fonts = PdfFonts(fonts, body, heading)
    assert "<font name=" in pdf_fonts.markup(f"王{probe}")
    path = render_pdf(L.Document("补字", "", [L.Paragraph(f"党员王{probe}同志")]), tmp_path / "f.pdf")
    assert f"王{probe}" in "".join(pdf_text(path))


def test_markup_escapes_user_text(fonts):
    body, heading = pick_fonts(fonts)
    pdf_fonts = PdfFonts(fonts, body, heading)
    assert pdf_fonts.markup("a<b>&c\nd") == "a&lt;b&gt;&amp;c<br/>d"


def read_only_folder(tmp_path):
    """A folder this process cannot create files in: chmod 555, or /sys when running as root."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if not os.access(folder, os.W_OK):
        return folder
    folder.chmod(0o755)
    if os.path.isdir("/sys"):  # root ignores permission bits, but sysfs refuses new files
        probe = Path("/sys/sanhui-probe")
        try:
            probe.open("xb").close()
        except OSError:
            return Path("/sys")
        probe.unlink()
    pytest.skip("no read-only folder available to this user")


def test_read_only_folder_raises_write_failed_and_leaves_nothing(tmp_path):
    folder = read_only_folder(tmp_path)
    before = set(os.listdir(folder))
    try:
        with pytest.raises(WriteFailed) as caught:
            render_pdf(S.meeting_record(), folder / "记录.pdf")
        assert "无法保存文件" in str(caught.value) and "记录.pdf" in str(caught.value)
        assert set(os.listdir(folder)) == before
    finally:
        if folder.is_relative_to(tmp_path):
            folder.chmod(0o755)


def test_unwritable_path_raises_write_failed(tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(WriteFailed) as caught:
        render_pdf(S.meeting_record(), blocker / "记录.pdf")
    assert "记录.pdf" in str(caught.value) and "重试" in str(caught.value)


def test_failed_final_rename_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    import errno

    from sanhui.core.documents import _atomic

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "记录.pdf"
    target.write_bytes(b"old")

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_atomic.os, "replace", disk_full)
    with pytest.raises(WriteFailed) as caught:
        render_pdf(S.meeting_record(), target)
    assert "磁盘空间已满" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["记录.pdf"]


def test_cancel_stops_and_writes_nothing(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "book.pdf"
    target.write_bytes(b"old")
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(L.Cancelled):
        render_pdf(S.year_book(3), target, cancel=cancel)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["book.pdf"]


def test_progress_rises_to_done(tmp_path):
    seen: list[tuple[int, int]] = []
    render_pdf(S.year_book(2), tmp_path / "b.pdf", progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 10
    assert all(0 <= done <= total for done, total in seen)
    assert [d / t for d, t in seen] == sorted(d / t for d, t in seen)
    assert seen[-1][0] == seen[-1][1]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_book_contents_have_real_page_numbers(tmp_path):
    doc = S.year_book(3)
    path = render_pdf(doc, tmp_path / "book.pdf")
    pages = pdf_text(path)
    assert "第 1 页" not in pages[0]  # the cover has no footer
    contents = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(path), "-"],
                              capture_output=True, text=True).stdout
    titles = [b.text for b in doc.blocks if isinstance(b, L.Heading) and b.level == 1]
    assert len(titles) == 4
    for title in titles:
        line = next(line for line in contents.splitlines() if title in line)
        number = int(line.split()[-1])
        assert number > 2
        assert compact(title) in compact(pages[number - 1]), (title, number)
    reader = PdfReader(str(path))
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == titles


def test_draft_is_marked_on_every_page(tmp_path):
    path = render_pdf(S.meeting_record(draft=True), tmp_path / "d.pdf")
    pages = pdf_text(path)
    assert all("草稿" in text and "校验码" not in text for text in pages)


def test_cards_and_landscape_table(tmp_path):
    names = S.member_names(9)
    sheet = S.birthday_cards(names)
    path = render_pdf(L.Document("贺卡", S.BRANCH, [sheet]), tmp_path / "cards.pdf")
    pages = pdf_text(path)
    assert len(pages) == math.ceil(len(names) / sheet.per_page)
    assert all(f"{name}同志" in "".join(pages) for name in names)
    stats = L.Document("统计", S.BRANCH, [S.statistics_table()], landscape=True)
    reader = PdfReader(str(render(stats, tmp_path / "s.pdf", "pdf")))
    box = reader.pages[0].mediabox
    assert box.width > box.height
    assert "支部委员会" in reader.pages[0].extract_text() and "12月" in reader.pages[0].extract_text()


def test_empty_document_prints_one_page(tmp_path):
    assert len(pdf_text(render_pdf(L.Document("空白", ""), tmp_path / "e.pdf"))) == 1


def test_fingerprint_and_dispatcher(tmp_path):
    print_mark = fingerprint("记录内容")
    assert re.fullmatch(r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}", print_mark)
    assert fingerprint("记录内容") == print_mark != fingerprint("记录内容。")
    with pytest.raises(ValueError):
        render(L.Document("x", ""), tmp_path / "x.odt", "odt")


def test_cell_longer_than_a_page_breaks_cleanly(tmp_path):
    from collections import Counter

    speech = S.SPEECH * 12  # several pages in one cell
    doc = L.Document("长单元格", "测试支部", [
        L.FieldTable([("会议类型", "党员大会"), ("会议内容", speech)]),
        L.Table(["事项", "说明"], [["一", speech], ["二", "短"]]),
    ])
    pages = pdf_text(render_pdf(doc, tmp_path / "long.pdf"))
    assert len(pages) > 4
    table_pages = pages[next(i for i, t in enumerate(pages) if "事项" in t):]
    assert all(t.count("事项") == 1 for t in table_pages)  # the header once per page, no empty repeats
    printed = Counter(body_text(pages, doc))
    assert not Counter(compact(speech * 2)) - printed  # every character of both copies is there
