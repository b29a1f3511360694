"""The layering rules of STYLE.md, and that db/ and resources/ travel with an installed wheel."""
from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import sanhui

ROOT = Path(__file__).resolve().parents[2]


def test_core_and_cli_import_without_qt():
    """Every module under core/ and cli/ imports with PySide6 made unimportable."""
    modules = [
        m.name
        for prefix in ("sanhui.core", "sanhui.cli")
        for m in pkgutil.walk_packages([str(Path(sanhui.__file__).parent / prefix.split(".")[1])], prefix + ".")
    ]
    code = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules + ['sanhui.core', 'sanhui.cli']!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(modules) > 5


def test_wheel_carries_migrations_and_resources(tmp_path):
    if not (ROOT / "pyproject.toml").exists():
        pytest.skip("not a source checkout")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("sanhui-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    migrations = sorted(p.name for p in (ROOT / "db" / "migrations").glob("[0-9]*.py"))
    for name in migrations:
        assert f"sanhui/_data/db/migrations/{name}" in names
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = dict(os.environ, PYTHONPATH=str(target), SANHUI_HOME=str(tmp_path / "home"))
    probe = (
        "import sanhui.paths as p, sanhui; "
        "assert sanhui.__file__.startswith(%r), sanhui.__file__; "
        "print(p.migrations_dir()); print(p.resources_dir())" % str(target)
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = result.stdout.split()
    assert found[0].startswith(str(target)) and found[1].startswith(str(target))
    # and the installed copy can create a file with every migration applied
    create = (
        "from sanhui.core.store.org import create_file; from sanhui.core.store import current_version; "
        f"db = create_file({str(tmp_path / 'w.db')!r}, 'branch', '某村党支部', '1234'); print(current_version(db))"
    )
    result = subprocess.run([sys.executable, "-c", create], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == len(migrations)
