"""Indexes for the pages of a township's or a county's file, and the cache of 各支部 (issue 9).

Nothing here travels in a package or changes what a row means: ``LOCAL_ONLY``
tells the exchange that a package made by a file with this migration is
still one that a file without it understands.

- ``meetings_date``: the meetings of a period across every branch (the
  county's plan and overview), newest first or by date.
- ``meetings_for_period``: a branch's 补开 records for a period of a year
  (``meeting_refs``), without reading every record the branch ever held.
- ``meetings_branch_refs``: what the plan, 各支部 and the last-meeting date
  read of a branch's records of a period, from the index alone: a record's
  row holds its minutes (kilobytes), and a county's file is far bigger than
  the memory that could cache them. It takes the place of
  ``meetings_branch_date`` (its first two columns).
- ``attendance_meeting_status``: attendance counted per record from the
  index alone (the figures of 各支部 and 统计), not from the table's rows.
- ``overview_cache``: per branch and year, the figures
  ``township.branch_overview`` computed from the branch's plan and
  attendance (JSON), with the dates between which they hold: from the day
  they were computed for up to (not including) the next day on which one
  of them would change (a period falls due, a record's date comes). It is
  derived data only: triggers delete a branch's rows whenever one of its
  meetings, attendance rows, 党小组 or settings is written, so a row that is
  there is always what a fresh computation would give.
"""

from sanhui.core.store.db import execute_statements

LOCAL_ONLY = True

#: The tables whose rows decide a branch's line in 各支部 (its plan, its records, its attendance).
SOURCES = ("meetings", "attendance", "groups", "settings")


def migrate(db):
    triggers = "".join(
        f"""
CREATE TRIGGER overview_stale_{table}_insert AFTER INSERT ON {table} BEGIN
    DELETE FROM overview_cache WHERE branch_id = NEW.branch_id;
END;
CREATE TRIGGER overview_stale_{table}_update AFTER UPDATE ON {table} BEGIN
    DELETE FROM overview_cache WHERE branch_id IN (OLD.branch_id, NEW.branch_id);
END;
CREATE TRIGGER overview_stale_{table}_delete AFTER DELETE ON {table} BEGIN
    DELETE FROM overview_cache WHERE branch_id = OLD.branch_id;
END;
"""
        for table in SOURCES
    )
    execute_statements(
        db,
        f"""
CREATE INDEX meetings_date ON meetings(date, branch_id);
CREATE INDEX meetings_for_period ON meetings(branch_id, for_period) WHERE for_period IS NOT NULL;
CREATE INDEX meetings_branch_refs ON meetings(branch_id, date, deleted_at, type, group_id, for_period, status, seq, id);
DROP INDEX meetings_branch_date;
CREATE INDEX attendance_meeting_status ON attendance(meeting_id, status, deleted_at);

CREATE TABLE overview_cache (
    branch_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (branch_id, year, valid_from)
) WITHOUT ROWID;
{triggers}
""",
    )
