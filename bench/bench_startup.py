"""Issue 9: start-up to the main window shown with its data, against a bare PySide6 window; peak memory.

    python -m bench.bench_startup                    # branch, township (50 × 5 years) and county files
    python -m bench.bench_startup --skip-county      # without the county file (~23 GB, ~13 min to build once)

Start-up: the wall time from spawning ``python -m sanhui --db FILE`` with
``SANHUI_STARTUP_PROBE=1`` to reading the line ``SANHUI_SHOWN peak_rss_kb=N``
it prints once the main window is shown and its first page has loaded its
data. Baseline, in the same run and alternating with it:
``bench/bare_window.py``, a bare QMainWindow 1280×720 with a label that
prints the same line. Target: at most 2× the bare window, at every size.

Peak memory: ``SANHUI_STARTUP_PROBE=all`` (every page of the navigation bar
shown in turn, each loading its data, a page's work on the worker thread
waited for) reports the process's peak resident memory (VmHWM).
``overview_cache`` (figures of 各支部 the app keeps in the file, derived
data) is emptied before each of these runs, so that they compute every
branch's figures as after an import: the worst case. Target for the county:
under 300 MB (10^6 bytes).

Every process runs with ``QT_QPA_PLATFORM=offscreen``, ``SANHUI_HOME`` in a
scratch folder (logs, backups) and ``SANHUI_PROBE_TODAY=2025-12-31``: the
pages show 2025, the last year with records. The app's modules are compiled
to bytecode first (as in the bundle): a machine with
``PYTHONDONTWRITEBYTECODE`` set would otherwise compile them at every start.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench import bench_pages, gen
from bench.timing import MemoryResult, Result, memory_table, result, run_pair_reported, table

BARE_WINDOW = Path(__file__).with_name("bare_window.py")
ROOT = Path(__file__).resolve().parent.parent  # so that a child process finds ``bench``
SHOWN = "SANHUI_SHOWN"
TIMEOUT = 900  # seconds a process may take to report (the county's first start, cold disk cache)
RATIO_TARGET = 2.0
COUNTY_MEMORY_TARGET_KB = 300e6 / 1024  # 300 MB
WINDOW_TODAY = date(gen.YEAR, 12, 31)  # SANHUI_PROBE_TODAY: the pages show 2025, the last year with records


@dataclass
class Shown:
    seconds: float  # from spawning the process to its line
    peak_rss_kb: int
    exit_code: int


@dataclass
class DataFile:
    label: str  # "township file, 50 branches × 5 years"
    short: str  # "township"
    path: Path


def data_files(county: bool = True) -> list[DataFile]:
    files = [DataFile("branch file, 60 members, 1 year", "branch", gen.branch_file().path),
             DataFile("township file, 50 branches × 5 years", "township", gen.township_file(50, years=5))]
    if county:
        files.append(DataFile("county file, 3,000 branches × 10 years", "county", gen.county_file()))
    return files


def overview_rows(path: Path) -> tuple[int, int]:
    """(branches with figures of 各支部 kept in the file, branches in the file): whether a run computed them.
    (0, 0) for a branch's file (no 各支部 page)."""
    conn = sqlite3.connect(path, timeout=30)
    try:
        if conn.execute("SELECT role FROM file_info").fetchone()[0] != "township":
            return 0, 0
        branches = conn.execute("SELECT count(*) FROM orgs WHERE kind = 'branch'").fetchone()[0]
        return conn.execute("SELECT count(DISTINCT branch_id) FROM overview_cache").fetchone()[0], branches
    finally:
        conn.close()


def clear_overview_cache(path: Path) -> None:
    conn = sqlite3.connect(path, timeout=30)
    try:
        bench_pages.clear_overview_cache(conn)
    finally:
        conn.close()


class Launcher:
    """Spawns the app or the bare window with the probe's environment and waits for its line."""

    def __init__(self, home: Path):
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SANHUI_HOME": str(home)}
        for name in ("SANHUI_DB", "SANHUI_STARTUP_PROBE"):
            self.env.pop(name, None)
        self.stderr = home / "stderr.txt"

    def bare(self) -> Shown:
        return self.spawn([sys.executable, str(BARE_WINDOW)], {})

    def app(self, path: Path, probe: str = "1") -> Shown:
        return self.spawn([sys.executable, "-m", "sanhui", "--db", str(path)],
                          {"SANHUI_STARTUP_PROBE": probe, "SANHUI_PROBE_TODAY": WINDOW_TODAY.isoformat()})

    def spawn(self, command: list[str], extra: dict[str, str]) -> Shown:
        with open(self.stderr, "w", encoding="utf-8") as err:
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, env={**self.env, **extra},
                                       text=True, encoding="utf-8", errors="replace")
            timer = threading.Timer(TIMEOUT, process.kill)  # a hung process must not hang the benchmark
            timer.start()
            try:
                seconds, peak = None, 0
                for line in process.stdout:
                    if line.startswith(SHOWN):
                        seconds = time.perf_counter() - start
                        peak = int(line.split("peak_rss_kb=", 1)[1].split()[0])
                        break
                process.stdout.read()  # whatever follows, until it exits
                code = process.wait()
            finally:
                timer.cancel()
        if seconds is None:
            tail = self.stderr.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)}: no {SHOWN} line (exit {process.returncode})\n{tail}")
        return Shown(seconds, peak, code)


