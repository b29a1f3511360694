"""The record editor (会议记录): one meeting in tabs, saved as it is typed."""
from __future__ import annotations

from sanhui.ui.editor.editor import MeetingEditor

__all__ = ["MeetingEditor"]
