"""Hostile input, a few hundred cases: the importers refuse in Chinese or import validly, never anything else.

The rules are bench/fuzz_import.py's Oracle: only a SanhuiError may come out,
no case runs past its time limit, the file changes only by a valid import
(full dump compared), no transaction is left open, and what was imported can
be exported again without formula cells. The big run: ``python -m bench.fuzz_import``.
"""
from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.fuzz_cases import (  # noqa: E402
    ENCODINGS,
    FORMULAS,
    ODD_TEXT,
    Case,
    record_template,
    roster_rows,
)
from bench.fuzz_import import Oracle  # noqa: E402

FUZZ = settings(deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def oracle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SANHUI_HOME", str(folder / "home"))
        made = Oracle(folder / "work", members=20)
        yield made
        made.close()


def _judge(oracle: Oracle, case: Case) -> str:
    outcome = oracle.run(case, seconds=10.0)
    assert outcome.problems == [], f"{case.how}: {outcome.problems}\n{outcome.detail}"
    return outcome.result


hostile_text = st.one_of(
    st.text(max_size=30), st.sampled_from(FORMULAS + ODD_TEXT), st.integers().map(str),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000), max_size=12),
)
cell = st.one_of(
    hostile_text, st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(9999, 12, 31)),
    st.dates(min_value=date(1, 1, 1)),
)


@st.composite
def mutated_roster(draw, cells=cell):
    """A valid roster with some headers and cells replaced by hostile ones."""
    import random

    header, rows = roster_rows(random.Random(draw(st.integers(0, 10**6))))
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()) and rows:
            row = draw(st.sampled_from(rows))
            row[draw(st.integers(0, len(row) - 1))] = draw(cells)
        else:
            header[draw(st.integers(0, len(header) - 1))] = draw(hostile_text)
    return header, rows


def _csv_bytes(header, rows, delimiter, encoding) -> bytes:
    def text(value):
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        value = "" if value is None else str(value)
        if delimiter in value or '"' in value or "\n" in value:
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(text(v) for v in row) for row in [header, *rows]]
    return "\r\n".join(lines).encode(encoding, errors="replace")


@settings(FUZZ, max_examples=120)
@given(table=mutated_roster(cells=hostile_text), delimiter=st.sampled_from([",", "\t", ";"]),
       encoding=st.sampled_from(ENCODINGS))
def test_mutated_csv_rosters(oracle, table, delimiter, encoding):
    header, rows = table
    data = _csv_bytes(header, rows, delimiter, encoding)
    _judge(oracle, Case("csv", f"{encoding} {delimiter!r}", data, ".csv"))


@settings(FUZZ, max_examples=40)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".txt", ".xlsx", ".json"]))
def test_random_bytes(oracle, data, suffix):
    kind = "json" if suffix == ".json" else "xlsx" if suffix == ".xlsx" else "csv"
    assert _judge(oracle, Case(kind, "random bytes", data, suffix)) in ("refused", "nothing")


def _workbook(header, rows) -> bytes | None:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = Workbook()
    try:
        book.active.append(header)
        for row in rows:
            book.active.append(row)
        out = io.BytesIO()
        book.save(out)
    except (IllegalCharacterError, ValueError, TypeError):
        return None
    return out.getvalue()


@settings(FUZZ, max_examples=60)
@given(table=mutated_roster())
def test_workbooks_with_hostile_cells(oracle, table):
    data = _workbook(*table)
    if data is not None:
        _judge(oracle, Case("xlsx", "hostile cells", data, ".xlsx"))


@pytest.fixture(scope="module")
def valid_workbook() -> bytes:
    import random

    return _workbook(*roster_rows(random.Random(3)))


@settings(FUZZ, max_examples=60)
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                     min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_damaged_workbooks(oracle, valid_workbook, flips, cut):
    raw = bytearray(valid_workbook)
    for where, value in flips:
        raw[int(where * len(raw))] = value
    if cut is not None:
        raw = raw[: int(cut * len(raw))]
    _judge(oracle, Case("xlsx", f"flips {flips} cut {cut}", bytes(raw), ".xlsx"))


json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)
RECORD_KEYS = ["type", "topic", "date", "start", "end", "place", "host", "recorder", "content",
               "decisions", "hours", "status", "attendance", "guests", "votes", "id", "group", "for_period",
               "form", "theme"]


@settings(FUZZ, max_examples=100)
@given(seed=st.integers(0, 10**6), changes=st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(RECORD_KEYS), json_value), max_size=4),
    attendance=st.lists(st.fixed_dictionaries({"member": hostile_text, "status": json_value}), max_size=3),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_mutated_meeting_records(oracle, seed, changes, attendance, encoding):
    import random

    rng = random.Random(seed)
    records = [record_template(rng, oracle.names, date(2026, month, 10)) for month in (3, 4, 5)]
    for index, key, value in changes:
        records[index][key] = value
    records[0]["attendance"] += attendance
    data = json.dumps(records, ensure_ascii=False).encode(encoding)
    _judge(oracle, Case("json", f"{changes}", data, ".json"))


def test_the_oracle_can_fail(oracle, monkeypatch):
    """A crash, a write that is not an import, and an open transaction are each caught."""
    from sanhui.core.store import roster_import

    def explode(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(roster_import, "plan_import", explode)
    outcome = oracle.run(Case("csv", "crash", b"x", ".csv"))
    assert outcome.result == "crash" and outcome.problems

    def scribble(*args, **kwargs):
        oracle.db.execute("UPDATE members SET note = 'x'")
        oracle.db.conn.commit()
        from sanhui.errors import InvalidInput

        raise InvalidInput("名册不对")

    monkeypatch.setattr(roster_import, "plan_import", scribble)
    outcome = oracle.run(Case("csv", "writes and refuses", b"x", ".csv"))
    assert outcome.result == "refused" and any("without an import" in p for p in outcome.problems)

    def leave_open(*args, **kwargs):
        oracle.db.execute("BEGIN")
        from sanhui.errors import InvalidInput

        raise InvalidInput("名册不对")

    monkeypatch.setattr(roster_import, "plan_import", leave_open)
    outcome = oracle.run(Case("csv", "open transaction", b"x", ".csv"))
    assert any("transaction" in p for p in outcome.problems)
