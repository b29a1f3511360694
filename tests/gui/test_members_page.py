"""The 党员 page through its real dialogs: add, edit with validation at the field, filter, import, export."""
from __future__ import annotations

import pytest

from sanhui.core.store.members import list_members
from sanhui.ui.dialogs.import_dialog import ImportDialog
from sanhui.ui.dialogs.member_dialog import MemberDialog
from sanhui.ui.pages.members_page import MembersPage

from common import TODAY
from fakes import make_members, write_xlsx


@pytest.fixture
def page(window):
    return window.show_page(MembersPage)


def _fill(dialog: MemberDialog, **values) -> None:
    for name, value in values.items():
        widget = getattr(dialog, name)
        if hasattr(widget, "setCurrentText"):
            widget.setCurrentText(value)
        else:
            widget.setText(value)


def test_add_member_through_dialog_shows_problems_at_the_field(page, qtbot, db, branch_id):
    dialog = MemberDialog(page.session, None, page, today=TODAY)
    qtbot.addWidget(dialog)
    _fill(dialog, name="张建国", id_number="110101196503021235", join_date="2030-01-01")
    dialog.save()
    assert dialog.result() != MemberDialog.Accepted
    assert dialog.fields["id_number"].error.text()  # wrong check digit, shown at the field
    assert "未来" in dialog.fields["join_date"].error.text() or dialog.fields["join_date"].error.text()
    assert not dialog.fields["name"].error.text()
    assert list_members(db, branch_id) == []

    good = make_members(1, seed=7, today=TODAY)[0]
    _fill(dialog, id_number=good["身份证号"], join_date=good["入党日期"].isoformat())
    dialog._fill_from_id()
    assert dialog.birth_date.text() == good["出生日期"].isoformat()
    _fill(dialog, full_date=good["转正日期"].isoformat(), group="第一党小组", position="书记")
    dialog.save()
    assert dialog.result() == MemberDialog.Accepted, [c.error.text() for c in dialog.fields.values()]
    page.session.announce(dialog.changes)
    assert page.proxy.rowCount() == 1
    members = list_members(db, branch_id)
    assert members[0].name == "张建国" and members[0].position == "书记"
    assert page.group_filter.findText("第一党小组") > 0


def test_edit_member_and_filters(page, qtbot, db, branch_id, tmp_path):
    rows = make_members(20, seed=3, today=TODAY)
    path = tmp_path / "roster.xlsx"
    write_xlsx(path, rows)
    dialog = ImportDialog(page.session, path, page, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.apply()
    page.session.announce(dialog.changes)
    assert page.model.rowCount() == 20

    page.search.setText(rows[5]["姓名"])
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.standing_filter.setCurrentIndex(page.standing_filter.findData("probationary"))
    probationary = sum(1 for r in rows if r["人员类别"] == "预备党员")
    assert page.proxy.rowCount() == probationary
    page.standing_filter.setCurrentIndex(page.standing_filter.findData("current"))
    group_index = page.group_filter.findText("第二党小组")
    page.group_filter.setCurrentIndex(group_index)
    assert page.proxy.rowCount() == sum(1 for r in rows if r["党小组"] == "第二党小组")
    page.group_filter.setCurrentIndex(0)

    page.table.selectRow(0)
    member = page.selected_member()
    edit = MemberDialog(page.session, member, page, today=TODAY)
    qtbot.addWidget(edit)
    assert edit.name.text() == member.name
    edit.phone.setText("12345")
    edit.save()
    assert "手机" in edit.fields["phone"].error.text()
    edit.phone.setText("13912345678")
    edit.save()
    assert edit.result() == MemberDialog.Accepted
    page.session.announce(edit.changes)
    assert next(m for m in list_members(db, branch_id) if m.id == member.id).phone == "13912345678"


def test_import_preview_writes_nothing_until_confirmed(page, qtbot, db, branch_id, tmp_path):
    rows = make_members(10, seed=5, today=TODAY)
    rows[3]["身份证号"] = rows[3]["身份证号"][:-1] + ("0" if rows[3]["身份证号"][-1] != "0" else "1")
    path = tmp_path / "roster.xlsx"
    write_xlsx(path, rows)
    dialog = ImportDialog(page.session, path, page, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 10
    assert dialog.plan.count("reject") == 1 and dialog.plan.count("add") == 9
    assert "身份证" in dialog.table.item(3, 3).text()
    assert list_members(db, branch_id) == []
    dialog.reject()
    assert list_members(db, branch_id) == []
    again = ImportDialog(page.session, path, page, today=TODAY)
    qtbot.addWidget(again)
    again.apply()
    assert len(list_members(db, branch_id)) == 9
    third = ImportDialog(page.session, path, page, today=TODAY)
    qtbot.addWidget(third)
    assert third.plan.count("unchanged") == 9 and not third.confirm.isEnabled()


def test_bad_file_gives_message_not_crash(page, tmp_path, monkeypatch):
    bad = tmp_path / "roster.xlsx"
    bad.write_bytes(b"not a workbook")
    shown = []
    monkeypatch.setattr("sanhui.ui.pages.members_page.QMessageBox.warning", lambda *a: shown.append(a[2]))
    assert page.import_file(str(bad)) is None
    assert shown and "文件" in shown[0], shown


def test_export_roster(page, qtbot, tmp_path, monkeypatch):
    rows = make_members(8, seed=9, today=TODAY)
    path = tmp_path / "roster.xlsx"
    write_xlsx(path, rows)
    dialog = ImportDialog(page.session, path, page, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.apply()
    page.session.announce(dialog.changes)
    monkeypatch.setattr("sanhui.ui.pages.members_page.QMessageBox.information", lambda *a: None)
    out = tmp_path / "out.xlsx"
    page.export_to(str(out))
    from sanhui.core.roster import read_roster

    back = read_roster(out, today=TODAY)
    assert sorted(r.member.name for r in back.rows) == sorted(r["姓名"] for r in rows)
    assert all(not r.problems for r in back.rows)
