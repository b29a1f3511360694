"""Checks of one roster entry (core/validation.py): each rule fails and passes."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sanhui.core.idcard import check_digit
from sanhui.core.model import MEMBER_FIELDS, Category, ExclusionReason, LeftStatus, Member
from sanhui.core.validation import is_valid_phone, normalize_phone, validate_member

TODAY = date(2026, 3, 1)


def id_number(birth: date, sequence: str = "013", region: str = "330127") -> str:
    first17 = f"{region}{birth:%Y%m%d}{sequence}"
    return first17 + check_digit(first17)


BIRTH = date(1970, 5, 6)
GOOD = Member(
    name="张建国", gender="男", ethnicity="汉族", birth_date=BIRTH, id_number=id_number(BIRTH),
    education="高中", phone="13800138000", join_date=date(1995, 7, 1), full_date=date(1996, 7, 1),
    category=Category.FULL, position="书记",
)


def problems(**changes) -> list:
    return validate_member(replace(GOOD, **changes), TODAY)


def fields(**changes) -> list[str]:
    return [p.field for p in problems(**changes)]


def test_a_good_member_has_no_problems():
    assert validate_member(GOOD, TODAY) == []


def test_every_problem_names_a_member_field_and_says_what_to_do():
    bad = replace(
        GOOD, name="", gender="X", id_number="123", phone="123", join_date=None, birth_date=date(2030, 1, 1),
        full_date=date(2027, 1, 1), category=Category.PROBATIONARY, probation_extension_months=3,
        excluded_reason=ExclusionReason.ABROAD, excluded_to=date(2020, 1, 1), discipline_from=date(2021, 1, 1),
        discipline_to=date(2020, 1, 1), left_status=LeftStatus.DECEASED,
    )
    found = validate_member(bad, TODAY)
    assert len(found) >= 10
    for problem in found:
        assert problem.field in MEMBER_FIELDS
        assert "请" in problem.message


# 姓名


@pytest.mark.parametrize("name", ["", "   "])
def test_name_is_required(name):
    assert fields(name=name) == ["name"]
    assert "请填写姓名" in problems(name=name)[0].message


def test_name_length():
    assert fields(name="张" * 21) == ["name"]
    assert fields(name="张" * 20) == []


def test_name_without_digits():
    assert fields(name="张建国2") == ["name"]
    assert fields(name="阿卜杜拉·买买提") == []


# 性别


def test_gender_is_male_or_female():
    assert fields(gender="M") == ["gender"]
    assert fields(gender="", id_number="") == []
    assert fields(gender="男") == []


# 身份证号


def test_id_number_must_be_valid():
    bad = GOOD.id_number[:-1] + ("0" if GOOD.id_number[-1] != "0" else "1")
    assert fields(id_number=bad) == ["id_number"]
    assert "校验位" in problems(id_number=bad)[0].message
    assert fields(id_number="12345") == ["id_number"]
    assert fields(id_number="") == []


def test_id_birth_date_must_match_birth_date():
    other = id_number(date(1970, 5, 7))
    assert fields(id_number=other) == ["birth_date"]
    assert "1970-05-07" in problems(id_number=other)[0].message
    assert fields(id_number=other, birth_date=None) == []


def test_id_gender_must_match_gender():
    woman = id_number(BIRTH, sequence="024")
    assert fields(id_number=woman) == ["gender"]
    assert fields(id_number=woman, gender="女") == []
    assert fields(id_number=woman, gender="") == []


# 手机号码


@pytest.mark.parametrize("phone", [
    "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000", "8613800138000",
    "0086 13800138000", "１３８００１３８０００", "19912345678", "0571-88886666", "(0571)88886666", "0571 8888 6666",
    "057188886666", "010-62345678", "021-6543210", "",
])
def test_phone_accepted(phone):
    assert fields(phone=phone) == []
    assert phone == "" or is_valid_phone(phone)


@pytest.mark.parametrize("phone", [
    "1380013800", "138001380001", "12800138000", "23800138000", "88886666", "0571-8888", "0571-08886666",
    "010-12345678", "571-88886666", "13800138000转1", "无", "abc",
])
def test_phone_refused(phone):
    assert fields(phone=phone) == ["phone"]
    assert "手机号码" in problems(phone=phone)[0].message
    assert not is_valid_phone(phone)


def test_normalize_phone():
    assert normalize_phone(" 138 0013 8000 ") == "13800138000"
    assert normalize_phone("+86-138-0013-8000") == "13800138000"
    assert normalize_phone("0086 13800138000") == "13800138000"
    assert normalize_phone("（0571）88886666") == "0571-88886666"
    assert normalize_phone("0571 88886666") == "0571-88886666"
    assert normalize_phone("01062345678") == "010-62345678"
    assert normalize_phone("0755-2345678") == "0755-2345678"
    assert normalize_phone(" 无 ") == "无"
    assert normalize_phone(None) == ""


# 入党日期


def test_join_date_is_required():
    assert fields(join_date=None, full_date=None) == ["join_date"]
    assert "入党日期" in problems(join_date=None, full_date=None)[0].message


def test_join_date_not_in_the_future():
    assert fields(join_date=date(2026, 3, 2), full_date=None, category=Category.PROBATIONARY) == ["join_date"]
    assert fields(join_date=TODAY, full_date=None, category=Category.PROBATIONARY) == []


def test_join_date_not_before_the_18th_birthday():
    assert fields(join_date=date(1988, 5, 5), full_date=None) == ["join_date"]
    assert "1988-05-06" in problems(join_date=date(1988, 5, 5), full_date=None)[0].message
    assert fields(join_date=date(1988, 5, 6), full_date=None) == []


def test_join_date_18th_birthday_from_the_id_number():
    assert fields(birth_date=None, join_date=date(1988, 5, 5), full_date=None) == ["join_date"]
    assert fields(birth_date=None, join_date=date(1988, 5, 6), full_date=None) == []


def test_join_date_without_any_birth_date():
    assert fields(birth_date=None, id_number="", join_date=date(1960, 1, 1), full_date=None) == []


# 转正日期


def test_probationary_member_has_no_full_date():
    joined = date(2025, 6, 1)
    assert fields(join_date=joined, full_date=None, category=Category.PROBATIONARY) == []
    assert fields(join_date=date(2024, 6, 1), full_date=date(2025, 6, 1), category=Category.PROBATIONARY) == [
        "full_date"
    ]


def test_full_member_without_full_date_is_left_alone():
    assert fields(full_date=None) == []  # old records often lack it


def test_full_date_not_before_a_year_of_probation():
    assert fields(full_date=date(1996, 6, 30)) == ["full_date"]
    assert "1996-07-01" in problems(full_date=date(1996, 6, 30))[0].message
    assert fields(full_date=date(1995, 1, 1)) == ["full_date"]  # before joining, even
    assert fields(full_date=date(1996, 7, 1)) == []


def test_full_date_after_an_extended_probation():
    assert fields(probation_extension_months=6, full_date=date(1996, 12, 31)) == ["full_date"]
    assert "延长6个月" in problems(probation_extension_months=6, full_date=date(1996, 12, 31))[0].message
    assert fields(probation_extension_months=6, full_date=date(1997, 1, 1)) == []
    assert fields(probation_extension_months=12, full_date=date(1997, 6, 30)) == ["full_date"]
    assert fields(probation_extension_months=12, full_date=date(1997, 7, 1)) == []


def test_full_date_not_in_the_future():
    joined = date(2025, 2, 1)
    assert fields(join_date=joined, full_date=date(2026, 3, 2)) == ["full_date"]
    assert fields(join_date=joined, full_date=date(2026, 2, 1)) == []


@pytest.mark.parametrize("months", [0, 6, 7, 12])
def test_probation_extension_allowed(months):
    assert fields(probation_extension_months=months, full_date=date(1997, 8, 1)) == []


@pytest.mark.parametrize("months", [-1, 1, 3, 5, 13, 24])
def test_probation_extension_refused(months):
    assert fields(probation_extension_months=months, full_date=date(1997, 8, 1)) == ["probation_extension_months"]


# 出生日期


def test_birth_date_not_in_the_future():
    assert "birth_date" in fields(birth_date=date(2026, 3, 2), id_number="")
    assert fields(birth_date=date(2026, 3, 2), id_number="", join_date=None) == ["birth_date", "join_date"]


def test_member_is_at_least_18_today():
    assert fields(birth_date=date(2008, 3, 2), id_number="", join_date=TODAY, full_date=None,
                  category=Category.PROBATIONARY) == ["birth_date", "join_date"]
    assert fields(birth_date=date(2008, 3, 1), id_number="", join_date=TODAY, full_date=None,
                  category=Category.PROBATIONARY) == []


def test_age_from_the_id_number_when_no_birth_date():
    young = id_number(date(2010, 1, 1))
    assert fields(birth_date=None, id_number=young, join_date=None) == ["id_number", "join_date"]
    assert "未满18周岁" in problems(birth_date=None, id_number=young)[0].message


# 不计入应到, 留党察看, 离开


def test_exclusion_needs_a_start_date():
    assert fields(excluded_reason=ExclusionReason.ABROAD) == ["excluded_from"]
    assert fields(excluded_reason=ExclusionReason.ABROAD, excluded_from=date(2025, 1, 1)) == []


def test_exclusion_dates_need_a_reason():
    assert fields(excluded_from=date(2025, 1, 1)) == ["excluded_reason"]


def test_exclusion_end_not_before_start():
    start = date(2025, 1, 1)
    assert fields(excluded_reason=ExclusionReason.AWAY, excluded_from=start, excluded_to=date(2024, 12, 31)) == [
        "excluded_to"
    ]
    assert fields(excluded_reason=ExclusionReason.AWAY, excluded_from=start, excluded_to=start) == []


def test_discipline_end_not_before_start():
    start = date(2024, 1, 1)
    assert fields(discipline_from=start, discipline_to=date(2023, 12, 31)) == ["discipline_to"]
    assert fields(discipline_from=start, discipline_to=date(2025, 1, 1)) == []
    assert fields(discipline_from=start) == []
    assert fields(discipline_to=start) == ["discipline_from"]


def test_left_status_needs_a_date():
    assert fields(left_status=LeftStatus.TRANSFERRED) == ["left_date"]
    assert "转出" in problems(left_status=LeftStatus.TRANSFERRED)[0].message
    assert fields(left_status=LeftStatus.TRANSFERRED, left_date=date(2025, 5, 1)) == []
