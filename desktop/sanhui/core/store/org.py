"""The file's identity and organisation: its role, its branch (or township), 党小组."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sanhui import __version__
from sanhui.core.model import Branch, Group, OrgKind, Role
from sanhui.core.store.database import Database
from sanhui.core.store.db import open_db
from sanhui.core.store.rows import get_row, insert_row, new_id, now_iso, update_row
from sanhui.core.validation import MAX_GROUP_NAME_LENGTH
from sanhui.errors import AlreadyExists, InvalidInput, NotSanhuiFile

CODE_PATTERN = re.compile(r"^[0-9A-Za-z-]{2,32}$")


@dataclass
class FileInfo:
    role: Role
    org_id: str
    created_at: str


def _check_names(name: str, code: str, what: str) -> None:
    if not name.strip():
        raise InvalidInput(f"请填写{what}名称。")
    if len(name.strip()) > 60:
        raise InvalidInput(f"{what}名称太长（最多 60 个字）。")
    if not CODE_PATTERN.match(code.strip()):
        raise InvalidInput(f"{what}代码“{code}”不对：只能用 2～32 位数字、字母或“-”，例如 330102001。")


def create_file(
    path: str | Path,
    role: Role | str,
    name: str,
    code: str,
    township_name: str = "",
    township_code: str = "",
    kind: OrgKind = OrgKind.BRANCH,
) -> Database:
    """Make a new data file for a branch or a township. Refuses an existing file."""
    path = Path(path)
    role = Role(role)
    if path.exists() and path.stat().st_size > 0:
        raise AlreadyExists(f"文件“{path}”已经存在，程序没有改动它。请换一个文件名，或直接打开它。")
    _check_names(name, code, "支部" if role == Role.BRANCH else "乡镇党委")
    if township_code:
        _check_names(township_name or "乡镇", township_code, "乡镇党委")
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_db(path, create=True)
    org_id = new_id()
    if role == Role.TOWNSHIP:
        kind = OrgKind.TOWNSHIP
        township_name, township_code = name, code
    with db.atomic():
        insert_row(
            db,
            "orgs",
            {
                "branch_id": org_id,
                "kind": kind.value,
                "name": name.strip(),
                "code": code.strip(),
                "township_name": township_name.strip(),
                "township_code": township_code.strip(),
            },
            row_id=org_id,
        )
        db.execute(
            "INSERT INTO file_info (id, role, org_id, created_at, created_by_version) VALUES (1, ?, ?, ?, ?)",
            [role.value, org_id, now_iso(), __version__],
        )
        from sanhui.core.exchange.keys import create_keys

        create_keys(db)  # the file's own signing and exchange keys (数据交换)
    return db


def file_info(db: Database) -> FileInfo:
    rows = list(db.query("SELECT role, org_id, created_at FROM file_info WHERE id = 1"))
    if not rows:
        raise NotSanhuiFile("这个数据文件还没有设置支部信息。请用“新建”重新创建，或选择另一个文件。")
    return FileInfo(Role(rows[0]["role"]), rows[0]["org_id"], rows[0]["created_at"])


def _branch(row: dict) -> Branch:
    return Branch(
        name=row["name"],
        code=row["code"],
        kind=OrgKind(row["kind"]),
        parent_id=row["parent_id"],
        township_name=row["township_name"],
        township_code=row["township_code"],
        id=row["id"],
        version=row["version"],
    )


def home_org(db: Database) -> Branch:
    """The branch (or township) this file belongs to."""
    return get_org(db, file_info(db).org_id)


def get_org(db: Database, org_id: str) -> Branch:
    """An organisation held in this file: its own, or (in a township file) one of its branches."""
    return _branch(get_row(db, "orgs", org_id))


def update_org(db: Database, org_id: str, name: str, code: str,
               township_name: str = "", township_code: str = "") -> bool:
    _check_names(name, code, "支部")
    with db.atomic():
        return bool(
            update_row(
                db,
                "orgs",
                org_id,
                {"name": name.strip(), "code": code.strip(), "township_name": township_name.strip(),
                 "township_code": township_code.strip()},
            )
        )


_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)}


def group_sort_key(name: str) -> tuple:
    """第二党小组 before 第十党小组: Chinese numerals (up to 九十九) and digits compared as numbers."""
    match = re.search(r"[0-9]{1,9}|[零一二三四五六七八九十]{1,9}", name)  # bounded: no huge int from a long name
    if not match:
        return (1, name)
    text = match.group()
    if text.isdigit():
        number = int(text)
    elif "十" in text:
        tens, _, units = text.partition("十")
        number = (_NUMERALS.get(tens, 1) if tens else 1) * 10 + (_NUMERALS.get(units, 0) if units else 0)
    else:
        number = int("".join(str(_NUMERALS[c]) for c in text))
    return (0, name[: match.start()], number, name)


def list_groups(db: Database, branch_id: str) -> list[Group]:
    """The branch's 党小组 in their natural order (第一, 第二 … 第十)."""
    groups = [
        Group(name=r["name"], id=r["id"], branch_id=r["branch_id"], leader_id=r["leader_id"], version=r["version"])
        for r in db.query("SELECT * FROM groups WHERE branch_id = ? AND deleted_at IS NULL", [branch_id])
    ]
    return sorted(groups, key=lambda g: group_sort_key(g.name))


def ensure_group(db: Database, branch_id: str, name: str) -> str:
    """The id of the 党小组 called ``name``, created if it does not exist yet."""
    name = name.strip()
    if not name:
        raise InvalidInput("党小组名称不能为空。")
    if len(name) > MAX_GROUP_NAME_LENGTH:
        raise InvalidInput(f"党小组名称太长（最多 {MAX_GROUP_NAME_LENGTH} 个字），请改短一些。")
    rows = list(
        db.query(
            "SELECT id FROM groups WHERE branch_id = ? AND name = ? AND deleted_at IS NULL", [branch_id, name]
        )
    )
    if rows:
        return rows[0]["id"]
    return insert_row(db, "groups", {"branch_id": branch_id, "name": name})
