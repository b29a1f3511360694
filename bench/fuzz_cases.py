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
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

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


# ---------------------------------------------------------------- packages

#: Branch codes of the package world (``build_package_world``).
A_CODE, B_CODE, C_CODE, T_CODE = "330102001", "330102002", "330102003", "330102"


@dataclass
class PackageSource:
    """A valid package to be mutated, and what a forger holding the sender's key knows."""

    how: str
    data: bytes
    signing: object  # the sender's Ed25519 private key: mutated manifests are signed again with it
    sealing: object | None = None  # (township X25519 public key bytes, recipient code) to seal hostile personal data


@dataclass
class PackageWorld:
    township: Path  # the template township file (closed, checkpointed): copied fresh for every case
    sources: list[PackageSource]
    foreign_ids: list[str]  # org ids of the other branches and the township
    foreign_rows: list[str]  # row ids of another branch's records held by the township
    township_fingerprint: str = ""


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def build_package_world(folder: Path, today: date = TODAY) -> PackageWorld:
    """Two branches that reported twice (personal numbers sealed) to their township, and the packages to fuzz.

    The sources: A's next report (a changed member, a talk, a photo), A's full report, B's full report
    and the first report of a newcomer C. Each is valid against the township template.
    SANHUI_HOME must point somewhere harmless.
    """
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from sanhui.core.demo import create_demo
    from sanhui.core.exchange.export import export_packages
    from sanhui.core.exchange.importer import import_files
    from sanhui.core.exchange.keys import ensure_keys
    from sanhui.core.store.members import list_members, update_member
    from sanhui.core.store.org import create_file, file_info
    from sanhui.core.store.photos import add_photo
    from sanhui.core.store.talks import add_talk

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stick = folder / "stick"
    stick.mkdir(exist_ok=True)
    a = create_demo(folder / "a.db", today=today)
    b = create_demo(folder / "b.db", today=today, seed=2, name="中共石桥村支部委员会", code=B_CODE)
    c = create_demo(folder / "c.db", today=today, seed=9, name="中共柳塘村支部委员会", code=C_CODE)
    t = create_file(folder / "t.db", "township", "中共青山镇委员会", T_CODE)
    draft = a.execute("SELECT id FROM meetings WHERE status = 'draft' ORDER BY date LIMIT 1").fetchone()[0]
    add_photo(a, draft, _jpeg((200, 40, 40)), "会议现场")

    def send(src, dst, **options) -> None:
        results = export_packages(src, stick, **options)
        batch = import_files(dst, [r.path for r in results], accept_new=True)
        assert [f.status for f in batch.files] == ["applied"], batch.to_json()
        for r in results:
            r.path.unlink()

    for _ in range(2):  # the second report carries the personal numbers sealed to the township's key
        for branch, code in ((a, A_CODE), (b, B_CODE)):
            send(branch, t)
            send(t, branch, to=[code])
    a_id = file_info(a).org_id
    member = list_members(a, a_id)[0]
    member.phone = "13912345678"
    update_member(a, member, today, reason="更换手机号码")
    first, second = [m.id for m in list_members(a, a_id)[:2]]
    add_talk(a, a_id, today, first, "谈心谈话：了解近期困难。", other_id=second)
    add_photo(a, draft, _jpeg((0, 90, 0)), "第二张照片")

    township_keys = ensure_keys(t)
    sealing = (township_keys.exchange.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw), T_CODE)
    sources = []
    for how, db, options in (("A next report", a, {}), ("A full report", a, {"full": True}),
                             ("B full report", b, {"full": True}), ("C first report", c, {})):
        result = export_packages(db, stick, **options)[0]
        sources.append(PackageSource(how, result.path.read_bytes(), ensure_keys(db).signing, sealing))
        result.path.unlink()
    foreign_ids = [file_info(b).org_id, file_info(t).org_id, file_info(c).org_id, a_id]
    b_id = file_info(b).org_id
    foreign_rows = [r[0] for r in t.execute(
        "SELECT id FROM members WHERE branch_id = ? UNION ALL SELECT id FROM meetings WHERE branch_id = ? "
        "UNION ALL SELECT id FROM groups WHERE branch_id = ?", [b_id, b_id, b_id])]
    for db in (a, b, c, t):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    shutil.rmtree(stick)
    return PackageWorld(folder / "t.db", sources, foreign_ids, foreign_rows, township_keys.fingerprint)


