"""Hostile inputs for the importers: mutated roster workbooks and CSV files, mutated meeting-record JSON.

Every generator takes a ``random.Random`` and yields ``Case`` values (the
bytes of one file, its suffix and a note of how it was made), deterministic
by seed. ``bench/fuzz_import.py`` throws them at the importers.
"""
from __future__ import annotations

import copy
import functools
import io
import json
import random
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sanhui.core.roster import ROSTER_COLUMNS
from sanhui.core.synth import make_members

TODAY = date.today()


@dataclass
class Case:
    kind: str  # xlsx, csv, json, package
    how: str  # what was done to it, for the report
    data: bytes
    suffix: str


FORMULAS = (
    "=1+1", "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.com\",\"点我\")", "+1-1", "-2+3", "@SUM(A1:A2)",
    "=IMPORTXML(A1)", "\t=1", "=A1*1000000", "==", "=",
)
ODD_TEXT = (
    "", " ", "\u3000", "\u200b", "\u202e王芳", "王\x00芳", "\x01\x02", "😀党员", "Ｘ", "ｘ１２３", "null", "None",
    "NaN", "inf", "-0", "0x1F", "1e400", "１９６５年３月２日", "1965.13.40", "0000-00-00", "9999-12-31",
    "1900-01-01", "2099-01-01", "1965/3/2 25:61", "正式", "预备", "男性", "女性", "未知", "'110101196503021234",
    "110101196503021234.0", "1.10101E+17", "13800138000.0", "+86 138 0013 8000", "<script>",
    "../../etc/passwd",
    "' OR 1=1 --", "\"", "\n", "\r\n\r\n", "\\", "%s%s%s", "{}", "[]",
)
HUGE = ("王" * 40000, "1" * 200000, "a" * 131073, "，" * 5000)


def hostile_value(rng: random.Random) -> object:
    """One cell value a careless or hostile file could hold."""
    pick = rng.random()
    if pick < 0.25:
        return rng.choice(FORMULAS)
    if pick < 0.55:
        return rng.choice(ODD_TEXT)
    if pick < 0.62:
        return rng.choice(HUGE)[: rng.choice((50, 5000, 40000, 200000))]
    if pick < 0.75:
        return rng.choice((0, -1, 1, 2**31, 2**63 - 1, 10**17, 1.5, -1e308, 1e308, 110101196503021234,
                           13800138000, 0.1, True, False))
    if pick < 0.88:
        return rng.choice((datetime(1900, 1, 1), datetime(1965, 3, 2), datetime(2099, 12, 31),
                           datetime(9999, 12, 31), date(1, 1, 1), datetime(2026, 2, 28, 13, 45),
                           date(2000, 2, 29)))
    return "".join(chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(rng.randrange(1, 30)))


def roster_rows(rng: random.Random) -> tuple[list[str], list[list[object]]]:
    """A valid roster (header and rows) of a few new members, to be mutated."""
    count = rng.choice((1, 2, 3, 5, 8, 12))
    members = make_members(count, seed=rng.randrange(10**6) + 100, today=TODAY)
    header = list(ROSTER_COLUMNS)
    rows = [[m.get(column, "") for column in header] for m in members]
    return header, rows


