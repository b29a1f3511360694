"""Meeting records in the store: expected sets, attendance, counts, finalising, corrections, photos, import."""
from __future__ import annotations

import io
import re
import time
from datetime import date, timedelta

import pytest
from PIL import Image

from sanhui.core.model import (
    Attendance,
    Category,
    LeftStatus,
    MeetingStatus,
    MeetingType,
    Vote,
    VoteKind,
)
from sanhui.core.store.attendance import mark_all_present, set_attendance, set_makeup
from sanhui.core.store.finalize import computed, correct, corrections, finalize, validate_for_final
from sanhui.core.store.meeting_json import import_records, record_to_json
from sanhui.core.store.meetings import (
    create_meeting,
    delete_meeting,
    get_meeting,
    list_meetings,
    meeting_refs,
    save_meeting,
    set_votes,
)
from sanhui.core.store.members import add_member, list_members, record_leaving, update_member
from sanhui.core.store.org import ensure_group, list_groups
from sanhui.core.store.photos import add_photo, photo_data, photo_thumb, remove_photo
from sanhui.core.store.rows import audit_entries, get_row
from sanhui.core.store.talks import add_talk, list_talks, members_not_talked
from sanhui.errors import InvalidInput, Locked, NotFound

from common import TODAY
from fakes import make_members, to_member

MEETING_DAY = date(2026, 3, 5)


def add_roster(db, branch_id, n=12, seed=3):
    """``n`` fake members (the first five are the committee), in three groups; returns them from the store."""
    for row in make_members(n, seed, TODAY):
        member = to_member(row)
        member.branch_id = branch_id
        with db.atomic():
            member.group_id = ensure_group(db, branch_id, row["党小组"])
        if member.category == Category.PROBATIONARY:  # keep them in the expected set of March meetings
            member.join_date = date(2026, 1, 10)
        add_member(db, member, TODAY)
    return list_members(db, branch_id)


def complete(db, meeting_id, **extra):
    """Fill what finalising needs on a draft."""
    record = get_meeting(db, meeting_id)
    record.topic = record.topic or "学习贯彻党的二十届四中全会精神"
    record.host, record.recorder = "书记", "组织委员"
    record.content = "书记传达会议精神，党员逐一发言，结合村里的秸秆禁烧工作谈体会。"
    record.decisions = ["全体党员分片包干做好秸秆禁烧宣传"]
    for key, value in extra.items():
        setattr(record, key, value)
    save_meeting(db, record)
    return get_meeting(db, meeting_id)


@pytest.fixture
def roster(db, branch_id):
    return add_roster(db, branch_id)


def test_create_makes_one_row_per_expected_member(db, branch_id, roster):
    groups = {g.name: g.id for g in list_groups(db, branch_id)}
    general = get_meeting(db, create_meeting(db, branch_id, "general_meeting", MEETING_DAY, topic="大会"))
    assert sorted(r.member_id for r in general.attendance) == sorted(m.id for m in roster)
    assert all(r.status is None for r in general.attendance)
    committee = get_meeting(db, create_meeting(db, branch_id, MeetingType.COMMITTEE, "2026-03-06"))
    assert {r.member_name for r in committee.attendance} == {m.name for m in roster if m.is_committee}
    assert len(committee.attendance) == 5
    group_id = groups["第二党小组"]
    group = get_meeting(db, create_meeting(db, branch_id, "group_meeting", "2026-03-07", group_id=group_id))
    assert {r.member_id for r in group.attendance} == {m.id for m in roster if m.group_id == group_id}
    with pytest.raises(InvalidInput, match="党小组会要选择"):
        create_meeting(db, branch_id, "group_meeting", "2026-03-07")


def test_members_who_left_or_are_excluded_are_not_expected(db, branch_id, roster):
    gone, later, excluded = roster[6], roster[7], roster[8]
    record_leaving(db, gone.id, LeftStatus.TRANSFERRED, date(2026, 2, 1), "转往县城")
    record_leaving(db, later.id, LeftStatus.DECEASED, date(2026, 4, 1))
    excluded.excluded_reason, excluded.excluded_from = "abroad", date(2025, 6, 1)
    update_member(db, excluded, TODAY)
    record = get_meeting(db, create_meeting(db, branch_id, "general_meeting", MEETING_DAY))
    names = {r.member_name for r in record.attendance}
    assert gone.name not in names and excluded.name not in names
    assert later.name in names  # still a member on the meeting day
    assert len(record.attendance) == len(roster) - 2


