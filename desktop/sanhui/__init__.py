"""Sanhui (三会一课助手): offline records of a village Party branch's organisational life."""

import sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_numpy() -> None:
    """Import sqlite_utils with numpy and pandas out of sight.

    sqlite_utils imports numpy and pandas, when they are installed, only to map their
    value types to SQL; Sanhui never hands it either, and numpy alone costs ~0.1 s of
    start-up (issue 9). The bundle leaves numpy out anyway; this makes a development
    install start the same way. Both stay importable afterwards for whoever needs them.
    """
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # an import of it raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()
