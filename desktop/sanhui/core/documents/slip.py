"""指纹核对单: the slip a branch hands to the township (or the other way) to compare key fingerprints."""
from __future__ import annotations

from datetime import date

from sanhui.core.store.database import Database

from . import layout as L
from .records import cn_date


def fingerprint_slip(db: Database, today: date | None = None) -> L.Document:
    """This file's unit, code and key fingerprint, with room to sign: compared on paper at first contact."""
    from sanhui.core.exchange.keys import ensure_keys
    from sanhui.core.store.org import home_org

    org = home_org(db)
    keys = ensure_keys(db)
    rows = [("单位名称", org.name), ("组织代码", org.code), ("本机指纹", keys.shown),
            ("打印日期", cn_date(today or date.today()))]
    if org.township_name:
        rows.insert(2, ("所属乡镇党委", f"{org.township_name}（{org.township_code}）"))
    blocks = [
        L.Heading("三会一课助手 数据交换指纹核对单", level=1),
        L.FieldTable(rows, columns=1),
        L.Paragraph("第一次导入对方的数据包时，程序会显示对方的指纹。请与本单上的指纹逐字核对，一致才能接受；"
                    "不一致说明数据包不是这台电脑发出的，请不要接受，并与对方联系。"),
        L.Spacer(10),
        L.SignatureLines(["填写人（签字）", "核对人（签字）"]),
    ]
    return L.Document("数据交换指纹核对单", org.name, blocks)
