"""A document as plain data: what to print, not how.

A record (会议记录), a sign-in sheet (签到表), a year book or a sheet of
political-birthday cards is first turned into a :class:`Document`; the PDF
writer (``pdf.py``) and the Word writer (``docx.py``) each render that one
structure, so the two formats never drift apart. Decisions that shape the
page grid (which form fields span a whole row, column ratios, type sizes)
are made here, once, for both writers.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Union

from sanhui.errors import SanhuiError

# Type sizes in points (Chinese sizes: 二号 22, 小二 18, 四号 14, 小四 12, 五号 10.5, 小五 9).
HEADING_SIZES = {0: 22.0, 1: 18.0, 2: 14.0, 3: 12.0}
BODY_SIZE = 12.0
SMALL_SIZE = 10.5
TABLE_SIZE = 10.5
CARD_SIZE = 12.0
LINE_SPACING = 1.6  # leading as a multiple of the type size (body text)

PARAGRAPH_STYLES = ("body", "plain", "small", "center", "right")
DATE_LINE = "日期：　　　　年　　月　　日"  # under signature lines, filled in by hand


class Cancelled(SanhuiError):
    """The user cancelled while a document was being written; nothing was written."""

    def __init__(self, message: str = "已取消生成文档，没有写入任何文件。", detail: str = ""):
        super().__init__(message, detail)


@dataclass
class Heading:
    """A heading. Level 0: a document or book title; level 1: a record's title
    (centred; these make the book's table of contents); levels 2-3: sections."""

    text: str
    level: int = 1

    def __post_init__(self) -> None:
        if self.level not in HEADING_SIZES:
            raise ValueError(f"heading level must be 0-3, not {self.level}")


@dataclass
class Paragraph:
    """Running text. ``body``: first line indented two characters (one
    paragraph per line of ``text``); ``plain``: no indent; ``small``: smaller
    type; ``center`` / ``right``: aligned lines (e.g. a signature and date)."""

    text: str
    style: str = "body"

    def __post_init__(self) -> None:
        if self.style not in PARAGRAPH_STYLES:
            raise ValueError(f"paragraph style must be one of {PARAGRAPH_STYLES}, not {self.style!r}")


@dataclass
class FieldCell:
    """One label/value pair placed on the grid; ``span`` counts grid columns of the value."""

    label: str
    value: str
    span: int = 1


# A value wider than this (in half-width units; a Chinese character counts 2) takes a whole row.
LONG_VALUE_UNITS = 26
LABEL_RATIO = 0.15


def text_units(text: str) -> int:
    """Display width in half-width units: wide (CJK) characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass
class FieldTable:
    """A bordered label/value grid like a paper form (label cells shaded).

    ``columns`` label/value pairs per row; a long value (or one with a line
    break) gets a row of its own, spanning the full width."""

    rows: list[tuple[str, str]]
    columns: int = 2

    def __post_init__(self) -> None:
        if self.columns < 1:
            raise ValueError("columns must be at least 1")

    def is_long(self, value: str) -> bool:
        return self.columns > 1 and ("\n" in value or text_units(value) > LONG_VALUE_UNITS)

    def grid_columns(self) -> int:
        return 2 * self.columns

    def col_ratios(self) -> list[float]:
        value_ratio = (1.0 - LABEL_RATIO * self.columns) / self.columns
        return [LABEL_RATIO, value_ratio] * self.columns

    def arrange(self) -> list[list[FieldCell]]:
        """The grid rows; in every row the label cells plus value spans fill all grid columns."""
        width = self.grid_columns()
        grid: list[list[FieldCell]] = []
        current: list[FieldCell] = []

        def flush() -> None:
            if current:
                used = sum(1 + cell.span for cell in current)
                current[-1].span += width - used
                grid.append(list(current))
                current.clear()

        for label, value in self.rows:
            value = "" if value is None else str(value)
            if self.is_long(value):
                flush()
                grid.append([FieldCell(label, value, width - 1)])
                continue
            current.append(FieldCell(label, value, 1))
            if len(current) == self.columns:
                flush()
        flush()
        return grid


@dataclass
class Table:
    """A bordered table; the header row(s) repeat on every page.

    ``group_header`` is an optional row above ``header`` of (text, span)
    cells; a span-1 cell whose text is empty or equals the header text below
    is merged vertically with it. ``col_widths`` are ratios (any scale).
    ``min_row_height_mm`` makes tall rows (a sign-in sheet's signature column).
    ``align`` per column: 'left', 'center' or 'right'."""

    header: list[str]
    rows: list[list[str]]
    col_widths: list[float] | None = None
    group_header: list[tuple[str, int]] | None = None
    repeat_header: bool = True
    min_row_height_mm: float | None = None
    align: list[str] | None = None

    def __post_init__(self) -> None:
        n = len(self.header)
        if n == 0:
            raise ValueError("a table needs at least one column")
        for i, row in enumerate(self.rows):
            if len(row) != n:
                raise ValueError(f"row {i} has {len(row)} cells, the header has {n}")
        if self.col_widths is not None and len(self.col_widths) != n:
            raise ValueError("col_widths must give one ratio per column")
        if self.group_header is not None and sum(span for _, span in self.group_header) != n:
            raise ValueError("group_header spans must add up to the number of columns")
        if self.align is not None and len(self.align) != n:
            raise ValueError("align must give one value per column")

    def col_ratios(self) -> list[float]:
        widths = self.col_widths or [1.0] * len(self.header)
        total = float(sum(widths))
        return [w / total for w in widths]

    def header_row_count(self) -> int:
        return 2 if self.group_header else 1

    def group_cells(self) -> list[tuple[int, str, int, bool]]:
        """(first column, text, span, merged with the header cell below) per group cell."""
        cells = []
        col = 0
        for text, span in self.group_header or []:
            vertical = span == 1 and (not text or text == self.header[col])
            cells.append((col, self.header[col] if vertical else text, span, vertical))
            col += span
        return cells

    def column_align(self, col: int) -> str:
        return self.align[col] if self.align else "left"


@dataclass
class SignatureLines:
    """Blank lines to sign on paper, e.g. 主持人（签字）and 记录人（签字）, plus a date line."""

    labels: list[str]
    date_line: bool = True
    per_row: int = 2


@dataclass
class Photo:
    """A photo from a file path or bytes, scaled to the text width and ``max_height_mm``."""

    source: Union[str, Path, bytes]
    caption: str = ""
    max_height_mm: float = 90.0


@dataclass
class PageBreak:
    pass


@dataclass
class Spacer:
    mm: float = 5.0


@dataclass
class TableOfContents:
    """The contents of a book: every level-1 heading with its page number."""

    title: str = "目　录"


@dataclass
class Cover:
    """A cover page (no header or footer), followed by a page break."""

    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class CardSheet:
    """Small bordered cards, ``per_page`` to a page (1, 2, 4, 6 or 8), e.g. 政治生日贺卡.

    Each card is a list of lines: the first is its title (centred); the last
    ``tail_right`` lines (the sender and the date) are right-aligned."""

    cards: list[list[str]]
    per_page: int = 4
    tail_right: int = 2

    def __post_init__(self) -> None:
        if self.per_page not in (1, 2, 4, 6, 8):
            raise ValueError("per_page must be 1, 2, 4, 6 or 8")

    def grid(self) -> tuple[int, int]:
        """(columns, rows) of cards on one page."""
        return (1, self.per_page) if self.per_page <= 2 else (2, self.per_page // 2)

    def pages(self) -> list[list[list[str]]]:
        return [self.cards[i:i + self.per_page] for i in range(0, len(self.cards), self.per_page)]


Block = Union[Heading, Paragraph, FieldTable, Table, SignatureLines, Photo, PageBreak, Spacer,
              TableOfContents, Cover, CardSheet]


#: Top, bottom, left, right in mm: the Chinese official-document standard (GB/T 9704), the default.
OFFICIAL_MARGINS_MM = (37.0, 35.0, 28.0, 26.0)


@dataclass
class Document:
    """A document to print. ``header_text`` (the branch name) heads every page;
    ``fingerprint`` (a short content hash of a finalised record) goes in the
    footer; ``draft`` adds a 草稿 mark. Margins in mm: top, bottom, left, right
    (the Chinese official-document standard by default)."""

    title: str
    header_text: str = ""
    blocks: list[Block] = field(default_factory=list)
    draft: bool = False
    fingerprint: str | None = None
    margins_mm: tuple[float, float, float, float] = OFFICIAL_MARGINS_MM
    landscape: bool = False

    def has_toc(self) -> bool:
        return any(isinstance(b, TableOfContents) for b in self.blocks)


def iter_text(doc: Document) -> Iterator[str]:
    """Every piece of text the document prints (to check fonts before rendering)."""
    yield doc.title
    yield doc.header_text
    yield doc.fingerprint or ""
    for block in doc.blocks:
        if isinstance(block, (Heading, Paragraph)):
            yield block.text
        elif isinstance(block, FieldTable):
            for label, value in block.rows:
                yield label
                yield "" if value is None else str(value)
        elif isinstance(block, Table):
            yield from block.header
            for text, _span in block.group_header or []:
                yield text
            for row in block.rows:
                yield from ("" if cell is None else str(cell) for cell in row)
        elif isinstance(block, SignatureLines):
            yield from block.labels
        elif isinstance(block, Photo):
            yield block.caption
        elif isinstance(block, TableOfContents):
            yield block.title
        elif isinstance(block, Cover):
            yield block.title
            yield from block.lines
        elif isinstance(block, CardSheet):
            for card in block.cards:
                yield from card
