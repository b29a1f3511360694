"""Bordered tables for the PDF: form grids (FieldTable) and tables with repeated headers.

A row taller than a fifth of the page (a long speech pasted into a cell) is
cut between two lines of its text into continuation rows, drawn without a
rule between them, so the table can break across pages there. reportlab's
own in-row splitting is not used: with repeated headers it misprints.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from reportlab.lib import colors
from reportlab.pdfgen.textobject import bidiShapedText
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.tables import CellStyle

LABEL_SHADE = colors.Color(0.92, 0.92, 0.92)
HEADER_SHADE = colors.Color(0.88, 0.88, 0.88)
RULE = colors.Color(0.1, 0.1, 0.1)
RULE_WIDTH = 0.6


class GridTable(Table):
    """reportlab's Table, except that neighbouring one-line string cells are set in one PDF
    text object, each where ``Table._drawCell`` puts it, instead of one text object each,
    and that the sizes are not worked out again for the width they were worked out for."""

    _cell_text = None  # the text object under way
    _cell_text_style = None  # the cell style it was last set in
    _sized_for = None  # the width the row heights and column positions were last worked out for

    def _calc(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        # reportlab's sizes depend on the width alone, except in a long table with cells that
        # span rows (it stops at the available height); a table is often wrapped twice at one
        # width (inside a KeepTogether, then in the frame).
        if self._sized_for != availWidth:
            super()._calc(availWidth, availHeight)
            height_bound = self._longTableOptimize and getattr(self, "_rowSpanCells", None)
            self._sized_for = None if height_bound else availWidth

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 (reportlab's names)
        if (not isinstance(cellval, str) or "\n" in cellval or cellstyle.href or cellstyle.destination
                or cellstyle.direction or cellstyle.shaping or cellstyle.valign not in _VALIGNS
                or cellstyle.alignment not in _ALIGNS):
            self._end_cell_text()
            return super()._drawCell(cellval, cellstyle, pos, size)
        if not cellval:
            return  # reportlab sets an empty string: nothing to see
        colpos, rowpos = pos
        colwidth, rowheight = size
        fontsize, leading = cellstyle.fontsize, cellstyle.leading
        valign = cellstyle.valign
        if valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + leading - fontsize
        elif valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + leading) / 2.0 - fontsize
        text, width = bidiShapedText(cellval, None, fontName=cellstyle.fontname, fontSize=fontsize)
        just = cellstyle.alignment
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        elif just == "RIGHT":
            x = colpos + colwidth - cellstyle.rightPadding - width
        else:
            x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5 - 0.5 * width
        tx = self._cell_text
        if tx is None:
            tx = self._cell_text = self.canv.beginText(x, y)
        else:
            tx.setTextOrigin(x, y)
        last = self._cell_text_style
        if last is None or (last.fontname, last.fontsize, last.leading) != (cellstyle.fontname, fontsize, leading):
            tx.setFont(cellstyle.fontname, fontsize, leading)
        if last is None or last.color != cellstyle.color:
            tx.setFillColor(cellstyle.color)
        self._cell_text_style = cellstyle
        tx.textOut(text)

    def _end_cell_text(self) -> None:
        if self._cell_text is not None:
            self.canv.drawText(self._cell_text)
            self._cell_text = self._cell_text_style = None
            self._curcellstyle = None  # the fill colour may have changed: reportlab sets it again

    def _drawLines(self):  # noqa: N802 (called once the cells are drawn)
        self._end_cell_text()
        super()._drawLines()


_VALIGNS = ("TOP", "MIDDLE", "BOTTOM")
_ALIGNS = ("LEFT", "RIGHT", "CENTER", "CENTRE")


@dataclass
class GridRow:
    """One row as the reader sees it. ``cells`` has one entry per grid column ("" where a
    span covers it); ``starts`` are the columns where a cell begins; ``spans`` (first, last)."""

    cells: list
    starts: list[int]
    spans: list[tuple[int, int]] = field(default_factory=list)
    shaded: list[int] = field(default_factory=list)


@dataclass
class Padding:
    top: float = 3
    bottom: float = 4
    side: float = 3


def _cell_width(row: GridRow, col: int, widths: list[float], pad: Padding) -> float:
    last = next((b for a, b in row.spans if a == col), col)
    return sum(widths[col:last + 1]) - 2 * pad.side


def cut_tall_row(row: GridRow, widths: list[float], limit: float, pad: Padding) -> list[list]:
    """The row's cells as one or more physical rows, none taller than ``limit`` points."""
    pieces: list[list] = []
    for col, cell in enumerate(row.cells):
        if not isinstance(cell, Paragraph):
            pieces.append([cell])
            continue
        width = _cell_width(row, col, widths, pad)
        parts, rest = [], cell
        while True:
            _w, height = rest.wrap(width, 1e9)
            if height <= limit:
                break
            halves = rest.split(width, limit)
            if len(halves) < 2:
                break
            parts.append(halves[0])
            rest = halves[1]
        pieces.append(parts + [rest])
    count = max(len(p) for p in pieces)
    return [[p[i] if i < len(p) else "" for p in pieces] for i in range(count)]


