"""Masking of personal information (PIPL): what leaves the server unless revealed."""

from __future__ import annotations

import re

# Coordinates are an exact address too: they leave the server rounded to this many decimals
# (about a kilometre).
COARSE_DECIMALS = 2

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


# Free text: numbers as people type them, with spaces or dashes between the digits, full-width
# digits, and a +86 in front. Only the shapes of a phone or an ID number are masked, so that
# dates, amounts, quantities and order codes stay readable.
_SEP = r"[ \t\-‐‑–—－\u3000]{0,3}"
_D = r"\d"  # any decimal digit, full-width ones included


def _run(first: str, count: int) -> str:
    return first + (_SEP + _D) * (count - 1)


_ID_18 = re.compile(rf"(?<!\d){_run(_D, 17)}{_SEP}[\dXxＸｘ](?![\dXxＸｘ])")
_COUNTRY = rf"(?:\(?[+＋]?{_SEP}[8８][6６]\)?{_SEP})"
_MOBILE = re.compile(
    rf"(?<![\d+＋]){_COUNTRY}?(?P<mobile>[1１]{_SEP}[3-9３-９](?:{_SEP}{_D}){{9}})(?!\d)"
)
_LANDLINE = re.compile(rf"(?<!\d)[0０](?:{_SEP}{_D}){{9,11}}(?!\d)")
_ID_15 = re.compile(rf"(?<!\d){_run(_D, 15)}(?!\d)")
_LONG_RUN = re.compile(r"\d{11,}")  # whatever else is that long is masked too: better safe


def _ascii(text: str) -> str:
    """The digits (and a final X) of ``text`` as ASCII."""
    return "".join(
        str(int(ch)) if ch.isdecimal() else "X" for ch in text if ch.isdecimal() or ch in "XxＸｘ"
    )


def mask_free_text(text: str) -> str:
    """``text`` with every phone number and ID number in it masked like the structured fields.

    "客户电话 138 1234 5678" -> "客户电话 138****5678"; "+86" goes; full-width digits count.
    Idempotent, and text without digits comes back unchanged.
    """
    if not any(ch.isdecimal() for ch in text):
        return text
    text = _ID_18.sub(lambda m: mask_id_number(_ascii(m.group())), text)
    text = _MOBILE.sub(lambda m: mask_phone(m.group("mobile")), text)
    text = _LANDLINE.sub(lambda m: mask_phone(m.group()), text)
    text = _ID_15.sub(lambda m: mask_id_number(_ascii(m.group())), text)
    return _LONG_RUN.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], text)
