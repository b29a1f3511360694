"""Reminders (提醒): what the branch did about a reminder, so that it is not reminded again.

``reminder_actions``: per member, kind and year, what was done: for a
political birthday (政治生日) a card (贺卡), the oath renewed (重温入党誓词),
a talk (谈话), a celebration of the month's birthdays together (usually on
the 主题党日, ``meeting_id``), or simply ``done``.

``reminder_dismissals``: any other reminder marked as handled, by ``kind``,
``key`` (see core/reminders.py: a member id, a member id with a date, or a
date) and ``year``.

No UNIQUE constraints: two laptops may both record the same action, and both
rows must travel on the USB stick; the code ignores duplicates. Same row
conventions as 0001 (UUID key, branch_id, versions, tombstones, seq).
"""

from sanhui.core.store.db import execute_statements

BASE = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    seq INTEGER NOT NULL DEFAULT 0
"""


def migrate(db):
    execute_statements(
        db,
        f"""
CREATE TABLE reminder_actions (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    member_id TEXT NOT NULL REFERENCES members(id),
    kind TEXT NOT NULL DEFAULT 'political_birthday',
    year INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('card', 'oath', 'talk', 'celebrated', 'done')),
    meeting_id TEXT REFERENCES meetings(id),
    note TEXT NOT NULL DEFAULT '',
    {BASE}
);
CREATE INDEX reminder_actions_branch_year ON reminder_actions(branch_id, year, kind);
CREATE INDEX reminder_actions_member ON reminder_actions(member_id);
CREATE INDEX reminder_actions_meeting ON reminder_actions(meeting_id);

CREATE TABLE reminder_dismissals (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    year INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    {BASE}
);
CREATE INDEX reminder_dismissals_branch_year ON reminder_dismissals(branch_id, year, kind);
"""
    )
