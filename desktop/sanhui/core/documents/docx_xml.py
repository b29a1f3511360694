"""Low-level WordprocessingML helpers for python-docx: fonts, fields, borders, shading."""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .fonts import WordFont

THEME_FONT_ATTRS = ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")

# Child order the schema requires (Word rejects a file whose elements are out of order).
TC_PR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
               "textDirection", "tcFitText", "vAlign", "hideMark")
P_PR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
              "rPr", "sectPr", "pPrChange")


def insert_ordered(parent, child, order: tuple[str, ...]):
    """Insert ``child`` into ``parent`` before the first sibling that the schema puts after it."""
    name = child.tag.split("}")[1]
    rank = order.index(name)
    for existing in parent:
        other = existing.tag.split("}")[1] if "}" in existing.tag else ""
        if other in order and order.index(other) > rank:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def _clear_theme(r_fonts) -> None:
    for attr in THEME_FONT_ATTRS:
        r_fonts.attrib.pop(qn(attr), None)


def set_rpr_fonts(r_pr, font: WordFont, hint: bool = True) -> None:
    """Name the font explicitly for every script, with no theme-font attribute left to override it."""
    r_fonts = r_pr.get_or_add_rFonts()
    _clear_theme(r_fonts)
    r_fonts.set(qn("w:ascii"), font.latin)
    r_fonts.set(qn("w:hAnsi"), font.latin)
    r_fonts.set(qn("w:eastAsia"), font.east_asia)
    r_fonts.set(qn("w:cs"), font.latin)
    if hint:  # quotes “” and … are East Asian here, drawn with the Chinese font
        r_fonts.set(qn("w:hint"), "eastAsia")


def scrub_theme_fonts(element) -> None:
    """Remove theme-font attributes from every w:rFonts below ``element``."""
    for r_fonts in element.iter(qn("w:rFonts")):
        _clear_theme(r_fonts)


def set_east_asian_language(r_pr) -> None:
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def add_field(paragraph, instruction: str, cached: str, style_run) -> None:
    """A complex field (PAGE, NUMPAGES ...) with a cached result; ``style_run(run)`` formats each run."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", cached),
                       ("end", None)):
        run = paragraph.add_run()
        style_run(run)
        if kind == "instr":
            add_instr(run, text)
        elif kind == "text":
            run.text = text
        else:
            run._r.append(field_char(kind))


def add_instr(run, instruction: str) -> None:
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)


def field_char(kind: str):
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def first_line_indent_chars(paragraph, chars: int, size_pt: float) -> None:
    """首行缩进 N 字符 (w:firstLineChars) plus the same in twips for other readers."""
    p_pr = paragraph._p.get_or_add_pPr()
    ind = p_pr.find(qn("w:ind"))
    if ind is None:
        ind = insert_ordered(p_pr, OxmlElement("w:ind"), P_PR_ORDER)
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    ind.set(qn("w:firstLine"), str(int(chars * size_pt * 20)))


def paragraph_bottom_border(paragraph, size_eighths: int = 6) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(size_eighths)), ("w:space", "1"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    insert_ordered(p_pr, borders, P_PR_ORDER)


def remove_paragraph_borders(style_element) -> None:
    p_pr = style_element.find(qn("w:pPr"))
    if p_pr is not None:
        for border in p_pr.findall(qn("w:pBdr")):
            p_pr.remove(border)


def shade_cell(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    insert_ordered(tc_pr, shd, TC_PR_ORDER)


def cell_borders(cell, **sides: str) -> None:
    """Borders of one cell, e.g. ``bottom="single"``, ``top="nil"``."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = insert_ordered(tc_pr, OxmlElement("w:tcBorders"), TC_PR_ORDER)
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:val"), sides[side])
            if sides[side] != "nil":
                edge.set(qn("w:sz"), "6")
                edge.set(qn("w:color"), "000000")
            borders.append(edge)


def repeat_as_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def cant_split(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
