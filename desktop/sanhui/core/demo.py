"""Demo files: a realistic village branch, or a township with its branches, deterministic by seed."""
from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from sanhui.core.model import OrgKind, Role
from sanhui.core.store.database import Database
from sanhui.core.store.org import create_file, ensure_group, file_info
from sanhui.core.store.rows import insert_row, new_id
from sanhui.core.synth import make_members, to_member

VILLAGES = "青山 石桥 柳塘 杏花 白沙 东岭 河湾 枫林 大田 龙井 桃源 新安 上坪 下庄 松岗 竹园 梅溪 黄泥 双溪 古城".split()


def branch_name(index: int) -> str:
    base = VILLAGES[index % len(VILLAGES)]
    suffix = "" if index < len(VILLAGES) else str(index // len(VILLAGES) + 1)
    return f"中共{base}{suffix}村支部委员会"


def add_members(db: Database, branch_id: str, count: int, seed: int, today: date) -> None:
    """``count`` synthetic members in three 党小组, written directly (they are valid by construction)."""
    from sanhui.core.store.members import member_values

    for row in make_members(count, seed=seed, today=today):
        member = to_member(row)
        member.branch_id = branch_id
        member.group_id = ensure_group(db, branch_id, row["党小组"]) if row["党小组"] else None
        insert_row(db, "members", member_values(member))


def create_demo(
    path: str | Path, branches: int = 0, years: int = 1, seed: int = 1, today: date | None = None,
    name: str = "中共青山村支部委员会", code: str = "330102001",
) -> Database:
    """A new demo file at ``path``: one branch (``branches`` 0) or a township with that many branches.

    ``name`` and ``code``: the branch of a one-branch file (several demo branches of one township).
    """
    today = today or date.today()
    rng = random.Random(seed)
    if branches <= 0:
        db = create_file(path, Role.BRANCH, name, code, "中共青山镇委员会", "330102")
        branch_id = file_info(db).org_id
        with db.atomic():
            add_members(db, branch_id, 60, seed, today)
        _add_meetings(db, branch_id, years, seed, today)
        return db
    db = create_file(path, Role.TOWNSHIP, "中共青山镇委员会", "330102")
    township_id = file_info(db).org_id
    with db.atomic():
        for index in range(branches):
            branch_id = new_id()
            insert_row(
                db,
                "orgs",
                {
                    "branch_id": branch_id,
                    "kind": OrgKind.BRANCH.value,
                    "name": branch_name(index),
                    "code": f"330102{index + 1:03d}",
                    "parent_id": township_id,
                    "township_name": "中共青山镇委员会",
                    "township_code": "330102",
                },
                row_id=branch_id,
            )
            add_members(db, branch_id, rng.randint(15, 120), seed * 1000 + index, today)
    for branch in list(db.query("SELECT id FROM orgs WHERE kind = 'branch'")):
        _add_meetings(db, branch["id"], years, seed, today)
    return db


def _add_meetings(db: Database, branch_id: str, years: int, seed: int, today: date) -> None:
    """``years`` of meeting records up to ``today``."""
    from sanhui.core.synth_meetings import add_demo_meetings

    add_demo_meetings(db, branch_id, years=years, seed=seed, today=today)
