"""Dates from rosters and forms, and calendar arithmetic (core/dates.py)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from sanhui.core.dates import add_months, add_years, full_years_between, parse_date

JULY_1 = date(2020, 7, 1)


@pytest.mark.parametrize("text", [
    "2020-07-01", "2020-7-1", "2020/7/1", "2020/07/01", "2020.07.01", "2020.7.1", "20200701",
    "2020年7月1日", "2020年07月01日", "2020年7月1", "  2020-07-01  ", "\u30002020/7/1\u3000", "2020-07-01 00:00:00",
    "2020-07-01T08:30", "２０２０年７月１日", "2020－07－01",
])
def test_parse_date_accepts_the_usual_forms(text):
    assert parse_date(text) == JULY_1


def test_parse_date_accepts_cells():
    assert parse_date(JULY_1) == JULY_1
    assert parse_date(datetime(2020, 7, 1, 0, 0)) == JULY_1
    assert type(parse_date(datetime(2020, 7, 1, 15, 30))) is date


@pytest.mark.parametrize("number, expected", [
    (43997, date(2020, 6, 15)),
    (43997.75, date(2020, 6, 15)),  # the fraction is a time of day
    (44013, JULY_1),
    (1, date(1900, 1, 1)),
    (59, date(1900, 2, 28)),
    (61, date(1900, 3, 1)),
    (20200701, JULY_1),  # typed as a number
    (20200701.0, JULY_1),
])
def test_parse_date_accepts_excel_numbers(number, expected):
    assert parse_date(number) == expected


@pytest.mark.parametrize("value", [
    "2020-13-01", "2020-02-30", "2019-02-29", "20201301", "2020年13月1日", "2020-07/01", "07/01/2020",
    "2020-07", "1965.03", "abc", "二〇二〇年七月一日", "1850-01-01", "2300-01-01", "43997",
    0, -5, 60, 10 ** 9, float("nan"), float("inf"), True, None, [2020, 7, 1],
])
def test_parse_date_refuses_with_a_chinese_message(value):
    with pytest.raises(ValueError) as info:
        parse_date(value)
    assert "无法识别" in str(info.value) and "2020-07-01" in str(info.value)


def test_parse_date_message_quotes_the_value():
    with pytest.raises(ValueError, match="日期“2020-13-01”无法识别，请写成 2020-07-01 的形式"):
        parse_date(" 2020-13-01 ")


def test_parse_date_empty_text():
    with pytest.raises(ValueError, match="空"):
        parse_date("   ")


def test_parse_date_accepts_leap_day():
    assert parse_date("2020-02-29") == date(2020, 2, 29)


def test_add_years_moves_29_february_to_28th():
    assert add_years(date(2020, 2, 29), 1) == date(2021, 2, 28)
    assert add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)
    assert add_years(date(2020, 2, 29), -1) == date(2019, 2, 28)
    assert add_years(JULY_1, 50) == date(2070, 7, 1)
    assert add_years(JULY_1, 0) == JULY_1


def test_add_months_clamps_to_month_end():
    assert add_months(date(2021, 1, 31), 1) == date(2021, 2, 28)
    assert add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)
    assert add_months(date(2020, 8, 31), 1) == date(2020, 9, 30)
    assert add_months(date(2020, 11, 15), 2) == date(2021, 1, 15)
    assert add_months(date(2020, 1, 15), -1) == date(2019, 12, 15)
    assert add_months(date(2020, 3, 31), -13) == date(2019, 2, 28)
    assert add_months(JULY_1, 18) == date(2022, 1, 1)


def test_full_years_between():
    born = date(1970, 7, 1)
    assert full_years_between(born, date(1988, 6, 30)) == 17
    assert full_years_between(born, date(1988, 7, 1)) == 18
    assert full_years_between(born, born) == 0
    assert full_years_between(date(1975, 12, 31), date(2026, 1, 1)) == 50


def test_full_years_between_29_february():
    leap = date(2004, 2, 29)
    assert full_years_between(leap, date(2022, 2, 27)) == 17
    assert full_years_between(leap, date(2022, 2, 28)) == 18  # the day add_years(leap, 18) gives
    assert full_years_between(leap, date(2024, 2, 28)) == 19
    assert full_years_between(leap, date(2024, 2, 29)) == 20


def test_full_years_between_agrees_with_add_years():
    start = date(1999, 3, 31)
    for years in range(0, 60, 7):
        end = add_years(start, years)
        assert full_years_between(start, end) == years
        assert full_years_between(start, date.fromordinal(end.toordinal() - 1)) == max(years - 1, 0)


def test_full_years_between_backwards_is_negative():
    assert full_years_between(date(2020, 7, 1), date(2010, 7, 1)) == -10