def package_entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def sign_package(manifest: dict, body: list[tuple[str, bytes]], signing, listed: list | None = None) -> bytes:
    """A package of ``body`` whose manifest (entry list recomputed unless ``listed``) is validly signed."""
    from sanhui.core.exchange.package import MANIFEST, SIGN_CONTEXT, SIGNATURE, sha256, write_zip

    manifest = dict(manifest)
    manifest["entries"] = listed if listed is not None else [
        {"name": n, "size": len(d), "sha256": sha256(d)} for n, d in body]
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    signature = signing.sign(SIGN_CONTEXT + manifest_bytes)
    return write_zip([(MANIFEST, manifest_bytes), (SIGNATURE, signature), *body])


def _split(data: bytes) -> tuple[dict, list[tuple[str, bytes]]]:
    entries = package_entries(data)
    manifest = json.loads(dict(entries)["manifest.json"])
    return manifest, [(n, d) for n, d in entries if n not in ("manifest.json", "manifest.sig")]


PACKAGE_HOSTILE = (
    None, True, False, 0, -1, 1, 2, 1.5, -1e308, 1e308, 2**31, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, 10**30,
    "", " ", "x", "../x", "../../etc/passwd", "/etc/passwd", "C:\\evil", "\x00", "\u202e", "=1+1",
    "王" * 20000, "a" * 300, "2026-02-30", "9999-12-31", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
    [], {}, [None], {"a": 1}, "draft", "final", "deleted", "branch", "township", "branch_report",
    "township_reply", "sealed", "none", "withheld",
)
ENTRY_NAMES = ("../evil.jsonl", "rows/../../evil.jsonl", "/etc/evil.jsonl", "rows\\evil.jsonl", "C:/evil.jsonl",
               "rows/evil.jsonl", "rows/themes.jsonl", "rows/members.jsonl", "receipt.json", "personal.bin",
               "photos/00000000-0000-0000-0000-000000000000.jpg", "manifest.json", "manifest.sig", " rows/x.jsonl",
               "rows/" + "a" * 41 + ".jsonl", "evil", "")


def _hostile(rng: random.Random, world: PackageWorld):
    pick = rng.random()
    if pick < 0.15:
        return rng.choice(world.foreign_ids + world.foreign_rows)
    return rng.choice(PACKAGE_HOSTILE)


