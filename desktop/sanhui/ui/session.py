"""What every page shares: the open database, this file's organisation, one change signal.

A core write returns a ``Changes``; whoever made it calls ``session.announce``
and every page decides for itself whether to reload. No page reaches into
another page.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sanhui.core.model import Changes, Role
from sanhui.core.store.org import file_info, home_org


class Session(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        info = file_info(db)
        self.role: Role = info.role
        self.org_id: str = info.org_id

    @property
    def org(self):
        return home_org(self.db)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
