"""Hostile and broken packages: each refused with a clear Chinese message, the receiving file unchanged."""
from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sanhui.core.exchange.export import export_packages
from sanhui.core.exchange.importer import import_files
from sanhui.core.exchange.keys import ensure_keys
from sanhui.core.exchange.package import MANIFEST, Limits, write_zip
from sanhui.core.store.members import list_members, update_member
from sanhui.core.store.org import create_file, file_info
from sanhui.core.store.photos import add_photo
from sanhui.core.store.talks import add_talk

from common import TODAY
from exchange_world import A_CODE, B_CODE, T_CODE, copy_world, dump, entries_of, jpeg, resign

NEW_PHONE = "13912345678"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Setting:
    world: object
    a: object
    t: object
    data: bytes  # a valid package from A, not yet imported
    old_phone: str

    def import_(self, data: bytes, name: str = "package.sanhui", **options):
        path = self.world.stick / name
        path.write_bytes(data)
        return import_files(self.t, [path], **options).files[0]

    def refused(self, data: bytes, expected: str = "", **options):
        """Import ``data``; it must be refused with ``expected`` in its message and change nothing."""
        changes = self.t.conn.total_changes
        item = self.import_(data, **options)
        assert item.refused, item.to_json()
        assert CHINESE.search(item.message) and item.message.endswith("。"), item.message
        assert expected in item.message, item.message
        assert self.t.conn.total_changes == changes
        return item


@pytest.fixture
def setting(base_world, tmp_path):
    world = copy_world(base_world, tmp_path / "world")
    a, t = world.open("a"), world.open("t")
    branch_id = file_info(a).org_id
    member = list_members(a, branch_id)[0]
    old_phone, member.phone = member.phone, NEW_PHONE
    update_member(a, member, TODAY, reason="更换手机号码")
    first, second = [m.id for m in list_members(a, branch_id)[:2]]
    add_talk(a, branch_id, TODAY, first, "谈心谈话：了解近期困难。", other_id=second)
    draft = a.execute("SELECT id FROM meetings WHERE status = 'draft' ORDER BY date LIMIT 1").fetchone()[0]
    add_photo(a, draft, jpeg((0, 90, 0)), "第二张照片")
    result = export_packages(a, world.stick)[0]
    data = result.path.read_bytes()
    result.path.unlink()
    setting = Setting(world, a, t, data, old_phone)
    yield setting
    a.close()
    t.close()


def test_the_untouched_package_is_accepted(setting):
    """The control: everything below is refused because of what was done to it, not by accident."""
    names = [n for n, _ in entries_of(setting.data)]
    assert {"rows/members.jsonl", "rows/audit_log.jsonl", "rows/talks.jsonl", "personal.bin"} <= set(names)
    assert any(n.startswith("photos/") for n in names)
    before = dump(setting.world.path("t"))
    item = setting.import_(setting.data)
    assert item.status == "applied", item.to_json()
    assert dump(setting.world.path("t")) != before
    assert setting.t.execute("SELECT count(*) FROM members WHERE phone = ?", [NEW_PHONE]).fetchone()[0] == 1


def test_personal_numbers_are_not_readable_in_the_package(setting, tmp_path):
    a = setting.a
    full = export_packages(a, setting.world.stick, full=True)[0].path.read_bytes()
    numbers = [v for row in a.execute("SELECT id_number, phone FROM members") for v in row if v]
    assert len(numbers) >= 100
    for data in (setting.data, full):
        for number in numbers + [NEW_PHONE, setting.old_phone]:
            assert number.encode() not in data, number
            assert number[-8:].encode() not in data
    # a branch that does not know its township's key yet withholds them
    lone = create_file(tmp_path / "lone.db", "branch", "中共测试村支部委员会", "330102099", "中共青山镇委员会", T_CODE)
    from sanhui.core.demo import add_members

    add_members(lone, file_info(lone).org_id, 20, 5, TODAY)
    result = export_packages(lone, setting.world.stick)[0]
    assert result.personal == "withheld"
    withheld = result.path.read_bytes()
    lone_numbers = [v for row in lone.execute("SELECT id_number, phone FROM members") for v in row if v]
    assert len(lone_numbers) >= 20
    for number in lone_numbers:
        assert number.encode() not in withheld