def precompile() -> None:
    """The app's modules compiled to bytecode, as they are in the bundle."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop" / "sanhui")], env=env,
                   check=True, stdout=subprocess.DEVNULL)


def startup(launcher: Launcher, files: list[DataFile], runs: int) -> list[Result]:
    results = []
    for data in files:
        codes: list[int] = []
        peaks: list[int] = []

        def app(data=data, codes=codes, peaks=peaks) -> float:
            shown = launcher.app(data.path)
            codes.append(shown.exit_code)
            peaks.append(shown.peak_rss_kb)
            return shown.seconds

        timings = run_pair_reported(app, lambda: launcher.bare().seconds, runs)
        bare = statistics.median(timings.base_wall)
        size = data.path.stat().st_size / 1e6
        note = (f"{size:,.0f} MB file; peak RSS at the line {statistics.median(peaks) / 1024:.0f} MiB; "
                f"the time to the line, not to the exit; the first page shows {WINDOW_TODAY.year}")
        if any(codes):
            note += f"; exit codes {sorted(set(codes))} (expected 0)"
        results.append(result(f"start-up, {data.label}", timings, "bare PySide6 window (same run)",
                              f"≤ {RATIO_TARGET:.0f}× bare", lambda t, bare=bare: t <= RATIO_TARGET * bare, note))
    return results


def memory(launcher: Launcher, files: list[DataFile], runs: int) -> tuple[list[MemoryResult], list[Result]]:
    """Peak memory with every page shown (``SANHUI_STARTUP_PROBE=all``), and how long that took."""
    bare_peaks = [launcher.bare().peak_rss_kb for _ in range(runs)]
    bare_kb = int(statistics.median(bare_peaks))
    memories, times = [], []
    for data in files:
        shown_all: list[Shown] = []
        computed = []
        for _ in range(runs):
            clear_overview_cache(data.path)
            shown_all.append(launcher.app(data.path, probe="all"))
            computed.append(overview_rows(data.path))
        peak = int(statistics.median(s.peak_rss_kb for s in shown_all))
        codes = sorted({s.exit_code for s in shown_all})
        note = "every page shown once, overview_cache emptied before each run"
        done, branches = min(computed)
        if done < branches:
            note += f"; **各支部's figures in the file for only {done} of {branches} branches after the run**"
        else:
            note += f"; 各支部 computed afresh for all {branches} branches" if branches else ""
        if codes != [0]:
            note += f"; exit codes {codes} (expected 0)"
        is_county = data.short == "county"
        memories.append(MemoryResult(
            f"peak memory, {data.label}", peak, runs, "bare PySide6 window", bare_kb,
            "< 300 MB" if is_county else "", (peak < COUNTY_MEMORY_TARGET_KB) if is_county else None, note))
        seconds = [s.seconds for s in shown_all]
        times.append(Result(f"every page shown and loaded, {data.label}", statistics.median(seconds), len(seconds),
                            note="no target; spawn to the line with SANHUI_STARTUP_PROBE=all, 各支部 computed "
                                 "afresh (overview_cache emptied before each run)", cpu=None))
    return memories, times


def run(runs: int = 5, county: bool = True, memory_runs: int = 2) -> tuple[list[Result], list[MemoryResult]]:
    """Start-up rows (with the every-page times) and the peak-memory rows."""
    files = data_files(county)
    precompile()
    home = Path(tempfile.mkdtemp(prefix="startup-home-", dir=gen.cache_dir()))
    try:
        launcher = Launcher(home)
        results = startup(launcher, files, runs)
        memories, times = memory(launcher, files, memory_runs)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return results + times, memories


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_startup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--memory-runs", type=int, default=2)
    parser.add_argument("--skip-county", action="store_true", help="leave out the county file")
    args = parser.parse_args(argv)
    gen.isolate()
    print(__doc__.split("\n\n")[0])
    results, memories = run(args.runs, not args.skip_county, args.memory_runs)
    print(table(results))
    print()
    print(memory_table(memories))
    return 0


if __name__ == "__main__":
    sys.exit(main())
