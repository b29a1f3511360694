"""Issue 9: the township's 各支部 table and the 会议 page's plan grid refreshed, at township and county size.

    python -m bench.bench_pages                  # township (50 branches × 5 years) and county files
    python -m bench.bench_pages --skip-county

In this process, on the offscreen Qt platform, with the app's font: each page
is built as the main window builds it and shown (1280×720), then
``page.reload()`` is timed until its table model has been reset (the 各支部
page computes many branches on the worker thread: the clock runs until the
rows are in) and the events that follow are processed.

- **各支部** (``BranchesPage`` over ``Session(db)`` of the township or county
  file): every branch's line — plan completion, attendance, warnings.
  *Cold*: ``overview_cache`` (the figures the app keeps in the file) emptied
  before each run, so the whole overview is computed: the first look after an
  import. *Kept*: the figures the previous run left in the file, as on any
  later day. Baseline: ``SELECT branch_id, type, count(*) FROM meetings WHERE
  date BETWEEN … GROUP BY 1, 2`` over the same year with raw sqlite3, the least
  any such page must read.
- **plan grid** (``MeetingsPage`` of one branch, the one with the most records
  in the year; in the township and county files over a read-only
  ``Session(db, org_id=…, read_only=True)`` as ``branch_view.BranchView``
  makes it, in the branch file over its own session): ``plan_for_year``, the
  grid's model and spans, and the year's list of records. Baseline: raw
  sqlite3 ``SELECT type, date, group_id, for_period FROM meetings WHERE
  branch_id = ? AND date BETWEEN …``.

The year is 2025, the last with records: ``today`` is 2025-12-31, so every
period of the year is due and the pages show what they would on that day
(on a later date they would open on an empty year). Targets: under 0.2 s for
a township (and a branch), under 1 s for a county.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

from bench import gen
from bench.timing import Result, result, run_pair, table

TODAY = date(gen.YEAR, 12, 31)
TARGETS = {"branch": 0.2, "township": 0.2, "county": 1.0}  # seconds
WAIT = 900.0  # seconds a reload may take before the benchmark gives up


def qt_app():
    """The QApplication with the app's font and translations (offscreen), its known noise silenced."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from sanhui.ui.app import apply_font_size, make_app

    app = make_app()
    apply_font_size(app, "normal")
    previous = None

    def quiet(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(quiet)
    return app


def timed_reload(app, page, model, action=None) -> None:
    """``page.reload()`` (or ``action()``) and the events after it, until ``model`` has been reset (at once,
    or when the worker thread's rows have arrived)."""
    done = []

    def reset() -> None:
        done.append(True)

    model.modelReset.connect(reset)
    try:
        (action or page.reload)()
        deadline = time.perf_counter() + WAIT
        while not done:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{type(page).__name__}: no rows after {WAIT:.0f} s")
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
    finally:
        model.modelReset.disconnect(reset)


def clear_overview_cache(conn: sqlite3.Connection) -> None:
    """Empty the figures of 各支部 kept in the file (derived data; gen.py leaves none): the next look computes
    them all again, as after an import."""
    with conn:
        conn.execute("DELETE FROM overview_cache")


def year_counts(conn: sqlite3.Connection, year: int) -> list:
    return conn.execute("SELECT branch_id, type, count(*) FROM meetings WHERE date BETWEEN ? AND ? GROUP BY 1, 2",
                        [f"{year}-01-01", f"{year}-12-31"]).fetchall()


def branch_year(conn: sqlite3.Connection, branch_id: str, year: int) -> list:
    return conn.execute("SELECT type, date, group_id, for_period FROM meetings WHERE branch_id = ? "
                        "AND date BETWEEN ? AND ?", [branch_id, f"{year}-01-01", f"{year}-12-31"]).fetchall()


def busiest_branch(conn: sqlite3.Connection, year: int) -> tuple[str, int]:
    """(id, records in ``year``) of the branch with the most records that year."""
    return conn.execute("SELECT branch_id, count(*) FROM meetings WHERE date BETWEEN ? AND ? "
                        "GROUP BY branch_id ORDER BY 2 DESC, 1 LIMIT 1",
                        [f"{year}-01-01", f"{year}-12-31"]).fetchone()


def show(app, page, model) -> None:
    """Show ``page`` as the main window would (its first reload comes from the show event) and wait for it."""
    page.resize(1280, 720)
    timed_reload(app, page, model, page.show)


def branches_page(app, path: Path, label: str, target: float, runs: int, cold_runs: int) -> list[Result]:
    from sanhui.core.store.db import open_db
    from sanhui.ui.pages.branches_page import BranchesPage
    from sanhui.ui.session import Session

    db = open_db(path)
    conn = sqlite3.connect(path)
    try:
        session = Session(db)
        page = BranchesPage(session, today=TODAY)
        clear_overview_cache(db.conn)
        show(app, page, page.model)  # the first reload, from the show event: the warm-up
        rows = page.model.rowCount()
        baseline_rows = len(year_counts(conn, TODAY.year))

        def cold() -> None:
            clear_overview_cache(db.conn)
            timed_reload(app, page, page.model)

        common = f"{rows} branches in the table; the baseline reads {baseline_rows} (branch, type) counts"
        results = [result(f"各支部 {TODAY.year}, {label}, cold (figures computed)",
                          run_pair(cold, lambda: year_counts(conn, TODAY.year), cold_runs, warmup=0),
                          "raw sqlite3 GROUP BY of the year's meetings", f"< {target:g} s",
                          lambda t: t < target, common + "; overview_cache emptied before each run")]
        timed_reload(app, page, page.model)  # fills the cache again after the last cold run
        results.append(result(f"各支部 {TODAY.year}, {label}, figures kept in the file",
                              run_pair(lambda: timed_reload(app, page, page.model),
                                       lambda: year_counts(conn, TODAY.year), runs),
                              "raw sqlite3 GROUP BY of the year's meetings", f"< {target:g} s",
                              lambda t: t < target, common + "; overview_cache as the previous reload left it"))
        page.close()
        page.deleteLater()
        app.processEvents()
        return results
    finally:
        conn.close()
        db.close()


def plan_grid(app, path: Path, label: str, target: float, runs: int, own_branch: bool) -> Result:
    from sanhui.core.store.db import open_db
    from sanhui.ui.pages.meetings_page import MeetingsPage
    from sanhui.ui.session import Session

    db = open_db(path)
    conn = sqlite3.connect(path)
    try:
        if own_branch:
            branch_id = conn.execute("SELECT org_id FROM file_info").fetchone()[0]
            records = len(branch_year(conn, branch_id, TODAY.year))
            session = Session(db)
        else:
            branch_id, records = busiest_branch(conn, TODAY.year)
            session = Session(db, org_id=branch_id, read_only=True)  # as branch_view.BranchView makes it
        members = conn.execute("SELECT count(*) FROM members WHERE branch_id = ? AND deleted_at IS NULL",
                               [branch_id]).fetchone()[0]
        page = MeetingsPage(session, today=TODAY)
        show(app, page, page.grid_model)
        timings = run_pair(lambda: timed_reload(app, page, page.grid_model),
                           lambda: branch_year(conn, branch_id, TODAY.year), runs)
        items = page.grid_model.rowCount()
        note = (f"one branch ({members} members, {records} records in {TODAY.year}, {items} rows in the grid); "
                "plan, grid and the year's list of records")
        page.close()
        page.deleteLater()
        app.processEvents()
        return result(f"plan grid {TODAY.year}, one branch of the {label}", timings,
                      "raw sqlite3 SELECT of the branch's meetings of the year", f"< {target:g} s",
                      lambda t: t < target, note)
    finally:
        conn.close()
        db.close()


def run(runs: int = 7, county: bool = True, cold_runs: int = 5) -> list[Result]:
    app = qt_app()
    files = [("township file, 50 branches × 5 years", "township", gen.township_file(50, years=5))]
    if county:
        files.append(("county file, 3,000 branches × 10 years", "county", gen.county_file()))
    results = []
    for label, short, path in files:
        results += branches_page(app, path, label, TARGETS[short], runs, cold_runs if short != "county"
                                 else max(2, cold_runs // 2))
    results.append(plan_grid(app, gen.branch_file().path, "branch file (its own)", TARGETS["branch"], runs,
                             own_branch=True))
    for label, short, path in files:  # fewer runs in the county while its grid takes seconds
        results.append(plan_grid(app, path, label, TARGETS[short], runs if short != "county" else max(3, runs // 2),
                                 own_branch=False))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_pages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold-runs", type=int, default=5, help="runs with the figures computed (county: half)")
    parser.add_argument("--skip-county", action="store_true", help="leave out the county file")
    args = parser.parse_args(argv)
    gen.isolate()
    print(__doc__.split("\n\n")[0])
    print(table(run(args.runs, not args.skip_county, args.cold_runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