def _cell_styles(rows: int, cols: int, font: str, text_size: tuple[float, float], pad: Padding) -> list:
    """Every cell's style, starting from the table's font and padding (as if set by whole-table
    commands, which reportlab would apply to each cell in turn)."""
    size, leading = text_size
    defaults = type("TableCellStyle", (CellStyle,), {
        "fontname": font, "fontsize": size, "leading": leading, "valign": "MIDDLE",
        "leftPadding": pad.side, "rightPadding": pad.side, "topPadding": pad.top, "bottomPadding": pad.bottom})
    return [[defaults("cell") for _ in range(cols)] for _ in range(rows)]


def _runs(rows: list, key) -> list[tuple[int, int, object]]:
    """(first, last, key) of each run of neighbouring rows (indexes into ``rows``) with one key."""
    runs = []
    for value, group in groupby(enumerate(rows), key=lambda item: key(item[1])):
        indexes = [index for index, _row in group]
        runs.append((indexes[0], indexes[-1], value))
    return runs


def _grid_cmds(rows: list[tuple[GridRow, bool]], first: int) -> list:
    """Rules and shading of the body rows (table rows ``first``…), one command per run of alike
    rows: a rule before each cell, below each row that ends a reader's row, label shading."""
    cmds: list = []
    for a, b, starts in _runs(rows, lambda r: tuple(r[0].starts)):
        cmds += [("LINEBEFORE", (c, first + a), (c, first + b), RULE_WIDTH, RULE) for c in starts if c > 0]
    for a, b, shaded in _runs(rows, lambda r: tuple(r[0].shaded)):
        for c in shaded:
            cmds += [("BACKGROUND", (c, first + a), (c, first + b), LABEL_SHADE),
                     ("ALIGN", (c, first + a), (c, first + b), "CENTER")]  # labels
    for a, b, ends in _runs(rows, lambda r: r[1]):
        if ends:
            cmds.append(("LINEBELOW", (0, first + a), (-1, first + b), RULE_WIDTH, RULE))
    return cmds


def bordered_table(header: list[list], header_cmds: list, body: list[GridRow], widths: list[float],
                   font: str, frame_height: float, pad: Padding, repeat_header: bool = True,
                   min_row_height: float = 0, space_after: float = 8, extra_cmds: list = (),
                   text_size: tuple[float, float] = (10, 12)) -> Table:
    """A table with a full grid; header rows (already laid out, with their own SPANs) repeat.
    ``text_size``: (size, leading) of the plain-string cells."""
    n_head = len(header)
    data = list(header)
    cmds: list = [("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE)]
    if n_head:
        cmds += [("GRID", (0, 0), (-1, n_head - 1), RULE_WIDTH, RULE),
                 ("BACKGROUND", (0, 0), (-1, n_head - 1), HEADER_SHADE)] + header_cmds
    cmds += list(extra_cmds)
    min_heights = [0.0] * n_head
    rows: list[tuple[GridRow, bool]] = []  # each physical row: its reader's row, and whether it ends it
    for row in body:
        parts = cut_tall_row(row, widths, frame_height / 5, pad)
        for i, cells in enumerate(parts):
            r = len(data)
            data.append(cells)
            rows.append((row, i == len(parts) - 1))
            min_heights.append(min_row_height if len(parts) == 1 else 0)
            cmds += [("SPAN", (a, r), (b, r)) for a, b in row.spans]
            if len(parts) > 1:  # continuation rows read as one: no gap, text at the top
                cmds.append(("VALIGN", (0, r), (-1, r), "TOP"))
                if i:
                    cmds.append(("TOPPADDING", (0, r), (-1, r), 0))
                if i < len(parts) - 1:
                    cmds.append(("BOTTOMPADDING", (0, r), (-1, r), 0))
    cmds += _grid_cmds(rows, n_head)
    styles = _cell_styles(len(data), len(widths), font, text_size, pad)
    return GridTable(data, colWidths=widths, style=TableStyle(cmds), repeatRows=n_head if repeat_header else 0,
                     minRowHeights=min_heights if min_row_height else None, spaceBefore=4,
                     spaceAfter=space_after, cellStyles=styles)
