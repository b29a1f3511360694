"""Turn layout blocks into reportlab flowables (styles, tables, photos, cards)."""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepInFrame, KeepTogether, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from . import layout as L
from ._images import prepare_photo, unreadable_note
from .pdf_late import ContentsTable
from .pdf_tables import RULE as GRID
from .pdf_tables import GridRow, Padding, bordered_table
from .pdf_text import CJKParagraph, PdfFonts

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
TABLE_TEXT = (L.TABLE_SIZE, L.TABLE_SIZE * 1.4)  # size and leading of the plain-string cells


def make_styles(fonts: PdfFonts) -> dict[str, ParagraphStyle]:
    body, head = fonts.body, fonts.heading

    def style(name, font=body, size=L.BODY_SIZE, leading=None, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * L.LINE_SPACING,
                              wordWrap="CJK", **kw)

    s = {
        "body": style("body", firstLineIndent=2 * L.BODY_SIZE, spaceAfter=2),
        "plain": style("plain", spaceAfter=2),
        "small": style("small", size=L.SMALL_SIZE, spaceAfter=2),
        "center": style("center", alignment=TA_CENTER, spaceAfter=2),
        "right": style("right", alignment=TA_RIGHT, spaceAfter=2),
        "caption": style("caption", size=L.SMALL_SIZE, alignment=TA_CENTER, spaceBefore=2, spaceAfter=6),
        "h0": style("h0", head, L.HEADING_SIZES[0], L.HEADING_SIZES[0] * 1.45, alignment=TA_CENTER,
                    spaceBefore=4, spaceAfter=14),
        "h1": style("h1", head, L.HEADING_SIZES[1], L.HEADING_SIZES[1] * 1.45, alignment=TA_CENTER,
                    spaceBefore=4, spaceAfter=10),
        "h2": style("h2", head, L.HEADING_SIZES[2], L.HEADING_SIZES[2] * 1.5, spaceBefore=10, spaceAfter=4),
        "h3": style("h3", head, L.HEADING_SIZES[3], L.HEADING_SIZES[3] * 1.5, spaceBefore=6, spaceAfter=2),
        "cell": style("cell", size=L.TABLE_SIZE, leading=L.TABLE_SIZE * 1.4),
        "label": style("label", size=L.TABLE_SIZE, leading=L.TABLE_SIZE * 1.4, alignment=TA_CENTER),
        "th": style("th", head, L.TABLE_SIZE, L.TABLE_SIZE * 1.4, alignment=TA_CENTER),
        "sign": style("sign", size=L.BODY_SIZE),
        "card_title": style("card_title", head, 16, 24, alignment=TA_CENTER, spaceAfter=8),
        "card": style("card", size=L.CARD_SIZE, firstLineIndent=2 * L.CARD_SIZE, spaceAfter=2),
        "card_to": style("card_to", size=L.CARD_SIZE, spaceAfter=2),
        "card_right": style("card_right", size=L.CARD_SIZE, alignment=TA_RIGHT, spaceAfter=0),
        "cover_title": style("cover_title", head, 30, 44, alignment=TA_CENTER, spaceAfter=24),
        "cover_line": style("cover_line", size=16, leading=30, alignment=TA_CENTER),
        "toc": style("toc", size=L.BODY_SIZE, leading=L.BODY_SIZE * 1.9, rightIndent=36),
    }
    for align in ("left", "center", "right"):
        s[f"cell_{align}"] = style(f"cell_{align}", size=L.TABLE_SIZE, leading=L.TABLE_SIZE * 1.4,
                                   alignment=ALIGN[align])
    return s