def test_attendance_counts_quorum_and_votes(db, branch_id, roster):
    meeting_id = create_meeting(db, branch_id, "general_meeting", MEETING_DAY)
    record = get_meeting(db, meeting_id)
    voting = [m for m in roster if m.can_vote(MEETING_DAY)]
    assert computed(db, record)["counts"]["absent"] == len(roster)  # unmarked counts as absent
    mark_all_present(db, meeting_id)
    on_leave, absent = voting[0], voting[1]
    set_attendance(db, meeting_id, on_leave.id, "leave", "外出务工")
    set_attendance(db, meeting_id, absent.id, Attendance.ABSENT)
    record = get_meeting(db, meeting_id)
    result = computed(db, record, roster)
    assert result["counts"] == {
        "expected": len(roster), "present": len(roster) - 2, "leave": 1, "absent": 1,
        "expected_voting": len(voting), "present_voting": len(voting) - 2,
    }
    assert result["quorum_met"] is True
    half = len(voting) // 2
    set_votes(db, meeting_id, [
        Vote("通过村集体经济项目", votes_for=half, votes_against=1),
        Vote("接收预备党员", votes_for=half + 1, kind=VoteKind.ADMISSION, candidate_id=roster[9].id),
    ])
    votes = computed(db, get_meeting(db, meeting_id))["votes"]
    assert [v["passed"] for v in votes] == [False, True]  # for == half of the voting members is not enough
    group = create_meeting(db, branch_id, "group_meeting", MEETING_DAY, group_id=roster[0].group_id)
    assert computed(db, get_meeting(db, group))["quorum_met"] is None


