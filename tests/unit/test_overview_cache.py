"""各支部's figures kept in the file (overview_cache): always what a fresh computation gives."""
from __future__ import annotations

import shutil
from datetime import date, timedelta

from sanhui.core.exchange import township
from sanhui.core.exchange.township import branch_overview
from sanhui.core.model import MeetingType
from sanhui.core.store import open_db
from sanhui.core.store.meetings import create_meeting
from sanhui.core.store.org import file_info
from sanhui.core.store.settings import get_setting, set_setting

from common import TODAY
from exchange_world import A_CODE, B_CODE, send


def _fresh(db, day: date, year: int) -> list[dict]:
    """The overview with nothing kept: computed from the records."""
    db.execute("DELETE FROM overview_cache")
    db.conn.commit()
    return [row.to_json() for row in branch_overview(db, today=day, year=year)]


def _cached_branches(db) -> set[str]:
    return {code for (code,) in db.execute(
        "SELECT o.code FROM overview_cache c JOIN orgs o ON o.id = c.branch_id")}


def _days(year: int) -> list[date]:
    """Every fourth day of the year, and each month's last day and the day after (a period falls due)."""
    days = {date(year, 1, 1) + timedelta(days=n) for n in range(0, 366, 4)}
    for month in range(1, 13):
        first_next = date(year + (month == 12), month % 12 + 1, 1)
        days |= {first_next - timedelta(days=1), first_next}
    return sorted(d for d in days if d.year == year)


def test_kept_figures_equal_a_fresh_computation_day_after_day(world, monkeypatch):
    t = world.open("t")
    shutil.copyfile(world.path("t"), world.folder / "fresh.db")
    fresh = open_db(world.folder / "fresh.db")
    computed = []
    real = township._branch_figures
    monkeypatch.setattr(township, "_branch_figures", lambda db, *a: computed.append(db is t) or real(db, *a))
    days = _days(TODAY.year)
    for day in days:
        got = [row.to_json() for row in branch_overview(t, today=day, year=TODAY.year)]
        assert got == _fresh(fresh, day, TODAY.year), day
    assert 0 < sum(computed) < len(days) * 2 * 0.75  # many days were answered from what was kept (two branches)
    for year in (TODAY.year - 1, TODAY.year + 1):  # a past year's figures hold for good; a coming one's too
        for day in (date(year, 6, 30), TODAY, TODAY + timedelta(days=40)):
            got = [row.to_json() for row in branch_overview(t, today=day, year=year)]
            assert got == _fresh(fresh, day, year), (year, day)


def test_a_new_record_drops_only_its_branchs_figures(world):
    a, t = world.open("a"), world.open("t")
    before = {row.code: row for row in branch_overview(t, today=TODAY)}
    assert _cached_branches(t) == {A_CODE, B_CODE}
    create_meeting(a, file_info(a).org_id, MeetingType.OTHER, TODAY - timedelta(days=1), topic="临时会议")
    send(a, t, world.stick)
    assert _cached_branches(t) == {B_CODE}  # the import wrote A's meetings and attendance
    after = {row.code: row for row in branch_overview(t, today=TODAY)}
    assert after[A_CODE].to_json() == _fresh_copy(world, TODAY)[A_CODE]
    assert after[B_CODE].to_json() == before[B_CODE].to_json()
    assert after[A_CODE].expected >= before[A_CODE].expected


def _fresh_copy(world, day: date) -> dict[str, dict]:
    shutil.copyfile(world.path("t"), world.folder / "check.db")
    for suffix in ("-wal", "-shm"):
        side = world.folder / f"t.db{suffix}"
        if side.exists():
            shutil.copyfile(side, world.folder / f"check.db{suffix}")
    db = open_db(world.folder / "check.db")
    try:
        return {row["code"]: row for row in _fresh(db, day, day.year)}
    finally:
        db.close()


def test_new_rules_drop_the_branchs_figures(world):
    t = world.open("t")
    branch_overview(t, today=TODAY)
    a_id = t.execute("SELECT id FROM orgs WHERE code = ?", [A_CODE]).fetchone()[0]
    set_setting(t, a_id, "rules", {**get_setting(t, a_id, "rules"), "theme_day": {"day_of_month": 10}})
    assert _cached_branches(t) == {B_CODE}
    row = next(r for r in branch_overview(t, today=TODAY) if r.code == A_CODE)
    assert row.to_json() == _fresh_copy(world, TODAY)[A_CODE]
    assert _cached_branches(t) == {A_CODE, B_CODE}


def test_a_file_that_cannot_be_written_still_shows_the_figures(world):
    t = world.open("t")
    expected = [row.to_json() for row in branch_overview(t, today=TODAY)]
    t.execute("DELETE FROM overview_cache")
    t.conn.commit()
    t.close()
    reader = open_db(world.path("t"))
    reader.execute("PRAGMA query_only = ON")  # as a file on a read-only stick would behave
    assert [row.to_json() for row in branch_overview(reader, today=TODAY)] == expected
    assert reader.execute("SELECT count(*) FROM overview_cache").fetchone()[0] == 0


def test_many_branches_to_compute_are_left_to_the_caller(world):
    t = world.open("t")
    assert branch_overview(t, today=TODAY, compute_at_most=1) is None  # two to compute: the GUI's worker does it
    assert len(branch_overview(t, today=TODAY, compute_at_most=2)) == 2
    assert len(branch_overview(t, today=TODAY, compute_at_most=0)) == 2  # kept now: nothing to compute
