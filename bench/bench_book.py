"""Issue 4: the 70-record year book as PDF and as Word, and LibreOffice's way to the same PDF.

Targets: the PDF book in under 1.5 s, and at least 4× faster than the
LibreOffice path. Each format is timed as the user waits for it:
``book_document`` (the layout, from the file) plus ``write_document``.

Baselines, in the same run:
- LibreOffice: the Word book just made, converted by ``soffice --headless
  --convert-to pdf`` (a fresh process each time, as a user or a script would
  start it; its profile is made in the warm-up run). Skipped, with a line
  saying so, when ``soffice`` is not installed.
- For each writer, the floor of its library: the same text (``layout.iter_text``)
  as plain paragraphs, one reportlab pass or one python-docx document, without
  tables, fonts per run, page numbers or contents.

    python -m bench.bench_book
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from bench import gen
from bench.timing import Result, median, report, result, run_pair
from sanhui.core.documents import layout as L
from sanhui.core.documents.book import book_document
from sanhui.core.documents.fonts import clean_text, pick_fonts
from sanhui.core.documents.output import fonts_for, write_document
from sanhui.core.store.db import open_db

PDF_TARGET = 1.5  # seconds
LIBREOFFICE_FACTOR = 4.0  # the LibreOffice path takes at least this many times longer


def page_count(path: Path) -> int | None:
    try:
        from pypdf import PdfReader

        return len(PdfReader(str(path)).pages)
    except ImportError:
        return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes())) or None


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


class Book:
    """The branch file, its book layout and the writers, with their outputs in a temporary folder."""

    def __init__(self, folder: Path):
        self.info = gen.branch_file()
        self.db = open_db(self.info.path)
        self.folder = folder
        self.today = date(self.info.year + 1, 1, 31)
        doc = self.layout()
        self.texts = [clean_text(t) for t in L.iter_text(doc) if t and t.strip()]
        self.body_font = pick_fonts(fonts_for(self.db, self.info.branch_id))[0]

    def layout(self) -> L.Document:
        return book_document(self.db, self.info.branch_id, self.info.year, today=self.today)

    def write(self, fmt: str) -> Path:
        out = self.folder / f"book.{fmt}"
        write_document(self.db, self.info.branch_id, self.layout(), out, fmt)
        return out

    def plain_pdf(self) -> Path:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        if "BenchPlain" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("BenchPlain", self.body_font.path, subfontIndex=self.body_font.index))
        style = ParagraphStyle("plain", fontName="BenchPlain", fontSize=L.BODY_SIZE,
                               leading=L.BODY_SIZE * L.LINE_SPACING, wordWrap="CJK")
        out = self.folder / "plain.pdf"
        story = [Paragraph(escape(text).replace("\n", "<br/>"), style) for text in self.texts]
        SimpleDocTemplate(str(out), pagesize=A4, initialFontName="BenchPlain").build(story)
        return out

    def plain_docx(self) -> Path:
        from docx import Document

        document = Document()
        for text in self.texts:
            document.add_paragraph(text)
        out = self.folder / "plain.docx"
        document.save(str(out))
        return out

    def libreoffice(self, soffice: str, docx: Path) -> Path:
        out_dir = self.folder / "libreoffice"
        profile = (gen.cache_dir() / "libreoffice-profile").resolve().as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
             "--outdir", str(out_dir), str(docx)],
            check=True, capture_output=True, timeout=600,
        )
        out = out_dir / (docx.stem + ".pdf")
        if not out.exists():
            raise RuntimeError(f"soffice made no {out}")
        return out


def run(runs: int = 5, libreoffice_runs: int = 3) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="sanhui-book-") as tmp:
        book = Book(Path(tmp))
        records = book.info.book_records
        pdf_timings = run_pair(lambda: book.write("pdf"), book.plain_pdf, runs)
        pages, floor_pages = page_count(book.folder / "book.pdf"), page_count(book.folder / "plain.pdf")
        results = [result(f"year book as PDF ({records} records, {pages} pages)", pdf_timings,
                          f"reportlab floor: same text as plain paragraphs ({floor_pages} pages)",
                          f"< {PDF_TARGET} s", lambda t: t < PDF_TARGET)]
        pdf = results[0].median
        results.append(result(f"year book as Word ({records} records)",
                              run_pair(lambda: book.write("docx"), book.plain_docx, runs),
                              "python-docx floor: same text as plain paragraphs"))
        soffice = soffice_path()
        name = "LibreOffice: the same Word book → PDF (soffice --headless)"
        if soffice is None:
            print("LibreOffice (soffice) is not installed: the LibreOffice comparison is skipped.")
            results.append(Result(name, None, 0, "our PDF book", pdf, f"≥ {LIBREOFFICE_FACTOR:.0f}× ours", None,
                                  "skipped: soffice not installed"))
            return results
        docx = book.write("docx")
        timings = run_pair(lambda: book.libreoffice(soffice, docx), lambda: book.write("pdf"), libreoffice_runs)
        timings.base_wall += pdf_timings.wall  # our PDF book: every run of this process
        lo_pages = page_count(book.folder / "libreoffice" / "book.pdf")
        version = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout.strip()
        results.append(result(
            name, timings, "our PDF book", f"≥ {LIBREOFFICE_FACTOR:.0f}× ours",
            lambda t: t / median(timings.base_wall) >= LIBREOFFICE_FACTOR,
            f"{version or 'LibreOffice'}; {lo_pages} pages (its own font substitution); a fresh soffice "
            "process per conversion, its profile made in the warm-up; the ratio is LibreOffice's time over ours",
        ))
    return results


def main() -> int:
    return report(__doc__, run)


if __name__ == "__main__":
    sys.exit(main())
