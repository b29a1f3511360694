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


# ---------------------------------------------------------------- meeting records (会议记录)


class MeetingStatus(str, enum.Enum):
    DRAFT = "draft"  # 草稿
    FINAL = "final"  # 已定稿 (locked)
    RETURNED = "returned"  # 被乡镇退回 (still locked: changed only by a dated correction)


MEETING_STATUS_NAMES = {MeetingStatus.DRAFT: "草稿", MeetingStatus.FINAL: "已定稿", MeetingStatus.RETURNED: "已退回"}


class VoteKind(str, enum.Enum):
    MOTION = "motion"  # 议题表决
    ADMISSION = "admission"  # 接收预备党员
    CONFIRMATION = "confirmation"  # 预备党员转正
    ELECTION = "election"  # 选举


VOTE_KIND_NAMES = {
    VoteKind.MOTION: "表决",
    VoteKind.ADMISSION: "接收预备党员",
    VoteKind.CONFIRMATION: "预备党员转正",
    VoteKind.ELECTION: "选举",
}

#: The usual forms of a 主题党日 (others are allowed).
THEME_DAY_FORMS = ("学习", "组织生活", "民主议事", "志愿服务")


@dataclass
class AttendanceRow:
    """One expected member (应到) of one meeting; ``status`` None = not marked yet (counts as absent)."""

    member_id: str
    member_name: str  # frozen when the row is made: the roster changes, the record does not
    status: Attendance | None = None
    reason: str = ""  # 请假/缺席 reason
    voting: bool | None = None  # 有表决权, frozen when the record is finalised
    makeup_date: date | None = None  # 补学 date
    makeup_method: str = ""  # 补学 how (自学, 集中补课...)
    id: str | None = None


@dataclass
class Guest:
    """A person at the meeting who is not one of its members (列席, township staff)."""

    name: str
    role: str = ""
    id: str | None = None


@dataclass
class Vote:
    """One vote (表决) of a meeting: for / against / abstain, written opinions (书面意见) included."""

    motion: str
    votes_for: int = 0
    votes_against: int = 0
    abstain: int = 0
    kind: VoteKind = VoteKind.MOTION
    candidate_id: str | None = None  # the member admitted, confirmed or elected
    written: int = 0  # 书面意见 counted, from absent voting members
    id: str | None = None


@dataclass
class PhotoInfo:
    """A photo of a meeting without its bytes (store.photos.photo_data / photo_thumb load them)."""

    id: str
    caption: str = ""
    width: int = 0
    height: int = 0


@dataclass
class MeetingRecord:
    """One meeting record (会议记录) with its attendance, guests, votes and photos."""

    type: MeetingType
    date: date
    branch_id: str | None = None
    group_id: str | None = None  # 党小组, for group meetings
    topic: str = ""  # 议题/主题
    start_time: str = ""  # HH:MM
    end_time: str = ""
    place: str = ""
    host: str = ""  # 主持人 (a name)
    recorder: str = ""  # 记录人 (a name)
    agenda: list[str] = field(default_factory=list)  # 议程
    content: str = ""  # the minutes
    decisions: list[str] = field(default_factory=list)  # 决议
    no_decision_reason: str = ""  # why a 党员大会/支委会 decided nothing
    lecturer: str = ""  # 授课人 (党课)
    title: str = ""  # 党课 title
    hours: float | None = None  # 学时
    theme: str = ""  # 主题党日 theme
    form: str = ""  # 主题党日 form (THEME_DAY_FORMS)
    for_period: str | None = None  # 补开: the period it is held for ("2026-Q1")
    status: MeetingStatus = MeetingStatus.DRAFT
    finalized_at: str | None = None
    fingerprint: str | None = None
    returned_comment: str = ""  # the township's comment when it returned the record (退回)
    township_theme_id: str | None = None
    attendance: list[AttendanceRow] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    photos: list[PhotoInfo] = field(default_factory=list)
    id: str | None = None
    version: int = 0

    @property
    def locked(self) -> bool:
        """Finalised (or returned): changed only through a correction with a reason."""
        return self.status != MeetingStatus.DRAFT

    @property
    def photo_ids(self) -> list[str]:
        return [p.id for p in self.photos]


@dataclass
class Talk:
    """One 谈心谈话: a member and the other party (a member, or a named person)."""

    date: date
    member_id: str | None
    content: str = ""
    other_id: str | None = None
    other_name: str = ""
    branch_id: str | None = None
    id: str | None = None
    version: int = 0
