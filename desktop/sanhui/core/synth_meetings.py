"""Synthetic meeting records for the demo file and the benchmarks: a branch's required meetings of a year.

Every required meeting of each past period is held (a few are missed on
purpose), with realistic topics, minutes, attendance, decisions and votes;
records before ``today`` are finalised, the current month's are drafts.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from sanhui.core.model import Attendance, MeetingType, Member, Vote, VoteKind
from sanhui.core.plan import RuleSettings, period_bounds, periods_of_year, theme_day_date
from sanhui.core.rules import expected_members
from sanhui.core.store.database import Database
from sanhui.core.store.finalize import finalize
from sanhui.core.store.meetings import create_meeting
from sanhui.core.store.members import list_members
from sanhui.core.store.org import list_groups

PLACE = "村党群服务中心会议室"
STUDY_TOPICS = (
    "学习党的二十届四中全会精神",
    "学习《中国共产党农村基层组织工作条例》",
    "学习习近平总书记关于“三农”工作的重要论述",
    "学习《中国共产党纪律处分条例》",
    "学习党史，传承红色基因",
    "学习乡村振兴有关政策",
    "学习《中国共产党支部工作条例（试行）》",
    "学习防汛防台和安全生产知识",
)
COMMITTEE_TOPICS = (
    "研究本月主题党日活动安排",
    "研究村集体经济项目推进工作",
    "研究发展党员工作计划",
    "研究人居环境整治工作",
    "研究防汛和安全生产工作",
    "研究困难党员和群众走访慰问",
    "研究党费收缴和使用情况",
    "研究村级重大事项“四议两公开”提请事项",
)
THEMES = (
    ("重温入党誓词，过政治生日", "组织生活"),
    ("党员志愿服务进网格", "志愿服务"),
    ("学习身边榜样，争做合格党员", "学习"),
    ("村级事务民主议事", "民主议事"),
    ("人居环境整治志愿行动", "志愿服务"),
    ("学习贯彻全会精神专题学习", "学习"),
)
LEAVE_REASONS = ("外出务工", "身体不适", "家中有事", "在外地看病", "参加镇里培训")
SPEECH = (
    "{host}同志传达了上级有关文件精神，结合本村实际提出了具体要求。",
    "{a}同志发言：要把学习成果落实到为群众办实事上，党员要带头。",
    "{b}同志发言：建议把村里道路修补和路灯维护列入近期工作，做好群众解释工作。",
    "{c}同志发言：老党员要发挥余热，多参与矛盾调解和邻里互助。",
    "会议对近期工作进行了讨论，大家一致同意按照分工抓好落实。",
    "{host}同志作总结讲话，要求各党小组做好缺席党员的补学工作，按时完成本月各项任务。",
)


def minutes_text(rng: random.Random, host: str, names: list[str], paragraphs: int) -> str:
    picks = rng.sample(names, k=min(3, len(names))) + [host] * 3
    lines = [line.format(host=host, a=picks[0], b=picks[1], c=picks[2]) for line in SPEECH]
    body = lines[:1] + rng.sample(lines[1:-1], k=min(len(lines) - 2, paragraphs)) + lines[-1:]
    return "\n".join(body)


def attendance_statuses(rng: random.Random, expected: list[Member], attendance_rate: float) -> dict:
    result = {}
    for member in expected:
        roll = rng.random()
        if roll < attendance_rate:
            result[member.id] = (Attendance.PRESENT, "")
        elif roll < attendance_rate + (1 - attendance_rate) * 0.7:
            result[member.id] = (Attendance.LEAVE, rng.choice(LEAVE_REASONS))
        else:
            result[member.id] = (Attendance.ABSENT, "")
    return result


def add_demo_meetings(
    db: Database, branch_id: str, years: int = 1, seed: int = 1, today: date | None = None,
    skip_rate: float = 0.05,
) -> int:
    """Hold the required meetings of the last ``years`` years up to ``today``; returns how many were made."""
    today = today or date.today()
    rng = random.Random(seed)
    members = list_members(db, branch_id)
    committee = [m for m in members if m.is_committee]
    secretary = next((m.name for m in committee if "书记" == m.position), committee[0].name if committee else "")
    recorder = next((m.name for m in committee if "组织委员" in m.position), secretary)
    groups = list_groups(db, branch_id)
    settings = RuleSettings()
    made = 0
    with db.atomic():
        for year in range(today.year - years + 1, today.year + 1):
            for meeting_type in (MeetingType.COMMITTEE, MeetingType.THEME_DAY, MeetingType.GENERAL_MEETING,
                                 MeetingType.PARTY_LECTURE, MeetingType.GROUP_MEETING, MeetingType.ORG_LIFE,
                                 MeetingType.DEMOCRATIC_REVIEW):
                cadence = settings.cadence(meeting_type)
                for period in periods_of_year(year, cadence):
                    first, last = period_bounds(period)
                    if first > today or rng.random() < skip_rate:
                        continue
                    for group in groups if meeting_type == MeetingType.GROUP_MEETING else [None]:
                        on = meeting_day(rng, meeting_type, first, last, settings)
                        if on > today:
                            continue
                        hold_meeting(db, rng, branch_id, meeting_type, on, group, members, secretary, recorder, today)
                        made += 1
            _talks(db, rng, branch_id, year, members, committee, today)
    return made


TALK_LINES = (
    "交流近期思想和家庭情况，鼓励其发挥党员先锋模范作用。",
    "听取对村里人居环境整治工作的意见建议。",
    "了解外出务工情况，提醒按时参加组织生活、缴纳党费。",
    "谈心交流，帮助解决看病就医的实际困难。",
)


def _talks(db, rng, branch_id, year, members, committee, today) -> None:
    """The committee talks with about two thirds of the members over the year."""
    from sanhui.core.store.talks import add_talk

    if not committee:
        return
    for member in members:
        if member.is_committee or rng.random() > 0.66:
            continue
        on = date(year, rng.randint(1, 12), rng.randint(1, 28))
        if on > today or (member.join_date and member.join_date > on):
            continue
        add_talk(db, branch_id, on, rng.choice(committee).id, rng.choice(TALK_LINES), other_id=member.id)


def meeting_day(rng: random.Random, meeting_type: MeetingType, first: date, last: date, settings) -> date:
    if meeting_type == MeetingType.THEME_DAY:
        return theme_day_date(first.year, first.month, settings)
    if meeting_type in (MeetingType.ORG_LIFE, MeetingType.DEMOCRATIC_REVIEW):
        return date(first.year, 12, 20) if meeting_type == MeetingType.ORG_LIFE else date(first.year, 12, 21)
    span = (last - first).days
    return first + timedelta(days=rng.randint(min(span, 2), min(span, 25)))


def meeting_fields(rng: random.Random, meeting_type: MeetingType, on: date, group_name: str | None,
                   names: list[str], secretary: str, recorder: str) -> dict:
    """Topic, times, place, host, recorder, agenda, decisions and the type's own fields of one record
    (no minutes text, no votes): shared by the demo and the bulk benchmark generator."""
    start = "09:00" if rng.random() < 0.6 else "19:30"
    fields = {"start_time": start, "end_time": "11:00" if start == "09:00" else "21:00", "place": PLACE,
              "host": names[0] if group_name else secretary, "recorder": recorder, "agenda": [], "decisions": [],
              "lecturer": "", "title": "", "hours": None, "theme": "", "form": ""}
    topic = rng.choice(STUDY_TOPICS)
    if meeting_type == MeetingType.COMMITTEE:
        topic = rng.choice(COMMITTEE_TOPICS)
        fields["agenda"] = [topic, "通报上月工作完成情况", "安排下月重点工作"]
        fields["decisions"] = [f"同意{topic[2:]}的安排，由{rng.choice(names)}同志牵头落实。"]
    elif meeting_type == MeetingType.GENERAL_MEETING:
        fields["agenda"] = ["传达学习上级精神", "通报支部近期工作", "讨论村级重大事项"]
        fields["decisions"] = ["同意将村道硬化工程提交村民代表会议审议。"]
    elif meeting_type == MeetingType.PARTY_LECTURE:
        fields.update(lecturer=secretary, title=topic.replace("学习", "深入学习"), hours=2.0)
    elif meeting_type == MeetingType.THEME_DAY:
        topic, form = rng.choice(THEMES)
        fields.update(theme=topic, form=form, hours=2.0)
    elif meeting_type == MeetingType.ORG_LIFE:
        topic = f"{on.year}年度组织生活会"
        fields["agenda"] = ["支部班子对照检查", "党员开展批评和自我批评", "确定整改措施"]
    elif meeting_type == MeetingType.DEMOCRATIC_REVIEW:
        topic = f"{on.year}年度民主评议党员"
    elif meeting_type == MeetingType.GROUP_MEETING:
        topic = f"{group_name}{rng.choice(STUDY_TOPICS)}"
    fields["topic"] = topic
    return fields


def hold_meeting(db, rng, branch_id, meeting_type, on, group, members, secretary, recorder, today) -> str:
    expected = expected_members(meeting_type, members, on, group.id if group else None)
    statuses = attendance_statuses(rng, expected, 0.92 if meeting_type == MeetingType.COMMITTEE else 0.8)
    names = [m.name for m in expected] or [secretary]
    fields = meeting_fields(rng, meeting_type, on, group.name if group else None, names, secretary, recorder)
    votes: list[Vote] = []
    if meeting_type == MeetingType.GENERAL_MEETING:
        present_voting = sum(
            1 for m in expected if statuses[m.id][0] == Attendance.PRESENT and m.can_vote(on)
        )
        against = rng.randint(0, 1)
        votes = [Vote(motion="村道硬化工程提交村民代表会议审议", votes_for=present_voting - against,
                      votes_against=against, abstain=0, kind=VoteKind.MOTION)]
    fields["content"] = minutes_text(rng, fields["host"], names, rng.randint(2, 4))
    meeting_id = create_meeting(
        db, branch_id, meeting_type, on, group.id if group else None, members=members, statuses=statuses,
        votes=votes, **fields,
    )
    if on.year < today.year or (on.month < today.month and on.year == today.year):
        finalize(db, meeting_id, today)
    return meeting_id

