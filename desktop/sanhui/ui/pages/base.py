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

    @property
    def read_only(self) -> bool:
        """A township looking at its copy of a branch: the page shows, never writes."""
        return getattr(self.session, "read_only", False)

    def hide_when_read_only(self, *widgets) -> None:
        if self.read_only:
            for widget in widgets:
                widget.hide()

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