class StoryBuilder:
    """Builds the flowables of one document; ``width``/``height`` are the frame's, in points."""

    def __init__(self, fonts: PdfFonts, width: float, height: float):
        self.fonts = fonts
        self.width = width
        self.height = height
        self.styles = make_styles(fonts)
        self.heading_count = 0

    def cell(self, text: str, style: str, width: float):
        """A table cell: the plain string when it fits on one line in the body font (reportlab draws
        it directly, without a Paragraph to parse, wrap and draw), else a paragraph."""
        if "\n" not in text:
            st = self.styles[style]
            if (st.fontName == self.fonts.body and self.fonts.markup(text) == escape(text)
                    and pdfmetrics.stringWidth(text, st.fontName, st.fontSize) <= width):
                return text
        return self.para(text, style)

    def para(self, text: str, style: str) -> CJKParagraph:
        primary = self.fonts.heading if self.styles[style].fontName == self.fonts.heading else None
        return CJKParagraph(self.fonts.markup(text, primary), self.styles[style])

    def table_style(self, cmds: list) -> TableStyle:
        """Cell commands plus our font for string cells (else reportlab sets Helvetica, unembedded)."""
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.body)] + cmds)

    # -- blocks -----------------------------------------------------------
    def block(self, block) -> list[Flowable]:
        kind = type(block).__name__
        return getattr(self, f"_{kind.lower()}")(block)

    def _heading(self, b: L.Heading) -> list[Flowable]:
        p = self.para(b.text, f"h{b.level}")
        p.keepWithNext = 1
        if b.level <= 2:
            self.heading_count += 1
            p._sanhui_outline = (b.text, b.level, f"h{self.heading_count}")
        return [p]

    def _paragraph(self, b: L.Paragraph) -> list[Flowable]:
        if b.style != "body":
            return [self.para(b.text, b.style)]
        # one paragraph per line, indented by the style (not by the spaces a user typed)
        lines = [line.strip(" \u3000") for line in b.text.split("\n")]
        return [self.para(line, "body") if line else RLSpacer(1, self.styles["body"].leading)
                for line in lines]

    def _spacer(self, b: L.Spacer) -> list[Flowable]:
        return [RLSpacer(1, b.mm * mm)]

    def _pagebreak(self, b: L.PageBreak) -> list[Flowable]:
        return [RLPageBreak()]

    def _fieldtable(self, b: L.FieldTable) -> list[Flowable]:
        width = b.grid_columns()
        ratios = b.col_ratios()
        body = []
        for row in b.arrange():
            cells: list = [""] * width
            grid_row = GridRow(cells, [])
            col = 0
            for cell in row:
                cells[col] = self.cell(cell.label, "label", ratios[col] * self.width - 10)
                cells[col + 1] = self.cell(cell.value, "cell",
                                           sum(ratios[col + 1:col + 1 + cell.span]) * self.width - 10)
                grid_row.starts += [col, col + 1]
                grid_row.shaded.append(col)
                if cell.span > 1:
                    grid_row.spans.append((col + 1, col + cell.span))
                col += 1 + cell.span
            body.append(grid_row)
        if not body:
            return []
        widths = [r * self.width for r in b.col_ratios()]
        return [bordered_table([], [], body, widths, self.fonts.body, self.height, Padding(5, 5, 4),
                               text_size=TABLE_TEXT)]

    def _table(self, b: L.Table) -> list[Flowable]:
        header_rows, header_cmds = [], []
        header = [self.para(text, "th") for text in b.header]
        if b.group_header:
            group: list = [""] * len(b.header)
            for col, text, span, vertical in b.group_cells():
                group[col] = self.para(text, "th")
                if vertical:
                    header[col] = ""
                    header_cmds.append(("SPAN", (col, 0), (col, 1)))
                elif span > 1:
                    header_cmds.append(("SPAN", (col, 0), (col + span - 1, 0)))
            header_rows.append(group)
        header_rows.append(header)
        n = len(b.header)
        widths = [r * self.width for r in b.col_ratios()]
        body = [GridRow([self.cell("" if v is None else str(v), f"cell_{b.column_align(c)}", widths[c] - 8)
                         for c, v in enumerate(row)], list(range(n))) for row in b.rows]
        n_head = len(header_rows)
        extra = [("ALIGN", (c, n_head), (c, -1), b.column_align(c).upper())
                 for c in range(n) if b.column_align(c) != "left"]
        min_height = (b.min_row_height_mm or 0) * mm
        return [bordered_table(header_rows, header_cmds, body, widths, self.fonts.body, self.height,
                               Padding(3, 4, 3), b.repeat_header, min_height, extra_cmds=extra,
                               text_size=TABLE_TEXT)]

    def _signaturelines(self, b: L.SignatureLines) -> list[Flowable]:
        per_row = max(1, min(b.per_row, len(b.labels) or 1))
        size = self.styles["sign"].fontSize
        label_w = max([pdfmetrics.stringWidth(f"{t}：", self.fonts.body, size) for t in b.labels] + [0]) + 6
        label_w = min(label_w, self.width / per_row * 0.6)
        widths = [label_w, self.width / per_row - label_w] * per_row
        data, cmds = [], []
        for r, start in enumerate(range(0, len(b.labels), per_row)):
            row: list = []
            for c, label in enumerate(b.labels[start:start + per_row]):
                row += [self.para(label + "：", "sign"), ""]
                cmds.append(("LINEBELOW", (2 * c + 1, r), (2 * c + 1, r), 0.6, colors.black))
                cmds.append(("RIGHTPADDING", (2 * c + 1, r), (2 * c + 1, r), 0))
            data.append(row + [""] * (2 * per_row - len(row)))
        if b.date_line:
            data.append([self.para(L.DATE_LINE, "sign")] + [""] * (2 * per_row - 1))
            cmds.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        if not data:
            return []
        cmds += [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 18),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
        for c in range(per_row - 1):  # a gap between one signature line and the next label
            cmds.append(("RIGHTPADDING", (2 * c + 1, 0), (2 * c + 1, -1), 18))
        table = RLTable(data, colWidths=widths, style=self.table_style(cmds), spaceBefore=12, spaceAfter=8)
        return [KeepTogether([table])]

    def _photo(self, b: L.Photo) -> list[Flowable]:
        photo = prepare_photo(b.source)
        if photo is None:
            return [self.para(unreadable_note(b.source), "caption")]
        scale = min(self.width / photo.width, b.max_height_mm * mm / photo.height,
                    self.height * 0.8 / photo.height)
        image = Image(io.BytesIO(photo.data), width=photo.width * scale, height=photo.height * scale)
        parts: list[Flowable] = [RLSpacer(1, 4), image]
        if b.caption:
            parts.append(self.para(b.caption, "caption"))
        return [KeepTogether(parts)]

    def _tableofcontents(self, b: L.TableOfContents) -> list[Flowable]:
        toc = ContentsTable(levelStyles=[self.styles["toc"]], dotsMinLevel=0,
                            tableStyle=self.table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [self.para(b.title, "h0"), toc, RLPageBreak()]

    def _cover(self, b: L.Cover) -> list[Flowable]:
        parts: list[Flowable] = [RLSpacer(1, self.height * 0.22), self.para(b.title, "cover_title"),
                                 RLSpacer(1, 20 * mm)]
        parts += [self.para(line, "cover_line") for line in b.lines]
        return parts  # the caller switches page templates around it

    def _cardsheet(self, b: L.CardSheet) -> list[Flowable]:
        cols, rows = b.grid()
        cell_w = self.width / cols
        cell_h = (self.height - 2) / rows
        out: list[Flowable] = []
        for page_no, cards in enumerate(b.pages()):
            grid: list[list] = []
            for r in range(rows):
                row = []
                for c in range(cols):
                    i = r * cols + c
                    row.append(self._card(cards[i], b.tail_right, cell_w, cell_h) if i < len(cards) else "")
                grid.append(row)
            cmds = [("GRID", (0, 0), (-1, -1), 0.8, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
            out.append(RLPageBreak() if page_no else CondPageBreak(cell_h * rows))
            out.append(RLTable(grid, colWidths=[cell_w] * cols, rowHeights=[cell_h] * rows,
                               style=self.table_style(cmds)))
        return out

    def _card(self, lines: list[str], tail_right: int, cell_w: float, cell_h: float) -> Flowable:
        parts: list[Flowable] = []
        tail_start = max(1, len(lines) - tail_right)
        for i, line in enumerate(lines):
            style = "card_title" if i == 0 else ("card_right" if i >= tail_start else "card")
            if style == "card" and line.rstrip().endswith(("：", ":")):
                style = "card_to"  # the salutation, e.g. 张三同志：
            if i == tail_start and i > 0:
                parts.append(RLSpacer(1, 8))
            parts.append(self.para(line, style))
        return KeepInFrame(cell_w - 20, cell_h - 18, parts, mode="shrink")
