"""Branch ⇄ township with real files: report, receipt, return, correct, re-send, themes, re-enrolment."""
from __future__ import annotations

import random
from datetime import date

from sanhui.core.exchange.directives import open_returns, return_record, set_theme, theme_for_month
from sanhui.core.exchange.export import export_packages
from sanhui.core.exchange.importer import import_files
from sanhui.core.exchange.keys import ensure_keys
from sanhui.core.exchange.peers import accept_new_key, active_peer
from sanhui.core.exchange.township import branch_overview
from sanhui.core.model import MeetingStatus, MeetingType
from sanhui.core.store.finalize import correct, finalize
from sanhui.core.store.meeting_stats import plan_for_year, year_stats
from sanhui.core.store.meetings import create_meeting, get_meeting
from sanhui.core.store.org import create_file, file_info
from sanhui.core.store.talks import add_talk

from common import TODAY
from exchange_world import A_CODE, B_CODE, T_CODE, dump, send


def _row(rows, code):
    return next(r for r in rows if r.code == code)


def _add_talk(db) -> str:
    branch_id = file_info(db).org_id
    first, second = [r[0] for r in db.execute("SELECT id FROM members ORDER BY seq LIMIT 2").fetchall()]
    return add_talk(db, branch_id, TODAY, first, "谈心谈话：了解近期思想和家庭情况。", other_id=second)


def test_rows_land_with_their_branch_and_personal_numbers_opened(world):
    a, t = world.open("a"), world.open("t")
    a_id = file_info(a).org_id
    for table in ("members", "meetings", "attendance", "talks", "photos"):
        own = a.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert t.execute(f"SELECT count(*) FROM {table} WHERE branch_id = ?", [a_id]).fetchone()[0] == own > 0
    for number, phone in a.execute("SELECT id_number, phone FROM members WHERE id_number != '' LIMIT 5"):
        assert t.execute("SELECT count(*) FROM members WHERE id_number = ? AND phone = ?",
                         [number, phone]).fetchone()[0] == 1
    photo = a.execute("SELECT id, data, thumb FROM photos").fetchone()
    assert tuple(t.execute("SELECT id, data, thumb FROM photos WHERE id = ?", [photo[0]]).fetchone()) == tuple(photo)


def test_township_completion_matches_the_branches_own_plans(world):
    t = world.open("t")
    rows = branch_overview(t, today=TODAY)
    assert [r.code for r in rows] == [A_CODE, B_CODE]
    for name, code in (("a", A_CODE), ("b", B_CODE)):
        branch = world.open(name)
        branch_id = file_info(branch).org_id
        own_plan = [i.to_json() for i in plan_for_year(branch, branch_id, TODAY.year, TODAY)]
        assert [i.to_json() for i in plan_for_year(t, branch_id, TODAY.year, TODAY)] == own_plan
        row = _row(rows, code)
        own = year_stats(branch, branch_id, TODAY.year, TODAY)
        for entry in own.types:
            if entry.required or entry.upcoming:
                got = row.types[entry.type]
                assert (got.required, got.held, got.missing) == (entry.required, entry.held, entry.missing)
        assert row.expected == sum(e.expected for e in own.types) > 0
        assert row.present == sum(e.present for e in own.types)
        assert row.last_sequence == 2 and row.fingerprint == ensure_keys(branch).shown
        assert not row.silent and row.returned_open == 0
    assert sum(r.weak_candidate for r in rows) == 1  # the bottom tenth of two branches is one
    assert min(rows, key=lambda r: r.completion).weak_candidate


def test_next_report_carries_only_what_changed_since_the_receipt(world):
    a, t = world.open("a"), world.open("t")
    talk = _add_talk(a)
    results, batch = send(a, t, world.stick)
    assert results[0].counts == {"talks": 1} and results[0].personal == "none"
    assert batch.files[0].status == "applied" and batch.files[0].plan.tables["talks"].new == 1
    assert t.execute("SELECT content FROM talks WHERE id = ?", [talk]).fetchone()[0].startswith("谈心谈话")
    full = export_packages(a, world.stick, full=True)[0]
    assert full.counts["members"] == 60 and full.counts["attendance"] > 1000 and full.personal == "sealed"
    batch = import_files(t, [full.path])
    assert batch.files[0].status == "applied" and batch.files[0].plan.summary() == "没有新的变化"


