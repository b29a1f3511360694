"""Find embeddable TrueType CJK fonts and tell which characters they can print.

reportlab embeds TrueType outlines only (``glyf``); OpenType-CFF fonts
(``.otf``, the ``OTTO`` tag, a ``CFF `` table, e.g. most Noto Sans CJK files)
are skipped. Order: the user's choice, then the Windows fonts (宋体 first),
then those known on macOS and Linux, then whatever fontconfig lists for
Chinese. The first Song-style font prints body text, the first Hei-style
font headings; the others fill in characters the first ones lack.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Union

from sanhui.errors import FontMissing

NO_FONT_MESSAGE = (
    "没有找到可以嵌入的中文字体，无法生成 PDF。请安装宋体（simsun.ttc）等 TrueType 中文字体，"
    "或在设置中选择字体文件（.ttf 或 .ttc）。"
)


@dataclass(frozen=True)
class WordFont:
    """A font as Word names it: the Chinese name (w:eastAsia) and the English one (w:ascii)."""

    east_asia: str
    latin: str


# Word font names: body 宋体, headings 黑体, optionally 仿宋 or 楷体.
WORD_FONTS = {
    "body": WordFont("宋体", "SimSun"),
    "heading": WordFont("黑体", "SimHei"),
    "fangsong": WordFont("仿宋", "FangSong"),
    "kai": WordFont("楷体", "KaiTi"),
}

_KIND_HINTS = (
    ("fang", ("simfang", "仿宋", "fangsong")),
    ("kai", ("simkai", "楷", "kaiti", "ukai", "kai ")),
    ("hei", ("simhei", "黑", "hei", "msyh", "yahei", "sans", "wqy", "droid")),
    ("song", ("simsun", "宋", "song", "ming", "serif")),
)


@dataclass(frozen=True)
class FontSpec:
    """One face of a font file: ``index`` selects the face in a .ttc collection.
    ``kind`` is 'song', 'hei', 'kai', 'fang' or 'other' (guessed from the names)."""

    path: str
    index: int = 0
    family_name: str = ""
    kind: str = "other"
    user_chosen: bool = False

    def has_char(self, ch: str) -> bool:
        return ord(ch) in _codepoints(self.path, self.index)

    @property
    def key(self) -> str:
        """A short name, unique per face, to register the font under."""
        stem = "".join(c for c in Path(self.path).stem if c.isalnum())[:20]
        return f"SH-{stem}-{self.index}-{zlib.crc32(os.path.normcase(self.path).encode()) % 10**6}"


def guess_kind(*names: str) -> str:
    text = " ".join(names).lower()
    for kind, hints in _KIND_HINTS:
        if any(hint in text for hint in hints):
            return kind
    return "other"


def is_embeddable(path: Union[str, Path], index: int = 0) -> bool:
    """True for a TrueType-outline face (``glyf`` and ``cmap`` tables, no ``CFF``)."""
    try:
        with open(path, "rb") as f:
            head = f.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if not 0 <= index < count:
                    return False
                f.seek(12 + 4 * index)
                offset = struct.unpack(">I", f.read(4))[0]
                f.seek(offset)
                head = f.read(12)
            if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return False  # 'OTTO' is OpenType-CFF
            num_tables = struct.unpack(">H", head[4:6])[0]
            records = f.read(16 * num_tables)
    except (OSError, struct.error):
        return False
    tags = {records[i:i + 4] for i in range(0, len(records), 16)}
    return b"glyf" in tags and b"cmap" in tags and b"CFF " not in tags and b"CFF2" not in tags


_CMAPS: dict[tuple[str, int], frozenset[int]] = {}


def _codepoints(path: str, index: int) -> frozenset[int]:
    """The code points the face maps to a real glyph (its cmap), read once per face."""
    key = (path, index)
    if key not in _CMAPS:
        from reportlab.pdfbase.ttfonts import TTFontFile

        try:
            face = TTFontFile(path, subfontIndex=index)
        except Exception:  # a damaged or unsupported file prints nothing
            remember_cmap(path, index, {})
        else:
            remember_cmap(path, index, face.charToGlyph)
    return _CMAPS[key]


def remember_cmap(path: str, index: int, char_to_glyph: dict[int, int]) -> None:
    """Keep a face's cmap (e.g. from the TTFont just registered, to avoid parsing it twice)."""
    _CMAPS[(path, index)] = frozenset(code for code, glyph in char_to_glyph.items() if glyph)


def _family_of(path: str, index: int) -> str:
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        name = TTFontFile(path, charInfo=0, subfontIndex=index).familyName
    except Exception:
        return Path(path).stem
    return name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)


def _windows_candidates() -> list[tuple[str, int, str]]:
    folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    names = [("simsun.ttc", 0, "宋体"), ("simfang.ttf", 0, "仿宋"), ("simhei.ttf", 0, "黑体"),
             ("simkai.ttf", 0, "楷体"), ("msyh.ttc", 0, "微软雅黑"), ("simsunb.ttf", 0, "SimSun-ExtB"),
             ("SimSun-ExtG.ttf", 0, "SimSun-ExtG")]
    return [(str(folder / name), index, family) for folder in folders for name, index, family in names]


