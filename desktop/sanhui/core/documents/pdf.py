"""Render a layout Document to PDF with reportlab Platypus.

A4 with the document's margins; the branch name and a rule in every page
header; “第 N 页 共 M 页” and the fingerprint in the footer (a first pass counts
the pages); a light diagonal 草稿 over every page of a draft; CJK fonts
embedded as TrueType subsets, with per-character fallback; PDF bookmarks;
the contents of a book with real page numbers.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer

from . import layout as L
from ._atomic import atomic_target
from .fonts import FontSpec, find_fonts, pick_fonts
from .pdf_blocks import StoryBuilder
from .pdf_text import PdfFonts

# Text the writer adds itself; it must be printable too.
FIXED_TEXT = "第页共校验码草稿（照片无法读取：）目录" + L.DATE_LINE

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def page_number_text(page: int, total: int) -> str:
    return f"第 {page} 页 共 {total} 页"


def _decorate_page(canvas, doc: L.Document, fonts: PdfFonts, number: int, total: int | None,
                  plain: bool) -> None:
    """Draw the footer (“第 N 页 共 M 页”, the fingerprint) and the draft mark over a finished page."""
    width, height = canvas._pagesize
    right = width - doc.margins_mm[3] * mm
    base = max(8 * mm, doc.margins_mm[1] * mm - 15 * mm)
    canvas.saveState()
    if not plain:
        canvas.setFont(fonts.body, 10.5)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(width / 2, base, page_number_text(number, total or number))
        if doc.fingerprint:
            canvas.setFont(fonts.body, 8)
            canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
            canvas.drawRightString(right, base, f"校验码 {doc.fingerprint}")
    if doc.draft:
        canvas.setFillColor(colors.Color(0.55, 0.55, 0.55))
        canvas.setFillAlpha(0.16)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        canvas.setFont(fonts.heading, 140)
        canvas.drawCentredString(0, -50, "草稿")
    canvas.restoreState()


def _no_draw(*args, **kwargs):
    return None


class _LayoutFrame(Frame):
    """A frame that, in a layout-only pass, places flowables without drawing them."""

    def _add(self, flowable, canv, trySplit=0):  # noqa: N803
        if not getattr(canv, "_sanhui_layout_only", False):
            return super()._add(flowable, canv, trySplit)
        flowable.drawOn = _no_draw
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            del flowable.drawOn

    add = _add  # reportlab's doc template calls ``add``, an alias made in Frame's class body


class _DocTemplate(BaseDocTemplate):
    """Adds outline entries, table-of-contents entries, progress and cancel to Platypus.

    Always built with multiBuild: a pass counts the pages, and passes repeat until the
    total printed in the footers equals the number of pages (and the contents are settled)."""

    def __init__(self, filename, n_blocks: int, passes: int, progress, cancel, **kw):
        super().__init__(filename, **kw)
        self.total_pages: int | None = None  # as counted by the previous pass
        self._n_blocks = max(1, n_blocks)
        self._passes = passes
        self._pass = -1
        self._progress = progress
        self._cancel = cancel
        self._outline_level = -1
        self.outline_base = 0  # the heading level shown at the top of the PDF outline

    def beforeDocument(self):  # noqa: N802
        self._pass += 1
        self._outline_level = -1
        self.canv._sanhui_layout_only = self._pass == 0  # the first pass only counts pages

    def _allSatisfied(self):  # noqa: N802 (reportlab's name)
        pages_match = self.total_pages == self.page
        self.total_pages = self.page
        return super()._allSatisfied() and pages_match

    def handle_flowable(self, flowables):
        block = getattr(flowables[0], "_sanhui_block", None) if flowables else None
        if block is not None:
            if self._cancel is not None and self._cancel():
                raise L.Cancelled()
            if self._progress is not None:
                self._progress(self._pass * self._n_blocks + block, self.progress_total())
        super().handle_flowable(flowables)

    def progress_total(self) -> int:
        """Blocks times passes (two expected; a third if the contents moved pages)."""
        return max(self._passes, self._pass + 1) * self._n_blocks

    def afterFlowable(self, flowable):  # noqa: N802
        outline = getattr(flowable, "_sanhui_outline", None)
        if outline is None:
            return
        text, level, key = outline
        self.canv.bookmarkPage(key)
        level = max(0, min(level - self.outline_base, self._outline_level + 1))
        self.canv.addOutlineEntry(text, key, level=level, closed=level >= 1)
        self._outline_level = level
        if outline[1] == 1:
            self.notify("TOCEntry", (0, flowable._sanhui_toc, self.page, key))


def _page_templates(doc: L.Document, fonts: PdfFonts, page_size) -> list[PageTemplate]:
    top, bottom, left, right = (m * mm for m in doc.margins_mm)
    width, height = page_size
    frame = dict(x1=left, y1=bottom, width=width - left - right, height=height - top - bottom,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def normal(canvas, template):
        if doc.header_text:
            rule_y = height - max(10 * mm, top - 10 * mm)
            canvas.saveState()
            canvas.setFont(fonts.body, 10.5)
            canvas.drawCentredString(width / 2, rule_y + 2 * mm, doc.header_text)
            canvas.setLineWidth(0.6)
            canvas.line(left, rule_y, width - right, rule_y)
            canvas.restoreState()

    def normal_end(canvas, template):
        _decorate_page(canvas, doc, fonts, template.page, template.total_pages, plain=False)

    def cover_end(canvas, template):
        _decorate_page(canvas, doc, fonts, template.page, template.total_pages, plain=True)

    return [PageTemplate("normal", [_LayoutFrame(id="body", **frame)], onPage=normal, onPageEnd=normal_end),
            PageTemplate("cover", [_LayoutFrame(id="cover", **frame)], onPageEnd=cover_end)]


def _prefill_contents(story: list) -> None:
    """Give the contents its entries (page numbers to come) so that the first pass sizes it right."""
    from reportlab.platypus.tableofcontents import TableOfContents

    entries = [(0, f._sanhui_toc, 999, f._sanhui_outline[2]) for f in story
               if getattr(f, "_sanhui_outline", None) and f._sanhui_outline[1] == 1]
    for flowable in story:
        if isinstance(flowable, TableOfContents):
            flowable._entries = list(entries)


def build_story(doc: L.Document, builder: StoryBuilder) -> list:
    story: list = []
    blocks = list(doc.blocks)
    while blocks and isinstance(blocks[-1], L.PageBreak):
        blocks.pop()  # a trailing break would print a blank page
    for index, block in enumerate(blocks):
        flowables = builder.block(block)
        if isinstance(block, L.Cover):
            if index > 0:
                flowables = [NextPageTemplate("cover"), RLPageBreak()] + flowables
            flowables += [NextPageTemplate("normal")]
            if index < len(blocks) - 1:
                flowables.append(RLPageBreak())
        for flowable in flowables:
            if getattr(flowable, "_sanhui_outline", None):
                flowable._sanhui_toc = builder.fonts.markup(flowable._sanhui_outline[0])
        if flowables:
            flowables[0]._sanhui_block = index
        story += flowables
    return story or [RLSpacer(1, 1)]  # an empty document still prints one page


def render_pdf(doc: L.Document, out_path, fonts: list[FontSpec] | None = None,
               progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> Path:
    """Write ``doc`` as a PDF at ``out_path`` (atomically) and return the path.

    Raises FontMissing (no font, or characters no font has), WriteFailed, Cancelled."""
    out_path = Path(out_path)
    fonts = fonts or find_fonts()
    body, heading = pick_fonts(fonts)
    pdf_fonts = PdfFonts(fonts, body, heading)
    pdf_fonts.check(list(L.iter_text(doc)) + [FIXED_TEXT])
    page_size = landscape(A4) if doc.landscape else A4
    top, bottom, left, right = (m * mm for m in doc.margins_mm)
    builder = StoryBuilder(pdf_fonts, page_size[0] - left - right, page_size[1] - top - bottom)
    story = build_story(doc, builder)
    first = "cover" if doc.blocks and isinstance(doc.blocks[0], L.Cover) else "normal"
    templates = _page_templates(doc, pdf_fonts, page_size)
    if first == "cover":
        templates.reverse()
    if cancel is not None and cancel():
        raise L.Cancelled()
    with atomic_target(out_path) as tmp:
        template = _DocTemplate(
            str(tmp), len(doc.blocks), 2, progress, cancel, pagesize=page_size, pageTemplates=templates,
            leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
            title=doc.title, author=doc.header_text, creator="三会一课助手", subject=doc.title,
            initialFontName=pdf_fonts.body)  # else an unembedded Helvetica lands in every page
        levels = [b.level for b in doc.blocks if isinstance(b, L.Heading) and b.level <= 2]
        template.outline_base = min(levels, default=0)
        _prefill_contents(story)
        template.multiBuild(story, maxPasses=6)
    if progress is not None:
        progress(template.progress_total(), template.progress_total())
    return out_path
