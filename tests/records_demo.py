"""A demo branch (60 members, a year of records up to TODAY) plus one record that has everything:
guests, agenda, long minutes, votes (one with a written opinion, one that fails), a 补开 mark, a
photo, a 补学, and a dated correction after finalising. Built once per session, copied per use."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from common import TODAY

RICH_DAY = date(2026, 11, 20)
RICH_TOPIC = "讨论接收预备党员和村道硬化工程"
RICH_PLACE = "村党群服务中心二楼会议室"
CORRECTED_PLACE = "村委会三楼会议室"
CORRECTION_REASON = "记录时写错了会议地点和一名党员的出席情况"
GUESTS = (("赵立新", "镇党委组织委员"), ("孙永红", "村务监督委员会主任"))
AGENDA = ["传达学习上级精神", "讨论接收预备党员", "讨论村道硬化工程"]
DECISIONS = ["同意接收一名同志为中共预备党员，报镇党委审批。", "村道硬化工程暂缓提交村民代表会议，修改方案后再议。"]
PHOTO_CAPTION = "党员大会现场（表决）"
MAKEUP_METHOD = "自学会议记录并谈体会"
SPEECH = ("同志发言：要把学习成果落实到为群众办实事上，党员要带头参加人居环境整治，带头调解邻里矛盾，"
          "带头发展庭院经济。村里道路修补和路灯维护要列入近期工作，做好群众解释工作，"
          "老党员要发挥余热，多参与矛盾调解和邻里互助，年轻党员要在防汛和安全生产中冲在前面。")


@dataclass
class Demo:
    path: Path
    branch_id: str
    rich_id: str  # the final record with everything
    corrected_member: str  # the member whose attendance was corrected (absent -> leave)
    makeup_member: str


_TEMPLATE: tuple[Path, Demo] | None = None


def _build(folder: Path) -> Demo:
    from sanhui.core.demo import create_demo
    from sanhui.core.documents.sample import sample_photo
    from sanhui.core.model import Attendance, Guest, MeetingType, Vote, VoteKind
    from sanhui.core.rules import expected_members
    from sanhui.core.store.attendance import set_makeup
    from sanhui.core.store.finalize import correct, finalize
    from sanhui.core.store.meetings import create_meeting, get_meeting
    from sanhui.core.store.members import list_members
    from sanhui.core.store.org import file_info
    from sanhui.core.store.photos import add_photo
    from sanhui.core.store.settings import set_setting

    path = folder / "demo.db"
    db = create_demo(path, today=TODAY)
    branch_id = file_info(db).org_id
    set_setting(db, branch_id, "record_keeper", "严平东")
    members = list_members(db, branch_id)
    expected = expected_members(MeetingType.GENERAL_MEETING, members, RICH_DAY)
    voting = [m for m in expected if m.can_vote(RICH_DAY)]
    leave, absent = voting[:3], voting[3:5]
    statuses = {m.id: (Attendance.PRESENT, "") for m in expected}
    statuses.update({m.id: (Attendance.LEAVE, reason) for m, reason in zip(leave, ("外出务工", "住院治疗", "在外地看病"))})
    statuses.update({m.id: (Attendance.ABSENT, "") for m in absent})
    present_voting = len(voting) - 5
    committee = [m for m in members if m.is_committee]
    content = "\n".join(f"{m.name}{SPEECH}" for m in expected[:14])
    meeting_id = create_meeting(
        db, branch_id, MeetingType.GENERAL_MEETING, RICH_DAY, members=members, statuses=statuses,
        topic=RICH_TOPIC, start_time="09:00", end_time="11:30", place=RICH_PLACE, host=committee[0].name,
        recorder=committee[1].name, agenda=AGENDA, content=content, decisions=DECISIONS, for_period="2026-Q3",
        guests=[Guest(name, role) for name, role in GUESTS],
        votes=[Vote("接收入党积极分子为中共预备党员", present_voting, 1, 0, kind=VoteKind.ADMISSION, written=1),
               Vote("村道硬化工程提交村民代表会议审议", 10, present_voting - 12, 2)],
    )
    add_photo(db, meeting_id, sample_photo(), PHOTO_CAPTION)
    finalize(db, meeting_id, TODAY)
    record = get_meeting(db, meeting_id)
    row = next(r for r in record.attendance if r.member_id == leave[0].id)
    set_makeup(db, row.id, date(2026, 11, 22), MAKEUP_METHOD)
    correct(db, meeting_id, {"place": CORRECTED_PLACE,
                             "attendance": {absent[0].id: {"status": "leave", "reason": "突发疾病"}}},
            CORRECTION_REASON)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return Demo(path, branch_id, meeting_id, absent[0].name, leave[0].name)


def demo_copy(folder: Path) -> Demo:
    """A fresh copy of the session's demo file in ``folder``."""
    global _TEMPLATE
    if _TEMPLATE is None:
        template_dir = Path(tempfile.mkdtemp(prefix="sanhui-demo-"))
        atexit.register(shutil.rmtree, template_dir, True)
        old_home = os.environ.get("SANHUI_HOME")
        os.environ["SANHUI_HOME"] = str(template_dir / "home")
        try:
            _TEMPLATE = (template_dir / "demo.db", _build(template_dir))
        finally:
            if old_home is None:
                os.environ.pop("SANHUI_HOME", None)
            else:
                os.environ["SANHUI_HOME"] = old_home
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "demo.db"
    shutil.copyfile(_TEMPLATE[0], target)
    demo = _TEMPLATE[1]
    return Demo(target, demo.branch_id, demo.rich_id, demo.corrected_member, demo.makeup_member)
