"""`sanhui check`: integrity, foreign keys, orphans and schema version, with what to do."""
from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from sanhui.core.store.db import current_version, schema_version


@dataclass
class Finding:
    ok: bool
    what: str  # Chinese: what was checked / found
    todo: str = ""  # Chinese: what to do about it


def check_db(db: sqlite_utils.Database) -> list[Finding]:
    findings = []
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if result == ["ok"]:
        findings.append(Finding(True, "文件完整性检查通过"))
    else:
        findings.append(
            Finding(False, f"文件完整性有 {len(result)} 处问题：{result[0]}", "请立即从最近的备份恢复（设置 → 备份与恢复），并把日志交给技术人员。")
        )
    bad_keys = db.execute("PRAGMA foreign_key_check").fetchall()
    if bad_keys:
        tables = sorted({r[0] for r in bad_keys})
        findings.append(
            Finding(False, f"有 {len(bad_keys)} 条记录引用了不存在的数据（{'、'.join(tables)}）", "请从备份恢复，或联系技术人员。")
        )
    else:
        findings.append(Finding(True, "数据之间的引用完整"))
    orphans = db.execute(
        "SELECT count(*) FROM members m JOIN groups g ON g.id = m.group_id "
        "WHERE m.deleted_at IS NULL AND g.deleted_at IS NOT NULL"
    ).fetchone()[0]
    if orphans:
        findings.append(Finding(False, f"有 {orphans} 名党员所在的党小组已被删除", "请在“党员”页面为他们重新选择党小组。"))
    else:
        findings.append(Finding(True, "党员与党小组对应正确"))
    version, known = current_version(db), schema_version()
    if version == known:
        findings.append(Finding(True, f"数据格式版本 {version}，与本程序一致"))
    else:
        findings.append(Finding(False, f"数据格式版本 {version}，本程序为 {known}", "请重新打开程序以完成升级。"))
    return findings
