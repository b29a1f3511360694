"""The PDF writer lays a document out in one pass: the numbers known only at its end (the
total M of “第 N 页 共 M 页”, the contents' page numbers) are filled in before the file is
saved, and its quicker paths must print what reportlab's own would. Tested by reading back."""
from __future__ import annotations

import gc
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.platypus.paragraph import Paragraph, cjkFragSplit

from sanhui.core.documents import layout as L
from sanhui.core.documents import sample as S
from sanhui.core.documents.fonts import find_fonts, pick_fonts
from sanhui.core.documents.pdf import render_pdf
from sanhui.core.documents.pdf_blocks import make_styles
from sanhui.core.documents.pdf_text import CJKParagraph, PdfFonts, _keep_spaces, kinsoku_split

CONTENTS_LINE = re.compile(r"^\s*(\S.*?\S)\s*(?:\.\s*){3,}(\d+)\s*$")  # 标题 . . . . 12


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    doc = S.year_book(32)  # 33 entries: the contents run over two pages
    path = render_pdf(doc, tmp_path_factory.mktemp("book") / "book.pdf")
    return doc, path, [page.extract_text() or "" for page in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def pdf_fonts():
    fonts = find_fonts()
    return PdfFonts(fonts, *pick_fonts(fonts))


def test_every_footer_counts_all_pages(book):
    _doc, _path, pages = book
    total = len(pages)
    assert total > 60
    assert "页" not in pages[0]  # the cover has no footer
    for number, text in enumerate(pages[1:], start=2):
        assert f"第 {number} 页 共 {total} 页" in text
        assert re.findall(r"共 (\d+) 页", text) == [str(total)]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_contents_give_the_pages_where_the_headings_are(book):
    doc, path, pages = book
    titles = [b.text for b in doc.blocks if isinstance(b, L.Heading) and b.level == 1]
    layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                            check=True).stdout.split("\f")
    entries: dict[str, int] = {}
    contents_pages = set()
    for index, page in enumerate(layout):
        for line in page.splitlines():
            match = CONTENTS_LINE.match(line)
            if match:
                assert match.group(1) not in entries, line
                entries[match.group(1)] = int(match.group(2))
                contents_pages.add(index)
    assert list(entries) == titles
    assert contents_pages == {1, 2}
    header = compact(doc.header_text)
    for title, number in entries.items():
        assert compact(pages[number - 1]).startswith(header + compact(title)), (title, number)
        assert not any(compact(title) in compact(text) for text in pages[3:number - 1]), title
    reader = PdfReader(str(path))
    outline = {item.title: reader.get_destination_page_number(item) + 1
               for item in reader.outline if not isinstance(item, list)}
    assert outline == entries


def _subset_characters(font) -> set[str]:
    """The characters an embedded TrueType subset prints (from its ToUnicode map)."""
    assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
    return {chr(int(code, 16)) for code in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]{4})>", cmap)}


def test_characters_only_in_the_late_numbers_are_embedded(tmp_path):
    """第, 共, 页 and the digits are set only in the forms drawn after the last page."""
    doc = L.Document("三页", "", [L.Paragraph("甲乙"), L.PageBreak(), L.Paragraph("丙丁"), L.PageBreak(),
                                  L.Paragraph("戊己")])
    reader = PdfReader(str(render_pdf(doc, tmp_path / "late.pdf")))
    assert [page.extract_text().split() for page in reader.pages] == [
        ["甲乙", "第", "1", "页", "共", "3", "页"], ["丙丁", "第", "2", "页", "共", "3", "页"],
        ["戊己", "第", "3", "页", "共", "3", "页"]]
    printable = set()
    for page in reader.pages:
        assert "/XObject" in page["/Resources"]  # the footer is a form
        for font in page["/Resources"]["/Font"].values():
            printable |= _subset_characters(font.get_object())
    assert set("第共页123") <= printable


def test_the_cycle_collector_is_on_again_after_a_pdf(tmp_path):
    assert gc.isenabled()
    render_pdf(S.year_book(1), tmp_path / "one.pdf")
    assert gc.isenabled()
    with pytest.raises(L.Cancelled):
        render_pdf(S.year_book(2), tmp_path / "two.pdf", cancel=lambda: not gc.isenabled())
    assert gc.isenabled()
    gc.disable()  # left off by whoever called
    try:
        render_pdf(S.year_book(1), tmp_path / "three.pdf")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_plain_text_is_given_the_parsers_fragments(pdf_fonts):
    styles = make_styles(pdf_fonts)
    for text in ["支部委员会会议记录", "王　芳  李 四", "2026年3月5日 9:00—11:30", "x"]:
        for name in ("body", "h1", "cell_right", "toc"):
            mine = CJKParagraph(text, styles[name])
            parsed = Paragraph.__new__(Paragraph)
            parsed.caseSensitive, parsed.encoding = 1, "utf8"
            Paragraph._setup(parsed, text, styles[name], None, None, _keep_spaces)
            assert [f.__dict__ for f in mine.frags] == [f.__dict__ for f in parsed.frags], (text, name)


def test_lines_are_made_as_reportlab_makes_them(pdf_fonts):
    """Without punctuation, breaking is the same as reportlab's: so are the lines' words."""
    styles = make_styles(pdf_fonts)
    text = ("党支部书记传达了上级关于做好当前农村基层党建工作的部署要求\n结合本村实际就如何落实制度加强"
            "党员日常教育管理作了讲话\n\n") * 3
    markup = pdf_fonts.markup(text) + f'<font name="{pdf_fonts.heading}">会议强调加强政治理论学习</font>'
    frags = CJKParagraph(markup, styles["body"]).frags
    assert len(frags) > 5 and any(hasattr(f, "lineBreak") for f in frags)
    for widths in ([200.0, 230.0], [95.0], [1000.0]):
        ours, theirs = kinsoku_split(frags, widths, False).lines, cjkFragSplit(frags, widths, False).lines
        assert len(ours) == len(theirs) > 1
        for mine, reference in zip(ours, theirs):
            assert [w.__dict__ for w in mine.words] == [w.__dict__ for w in reference.words]
            for key in ("fontSize", "ascent", "descent", "lineBreak", "maxWidth", "wordCount"):
                assert getattr(mine, key) == getattr(reference, key), key
            assert mine.extraSpace == pytest.approx(reference.extraSpace)
