"""Write a file atomically: into a temporary file in the same folder, then rename.

A failed or cancelled write never leaves a half file under the real name, and
an OSError becomes WriteFailed with a Chinese sentence saying what to do.
"""
from __future__ import annotations

import errno
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sanhui.errors import WriteFailed

_REASONS = {
    errno.ENOSPC: "磁盘空间已满",
    errno.EROFS: "磁盘或 U 盘是只读的",
    errno.EACCES: "没有写入权限（文件夹只读，或文件正被其他程序打开）",
    errno.EPERM: "没有写入权限（文件夹只读，或文件正被其他程序打开）",
    errno.ENOENT: "文件夹不存在",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EISDIR: "这个名字已被一个文件夹占用",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EIO: "读写磁盘时出错（U 盘可能已被拔出）",
}


def write_failed(path: Path, error: OSError) -> WriteFailed:
    reason = _REASONS.get(error.errno or 0, "写入时出错")
    if getattr(error, "winerror", None) == 32:  # the file is open in another program
        reason = "文件正被其他程序打开"
    return WriteFailed(
        f"无法保存文件“{path}”：{reason}。请关闭正在打开它的程序，检查磁盘空间和 U 盘，"
        "或换一个文件夹后重试。",
        detail=f"{type(error).__name__}: {error}")


@contextmanager
def atomic_target(out_path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``out_path``.

    On any exception the temporary file is removed and ``out_path`` is untouched."""
    target = Path(out_path)
    tmp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.tmp{target.suffix}")
    try:
        with open(tmp, "xb"):
            pass  # fail fast (read-only folder, full disk) before the long work
    except OSError as e:
        raise write_failed(target, e) from e
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        _remove(tmp)
        raise write_failed(target, e) from e
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
