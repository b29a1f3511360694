"""Shared fixtures: every test gets its own SANHUI_HOME and a fresh data file.

The offscreen platform is set before Qt can load (without it pytest dies
silently on a machine with no display).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import TODAY  # noqa: F401 - re-exported for tests


@pytest.fixture(autouse=True)
def sanhui_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SANHUI_HOME", str(home))
    monkeypatch.delenv("SANHUI_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> Path:
    """One migrated branch file, copied for each test so the suite stays fast."""
    from sanhui.core.store.org import create_file

    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.db"
    db = create_file(path, "branch", "中共青山村支部委员会", "330102001", "中共青山镇委员会", "330102")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(tmp_path, _template_db) -> Path:
    path = tmp_path / "sanhui.db"
    shutil.copyfile(_template_db, path)
    return path


@pytest.fixture
def db(db_path):
    from sanhui.core.store import open_db

    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def branch_id(db) -> str:
    from sanhui.core.store.org import file_info

    return file_info(db).org_id


@pytest.fixture(scope="session")
def base_world(tmp_path_factory) -> Path:
    """Two branches and their township that have exchanged packages (``exchange_world.build_world``), once."""
    from exchange_world import build_world

    folder = tmp_path_factory.mktemp("world")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SANHUI_HOME", str(folder / "home"))
        return build_world(folder / "files")


@pytest.fixture
def world(base_world, tmp_path):
    """A copy of the three files for one test."""
    from exchange_world import copy_world

    return copy_world(base_world, tmp_path / "world")
