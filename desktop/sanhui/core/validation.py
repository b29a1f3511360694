"""Checks of one roster entry (党员信息): each problem is a Chinese sentence saying what to fix.

``validate_member`` never raises: it returns the problems, each tied to the
``Member`` attribute it concerns so that the GUI can show it at that field.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date

from sanhui.core import idcard
from sanhui.core.dates import add_years, full_years_between
from sanhui.core.model import LEFT_STATUS_NAMES, Category, Member, Problem
from sanhui.core.rules import probation_end

MAX_NAME_LENGTH = 20
MAX_GROUP_NAME_LENGTH = 30  # 党小组 names are short: 第一党小组, 东村党小组
ADULT_AGE = 18  # 年满十八岁 (Party constitution, Art. 1)

_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)
# Area codes are 010 and 02x (three digits) or 0[3-9]xx (four digits); the number has 7 or 8 digits.
_LANDLINE_DIGITS = re.compile(r"(0(?:[12]\d|[3-9]\d\d))([2-9]\d{6,7})", re.ASCII)
_LANDLINE = re.compile(r"0(?:[12]\d|[3-9]\d\d)-[2-9]\d{6,7}", re.ASCII)
_SEPARATORS = re.compile(r"[\s\-()]")


def normalize_phone(value: object) -> str:
    """A phone number as stored: ``13800138000`` for a mobile, ``0571-88886666`` for a landline.

    Spaces, dashes, brackets and a +86 / 0086 prefix are dropped. Text that is not
    a phone number is returned stripped but otherwise unchanged, for ``validate_member`` to report.
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).strip()
    compact = _SEPARATORS.sub("", text)
    for prefix in ("+86", "0086"):
        if compact.startswith(prefix):
            compact = compact[len(prefix):]
    if len(compact) == 13 and compact.startswith("86") and _MOBILE.fullmatch(compact[2:]):
        compact = compact[2:]
    if _MOBILE.fullmatch(compact):
        return compact
    landline = _LANDLINE_DIGITS.fullmatch(compact)
    if landline:
        return f"{landline.group(1)}-{landline.group(2)}"
    return text


def is_valid_phone(value: object) -> bool:
    """A mainland mobile number or a landline with its area code."""
    phone = normalize_phone(value)
    return bool(_MOBILE.fullmatch(phone) or _LANDLINE.fullmatch(phone))


def validate_member(m: Member, today: date) -> list[Problem]:
    """Every problem of ``m`` as of ``today``; an empty list when the entry is fine."""
    birth = _known_birth_date(m)
    problems: list[Problem] = []
    problems += _check_name(m)
    problems += _check_gender(m)
    problems += _check_id_number(m)
    problems += _check_birth_date(m, birth, today)
    problems += _check_phone(m)
    problems += _check_join_date(m, birth, today)
    problems += _check_probation(m, today)
    problems += _check_exclusion(m)
    problems += _check_discipline(m)
    problems += _check_left(m)
    return problems


def _known_birth_date(m: Member) -> date | None:
    """出生日期 as entered, else the one in a valid 身份证号."""
    if m.birth_date is not None:
        return m.birth_date
    if m.id_number and idcard.validate(m.id_number) is None:
        return idcard.birth_date(m.id_number)
    return None


def _check_name(m: Member) -> list[Problem]:
    name = (m.name or "").strip()
    if not name:
        return [Problem("name", "请填写姓名")]
    if len(name) > MAX_NAME_LENGTH:
        return [Problem("name", f"姓名“{name}”超过{MAX_NAME_LENGTH}个字，请只填写姓名")]
    if any(ch.isdigit() for ch in name):
        return [Problem("name", f"姓名“{name}”中有数字，请只填写姓名（同名的请在备注中区分）")]
    return []


def _check_gender(m: Member) -> list[Problem]:
    if m.gender and m.gender not in ("男", "女"):
        return [Problem("gender", f"性别“{m.gender}”无法识别，请填写“男”或“女”")]
    return []


def _check_id_number(m: Member) -> list[Problem]:
    if not m.id_number:
        return []
    message = idcard.validate(m.id_number)
    if message:
        return [Problem("id_number", message)]
    problems = []
    id_birth = idcard.birth_date(m.id_number)
    if m.birth_date is not None and id_birth != m.birth_date:
        problems.append(Problem(
            "birth_date",
            f"出生日期 {m.birth_date.isoformat()} 与身份证号中的出生日期 {id_birth.isoformat()} 不一致，"
            "请核对出生日期或身份证号",
        ))
    id_gender = idcard.gender(m.id_number)
    if m.gender in ("男", "女") and id_gender != m.gender:
        problems.append(Problem(
            "gender", f"性别填的是“{m.gender}”，身份证号显示为“{id_gender}”，请核对性别或身份证号"
        ))
    return problems


