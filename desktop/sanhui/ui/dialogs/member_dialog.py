"""Adding or editing one member, with every validation problem shown at its field."""
from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sanhui.core import idcard
from sanhui.core.model import (
    CATEGORY_NAMES,
    EXCLUSION_REASON_NAMES,
    LEFT_STATUS_NAMES,
    Category,
    Changes,
    Member,
    Problem,
)
from sanhui.core.store.members import add_member, update_member
from sanhui.core.store.org import ensure_group, list_groups
from sanhui.core.validation import validate_member
from sanhui.errors import InvalidInput
from sanhui.ui.privacy import SecretField, mask_id_number, mask_phone
from sanhui.ui.widgets import Checked, DateField

EDUCATION = ["", "小学", "初中", "高中", "中专", "大专", "本科", "研究生"]
POSITIONS = ["", "书记", "副书记", "组织委员", "宣传委员", "纪检委员", "委员", "党小组长"]
DATE_FIELDS = (
    "birth_date", "join_date", "full_date", "excluded_from", "excluded_to",
    "discipline_from", "discipline_to", "left_date",
)


def _scrolling(page: QWidget) -> QScrollArea:
    """A tab that scrolls rather than squeezes when error lines appear under its fields."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    area.setWidget(page)
    return area


class MemberDialog(QDialog):
    """``member`` None adds a new one. After ``exec`` returns Accepted, ``changes`` says what was saved."""

    def __init__(self, session, member: Member | None = None, parent=None, today: date | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today or date.today()
        self.original = member
        self.changes = None
        self.setWindowTitle(self.tr("修改党员信息") if member else self.tr("新增党员"))
        self.fields: dict[str, Checked] = {}
        tabs = QTabWidget()
        tabs.addTab(_scrolling(self._basic_tab()), self.tr("基本信息"))
        tabs.addTab(_scrolling(self._special_tab()), self.tr("特殊情况"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存(&S)"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        if member:
            self._fill(member)
        self.resize(600, 700)

    # -- building -------------------------------------------------------------------------------
    def _add(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> QWidget:
        checked = Checked(editor)
        self.fields[name] = checked
        form.addRow(label, checked)
        return editor

    def _combo(self, items, editable=False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        for item in items:
            if isinstance(item, tuple):
                combo.addItem(item[1], item[0])
            else:
                combo.addItem(item, item)
        return combo

    def _basic_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = self._add(form, "name", self.tr("姓名 *"), QLineEdit())
        self.gender = self._add(form, "gender", self.tr("性别"), self._combo(["", "男", "女"]))
        self.ethnicity = self._add(form, "ethnicity", self.tr("民族"), QLineEdit())
        self.ethnicity.setPlaceholderText(self.tr("例如 汉族"))
        self.id_number = self._add(form, "id_number", self.tr("身份证号"), SecretField(mask_id_number))
        self.id_number.setMaxLength(18)
        self.id_number.editingFinished.connect(self._fill_from_id)
        self.birth_date = self._add(form, "birth_date", self.tr("出生日期"), DateField())
        self.education = self._add(form, "education", self.tr("学历"), self._combo(EDUCATION, editable=True))
        self.phone = self._add(form, "phone", self.tr("手机号码"), SecretField(mask_phone))
        self.join_date = self._add(form, "join_date", self.tr("入党日期 *"), DateField())
        self.category = self._add(
            form, "category", self.tr("人员类别"), self._combo([(c, self.tr(n)) for c, n in CATEGORY_NAMES.items()])
        )
        self.full_date = self._add(form, "full_date", self.tr("转正日期"), DateField())
        extension = QSpinBox()
        extension.setRange(0, 12)
        extension.setSuffix(self.tr(" 个月"))
        extension.setSpecialValueText(self.tr("未延长"))
        self.extension = self._add(form, "probation_extension_months", self.tr("延长预备期"), extension)
        self.group = self._add(form, "group_id", self.tr("党小组"), self._combo([("", "")], editable=True))
        for group in list_groups(self.session.db, self.session.org_id):
            self.group.addItem(group.name, group.id)
        self.position = self._add(form, "position", self.tr("职务"), self._combo(POSITIONS, editable=True))
        self.workplace = self._add(form, "workplace", self.tr("工作单位及职务"), QLineEdit())
        self.note = self._add(form, "note", self.tr("备注"), QLineEdit())
        return page

    def _special_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        reasons = [(None, self.tr("（计入应到）"))] + [(k, self.tr(n)) for k, n in EXCLUSION_REASON_NAMES.items()]
        self.excluded_reason = self._add(form, "excluded_reason", self.tr("不计入应到的原因"), self._combo(reasons))
        self.excluded_from = self._add(form, "excluded_from", self.tr("　自"), DateField())
        self.excluded_to = self._add(form, "excluded_to", self.tr("　至（可空）"), DateField())
        self.discipline_from = self._add(form, "discipline_from", self.tr("留党察看 自"), DateField())
        self.discipline_to = self._add(form, "discipline_to", self.tr("留党察看 至"), DateField())
        statuses = [(None, self.tr("（在本支部）"))] + [(k, self.tr(n)) for k, n in LEFT_STATUS_NAMES.items()]
        self.left_status = self._add(form, "left_status", self.tr("离开支部"), self._combo(statuses))
        self.left_date = self._add(form, "left_date", self.tr("离开日期"), DateField())
        self.left_note = self._add(form, "left_note", self.tr("离开说明"), QLineEdit())
        return page

    # -- values ---------------------------------------------------------------------------------
    def _fill(self, m: Member) -> None:
        for name in ("name", "ethnicity", "id_number", "phone", "workplace", "note", "left_note"):
            getattr(self, name).setText(getattr(m, name) or "")
        for name in DATE_FIELDS:
            getattr(self, name).set_value(getattr(m, name))
        self.gender.setCurrentText(m.gender)
        self.education.setCurrentText(m.education)
        self.position.setCurrentText(m.position)
        self.category.setCurrentIndex(self.category.findData(m.category))
        self.extension.setValue(m.probation_extension_months)
        index = self.group.findData(m.group_id) if m.group_id else 0
        self.group.setCurrentIndex(max(index, 0))
        self.excluded_reason.setCurrentIndex(max(self.excluded_reason.findData(m.excluded_reason), 0))
        self.left_status.setCurrentIndex(max(self.left_status.findData(m.left_status), 0))

    def _fill_from_id(self) -> None:
        """A typed 身份证号 fills an empty 出生日期 and 性别."""
        number = idcard.normalize(self.id_number.text())
        self.id_number.setText(number)
        if idcard.validate(number) is None:
            if not self.birth_date.text().strip():
                self.birth_date.set_value(idcard.birth_date(number))
            if not self.gender.currentText():
                self.gender.setCurrentText(idcard.gender(number) or "")

    def member(self) -> tuple[Member, list[Problem]]:
        """The member as typed, and the problems of fields that could not even be read."""
        problems = []
        dates = {}
        for name in DATE_FIELDS:
            try:
                dates[name] = getattr(self, name).value()
            except ValueError as exc:
                problems.append(Problem(name, str(exc)))
                dates[name] = None
        base = self.original or Member()
        member = dataclasses.replace(
            base,
            name=self.name.text().strip(),
            gender=self.gender.currentText(),
            ethnicity=self.ethnicity.text().strip(),
            id_number=idcard.normalize(self.id_number.text()),
            education=self.education.currentText().strip(),
            phone=self.phone.text().strip(),
            category=self.category.currentData() or Category.FULL,
            probation_extension_months=self.extension.value(),
            position=self.position.currentText().strip(),
            workplace=self.workplace.text().strip(),
            note=self.note.text().strip(),
            excluded_reason=self.excluded_reason.currentData(),
            left_status=self.left_status.currentData(),
            left_note=self.left_note.text().strip(),
            branch_id=self.session.org_id,
            **dates,
        )
        return member, problems

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(p.message)
        for name, checked in self.fields.items():
            checked.show_error("\n".join(by_field.get(name, [])))
        if problems:
            first = next((self.fields[p.field] for p in problems if p.field in self.fields), None)
            if first is not None:
                self.tabs.setCurrentIndex(0 if self.tabs.widget(0).isAncestorOf(first) else 1)
                first.setFocus()
                self.tabs.currentWidget().ensureWidgetVisible(first)

    def save(self) -> None:
        member, problems = self.member()
        unreadable = {p.field for p in problems}
        problems += [p for p in validate_member(member, self.today) if p.field not in unreadable]
        self.show_problems(problems)
        if problems:
            return
        db = self.session.db
        group_text = self.group.currentText().strip()
        try:
            with db.atomic():
                member.group_id = ensure_group(db, self.session.org_id, group_text) if group_text else None
                if self.original is None:
                    member.id = add_member(db, member, self.today)
                    self.changes = Changes(members=True)
                else:
                    self.changes = update_member(db, member, self.today)
        except InvalidInput as exc:
            if exc.problems:
                self.show_problems(exc.problems)
            else:
                QMessageBox.warning(self, self.tr("不能保存"), str(exc))
            return
        self.saved_member = member
        self.accept()
