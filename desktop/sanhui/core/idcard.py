"""The 18-digit citizen identity number (公民身份号码, GB 11643-1999).

Layout: 6 digits of the region code, 8 digits of the birth date (YYYYMMDD),
3 digits of sequence (odd for men, even for women) and a check digit computed
with ISO 7064 MOD 11-2 (``0``-``9`` or ``X``).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_SHAPE = re.compile(r"\d{17}[\dX]", re.ASCII)


def normalize(id_number: object) -> str:
    """The number as stored: no spaces, full-width characters made ASCII, ``x`` upper-cased."""
    if id_number is None:
        return ""
    text = unicodedata.normalize("NFKC", str(id_number))
    return "".join(text.split()).upper()


def check_digit(first17: str) -> str:
    """The check character (``0``-``9`` or ``X``) for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("计算校验位需要身份证号的前17位数字")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def _birth_part(number: str) -> date | None:
    """The birth date in positions 7-14; None if it is no date, or before 1900 (no living member)."""
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None
    return born if born.year >= 1900 else None


def validate(id_number: str) -> str | None:
    """None when the number is a well-formed 18-digit number, else a Chinese message saying what to fix."""
    number = normalize(id_number)
    if not number:
        return "身份证号是空的，请填写18位身份证号"
    if len(number) == 15 and number.isdigit():
        return "身份证号是15位的旧号码，请改为18位的新号码（可照第二代身份证填写）"
    if len(number) != 18:
        return f"身份证号应为18位，现在是{len(number)}位，请对照身份证核对"
    if not _SHAPE.fullmatch(number):
        return "身份证号前17位应是数字，最后一位是数字或X，请对照身份证核对"
    if _birth_part(number) is None:
        return f"身份证号第7至14位是出生日期，“{number[6:14]}”不是有效的日期，请对照身份证核对"
    if check_digit(number[:17]) != number[17]:
        return "身份证号校验位不符，可能有数字输错，请对照身份证逐位核对"
    return None


def birth_date(id_number: str) -> date | None:
    """The birth date in an 18-digit number, or None when the number has no valid one.

    The check digit is not required here: a mistyped sequence digit does not change the birth date.
    """
    number = normalize(id_number)
    if not _SHAPE.fullmatch(number):
        return None
    return _birth_part(number)


def gender(id_number: str) -> str | None:
    """``'男'`` or ``'女'`` from the sequence digit (odd: 男), None when the number is not well formed."""
    number = normalize(id_number)
    if not _SHAPE.fullmatch(number):
        return None
    return "男" if int(number[16]) % 2 else "女"
