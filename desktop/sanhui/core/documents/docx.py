"""Render a layout Document to Word (.docx) with python-docx.

A4 with the document's margins; 宋体 body and 黑体 headings named explicitly
(w:eastAsia on the styles and on every run, theme fonts removed, Chinese as
the East Asian language); the branch name in the header; “第 X 页 共 Y 页”
from PAGE and NUMPAGES fields in the footer; bordered tables with merged and
repeated header rows; signature lines; photos; a TOC field for a book.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from . import docx_xml as X
from . import layout as L
from ._atomic import atomic_target
from .docx_blocks import HEADING_STYLES, BlockWriter
from .fonts import WORD_FONTS, WordFont

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _setup_styles(document, body: WordFont, heading: WordFont) -> None:
    # The template's Word 2010 copy of the styles still names theme fonts; Word needs only styles.xml.
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            document.part.drop_rel(rel_id)
    styles = document.styles
    X.scrub_theme_fonts(styles.element)
    defaults = styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    X.set_rpr_fonts(r_pr, body, hint=False)
    X.set_east_asian_language(r_pr)

    normal = styles["Normal"]
    normal.font.size = Pt(L.BODY_SIZE)
    X.set_rpr_fonts(normal.element.get_or_add_rPr(), body, hint=False)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(2)
    fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    fmt.line_spacing = Pt(L.BODY_SIZE * L.LINE_SPACING)
    fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST

    for level, name in HEADING_STYLES.items():
        style = styles[name]
        X.remove_paragraph_borders(style.element)
        style.font.size = Pt(L.HEADING_SIZES[level])
        style.font.bold = False
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        X.set_rpr_fonts(style.element.get_or_add_rPr(), heading, hint=False)
        fmt = style.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if level <= 1 else WD_ALIGN_PARAGRAPH.LEFT
        fmt.space_before = Pt(6 if level <= 1 else 10)
        fmt.space_after = Pt(12 if level <= 1 else 4)
        fmt.keep_with_next = True
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    for name in ("Header", "Footer"):
        X.set_rpr_fonts(styles[name].element.get_or_add_rPr(), body, hint=False)


def _setup_page(document, doc: L.Document) -> None:
    section = document.sections[0]
    width, height = Mm(210), Mm(297)
    if doc.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    top, bottom, left, right = doc.margins_mm
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = Mm(max(8.0, top - 22))
    section.footer_distance = Mm(max(8.0, bottom - 20))
    if doc.blocks and isinstance(doc.blocks[0], L.Cover):
        section.different_first_page_header_footer = True


def _header_footer(document, doc: L.Document, writer: BlockWriter) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc.header_text:
        writer.run(header, doc.header_text, size=L.SMALL_SIZE)
    if doc.draft:
        run = writer.run(header, "　【草稿】", font=writer.heading, size=L.SMALL_SIZE)
        run.font.color.rgb = RGBColor(0xC0, 0, 0)
    if doc.header_text or doc.draft:
        X.paragraph_bottom_border(header)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def style_run(run) -> None:
        writer.style_run(run, writer.body, L.SMALL_SIZE)

    writer.run(footer, "第 ", size=L.SMALL_SIZE)
    X.add_field(footer, "PAGE", "1", style_run)
    writer.run(footer, " 页 共 ", size=L.SMALL_SIZE)
    X.add_field(footer, "NUMPAGES", "1", style_run)
    writer.run(footer, " 页", size=L.SMALL_SIZE)
    if doc.fingerprint:
        mark = section.footer.add_paragraph()
        mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        writer.run(mark, f"校验码 {doc.fingerprint}", size=8)


def build_docx(doc: L.Document, body: WordFont | None = None, heading: WordFont | None = None,
               progress: ProgressFn | None = None, cancel: CancelFn | None = None):
    """The python-docx Document for ``doc`` (not saved)."""
    body = body or WORD_FONTS["body"]
    heading = heading or WORD_FONTS["heading"]
    document = new_docx()
    _setup_styles(document, body, heading)
    _setup_page(document, doc)
    section = document.sections[0]
    text_width_mm = (section.page_width - section.left_margin - section.right_margin) / Mm(1)
    text_height_mm = (section.page_height - section.top_margin - section.bottom_margin) / Mm(1)
    writer = BlockWriter(document, doc, body, heading, text_width_mm, text_height_mm)
    _header_footer(document, doc, writer)
    props = document.core_properties
    props.title, props.author, props.last_modified_by = doc.title, doc.header_text, "三会一课助手"
    props.comments = f"校验码 {doc.fingerprint}" if doc.fingerprint else ""

    blocks = list(doc.blocks)
    while blocks and isinstance(blocks[-1], L.PageBreak):
        blocks.pop()
    total = max(1, len(blocks))
    for index, block in enumerate(blocks):
        if cancel is not None and cancel():
            raise L.Cancelled()
        if progress is not None:
            progress(index, total)
        writer.write(block, last=index == len(blocks) - 1)
    writer.finish()
    if progress is not None:
        progress(total, total)
    return document


def render_docx(doc: L.Document, out_path, body_font: WordFont | None = None,
                heading_font: WordFont | None = None, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None, fonts=None) -> Path:
    """Write ``doc`` as a .docx at ``out_path`` (atomically) and return the path.

    Raises WriteFailed or Cancelled. Word picks the fonts on the printing computer,
    so no font file is needed; ``fonts`` (the PDF writer's argument) is accepted and unused."""
    out_path = Path(out_path)
    document = build_docx(doc, body_font, heading_font, progress, cancel)
    buffer = io.BytesIO()
    document.save(buffer)
    with atomic_target(out_path) as tmp:
        tmp.write_bytes(buffer.getvalue())
    return out_path

