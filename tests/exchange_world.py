"""A small real world for the exchange tests: two demo branches and their township, as files.

``build_world`` makes it once per test module: branch A (with a photo) and
branch B each reported, learnt the township's key from its reply, reported
again with the personal numbers sealed and got that receipt back; so the
next report of each carries only what changes. ``copy_world`` gives each
test its own copy of the three files.
"""
from __future__ import annotations

import io
import json
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

from common import TODAY

A_CODE, B_CODE, T_CODE = "330102001", "330102002", "330102"
FILES = ("a.db", "b.db", "t.db")


def jpeg(colour=(200, 40, 40), size=(64, 48)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def checkpoint_close(*dbs) -> None:
    for db in dbs:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()


def send(src, dst, folder: Path, accept_new: bool = True, **options):
    """Export from ``src`` into ``folder`` and import into ``dst``; (export results, batch result)."""
    from sanhui.core.exchange.export import export_packages
    from sanhui.core.exchange.importer import import_files

    results = export_packages(src, folder, **options)
    batch = import_files(dst, [r.path for r in results], accept_new=accept_new)
    return results, batch


def build_world(folder: Path) -> Path:
    """The three files in ``folder`` (SANHUI_HOME must point somewhere harmless)."""
    from sanhui.core.demo import create_demo
    from sanhui.core.store.org import create_file
    from sanhui.core.store.photos import add_photo

    folder.mkdir(parents=True, exist_ok=True)
    stick = folder / "stick"
    stick.mkdir()
    a = create_demo(folder / "a.db", today=TODAY)
    b = create_demo(folder / "b.db", today=TODAY, seed=2, name="中共石桥村支部委员会", code=B_CODE)
    t = create_file(folder / "t.db", "township", "中共青山镇委员会", T_CODE)
    draft = a.execute("SELECT id FROM meetings WHERE status = 'draft' ORDER BY date LIMIT 1").fetchone()[0]
    add_photo(a, draft, jpeg(), "会议现场")
    for branch in (a, b):
        _, batch = send(branch, t, stick)
        assert [f.status for f in batch.files] == ["applied"], batch.to_json()
    for branch, code in ((a, A_CODE), (b, B_CODE)):
        _, batch = send(t, branch, stick, to=[code])
        assert [f.status for f in batch.files] == ["applied"], batch.to_json()
    for branch, code in ((a, A_CODE), (b, B_CODE)):  # personal numbers sealed, and their receipt back
        results, batch = send(branch, t, stick)
        assert results[0].personal == "sealed" and batch.files[0].status == "applied", batch.to_json()
        _, batch = send(t, branch, stick, to=[code])
        assert [f.status for f in batch.files] == ["applied"], batch.to_json()
    checkpoint_close(a, b, t)
    shutil.rmtree(stick)
    return folder


@dataclass
class World:
    folder: Path
    stick: Path

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.db"

    def open(self, name: str):
        from sanhui.core.store import open_db

        return open_db(self.path(name))


def copy_world(base: Path, target: Path) -> World:
    target.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(base / name, target / name)
    stick = target / "stick"
    stick.mkdir()
    return World(target, stick)


def dump(path: Path) -> list[str]:
    """The whole file as SQL, read through its own connection (what another program would see)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def entries_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def resign(data: bytes, signing_key, change=None, entries_change=None) -> bytes:
    """``data`` rebuilt and signed again by ``signing_key`` after ``change(manifest)`` / ``entries_change``.

    The key in the manifest is set to ``signing_key``'s, as a forger would.
    """
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from sanhui.core.exchange.keys import fingerprint
    from sanhui.core.exchange.package import MANIFEST, SIGNATURE, build_package

    entries = entries_of(data)
    manifest = json.loads(dict(entries)[MANIFEST])
    body = [(n, d) for n, d in entries if n not in (MANIFEST, SIGNATURE)]
    if entries_change:
        body = entries_change(body)
    public = signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    manifest["sender"]["signing_key"] = public.hex()
    manifest["sender"]["fingerprint"] = fingerprint(public)
    if change:
        change(manifest)
    manifest.pop("entries", None)
    return build_package(manifest, body, signing_key)