def _byte_damage(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    pick = rng.random()
    if pick < 0.35:
        raw = bytearray(data)
        for _ in range(rng.choice((1, 1, 2, 5, 50))):
            raw[rng.randrange(len(raw))] ^= rng.randrange(1, 256)
        return bytes(raw), "flipped bytes"
    if pick < 0.55:
        at = rng.randrange(len(data) + 1)
        return data[:at] + rng.randbytes(rng.choice((1, 4, 100, 5000))) + data[at:], "bytes inserted"
    if pick < 0.75:
        at = rng.randrange(len(data))
        return data[:at] + data[at + rng.choice((1, 3, 64, 4096)):], "bytes deleted"
    if pick < 0.92:
        return data[: rng.choice((0, 1, 22, rng.randrange(len(data))))], "cut short"
    return rng.randbytes(rng.choice((0, 22, 1000))), "random bytes"


def _entry_damage(rng: random.Random, entries: list[tuple[str, bytes]]) -> tuple[list[tuple[str, bytes]], str]:
    entries = list(entries)
    pick = rng.random()
    index = rng.randrange(len(entries))
    if pick < 0.2:
        name = rng.choice(ENTRY_NAMES)
        entries.insert(rng.randrange(len(entries) + 1), (name, rng.choice((b"", b"{}\n", rng.randbytes(100)))))
        return entries, f"entry {name!r} added"
    if pick < 0.4:
        name = entries.pop(index)[0]
        return entries, f"entry {name} removed"
    if pick < 0.6:
        name, data = entries[index]
        new = rng.choice(ENTRY_NAMES)
        entries[index] = (new, data)
        return entries, f"entry {name} renamed {new!r}"
    if pick < 0.8:
        entries.insert(rng.randrange(len(entries) + 1), entries[index])
        return entries, f"entry {entries[index][0]} duplicated"
    rng.shuffle(entries)
    return entries, "entries reordered"


def _unsigned_zip(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """Entries changed without signing again (the forger has no key), or the zip rewritten compressed."""
    from sanhui.core.exchange.package import write_zip

    entries = package_entries(data)
    if rng.random() < 0.2:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, body in entries:
                archive.writestr(name, body)
        return out.getvalue(), "rewritten deflated"
    head, body = entries[:2], entries[2:] or entries
    body, how = _entry_damage(rng, body)
    return write_zip(head + body if len(entries) > 2 else body), how + ", not signed again"


def _mutate_manifest(rng: random.Random, manifest: dict, world: PackageWorld) -> str:
    notes: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        try:
            _mutate_manifest_once(rng, manifest, world, notes)
        except (KeyError, TypeError, AttributeError, IndexError):
            notes.append("(a change that no longer fits)")  # an earlier change removed what it edits
    return ", ".join(notes)


def _mutate_manifest_once(rng: random.Random, manifest: dict, world: PackageWorld, notes: list[str]) -> None:
    if True:
        pick = rng.random()
        if pick < 0.12:
            counts = manifest.setdefault("counts", {})
            table = rng.choice(sorted(counts) or ["members"])
            counts[table] = rng.choice((0, 1, -1, 10**9, 2**64, None, "3"))
            notes.append(f"counts.{table} wrong")
        elif pick < 0.2:
            key = rng.choice(("format", "schema", "sequence"))
            manifest[key] = rng.choice((0, -1, 2, 3, 10**9, 2**63, 2**64, None, "1", 1.0, True,
                                        (manifest.get(key) or 1) + rng.choice((-1, 1, 2, 1000))))
            notes.append(f"{key} = {manifest[key]!r}"[:40])
        elif pick < 0.3:
            manifest["sender"][rng.choice(("code", "name", "org_id", "role"))] = _hostile(rng, world)
            notes.append("sender field hostile")
        elif pick < 0.36:
            manifest["sender"].update(org_id=rng.choice(world.foreign_ids))
            notes.append("sender org_id of another org")
        elif pick < 0.42:
            manifest["recipient"][rng.choice(("code", "name", "fingerprint"))] = _hostile(rng, world)
            notes.append("recipient hostile")
        elif pick < 0.5:
            manifest["kind"] = rng.choice(("township_reply", "branch_report", "x", None))
            notes.append(f"kind {manifest['kind']}")
        elif pick < 0.6:
            personal = manifest.get("personal")
            if isinstance(personal, dict) and rng.random() < 0.5:
                personal[rng.choice(("mode", "recipient_fingerprint", "ephemeral_key", "nonce"))] = \
                    _hostile(rng, world)
            else:
                manifest["personal"] = rng.choice(({"mode": "none"}, {"mode": "withheld"}, {"mode": "sealed"},
                                                   None, "sealed"))
            notes.append("personal header")
        elif pick < 0.7:
            key = rng.choice(("since", "full", "photos", "created_at", "counts"))
            manifest[key] = _hostile(rng, world)
            notes.append(f"{key} hostile")
        elif pick < 0.76:
            manifest.pop(rng.choice(sorted(manifest)), None)
            notes.append("a key dropped")
        elif pick < 0.82:
            manifest[rng.choice(("extra", "entries2", "rows"))] = _hostile(rng, world)
            notes.append("extra key")
        else:
            paths = [p for p in _paths(manifest) if p and p[0] != "entries"]
            path = rng.choice(paths)
            parent = manifest
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = _hostile(rng, world)
            notes.append(f"{'/'.join(map(str, path))} hostile"[:60])


def _hostile_listing(rng: random.Random, body: list[tuple[str, bytes]]) -> tuple[list, str]:
    from sanhui.core.exchange.package import sha256

    listed = [{"name": n, "size": len(d), "sha256": sha256(d)} for n, d in body]
    if not listed:
        return [{"name": "../x", "size": 2**40, "sha256": "0" * 64}], "listing of a missing entry"
    item = rng.choice(listed)
    pick = rng.random()
    if pick < 0.3:
        item["size"] = rng.choice((2**40, 2**64, -1, 0, item["size"] + 1, "1", None))
        return listed, "listed size wrong"
    if pick < 0.5:
        item["name"] = rng.choice(ENTRY_NAMES)
        return listed, "listed name hostile"
    if pick < 0.65:
        item["sha256"] = rng.choice(("", "0" * 64, None, item["sha256"].upper()))
        return listed, "listed hash wrong"
    if pick < 0.8:
        listed.append(dict(item))
        return listed, "listed twice"
    if pick < 0.9:
        listed.remove(item)
        return listed, "not listed"
    return rng.choice(([], {}, None, "x", [None], [1])), "listing not a list"


def _row_lines(rng: random.Random, rows: list, table: str, world: PackageWorld) -> str:
    notes = []
    for _ in range(rng.choice((1, 1, 2, 3, 6))):
        if not rows:
            rows.append({"id": "x", "branch_id": world.foreign_ids[0], "seq": 1, "version": 1})
            notes.append("a made-up row")
            continue
        row = rng.choice(rows)
        pick = rng.random()
        if not isinstance(row, dict):
            continue
        keys = sorted(row)
        if pick < 0.3 and keys:
            key = rng.choice(keys)
            row[key] = _hostile(rng, world)
            notes.append(f"{table}.{key} = hostile")
        elif pick < 0.4:
            row["branch_id"] = rng.choice(world.foreign_ids)
            notes.append(f"{table}: another org's branch_id")
        elif pick < 0.48:
            row["id"] = rng.choice(world.foreign_rows)
            if "version" in row:
                row["version"] = rng.choice((1, 50, 10**6))
            notes.append(f"{table}: another branch's row id")
        elif pick < 0.56 and keys:
            key = rng.choice(keys)
            del row[key]
            notes.append(f"{table}: column {key} missing")
        elif pick < 0.62:
            key = rng.choice(("evil", "rowid", "id_number", "phone", "data", "thumb", "oid", "\"x\"", "a b"))
            row[key] = _hostile(rng, world)
            notes.append(f"{table}: extra column {key}")
        elif pick < 0.7:
            if "version" in row:
                row["version"] = rng.choice((2, 99, 2**62, 2**63, 2**64))
            row["seq"] = rng.choice((0, 10**12, 2**63 - 1, 2**63))
            notes.append(f"{table}: version/seq changed")
        elif pick < 0.76:
            rows.append(copy.deepcopy(row))
            notes.append(f"{table}: row duplicated")
        elif pick < 0.82:
            rows.remove(row)
            notes.append(f"{table}: row removed")
        elif pick < 0.9:
            key = rng.choice(keys) if keys else "id"
            row[key] = rng.choice(("王" * rng.choice((1000, 100000)), "x" * 70, "\x00" * 10, "\ud800"[:0] + "😀" * 500))
            notes.append(f"{table}.{key}: long string")
        else:
            victim = rng.choice(rows)
            if isinstance(victim, dict) and row is not victim:
                for key in rng.sample(keys, k=min(len(keys), 3)):
                    if key in victim:
                        row[key] = victim[key]
            notes.append(f"{table}: values of another row")
    return ", ".join(notes)


def _encode_rows(rng: random.Random, rows: list) -> tuple[bytes, str]:
    lines = [json.dumps(r, ensure_ascii=rng.random() < 0.1, sort_keys=True, separators=(",", ":")) for r in rows]
    pick = rng.random()
    how = ""
    if pick < 0.04:
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(("not json", "", "[]", "null", "1", '"x"', "{")))
        how = "a bad line"
    elif pick < 0.06:
        lines.insert(rng.randrange(len(lines) + 1), "[" * 100000 + "]" * 100000)
        how = "a line nested 100000 deep"
    elif pick < 0.08:
        lines.insert(0, '{"id":"x","id":"y","branch_id":"z","seq":1,"version":1}')
        how = "a duplicate key"
    text = "\n".join(lines) + "\n"
    if pick > 0.97:
        text, how = text[:-1], "no final newline"
    data = text.encode("utf-8", errors="surrogatepass")
    if 0.95 < pick <= 0.97:
        data, how = b"\xef\xbb\xbf" + data, "BOM"
    return data, how


def _mutate_rows(rng: random.Random, manifest: dict, body: list[tuple[str, bytes]],
                 world: PackageWorld) -> tuple[list[tuple[str, bytes]], str]:
    tables = [i for i, (n, _) in enumerate(body) if n.startswith("rows/")]
    if not tables:
        return body, "no rows"
    notes = []
    for index in rng.sample(tables, k=min(len(tables), rng.choice((1, 1, 1, 2, 4)))):
        name, data = body[index]
        table = name[len("rows/"):-len(".jsonl")]
        rows = [json.loads(line) for line in data.decode().splitlines()]
        note = _row_lines(rng, rows, table, world)
        data, how = _encode_rows(rng, rows)
        body[index] = (name, data)
        if rng.random() < 0.9 and isinstance(manifest.get("counts"), dict):
            manifest["counts"][table] = len(rows) + ("deep" in how or how == "a bad line")
        notes.append(note + (f"; {how}" if how else ""))
    return body, "; ".join(notes)


def _seal_hostile(rng: random.Random, manifest: dict, body: list[tuple[str, bytes]], source: PackageSource,
                  world: PackageWorld) -> tuple[list[tuple[str, bytes]], str]:
    """personal.bin sealed properly to the township's key, with hostile content; or its bytes damaged."""
    from sanhui.core.exchange import personal

    body = [(n, d) for n, d in body if n != "personal.bin"]
    if rng.random() < 0.3 and manifest.get("personal", {}).get("mode") == "sealed":
        old = dict(package_entries(source.data)).get("personal.bin", b"")
        raw = bytearray(old or b"\x00")
        raw[rng.randrange(len(raw))] ^= 0x5A
        body.append(("personal.bin", bytes(raw)))
        return body, "personal.bin bytes damaged"
    member_ids = []
    for name, data in body:
        if name == "rows/members.jsonl":
            member_ids = [json.loads(line)["id"] for line in data.decode().splitlines()]
    members = {}
    for member_id in rng.sample(member_ids, k=min(len(member_ids), 5)) + [rng.choice(world.foreign_rows)]:
        members[member_id] = rng.choice((
            {"id_number": _hostile(rng, world), "phone": _hostile(rng, world)},
            {"id_number": "王" * 100000}, _hostile(rng, world), {"phone": "13800138000", "evil": 1}))
    payload = rng.choice(({"members": members}, {"members": members, "audit": {"x": {"old_values": 5}}},
                          {"members": [1]}, [1], {"audit": _hostile(rng, world)}))
    township_key, recipient = source.sealing
    context = personal.context(manifest["sender"]["fingerprint"], manifest["sequence"], recipient)
    sealed, header = personal.seal(payload, township_key, context) if isinstance(payload, dict) else \
        (rng.randbytes(64), {"ephemeral_key": "00" * 32, "nonce": "00" * 12})
    manifest["personal"] = {"mode": "sealed", **header, "recipient_fingerprint": world.township_fingerprint}
    body.append(("personal.bin", sealed))
    return body, "personal data sealed with hostile content"


def package_cases(rng: random.Random, count: int, world: PackageWorld | None = None) -> Iterator[Case]:
    """``count`` packages made from the world's valid ones: damaged bytes, damaged zips, and signed forgeries.

    About a fifth are damaged without the key (bytes, entries); the rest are signed again with the
    sender's own key, so they pass the signature and reach the manifest, row and personal-data checks,
    the plan and the transaction.
    """
    if world is None:
        return
    for _ in range(count):
        source = rng.choice(world.sources)
        pick = rng.random()
        prefix = source.how
        if pick < 0.04:
            yield Case("package", f"{prefix}: valid", source.data, ".sanhui")
            continue
        if pick < 0.16:
            data, how = _byte_damage(rng, source.data)
            yield Case("package", f"{prefix}: {how}", data, ".sanhui")
            continue
        if pick < 0.24:
            data, how = _unsigned_zip(rng, source.data)
            yield Case("package", f"{prefix}: {how}", data, ".sanhui")
            continue
        manifest, body = _split(source.data)
        manifest.pop("entries", None)
        listed, notes = None, []
        if pick < 0.32:
            body, how = _entry_damage(rng, body)
            notes.append(how)
        elif pick < 0.5:
            notes.append(_mutate_manifest(rng, manifest, world))
        elif pick < 0.56:
            listed, how = _hostile_listing(rng, body)
            notes.append(how)
        elif pick < 0.9:
            body, how = _mutate_rows(rng, manifest, body, world)
            notes.append(how)
        else:
            body, how = _seal_hostile(rng, manifest, body, source, world)
            notes.append(how)
        if rng.random() < 0.1:
            notes.append(_mutate_manifest(rng, manifest, world))
        try:
            data = sign_package(manifest, body, source.signing, listed)
        except (TypeError, ValueError, OverflowError):
            continue  # not even JSON
        how = f"{prefix}: signed again; " + "; ".join(notes)
        if rng.random() < 0.03:
            data, damage = _byte_damage(rng, data)
            how += f"; {damage}"
        yield Case("package", how[:300], data, ".sanhui")
