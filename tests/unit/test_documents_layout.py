"""The layout structure shared by both writers, and the CJK font finder."""
from __future__ import annotations

import pytest

from sanhui.core.documents import layout as L
from sanhui.core.documents.fonts import (
    WORD_FONTS,
    FontSpec,
    check_text,
    clean_text,
    find_fonts,
    is_embeddable,
    missing_chars_error,
    pick_fonts,
)
from sanhui.errors import FontMissing


def test_field_table_rows_fill_the_grid_in_order():
    table = L.FieldTable([("会议类型", "支部党员大会"), ("主持人", "王建国"), ("记录人", "李春燕"),
                          ("会议议题", "学习贯彻党的二十届三中全会精神；讨论接收预备党员"),
                          ("地点", "村委会"), ("请假人员", "张三\n李四")], columns=2)
    grid = table.arrange()
    assert all(sum(1 + cell.span for cell in row) == 4 for row in grid)
    assert [[c.label for c in row] for row in grid] == [
        ["会议类型", "主持人"], ["记录人"], ["会议议题"], ["地点"], ["请假人员"]]
    assert grid[2][0].span == 3 and grid[0][1].span == 1
    assert abs(sum(table.col_ratios()) - 1) < 1e-9
    assert [[c.span for c in row] for row in L.FieldTable([("a", "1")], columns=1).arrange()] == [[1]]


def test_table_checks_its_shape():
    with pytest.raises(ValueError):
        L.Table(["甲", "乙"], [["1"]])
    with pytest.raises(ValueError):
        L.Table(["甲", "乙"], [], group_header=[("组", 3)])
    table = L.Table(["月份", "次数", "出席率"], [], group_header=[("", 1), ("党员大会", 2)])
    assert table.group_cells() == [(0, "月份", 1, True), (1, "党员大会", 2, False)]
    assert table.header_row_count() == 2
    with pytest.raises(ValueError):
        L.Paragraph("x", "bold")
    with pytest.raises(ValueError):
        L.CardSheet([], per_page=5)
    assert L.CardSheet([["a"]] * 9, per_page=4).grid() == (2, 2)
    assert len(L.CardSheet([["a"]] * 9, per_page=4).pages()) == 3


def test_fonts_found_are_embeddable_and_pick_song_for_body():
    fonts = find_fonts()
    assert fonts and all(is_embeddable(f.path, f.index) for f in fonts)
    body, heading = pick_fonts(fonts)
    assert body.has_char("党") and heading.has_char("党")
    if any(f.kind == "song" for f in fonts):
        assert body.kind == "song"
    assert WORD_FONTS["body"].east_asia == "宋体" and WORD_FONTS["heading"].east_asia == "黑体"


def test_opentype_cff_and_missing_user_fonts_are_refused(tmp_path):
    cff = tmp_path / "NotoSansCJK.otf"
    cff.write_bytes(b"OTTO" + b"\x00\x01" + b"\x00" * 200)
    assert not is_embeddable(cff)
    with pytest.raises(FontMissing) as caught:
        find_fonts(user_choice=str(cff))
    assert "无法嵌入" in str(caught.value)
    with pytest.raises(FontMissing) as caught:
        find_fonts(user_choice=str(tmp_path / "simsun.ttc"))
    assert "不存在" in str(caught.value)


def test_user_choice_comes_first_and_prints_the_body():
    fonts = find_fonts()
    other = fonts[-1]
    chosen = find_fonts(user_choice=(other.path, other.index))
    assert (chosen[0].path, chosen[0].index) == (other.path, other.index) and chosen[0].user_chosen
    assert pick_fonts(chosen)[0] == chosen[0]


def test_check_text_names_only_unprintable_characters():
    fonts = find_fonts()
    assert check_text("张三 abc 123，。\n\t", fonts) == []
    missing = check_text("王\U000F0001李\U000F0001\U000F0002", fonts)  # private-use plane 15
    assert missing == ["\U000F0001", "\U000F0002"]
    assert "\U000F0001" in str(missing_chars_error(missing))
    assert clean_text("a\u200bb\ufe0fc\r\nd\te") == "abc\nd    e"
    assert not FontSpec("/nonexistent.ttf").has_char("党")


def test_iter_text_covers_every_block():
    doc = L.Document("题", "支部", [
        L.Heading("标题"), L.Paragraph("段落"), L.FieldTable([("标签", "值")]),
        L.Table(["表头"], [["单元"]], group_header=[("组", 1)]), L.SignatureLines(["主持人"]),
        L.Photo(b"", "说明"), L.TableOfContents("目录"), L.Cover("封面", ["行"]), L.CardSheet([["卡片"]]),
    ], fingerprint="abcd")
    text = "".join(L.iter_text(doc))
    for word in ("题", "支部", "标题", "段落", "标签", "值", "表头", "单元", "组", "主持人", "说明", "目录",
                 "封面", "行", "卡片", "abcd"):
        assert word in text
