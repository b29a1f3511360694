"""Numbers a PDF knows only at its end, printed in the one pass that lays it out.

The total M of “第 N 页 共 M 页” and the page of each contents entry are known
only once every page is laid out. Each such text is a PDF form XObject: the
page refers to a named form where the text goes (``canvas.doForm``), and the
form is drawn once the numbers are known, just before the file is saved
(reportlab allows a form to be defined after its use). Text in a form is set
like any other, so its characters join the embedded font subsets.
"""
from __future__ import annotations

from ast import literal_eval
from typing import Callable

from reportlab.pdfbase.pdfdoc import PDFResourceDictionary
from reportlab.platypus import Spacer, Table
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from .pdf_tables import GridTable

DrawFn = Callable[["LateNumbers", object], None]  # (numbers, canvas): draws the final text


class LateNumbers:
    """The total page count and each heading's page, and the forms that print them."""

    def __init__(self, page_size: tuple[float, float]):
        self.total_pages = 0
        self.heading_pages: dict[str, int] = {}  # outline key → page number
        width, height = page_size
        # a form clips to its box, in the coordinates where it is used (a table cell's, say)
        self._box = (-2 * width, -2 * height, 3 * width, 3 * height)
        self._forms: list[tuple[str, DrawFn]] = []

    def place(self, canvas, draw: DrawFn) -> None:
        """Print here, in the current coordinates, what ``draw`` will draw once the numbers are known."""
        name = f"SanhuiLate{len(self._forms)}"
        canvas.doForm(name)
        self._forms.append((name, draw))

    def finish(self, canvas, total_pages: int) -> None:
        """Define every form placed so far; call after the last page and before ``canvas.save()``."""
        self.total_pages = total_pages
        # the resources reportlab gives each form (the document's fonts), written once for all
        resources = PDFResourceDictionary()
        resources.basicFonts()
        resources.allProcs()
        shared = canvas._doc.Reference(resources)  # the canvas's PDF document
        for name, draw in self._forms:
            canvas.beginForm(name, *self._box)
            draw(self, canvas)
            canvas.endForm(Resources=shared)
        self._forms.clear()


class _Entry(Paragraph):
    """A contents entry: reportlab's Paragraph, its lines broken once per width (the contents
    are wrapped several times at one width: kept with their title, then split over pages)."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 (reportlab's names)
        key = tuple(maxWidths) if isinstance(maxWidths, (list, tuple)) else (maxWidths,)
        cached = self.__dict__.get("_lines")
        if cached is None or cached[0] != key:
            cached = self._lines = (key, super().breakLinesCJK(maxWidths))
        self.height = 0  # as reportlab's does
        return cached[1]


class ContentsTable(TableOfContents):
    """reportlab's table of contents for a single pass: the entries are given before the
    build (from the story's headings) and each entry's dots and page number are a late form,
    drawn as reportlab draws them once the heading's page is known. The entries are laid out
    as reportlab does, once per width."""

    late: LateNumbers | None = None
    _built_for: float | None = None  # the width self._table was made for

    def set_entries(self, entries: list[tuple[int, str, int, str]], late: LateNumbers) -> None:
        """``entries``: (level, markup, page placeholder, outline key) of each heading listed."""
        self._entries = list(entries)
        self._lastEntries = list(entries)  # what reportlab lays out
        self.late = late
        self._built_for = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self.late is None:
            return super().wrap(availWidth, availHeight)
        if self._table is None or self._built_for != availWidth:
            self._table = self._make_table(availWidth)
            self._built_for = availWidth

        def entry_end(canvas, kind, label):
            self._entry_end(canvas, label, availWidth, availHeight)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def _make_table(self, avail_width: float) -> Table:
        """The table reportlab's ``TableOfContents.wrap`` makes of the entries."""
        rows: list = []
        for level, text, page, key in self._lastEntries or [(0, "Placeholder for table of contents", 0, None)]:
            style = self.getLevelStyle(level)
            if key:
                text = f'<a href="#{key}">{text}</a>'
                key_value = repr(key).replace(",", "\\x2c").replace('"', "\\x2c")
            else:
                key_value = None
            label = f"{page:d},{level:d},{key_value}"
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([_Entry(f'{text}<onDraw name="drawTOCEntryEnd" label="{label}"/>', style)])
        return GridTable(rows, colWidths=(avail_width,), style=self.tableStyle)

    def _entry_end(self, canvas, label: str, avail_width: float, avail_height: float) -> None:
        _page, level, key = label.split(",")  # reportlab's label: "page,level,repr(key)"
        level, key = int(level), literal_eval(key)
        style = self.getLevelStyle(level)
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
        if key:  # the dots and the number link to the heading, as the entry's text does
            canvas.linkRect("", key, (x, y, avail_width, y + style.leading), relative=1)

        def draw(late: LateNumbers, form_canvas) -> None:
            form_canvas._curr_tx_info = {"cur_x": x, "cur_y": y}
            try:
                page = late.heading_pages.get(key, "")
                drawPageNumbers(form_canvas, style, [(page, None)], avail_width, avail_height, dot)
            finally:
                del form_canvas._curr_tx_info

        self.late.place(canvas, draw)
