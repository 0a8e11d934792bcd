"""Masking of personal information: what must never leave the server in clear."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.rules.masking import mask_address, mask_id_number, mask_phone


def test_examples_from_the_design() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138-1234-5678") == "138****5678"
    assert mask_address("东城区建国门内大街十八号") == "东城区建国门内大街****"
    assert mask_address("朝阳区三里屯路") == "朝阳区三里屯"[:6] + "****"  # no number: cut short
    assert mask_id_number("110101199001011234") == "110101********1234"
    assert mask_id_number("110101900101123") == "110101******123"  # 15 digits: no birthday
    assert mask_address("朝阳区建国路88号院3号楼2单元501") == "朝阳区建国路****"


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_a_mobile_keeps_only_prefix_and_last_four(phone: str) -> None:
    masked = mask_phone(phone)
    assert masked == phone[:3] + "****" + phone[-4:]
    assert phone[3:7] not in masked[3:7]  # the middle digits are gone


@given(
    st.from_regex(
        r"[1-6][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])[0-2][0-9][0-9]{3}[0-9X]", fullmatch=True
    )
)
def test_an_id_number_loses_its_birth_date(id_number: str) -> None:
    masked = mask_id_number(id_number)
    assert len(masked) == len(id_number)
    assert masked[6:14] == "*" * 8
    assert masked[:6] == id_number[:6]
    assert masked[-4:] == id_number[-4:]


@given(st.text(min_size=1, max_size=60))
def test_an_address_never_shows_a_house_number(address: str) -> None:
    masked = mask_address(address)
    visible = masked.removesuffix("****")
    assert not any(ch.isdigit() for ch in visible if ch.isascii())
    assert address.startswith(visible)


def test_short_or_foreign_numbers_keep_at_most_their_last_four_digits() -> None:
    assert mask_phone("110") == "***"  # too short to keep anything
    assert mask_phone("5678") == "****"
    assert mask_phone("6512-3456") == "****3456"  # a Beijing landline without 010
    assert mask_phone("") == ""


def test_a_short_id_number_is_masked_whole() -> None:
    assert mask_id_number(" A1234567 ") == "********"
    assert mask_id_number("1101011990") == "*" * 10
