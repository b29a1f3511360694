"""Issue 6: a township importing 50 branch-year packages (target: within 3× of a plain sqlite3 floor).

Fifty demo branches (``create_demo``, a year of records, each its own name,
code and seed) each export their first, full package; the packages are cached
under ``<tmp>/sanhui-bench`` keyed by their parameters. Measured:
``import_files`` of all 50 into a fresh copy of a new township file
(``accept_new=True``: signatures, hashes, row checks, the plan and one
transaction per package, the backup copy before the first change). Baseline,
in the same run: the very same rows (parsed from the packages beforehand,
photo bytes included) inserted with plain ``sqlite3`` ``executemany`` into a
fresh copy of the same township file in one transaction.

    python -m bench.bench_import
"""
from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import sys
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from bench import gen
from bench.timing import Result, Timings, _timed, report, result
from sanhui.core.exchange.tables import BRANCH_TABLES
from sanhui.core.store.db import known_migration_names

BRANCHES = 50
TODAY = date(gen.YEAR, 12, 31)
TARGET = 3.0  # times the baseline


def _key(branches: int) -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(",".join(known_migration_names()).encode())
    return f"import-{branches}-{TODAY.isoformat()}-{digest.hexdigest()[:10]}"


def packages(branches: int = BRANCHES) -> tuple[Path, list[Path]]:
    """(the empty township template, the branches' packages), cached."""
    from sanhui.core.demo import create_demo
    from sanhui.core.exchange.export import export_packages
    from sanhui.core.store.org import create_file

    gen.isolate()
    folder = gen.cache_dir() / _key(branches)
    done = folder / "done"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "packages").mkdir(parents=True)
        work = Path(tempfile.mkdtemp(prefix="sanhui-bench-import-"))
        try:
            for index in range(branches):
                db = create_demo(work / f"b{index}.db", today=TODAY, seed=index + 1,
                                 name=f"中共第{index + 1}村支部委员会", code=f"330102{index + 1:03d}")
                export_packages(db, folder / "packages", full=True)
                db.close()
        finally:
            shutil.rmtree(work, ignore_errors=True)
        township = create_file(folder / "township.db", "township", "中共青山镇委员会", "330102")
        township.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        township.close()
        done.write_text("ok")
    return folder / "township.db", sorted((folder / "packages").glob("*.sanhui"))


def parse_rows(paths: list[Path]) -> dict[str, list[dict]]:
    """Every row of every package, by table, photo bytes put back (outside the timing)."""
    rows: dict[str, list[dict]] = {}
    for path in paths:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            entries = {info.filename: archive.read(info) for info in archive.infolist()}
        for name in BRANCH_TABLES:
            data = entries.get(f"rows/{name}.jsonl")
            if data is None:
                continue
            found = [json.loads(line) for line in data.decode().splitlines()]
            if name == "photos":
                for row in found:
                    row["data"] = entries.get(f"photos/{row['id']}.jpg", b"")
                    row["thumb"] = entries.get(f"photos/{row['id']}.thumb.jpg", b"")
            rows.setdefault(name, []).extend(found)
    return rows


def fresh(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def run(runs: int = 3, branches: int = BRANCHES) -> list[Result]:
    from sanhui.core.exchange.importer import import_files
    from sanhui.core.store.db import open_db

    template, paths = packages(branches)
    rows = parse_rows(paths)
    folder = Path(tempfile.mkdtemp(prefix="sanhui-bench-import-"))
    batches = []
    opened = []

    def measured():
        db = opened.pop()
        batches.append(import_files(db, paths, accept_new=True))
        db.close()

    def baseline():
        conn = sqlite3.connect(fresh(template, folder, "baseline.db"))
        with conn:
            for table, found in rows.items():
                keys = sorted({k for row in found for k in row})
                marks = ", ".join("?" for _ in keys)
                conn.executemany(f"INSERT INTO {table} ({', '.join(keys)}) VALUES ({marks})",
                                 [[row.get(k) for k in keys] for row in found])
        conn.close()

    def prepare():  # the copy and open of the fresh file are outside the timing
        opened.append(open_db(fresh(template, folder, "township.db")))

    try:
        prepare()  # warm-up
        measured()
        baseline()
        timings = Timings()
        for _ in range(runs):
            prepare()
            _timed(measured, timings.wall, timings.cpu)
            _timed(baseline, timings.base_wall, timings.base_cpu)
        applied = batches[-1].count("applied")
        total = sum(len(v) for v in rows.values())
        assert applied == len(paths), batches[-1].summary()
        size = sum(p.stat().st_size for p in paths) / 1e6
        results = [result(f"township imports {len(paths)} branch-year packages", timings,
                          "sqlite3 executemany of the same rows, one transaction", f"≤ {TARGET:.0f}× baseline",
                          None, f"{total} rows, {size:.0f} MB of packages; signatures, hashes, row checks, "
                          "plan and a backup copy included")]
        r = results[0]
        r.met = r.ratio is not None and r.ratio <= TARGET
        return results
    finally:
        for db in opened:
            db.close()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    return report(__doc__, run)


if __name__ == "__main__":
    sys.exit(main())
