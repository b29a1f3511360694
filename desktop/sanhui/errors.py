"""Typed errors raised by the core; the edge (a dialog, the CLI) shows ``str(e)``.

Every message is a Chinese sentence that says what happened and what to do.
Technical detail goes in ``detail`` and the log file, never in the message.
"""
from __future__ import annotations


class SanhuiError(Exception):
    """An error the user should read: ``str(error)`` is the Chinese message."""

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class NotSanhuiFile(SanhuiError):
    """The path is not a Sanhui data file (or is damaged)."""


class NewerFileError(SanhuiError):
    """The file was written by a newer Sanhui; it is left untouched."""


class FileMissing(SanhuiError):
    """The data file does not exist (and we do not create it silently)."""


class AlreadyExists(SanhuiError):
    """Refused to create something that is already there."""


class InvalidInput(SanhuiError):
    """Bad input from the user or a file: ``problems`` lists the details."""

    def __init__(self, message: str, problems=None, detail: str = ""):
        super().__init__(message, detail)
        self.problems = list(problems or [])


class NotFound(SanhuiError):
    """A record asked for does not exist."""


class Locked(SanhuiError):
    """The record is finalised; only a dated correction may change it."""


class FontMissing(SanhuiError):
    """No embeddable CJK font was found, or a character cannot be printed."""


class WriteFailed(SanhuiError):
    """Writing a document, package or backup to the chosen place failed."""
