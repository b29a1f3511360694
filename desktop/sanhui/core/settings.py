"""The typed registry of settings: key, default, type and the Chinese label shown to the user.

Values are stored as JSON per organisation in the ``settings`` table
(store/settings.py); a key not stored has its default here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type
    label: str  # Chinese, as shown in the settings page
    choices: tuple = ()
    private: bool = False  # stays on this laptop: never put in a package for the township


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in [
        Setting("font_size", "normal", str, "字号", ("normal", "large", "xlarge"), private=True),
        Setting("is_village", True, bool, "村（社区）党支部（任期五年）"),
        Setting("term_start", "", str, "本届支部委员会产生日期"),
        Setting("study_hours_member", 32, int, "党员年度学习学时"),
        Setting("study_hours_committee", 56, int, "书记、支委年度学习学时"),
        Setting("reminder_days", 30, int, "提前提醒天数"),
        Setting("pdf_font", "", str, "打印字体文件（留空自动选择）", private=True),
        Setting("margins_mm", "37,35,28,26", str, "页边距（上、下、左、右，毫米）"),
        Setting("rules", {}, dict, "会议频次规则"),
        Setting("record_keeper", "", str, "记录本保管人"),
        Setting("last_notified", "", str, "上次提醒日期", private=True),
        Setting("lock_password", "", str, "打开程序的密码（只存 scrypt 散列）", private=True),
        Setting("lock_idle_minutes", 10, int, "无操作多少分钟后自动锁定（0：不自动锁定）", private=True),
    ]
}

MAX_IDLE_MINUTES = 240
FONT_SCALES = {"normal": 1.0, "large": 1.25, "xlarge": 1.5}
FONT_SIZE_NAMES = {"normal": "标准", "large": "大", "xlarge": "特大"}


def coerce(key: str, value: Any) -> Any:
    """``value`` checked against the registry; raises ValueError with a Chinese message."""
    setting = SETTINGS.get(key)
    if setting is None:
        raise ValueError(f"没有名为“{key}”的设置项。")
    if setting.type is bool:
        if isinstance(value, str):
            value = value.strip().lower() in ("1", "true", "yes", "是")
        return bool(value)
    if setting.type is int:
        try:
            value = int(value)
        except (TypeError, ValueError):
            raise ValueError(f"“{setting.label}”应当是一个整数。") from None
    elif not isinstance(value, setting.type):
        raise ValueError(f"“{setting.label}”的值类型不对。")
    if key == "margins_mm":
        value = ",".join(f"{m:g}" for m in parse_margins(value))
    if key == "lock_password" and value:
        from sanhui.core.lock import is_password_hash

        if not is_password_hash(value):  # never a password in clear
            raise ValueError("密码只能通过“设置 → 密码锁”设置。")
    if key == "lock_idle_minutes" and not 0 <= value <= MAX_IDLE_MINUTES:
        raise ValueError(f"自动锁定时间应在 0 到 {MAX_IDLE_MINUTES} 分钟之间（0：不自动锁定）。")
    if setting.choices and value not in setting.choices:
        raise ValueError(f"“{setting.label}”只能是：{'、'.join(map(str, setting.choices))}。")
    return value


def parse_margins(text: str) -> tuple[float, float, float, float]:
    """``"37,35,28,26"`` → (top, bottom, left, right) in millimetres; ValueError (Chinese) when not sensible."""
    parts = [p for p in str(text).replace("，", ",").replace(" ", ",").split(",") if p]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 4 or not all(5 <= v <= 60 for v in values):
        raise ValueError("页边距要写四个数（上、下、左、右，单位毫米），每个在 5 到 60 之间，例如 37,35,28,26。")
    return values  # type: ignore[return-value]