def mutate_table(rng: random.Random, header: list, rows: list[list[object]]) -> tuple[list, list[list], str]:
    """Hostile cells, lost or doubled columns, odd headers, blank rows: what careless hands do to a sheet."""
    notes = []
    for _ in range(rng.choice((0, 1, 1, 2, 3, 6))):
        action = rng.random()
        if not header:
            header = [hostile_value(rng)]
        if action < 0.45 and rows:
            row = rng.choice(rows)
            col = rng.randrange(len(row)) if row else 0
            if row:
                row[col] = hostile_value(rng)
            notes.append(f"cell {header[col] if col < len(header) else col}")
        elif action < 0.55:
            col = rng.randrange(len(header))
            notes.append(f"header {header[col]} -> hostile")
            header[col] = hostile_value(rng)
        elif action < 0.62:
            col = rng.randrange(len(header))
            notes.append(f"drop column {header[col]}")
            del header[col]
            for row in rows:
                if col < len(row):
                    del row[col]
        elif action < 0.68:
            col = rng.randrange(len(header))
            notes.append(f"double column {header[col]}")
            header.append(header[col])
            for row in rows:
                row.append(hostile_value(rng))
        elif action < 0.74:
            notes.append("duplicate row")
            if rows:
                rows.append(list(rng.choice(rows)))
        elif action < 0.80:
            notes.append("blank rows")
            blank = [[None] * len(header) for _ in range(rng.choice((1, 50, 2500)))]
            rows[rng.randrange(len(rows) + 1):0] = blank
        elif action < 0.85:
            notes.append("many columns")
            header += [f"列{i}" for i in range(rng.choice((10, 100)))]
        elif action < 0.90:
            notes.append("header moved down")
            rows.insert(0, list(header))
            header = ["党员名册"] + [None] * (len(header) - 1)
        elif action < 0.93:
            notes.append("too many rows")
            first = list(rows[0]) if rows else []
            rows += [list(first) for _ in range(5001)]
        else:
            notes.append("rows of one cell")
            rows = [r[:1] for r in rows]
    return header, rows, ", ".join(notes) or "valid"


def _workbook_bytes(header: list, rows: list[list[object]]) -> bytes | None:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    workbook = Workbook()
    sheet = workbook.active
    try:
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        out = io.BytesIO()
        workbook.save(out)
    except (IllegalCharacterError, ValueError, TypeError):
        return None  # openpyxl will not write it; nor would Excel
    return out.getvalue()


WORKSHEET = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>{}</t></is></c></row></sheetData></worksheet>')


def entity_bomb(levels: int = 9) -> bytes:
    """"Billion laughs": nine levels of ten entities each, a few hundred bytes that mean 10^9 words."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, levels + 1))
    head = f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
    return (head + WORKSHEET.format(f"&lol{levels};")).encode()


BOMB_XML = entity_bomb()
XXE_XML = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
    b'<c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>'
)


def corrupt_zip(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """A workbook's bytes damaged: flipped bytes, cut short, a part replaced by garbage or hostile XML."""
    pick = rng.random()
    if pick < 0.3:
        raw = bytearray(data)
        for _ in range(rng.choice((1, 2, 5, 20, 200))):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw), "flipped bytes"
    if pick < 0.45:
        return data[: rng.randrange(len(data))], "cut short"
    if pick < 0.55:
        at = rng.randrange(len(data))
        return data[:at] + rng.randbytes(rng.randrange(1, 4000)) + data[at:], "bytes inserted"
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    target = rng.choice([n for n in names if n.endswith(".xml")] or names)
    replacement = rng.choice((
        (BOMB_XML, "entity expansion bomb"), (XXE_XML, "external entity"), (b"", "empty part"),
        (rng.randbytes(500), "garbage part"), (b"<worksheet><sheetData><row>", "unclosed XML"),
        (b"<?xml version='1.0'?><x>" + b"<a>" * 5000 + b"</x>", "deep XML"),
    ))
    if replacement[1] in ("entity expansion bomb", "external entity") and "xl/worksheets/sheet1.xml" in names:
        target = "xl/worksheets/sheet1.xml"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            if name == target and rng.random() < 0.15:
                continue  # the part is missing altogether
            archive.writestr(name, replacement[0] if name == target else source.read(name))
    return out.getvalue(), f"{replacement[1]} in {target}"


