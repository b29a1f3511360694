"""Package discovery: every package under desktop/, plus db/ and resources/ shipped as ``sanhui._data``.

The metadata is in pyproject.toml; paths.py finds db/ and resources/ from a
checkout, an installed wheel or the PyInstaller bundle.
"""
from setuptools import find_packages, setup

DATA_PACKAGES = {
    "sanhui._data.db": "db",
    "sanhui._data.db.migrations": "db/migrations",
    "sanhui._data.resources": "resources",
}

setup(
    package_dir={"": "desktop", **DATA_PACKAGES},
    packages=find_packages("desktop") + list(DATA_PACKAGES),
    package_data={"sanhui._data.db.migrations": ["*.py"], "sanhui._data.resources": ["**/*"]},
    include_package_data=False,
)