def test_quorum_at_exactly_half_is_not_met(db, branch_id, roster):
    voting = [m for m in roster if m.can_vote(MEETING_DAY)]
    if len(voting) % 2:  # an even number of voting members, so that exactly half can be present
        record_leaving(db, voting[-1].id, LeftStatus.TRANSFERRED, date(2026, 1, 1))
        voting = voting[:-1]
    meeting_id = create_meeting(db, branch_id, "general_meeting", MEETING_DAY)
    mark_all_present(db, meeting_id)
    for member in voting[: len(voting) // 2]:
        set_attendance(db, meeting_id, member.id, "leave", "外出务工")
    set_votes(db, meeting_id, [Vote("一项决定", votes_for=len(voting) // 2)])
    result = computed(db, get_meeting(db, meeting_id))
    assert result["counts"]["present_voting"] * 2 == result["counts"]["expected_voting"] == len(voting)
    assert result["quorum_met"] is False
    assert result["votes"][0]["passed"] is False


def test_finalize_refuses_incomplete_then_locks(db, branch_id, roster):
    meeting_id = create_meeting(db, branch_id, "general_meeting", MEETING_DAY)
    with pytest.raises(InvalidInput) as refused:
        finalize(db, meeting_id, TODAY)
    fields = {p.field for p in refused.value.problems}
    assert {"topic", "host", "recorder", "content", "decisions", "attendance"} <= fields
    assert "没有登记出席情况" in str(refused.value)
    assert get_meeting(db, meeting_id).status == MeetingStatus.DRAFT
    complete(db, meeting_id)
    mark_all_present(db, meeting_id)
    set_attendance(db, meeting_id, roster[5].id, "leave")
    with pytest.raises(InvalidInput, match="请假原因"):
        finalize(db, meeting_id, TODAY)
    set_attendance(db, meeting_id, roster[5].id, "leave", "外出务工")
    with pytest.raises(InvalidInput, match="还没有到"):
        finalize(db, meeting_id, MEETING_DAY - timedelta(days=1))
    assert finalize(db, meeting_id, TODAY)
    record = get_meeting(db, meeting_id)
    assert record.status == MeetingStatus.FINAL and record.finalized_at
    assert re.fullmatch(r"[0-9a-f]{12}", record.fingerprint)
    assert all(r.voting is not None for r in record.attendance)
    record.topic = "改一改"
    with pytest.raises(Locked, match="登记更正"):
        save_meeting(db, record)
    with pytest.raises(Locked):
        set_attendance(db, meeting_id, roster[0].id, "absent")
    with pytest.raises(Locked):
        mark_all_present(db, meeting_id)
    with pytest.raises(Locked):
        delete_meeting(db, meeting_id)
    assert get_meeting(db, meeting_id).topic != "改一改"
    assert not finalize(db, meeting_id, TODAY)  # already final: nothing to do


def test_final_record_keeps_its_voting_rights(db, branch_id, roster):
    meeting_id = create_meeting(db, branch_id, "general_meeting", MEETING_DAY)
    complete(db, meeting_id)
    mark_all_present(db, meeting_id)
    finalize(db, meeting_id, TODAY)
    before = computed(db, get_meeting(db, meeting_id))["counts"]
    member = next(m for m in roster if m.can_vote(MEETING_DAY))
    member.discipline_from = date(2026, 1, 1)  # recorded later: 留党察看 from before the meeting
    update_member(db, member, TODAY)
    assert computed(db, get_meeting(db, meeting_id))["counts"] == before


def test_lecture_and_theme_day_need_their_fields(db, branch_id, roster):
    lecture = create_meeting(db, branch_id, "party_lecture", MEETING_DAY)
    mark_all_present(db, lecture)
    record = complete(db, lecture, decisions=[])
    problems = validate_for_final(record, computed(db, record))
    assert {p.field for p in problems} == {"lecturer", "title", "hours"}
    theme = create_meeting(db, branch_id, "theme_day", MEETING_DAY)
    mark_all_present(db, theme)
    record = complete(db, theme, decisions=[])
    assert {p.field for p in validate_for_final(record, computed(db, record))} == {"theme", "form"}


def test_correction_with_reason_is_audited_and_listed(db, branch_id, roster):
    meeting_id = create_meeting(db, branch_id, "general_meeting", MEETING_DAY)
    complete(db, meeting_id, topic="原议题")
    mark_all_present(db, meeting_id)
    finalize(db, meeting_id, TODAY)
    before = get_meeting(db, meeting_id)
    with pytest.raises(InvalidInput, match="更正原因"):
        correct(db, meeting_id, {"topic": "新议题"}, "  ")
    with pytest.raises(InvalidInput, match="会议类型"):
        correct(db, meeting_id, {"type": "committee"}, "记错了")
    with pytest.raises(InvalidInput, match="不完整"):
        correct(db, meeting_id, {"content": ""}, "清空")
    assert get_meeting(db, meeting_id).content == before.content  # rolled back
    member = roster[4]
    correct(
        db, meeting_id, {"topic": "新议题", "attendance": {member.id: {"status": "leave", "reason": "住院"}}},
        "议题抄错；请假登记漏记",
    )
    after = get_meeting(db, meeting_id)
    assert after.topic == "新议题" and after.status == MeetingStatus.FINAL
    assert after.fingerprint != before.fingerprint
    entries = audit_entries(db, "meetings", meeting_id)
    assert entries[-1]["old_values"] == {"topic": "原议题"} and entries[-1]["reason"] == "议题抄错；请假登记漏记"
    fixes = corrections(db, meeting_id)
    assert [(f.table, f.fields) for f in fixes] == [("meetings", ["topic"]), ("attendance", ["status", "reason"])]
    assert fixes[1].subject == member.name and fixes[1].new == {"status": "leave", "reason": "住院"}
    assert fixes[0].field_labels == ["议题"]


def test_photo_is_turned_upright_resized_and_thumbnailed(db, branch_id, roster):
    meeting_id = create_meeting(db, branch_id, "theme_day", MEETING_DAY)
    image = Image.new("RGB", (3000, 2000), (180, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90°: shown 2000 wide, 3000 high
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    photo_id = add_photo(db, meeting_id, buffer.getvalue(), "重温入党誓词")
    stored = Image.open(io.BytesIO(photo_data(db, photo_id)))
    assert stored.format == "JPEG" and max(stored.size) <= 1600
    assert stored.size[1] == 1600 and stored.size[0] < stored.size[1]  # upright, long side 1600
    thumb = Image.open(io.BytesIO(photo_thumb(db, photo_id)))
    assert max(thumb.size) == 240
    record = get_meeting(db, meeting_id)
    assert record.photo_ids == [photo_id] and record.photos[0].caption == "重温入党誓词"
    remove_photo(db, photo_id)
    assert get_meeting(db, meeting_id).photos == []
    assert get_row(db, "photos", photo_id)["deleted_at"]


def test_non_image_refused(db, branch_id, roster, tmp_path):
    meeting_id = create_meeting(db, branch_id, "theme_day", MEETING_DAY)
    text = tmp_path / "会议记录.docx"
    text.write_bytes(b"PK\x03\x04 not a picture")
    with pytest.raises(InvalidInput, match="不是可以识别的图片"):
        add_photo(db, meeting_id, text)
    assert get_meeting(db, meeting_id).photos == []


def test_delete_is_a_tombstone(db, branch_id, roster):
    keep = create_meeting(db, branch_id, "committee", MEETING_DAY, topic="保留")
    gone = create_meeting(db, branch_id, "committee", "2026-04-05", topic="删除")
    delete_meeting(db, gone, reason="重复录入")
    assert [m.id for m in list_meetings(db, branch_id, 2026)] == [keep]
    assert [r.id for r in meeting_refs(db, branch_id, 2026)] == [keep]
    with pytest.raises(NotFound):
        get_meeting(db, gone)
    assert get_row(db, "meetings", gone)["deleted_at"]
    assert audit_entries(db, "meetings", gone)[-1]["action"] == "delete"


def test_new_date_rederives_unmarked_rows_and_keeps_marked(db, branch_id, roster):
    meeting_id = create_meeting(db, branch_id, "general_meeting", MEETING_DAY)
    marked, leaving = roster[2], roster[3]
    set_attendance(db, meeting_id, marked.id, "present")
    record_leaving(db, marked.id, LeftStatus.TRANSFERRED, date(2026, 3, 20))
    record_leaving(db, leaving.id, LeftStatus.TRANSFERRED, date(2026, 3, 20))
    record = get_meeting(db, meeting_id)
    record.date = date(2026, 3, 25)
    save_meeting(db, record)
    names = {r.member_name for r in get_meeting(db, meeting_id).attendance}
    assert marked.name in names and leaving.name not in names
    record = get_meeting(db, meeting_id)
    record.date = MEETING_DAY  # back again: the tombstoned row comes back
    save_meeting(db, record)
    assert leaving.name in {r.member_name for r in get_meeting(db, meeting_id).attendance}


def test_makeup_recorded_even_on_a_final_record(db, branch_id, roster):
    meeting_id = create_meeting(db, branch_id, "party_lecture", MEETING_DAY)
    complete(db, meeting_id, lecturer="书记", title="党章第一章", hours=2)
    mark_all_present(db, meeting_id)
    set_attendance(db, meeting_id, roster[6].id, "absent")
    finalize(db, meeting_id, TODAY)
    fingerprint = get_meeting(db, meeting_id).fingerprint
    rows = {r.member_id: r for r in get_meeting(db, meeting_id).attendance}
    with pytest.raises(InvalidInput, match="不需要补学"):
        set_makeup(db, rows[roster[0].id].id, "2026-03-10", "自学")
    with pytest.raises(InvalidInput, match="早于会议日期"):
        set_makeup(db, rows[roster[6].id].id, "2026-03-01", "自学")
    set_makeup(db, rows[roster[6].id].id, "2026-03-10", "自学会议内容并交心得")
    row = next(r for r in get_meeting(db, meeting_id).attendance if r.member_id == roster[6].id)
    assert row.makeup_date == date(2026, 3, 10) and row.makeup_method == "自学会议内容并交心得"
    assert get_meeting(db, meeting_id).fingerprint == fingerprint


def test_get_meeting_is_fast(db, branch_id):
    add_roster(db, branch_id, n=60, seed=7)
    meeting_id = create_meeting(db, branch_id, "general_meeting", MEETING_DAY)
    mark_all_present(db, meeting_id)
    small = io.BytesIO()
    Image.new("RGB", (400, 300), (20, 90, 20)).save(small, "PNG")
    for number in range(10):
        add_photo(db, meeting_id, small.getvalue(), f"照片 {number}")
    get_meeting(db, meeting_id)
    start = time.perf_counter()
    for _ in range(10):
        record = get_meeting(db, meeting_id)
    assert (time.perf_counter() - start) / 10 < 0.05
    assert len(record.attendance) >= 55 and len(record.photos) == 10


def record_json(**overrides):
    data = {
        "type": "committee", "topic": "研究秸秆禁烧", "date": "2026-03-06", "start": "9:00", "end": "10:30",
        "place": "村党群服务中心", "host": "书记", "recorder": "组织委员", "content": "会议研究了秸秆禁烧工作。",
        "decisions": ["成立禁烧巡查小组"], "attendance": [], "status": "draft",
    }
    data.update(overrides)
    return data


def test_import_all_or_nothing(db, branch_id, roster):
    committee = [m for m in roster if m.is_committee]
    ok = record_json(attendance=[{"member": m.name, "status": "present"} for m in committee[:4]])
    bad = record_json(date="2026-04-06", attendance=[{"member": "查无此人", "status": "present"}])
    with pytest.raises(InvalidInput, match="第 2 条记录（2026-04-06 支部委员会会议）：名册里没有名为“查无此人”"):
        import_records(db, branch_id, [ok, bad], TODAY)
    assert list_meetings(db, branch_id) == []
    result = import_records(db, branch_id, [ok], TODAY)
    record = get_meeting(db, result.records[0].id)
    assert record.start_time == "09:00"
    statuses = {r.member_name: r.status for r in record.attendance}
    assert statuses[committee[4].name] == Attendance.ABSENT  # left out of the list: absent
    with pytest.raises(InvalidInput, match="同一天、同类型、同议题"):
        import_records(db, branch_id, [ok], TODAY)


def test_import_refuses_ambiguous_names_bad_times_and_too_many_votes(db, branch_id, roster):
    twin = to_member(make_members(1, 99, TODAY)[0])
    twin.name, twin.branch_id, twin.position = roster[7].name, branch_id, ""
    add_member(db, twin, TODAY)
    with pytest.raises(InvalidInput, match=f"有 2 名党员都叫“{roster[7].name}”"):
        import_records(db, branch_id, [record_json(type="general_meeting", attendance=[
            {"member": roster[7].name, "status": "present"}])], TODAY)
    with pytest.raises(InvalidInput, match="第 1 条记录（2026-03-06 支部委员会会议）：开始时间“25:00”无法识别"):
        import_records(db, branch_id, [record_json(start="25:00")], TODAY)
    with pytest.raises(InvalidInput, match="第 1 条记录：会议类型“meeting”无法识别"):
        import_records(db, branch_id, [record_json(type="meeting")], TODAY)
    with pytest.raises(InvalidInput, match="日期“2026-02-30”无法识别"):
        import_records(db, branch_id, [record_json(date="2026-02-30")], TODAY)
    committee = [m for m in roster if m.is_committee]
    too_many = record_json(
        attendance=[{"member": m.name, "status": "present"} for m in committee[:3]],
        votes=[{"motion": "成立巡查小组", "for": 4, "against": 0, "abstain": 0}],
    )
    with pytest.raises(InvalidInput, match="超过了到会的有表决权党员 3 名"):
        import_records(db, branch_id, [too_many], TODAY)
    assert list_meetings(db, branch_id) == []


def test_import_updates_a_draft_and_refuses_a_final(db, branch_id, roster):
    committee = [m for m in roster if m.is_committee]
    attendance = [{"member": m.name, "status": "present"} for m in committee]
    meeting_id = import_records(db, branch_id, [record_json(attendance=attendance)], TODAY).records[0].id
    again = record_json(id=meeting_id, topic="改过的议题", attendance=attendance, status="final")
    result = import_records(db, branch_id, [again], TODAY)
    assert result.records[0].action == "updated" and result.records[0].final
    assert get_meeting(db, meeting_id).topic == "改过的议题"
    assert record_to_json(db, meeting_id)["status"] == "final"
    with pytest.raises(InvalidInput, match="已经定稿"):
        import_records(db, branch_id, [again], TODAY)


def test_exported_draft_imports_back(db, branch_id, roster):
    meeting_id = create_meeting(db, branch_id, "general_meeting", MEETING_DAY, topic="原议题")
    set_attendance(db, meeting_id, roster[1].id, "leave", "住院")
    data = record_to_json(db, meeting_id)
    assert data["counts"]["leave"] == 1 and data["quorum_met"] is False
    data["topic"] = "新议题"
    assert import_records(db, branch_id, [data], TODAY).records[0].action == "updated"
    record = get_meeting(db, meeting_id)
    assert record.topic == "新议题"
    marks = {r.member_id: r.status for r in record.attendance}
    assert marks[roster[1].id] == Attendance.LEAVE and marks[roster[2].id] is None  # null stays unmarked
    data["status"] = "final"
    with pytest.raises(InvalidInput, match="没有登记出席情况"):
        import_records(db, branch_id, [data], TODAY)


def test_talks_and_who_has_not_talked(db, branch_id, roster):
    secretary = roster[0]
    add_talk(db, branch_id, "2026-05-04", secretary.id, "谈思想和家庭困难", other_id=roster[5].id)
    add_talk(db, branch_id, "2026-06-01", roster[6].id, "谈流动党员管理", other_name="镇组织委员 李某")
    with pytest.raises(InvalidInput, match="谈话对象"):
        add_talk(db, branch_id, "2026-06-01", roster[6].id, "内容")
    assert [t.date for t in list_talks(db, branch_id, 2026)] == [date(2026, 5, 4), date(2026, 6, 1)]
    left = {m.id for m in members_not_talked(db, branch_id, 2026)}
    assert left == {m.id for m in roster} - {secretary.id, roster[5].id, roster[6].id}
