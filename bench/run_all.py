"""Run every benchmark of issues 3, 4, 6 and 9 and write ``bench/RESULTS.md``.

    python -m bench.run_all                 # about 10 minutes, more the first time (data files: the county's
                                            # ~23 GB take about 15 minutes to build, once)
    python -m bench.run_all --skip-county   # without the county file
    python -m bench.run_all --out other.md

Not part of the test suite: nothing here passes or fails; the table says
which targets are met on this machine, in this run.
"""
from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from importlib import metadata
from pathlib import Path

from bench import bench_book, bench_import, bench_pages, bench_plan, bench_record, bench_startup, gen
from bench.timing import MemoryResult, Result, memory_table, seconds, table

RESULTS = Path(__file__).with_name("RESULTS.md")
PACKAGES = ("reportlab", "rl_accel", "python-docx", "sqlite-utils", "Pillow", "PySide6-Essentials", "pypdf")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except (OSError, AttributeError):
        return "n/a"


def versions() -> str:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    found.append(f"SQLite {sqlite3.sqlite_version}")
    soffice = bench_book.soffice_path()
    if soffice:
        out = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout.strip()
        found.append(out or "LibreOffice (version unknown)")
    else:
        found.append("LibreOffice (not installed)")
    return ", ".join(found)


def machine() -> list[str]:
    uname = " ".join(platform.uname())
    try:
        uname = subprocess.run(["uname", "-a"], capture_output=True, text=True).stdout.strip() or uname
    except OSError:
        pass
    return [f"- machine: `{uname}`", f"- CPU: {cpu_model()}, {os.cpu_count()} logical cores",
            f"- Python {platform.python_version()} ({sys.executable})", f"- packages: {versions()}"]


def data_line(what: str, path: Path, took: float) -> str:
    """One line of the data section: the file, its size, and how long it took to build (this run or before)."""
    details = gen.build_details(path)
    if took > 1:
        how = f"built in {seconds(took)} in this run"
    elif details.get("seconds") is not None:
        how = f"cached; took {seconds(details['seconds'])} to build on {details.get('built', '?')}"
    else:
        how = "cached"
    if details.get("phases"):
        how += ": " + ", ".join(f"{name} {seconds(value)}" for name, value in details["phases"].items())
    size = path.stat().st_size
    shown = f"{size / 1e9:.1f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"
    rows = ", ".join(f"{count:,} {table}" for table, count in gen.row_counts(path).items())
    return f"- {what}: `{path.name}`, {shown} ({how}); {rows}"


def prepare_data(county: bool = True) -> list[str]:
    """Make (or find) the data files first, so that no benchmark's time includes them."""
    makers = [("branch file", lambda: gen.branch_file().path),
              ("township file, 300 branches × 1 year", gen.township_file),
              ("township file, 50 branches × 5 years (issue 9)", lambda: gen.township_file(50, years=5))]
    if county:
        makers.append(("county file, 3,000 branches (30 townships) × 10 years, cloned from 60 (issue 9)",
                       gen.county_file))
    lines = []
    for what, make in makers:
        start = time.perf_counter()
        path = make()
        lines.append(data_line(what, path, time.perf_counter() - start))
    return lines


def issue_9(county: bool) -> list[tuple[str, list[Result] | list[MemoryResult]]]:
    """The sections of issue 9: start-up, peak memory, the pages."""
    print("== Issue 9: start-up", flush=True)
    startup, memories = bench_startup.run(county=county)
    print(table(startup), memory_table(memories), sep="\n\n", flush=True)
    print("== Issue 9: pages refreshed", flush=True)
    pages = bench_pages.run(county=county)
    print(table(pages), flush=True)
    return [("Issue 9: start-up to the main window with data", startup),
            ("Issue 9: peak memory, every page shown", memories),
            ("Issue 9: 各支部 and the plan grid refreshed", pages)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run_all", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--skip-county", action="store_true", help="leave out the county file (issue 9)")
    args = parser.parse_args(argv)
    gen.isolate()
    started = datetime.now()
    load_before = load()
    data = prepare_data(not args.skip_county)
    sections: list[tuple[str, list[Result] | list[MemoryResult]]] = []
    for title, module in (("Issue 3: opening a record", bench_record), ("Issue 3: the township plan", bench_plan),
                          ("Issue 4: the year book", bench_book),
                          ("Issue 6: a township importing packages", bench_import)):
        print(f"== {title}", flush=True)
        results = module.run()
        print(table(results), flush=True)
        sections.append((title, results))
    sections += issue_9(not args.skip_county)
    lines = [
        "# Benchmark results (issues 3, 4, 6 and 9)",
        "",
        f"Written by `python -m bench.run_all` on {started:%Y-%m-%d %H:%M} "
        f"(took {seconds((datetime.now() - started).total_seconds())}). To reproduce: `python -m bench.run_all`.",
        "",
        "## Machine",
        "",
        *machine(),
        f"- load average (1, 5, 15 min) before: {load_before}; after: {load()}. On a shared two-core machine the "
        "wall times grow with other work; the CPU column and the ratios against baselines taken in the "
        "same run (alternating with the measurement) are steadier.",
        "",
        "## Data (bench/gen.py, deterministic by seed, cached in the temporary folder)",
        "",
        *data,
        "",
    ]
    for title, results in sections:
        shown = memory_table(results) if results and isinstance(results[0], MemoryResult) else table(results)
        lines += [f"## {title}", "", shown, ""]
    met = [r for _, rs in sections for r in rs if r.met is not None]
    lines += ["## Targets", "", f"{sum(r.met for r in met)} of {len(met)} targets met in this run: "
              + "; ".join(f"{r.name}: {'met' if r.met else 'not met'}" for r in met) + ".", ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
