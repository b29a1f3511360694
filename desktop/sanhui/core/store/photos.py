"""Photos of a meeting (会议照片), resized on entry and kept in the file as JPEG BLOBs.

A photo is turned upright (EXIF orientation), resized to at most 1600 px on
its long side, saved as JPEG quality 80, and gets a 240 px thumbnail. The
bytes are loaded only on demand (``photo_data``, ``photo_thumb``).
"""
from __future__ import annotations

import io
from pathlib import Path

from sanhui.core.model import Changes, PhotoInfo
from sanhui.core.store.database import Database
from sanhui.core.store.meeting_rows import editable_meeting_row
from sanhui.core.store.rows import insert_row, tombstone, update_row
from sanhui.errors import InvalidInput, NotFound

LONG_SIDE = 1600
THUMB_SIDE = 240
JPEG_QUALITY = 80
THUMB_QUALITY = 75
MAX_INPUT_BYTES = 60 * 1024 * 1024


def prepare_photo(data: bytes, name: str = "") -> tuple[bytes, bytes, int, int]:
    """(JPEG bytes, thumbnail JPEG bytes, width, height) of an image; InvalidInput if it is not one."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    what = f"文件“{name}”" if name else "这个文件"
    if len(data) > MAX_INPUT_BYTES:
        raise InvalidInput(f"{what}太大（超过 60 MB），请选择一张普通的照片。")
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.draft("RGB", (LONG_SIDE, LONG_SIDE))  # JPEG: decode at a reduced scale, much faster
            image = ImageOps.exif_transpose(opened)
            image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise InvalidInput(f"{what}不是可以识别的图片。请选择 JPG 或 PNG 格式的照片。", repr(exc)) from None
    image = _rgb(image)
    image.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return _jpeg(image, JPEG_QUALITY), _jpeg(thumb, THUMB_QUALITY), image.width, image.height


def _rgb(image):
    """RGB on a white background (transparent PNGs would turn black in a JPEG)."""
    from PIL import Image

    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB") if image.mode != "RGB" else image


def _jpeg(image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def add_photo(db: Database, meeting_id: str, image: bytes | str | Path, caption: str = "") -> str:
    """Add a photo (bytes or a file path) to a draft record; returns the photo id."""
    name = ""
    if isinstance(image, (str, Path)):
        path = Path(image)
        name = path.name
        try:
            image = path.read_bytes()
        except OSError as exc:
            raise InvalidInput(f"无法读取文件“{name}”。请确认文件存在并且没有被其他程序占用。", repr(exc)) from None
    data, thumb, width, height = prepare_photo(image, name)
    with db.atomic():
        meeting = editable_meeting_row(db, meeting_id)
        position = db.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM photos WHERE meeting_id = ? AND deleted_at IS NULL",
            [meeting_id],
        ).fetchone()[0]
        return insert_row(db, "photos", {
            "branch_id": meeting["branch_id"], "meeting_id": meeting_id, "position": position,
            "caption": (caption or "").strip(), "mime": "image/jpeg", "data": data, "thumb": thumb,
            "width": width, "height": height,
        })


def _photo_row(db: Database, photo_id: str, columns: str) -> dict:
    rows = list(db.query(f"SELECT {columns} FROM photos WHERE id = ? AND deleted_at IS NULL", [photo_id]))
    if not rows:
        raise NotFound("找不到这张照片，它可能已被删除。请刷新后重试。")
    return rows[0]


def remove_photo(db: Database, photo_id: str) -> Changes:
    with db.atomic():
        editable_meeting_row(db, _photo_row(db, photo_id, "meeting_id")["meeting_id"])
        tombstone(db, "photos", photo_id)
    return Changes(meetings=True)


def set_photo_caption(db: Database, photo_id: str, caption: str) -> Changes:
    with db.atomic():
        editable_meeting_row(db, _photo_row(db, photo_id, "meeting_id")["meeting_id"])
        changed = update_row(db, "photos", photo_id, {"caption": (caption or "").strip()})
    return Changes(meetings=bool(changed))


def photo_data(db: Database, photo_id: str) -> bytes:
    """The photo's JPEG bytes (the thumbnail where only a thumbnail is kept, as at a township)."""
    row = _photo_row(db, photo_id, "data, thumb")
    return row["data"] if row["data"] is not None else row["thumb"]


def photo_thumb(db: Database, photo_id: str) -> bytes:
    return _photo_row(db, photo_id, "thumb")["thumb"]


def list_photos(db: Database, meeting_id: str) -> list[PhotoInfo]:
    """The photos of a record in order, without their bytes."""
    return [
        PhotoInfo(r["id"], r["caption"], r["width"] or 0, r["height"] or 0)
        for r in db.query(
            "SELECT id, caption, width, height FROM photos WHERE meeting_id = ? AND deleted_at IS NULL "
            "ORDER BY position, seq",
            [meeting_id],
        )
    ]
