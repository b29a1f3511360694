"""Builds the PyInstaller bundle and prints its unpacked size against the budget.

    python bench/bundle_size.py            # build dist/sanhui with build.spec, then measure
    python bench/bundle_size.py --no-build # measure an existing dist/sanhui
    python bench/bundle_size.py --top 25   # also list the largest files

Exit status 1 when the folder is over the budget (150 MB on Linux) or the build failed.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 150


def folder_size(folder: Path) -> tuple[int, list[tuple[int, str]]]:
    """Total bytes of the files under ``folder`` (links not followed) and each file's size."""
    files = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            files.append((path.stat().st_size, str(path.relative_to(folder))))
    return sum(size for size, _ in files), sorted(files, reverse=True)


def build(dist: Path, work: Path) -> float:
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
               "--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN"]
    subprocess.run(command, cwd=ROOT, check=True)
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="measure dist/sanhui as it is")
    parser.add_argument("--dist", default=str(ROOT / "dist"))
    parser.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"))
    parser.add_argument("--top", type=int, default=0, help="list the N largest files")
    parser.add_argument("--budget-mb", type=float, default=BUDGET_MB)
    args = parser.parse_args(argv)
    dist = Path(args.dist)
    seconds = None
    if not args.no_build:
        try:
            seconds = build(dist, Path(args.work))
        except subprocess.CalledProcessError as exc:
            print(f"bundle build failed (exit {exc.returncode})", file=sys.stderr)
            return 1
    folder = dist / "sanhui"
    if not folder.is_dir():
        print(f"no bundle at {folder}", file=sys.stderr)
        return 1
    total, files = folder_size(folder)
    for size, name in files[: args.top]:
        print(f"{size / 1e6:8.1f} MB  {name}")
    took = f", built in {seconds:.0f} s" if seconds is not None else ""
    verdict = "within" if total <= args.budget_mb * 1e6 else "OVER"
    print(f"bundle size: {total / 1e6:.1f} MB unpacked in {len(files)} files ({verdict} the {args.budget_mb:g} MB "
          f"budget, {sys.platform}{took}): {os.path.relpath(folder, ROOT)}")
    return 0 if verdict == "within" else 1


if __name__ == "__main__":
    raise SystemExit(main())
