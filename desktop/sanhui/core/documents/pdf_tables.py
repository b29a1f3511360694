"""Bordered tables for the PDF: form grids (FieldTable) and tables with repeated headers.

A row taller than a fifth of the page (a long speech pasted into a cell) is
cut between two lines of its text into continuation rows, drawn without a
rule between them, so the table can break across pages there. reportlab's
own in-row splitting is not used: with repeated headers it misprints.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.paragraph import Paragraph

LABEL_SHADE = colors.Color(0.92, 0.92, 0.92)
HEADER_SHADE = colors.Color(0.88, 0.88, 0.88)
RULE = colors.Color(0.1, 0.1, 0.1)
RULE_WIDTH = 0.6


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


def bordered_table(header: list[list], header_cmds: list, body: list[GridRow], widths: list[float],
                   font: str, frame_height: float, pad: Padding, repeat_header: bool = True,
                   min_row_height: float = 0, space_after: float = 8, extra_cmds: list = ()) -> Table:
    """A table with a full grid; header rows (already laid out, with their own SPANs) repeat."""
    n_head = len(header)
    data = list(header)
    cmds: list = [("FONTNAME", (0, 0), (-1, -1), font),  # else empty cells set Helvetica
                  ("LEFTPADDING", (0, 0), (-1, -1), pad.side), ("RIGHTPADDING", (0, 0), (-1, -1), pad.side),
                  ("TOPPADDING", (0, 0), (-1, -1), pad.top), ("BOTTOMPADDING", (0, 0), (-1, -1), pad.bottom),
                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE)]
    if n_head:
        cmds += [("GRID", (0, 0), (-1, n_head - 1), RULE_WIDTH, RULE),
                 ("BACKGROUND", (0, 0), (-1, n_head - 1), HEADER_SHADE)] + header_cmds
    cmds += list(extra_cmds)
    min_heights = [0.0] * n_head
    for row in body:
        parts = cut_tall_row(row, widths, frame_height / 5, pad)
        for i, cells in enumerate(parts):
            r = len(data)
            data.append(cells)
            min_heights.append(min_row_height if len(parts) == 1 else 0)
            cmds += [("LINEBEFORE", (c, r), (c, r), RULE_WIDTH, RULE) for c in row.starts if c > 0]
            cmds += [("SPAN", (a, r), (b, r)) for a, b in row.spans]
            cmds += [("BACKGROUND", (c, r), (c, r), LABEL_SHADE) for c in row.shaded]
            cmds += [("ALIGN", (c, r), (c, r), "CENTER") for c in row.shaded]  # labels
            if len(parts) > 1:  # continuation rows read as one: no gap, text at the top
                cmds.append(("VALIGN", (0, r), (-1, r), "TOP"))
                if i:
                    cmds.append(("TOPPADDING", (0, r), (-1, r), 0))
                if i < len(parts) - 1:
                    cmds.append(("BOTTOMPADDING", (0, r), (-1, r), 0))
        cmds.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), RULE_WIDTH, RULE))
    return Table(data, colWidths=widths, style=TableStyle(cmds), repeatRows=n_head if repeat_header else 0,
                 minRowHeights=min_heights if min_row_height else None, spaceBefore=4, spaceAfter=space_after)