@functools.lru_cache(maxsize=1)
def zip_bomb() -> bytes:
    """A small file that would unpack to hundreds of megabytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (210 * 1024 * 1024))
    return out.getvalue()


def xlsx_cases(rng: random.Random, count: int) -> Iterator[Case]:
    valid = None
    for number in range(count):
        header, rows = roster_rows(rng)
        header, rows, how = mutate_table(rng, header, rows)
        data = _workbook_bytes(header, rows)
        if data is None:
            continue
        valid = data
        pick = rng.random()
        if pick < 0.45:
            yield Case("xlsx", how, data, ".xlsx")
        elif pick < 0.97:
            damaged, damage = corrupt_zip(rng, data)
            yield Case("xlsx", f"{how}; {damage}", damaged, rng.choice((".xlsx", ".xlsx", ".xlsm", ".csv")))
        elif number % 7 == 0:
            yield Case("xlsx", "zip bomb", zip_bomb(), ".xlsx")
        else:
            yield Case("xlsx", "not a zip", rng.randbytes(rng.randrange(0, 3000)), ".xlsx")
    if valid is not None:
        yield Case("xlsx", "old .xls magic", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + valid, ".xlsx")


ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "big5", "shift_jis",
             "latin-1", "utf-32")


def _csv_text(header: list, rows: list[list[object]], rng: random.Random) -> str:
    delimiter = rng.choice((",", ",", ",", "\t", ";", "|"))
    quote = rng.random() < 0.9
    lines = []
    for row in [header, *rows]:
        cells = []
        for value in row:
            if isinstance(value, (date, datetime)):
                text = value.isoformat()
            else:
                text = "" if value is None else str(value)
            if quote and (delimiter in text or '"' in text or "\n" in text):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(delimiter.join(cells))
    return rng.choice(("\r\n", "\n", "\r")).join(lines)


def csv_cases(rng: random.Random, count: int) -> Iterator[Case]:
    for _ in range(count):
        pick = rng.random()
        if pick < 0.12:
            yield Case("csv", "random bytes", rng.randbytes(rng.choice((0, 1, 16, 500, 5000))), ".csv")
            continue
        header, rows = roster_rows(rng)
        header, rows, how = mutate_table(rng, header, rows)
        text = _csv_text(header, rows, rng)
        encoding = rng.choice(ENCODINGS)
        data = text.encode(encoding, errors="replace")
        if pick < 0.25:
            raw = bytearray(data)
            for _ in range(rng.choice((1, 3, 30))):
                raw[rng.randrange(len(raw))] = rng.randrange(256)
            data, how = bytes(raw), how + "; flipped bytes"
        elif pick < 0.32:
            at = rng.randrange(len(data))
            data, how = data[:at] + b'"' + data[at:], how + "; stray quote"
        elif pick < 0.36:
            data, how = data + b"\x00" * rng.choice((1, 100)), how + "; NUL bytes"
        elif pick < 0.40:
            data, how = data[: rng.randrange(len(data))], how + "; cut short"
        yield Case("csv", f"{encoding}; {how}", data, rng.choice((".csv", ".csv", ".txt", ".CSV")))


# ---------------------------------------------------------------- meetings JSON

JSON_HOSTILE = (
    None, True, False, 0, -1, 1.5, 10**30, -(10**30), 1e308, float("nan"), float("inf"), "", " ",
    "王" * 100000,
    [], {}, [None], [[[]]], {"a": {"b": {}}}, "2026-02-30", "2026-13-01", "0001-01-01", "9999-12-31", "25:00",
    "9:00", "final", "draft", "returned", "general_meeting", "支部党员大会", "present", "leave", "absent",
    "00000000-0000-0000-0000-000000000000", "not-a-uuid", "=1+1", "\u202e", "\x00",
)


def record_template(rng: random.Random, names: list[str], day: date) -> dict:
    """A valid draft or final record naming members of the roster."""
    kind = rng.choice(("general_meeting", "committee", "party_lecture", "theme_day", "other"))
    chosen = rng.sample(names, k=min(len(names), rng.choice((0, 3, 10))))
    return {
        "type": kind, "topic": f"议题{rng.randrange(10**6)}", "date": day.isoformat(), "start": "09:00",
        "end": "10:30", "place": "村党群服务中心", "host": names[0], "recorder": names[1],
        "content": "学习上级文件精神。", "decisions": ["抓好落实"], "lecturer": names[0], "title": "党课",
        "hours": 2, "theme": "主题", "form": "学习",
        "attendance": [{"member": n, "status": rng.choice(("present", "leave", "absent")), "reason": "外出"}
                       for n in chosen],
        "guests": [{"name": "赵立新", "role": "镇党委组织委员"}] if rng.random() < 0.3 else [],
        "votes": [{"motion": "同意", "for": 1, "against": 0, "abstain": 0}] if rng.random() < 0.3 else [],
        "status": rng.choice(("draft", "draft", "final")),
    }


def _paths(value, prefix=()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, prefix + (index,))
    return found


def mutate_json(rng: random.Random, value) -> tuple[object, str]:
    value = copy.deepcopy(value)
    notes = []
    for _ in range(rng.choice((1, 1, 2, 3, 5))):
        paths = _paths(value)
        path = rng.choice(paths)
        if not path:
            value = rng.choice(JSON_HOSTILE) if rng.random() < 0.5 else value
            notes.append("root")
            continue
        parent = value
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        action = rng.random()
        if action < 0.6:
            parent[key] = rng.choice(JSON_HOSTILE)
            notes.append(f"{'/'.join(map(str, path))} = hostile")
        elif action < 0.75 and isinstance(parent, dict):
            del parent[key]
            notes.append(f"drop {'/'.join(map(str, path))}")
        elif action < 0.85 and isinstance(parent, dict):
            odd_key = rng.choice(("id", "extra", "branch_id", "status", "group", "fingerprint"))
            parent[odd_key] = rng.choice(JSON_HOSTILE)
            notes.append("odd key")
        elif action < 0.92 and isinstance(parent, list):
            parent.extend(copy.deepcopy(parent[: rng.choice((1, 2))]) * rng.choice((1, 2, 500)))
            notes.append("repeated items")
        else:
            parent[key] = [parent[key]] * rng.choice((2, 10))
            notes.append("wrapped in a list")
    return value, ", ".join(notes)


def json_cases(rng: random.Random, count: int, names: list[str]) -> Iterator[Case]:
    for _ in range(count):
        days = sorted({date(2026, rng.randrange(1, 11), rng.randrange(1, 28)) for _ in range(3)})
        records = [record_template(rng, names, day) for day in days]
        pick = rng.random()
        if pick < 0.08:
            yield Case("json", "valid", json.dumps(records, ensure_ascii=False).encode(), ".json")
            continue
        mutated, how = mutate_json(rng, records)
        text = json.dumps(mutated, ensure_ascii=False, allow_nan=True)
        data = text.encode(rng.choice(("utf-8", "utf-8", "utf-8-sig", "gb18030", "utf-16")), errors="replace")
        if pick < 0.2:
            raw = bytearray(data)
            for _ in range(rng.choice((1, 3))):
                raw[rng.randrange(len(raw))] = rng.randrange(256)
            data, how = bytes(raw), how + "; flipped bytes"
        elif pick < 0.25:
            data, how = data[: rng.randrange(len(data))], how + "; cut short"
        elif pick < 0.27:
            depth = rng.choice((1000, 100000))
            data, how = b"[" * depth + b"]" * depth, f"nested {depth} deep"
        yield Case("json", how, data, ".json")


# ---------------------------------------------------------------- packages (hook)


def package_cases(rng: random.Random, count: int) -> Iterator[Case]:
    """HOOK for the USB package importer (core/exchange/, being built in another session).

    Fill in: take a valid package made by the exporter, damage it the ways
    ``corrupt_zip`` and ``mutate_json`` do (bytes flipped, cut short, entries
    replaced, the manifest or signature changed, a replayed or skipped
    sequence number), and yield ``Case("package", how, data, ".sanhui")``.
    Then set ``fuzz_import.PACKAGE_IMPORTER``. Yields nothing until then.
    """
    return iter(())
