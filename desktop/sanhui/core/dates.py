"""Dates as they come from rosters and forms, and calendar arithmetic.

``parse_date`` accepts what village rosters really contain: Excel date cells,
``2020-07-01``, ``2020/7/1``, ``2020.07.01``, ``20200701``, ``2020年7月1日``
and Excel serial numbers. Everything else is a ``ValueError`` whose message
is a Chinese sentence the user can act on.
"""
from __future__ import annotations

import calendar
import math
import re
import unicodedata
from datetime import date, datetime, timedelta

#: Years outside this range are typing mistakes in a roster, not dates.
MIN_YEAR = 1900
MAX_YEAR = 2100

# 1899-12-30 is serial 0 for every serial after Excel's fictitious 1900-02-29 (serial 60).
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_MAX_SERIAL = (date(MAX_YEAR, 12, 31) - _EXCEL_EPOCH).days

_TIME_SUFFIX = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_PATTERNS = (
    # 2020-07-01, 2020/7/1, 2020.07.01 (one separator used throughout), optional time as CSV exports add
    re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME_SUFFIX),
    # 20200701
    re.compile(r"(\d{4})()(\d{2})(\d{2})"),
    # 2020年7月1日 (the 日 is often left out)
    re.compile(r"(\d{4})年()\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"),
)


def _error(value: object) -> ValueError:
    text = str(value).strip()
    return ValueError(f"日期“{text}”无法识别，请写成 2020-07-01 的形式")


def _checked(value: object, year: int, month: int, day: int) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _error(value)
    try:
        return date(year, month, day)
    except ValueError:
        raise _error(value) from None


def _from_number(value: int | float) -> date:
    """An Excel serial number (43997) or a date typed as a number (20200701)."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _error(value)
        whole = math.floor(value)  # a fraction is the time of day
    else:
        whole = value
    if 10_000_000 <= whole <= 99_999_999:
        return _checked(value, whole // 10_000, whole // 100 % 100, whole % 100)
    if whole == 60 or not 1 <= whole <= _EXCEL_MAX_SERIAL:  # 60 is Excel's 1900-02-29, which never was
        raise _error(value)
    if whole < 60:
        return _EXCEL_EPOCH + timedelta(days=whole + 1)
    return _EXCEL_EPOCH + timedelta(days=whole)


def _from_text(value: str) -> date:
    text = unicodedata.normalize("NFKC", value).strip()  # full-width digits and separators too
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            year, _sep, month, day = match.groups()
            return _checked(value, int(year), int(month), int(day))
    raise _error(value)


def parse_date(value: object) -> date:
    """The date in ``value`` (a cell, a string or an Excel serial number).

    Raises ``ValueError`` with a Chinese message when it is not a real date.
    """
    if isinstance(value, (date, datetime)):  # a date cell: within the same years as a typed date
        day = value.date() if isinstance(value, datetime) else value
        return _checked(value, day.year, day.month, day.day)
    if isinstance(value, bool):
        raise _error(value)
    if isinstance(value, (int, float)):
        return _from_number(value)
    if isinstance(value, str):
        if not value.strip():
            raise ValueError("日期是空的，请写成 2020-07-01 的形式")
        return _from_text(value)
    raise _error(value)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clamped to the end of the month (31 Jan + 1 = 28/29 Feb)."""
    months = d.year * 12 + (d.month - 1) + n
    year, month = divmod(months, 12)
    month += 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def add_years(d: date, n: int) -> date:
    """``d`` moved by ``n`` years; 29 Feb becomes 28 Feb in a year that is not a leap year."""
    return add_months(d, 12 * n)


def full_years_between(start: date, end: date) -> int:
    """Whole years from ``start`` to ``end`` (an age, 党龄); negative when ``end`` is earlier.

    A year is full on the day ``add_years`` reaches, so one born on 29 Feb turns
    one year older on 28 Feb in a year that is not a leap year.
    """
    if end < start:
        return -full_years_between(end, start)
    years = end.year - start.year
    if add_years(start, years) > end:
        years -= 1
    return years
