"""The 18-digit citizen identity number (core/idcard.py)."""
from __future__ import annotations

from datetime import date

import pytest

from sanhui.core import idcard

# The example number of GB 11643-1999 (sequence 002: even, a woman) and one built from it.
WOMAN = "11010519491231002X"
MAN_NUMBER = "110105194912310038"  # sequence 003: odd, a man


def test_check_digit_of_the_standard_example():
    assert idcard.check_digit("11010519491231002") == "X"
    assert idcard.check_digit("44052418800101001") == "4"  # the other example of the standard


def test_check_digit_needs_17_digits():
    for bad in ("1101051949123100", "110105194912310021", "1101051949123100X", "１１０１０５１９４９１２３１００２"):
        with pytest.raises(ValueError):
            idcard.check_digit(bad)


def test_check_digit_catches_every_single_digit_typo():
    first17 = MAN_NUMBER[:17]
    for position in range(17):
        for digit in "0123456789":
            if digit == first17[position]:
                continue
            typo = first17[:position] + digit + first17[position + 1:]
            assert idcard.check_digit(typo) != MAN_NUMBER[17]


def test_normalize():
    assert idcard.normalize(" 11010519491231002x ") == WOMAN
    assert idcard.normalize("110105 19491231 002X") == WOMAN
    assert idcard.normalize("１１０１０５１９４９１２３１００２ｘ") == WOMAN  # full-width, as typed with a Chinese IME
    assert idcard.normalize(None) == ""
    assert idcard.normalize("") == ""


def test_validate_accepts_valid_numbers():
    assert idcard.validate(WOMAN) is None
    assert idcard.validate("11010519491231002x") is None
    assert idcard.validate(MAN_NUMBER) is None
    assert idcard.validate("440524188001010014") is not None  # the standard's 1880 example: no living member


@pytest.mark.parametrize("number, words", [
    ("", "空"),
    ("11010519491231002", "18位"),
    ("1101051949123100211", "18位"),
    ("110105491231002", "15位"),
    ("11010519491231002A", "最后一位"),
    ("1101051949123X0021", "前17位"),
    ("110105194913310020", "“19491331”不是有效的日期"),
    ("110105201902290020", "“20190229”不是有效的日期"),
    ("110105180001010020", "“18000101”不是有效的日期"),
    ("110105194912310021", "校验位"),
    ("110105194912310020", "校验位"),
])
def test_validate_says_what_is_wrong(number, words):
    message = idcard.validate(number)
    assert message is not None and words in message
    assert "请" in message  # says what to do


def test_birth_date():
    assert idcard.birth_date(WOMAN) == date(1949, 12, 31)
    assert idcard.birth_date(" 11010519491231002x") == date(1949, 12, 31)
    assert idcard.birth_date("110105194912310021") == date(1949, 12, 31)  # a bad check digit keeps the date
    assert idcard.birth_date("110105194913310020") is None
    assert idcard.birth_date("11010519491231") is None
    assert idcard.birth_date("") is None


def test_gender_from_the_sequence_digit():
    assert idcard.gender(WOMAN) == "女"
    assert idcard.gender(MAN_NUMBER) == "男"
    assert idcard.gender("440524188001010014") == "男"
    assert idcard.gender("12345") is None
    assert idcard.gender("") is None


def test_numbers_built_for_each_day_validate():
    day = date(1960, 1, 1)
    while day.year < 1962:
        first17 = f"330127{day:%Y%m%d}123"
        number = first17 + idcard.check_digit(first17)
        assert idcard.validate(number) is None
        assert idcard.birth_date(number) == day
        day = date.fromordinal(day.toordinal() + 17)
