"""`sanhui check` and the 数据检查 page: integrity, foreign keys, orphans and schema version, with what to do."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sanhui.core.store.database import Database
from sanhui.core.store.db import current_version, schema_version


@dataclass
class Finding:
    ok: bool
    what: str  # Chinese: what was checked / found
    todo: str = ""  # Chinese: what to do about it


RESTORE_ADVICE = "请在“数据检查”页从最近的备份恢复，并把日志交给乡镇的技术人员。"
HARMLESS_ADVICE = "这些记录不会显示，也不计入统计，可以不处理；如果这个数字不断增加，请联系乡镇的技术人员。"


@dataclass(frozen=True)
class OrphanCheck:
    """Rows still in use whose parent is deleted or missing: the SQL counts them."""

    sql: str
    found: str  # "{n}" is replaced by the count
    ok: str
    todo: str
    needs: tuple[str, ...] = ()  # tables the check reads (skipped on a file that lacks them)


ORPHAN_CHECKS = (
    OrphanCheck(
        "SELECT count(*) FROM members m JOIN groups g ON g.id = m.group_id "
        "WHERE m.deleted_at IS NULL AND g.deleted_at IS NOT NULL",
        "有 {n} 名党员所在的党小组已被删除", "党员与党小组对应正确",
        "请在“党员”页面为他们重新选择党小组。", ("members", "groups")),
    OrphanCheck(
        "SELECT count(*) FROM attendance a LEFT JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NOT NULL)",
        "有 {n} 条签到记录属于已删除的会议", "签到记录都属于现有的会议", HARMLESS_ADVICE, ("attendance", "meetings")),
    OrphanCheck(
        "SELECT count(*) FROM photos p LEFT JOIN meetings m ON m.id = p.meeting_id "
        "WHERE p.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NOT NULL)",
        "有 {n} 张照片属于已删除的会议", "照片都属于现有的会议",
        "这些照片仍占用文件空间，但不会显示；如需清理请联系乡镇的技术人员。", ("photos", "meetings")),
    OrphanCheck(
        "SELECT (SELECT count(*) FROM guests c LEFT JOIN meetings m ON m.id = c.meeting_id "
        "        WHERE c.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NOT NULL))"
        "     + (SELECT count(*) FROM votes c LEFT JOIN meetings m ON m.id = c.meeting_id "
        "        WHERE c.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NOT NULL))",
        "有 {n} 条列席人员或表决记录属于已删除的会议", "列席人员和表决记录都属于现有的会议", HARMLESS_ADVICE,
        ("guests", "votes", "meetings")),
    OrphanCheck(
        "SELECT count(*) FROM meetings m LEFT JOIN orgs o ON o.id = m.branch_id "
        "WHERE m.deleted_at IS NULL AND (o.id IS NULL OR o.deleted_at IS NOT NULL)",
        "有 {n} 条会议记录所属的支部不明", "会议记录都属于已知的支部", RESTORE_ADVICE, ("meetings", "orgs")),
    OrphanCheck(
        "SELECT count(*) FROM members m LEFT JOIN orgs o ON o.id = m.branch_id "
        "WHERE m.deleted_at IS NULL AND (o.id IS NULL OR o.deleted_at IS NOT NULL)",
        "有 {n} 名党员所属的支部不明", "党员都属于已知的支部", RESTORE_ADVICE, ("members", "orgs")),
)


def _integrity(db: Database) -> Finding:
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if result == ["ok"]:
        return Finding(True, "文件完整性检查通过")
    return Finding(False, f"文件完整性有 {len(result)} 处问题：{result[0]}",
                   "请立即从最近的备份恢复（数据检查 → 备份与恢复），并把日志交给乡镇的技术人员。")


def _foreign_keys(db: Database) -> Finding:
    bad_keys = db.execute("PRAGMA foreign_key_check").fetchall()
    if not bad_keys:
        return Finding(True, "数据之间的引用完整")
    tables = sorted({r[0] for r in bad_keys})
    return Finding(False, f"有 {len(bad_keys)} 条记录引用了不存在的数据（{'、'.join(tables)}）", "请从备份恢复，或联系技术人员。")


def _orphans(db: Database) -> list[Finding]:
    tables = set(db.table_names())
    findings = []
    for check in ORPHAN_CHECKS:
        if not set(check.needs) <= tables:
            continue
        count = db.execute(check.sql).fetchone()[0]
        if count:
            findings.append(Finding(False, check.found.replace("{n}", str(count)), check.todo))
        else:
            findings.append(Finding(True, check.ok))
    return findings


def _version(db: Database) -> Finding:
    version, known = current_version(db), schema_version()
    if version == known:
        return Finding(True, f"数据格式版本 {version}，与本程序一致")
    return Finding(False, f"数据格式版本 {version}，本程序为 {known}", "请重新打开程序以完成升级。")


def check_db(db: Database) -> list[Finding]:
    """Every check, in the order shown: a damaged file first, then references, orphans, the version."""
    try:
        integrity = _integrity(db)
        if not integrity.ok:  # the other checks read a damaged file: say only what matters
            return [integrity]
        return [integrity, _foreign_keys(db), *_orphans(db), _version(db)]
    except sqlite3.DatabaseError as exc:
        return [Finding(False, f"文件已损坏，无法读完（{exc}）", RESTORE_ADVICE)]
