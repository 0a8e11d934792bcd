"""Made-up but plausible people: Chinese names, mobile numbers, resident ID numbers.

Every function takes the caller's ``random.Random`` so the demo stays reproducible.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

# The most common surnames, roughly in order of frequency; earlier ones are drawn more often.
SURNAMES: tuple[str, ...] = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
    "彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
)
_SURNAME_WEIGHTS: tuple[float, ...] = tuple(1.0 / (i + 4) for i in range(len(SURNAMES)))

GIVEN_FEMALE: tuple[str, ...] = tuple(
    [
        "秀英",
        "桂英",
        "秀兰",
        "玉兰",
        "桂兰",
        "凤英",
        "玉梅",
        "淑珍",
        "丽",
        "芳",
        "敏",
        "静",
        "艳",
        "娟",
        "霞",
        "燕",
        "红梅",
        "春燕",
        "海燕",
        "丽娟",
        "晓红",
        "金凤",
        "小梅",
        "翠萍",
        "雪梅",
        "淑华",
        "慧",
        "婷",
        "欣怡",
        "雅琴",
        "梅",
        "莉",
        "建华",
        "桂芳",
        "美玲",
        "晓燕",
        "丽萍",
        "凤霞",
        "春梅",
        "素芬",
    ]
)
GIVEN_MALE: tuple[str, ...] = tuple(
    [
        "伟",
        "强",
        "磊",
        "军",
        "勇",
        "杰",
        "涛",
        "明",
        "超",
        "刚",
        "建国",
        "志强",
        "建华",
        "国庆",
        "海涛",
        "文斌",
        "永强",
        "建军",
        "志刚",
        "晓东",
        "立新",
        "国平",
        "春生",
        "德明",
        "振华",
        "宏伟",
        "俊杰",
        "浩",
        "鹏",
        "斌",
        "亮",
        "峰",
        "庆丰",
        "长江",
        "学文",
        "兆龙",
        "新民",
        "福生",
        "卫东",
        "金宝",
    ]
)

# 13x, 15x (no 154) and 18x mobile prefixes.
MOBILE_PREFIXES: tuple[str, ...] = (
    *(f"13{d}" for d in range(10)),
    *(f"15{d}" for d in (0, 1, 2, 3, 5, 6, 7, 8, 9)),
    *(f"18{d}" for d in range(10)),
)

# Resident ID region codes (行政区划代码) of Beijing's districts, by district code.
ID_REGION: dict[str, str] = {
    "dongcheng": "110101",
    "xicheng": "110102",
    "chaoyang": "110105",
    "fengtai": "110106",
    "shijingshan": "110107",
    "haidian": "110108",
    "mentougou": "110109",
    "fangshan": "110111",
    "tongzhou": "110112",
    "shunyi": "110113",
    "changping": "110114",
    "daxing": "110115",
    "huairou": "110116",
    "pinggu": "110117",
    "miyun": "110118",
    "yanqing": "110119",
}

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def person_name(rng: random.Random, gender: str) -> str:
    """A full name (surname + given name) for gender "F" or "M"."""
    surname = rng.choices(SURNAMES, weights=_SURNAME_WEIGHTS)[0]
    given = rng.choice(GIVEN_FEMALE if gender == "F" else GIVEN_MALE)
    return surname + given


def mobile(rng: random.Random) -> str:
    """An 11-digit mainland mobile number (13x/15x/18x)."""
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"


def id_check_digit(first17: str) -> str:
    """The GB 11643 (ISO 7064 MOD 11-2) check character of an 18-character ID number."""
    total = sum(int(ch) * w for ch, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_number(rng: random.Random, district: str, birth: date, gender: str) -> str:
    """An 18-character resident ID: region, birth date, sequence (odd for men), check."""
    sequence = rng.randrange(0, 1000)
    if (sequence % 2 == 1) != (gender == "M"):
        sequence = (sequence + 1) % 1000
    first17 = f"{ID_REGION[district]}{birth:%Y%m%d}{sequence:03d}"
    return first17 + id_check_digit(first17)


def birth_date(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    days = rng.randint(min_age * 365 + 10, max_age * 365 - 10)
    return today - timedelta(days=days)
