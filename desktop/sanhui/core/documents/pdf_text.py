"""Chinese text for reportlab: line breaking that follows the punctuation rules,
embedded fonts with per-character fallback, and escaped Paragraph markup.

reportlab's own CJK wrap lets at most one closing mark hang past the right
edge, and its list of marks lacks the full-width ones (，；：？！》…); here a
line is shortened instead, so closing punctuation（，。、；：？！）」』》…）never
starts a line and opening marks（“《（…）never end one, and no line is wider
than its frame (which matters in narrow table cells).
"""
from __future__ import annotations

from bisect import bisect_right
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab.lib.rl_accel import sameFrag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    imgNormV,
    imgVRange,
)
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import _FUZZ

from sanhui.errors import FontMissing

from .fonts import FontSpec, check_text, clean_text, is_ignorable, missing_chars_error, remember_cmap

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


def _frag_widths(frag, count: int, text: str, max_width: float) -> list[float]:
    """The width of each of the ``count`` pieces of ``frag`` (its characters, or one empty piece),
    as reportlab's ``cjkU`` measures them, one character at a time."""
    cb = getattr(frag, "cbDefn", None)
    if cb is not None:  # an inline image or a callback: each piece as wide as it says
        width = getattr(cb, "width", 0)
        if hasattr(width, "normalizedValue"):  # sized relative to the line
            width._normalizer = max_width
            width = width.normalizedValue(max_width)
        return [width] * count
    font = pdfmetrics.getFont(frag.fontName)
    if isinstance(font, TTFont):  # what TTFont.stringWidth computes for one character
        get, default, scale = font.face.charWidths.get, font.face.defaultWidth, 0.001 * frag.fontSize
        return [scale * get(ord(ch), default) for ch in text] if text else [0.0]
    return [pdfmetrics.stringWidth(ch, frag.fontName, frag.fontSize) for ch in text] if text else [0.0]


def _frag_bounds(frag, calc_bounds: bool) -> tuple[float, float]:
    """(ascent, descent) of ``frag``, as reportlab's ``makeCJKParaLine`` takes them."""
    cb = getattr(frag, "cbDefn", None)
    if calc_bounds and getattr(cb, "width", 0):
        descent, ascent = imgVRange(imgNormV(cb.height, frag.fontSize), cb.valign, frag.fontSize)
        return ascent, descent
    return pdfmetrics.getAscentDescent(frag.fontName, frag.fontSize)


class _Pieces:
    """A paragraph's fragments cut into pieces (characters; one empty piece for a fragment
    without text), with each piece's width and the runs of pieces that share a fragment."""

    def __init__(self, frags, max_width: float):
        self.chars: list[str] = []
        self.widths: list[float] = []
        self.run_starts: list[int] = []  # the first piece of each run
        self.run_frags: list = []
        self.line_breaks: list[int] = []  # pieces after which the line must end (<br/>)
        for frag in frags:
            text = frag.text
            count = len(text) or 1
            start = len(self.chars)
            self.run_starts.append(start)
            self.run_frags.append(frag)
            self.chars.extend(text if text else [text])
            self.widths.extend(_frag_widths(frag, count, text, max_width))
            if hasattr(frag, "lineBreak"):
                self.line_breaks.extend(range(start, start + count))

    def line(self, start: int, end: int, max_width: float, used: float, line_break: bool,
             calc_bounds: bool) -> FragLine:
        """Pieces ``start:end`` as one line: what reportlab's ``makeCJKParaLine`` makes of them
        (neighbouring pieces of alike fragments form one word), a run at a time."""
        words = []
        group_frag, group_text = None, []
        max_size = max_ascent = min_descent = 0
        run = bisect_right(self.run_starts, start) - 1
        while run < len(self.run_starts) and self.run_starts[run] < end:
            frag = self.run_frags[run]
            first = max(start, self.run_starts[run])
            last = min(end, self.run_starts[run + 1] if run + 1 < len(self.run_starts) else end)
            ascent, descent = _frag_bounds(frag, calc_bounds)
            max_size = max(max_size, frag.fontSize)
            max_ascent = max(max_ascent, ascent)
            min_descent = min(min_descent, descent)
            alone = "cbDefn" in frag.__dict__ or "lineBreak" in frag.__dict__  # never joined
            for piece in (range(first, last) if alone else [None]):
                if group_frag is None or alone or not sameFrag(group_frag, frag):
                    if group_frag is not None:
                        words.append(group_frag.clone(text="".join(group_text)))
                    group_frag, group_text = frag, []
                group_text.append(self.chars[piece] if alone else "".join(self.chars[first:last]))
            run += 1
        if group_frag is not None:
            words.append(group_frag.clone(text="".join(group_text)))
        return FragLine(kind=1, extraSpace=max_width - used, wordCount=1, words=words, fontSize=max_size,
                        ascent=max_ascent, descent=min_descent, maxWidth=max_width, currentWidth=used,
                        lineBreak=line_break)


