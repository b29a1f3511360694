"""Issue 3: opening a record of 60 members with 10 photos (target: under 0.1 s).

What the record editor (``ui/editor/editor.py``) reads when it opens a final
record: ``get_meeting``, the roster (``list_members``, for voting rights and
the host list), ``computed`` (counts, quorum, votes), ``corrections`` (a
final record shows its corrections) and the 10 thumbnails (``photo_thumb``).
Baseline, in the same run: a raw ``sqlite3`` read of the same rows
(``SELECT *`` of the meeting and its attendance, the photos' thumbnails).

A second row opens the real editor dialog on the offscreen Qt platform
(widgets, 60-row attendance table, thumbnails decoded), as a user waits for it.

    python -m bench.bench_record
"""
from __future__ import annotations

import os
import sqlite3
import sys
from datetime import date

from bench import gen
from bench.timing import Result, report, result, run_pair
from sanhui.core.store.db import open_db
from sanhui.core.store.finalize import computed, corrections
from sanhui.core.store.meetings import get_meeting
from sanhui.core.store.members import list_members
from sanhui.core.store.photos import photo_thumb

TARGET = 0.1  # seconds


def open_record(db, meeting_id: str) -> tuple:
    """What the editor reads from the file to show a record (no widgets)."""
    record = get_meeting(db, meeting_id)
    members = {m.id: m for m in list_members(db, record.branch_id)}
    figures = computed(db, record, members)
    fixes = corrections(db, meeting_id) if record.locked else []
    thumbs = [photo_thumb(db, photo.id) for photo in record.photos]
    return record, figures, fixes, thumbs


def raw_read(conn: sqlite3.Connection, meeting_id: str) -> tuple:
    """The same rows by plain sqlite3: the floor any code reading them pays."""
    meeting = conn.execute("SELECT * FROM meetings WHERE id = ?", [meeting_id]).fetchall()
    attendance = conn.execute("SELECT * FROM attendance WHERE meeting_id = ?", [meeting_id]).fetchall()
    photos = conn.execute("SELECT id, caption, width, height, thumb FROM photos WHERE meeting_id = ?",
                          [meeting_id]).fetchall()
    return meeting, attendance, photos


def _editor_opener(db, meeting_id: str, today: date):
    """A function that opens and closes the real editor dialog offscreen, or None without Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from bench.bench_pages import qt_app
        from sanhui.ui.editor import MeetingEditor
        from sanhui.ui.session import Session
    except ImportError as exc:  # PySide6 missing or without its libraries
        print(f"(editor dialog skipped: {exc})")
        return None
    app = qt_app()  # the app's font and translations; the offscreen platform's known noise silenced
    session = Session(db)

    def open_dialog() -> None:
        editor = MeetingEditor(session, meeting_id, today=today)
        editor.show()
        app.processEvents()
        editor.close()
        editor.deleteLater()
        app.processEvents()

    return open_dialog


def run(runs: int = 31) -> list[Result]:
    info = gen.branch_file()
    db = open_db(info.path)
    conn = sqlite3.connect(info.path)
    meeting_id = info.photo_record_id
    what = f"{info.photo_record_members} members, {info.photos} photos"
    record, _, _, thumbs = open_record(db, meeting_id)
    assert len(record.attendance) == info.photo_record_members and len(thumbs) == info.photos
    target = f"< {TARGET * 1000:.0f} ms"
    timings = run_pair(lambda: open_record(db, meeting_id), lambda: raw_read(conn, meeting_id), runs)
    results = [result(f"open a record ({what}): core reads", timings, "raw sqlite3 SELECT of the same rows",
                      target, lambda t: t < TARGET)]
    opener = _editor_opener(db, meeting_id, date(info.year + 1, 1, 31))
    if opener is not None:
        timings = run_pair(opener, lambda: raw_read(conn, meeting_id), max(5, runs // 3))
        results.append(result(f"open a record ({what}): editor dialog, Qt offscreen", timings,
                              "raw sqlite3 SELECT of the same rows", target, lambda t: t < TARGET,
                              "the real MeetingEditor built, shown and closed: what a user waits for"))
    conn.close()
    db.conn.close()
    return results


def main() -> int:
    return report(__doc__, run)


if __name__ == "__main__":
    sys.exit(main())
