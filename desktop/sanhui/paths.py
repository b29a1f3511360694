"""Where things live: the data folder, the default data file, db/ and resources/.

`SANHUI_HOME` redirects everything the app writes (data, backups, logs) for tests
and development. `db/` and `resources/` are found the same way from a source
checkout, an installed wheel (packaged as ``sanhui/_data``) and a PyInstaller
bundle (``sys._MEIPASS``).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Sanhui"


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    home = os.environ.get("SANHUI_HOME")
    if home:
        path = Path(home)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """`SANHUI_DB`, else ``sanhui.db`` in the data folder."""
    env = os.environ.get("SANHUI_DB")
    return Path(env) if env else data_dir() / "sanhui.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _data_root(name: str) -> Path:
    """The folder `name` (``db`` or ``resources``) wherever this copy of Sanhui keeps it."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / name)
    package = Path(__file__).resolve().parent
    candidates.append(package / "_data" / name)  # installed wheel
    candidates.append(package.parent.parent / name)  # source checkout: desktop/sanhui -> repo root
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ not found; looked in: {', '.join(map(str, candidates))}")


def migrations_dir() -> Path:
    return _data_root("db") / "migrations"


def resources_dir() -> Path:
    return _data_root("resources")
