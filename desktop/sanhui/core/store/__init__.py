"""Storage: one SQLite file per laptop. Every function receives the database."""
from sanhui.core.store.db import current_version, open_db, schema_version

__all__ = ["open_db", "current_version", "schema_version"]
