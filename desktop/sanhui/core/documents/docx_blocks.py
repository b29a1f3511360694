"""Write layout blocks into a python-docx Document (one method per block type)."""
from __future__ import annotations

import io

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.shared import Mm, Pt

from . import docx_xml as X
from . import layout as L
from ._images import prepare_photo, unreadable_note
from .fonts import WordFont, clean_text

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT}
PARAGRAPH_ALIGN = {"center": "center", "right": "right"}
LABEL_FILL = "EBEBEB"
HEADER_FILL = "E0E0E0"
MM_PER_PT = 25.4 / 72
HEADING_STYLES = {0: "Title", 1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}


def _short(value) -> bool:
    """Short enough that its table row is kept on one page (a long one may break across pages)."""
    return L.text_units("" if value is None else str(value)) <= 300


class BlockWriter:
    """Appends blocks to ``document``; a PageBreak becomes 'page break before' on what follows."""

    def __init__(self, document, doc: L.Document, body: WordFont, heading: WordFont,
                 text_width_mm: float, text_height_mm: float):
        self.document = document
        self.doc = doc
        self.body = body
        self.heading = heading
        self.width_mm = text_width_mm
        self.height_mm = text_height_mm
        self.break_pending = False

    # -- runs and paragraphs ---------------------------------------------------
    def style_run(self, run, font: WordFont, size: float | None) -> None:
        X.set_rpr_fonts(run._r.get_or_add_rPr(), font)
        if size:
            run.font.size = Pt(size)

    def run(self, paragraph, text: str, font: WordFont | None = None, size: float | None = None):
        """Add ``text`` as one run (line breaks kept) with the fonts named explicitly."""
        run = paragraph.add_run()
        self.style_run(run, font or self.body, size)
        for i, line in enumerate(clean_text(text).split("\n")):
            if i:
                run.add_break()
            if line:
                run.add_text(line)
        return run

    def paragraph(self, text: str = "", style: str | None = None, size: float | None = None,
                  font: WordFont | None = None, align: str | None = None):
        p = self.document.add_paragraph(style=style)
        if self.break_pending:
            p.paragraph_format.page_break_before = True
            self.break_pending = False
        if align:
            p.alignment = ALIGN[align]
        if text:
            self.run(p, text, font, size)
        return p

    def _break_before_table(self) -> None:
        if self.break_pending:
            p = self.document.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            self.break_pending = False

    def write(self, block, last: bool = False) -> None:
        getattr(self, f"_{type(block).__name__.lower()}")(block)

    def finish(self) -> None:
        self.break_pending = False

    # -- blocks ---------------------------------------------------------------------
    def _heading(self, b: L.Heading) -> None:
        self.paragraph(b.text, style=HEADING_STYLES[b.level], font=self.heading)

    def _paragraph(self, b: L.Paragraph) -> None:
        if b.style == "body":
            for line in b.text.split("\n"):
                p = self.paragraph(line.strip(" \u3000"))
                p.paragraph_format.first_line_indent = Pt(2 * L.BODY_SIZE)
                X.first_line_indent_chars(p, 2, L.BODY_SIZE)
            return
        size = L.SMALL_SIZE if b.style == "small" else None
        self.paragraph(b.text, size=size, align=PARAGRAPH_ALIGN.get(b.style))

    def _spacer(self, b: L.Spacer) -> None:
        p = self.paragraph()
        fmt = p.paragraph_format
        fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Mm(max(0.5, b.mm))

    def _pagebreak(self, b: L.PageBreak) -> None:
        self.break_pending = True

    def _new_table(self, rows: int, ratios: list[float], grid: bool = True):
        self._break_before_table()
        table = self.document.add_table(rows=rows, cols=len(ratios))
        if grid:
            table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False  # w:tblLayout fixed: the widths below are kept
        widths = [Mm(self.width_mm * r) for r in ratios]
        for i, column in enumerate(table.columns):
            column.width = widths[i]
        for row in table.rows:
            for i, cell in enumerate(row.cells):
                cell.width = widths[i]
        return table

    def _cell_text(self, cell, text: str, align: str = "left", font: WordFont | None = None,
                   size: float = L.TABLE_SIZE) -> None:
        p = cell.paragraphs[0]
        fmt = p.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        p.alignment = ALIGN[align]
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if text:
            self.run(p, text, font, size)

    def _after_table(self) -> None:
        spacer = self.document.add_paragraph()
        spacer.paragraph_format.space_after = Pt(0)
        spacer.paragraph_format.line_spacing = Pt(6)
        spacer.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY

    def _fieldtable(self, b: L.FieldTable) -> None:
        grid = b.arrange()
        if not grid:
            return
        table = self._new_table(len(grid), b.col_ratios())
        for r, row_cells in enumerate(grid):
            row = table.rows[r]
            row.height = Mm(8)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            if all(_short(c.value) for c in row_cells):
                X.cant_split(row)
            col = 0
            for cell in row_cells:
                label, value = row.cells[col], row.cells[col + 1]
                X.shade_cell(label, LABEL_FILL)
                self._cell_text(label, cell.label, "center")
                if cell.span > 1:
                    value = value.merge(row.cells[col + cell.span])
                self._cell_text(value, cell.value)
                col += 1 + cell.span
        self._after_table()

    def _table(self, b: L.Table) -> None:
        n_head = b.header_row_count()
        table = self._new_table(n_head + len(b.rows), b.col_ratios())
        header = table.rows[n_head - 1]
        for c, text in enumerate(b.header):
            self._cell_text(header.cells[c], text, "center", self.heading)
        if b.group_header:
            top = table.rows[0]
            for col, text, span, vertical in b.group_cells():
                cell = top.cells[col]
                if vertical:
                    header.cells[col].paragraphs[0].clear()
                    cell = cell.merge(header.cells[col])
                elif span > 1:
                    cell = cell.merge(top.cells[col + span - 1])
                self._cell_text(cell, text, "center", self.heading)
        for r in range(n_head):
            if b.repeat_header:
                X.repeat_as_header(table.rows[r])
            for cell in table.rows[r].cells:
                X.shade_cell(cell, HEADER_FILL)
        for r, values in enumerate(b.rows, start=n_head):
            row = table.rows[r]
            if all(_short(v) for v in values):
                X.cant_split(row)
            if b.min_row_height_mm:
                row.height = Mm(b.min_row_height_mm)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for c, value in enumerate(values):
                self._cell_text(row.cells[c], "" if value is None else str(value), b.column_align(c))
        self._after_table()

    def _signaturelines(self, b: L.SignatureLines) -> None:
        per_row = max(1, min(b.per_row, len(b.labels) or 1))
        label_units = max([L.text_units(t) + 2 for t in b.labels] + [0])  # + the colon
        label_mm = label_units * L.BODY_SIZE / 2 * MM_PER_PT + 5  # + Word's cell margins
        label_ratio = min(0.6 / per_row, label_mm / self.width_mm)
        ratios = [label_ratio, 1 / per_row - label_ratio] * per_row
        rows = (len(b.labels) + per_row - 1) // per_row + (1 if b.date_line else 0)
        if rows == 0:
            return
        self.paragraph().paragraph_format.space_after = Pt(6)
        table = self._new_table(rows, ratios, grid=False)
        for i, label in enumerate(b.labels):
            row, c = table.rows[i // per_row], i % per_row
            row.height, row.height_rule = Mm(13), WD_ROW_HEIGHT_RULE.AT_LEAST
            self._sign_cell(row.cells[2 * c], f"{label}：")
            self._sign_cell(row.cells[2 * c + 1], "")
            X.cell_borders(row.cells[2 * c + 1], bottom="single")
        if b.date_line:
            row = table.rows[-1]
            row.height, row.height_rule = Mm(13), WD_ROW_HEIGHT_RULE.AT_LEAST
            cell = row.cells[0].merge(row.cells[-1])
            self._sign_cell(cell, L.DATE_LINE)
        self._after_table()

    def _sign_cell(self, cell, text: str) -> None:
        self._cell_text(cell, text, size=L.BODY_SIZE)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM

    def _photo(self, b: L.Photo) -> None:
        photo = prepare_photo(b.source)
        if photo is None:
            self.paragraph(unreadable_note(b.source), size=L.SMALL_SIZE, align="center")
            return
        scale = min(self.width_mm / photo.width, b.max_height_mm / photo.height,
                    self.height_mm * 0.8 / photo.height)
        p = self.paragraph(align="center")
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        p.paragraph_format.keep_with_next = bool(b.caption)
        p.add_run().add_picture(io.BytesIO(photo.data), width=Mm(photo.width * scale),
                                height=Mm(photo.height * scale))
        if b.caption:
            self.paragraph(b.caption, size=L.SMALL_SIZE, align="center")

    def _tableofcontents(self, b: L.TableOfContents) -> None:
        self.paragraph(b.title, style="Title", font=self.heading)
        titles = [blk.text for blk in self.doc.blocks if isinstance(blk, L.Heading) and blk.level == 1]
        titles = titles or [""]
        first = self.paragraph()

        def style_run(run) -> None:
            self.style_run(run, self.body, None)

        # A TOC field (F9 in Word adds the page numbers) whose cached result lists the titles.
        for kind, text in (("begin", None), ("instr", 'TOC \\o "1-1" \\h \\z \\u'), ("separate", None)):
            run = first.add_run()
            style_run(run)
            if kind == "instr":
                X.add_instr(run, text)
            else:
                run._r.append(X.field_char(kind))
        paragraphs = [first] + [self.paragraph() for _ in titles[1:]]
        for p, title in zip(paragraphs, titles):
            p.paragraph_format.line_spacing = Pt(L.BODY_SIZE * 1.9)
            self.run(p, title)
        end = paragraphs[-1].add_run()
        style_run(end)
        end._r.append(X.field_char("end"))
        self.break_pending = True

    def _cover(self, b: L.Cover) -> None:
        if self.document.paragraphs or self.document.tables:
            self.break_pending = True
        top = self.paragraph()
        top.paragraph_format.space_before = Mm(self.height_mm * 0.22)
        title = self.paragraph(b.title, font=self.heading, size=30, align="center")
        title.paragraph_format.space_after = Mm(20)
        for line in b.lines:
            p = self.paragraph(line, size=16, align="center")
            p.paragraph_format.line_spacing = Pt(30)
        self.break_pending = True

    def _cardsheet(self, b: L.CardSheet) -> None:
        cols, rows = b.grid()
        row_height = Mm((self.height_mm - 14) / rows)
        for page_no, cards in enumerate(b.pages()):
            if page_no:
                self.break_pending = True
            table = self._new_table(rows, [1 / cols] * cols)
            for r in range(rows):
                row = table.rows[r]
                row.height, row.height_rule = row_height, WD_ROW_HEIGHT_RULE.EXACTLY
                X.cant_split(row)
                for c in range(cols):
                    i = r * cols + c
                    if i < len(cards):
                        self._card(row.cells[c], cards[i], b.tail_right)
            self._after_table()

    def _card(self, cell, lines: list[str], tail_right: int) -> None:
        tail_start = max(1, len(lines) - tail_right)
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            fmt = p.paragraph_format
            fmt.space_after = Pt(2)
            if i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                fmt.space_before, fmt.space_after = Pt(6), Pt(8)
                self.run(p, line, self.heading, 16)
                continue
            if i >= tail_start:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                fmt.space_before = Pt(8) if i == tail_start else Pt(0)
            elif not line.rstrip().endswith(("：", ":")):
                fmt.first_line_indent = Pt(2 * L.CARD_SIZE)
            self.run(p, line, size=L.CARD_SIZE)