def _known_candidates() -> list[tuple[str, int, str]]:
    return [
        ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "AR PL UMing CN"),
        ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"),
        ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "AR PL UKai CN"),
        ("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf", 0, "Noto Sans SC"),
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "Noto Sans CJK SC"),
        ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2, "Noto Sans CJK SC"),
        ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0, "Droid Sans Fallback"),
        ("/System/Library/Fonts/Supplemental/Songti.ttc", 0, "Songti SC"),
        ("/Library/Fonts/Songti.ttc", 0, "Songti SC"),
        ("/System/Library/Fonts/STHeiti Light.ttc", 0, "STHeiti"),
        ("/System/Library/Fonts/STHeiti Medium.ttc", 0, "STHeiti"),
        ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0, "Arial Unicode MS"),
        ("/Library/Fonts/Arial Unicode.ttf", 0, "Arial Unicode MS"),
    ]


def _fontconfig_candidates() -> list[tuple[str, int, str]]:
    """Chinese fonts fontconfig knows about; the simplified-Chinese faces of a collection first."""
    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file", "index", "family"], capture_output=True,
                             text=True, timeout=15, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.splitlines():
        path, _, rest = line.partition(": ")
        family, _, index_text = rest.rpartition(":index=")
        try:
            index = int(index_text.strip())
        except ValueError:
            continue
        family = family.split(",")[0].strip()
        found.append((path.strip(), index, family))

    def rank(item: tuple[str, int, str]) -> tuple[int, str, int]:
        simplified = any(tag in item[2] for tag in (" CN", " SC", "GB", "Hans"))
        return (0 if simplified else 1, item[0], item[1])

    return sorted(found, key=rank)


def _as_choice(user_choice) -> tuple[str, int] | None:
    if user_choice is None or user_choice == "":
        return None
    if isinstance(user_choice, FontSpec):
        return user_choice.path, user_choice.index
    if isinstance(user_choice, (tuple, list)):
        return str(user_choice[0]), int(user_choice[1]) if len(user_choice) > 1 else 0
    return str(user_choice), 0


def find_fonts(user_choice=None) -> list[FontSpec]:
    """Embeddable CJK fonts, best first. ``user_choice``: a path, (path, ttc index) or a FontSpec.

    Raises FontMissing when the user's choice cannot be embedded or no font is found."""
    candidates: list[tuple[str, int, str]] = []
    choice = _as_choice(user_choice)
    if choice is not None:
        path, index = choice
        if not os.path.isfile(path):
            raise FontMissing(f"设置中选择的字体文件“{path}”不存在。请重新选择字体文件，或清空该设置使用系统字体。")
        if not is_embeddable(path, index):
            raise FontMissing(
                f"设置中选择的字体文件“{path}”无法嵌入 PDF（只支持 TrueType 轮廓的 .ttf 或 .ttc 字体，"
                "不支持 .otf 等 OpenType-CFF 字体）。请改选宋体（simsun.ttc）等字体文件。")
        candidates.append((path, index, _family_of(path, index)))
    if sys.platform.startswith("win"):
        candidates += _windows_candidates()
    candidates += _known_candidates()
    candidates += _fontconfig_candidates()

    fonts: list[FontSpec] = []
    seen: set[tuple[str, int]] = set()
    for number, (path, index, family) in enumerate(candidates):
        if not os.path.isfile(path):
            continue
        ident = (os.path.normcase(os.path.realpath(path)), index)
        if ident in seen or not is_embeddable(path, index):
            continue
        seen.add(ident)
        family = family or Path(path).stem
        chosen = choice is not None and number == 0
        fonts.append(FontSpec(path, index, family, guess_kind(family, Path(path).name), chosen))
    if not fonts:
        raise FontMissing(NO_FONT_MESSAGE)
    return fonts


def pick_fonts(fonts: list[FontSpec]) -> tuple[FontSpec, FontSpec]:
    """(body font, heading font): the first font is the user's choice when given, else
    the first Song-style font prints the body; the first Hei-style font the headings."""
    if not fonts:
        raise FontMissing(NO_FONT_MESSAGE)
    body = fonts[0] if fonts[0].user_chosen else next((f for f in fonts if f.kind == "song"), fonts[0])
    heading = next((f for f in fonts if f.kind == "hei"), body)
    return body, heading


_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def is_ignorable(ch: str) -> bool:
    """Characters dropped before printing: zero-width marks, variation selectors, controls."""
    if ch in _INVISIBLE or "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef":
        return True
    return unicodedata.category(ch) == "Cc" and ch not in "\n\t"


def clean_text(text: str) -> str:
    """The text as it will be printed: tabs as spaces, line ends as \\n, invisible characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return "".join(ch for ch in text if not is_ignorable(ch))


def check_text(text: Union[str, Iterable[str]], fonts: list[FontSpec]) -> list[str]:
    """Characters (each once, in order of appearance) that none of ``fonts`` can print.
    ASCII and whitespace are not checked."""
    if not isinstance(text, str):
        text = "".join(text)
    missing: list[str] = []
    seen: set[str] = set()
    for ch in clean_text(text):
        if ch in seen or ch.isascii() or ch.isspace():
            continue
        seen.add(ch)
        if not any(font.has_char(ch) for font in fonts):
            missing.append(ch)
    return missing


def missing_chars_error(missing: list[str]) -> FontMissing:
    shown = "、".join(missing[:20]) + ("等" if len(missing) > 20 else "")
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in missing[:20])
    return FontMissing(
        f"以下文字在已安装的中文字体中都没有，无法打印：{shown}。请安装包含这些字的字体"
        "（如 SimSun-ExtB、方正超大字符集），在设置中选择它，或把这些字改为常用字后再生成。",
        detail=f"missing glyphs: {codes}")