def test_one_flipped_byte_anywhere(setting):
    data = setting.data
    offsets = sorted(set(range(0, 96)) | set(range(0, len(data), max(1, len(data) // 240)))
                     | set(range(len(data) - 120, len(data))))
    before = dump(setting.world.path("t"))
    for offset in offsets:
        broken = bytearray(data)
        broken[offset] ^= 0x01 if offset % 2 else 0xFF
        setting.refused(bytes(broken))
    assert dump(setting.world.path("t")) == before
    assert len(offsets) > 400


@pytest.mark.parametrize("length", [0, 22, 1000, -1, "half"])
def test_truncated(setting, length):
    data = setting.data
    cut = len(data) // 2 if length == "half" else length
    setting.refused(data[:cut], "已损坏或不完整")


def test_an_entry_added_or_removed(setting):
    entries = entries_of(setting.data)
    setting.refused(write_zip(entries + [("rows/extra.jsonl", b'{"id":"x"}\n')]), "与清单不符")
    setting.refused(write_zip([e for e in entries if e[0] != "rows/talks.jsonl"]), "与清单不符")
    setting.refused(write_zip([e for e in entries if e[0] != "personal.bin"]), "与清单不符")
    buffer = io.BytesIO(setting.data)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("rows/notes.jsonl", b"{}\n" * 100)
    setting.refused(buffer.getvalue())


def test_signed_by_an_unknown_key(setting):
    forged = resign(setting.data, Ed25519PrivateKey.generate())
    item = setting.refused(forged, "不一致")
    assert A_CODE in item.message and "keys accept" in item.message


def test_a_package_from_a_claimed_as_bs(setting):
    b = setting.world.open("b")
    b_org = file_info(b).org_id
    entries = entries_of(setting.data)
    manifest = json.loads(dict(entries)[MANIFEST])
    manifest["sender"].update(code=B_CODE, name="中共石桥村支部委员会", org_id=b_org)
    edited = [(MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode())
              if n == MANIFEST else (n, d) for n, d in entries]
    setting.refused(write_zip(edited), "已损坏")  # not signed again: the signature no longer fits

    def claim_b(m):
        m["sender"].update(code=B_CODE, name="中共石桥村支部委员会", org_id=b_org)

    item = setting.refused(resign(setting.data, ensure_keys(setting.a).signing, claim_b), "却自称")
    assert "中共青山村支部委员会" in item.message
    # only renamed: it is still A's package, and B's records are not touched
    b_rows = list(setting.t.execute("SELECT * FROM talks WHERE branch_id = ? ORDER BY id", [b_org]))
    item = setting.import_(setting.data, name=f"sanhui-{B_CODE}-to-{T_CODE}-0009.sanhui")
    assert item.status == "applied" and item.sender["code"] == A_CODE
    assert list(setting.t.execute("SELECT * FROM talks WHERE branch_id = ? ORDER BY id", [b_org])) == b_rows


def test_rows_of_another_branch_inside_a_signed_package_are_refused(setting):
    b_org = file_info(setting.world.open("b")).org_id

    def foreign(rows):
        for row in rows:
            row["branch_id"] = b_org

    forged = resign(setting.data, ensure_keys(setting.a).signing, entries_change=_edit_rows("talks", foreign))
    item = setting.import_(forged)
    assert item.status == "applied"
    assert item.plan.tables["talks"].refused == 1 and item.plan.tables["talks"].new == 0
    assert "属于另一个单位" in item.plan.refusals[0].reason
    assert setting.t.execute("SELECT count(*) FROM talks WHERE content = '谈心谈话：了解近期困难。'").fetchone()[0] == 0


def test_an_older_version_never_undoes_a_newer_one(setting):
    assert setting.import_(setting.data).status == "applied"
    name = setting.t.execute("SELECT name FROM members WHERE phone = ?", [NEW_PHONE]).fetchone()[0]

    def older(rows):
        for row in rows:
            row["version"], row["name"] = 1, "改名张三"

    def next_without_personal(manifest):
        manifest["sequence"] += 1
        manifest["personal"] = {"mode": "none"}

    def change(entries):
        return _edit_rows("members", older)([e for e in entries if e[0] != "personal.bin"])

    forged = resign(setting.data, ensure_keys(setting.a).signing, next_without_personal, change)
    item = setting.import_(forged)
    assert item.status == "applied" and item.plan.tables["members"].older == 1, item.to_json()
    assert setting.t.execute("SELECT name FROM members WHERE phone = ?", [NEW_PHONE]).fetchone()[0] == name


def test_an_older_package_replayed_after_a_newer_one(setting):
    first_name = setting.a.execute("SELECT id FROM members LIMIT 1").fetchone()[0]
    add_talk(setting.a, file_info(setting.a).org_id, TODAY, first_name, "又一次谈话。", other_name="村民李四")
    newer = export_packages(setting.a, setting.world.stick)[0]
    assert import_files(setting.t, [newer.path]).files[0].status == "applied"
    item = setting.refused(setting.data, "比已经导入的")
    assert "第 3 号" in item.message and "第 4 号" in item.message


def test_a_newer_format_or_schema(setting):
    signing = ensure_keys(setting.a).signing
    setting.refused(resign(setting.data, signing, lambda m: m.update(format=2)), "请先升级三会一课助手")
    setting.refused(resign(setting.data, signing, lambda m: m.update(schema=m["schema"] + 1)), "请先升级三会一课助手")


@pytest.mark.parametrize("name", ["../evil.jsonl", "rows/../../evil.jsonl", "/etc/evil.jsonl",
                                  "rows\\evil.jsonl", "C:/evil.jsonl"])
def test_entry_names_that_leave_the_folder(setting, name):
    entries = entries_of(setting.data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry_name, data in entries[:2]:
            archive.writestr(entry_name, data)
        archive.writestr(name, b"{}\n")
    setting.refused(buffer.getvalue(), "不安全的文件名")
    assert not (setting.world.folder.parent / "evil.jsonl").exists()


def test_an_entry_that_expands_past_the_bound(setting):
    entries = entries_of(setting.data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
        archive.writestr("rows/talks_extra.jsonl", b"\0" * (64 * 1024 * 1024))
    assert len(buffer.getvalue()) < 1024 * 1024
    setting.refused(buffer.getvalue(), "解压后过大")
    setting.refused(setting.data, "解压后过大", limits=Limits(max_total_bytes=4096))
    setting.refused(setting.data, "解压后过大", limits=Limits(max_entries=3))
    setting.refused(setting.data, "解压后过大", limits=Limits(max_entry_bytes=100))


def test_sealed_to_another_township(setting, tmp_path):
    other = create_file(tmp_path / "other.db", "township", "中共青山镇委员会", T_CODE)
    path = setting.world.stick / "to-other.sanhui"
    path.write_bytes(setting.data)
    before = dump(tmp_path / "other.db")
    item = import_files(other, [path], accept_new=True).files[0]
    assert item.status == "refused" and "加密给另一个密钥" in item.message
    assert dump(tmp_path / "other.db") == before


def test_meant_for_someone_else_or_the_wrong_direction(setting):
    b = setting.world.open("b")
    reply_for_a = export_packages(setting.t, setting.world.stick, to=[A_CODE])[0].path
    before = dump(setting.world.path("b"))
    item = import_files(b, [reply_for_a]).files[0]
    assert item.status == "refused" and "不是发给本单位" in item.message
    assert dump(setting.world.path("b")) == before
    setting.refused(reply_for_a.read_bytes(), "应当在支部的电脑上导入")
    path = setting.world.stick / "a-report.sanhui"
    path.write_bytes(setting.data)
    item = import_files(b, [path]).files[0]
    assert item.status == "refused" and "应当在乡镇的电脑上导入" in item.message
    assert dump(setting.world.path("b")) == before


def _edit_rows(table: str, edit):
    def change(entries):
        result = []
        for name, data in entries:
            if name == f"rows/{table}.jsonl":
                rows = [json.loads(line) for line in data.decode().splitlines()]
                edit(rows)
                data = b"".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
                                + b"\n" for r in rows)
            result.append((name, data))
        return result

    return change


def test_incomplete_rows_are_refused_and_a_broken_rule_undoes_the_whole_package(setting):
    signing = ensure_keys(setting.a).signing

    def no_date(rows):
        rows[0]["date"] = None  # talks.date is required

    item = setting.import_(resign(setting.data, signing, entries_change=_edit_rows("talks", no_date)))
    assert item.status == "applied" and item.plan.tables["talks"].refused == 1
    assert "记录不完整" in item.plan.refusals[0].reason

    def unknown_category(rows):
        rows[0]["category"], rows[0]["version"] = "honorary", rows[0]["version"] + 5

    other = setting.a.execute("SELECT id FROM members LIMIT 1 OFFSET 5").fetchone()[0]
    add_talk(setting.a, file_info(setting.a).org_id, TODAY, other, "再谈一次。", other_name="村民王五")
    newer = export_packages(setting.a, setting.world.stick)[0].path.read_bytes()
    before = dump(setting.world.path("t"))
    setting.refused(resign(newer, signing, entries_change=_edit_rows("members", unknown_category)), "已全部撤销")
    assert dump(setting.world.path("t")) == before


def test_a_half_written_part_file_never_passes(setting):
    part = setting.world.stick / "sanhui-330102001-to-330102-0009.sanhui.part"
    part.write_bytes(setting.data[: len(setting.data) * 2 // 3])
    assert import_files(setting.t, [setting.world.stick]).files == []  # a folder: .part files are not packages
    item = import_files(setting.t, [part]).files[0]
    assert item.status == "refused" and "已损坏或不完整" in item.message


def test_first_contact_needs_acceptance(setting, tmp_path):
    from sanhui.core.demo import create_demo

    newcomer = create_demo(tmp_path / "new.db", today=TODAY, seed=9, name="中共柳塘村支部委员会", code="330102003")
    result = export_packages(newcomer, setting.world.stick)[0]
    item = setting.refused(result.path.read_bytes(), ensure_keys(newcomer).shown)
    assert item.status == "unknown_sender" and "--accept-new" in item.message
    assert item.plan.tables["meetings"].new > 0  # what it would bring is shown
    assert setting.import_(result.path.read_bytes(), accept_new=True).status == "applied"