def kinsoku_split(frags, max_widths, calc_bounds: bool) -> ParaLines:
    """Split paragraph fragments into lines, character by character, with the rules above."""
    pieces = _Pieces(frags, max_widths[-1])
    chars, widths, breaks = pieces.chars, pieces.widths, pieces.line_breaks
    lines = []
    count = len(chars)
    start = 0
    while start < count:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        forced = breaks[bisect_right(breaks, start - 1)] if breaks and breaks[-1] >= start else count
        used = 0.0
        index = start
        end = nxt = count
        line_break = False
        while index < count:
            if index == forced:
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
        lines.append(pieces.line(start, end, max_width, used, line_break, calc_bounds))
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


_PLAIN_FRAGS: WeakKeyDictionary = WeakKeyDictionary()  # style → the fragment of a plain text in it


def _plain_frags(text: str, style) -> list | None:
    """The fragments reportlab's parser makes of ``text`` when it is plain (no tag, no entity):
    one fragment in the style's font, made without parsing. None for other markup."""
    if not text or "<" in text or "&" in text:
        return None
    template = _PLAIN_FRAGS.get(style)
    if template is None:
        _style, frags, _bullets = ParaParser().parse("x", style)
        if not frags or len(frags) != 1 or _style is not style:
            return None
        template = _PLAIN_FRAGS[style] = frags[0]
    lists = {key: list(value) for key, value in template.__dict__.items() if isinstance(value, list)}
    return [template.clone(text=text, **lists)]


class CJKParagraph(Paragraph):
    """A Paragraph (style.wordWrap == 'CJK') that breaks lines with :func:`kinsoku_split`
    and keeps every space of its (already escaped, single-line) markup."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803
        if frags is None and not style.textTransform:
            frags = _plain_frags(text, style)  # most texts: no need to parse them
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
        self._plain: dict[str, set[str]] = {}  # primary font → characters it prints as they are

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

    def _is_plain(self, ch: str, primary: str) -> bool:
        """True if ``ch`` is printed as it is in ``primary`` (not cleaned away, replaced or
        given another font)."""
        if ch in "\r\t" or is_ignorable(ch):
            return False
        if ch.isascii():
            return True
        if ch.isspace() and not any(f.has_char(ch) for f in self.fonts):
            return False
        try:
            return self._font_for(ch, primary) == primary
        except FontMissing:
            return False

    def markup(self, text: str, primary: str | None = None) -> str:
        """Paragraph markup for plain user text: escaped, line breaks as <br/>, and
        characters the primary font lacks wrapped in <font name=...> of a font that has them."""
        primary = primary or self.body
        plain = self._plain.setdefault(primary, set())
        chars = set(text)
        if not chars - plain:
            return escape(text).replace("\n", "<br/>")  # what the loop below makes of it
        for ch in chars - plain:
            if self._is_plain(ch, primary):
                plain.add(ch)
        if not chars - plain:
            return escape(text).replace("\n", "<br/>")
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
