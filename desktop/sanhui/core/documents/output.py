"""Writing a branch's document: the PDF font from the branch's settings, the format from the file name.

    doc = minutes_document(db, meeting_id)
    write_document(db, branch_id, doc, "记录.pdf")
"""
from __future__ import annotations

from pathlib import Path

from sanhui.core.settings import parse_margins
from sanhui.core.store.database import Database
from sanhui.core.store.settings import get_setting

from . import layout as L
from . import render
from .fonts import FontSpec, find_fonts

FORMATS = ("pdf", "docx")


def fonts_for(db: Database, branch_id: str) -> list[FontSpec]:
    """Embeddable fonts, the one chosen in the settings (pdf_font) first. Raises FontMissing."""
    return find_fonts(get_setting(db, branch_id, "pdf_font") or None)


def format_of(out_path, fmt: str | None = None, formats: tuple[str, ...] = FORMATS) -> str:
    """``fmt`` when given, else the file's suffix when it is one of ``formats``, else the first of them."""
    if fmt:
        return fmt.lower().lstrip(".")
    suffix = Path(out_path).suffix.lower().lstrip(".")
    return suffix if suffix in formats else formats[0]


def write_document(db: Database, branch_id: str, doc: L.Document, out_path, fmt: str | None = None,
                   progress=None, cancel=None, fonts: list[FontSpec] | None = None) -> Path:
    """Write ``doc`` as PDF or Word (atomically). Raises FontMissing, WriteFailed, Cancelled."""
    fmt = format_of(out_path, fmt)
    if doc.margins_mm == L.OFFICIAL_MARGINS_MM:  # documents with margins of their own (cards) keep them
        doc.margins_mm = parse_margins(get_setting(db, branch_id, "margins_mm"))
    kw = {"progress": progress, "cancel": cancel}
    if fmt == "pdf":
        kw["fonts"] = fonts or fonts_for(db, branch_id)
    return render(doc, out_path, fmt, **kw)
