"""Reading and writing settings of the registry in core/settings.py."""
from __future__ import annotations

import json
from typing import Any

from sanhui.core.settings import SETTINGS, coerce
from sanhui.core.store.database import Database
from sanhui.core.store.rows import insert_row, update_row


def get_setting(db: Database, branch_id: str, key: str) -> Any:
    rows = list(
        db.query(
            "SELECT value FROM settings WHERE branch_id = ? AND key = ? AND deleted_at IS NULL", [branch_id, key]
        )
    )
    if not rows:
        return SETTINGS[key].default
    return json.loads(rows[0]["value"])


def set_setting(db: Database, branch_id: str, key: str, value: Any) -> bool:
    """Store a setting; returns whether it changed."""
    value = coerce(key, value)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    rows = list(db.query("SELECT id FROM settings WHERE branch_id = ? AND key = ?", [branch_id, key]))
    with db.atomic():
        if rows:
            return bool(update_row(db, "settings", rows[0]["id"], {"value": encoded, "deleted_at": None}))
        insert_row(db, "settings", {"branch_id": branch_id, "key": key, "value": encoded})
        return True
