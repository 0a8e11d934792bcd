"""Masking of personal information (PIPL): what leaves the server unless revealed."""

from __future__ import annotations

import re

# A house number: any digit, or a number in Chinese characters before 号/栋/楼/室/单元/层.
_HOUSE_NUMBER = re.compile(r"\d|[〇零一二三四五六七八九十百]+(?:号|栋|幢|楼|室|单元|层)")


def mask_phone(phone: str) -> str:
    """138****5678 for an 11-digit mobile; keeps only the last 4 of anything else."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) == 13 and digits.startswith("86"):  # +86 country code
        digits = digits[2:]
    if len(digits) == 11:
        return f"{digits[:3]}****{digits[-4:]}"
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]


def mask_id_number(id_number: str) -> str:
    """110101********1234: region code and the last four stay, the birth date goes."""
    s = id_number.strip()
    if len(s) <= 10:
        return "*" * len(s)
    if len(s) == 15:  # a first-generation ID: region, YYMMDD, then a 3-digit sequence
        return f"{s[:6]}{'*' * 6}{s[-3:]}"
    return f"{s[:6]}{'*' * (len(s) - 10)}{s[-4:]}"


def mask_address(address: str) -> str:
    """Keep the district and street, hide the house number and everything after it.

    "朝阳区建国路88号院3号楼2单元501" -> "朝阳区建国路****".
    """
    match = _HOUSE_NUMBER.search(address)
    if match is None:
        # No number to hide: keep at most the first 6 characters.
        return address[:6] + ("****" if len(address) > 6 else "")
    return address[: match.start()] + "****"
