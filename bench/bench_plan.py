"""Issue 3: the plan of a township of 300 branches for a year (target: under 1 s).

``plan_for_year`` (groups, rules setting, ``meeting_refs``, ``year_plan``) for
every branch of one township file holding 300 branches' records of the year.
Baseline, in the same run: a raw ``sqlite3`` read of the same meetings rows
(``SELECT type, date, group_id, for_period FROM meetings WHERE branch_id = ?``
for every branch). A second row, without a target, is ``year_stats`` (the
统计 page: plan plus attendance rates) for every branch.

    python -m bench.bench_plan
"""
from __future__ import annotations

import sqlite3
import sys
from datetime import date

from bench import gen
from bench.timing import Result, report, result, run_pair
from sanhui.core.plan import PlanStatus
from sanhui.core.store.db import open_db
from sanhui.core.store.meeting_stats import plan_for_year, year_stats

BRANCHES = 300
TARGET = 1.0  # seconds


def township_plan(db, branches: list[str], year: int, today: date) -> list:
    return [plan_for_year(db, branch_id, year, today) for branch_id in branches]


def raw_meetings(conn: sqlite3.Connection, branches: list[str]) -> list:
    sql = "SELECT type, date, group_id, for_period FROM meetings WHERE branch_id = ?"
    return [conn.execute(sql, [branch_id]).fetchall() for branch_id in branches]


def run(runs: int = 7, branches: int = BRANCHES) -> list[Result]:
    path = gen.township_file(branches)
    branch_ids = gen.township_branches(path)
    db = open_db(path)
    conn = sqlite3.connect(path)
    year, today = gen.YEAR, date(gen.YEAR, 12, 31)
    plans = township_plan(db, branch_ids, year, today)
    items = sum(len(p) for p in plans)
    held = sum(1 for p in plans for item in p if item.status == PlanStatus.HELD)
    records = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    assert len(plans) == branches and held > 0.9 * items
    timings = run_pair(lambda: township_plan(db, branch_ids, year, today), lambda: raw_meetings(conn, branch_ids),
                       runs)
    results = [result(f"plan of a township, {branches} branches, {year}", timings,
                      "raw sqlite3 SELECT of the meetings rows", f"< {TARGET:.0f} s", lambda t: t < TARGET,
                      f"{branches} branches, {records} records, {items} plan items ({held} held)")]
    timings = run_pair(lambda: [year_stats(db, b, year, today) for b in branch_ids],
                       lambda: raw_meetings(conn, branch_ids), max(3, runs // 2))
    results.append(result(f"year_stats (统计) of {branches} branches, {year}", timings,
                          "raw sqlite3 SELECT of the meetings rows",
                          note="no target: the plan plus attendance rates per type and member"))
    conn.close()
    db.conn.close()
    return results


def main() -> int:
    return report(__doc__, run)


if __name__ == "__main__":
    sys.exit(main())
