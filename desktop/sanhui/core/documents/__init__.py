"""Documents: a record becomes a layout (``layout.Document``), written as PDF or Word.

    from sanhui.core.documents import render, layout as L
    doc = L.Document("支部党员大会会议记录", "中共某某村支部委员会", blocks=[...])
    render(doc, "记录.pdf", "pdf")
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .layout import Cancelled, Document

__all__ = ["Cancelled", "Document", "fingerprint", "render"]

FORMATS = ("pdf", "docx")


def render(doc: Document, out_path, fmt: str, **kw) -> Path:
    """Write ``doc`` to ``out_path`` as 'pdf' or 'docx'. Keyword arguments go to the writer
    (``progress``, ``cancel``; ``fonts`` for PDF). Raises FontMissing, WriteFailed, Cancelled."""
    fmt = fmt.lower().lstrip(".")
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(doc, out_path, **kw)
    if fmt == "docx":
        from .docx import render_docx

        return render_docx(doc, out_path, **kw)
    raise ValueError(f"unknown document format {fmt!r}; expected one of {FORMATS}")


def fingerprint(data: str, length: int = 12) -> str:
    """A short SHA-256 of a finalised record's content, grouped for reading aloud: 'a1b2-c3d4-e5f6'."""
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()[:length]
    return "-".join(digest[i:i + 4] for i in range(0, len(digest), 4))
