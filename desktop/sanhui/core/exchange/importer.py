"""Importing many package files in one go (批量导入): each all or nothing, one summary at the end.

Files (or every ``*.sanhui`` in a folder) are taken in the order of sender
and sequence, so a township given three months of one branch's sticks
applies them oldest first. Each is verified, planned and, unless
``dry_run``, applied in its own transaction; the data file is copied aside
once, before the first change.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanhui.core.exchange.apply import ImportPlan, apply_plan, plan_import
from sanhui.core.exchange.package import DEFAULT_LIMITS, EXTENSION, Limits, peek_manifest
from sanhui.core.exchange.verify import SenderStatus, UnknownSender, read_file, verify_package
from sanhui.core.store.database import Database
from sanhui.core.store.db import copy_aside
from sanhui.errors import SanhuiError

APPLIED = "applied"
DRY_RUN = "dry_run"
DUPLICATE = "duplicate"
REFUSED = "refused"
UNKNOWN = "unknown_sender"

log = logging.getLogger(__name__)

STATUS_NAMES = {APPLIED: "已导入", DRY_RUN: "预览（未写入）", DUPLICATE: "已导入过", REFUSED: "拒收",
                UNKNOWN: "待确认的新单位"}


@dataclass
class FileResult:
    path: Path
    status: str
    message: str
    plan: ImportPlan | None = None
    sender: dict[str, Any] | None = None
    sequence: int | None = None
    fingerprint: str | None = None

    @property
    def refused(self) -> bool:
        return self.status in (REFUSED, UNKNOWN)

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {"file": str(self.path), "status": self.status, "message": self.message}
        if self.sender:
            result["sender"] = {"code": self.sender["code"], "name": self.sender["name"],
                                "role": self.sender["role"], "fingerprint": self.fingerprint}
            result["sequence"] = self.sequence
        if self.plan is not None:
            incoming = self.plan.incoming
            result.update(self.plan.to_json())
            result["gap"] = list(incoming.gap) if incoming.gap else None
            result["notes"] = self.plan.notes
        return result


@dataclass
class BatchResult:
    files: list[FileResult] = field(default_factory=list)
    dry_run: bool = False
    backup: Path | None = None

    @property
    def refused(self) -> int:
        return sum(1 for f in self.files if f.refused)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def summary(self) -> str:
        parts = [f"共 {len(self.files)} 个数据包"]
        parts += [f"{STATUS_NAMES[s]} {self.count(s)} 个" for s in (APPLIED, DRY_RUN, DUPLICATE, UNKNOWN, REFUSED)
                  if self.count(s)]
        return "，".join(parts) + "。"

    def to_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run, "files": [f.to_json() for f in self.files],
            "summary": {"files": len(self.files), "applied": self.count(APPLIED), "dry_run": self.count(DRY_RUN),
                        "duplicate": self.count(DUPLICATE), "unknown_sender": self.count(UNKNOWN),
                        "refused": self.count(REFUSED), "text": self.summary()},
            "backup": str(self.backup) if self.backup else None,
        }


def package_files(paths: list[str | Path]) -> list[Path]:
    """The files named, with every ``*.sanhui`` of a named folder; sorted by sender and sequence."""
    files: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            files += sorted(p for p in item.iterdir() if p.suffix == EXTENSION and p.is_file())
        else:
            files.append(item)

    def key(path: Path) -> tuple:
        manifest = peek_manifest(path) if path.is_file() else None
        try:
            return (0, str(manifest["sender"]["code"]), int(manifest["sequence"]), str(path))
        except (TypeError, KeyError, ValueError):
            return (1, "", 0, str(path))

    return sorted(dict.fromkeys(files), key=key)


def import_files(
    db: Database,
    paths: list[str | Path],
    dry_run: bool = False,
    accept_new: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int, Path], None] | None = None,
) -> BatchResult:
    """Verify, plan and (unless ``dry_run``) apply each package; a refusal never stops the others."""
    files = package_files(paths)
    result = BatchResult(dry_run=dry_run)
    for index, path in enumerate(files):
        if progress:
            progress(index, len(files), path)
        result.files.append(_one(db, path, dry_run, accept_new, limits, result))
    return result


def _one(db, path: Path, dry_run: bool, accept_new: bool, limits: Limits, batch: BatchResult) -> FileResult:
    try:
        incoming = verify_package(db, read_file(path), path.name, limits)
    except SanhuiError as exc:
        log.warning("refused %s: %s (%s)", path, exc, exc.detail)
        return FileResult(path, REFUSED, str(exc))
    found = FileResult(path, REFUSED, "", sender=incoming.sender, sequence=incoming.sequence,
                       fingerprint=incoming.shown_fingerprint)
    try:
        plan = plan_import(db, incoming)
        found.plan = plan
        if incoming.duplicate:
            found.status, found.message = DUPLICATE, "这个数据包已经导入过，没有变化。"
            return found
        if incoming.status == SenderStatus.UNKNOWN and not accept_new:
            raise incoming.unknown_sender()
        if dry_run:
            found.status, found.message = DRY_RUN, plan.summary()
            return found
        if batch.backup is None:
            batch.backup = copy_aside(db, "import")  # outside any transaction
        apply_plan(db, plan, accept_new=accept_new)
        found.status, found.message = APPLIED, plan.summary()
    except UnknownSender as exc:
        found.status, found.message = UNKNOWN, str(exc)
    except SanhuiError as exc:
        log.warning("refused %s: %s (%s)", path, exc, exc.detail)
        found.status, found.message = REFUSED, str(exc)
    return found
