"""The small contract every page of the main window keeps."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanhui.core.model import Changes


class Page(QWidget):
    """A page of the navigation bar. Subclasses set ``title`` and implement ``reload``."""

    title = ""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._stale = True
        session.changed.connect(self._on_changes)

    def wants(self, changes: Changes) -> bool:
        """Whether ``changes`` concern this page; by default any change does."""
        return bool(changes)

    def _on_changes(self, changes: Changes) -> None:
        if self.wants(changes):
            self._stale = True
            if self.isVisible():
                self.reload()
                self._stale = False

    def showEvent(self, event):  # noqa: N802 - Qt name
        if self._stale:
            self.reload()
            self._stale = False
        super().showEvent(event)

    def reload(self) -> None:
        """Refill the page from the database; every page overrides this."""