def test_return_correct_and_resend(world):
    a, t = world.open("a"), world.open("t")
    a_id = file_info(a).org_id
    meeting_id = t.execute(
        "SELECT id FROM meetings WHERE branch_id = ? AND status = 'final' AND type = 'committee' ORDER BY date LIMIT 1",
        [a_id]).fetchone()[0]
    return_record(t, meeting_id, "决议没有写明责任人，请补充。")
    assert _row(branch_overview(t, today=TODAY), A_CODE).returned_open == 1
    _, batch = send(t, a, world.stick, to=[A_CODE])
    assert batch.files[0].status == "applied"
    assert any("退回" in note for note in batch.files[0].plan.notes)
    record = get_meeting(a, meeting_id)
    assert record.status == MeetingStatus.RETURNED and record.returned_comment == "决议没有写明责任人，请补充。"
    # reported before it is corrected: still open at the township
    send(a, t, world.stick)
    assert t.execute("SELECT status FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0] == "returned"
    assert _row(branch_overview(t, today=TODAY), A_CODE).returned_open == 1
    # corrected, final again, re-sent: resolved
    correct(a, meeting_id, {"decisions": ["同意本月工作安排，由书记牵头、组织委员具体负责落实。"]}, "按乡镇意见补充责任人")
    finalize(a, meeting_id, TODAY)
    results, batch = send(a, t, world.stick)
    assert results[0].counts["meetings"] == 1 and "members" not in results[0].counts
    assert any("已经更正" in note for note in batch.files[0].plan.notes)
    status, decisions = t.execute("SELECT status, decisions FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    assert status == "final" and "组织委员具体负责" in decisions
    assert _row(branch_overview(t, today=TODAY), A_CODE).returned_open == 0 and not open_returns(t)
    # the branch hears it is resolved, and its record stays final
    send(t, a, world.stick, to=[A_CODE])
    assert a.execute("SELECT resolved_at FROM returns").fetchone()[0] is not None
    assert get_meeting(a, meeting_id).status == MeetingStatus.FINAL


def test_theme_prefills_the_months_theme_day(world):
    a, t = world.open("a"), world.open("t")
    a_id = file_info(a).org_id
    draft = create_meeting(a, a_id, MeetingType.THEME_DAY, date(2026, 12, 8))
    theme_id = set_theme(t, "2026-12", "学习贯彻全会精神，争做新时代合格党员", "结合冬训开展")
    _, batch = send(t, a, world.stick, to=[A_CODE])
    assert any("主题党日主题" in note for note in batch.files[0].plan.notes)
    theme = theme_for_month(a, 2026, 12)
    assert theme.id == theme_id and theme.note == "结合冬训开展"
    record = get_meeting(a, draft)
    assert record.theme == theme.theme and record.township_theme_id == theme_id
    assert theme_for_month(a, 2027, 1) is None
    set_theme(t, "2026-12", "新主题")
    send(t, a, world.stick, to=[A_CODE])
    assert theme_for_month(a, 2026, 12).theme == "新主题"
    assert get_meeting(a, draft).theme == theme.theme  # what the branch has is never overwritten


def test_same_package_twice_changes_nothing(world):
    a, t = world.open("a"), world.open("t")
    _add_talk(a)
    result = export_packages(a, world.stick)[0]
    assert import_files(t, [result.path]).files[0].status == "applied"
    before = dump(world.path("t"))
    copy = world.stick / "renamed-copy.sanhui"
    copy.write_bytes(result.path.read_bytes())
    batch = import_files(t, [result.path, copy])
    assert [f.status for f in batch.files] == ["duplicate", "duplicate"] and not batch.refused
    assert dump(world.path("t")) == before


def test_gap_in_sequence_is_reported_and_nothing_is_lost(world):
    a, t = world.open("a"), world.open("t")
    first_talk = _add_talk(a)
    export_packages(a, world.stick)  # lost on the way
    _add_talk(a)
    later = export_packages(a, world.stick)[0]
    batch = import_files(t, [later.path])
    item = batch.files[0]
    assert item.status == "applied" and item.plan.incoming.gap == (3, 3)
    assert any("缺少第 3 号" in note for note in item.plan.notes)
    assert t.execute("SELECT count(*) FROM talks WHERE id = ?", [first_talk]).fetchone()[0] == 1


def test_dry_run_changes_nothing(world):
    a, t = world.open("a"), world.open("t")
    _add_talk(a)
    result = export_packages(a, world.stick)[0]
    before = dump(world.path("t"))
    batch = import_files(t, [result.path], dry_run=True)
    assert batch.files[0].status == "dry_run" and batch.files[0].plan.tables["talks"].new == 1
    assert dump(world.path("t")) == before


def test_new_laptop_is_accepted_only_after_the_township_confirms(world, tmp_path):
    from sanhui.core.demo import create_demo

    t = world.open("t")
    fresh = create_demo(tmp_path / "new-laptop.db", today=TODAY, seed=7)  # same code as A, new key
    _, batch = send(t, fresh, world.stick, to=[A_CODE])  # it learns the township's key first
    assert batch.files[0].status == "applied"
    package = export_packages(fresh, world.stick)[0]
    before = dump(world.path("t"))
    refused = import_files(t, [package.path], accept_new=True).files[0]
    assert refused.status == "refused" and "不一致" in refused.message and "对方换了电脑" in refused.message
    assert dump(world.path("t")) == before
    accept_new_key(t, A_CODE, "0000-0000-0000-0000")
    assert import_files(t, [package.path]).files[0].status == "refused"
    old_peer = active_peer(t, A_CODE)
    accept_new_key(t, A_CODE, ensure_keys(fresh).shown)
    item = import_files(t, [package.path]).files[0]
    assert item.status == "applied" and any("新密钥已启用" in n for n in item.plan.notes)
    peer = active_peer(t, A_CODE)
    assert peer.fingerprint == ensure_keys(fresh).fingerprint and peer.last_sequence == 1
    assert t.execute("SELECT replaced_by FROM peers WHERE id = ?", [old_peer.id]).fetchone()[0] == peer.id
    old = world.open("a")  # the old laptop's key is no longer accepted
    _add_talk(old)
    stale = import_files(t, [export_packages(old, world.stick)[0].path]).files[0]
    assert stale.status == "refused" and "不一致" in stale.message
    assert [r.org_id for r in branch_overview(t, today=TODAY) if r.code == A_CODE] == [file_info(fresh).org_id]


def test_forty_packages_in_one_call(tmp_path):
    from sanhui.core.demo import add_members

    t = create_file(tmp_path / "t.db", "township", "中共青山镇委员会", T_CODE)
    stick = tmp_path / "stick"
    stick.mkdir()
    branches = []
    for index in range(10):
        code = f"3301021{index:02d}"
        db = create_file(tmp_path / f"b{index}.db", "branch", f"中共测试{index}村支部委员会", code,
                         "中共青山镇委员会", T_CODE)
        add_members(db, file_info(db).org_id, 6, index + 1, TODAY)
        for _ in range(4):
            _add_talk(db)
            export_packages(db, stick)
        branches.append((code, db))
    files = sorted(stick.iterdir())
    random.Random(3).shuffle(files)
    batch = import_files(t, files, accept_new=True)
    assert len(batch.files) == 40 and batch.count("applied") == 40, batch.summary()
    assert not any(f.plan.incoming.gap for f in batch.files)
    assert "共 40 个数据包，已导入 40 个" in batch.summary()
    rows = branch_overview(t, today=TODAY)
    assert [(r.code, r.last_sequence) for r in rows] == [(code, 4) for code, _ in branches]
    assert t.execute("SELECT count(*) FROM talks").fetchone()[0] == 40

