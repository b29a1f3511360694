"""USB exchange between branch and township (数据交换), and what the township sends down.

Bookkeeping of this file (never exported):

- ``keys``: this file's own key pairs, one active row per ``role``:
  ``signing`` (Ed25519, signs packages) and ``exchange`` (X25519, receives
  encrypted personal data). The private keys leave the file only in a backup.
- ``peers``: the other side's keys, accepted after comparing fingerprints;
  re-enrolment with a new key adds a row and sets ``replaced_by`` on the old
  one. ``last_sequence``: the last package sequence received from that peer;
  ``acked_sequence``: the last of our packages the peer says it received.
- ``outbox`` / ``inbox``: packages written and imported.
- ``receipts``: per peer and table, the highest ``seq`` received (on the
  township) or acknowledged (on the branch: the next export sends what
  changed since).

Township rows that travel down to the branches, with the usual row
conventions (UUID key, ``branch_id`` = the township's org, versions,
tombstones, seq): ``themes`` (monthly 主题党日 themes), ``plans`` (the year
plan), ``notices`` (通知), ``returns`` (records returned for correction, 退回).
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
CREATE TABLE keys (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('signing', 'exchange')),
    algorithm TEXT NOT NULL,
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE UNIQUE INDEX keys_active ON keys(role) WHERE retired_at IS NULL;

CREATE TABLE peers (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('branch', 'township')),
    org_id TEXT NOT NULL,
    signing_key BLOB NOT NULL,
    exchange_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    accepted_at TEXT NOT NULL,
    replaced_by TEXT,
    expected_fingerprint TEXT,
    last_sequence INTEGER NOT NULL DEFAULT 0,
    acked_sequence INTEGER NOT NULL DEFAULT 0,
    last_received_at TEXT
);
CREATE INDEX peers_code ON peers(code);
CREATE UNIQUE INDEX peers_active_code ON peers(code) WHERE replaced_by IS NULL;

CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    recipient_code TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'reserved' CHECK (status IN ('reserved', 'written', 'failed')),
    full INTEGER NOT NULL DEFAULT 0,
    personal INTEGER NOT NULL DEFAULT 0,
    counts TEXT NOT NULL DEFAULT '{{}}',
    file_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    UNIQUE (recipient_code, sequence)
);

CREATE TABLE inbox (
    id TEXT PRIMARY KEY,
    peer_id TEXT NOT NULL REFERENCES peers(id),
    sender_code TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX inbox_sender ON inbox(sender_code, sequence);

CREATE TABLE receipts (
    peer_id TEXT NOT NULL REFERENCES peers(id),
    table_name TEXT NOT NULL,
    max_seq INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (peer_id, table_name)
);

CREATE TABLE themes (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    month TEXT NOT NULL,
    theme TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    {BASE}
);
CREATE INDEX themes_month ON themes(month);

CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    items TEXT NOT NULL DEFAULT '[]',
    {BASE}
);
CREATE INDEX plans_year ON plans(year);

CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    published_on TEXT NOT NULL,
    target_code TEXT,
    {BASE}
);

CREATE TABLE returns (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    target_branch_id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    meeting_version INTEGER NOT NULL,
    comment TEXT NOT NULL,
    returned_at TEXT NOT NULL,
    resolved_at TEXT,
    {BASE}
);
CREATE INDEX returns_target ON returns(target_branch_id, resolved_at);
CREATE INDEX returns_meeting ON returns(meeting_id);
"""
    )