def _check_birth_date(m: Member, birth: date | None, today: date) -> list[Problem]:
    if birth is None:
        return []
    field = "birth_date" if m.birth_date is not None else "id_number"
    if birth > today:
        return [Problem(field, f"出生日期 {birth.isoformat()} 晚于今天，请核对")]
    if full_years_between(birth, today) < ADULT_AGE:
        return [Problem(field, f"按出生日期 {birth.isoformat()} 算，今天还未满{ADULT_AGE}周岁，请核对出生日期")]
    return []


def _check_phone(m: Member) -> list[Problem]:
    if not m.phone or is_valid_phone(m.phone):
        return []
    return [Problem(
        "phone",
        f"手机号码“{m.phone}”不对：手机号应是以1开头的11位数字，座机请带区号，如 0571-88886666",
    )]


def _check_join_date(m: Member, birth: date | None, today: date) -> list[Problem]:
    if m.join_date is None:
        return [Problem("join_date", "请填写入党日期（被支部大会接收为预备党员的日期）")]
    if m.join_date > today:
        return [Problem("join_date", f"入党日期 {m.join_date.isoformat()} 晚于今天，请核对")]
    if birth is not None and birth <= today:
        adult_on = add_years(birth, ADULT_AGE)
        if m.join_date < adult_on:
            return [Problem(
                "join_date",
                f"入党日期 {m.join_date.isoformat()} 早于年满{ADULT_AGE}周岁的日子 {adult_on.isoformat()}，"
                "请核对入党日期或出生日期",
            )]
    return []


def _probation_end(m: Member) -> date | None:
    """预备期满: one year after 入党日期 plus any extension; None without 入党日期."""
    if m.join_date is None:
        return None
    extension = m.probation_extension_months if _extension_is_valid(m.probation_extension_months) else 0
    return probation_end(dataclasses.replace(m, probation_extension_months=extension))


def _extension_is_valid(months: int) -> bool:
    return months == 0 or 6 <= months <= 12


def _check_probation(m: Member, today: date) -> list[Problem]:
    problems = []
    if not _extension_is_valid(m.probation_extension_months):
        problems.append(Problem(
            "probation_extension_months",
            f"延长预备期填的是{m.probation_extension_months}个月，只能延长6至12个月，不延长请填0",
        ))
    if m.full_date is None:
        return problems  # probationary; or an old record of a full member that lacks it
    if m.category == Category.PROBATIONARY:
        problems.append(Problem(
            "full_date", "预备党员不应有转正日期：已转正的请把人员类别改为正式党员，未转正的请清空转正日期"
        ))
    if m.full_date > today:
        problems.append(Problem("full_date", f"转正日期 {m.full_date.isoformat()} 晚于今天，尚未转正的请留空"))
    due = _probation_end(m)
    if due is not None and m.full_date < due:
        extension = m.probation_extension_months if _extension_is_valid(m.probation_extension_months) else 0
        period = f"入党满一年又延长{extension}个月" if extension else "入党满一年"
        problems.append(Problem(
            "full_date",
            f"转正日期 {m.full_date.isoformat()} 早于预备期满的日子 {due.isoformat()}（{period}），"
            "请核对转正日期或入党日期",
        ))
    return problems


def _check_exclusion(m: Member) -> list[Problem]:
    problems = []
    if m.excluded_reason is not None and m.excluded_from is None:
        problems.append(Problem("excluded_from", "已选择不计入应到的原因，请填写从哪天开始不计入应到"))
    if m.excluded_reason is None and (m.excluded_from or m.excluded_to):
        problems.append(Problem("excluded_reason", "填写了不计入应到的日期，请同时选择原因，或清空这些日期"))
    if m.excluded_from and m.excluded_to and m.excluded_to < m.excluded_from:
        problems.append(Problem(
            "excluded_to",
            f"不计入应到的结束日期 {m.excluded_to.isoformat()} 早于开始日期 {m.excluded_from.isoformat()}，请核对",
        ))
    return problems


def _check_discipline(m: Member) -> list[Problem]:
    if m.discipline_to is None:
        return []
    if m.discipline_from is None:
        return [Problem("discipline_from", "填写了留党察看的结束日期，请同时填写开始日期")]
    if m.discipline_to < m.discipline_from:
        return [Problem(
            "discipline_to",
            f"留党察看的结束日期 {m.discipline_to.isoformat()} 早于开始日期 {m.discipline_from.isoformat()}，请核对",
        )]
    return []


def _check_left(m: Member) -> list[Problem]:
    if m.left_status is not None and m.left_date is None:
        status = LEFT_STATUS_NAMES.get(m.left_status, "离开支部")
        return [Problem("left_date", f"已选择“{status}”，请填写{status}的日期")]
    return []
