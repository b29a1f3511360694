"""The connection every store function receives: the few calls of ``sqlite_utils.Database`` Sanhui uses.

``open_db`` wraps its ``sqlite3`` connection in this class instead of
``sqlite_utils.Database``: importing sqlite_utils (with click, dateutil,
pluggy…) costs a tenth of a second at start-up, and its ``query`` runs every
SELECT inside a savepoint. sqlite_utils is still what applies the numbered
migrations (``store.db``), imported only when a file needs one.

The calls behave as sqlite_utils 4's do:

- ``execute(sql, params)`` returns the cursor; a write outside a transaction
  is committed at once, a write inside ``atomic()`` becomes part of it, and
  a failed statement that opened a transaction rolls it back.
- ``query(sql, params)`` yields each row as a dict (ValueError for a
  statement that returns no rows).
- ``atomic()`` is a transaction, or a savepoint inside one.
"""
from __future__ import annotations

import contextlib
import itertools
import sqlite3
from pathlib import Path
from typing import Any, Iterator, Sequence

_SAVEPOINTS = itertools.count(1)  # names unique within the process (secrets would load OpenSSL at start-up)
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


def _first_keyword(sql: str) -> str:
    text = sql.lstrip()
    while text.startswith("--") or text.startswith("/*"):  # leading comments
        if text.startswith("--"):
            text = text.split("\n", 1)[1].lstrip() if "\n" in text else ""
        else:
            text = text.split("*/", 1)[1].lstrip() if "*/" in text else ""
    return text.split(None, 1)[0].upper().rstrip(";") if text else ""


class Database:
    """A ``sqlite3`` connection with ``execute``, ``query``, ``atomic``, ``table_names`` and ``close``."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None):
        self.conn = conn
        self.path = path
        conn.execute("PRAGMA recursive_triggers = on")  # as sqlite_utils sets it

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (not was_in_transaction and self.conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")  # a write outside a transaction takes effect now
        return cursor

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows - use execute() for other statements")
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction (a savepoint when one is already open): committed at the end, undone on an error."""
        if self.conn.in_transaction:
            savepoint = f"sanhui_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended the whole transaction already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
