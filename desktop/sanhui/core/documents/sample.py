"""Sample documents with realistic content, for tests, benchmarks and a look at the output.

Names and text are made up; nothing here reads a database.
"""
from __future__ import annotations

import io

from . import layout as L

BRANCH = "中共青山镇柳树湾村支部委员会"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗"
GIVEN = ["建国", "秀英", "志强", "桂兰", "德明", "玉梅", "海峰", "春燕", "文斌", "丽华",
         "长生", "金凤", "国庆", "淑珍", "永红", "立新", "晓东", "翠花", "振华", "喆"]


def member_names(count: int = 60) -> list[str]:
    """``count`` distinct made-up names (two or three characters)."""
    names = []
    for i in range(count):
        names.append(SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7 + i // len(SURNAMES)) % len(GIVEN)])
    return names


def sample_photo(width: int = 800, height: int = 600) -> bytes:
    """A JPEG drawn with Pillow: a meeting-room-like picture with a red banner."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height), (228, 222, 208))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, width, height // 5], fill=(190, 30, 30))
    for row in range(3):
        for col in range(6):
            x, y = 60 + col * 120, 220 + row * 120
            draw.ellipse([x, y, x + 50, y + 50], fill=(60, 60, 70))
            draw.rectangle([x - 10, y + 55, x + 60, y + 110], fill=(40, 50, 90))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


SPEECH = (
    "党支部书记王建国同志传达了上级关于做好当前农村基层党建工作的部署要求，结合本村实际，"
    "就如何落实“三会一课”制度、加强党员日常教育管理作了讲话。他指出，今年以来，村党支部坚持"
    "每月召开支部委员会会议，每季度召开党员大会，党员参加组织生活的积极性明显提高；但也存在"
    "部分流动党员参加学习不及时、个别党员发挥作用不明显等问题，需要在下一步工作中认真加以解决。"
    "会议强调：一要加强政治理论学习，原原本本学习党的二十届三中全会精神（全文约两万字），"
    "做到学深悟透、融会贯通；二要认真落实主题党日制度，每月5日按时开展活动，确需调整的，"
    "提前报镇党委备案；三要发挥党员先锋模范作用，在人居环境整治、防汛抗旱、矛盾纠纷调解等"
    "重点工作中冲在前、干在先。"
)


def meeting_record(photo: bytes | None = None, names: list[str] | None = None,
                   draft: bool = False, paragraphs: int = 9) -> L.Document:
    """A 支部党员大会 record: fields, several pages of minutes, a vote table, a 60-row sign-in table."""
    names = names or member_names(60)
    present = names[:52]
    leave = names[52:57]
    absent = names[57:]
    fields = [
        ("会议类型", "支部党员大会"),
        ("会议时间", "2026年3月5日 9:00—11:30"),
        ("会议地点", "村党群服务中心二楼会议室"),
        ("主持人", names[0]),
        ("记录人", names[1]),
        ("应到人数", f"{len(names)}人（有表决权{len(names) - 3}人）"),
        ("实到人数", f"{len(present)}人"),
        ("请假人员", "、".join(f"{n}（外出务工）" for n in leave)),
        ("缺席人员", "、".join(absent)),
        ("列席人员", "镇党委组织委员 赵立新、村务监督委员会主任 孙永红"),
        ("会议议题", "学习贯彻党的二十届三中全会精神；讨论接收李秀英同志为预备党员；研究春季人居环境整治工作"),
    ]
    blocks: list = [
        L.Heading("支部党员大会会议记录", 1),
        L.FieldTable(fields, columns=2),
        L.Heading("一、会议内容", 2),
    ]
    for i in range(paragraphs):
        speaker = names[i % len(names)]
        blocks.append(L.Paragraph(f"{speaker}同志发言：{SPEECH}"))
    blocks += [
        L.Heading("二、表决情况", 2),
        L.Table(["表决事项", "应到有表决权人数", "赞成", "反对", "弃权", "结果"],
                [["接收李秀英同志为中共预备党员", "57", "50", "1", "1", "通过"],
                 ["春季人居环境整治工作方案", "57", "51", "0", "1", "通过"]],
                col_widths=[4, 2.2, 1, 1, 1, 1.2], align=["left"] + ["center"] * 5),
        L.Heading("三、会议决议", 2),
        L.Paragraph("1．会议同意接收李秀英同志为中共预备党员，报镇党委审批。\n"
                    "2．会议通过春季人居环境整治工作方案，由各党小组组织党员带头落实。"),
        L.SignatureLines(["主持人（签字）", "记录人（签字）"]),
    ]
    if photo is not None:
        blocks.append(L.Photo(photo, "会议现场", max_height_mm=80))
    blocks += [L.PageBreak(), L.Heading("签到表", 1), sign_in_table(names)]
    return L.Document("支部党员大会会议记录", BRANCH, blocks, draft=draft,
                      fingerprint=None if draft else "3f9a-02c1-7be4")


def sign_in_table(names: list[str]) -> L.Table:
    rows = [[str(i + 1), name, "正式党员" if i % 9 else "预备党员", f"第{i % 4 + 1}党小组", "", ""]
            for i, name in enumerate(names)]
    return L.Table(["序号", "姓名", "类别", "党小组", "本人签名", "备注"], rows,
                   col_widths=[0.8, 1.6, 1.4, 1.5, 3, 1.6], min_row_height_mm=10,
                   align=["center", "center", "center", "center", "left", "left"])


def statistics_table() -> L.Table:
    """A completion table with merged group headers."""
    rows = [[f"{m}月", str(1 + m % 2), str(1), "95%", "1", "1", "100%"] for m in range(1, 13)]
    return L.Table(["月份", "召开次数", "应开次数", "出席率", "召开次数", "应开次数", "出席率"], rows,
                   group_header=[("", 1), ("支部委员会", 3), ("主题党日", 3)],
                   align=["center"] * 7)


def birthday_cards(names: list[str]) -> L.CardSheet:
    cards = [["政治生日贺卡", f"{name}同志：",
              f"在您入党{5 + i}周年之际，党支部祝您政治生日快乐！希望您不忘初心、牢记使命，"
              "在乡村振兴中继续发挥先锋模范作用。",
              BRANCH, "2026年3月5日"] for i, name in enumerate(names)]
    return L.CardSheet(cards, per_page=4)


def year_book(records: int = 4, photo: bytes | None = None) -> L.Document:
    """A yearly book: cover, contents, records in date order, a completion table."""
    blocks: list = [L.Cover("三会一课记录本", [BRANCH, "2026年度"]), L.TableOfContents()]
    names = member_names(24)
    for month in range(1, records + 1):
        record = meeting_record(photo, names, paragraphs=3)
        title = f"{month}月 支部党员大会会议记录"
        body = [b for b in record.blocks if not isinstance(b, L.PageBreak)]
        body[0] = L.Heading(title, 1)
        blocks += body[:-2] + [L.PageBreak()]
    blocks += [L.Heading("年度完成情况统计表", 1), statistics_table()]
    return L.Document("2026年度三会一课记录本", BRANCH, blocks, fingerprint="a1b2-c3d4-e5f6")
