"""Run every benchmark of issues 3 and 4 and write ``bench/RESULTS.md``.

    python -m bench.run_all                 # about 3 minutes, more the first time (data files)
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

from bench import bench_book, bench_import, bench_plan, bench_record, gen
from bench.timing import Result, seconds, table

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


def prepare_data() -> list[str]:
    """Make (or find) the data files first, so that no benchmark's time includes them."""
    lines = []
    for what, make in (("branch file", gen.branch_file), ("township file, 300 branches", gen.township_file)):
        start = time.perf_counter()
        made = make()
        path = made.path if isinstance(made, gen.BranchInfo) else made
        took = time.perf_counter() - start
        how = f"built in {seconds(took)}" if took > 1 else "cached"
        lines.append(f"- {what}: `{path.name}`, {path.stat().st_size / 1e6:.0f} MB ({how})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run_all", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    gen.isolate()
    started = datetime.now()
    load_before = load()
    data = prepare_data()
    sections: list[tuple[str, list[Result]]] = []
    for title, module in (("Issue 3: opening a record", bench_record), ("Issue 3: the township plan", bench_plan),
                          ("Issue 4: the year book", bench_book),
                          ("Issue 6: a township importing packages", bench_import)):
        print(f"== {title}", flush=True)
        results = module.run()
        print(table(results), flush=True)
        sections.append((title, results))
    lines = [
        "# Benchmark results (issues 3 and 4)",
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
        lines += [f"## {title}", "", table(results), ""]
    met = [r for _, rs in sections for r in rs if r.met is not None]
    lines += ["## Targets", "", f"{sum(r.met for r in met)} of {len(met)} targets met in this run: "
              + "; ".join(f"{r.name}: {'met' if r.met else 'not met'}" for r in met) + ".", ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
