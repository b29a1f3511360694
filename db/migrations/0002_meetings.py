"""Meeting records (三会一课 and the rest): meetings, attendance, guests, votes, photos, talks.

Same row conventions as 0001: a UUID text key, ``branch_id``, ``created_at``,
``updated_at``, ``version``, a ``deleted_at`` tombstone and ``seq``. Dates
are ISO text (``2026-03-05``), times ``HH:MM``, lists JSON text.
"""

from sanhui.core.store.db import execute_statements

BASE = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    seq INTEGER NOT NULL DEFAULT 0
"""

MEETING_TYPES = (
    "'general_meeting', 'committee', 'group_meeting', 'party_lecture', 'theme_day', "
    "'org_life', 'democratic_review', 'other'"
)


def migrate(db):
    execute_statements(
        db,
        f"""
CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    type TEXT NOT NULL CHECK (type IN ({MEETING_TYPES})),
    group_id TEXT REFERENCES groups(id),
    topic TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    recorder TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '[]',
    content TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '[]',
    no_decision_reason TEXT NOT NULL DEFAULT '',
    lecturer TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    hours REAL,
    theme TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL DEFAULT '',
    for_period TEXT,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'returned')),
    finalized_at TEXT,
    fingerprint TEXT,
    returned_comment TEXT NOT NULL DEFAULT '',
    township_theme_id TEXT,
    {BASE}
);
CREATE INDEX meetings_branch_date ON meetings(branch_id, date);
CREATE INDEX meetings_branch_type ON meetings(branch_id, type, date);
CREATE INDEX meetings_group ON meetings(group_id);

CREATE TABLE attendance (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    member_id TEXT NOT NULL REFERENCES members(id),
    member_name TEXT NOT NULL,
    status TEXT CHECK (status IS NULL OR status IN ('present', 'leave', 'absent')),
    reason TEXT NOT NULL DEFAULT '',
    voting INTEGER CHECK (voting IS NULL OR voting IN (0, 1)),
    makeup_date TEXT,
    makeup_method TEXT NOT NULL DEFAULT '',
    {BASE},
    UNIQUE (meeting_id, member_id)
);
CREATE INDEX attendance_member ON attendance(member_id);

CREATE TABLE guests (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    {BASE}
);
CREATE INDEX guests_meeting ON guests(meeting_id);

CREATE TABLE votes (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL DEFAULT 0,
    motion TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'motion' CHECK (kind IN ('motion', 'admission', 'confirmation', 'election')),
    candidate_id TEXT REFERENCES members(id),
    votes_for INTEGER NOT NULL DEFAULT 0,
    votes_against INTEGER NOT NULL DEFAULT 0,
    abstain INTEGER NOT NULL DEFAULT 0,
    written INTEGER NOT NULL DEFAULT 0,
    {BASE}
);
CREATE INDEX votes_meeting ON votes(meeting_id);

CREATE TABLE photos (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL DEFAULT 0,
    caption TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL DEFAULT 'image/jpeg',
    data BLOB,
    thumb BLOB,
    width INTEGER,
    height INTEGER,
    {BASE}
);
CREATE INDEX photos_meeting ON photos(meeting_id);

CREATE TABLE talks (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    date TEXT NOT NULL,
    member_id TEXT REFERENCES members(id),
    other_id TEXT REFERENCES members(id),
    other_name TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    {BASE}
);
CREATE INDEX talks_branch_date ON talks(branch_id, date);
"""
    )
