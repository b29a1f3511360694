"""Chinese text for reportlab: line breaking that follows the punctuation rules,
embedded fonts with per-character fallback, and escaped Paragraph markup.

reportlab's own CJK wrap lets at most one closing mark hang past the right
edge, and its list of marks lacks the full-width ones (，；：？！》…); here a
line is shortened instead, so closing punctuation（，。、；：？！）」』》…）never
starts a line and opening marks（“《（…）never end one, and no line is wider
than its frame (which matters in narrow table cells).
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.paragraph import (
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cjkU,
    makeCJKParaLine,
)
from reportlab.rl_config import _FUZZ

from sanhui.errors import FontMissing

from .fonts import FontSpec, check_text, clean_text, missing_chars_error, remember_cmap

# Marks that may not start a line (避头点) and may not end one (避尾点).
CANNOT_START = set(
    "，。、；：？！）」』》〉】〕］｝〗〙”’…‥·・ーゝゞ々〻％‰℃°′″"
    "!%),.:;?]}\u3001\u3002\ufe50\ufe51\ufe52\ufe54\ufe55\ufe56\ufe57"
)
CANNOT_END = set("（「『《〈【〔［｛〖〘“‘([{￥＄$£#@§〒")
# Marks made of two characters that must stay on one line (——, ……).
NO_SPLIT_PAIRS = set("—…")


def _bad_break(before: str, after: str) -> bool:
    """True if a line may not end with ``before`` and the next begin with ``after``."""
    return ((len(after) == 1 and after in CANNOT_START) or (len(before) == 1 and before in CANNOT_END)
            or (before == after and len(after) == 1 and after in NO_SPLIT_PAIRS))


def _is_word_char(ch: str) -> bool:
    """Latin letters, digits and ASCII signs: a run of them is kept on one line if possible."""
    return len(ch) == 1 and ch.isascii() and not ch.isspace()


def _break_point(chars: list, start: int, overflow: int) -> int:
    """Where the next line should start, given that ``chars[overflow]`` does not fit."""
    brk = overflow
    if _is_word_char(chars[brk]) and _is_word_char(chars[brk - 1]):
        word_start = brk - 1
        while word_start > start and _is_word_char(chars[word_start - 1]):
            word_start -= 1
        if word_start > start:
            brk = word_start
    candidate = brk
    while candidate > start + 1 and _bad_break(chars[candidate - 1], chars[candidate]):
        candidate -= 1
    if not _bad_break(chars[candidate - 1], chars[candidate]):
        brk = candidate
    return brk


def _widths(chars: list, max_width: float) -> list[float]:
    widths = []
    for u in chars:
        width = u.width
        if hasattr(width, "normalizedValue"):  # an inline image sized relative to the line
            width._normalizer = max_width
            width = width.normalizedValue(max_width)
        widths.append(width)
    return widths


def kinsoku_split(frags, max_widths, calc_bounds: bool) -> ParaLines:
    """Split paragraph fragments into lines, character by character, with the rules above."""
    chars = []
    for frag in frags:
        text = frag.text
        if text:
            chars.extend(cjkU(ch, frag, "utf8") for ch in text)
        else:
            chars.append(cjkU(text, frag, "utf8"))
    widths = _widths(chars, max_widths[-1])
    lines = []
    count = len(chars)
    start = 0
    while start < count:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        index = start
        end = nxt = count
        line_break = False
        while index < count:
            if hasattr(chars[index].frag, "lineBreak"):
                end = nxt = index + 1
                line_break = True
                break
            if used + widths[index] > max_width + _FUZZ and index > start:
                end = nxt = _break_point(chars, start, index)
                break
            used += widths[index]
            index += 1
        while end > start + 1 and chars[end - 1] == " ":
            end -= 1
        while nxt < count and chars[nxt] == " " and not line_break:
            nxt += 1
        used = sum(widths[start:end])
        lines.append(makeCJKParaLine(chars[start:end], max_width, used, max_width - used, line_break,
                                     calc_bounds))
        start = nxt
    return ParaLines(kind=1, lines=lines)


def _split_lines_to_frags(bl_para, start: int, stop: int) -> list:
    """The fragments of lines ``start:stop`` when a paragraph splits across pages. Unlike
    reportlab's version it adds no space at each line end (a visible gap inside Chinese text)
    and does not change the lines (they are cached)."""
    frags = []
    for line in bl_para.lines[start:stop]:
        frags.extend(line.words)
    return frags


def _keep_spaces(text: str) -> str:
    """The markup as given: spaces (full-width ones align names like 王　芳) are not collapsed."""
    return text


class CJKParagraph(Paragraph):
    """A Paragraph (style.wordWrap == 'CJK') that breaks lines with :func:`kinsoku_split`
    and keeps every space of its (already escaped, single-line) markup."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803
        super()._setup(text, style, bulletText, frags, _keep_spaces)

    def _get_split_blParaFunc(self):  # noqa: N802
        return _split_lines_to_frags if self.blPara.kind == 1 else super()._get_split_blParaFunc()

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 (reportlab's names)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        key = tuple(maxWidths)
        cached = getattr(self, "_kinsoku_cache", None)
        if cached is not None and cached[0] == key:
            return cached[1]  # wrapped again at the same width (keepWithNext, tables, later passes)
        if not self.frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        lines = kinsoku_split(self.frags, maxWidths, auto_leading not in ("", "off"))
        self._kinsoku_cache = (key, lines)
        return lines


class PdfFonts:
    """The fonts of one PDF: body and heading faces, registered with reportlab,
    and the others as fallbacks for characters those lack."""

    def __init__(self, fonts: list[FontSpec], body: FontSpec, heading: FontSpec):
        self.fonts = fonts
        self.body_spec = body
        self.heading_spec = heading
        self.body = self._register(body)
        self.heading = self._register(heading) if heading != body else self.body
        self._choice: dict[tuple[str, str], str] = {}

    @staticmethod
    def _register(spec: FontSpec) -> str:
        name = spec.key
        if name not in pdfmetrics.getRegisteredFontNames():
            try:
                font = TTFont(name, spec.path, subfontIndex=spec.index)
            except Exception as e:  # damaged, or an outline format reportlab cannot embed
                raise FontMissing(f"字体文件“{spec.path}”无法读取或无法嵌入 PDF。请在设置中换一个字体文件"
                                  "（如宋体 simsun.ttc），或重新安装该字体。", detail=repr(e)) from e
            pdfmetrics.registerFont(font)
            remember_cmap(spec.path, spec.index, font.face.charToGlyph)
        return name

    def check(self, texts) -> None:
        """Raise FontMissing naming every character no font can print."""
        missing = check_text("".join(texts), self.fonts)
        if missing:
            raise missing_chars_error(missing)

    def _font_for(self, ch: str, primary: str) -> str:
        """The registered font that prints ``ch``: the primary one when it can."""
        key = (ch, primary)
        name = self._choice.get(key)
        if name is None:
            primary_spec = self.heading_spec if primary == self.heading else self.body_spec
            order = [primary_spec] + [f for f in (self.body_spec, self.heading_spec) + tuple(self.fonts)
                                      if f != primary_spec]
            spec = next((f for f in order if f.has_char(ch)), None)
            if spec is None:
                raise missing_chars_error([ch])
            name = primary if spec == primary_spec else self._register(spec)
            self._choice[key] = name
        return name

    def markup(self, text: str, primary: str | None = None) -> str:
        """Paragraph markup for plain user text: escaped, line breaks as <br/>, and
        characters the primary font lacks wrapped in <font name=...> of a font that has them."""
        primary = primary or self.body
        parts: list[str] = []
        run: list[str] = []
        run_font = primary

        def flush() -> None:
            if run:
                chunk = escape("".join(run)).replace("\n", "<br/>")
                parts.append(chunk if run_font == primary else f'<font name="{run_font}">{chunk}</font>')
                run.clear()

        for ch in clean_text(text):
            if ch.isspace() and not ch.isascii() and not any(f.has_char(ch) for f in self.fonts):
                ch = " "  # an unusual space no font has: print a plain one, never a box
            font = primary if ch.isascii() else self._font_for(ch, primary)
            if font != run_font:
                flush()
                run_font = font
            run.append(ch)
        flush()
        return "".join(parts)
