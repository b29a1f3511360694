"""A rotating log file in the data folder; technical detail goes here, never to the user."""
from __future__ import annotations

import logging
import logging.handlers

from sanhui import paths

_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    """Send the ``sanhui`` logger to ``logs/sanhui.log`` (1 MB x 5 files). Safe to call twice."""
    global _configured
    if _configured:
        return
    logger = logging.getLogger("sanhui")
    logger.setLevel(level)
    try:
        handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / "sanhui.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only data folder must not stop the app
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    _configured = True
