"""The record editor through its widgets: fill, attendance, quorum, votes, finalise, correct, autosave."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from sanhui.core.model import Attendance, Category, MeetingStatus, MeetingType
from sanhui.core.rules import quorum_met
from sanhui.core.store.attendance import record_counts
from sanhui.core.store.finalize import corrections
from sanhui.core.store.meetings import create_meeting, get_meeting, save_meeting
from sanhui.core.store.members import add_member, list_members
from sanhui.core.store.org import ensure_group
from sanhui.core.store.rows import audit_entries, update_row
from sanhui.errors import Locked
from sanhui.ui.editor import MeetingEditor
from sanhui.ui.editor.attendance_model import AttendanceColumn
from sanhui.ui.editor.votes_model import VoteColumn

from common import TODAY
from fakes import make_members, to_member

MEETING_DAY = date(2026, 11, 5)


@pytest.fixture
def members(db, branch_id):
    """Eleven members, one of them probationary: ten voting members, so that "exactly half" exists."""
    for row in make_members(11, seed=3, today=TODAY):
        member = to_member(row)
        member.branch_id = branch_id
        member.group_id = ensure_group(db, branch_id, row["党小组"])
        add_member(db, member, TODAY)
    return list_members(db, branch_id)


def open_editor(session, qtbot, meeting_id) -> MeetingEditor:
    editor = MeetingEditor(session, meeting_id, today=TODAY)
    qtbot.addWidget(editor)
    return editor


def select_rows(table, rows) -> None:
    """Select whole rows as a user would (the first becomes the current row)."""
    model = table.model()
    table.setCurrentIndex(model.index(rows[0], AttendanceColumn.NAME))
    for row in rows:
        flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
        table.selectionModel().select(model.index(row, 0), flags)


def counts_of(editor):
    return record_counts(editor.record, editor.members)


def test_general_meeting_filled_finalised_and_corrected(session, qtbot, db, branch_id, members):
    meeting_id = create_meeting(db, branch_id, MeetingType.GENERAL_MEETING, MEETING_DAY)
    editor = open_editor(session, qtbot, meeting_id)
    assert editor.windowTitle() == "支部党员大会 2026-11-05（草稿）"
    secretary = next(m for m in members if m.position == "书记")
    assert editor.basic_tab.host.itemText(1) == secretary.name  # the committee first, 书记 at the top

    basic = editor.basic_tab
    basic.topic.setText("研究村道路硬化方案")
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClick(basic.topic, Qt.Key_Return)  # Enter in a field presses no button
    assert basic.guests.rowCount() == 0 and editor.isVisible()
    basic.start_time.setText("9:00")
    basic.end_time.setText("11:30")
    basic.place.setText("村党群服务中心")
    basic.host.setCurrentText(secretary.name)
    basic.recorder.setCurrentText(members[1].name)
    guest = basic.guests.add()
    basic.guests.setData(guest, "王建华")
    basic.guests.setData(guest.siblingAtColumn(1), "镇党委组织委员")

    # 签到: everybody present, then enough voting members absent by keyboard that the quorum is lost.
    attendance = editor.attendance_tab
    qtbot.mouseClick(attendance.all_present, Qt.LeftButton)
    assert editor.quorum_label.text() == "符合法定人数"
    counts = counts_of(editor)
    assert counts.present == counts.expected == len(members)
    voting_rows = [i for i, row in enumerate(attendance.model.rows) if attendance.model.voting(row)]
    missing = voting_rows[: counts.expected_voting // 2 + 1]
    select_rows(attendance.table, missing)
    qtbot.keyClick(attendance.table, Qt.Key_3)
    assert all(attendance.model.rows[i].status == Attendance.ABSENT for i in missing)
    assert editor.quorum_label.text() == "未达到法定人数：决议无效"
    counts = counts_of(editor)
    assert editor.counts_label.text() == (
        f"应到 {counts.expected} 人，实到 {counts.present} 人，请假 0 人，缺席 {len(missing)} 人；"
        f"有表决权应到 {counts.expected_voting} 人，实到 {counts.present_voting} 人"
    )
    editor.content_tab.decisions.setPlainText("同意村道路硬化方案")
    assert not editor.warning_label.isHidden() and "无效" in editor.warning_label.text()

    qtbot.keyClick(attendance.table, Qt.Key_1)  # the same rows back: present
    assert editor.quorum_label.text() == "符合法定人数"
    assert editor.warning_label.isHidden()
    select_rows(attendance.table, [missing[0]])
    qtbot.keyClick(attendance.table, Qt.Key_2)  # one on leave, with a reason typed in the row
    reason = attendance.model.index(missing[0], AttendanceColumn.REASON)
    assert attendance.model.data(reason) == "（请填写请假原因）"
    attendance.model.setData(reason, "外出务工")
    assert "请假 1 人" in editor.counts_label.text()

    editor.content_tab.agenda.setPlainText("传达镇党委会议精神\n\n讨论村道路硬化方案")
    editor.content_tab.content.setPlainText("书记传达了镇党委会议精神。党员讨论了道路硬化方案。")

    # 表决: for == half of the expected voters does not pass; an over-count is refused at the row.
    votes = editor.votes_tab
    qtbot.mouseClick(votes.add_button, Qt.LeftButton)
    model = votes.model
    model.setData(model.index(0, VoteColumn.MOTION), "村道路硬化方案")
    counts = counts_of(editor)
    half = counts.expected_voting // 2
    assert counts.expected_voting == 10 and half == 5
    assert model.setData(model.index(0, VoteColumn.FOR), half)
    assert model.data(model.index(0, VoteColumn.RESULT)) == "未通过：同意 5 票，未超过应到会有表决权党员 10 人的半数"
    assert not model.setData(model.index(0, VoteColumn.FOR), counts.present_voting + 1)
    assert model.votes[0].votes_for == half
    assert "超过了到会的有表决权党员" in votes.error.text() and not votes.error.isHidden()
    assert "票数有误" in model.data(model.index(0, VoteColumn.RESULT))
    assert model.setData(model.index(0, VoteColumn.FOR), half + 1)
    assert model.data(model.index(0, VoteColumn.RESULT)) == "通过"
    assert votes.error.isHidden()

    assert editor.save_now()
    saved = get_meeting(db, meeting_id)
    assert (saved.topic, saved.start_time, saved.end_time) == ("研究村道路硬化方案", "09:00", "11:30")
    assert saved.host == secretary.name and [g.name for g in saved.guests] == ["王建华"]
    assert saved.agenda == ["传达镇党委会议精神", "讨论村道路硬化方案"]
    assert [(v.motion, v.votes_for) for v in saved.votes] == [("村道路硬化方案", half + 1)]
    on_leave = [r for r in saved.attendance if r.status == Attendance.LEAVE]
    leave_name = attendance.model.rows[missing[0]].member_name
    assert [(r.member_name, r.reason) for r in on_leave] == [(leave_name, "外出务工")]

    # 定稿: confirmed, then locked everywhere.
    editor._confirm = lambda title, text: "锁定" in text
    assert editor.finalize_record()
    final = get_meeting(db, meeting_id)
    assert final.status == MeetingStatus.FINAL
    assert editor.windowTitle() == "支部党员大会 2026-11-05（已定稿）"
    assert f"指纹 {final.fingerprint.upper()}" in editor.final_banner.text()
    assert not editor.final_banner.isHidden()
    assert basic.topic.isReadOnly() and editor.content_tab.content.isReadOnly()
    assert not basic.host.isEnabled() and not attendance.all_present.isEnabled()
    assert not (model.flags(model.index(0, VoteColumn.FOR)) & Qt.ItemIsEditable)
    assert editor.finalize_button.isHidden() and not editor.correct_button.isHidden()
    select_rows(attendance.table, [0])
    qtbot.keyClick(attendance.table, Qt.Key_3)
    assert attendance.model.rows[0].status != Attendance.ABSENT or missing[0] == 0
    with pytest.raises(Locked):
        save_meeting(db, get_meeting(db, meeting_id))

    # 更正: a reason is required; the correction lands in the audit log and under 基本信息.
    dialog = editor.open_correction()
    dialog.select_field("topic")
    assert dialog.line_value.text() == "研究村道路硬化方案"
    dialog.line_value.setText("研究村道路硬化和路灯安装方案")
    dialog.apply()
    assert dialog.result() != QDialog.Accepted and dialog.reason_checked.error.text() == "请写明更正原因。"
    dialog.reason.setText("记录人笔误，经主持人核对更正")
    dialog.apply()
    assert dialog.result() == QDialog.Accepted
    assert editor.record.topic == basic.topic.text() == "研究村道路硬化和路灯安装方案"
    assert [c.reason for c in corrections(db, meeting_id)] == ["记录人笔误，经主持人核对更正"]
    entries = [e for e in audit_entries(db, "meetings", meeting_id) if e["reason"]]
    assert entries[-1]["new_values"] == {"topic": "研究村道路硬化和路灯安装方案"}
    assert not basic.corrections.isHidden() and basic.corrections.rowCount() == 1
    assert "研究村道路硬化方案 → 研究村道路硬化和路灯安装方案" in basic.corrections.item(0, 2).text()
    assert basic.topic.isReadOnly()


def test_attendance_correction_and_counts(session, qtbot, db, branch_id, members):
    meeting_id = create_meeting(
        db, branch_id, MeetingType.PARTY_LECTURE, MEETING_DAY, topic="党课", host="甲", recorder="乙",
        content="讲党史", lecturer="甲", title="学党史", hours=2,
    )
    editor = open_editor(session, qtbot, meeting_id)
    assert editor.quorum_label.isHidden()  # no quorum for a 党课
    editor.attendance_tab.model.mark_all_present()
    editor._confirm = lambda title, text: True
    assert editor.finalize_record()
    row = editor.record.attendance[2]
    dialog = editor.open_correction()
    dialog.select_field("attendance")
    dialog.member.setCurrentIndex(dialog.member.findData(row.member_id))
    dialog.status.setCurrentIndex(dialog.status.findData("leave"))
    dialog.status_reason.setText("生病住院")
    dialog.reason.setText("核对签到表后更正")
    dialog.apply()
    assert dialog.result() == QDialog.Accepted
    assert "请假 1 人" in editor.counts_label.text()
    marked = next(r for r in get_meeting(db, meeting_id).attendance if r.member_id == row.member_id)
    assert (marked.status, marked.reason) == (Attendance.LEAVE, "生病住院")
    assert any(c.subject == row.member_name for c in corrections(db, meeting_id))


def test_finalize_lists_problems_and_jumps_to_the_first(session, qtbot, db, branch_id, members):
    meeting_id = create_meeting(db, branch_id, MeetingType.COMMITTEE, MEETING_DAY)
    editor = open_editor(session, qtbot, meeting_id)
    editor.tabs.setCurrentIndex(4)
    editor._confirm = lambda title, text: pytest.fail("no confirmation for an incomplete record")
    assert not editor.finalize_record()
    dialog = editor.problems_dialog
    assert dialog.isVisible() and dialog.list.count() >= 4
    assert "议题" in dialog.list.item(0).text()
    assert editor.tabs.currentIndex() == 0
    assert editor.basic_tab.fields["topic"].error.text() == "请填写议题（会议主题）。"
    dialog.accept()

    editor.basic_tab.topic.setText("研究十二月工作")
    editor.basic_tab.host.setCurrentText("甲")
    editor.basic_tab.recorder.setCurrentText("乙")
    assert not editor.finalize_record()
    assert "没有登记出席情况" in editor.problems_dialog.list.item(0).text()
    assert editor.tabs.currentIndex() == 1
    assert get_meeting(db, meeting_id).status == MeetingStatus.DRAFT


def test_draft_saved_after_a_pause_and_on_close(session, qtbot, db, branch_id, members):
    meeting_id = create_meeting(db, branch_id, MeetingType.THEME_DAY, MEETING_DAY)
    editor = open_editor(session, qtbot, meeting_id)
    editor.show()
    qtbot.waitExposed(editor)
    announced = []
    session.changed.connect(announced.append)
    text = "重温入党誓词。\n学习《中国共产党章程》第一章。"
    editor.content_tab.content.setPlainText(text)
    assert get_meeting(db, meeting_id).content == ""  # not at every keystroke
    qtbot.waitUntil(lambda: get_meeting(db, meeting_id).content == text, timeout=3000)
    assert announced and announced[-1].meetings
    assert editor.save_state.text().startswith("已自动保存")

    editor.basic_tab.theme.setText("不忘初心")
    editor.basic_tab.form.setCurrentText("志愿服务")
    editor.basic_tab.start_time.setText("25:00")  # unreadable: shown at the field, the rest is saved
    editor.save_now()
    assert "无法识别" in editor.basic_tab.fields["start_time"].error.text()
    saved = get_meeting(db, meeting_id)
    assert (saved.theme, saved.form, saved.start_time) == ("不忘初心", "志愿服务", "")

    editor.basic_tab.start_time.setText("14:00")
    editor.basic_tab.place.setText("村文化礼堂")
    editor.close()  # closing saves at once, without waiting for the timer
    reopened = get_meeting(db, meeting_id)
    assert (reopened.start_time, reopened.place, reopened.content) == ("14:00", "村文化礼堂", text)


def test_photos_makeup_and_returned_banner(session, qtbot, db, branch_id, members, tmp_path: Path):
    meeting_id = create_meeting(db, branch_id, MeetingType.GENERAL_MEETING, MEETING_DAY)
    editor = open_editor(session, qtbot, meeting_id)
    picture, text = tmp_path / "现场.jpg", tmp_path / "说明.txt"
    Image.new("RGB", (900, 600), "red").save(picture)
    text.write_text("不是图片", encoding="utf-8")
    editor.photos_tab.add_photos([picture, text])
    assert editor.photos_tab.list.count() == 1
    assert "不是可以识别的图片" in editor.photos_tab.error.text()
    editor.photos_tab.caption.setText("党员重温入党誓词")
    editor.photos_tab.caption.textEdited.emit("党员重温入党誓词")
    editor.save_now()
    assert [p.caption for p in get_meeting(db, meeting_id).photos] == ["党员重温入党誓词"]

    model = editor.attendance_tab.model
    model.mark_all_present()
    model.set_status([0], Attendance.ABSENT)
    editor.save_now()
    row = editor.makeup_tab.rows[model.rows[0].member_id]
    row.date.setText("2026-11-01")  # before the meeting: refused at the row
    row.method.setCurrentText("自学")
    editor.save_now()
    assert "早于会议日期" in row.checked.error.text()
    row.date.setText("2026-11-12")
    editor.save_now()
    absent_id = model.rows[0].member_id
    made_up = next(r for r in get_meeting(db, meeting_id).attendance if r.member_id == absent_id)
    assert (made_up.makeup_date, made_up.makeup_method) == (date(2026, 11, 12), "自学")

    update_row(db, "meetings", meeting_id, {"status": MeetingStatus.RETURNED, "returned_comment": "内容过于简单"})
    editor.reload()
    assert "内容过于简单" in editor.returned_banner.text() and not editor.returned_banner.isHidden()
    assert editor.basic_tab.topic.isReadOnly() and not editor.correct_button.isHidden()
    assert not editor.photos_tab.add_button.isEnabled()


def test_probationary_member_has_no_vote(session, qtbot, db, branch_id, members):
    meeting_id = create_meeting(db, branch_id, MeetingType.GENERAL_MEETING, MEETING_DAY)
    editor = open_editor(session, qtbot, meeting_id)
    model = editor.attendance_tab.model
    standings = [model.data(model.index(i, AttendanceColumn.STANDING)) for i in range(model.rowCount())]
    probationary = [m for m in members if m.category == Category.PROBATIONARY and m.join_date <= MEETING_DAY]
    assert standings.count("预备党员 · 无表决权") == len(probationary)
    counts = counts_of(editor)
    assert counts.expected_voting == counts.expected - len(probationary)
    assert quorum_met(MeetingType.GENERAL_MEETING, counts) is False


def test_for_period_and_other_meeting_attendees(session, qtbot, db, branch_id, members):
    meeting_id = create_meeting(db, branch_id, MeetingType.THEME_DAY, MEETING_DAY)
    editor = open_editor(session, qtbot, meeting_id)
    basic = editor.basic_tab
    basic.for_period_check.setChecked(True)
    assert basic.for_period.text() == "2026-10"  # the month before, suggested
    basic.for_period.setText("2026-12")  # a period still to come is refused at the field
    editor.save_now()
    assert "还没有到" in basic.fields["for_period"].error.text()
    assert get_meeting(db, meeting_id).for_period is None
    basic.for_period.setText("2026-10")
    editor.save_now()
    assert get_meeting(db, meeting_id).for_period == "2026-10"
    assert not basic.fields["for_period"].error.text()

    other_id = create_meeting(db, branch_id, MeetingType.OTHER, MEETING_DAY, topic="消防安全工作会")
    other = open_editor(session, qtbot, other_id)
    tab = other.attendance_tab
    before = tab.model.rowCount()
    leaving = tab.model.rows[0]
    select_rows(tab.table, [0])
    qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    assert tab.model.rowCount() == before - 1
    assert leaving.member_id not in {r.member_id for r in get_meeting(db, other_id).attendance}
    tab.add_member.setCurrentIndex(tab.add_member.findData(leaving.member_id))
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    assert tab.model.rowCount() == before
    assert f"应到 {before} 人" in other.counts_label.text()


def test_passed_confirmation_vote_offers_full_membership(session, qtbot, db, branch_id, members, monkeypatch):
    from sanhui.core.dates import add_years
    from sanhui.core.model import Vote, VoteKind
    from sanhui.core.store.members import get_member, update_member

    candidate = next(m for m in members if m.category == Category.PROBATIONARY)
    candidate.join_date = add_years(MEETING_DAY, -1)  # probation ends on the meeting day
    update_member(db, candidate, TODAY)
    voters = [m for m in members if m.id != candidate.id]
    meeting_id = create_meeting(
        db, branch_id, MeetingType.GENERAL_MEETING, MEETING_DAY, topic="讨论预备党员转正",
        host=voters[0].name, recorder=voters[1].name, content="支部党员大会讨论了预备党员转正问题。",
        decisions=["同意转为正式党员"], statuses={m.id: (Attendance.PRESENT, "") for m in list_members(db, branch_id)},
        votes=[Vote(motion=f"{candidate.name}同志转正", votes_for=len(voters), kind=VoteKind.CONFIRMATION,
                    candidate_id=candidate.id)],
    )
    editor = open_editor(session, qtbot, meeting_id)
    asked = []
    monkeypatch.setattr(editor, "_confirm", lambda title, text: asked.append(title) or True)
    assert editor.finalize_record()
    assert asked == ["定稿", "预备党员转正"]
    member = get_member(db, candidate.id)
    assert member.category == Category.FULL and member.full_date == MEETING_DAY
    assert editor.confirmations_to_apply() == []


def test_print_buttons_open_the_document_preview(session, qtbot, db, branch_id, members, monkeypatch):
    meeting_id = create_meeting(db, branch_id, MeetingType.COMMITTEE, MEETING_DAY, topic="研究本月工作")
    editor = open_editor(session, qtbot, meeting_id)
    shown = []
    monkeypatch.setattr("sanhui.ui.dialogs.document_dialog.show", lambda dialog: shown.append(dialog) or dialog)
    editor.print_button.click()
    editor.signin_button.click()
    assert len(shown) == 2
    assert all(d.windowTitle() for d in shown)
