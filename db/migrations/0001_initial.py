"""The organisation, groups, members, settings and the audit log.

Every business row has a UUID text key, ``branch_id`` (the reporting
organisation that owns it), ``created_at``, ``updated_at``, a ``version`` that
increases on every change, a ``deleted_at`` tombstone and ``seq``, the order
in which rows were entered on this laptop (its clock may be wrong).
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
CREATE TABLE file_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    role TEXT NOT NULL CHECK (role IN ('branch', 'township')),
    org_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by_version TEXT NOT NULL
);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('seq', 0);

CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('branch', 'general_branch', 'township')),
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    parent_id TEXT REFERENCES orgs(id),
    township_name TEXT NOT NULL DEFAULT '',
    township_code TEXT NOT NULL DEFAULT '',
    {BASE}
);
CREATE INDEX orgs_branch ON orgs(branch_id);
CREATE INDEX orgs_code ON orgs(code);

CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    name TEXT NOT NULL,
    leader_id TEXT,
    {BASE}
);
CREATE INDEX groups_branch ON groups(branch_id);

CREATE TABLE members (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES orgs(id),
    group_id TEXT REFERENCES groups(id),
    name TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    ethnicity TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    id_number TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    join_date TEXT,
    full_date TEXT,
    category TEXT NOT NULL DEFAULT 'full' CHECK (category IN ('full', 'probationary')),
    probation_extension_months INTEGER NOT NULL DEFAULT 0,
    position TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    excluded_reason TEXT,
    excluded_from TEXT,
    excluded_to TEXT,
    discipline_from TEXT,
    discipline_to TEXT,
    left_status TEXT,
    left_date TEXT,
    left_note TEXT NOT NULL DEFAULT '',
    {BASE}
);
CREATE INDEX members_branch ON members(branch_id, deleted_at);
CREATE INDEX members_id_number ON members(id_number);
CREATE INDEX members_name ON members(branch_id, name);
CREATE INDEX members_group ON members(group_id);

CREATE TABLE settings (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    {BASE},
    UNIQUE (branch_id, key)
);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    at TEXT NOT NULL,
    seq INTEGER NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    action TEXT NOT NULL,
    old_values TEXT,
    new_values TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_row ON audit_log(table_name, row_id);
"""
    )
