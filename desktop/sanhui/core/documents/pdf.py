"""Render a layout Document to PDF with reportlab Platypus.

A4 with the document's margins; the branch name and a rule in every page
header; “第 N 页 共 M 页” and the fingerprint in the footer; a light diagonal
草稿 over every page of a draft; CJK fonts embedded as TrueType subsets, with
per-character fallback; PDF bookmarks; the contents of a book with real page
numbers. One layout pass: the total M and the contents' page numbers are
filled in at the end (see pdf_late).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from reportlab import rl_config
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
from .pdf_late import ContentsTable, LateNumbers
from .pdf_text import PdfFonts

# Streams are compressed but not also ASCII85-encoded (reportlab's default, done in pure Python):
# quicker to write, and the year book a tenth smaller. A process-wide reportlab setting; only
# this writer uses reportlab.
rl_config.useA85 = 0

# Text the writer adds itself; it must be printable too.
FIXED_TEXT = "第页共校验码草稿（照片无法读取：）目录" + L.DATE_LINE

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def page_number_text(page: int, total: int) -> str:
    return f"第 {page} 页 共 {total} 页"


def _decorate_page(canvas, doc: L.Document, fonts: PdfFonts, number: int, late: LateNumbers,
                  plain: bool) -> None:
    """Draw the footer (“第 N 页 共 M 页”, the fingerprint) and the draft mark over a finished page."""
    width, height = canvas._pagesize
    right = width - doc.margins_mm[3] * mm
    base = max(8 * mm, doc.margins_mm[1] * mm - 15 * mm)
    canvas.saveState()
    if not plain:
        def page_number(numbers: LateNumbers, form_canvas) -> None:  # centred, once M is known
            form_canvas.setFont(fonts.body, 10.5)
            form_canvas.setFillColor(colors.black)
            form_canvas.drawCentredString(width / 2, base, page_number_text(number, numbers.total_pages))

        late.place(canvas, page_number)
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


class _DocTemplate(BaseDocTemplate):
    """Adds outline entries, the pages of headings, progress and cancel to Platypus.

    Built in one pass (:meth:`build_once`); the numbers known only at the end are late forms."""

    def __init__(self, filename, n_blocks: int, late: LateNumbers, progress, cancel, **kw):
        super().__init__(filename, **kw)
        self.late = late
        self._n_blocks = max(1, n_blocks)
        self._progress = progress
        self._cancel = cancel
        self._outline_level = -1
        self.outline_base = 0  # the heading level shown at the top of the PDF outline

    def build_once(self, story: list) -> None:
        """Lay out and draw ``story``, then fill in the late numbers and save."""
        self._doSave = 0  # reportlab's switch: build() leaves the canvas open
        self.build(story)
        self.late.finish(self.canv, self.canv.getPageNumber() - 1)  # the canvas counts the next page
        self.canv.save()

    def handle_flowable(self, flowables):
        block = getattr(flowables[0], "_sanhui_block", None) if flowables else None
        if block is not None:
            if self._cancel is not None and self._cancel():
                raise L.Cancelled()
            if self._progress is not None:
                self._progress(block, self.progress_total())
        super().handle_flowable(flowables)

    def progress_total(self) -> int:
        return self._n_blocks

    def afterFlowable(self, flowable):  # noqa: N802
        outline = getattr(flowable, "_sanhui_outline", None)
        if outline is None:
            return
        text, level, key = outline
        self.canv.bookmarkPage(key)
        level = max(0, min(level - self.outline_base, self._outline_level + 1))
        self.canv.addOutlineEntry(text, key, level=level, closed=level >= 1)
        self._outline_level = level
        self.late.heading_pages[key] = self.page


def _page_templates(doc: L.Document, fonts: PdfFonts, page_size, late: LateNumbers) -> list[PageTemplate]:
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
        _decorate_page(canvas, doc, fonts, template.page, late, plain=False)

    def cover_end(canvas, template):
        _decorate_page(canvas, doc, fonts, template.page, late, plain=True)

    return [PageTemplate("normal", [Frame(id="body", **frame)], onPage=normal, onPageEnd=normal_end),
            PageTemplate("cover", [Frame(id="cover", **frame)], onPageEnd=cover_end)]


def _fill_contents(story: list, late: LateNumbers) -> None:
    """Give the contents its entries, the level-1 headings of the story; their pages come late."""
    entries = [(0, f._sanhui_toc, 0, f._sanhui_outline[2]) for f in story
               if getattr(f, "_sanhui_outline", None) and f._sanhui_outline[1] == 1]
    for flowable in story:
        if isinstance(flowable, ContentsTable):
            flowable.set_entries(entries, late)


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
    with _cycle_collector_paused():
        template = _write(doc, out_path, fonts, progress, cancel)
    if progress is not None:
        progress(template.progress_total(), template.progress_total())
    return out_path


@contextmanager
def _cycle_collector_paused():
    """Python's cycle collector off while a PDF is made: reportlab makes a great many small
    objects, and the collections they set off took a tenth of the time. Garbage is still freed
    as it is made (reference counting); cycles wait for the next collection."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write(doc: L.Document, out_path: Path, fonts: list[FontSpec], progress: ProgressFn | None,
           cancel: CancelFn | None) -> _DocTemplate:
    body, heading = pick_fonts(fonts)
    pdf_fonts = PdfFonts(fonts, body, heading)
    pdf_fonts.check(list(L.iter_text(doc)) + [FIXED_TEXT])
    page_size = landscape(A4) if doc.landscape else A4
    top, bottom, left, right = (m * mm for m in doc.margins_mm)
    builder = StoryBuilder(pdf_fonts, page_size[0] - left - right, page_size[1] - top - bottom)
    story = build_story(doc, builder)
    first = "cover" if doc.blocks and isinstance(doc.blocks[0], L.Cover) else "normal"
    late = LateNumbers(page_size)
    templates = _page_templates(doc, pdf_fonts, page_size, late)
    if first == "cover":
        templates.reverse()
    if cancel is not None and cancel():
        raise L.Cancelled()
    with atomic_target(out_path) as tmp:
        template = _DocTemplate(
            str(tmp), len(doc.blocks), late, progress, cancel, pagesize=page_size, pageTemplates=templates,
            leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
            title=doc.title, author=doc.header_text, creator="三会一课助手", subject=doc.title,
            initialFontName=pdf_fonts.body)  # else an unembedded Helvetica lands in every page
        levels = [b.level for b in doc.blocks if isinstance(b, L.Heading) and b.level <= 2]
        template.outline_base = min(levels, default=0)
        _fill_contents(story, late)
        template.build_once(story)
    return template
