"""Crash safety: SIGKILL a process at random moments during multi-row operations, then check the file.

    python -m bench.killtest --runs 500           # the big run (spread over the operations)
    python -m bench.killtest --runs 10 --json     # what the test suite runs

For each operation of ``bench/kill_ops.py`` (finalising, roster import,
meetings JSON import, restore, migration) a template folder is prepared
once; each run copies it, starts a child process that does the operation
over and over on the real file, waits until it is under way and kills it
with SIGKILL after a random delay. Then the file must pass ``PRAGMA
integrity_check`` and every operation in it must be all there or not at
all. The window of random delays is measured first, by one run of each
child that is not killed. Figures: runs, kills (and how many landed inside
an operation), corrupt files, partial operations.

SIGKILL stops the process, not the machine: the operating system still
writes what SQLite handed it. Power loss is covered by ``synchronous=FULL``
and is not what this harness measures.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT = 60.0


COUNTS = ("runs", "kills", "mid_operation", "corrupt", "partial", "damaged_copies", "failed_children")


@dataclass
class Figures:
    operation: str
    runs: int = 0
    kills: int = 0  # the child was alive when killed
    mid_operation: int = 0  # ... and inside an operation (its last word was "begin")
    corrupt: int = 0  # integrity_check failed
    partial: int = 0  # an operation neither all there nor absent, or a finished one lost
    damaged_copies: int = 0  # a copy in the backups folder that looks whole but does not open
    failed_children: int = 0  # a child that ended by itself with an error: a harness problem
    window_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems += other.problems


# ---------------------------------------------------------------- the child


def child_main(operation: str, folder: Path) -> int:
    from bench.kill_ops import OPERATIONS

    def say(word: str) -> None:
        sys.stdout.write(word + "\n")
        sys.stdout.flush()

    OPERATIONS[operation].child(folder, say)
    say("done")
    return 0


# ---------------------------------------------------------------- the parent


def _env(folder: Path) -> dict[str, str]:
    env = dict(os.environ, SANHUI_HOME=str(folder / "home"), PYTHONPATH=os.pathsep.join(
        [str(ROOT), str(ROOT / "desktop"), os.environ.get("PYTHONPATH", "")]))
    env.pop("SANHUI_DB", None)
    return env


def _start(operation: str, folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bench.killtest", "--child", operation, "--dir", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env(folder),
    )


def _wait_ready(proc: subprocess.Popen) -> bool:
    line = proc.stdout.readline()
    return line.strip() == "ready"


def integrity(path: Path) -> list[str]:
    """``["ok"]`` for a whole file, else what SQLite found wrong."""
    try:
        conn = sqlite3.connect(str(path))
        try:
            return [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"{type(exc).__name__}: {exc}"]


def damaged_copies(folder: Path) -> list[str]:
    """Copies in the backups folder (``*.db``: what the restore list shows) that do not open whole."""
    damaged = []
    for copy in sorted((folder / "home" / "backups").glob("*.db")):
        try:
            conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
            try:
                ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()
        except sqlite3.Error:
            ok = False
        if not ok:
            damaged.append(copy.name)
    return damaged


def prepare(operation: str, folder: Path, scale: int) -> None:
    from bench.kill_ops import OPERATIONS

    folder.mkdir(parents=True)
    old = os.environ.get("SANHUI_HOME")
    os.environ["SANHUI_HOME"] = str(folder / "home")
    try:
        OPERATIONS[operation].prepare(folder, scale)
    finally:
        if old is None:
            os.environ.pop("SANHUI_HOME", None)
        else:
            os.environ["SANHUI_HOME"] = old
    shutil.rmtree(folder / "home", ignore_errors=True)


def calibrate(operation: str, template: Path, work: Path) -> float:
    """Seconds from "ready" to "done" of an unkilled child: the window for the random kills."""
    folder = work / f"calibrate-{operation}"
    shutil.copytree(template, folder)
    proc = _start(operation, folder)
    if not _wait_ready(proc):
        proc.kill()
        _, err = proc.communicate()
        raise RuntimeError(f"{operation}: the child did not start\n{err}")
    start = time.monotonic()
    out, err = proc.communicate()
    elapsed = time.monotonic() - start
    if proc.returncode != 0 or not out.strip().endswith("done"):
        raise RuntimeError(f"{operation}: the child failed\n{err}")
    shutil.rmtree(folder, ignore_errors=True)
    return elapsed


def one_run(operation: str, template: Path, work: Path, number: int, window: float, seed: int,
            keep: bool = False) -> Figures:
    from bench.kill_ops import DATA, OPERATIONS

    figures = Figures(operation, runs=1)
    folder = work / f"{operation}-{number:04d}"
    shutil.copytree(template, folder)
    proc = _start(operation, folder)
    try:
        if not _wait_ready(proc):
            proc.kill()
            _, err = proc.communicate()
            figures.failed_children += 1
            figures.problems.append(f"{folder.name}: child did not start: {err.strip()[-300:]}")
            return figures
        time.sleep(random.Random(seed).uniform(0, window))
        alive = proc.poll() is None
        if alive:
            os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    words = out.split()
    if alive:
        figures.kills += 1
        last = out.strip().splitlines()[-1] if out.strip() else ""
        figures.mid_operation += last.startswith("begin")
    elif proc.returncode != 0 or not words or words[-1] != "done":
        figures.failed_children += 1
        figures.problems.append(f"{folder.name}: child failed: {err.strip()[-300:]}")
    ends = sum(1 for w in out.splitlines() if w.startswith("end "))
    result = integrity(folder / DATA)
    if result != ["ok"]:
        figures.corrupt += 1
        figures.problems.append(f"{folder.name}: integrity_check: {result[:3]}")
    else:
        found = OPERATIONS[operation].check(folder, ends)
        if found:
            figures.partial += 1
            figures.problems += [f"{folder.name}: {p}" for p in found]
    damaged = damaged_copies(folder)
    if damaged:
        figures.damaged_copies += len(damaged)
        figures.problems.append(f"{folder.name}: damaged copies in the backups folder: {damaged}")
    if not keep and not figures.problems:
        shutil.rmtree(folder, ignore_errors=True)
    return figures


def campaign(runs: int, operations: list[str], jobs: int = 2, seed: int = 1, scale: int = 3,
             work: Path | None = None, keep: bool = False) -> dict[str, Figures]:
    """``runs`` killed runs spread over ``operations``; figures per operation."""
    own = work is None
    work = Path(tempfile.mkdtemp(prefix="sanhui-killtest-")) if own else Path(work)
    try:
        templates, windows = {}, {}
        for name in operations:
            templates[name] = work / f"template-{name}"
            prepare(name, templates[name], scale)
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            measured = pool.map(lambda name: calibrate(name, templates[name], work), operations)
            for name, elapsed in zip(operations, measured):
                windows[name] = 0.8 * elapsed  # kills land while the child still works
            rng = random.Random(seed)
            plan = [(operations[i % len(operations)], i, rng.randrange(1 << 30)) for i in range(runs)]
            results = pool.map(
                lambda p: one_run(p[0], templates[p[0]], work, p[1], windows[p[0]], p[2], keep), plan)
            figures = {name: Figures(name, window_s=round(windows[name], 3)) for name in operations}
            for result in results:
                figures[result.operation].add(result)
        return figures
    finally:
        if own and not keep:
            shutil.rmtree(work, ignore_errors=True)


def total(figures: dict[str, Figures]) -> Figures:
    whole = Figures("total")
    for f in figures.values():
        whole.add(f)
    return whole


def report(figures: dict[str, Figures], seconds: float) -> str:
    lines = [f"{'operation':<14}{'runs':>6}{'kills':>7}{'mid-op':>8}{'corrupt':>9}{'partial':>9}"
             f"{'bad copies':>12}{'window s':>10}"]
    for f in [*figures.values(), total(figures)]:
        window = f"{f.window_s:.2f}" if f.operation != "total" else ""
        lines.append(f"{f.operation:<14}{f.runs:>6}{f.kills:>7}{f.mid_operation:>8}{f.corrupt:>9}"
                     f"{f.partial:>9}{f.damaged_copies:>12}{window:>10}")
    whole = total(figures)
    lines.append(f"runs {whole.runs}, kills {whole.kills} ({whole.mid_operation} inside an operation), "
                 f"corrupt files {whole.corrupt}, partial operations {whole.partial}, "
                 f"damaged backup copies {whole.damaged_copies}, "
                 f"failed children {whole.failed_children}; {seconds:.0f} s")
    lines += whole.problems[:20]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from bench.kill_ops import OPERATIONS

    parser = argparse.ArgumentParser(prog="python -m bench.killtest", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="killed runs in all, spread over the operations")
    parser.add_argument("--ops", default=",".join(OPERATIONS),
                        help="comma-separated: " + ", ".join(OPERATIONS))
    parser.add_argument("--jobs", type=int, default=2, help="runs at the same time")
    parser.add_argument("--scale", type=int, default=3, help="size of each child's loop")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args.child, Path(args.dir))
    operations = [o for o in args.ops.split(",") if o]
    unknown = [o for o in operations if o not in OPERATIONS]
    if unknown:
        parser.error(f"unknown operations: {unknown}")
    start = time.monotonic()
    figures = campaign(args.runs, operations, jobs=args.jobs, seed=args.seed, scale=args.scale,
                       keep=args.keep)
    seconds = time.monotonic() - start
    whole = total(figures)
    if args.json:
        print(json.dumps({"operations": [asdict(f) for f in figures.values()], "total": asdict(whole),
                          "seconds": round(seconds, 1)}, ensure_ascii=False))
    else:
        print(report(figures, seconds))
    clean = whole.corrupt == whole.partial == whole.damaged_copies == whole.failed_children == 0
    return 0 if clean else 1


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT / "desktop")] if str(ROOT / "desktop") not in sys.path else []
    sys.exit(main())
