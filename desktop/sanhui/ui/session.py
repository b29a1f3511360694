"""What every page shares: the open database, this file's organisation, one change signal.

A core write returns a ``Changes``; whoever made it calls ``session.announce``
and every page decides for itself whether to reload. No page reaches into
another page.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sanhui.core.model import Changes, Role
from sanhui.core.store.org import file_info, get_org


class Session(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, db, parent=None, org_id: str | None = None, read_only: bool = False):
        """``org_id``: a branch held in this file (a township looking at one of its branches)."""
        super().__init__(parent)
        self.db = db
        info = file_info(db)
        self.role: Role = info.role if org_id in (None, info.org_id) else Role.BRANCH
        self.org_id: str = org_id or info.org_id
        #: Nothing may be written (a township's copy of a branch's records).
        self.read_only = read_only

    @property
    def org(self):
        return get_org(self.db, self.org_id)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
