"""Plain values of the domain: enums and dataclasses, no database, no Qt.

The Chinese terms are those of shared/DOMAIN.md; the enum values are the
stable English keys used in the database, the JSON forms and the CLI.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from datetime import date


class Role(str, enum.Enum):
    BRANCH = "branch"
    TOWNSHIP = "township"


class OrgKind(str, enum.Enum):
    """Kind of an organisation row."""

    BRANCH = "branch"  # 党支部
    GENERAL_BRANCH = "general_branch"  # 党总支
    TOWNSHIP = "township"  # 乡镇党委


class MeetingType(str, enum.Enum):
    GENERAL_MEETING = "general_meeting"  # 支部党员大会
    COMMITTEE = "committee"  # 支部委员会会议
    GROUP_MEETING = "group_meeting"  # 党小组会
    PARTY_LECTURE = "party_lecture"  # 党课
    THEME_DAY = "theme_day"  # 主题党日
    ORG_LIFE = "org_life"  # 组织生活会
    DEMOCRATIC_REVIEW = "democratic_review"  # 民主评议党员
    OTHER = "other"  # 其他会议


MEETING_TYPE_NAMES = {
    MeetingType.GENERAL_MEETING: "支部党员大会",
    MeetingType.COMMITTEE: "支部委员会会议",
    MeetingType.GROUP_MEETING: "党小组会",
    MeetingType.PARTY_LECTURE: "党课",
    MeetingType.THEME_DAY: "主题党日",
    MeetingType.ORG_LIFE: "组织生活会",
    MeetingType.DEMOCRATIC_REVIEW: "民主评议党员",
    MeetingType.OTHER: "其他会议",
}


class Category(str, enum.Enum):
    FULL = "full"  # 正式党员
    PROBATIONARY = "probationary"  # 预备党员


CATEGORY_NAMES = {Category.FULL: "正式党员", Category.PROBATIONARY: "预备党员"}


class Attendance(str, enum.Enum):
    PRESENT = "present"  # 出席
    LEAVE = "leave"  # 请假
    ABSENT = "absent"  # 缺席


ATTENDANCE_NAMES = {Attendance.PRESENT: "出席", Attendance.LEAVE: "请假", Attendance.ABSENT: "缺席"}


class ExclusionReason(str, enum.Enum):
    """Recorded reasons for leaving a member out of 应到 (DOMAIN.md)."""

    ILLNESS = "illness"  # 患病不能表达本人意志
    ABROAD = "abroad"  # 出国（境）半年以上
    DETAINED = "detained"  # 受刑事处罚或被羁押
    BEDRIDDEN = "bedridden"  # 年老体弱卧床不起
    AWAY = "away"  # 外出工作学习半年以上且未转组织关系


EXCLUSION_REASON_NAMES = {
    ExclusionReason.ILLNESS: "患病不能表达本人意志",
    ExclusionReason.ABROAD: "出国（境）半年以上",
    ExclusionReason.DETAINED: "正在服刑或被羁押",
    ExclusionReason.BEDRIDDEN: "年老体弱卧床不起",
    ExclusionReason.AWAY: "外出工作学习半年以上且未转组织关系",
}


class LeftStatus(str, enum.Enum):
    """How a member left the branch; a dated status, never a deletion."""

    TRANSFERRED = "transferred"  # 转出
    DECEASED = "deceased"  # 去世
    EXPELLED = "expelled"  # 开除党籍
    REMOVED = "removed"  # 出党（除名、劝退）
    SUSPENDED = "suspended"  # 停止党籍


LEFT_STATUS_NAMES = {
    LeftStatus.TRANSFERRED: "转出",
    LeftStatus.DECEASED: "去世",
    LeftStatus.EXPELLED: "开除党籍",
    LeftStatus.REMOVED: "出党",
    LeftStatus.SUSPENDED: "停止党籍",
}

#: Positions that make a member a branch committee member (支委).
COMMITTEE_POSITIONS = ("书记", "副书记", "组织委员", "宣传委员", "纪检委员", "委员")


def enum_by_name(enum_cls, names: dict, text: str):
    """The enum member whose Chinese name or key is ``text``, else None."""
    text = (text or "").strip()
    for member, name in names.items():
        if text in (name, member.value):
            return member
    return None


@dataclass
class Member:
    """One Party member of the roster (党员名册)."""

    name: str = ""  # 姓名
    join_date: date | None = None  # 入党日期 (政治生日)
    gender: str = ""  # 性别: 男 / 女
    ethnicity: str = ""  # 民族
    birth_date: date | None = None  # 出生日期
    id_number: str = ""  # 身份证号
    education: str = ""  # 学历
    phone: str = ""  # 手机号码
    full_date: date | None = None  # 转正日期
    category: Category = Category.FULL  # 人员类别
    probation_extension_months: int = 0  # 延长预备期 (0, or 6-12)
    group_id: str | None = None  # 党小组
    position: str = ""  # 职务 (书记, 组织委员...)
    workplace: str = ""  # 工作单位及职务
    note: str = ""  # 备注
    excluded_reason: ExclusionReason | None = None  # 不计入应到 reason
    excluded_from: date | None = None
    excluded_to: date | None = None
    discipline_from: date | None = None  # 留党察看 from
    discipline_to: date | None = None  # 留党察看 to
    left_status: LeftStatus | None = None  # 转出, 去世...
    left_date: date | None = None
    left_note: str = ""
    id: str | None = None
    branch_id: str | None = None
    version: int = 0

    @property
    def is_committee(self) -> bool:
        """A branch committee member (支委)."""
        return any(p in (self.position or "") for p in COMMITTEE_POSITIONS)

    def is_active(self, on: date) -> bool:
        """Still a member of the branch on ``on`` (not transferred out etc.)."""
        return self.left_status is None or (self.left_date is not None and self.left_date > on)

    def is_excluded(self, on: date) -> bool:
        """Left out of 应到 on ``on`` for a recorded reason."""
        if self.excluded_reason is None:
            return False
        if self.excluded_from and on < self.excluded_from:
            return False
        if self.excluded_to and on > self.excluded_to:
            return False
        return True

    def under_discipline(self, on: date) -> bool:
        """Under 留党察看 on ``on``."""
        if self.discipline_from is None:
            return False
        return self.discipline_from <= on and (self.discipline_to is None or on <= self.discipline_to)

    def is_probationary(self, on: date) -> bool:
        """预备党员 on ``on``: no 转正日期 yet, or 转正 later than ``on``."""
        if self.category == Category.PROBATIONARY:
            return True
        return self.full_date is not None and self.full_date > on

    def can_vote(self, on: date) -> bool:
        """有表决权: full members not under 留党察看."""
        return not self.is_probationary(on) and not self.under_discipline(on)


MEMBER_FIELDS = tuple(f.name for f in fields(Member))


@dataclass
class Group:
    """A 党小组 inside a branch."""

    name: str
    id: str | None = None
    branch_id: str | None = None
    leader_id: str | None = None
    version: int = 0


@dataclass
class Branch:
    """An organisation: a 党支部, 党总支 or the township itself."""

    name: str
    code: str
    kind: OrgKind = OrgKind.BRANCH
    parent_id: str | None = None
    township_name: str = ""
    township_code: str = ""
    id: str | None = None
    version: int = 0


@dataclass
class Problem:
    """One validation problem, shown at the field it concerns."""

    field: str
    message: str


@dataclass
class Changes:
    """What a core write changed, so that the GUI knows which pages reload."""

    org: bool = False
    members: bool = False
    meetings: bool = False
    settings: bool = False
    details: list[str] = field(default_factory=list)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            org=self.org or other.org,
            members=self.members or other.members,
            meetings=self.meetings or other.meetings,
            settings=self.settings or other.settings,
            details=self.details + other.details,
        )

    def __bool__(self) -> bool:
        return self.org or self.members or self.meetings or self.settings
