"""Photos prepared for both writers: upright (EXIF orientation), RGB, with their pixel size."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from PIL import Image, ImageOps


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes  # JPEG or PNG bytes, ready to embed
    width: int  # pixels
    height: int


def prepare_photo(source: Union[str, Path, bytes]) -> PreparedPhoto | None:
    """The photo ready to embed, or None if it cannot be read (the writers then print a note)."""
    try:
        raw = source if isinstance(source, bytes) else Path(source).read_bytes()
        with Image.open(io.BytesIO(raw)) as img:
            img.load()
            upright = ImageOps.exif_transpose(img)
            if upright is not img or img.format not in ("JPEG", "PNG") or img.mode not in ("RGB", "L"):
                if upright.mode in ("RGBA", "LA", "P"):
                    upright = upright.convert("RGBA")
                    background = Image.new("RGB", upright.size, (255, 255, 255))
                    background.paste(upright, mask=upright.getchannel("A"))
                    upright = background
                out = io.BytesIO()
                upright.convert("RGB").save(out, "JPEG", quality=88)
                raw = out.getvalue()
            return PreparedPhoto(raw, upright.width, upright.height)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def unreadable_note(source: Union[str, Path, bytes]) -> str:
    name = "" if isinstance(source, bytes) else Path(source).name
    return f"（照片无法读取{('：' + name) if name else ''}）"
