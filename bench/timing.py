"""Timing and the results table shared by the benchmarks.

Each measurement is taken with ``time.perf_counter`` after a warm-up run; the
measured function and its baseline run alternately, so that a slow moment of
the machine falls on both. A row reports the medians, their ratio and the
target. The CPU time of the measured function (this process and the child
processes it waited for) is reported too: on a shared two-core machine the
wall time grows with whatever else runs, the CPU time much less.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass, field
from typing import Callable

try:
    import resource
except ImportError:  # Windows: this process's CPU time only
    resource = None


@dataclass
class Result:
    name: str
    median: float | None  # seconds; None: skipped (see note)
    runs: int
    baseline_name: str = ""
    baseline: float | None = None  # seconds, median
    target: str = ""
    met: bool | None = None  # None: no target
    note: str = ""
    cpu: float | None = None  # seconds, median CPU time of the measured function

    @property
    def ratio(self) -> float | None:
        return self.median / self.baseline if self.baseline and self.median is not None else None

    def to_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio}


def seconds(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def cpu_time() -> float:
    """CPU seconds of this process and of its finished child processes."""
    if resource is None:
        return time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@dataclass
class Timings:
    wall: list[float] = field(default_factory=list)  # the measured function
    cpu: list[float] = field(default_factory=list)
    base_wall: list[float] = field(default_factory=list)  # the baseline
    base_cpu: list[float] = field(default_factory=list)


def _timed(fn: Callable[[], object], wall: list[float], cpu: list[float]) -> None:
    start_cpu, start = cpu_time(), time.perf_counter()
    fn()
    wall.append(time.perf_counter() - start)
    cpu.append(cpu_time() - start_cpu)


def run_pair(measured: Callable[[], object], baseline: Callable[[], object] | None, runs: int,
             warmup: int = 1) -> Timings:
    """Times of ``runs`` calls of ``measured`` and of ``baseline``, alternating, after ``warmup`` calls of each."""
    for _ in range(warmup):
        measured()
        if baseline is not None:
            baseline()
    timings = Timings()
    for _ in range(runs):
        _timed(measured, timings.wall, timings.cpu)
        if baseline is not None:
            _timed(baseline, timings.base_wall, timings.base_cpu)
    return timings


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def table(results: list[Result]) -> str:
    """A Markdown table: measurement, median (runs), baseline, its median, ratio, target, met."""
    rows = [[f"{seconds(r.median)} ({r.runs})" if r.median is not None else "skipped", seconds(r.cpu),
             r.baseline_name or "—", seconds(r.baseline)] for r in results]
    return _markdown(["median (runs)", "CPU median", "baseline", "baseline median"], results, rows)


def _markdown(middle: list[str], results: list, rows: list[list[str]]) -> str:
    """The table of ``results`` (name, the ``middle`` columns from ``rows``, ratio, target, met), then notes."""
    header = ["measurement", *middle, "ratio", "target", "met"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r, cells in zip(results, rows):
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        met = "—" if r.met is None else ("met" if r.met else "**not met**")
        lines.append("| " + " | ".join([r.name, *cells, ratio, r.target or "—", met]) + " |")
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def result(name: str, timings: Timings, baseline_name: str = "", target: str = "",
           met: Callable[[float], bool] | None = None, note: str = "") -> Result:
    """A row from the timings: medians of wall and CPU time; ``met`` judges the measured median."""
    measured = median(timings.wall)
    return Result(name, measured, len(timings.wall), baseline_name, median(timings.base_wall), target,
                  None if met is None or measured is None else met(measured), note, median(timings.cpu))


def run_pair_reported(measured: Callable[[], float], baseline: Callable[[], float] | None, runs: int,
                      warmup: int = 1) -> Timings:
    """Like ``run_pair``, for functions that time themselves: each returns the seconds to record (e.g. from
    spawning a process to the line it prints once its window is shown, not to its exit). The CPU time is
    taken around the whole call (a child process's counts once it has been waited for)."""
    for _ in range(warmup):
        measured()
        if baseline is not None:
            baseline()
    timings = Timings()
    for _ in range(runs):
        for fn, wall, cpu in ((measured, timings.wall, timings.cpu), (baseline, timings.base_wall, timings.base_cpu)):
            if fn is None:
                continue
            start_cpu = cpu_time()
            wall.append(fn())
            cpu.append(cpu_time() - start_cpu)
    return timings


@dataclass
class MemoryResult:
    """A peak resident memory (VmHWM) and its baseline, in KiB."""

    name: str
    peak_kb: int | None  # median of the runs; None: skipped (see note)
    runs: int
    baseline_name: str = ""
    baseline_kb: int | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.peak_kb / self.baseline_kb if self.baseline_kb and self.peak_kb is not None else None

    def to_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio}


def megabytes(kb: int | None) -> str:
    """KiB as MB (10^6 bytes)."""
    return "—" if kb is None else f"{kb * 1024 / 1e6:.0f} MB"


def memory_table(results: list[MemoryResult]) -> str:
    """A Markdown table of peak memories: measurement, peak (runs), baseline, its peak, ratio, target, met."""
    rows = [[f"{megabytes(r.peak_kb)} ({r.runs})" if r.peak_kb is not None else "skipped", r.baseline_name or "—",
             megabytes(r.baseline_kb)] for r in results]
    return _markdown(["peak RSS (runs)", "baseline", "baseline peak"], results, rows)


def report(doc: str, run: Callable[[], list[Result]]) -> int:
    """A benchmark module's ``main``: its docstring's first paragraph, then the table of ``run()``."""
    from bench import gen

    gen.isolate()
    print(doc.split("\n\n")[0])
    print(table(run()))
    return 0
