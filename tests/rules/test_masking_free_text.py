"""Phone and ID numbers typed into free text are masked like the structured fields."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.rules.masking import mask_free_text

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# Words around a number: no digits, no X (an ID number may end in X), no separators' lookalikes.
words = st.text(
    alphabet=st.sampled_from(list("客户说请回电地址朝阳区谢谢联系方式，。：abc ")), max_size=12
)
mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
id_numbers = st.from_regex(
    r"[1-6][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])[0-2][1-9][0-9]{3}[0-9X]", fullmatch=True
)
separators = st.sampled_from(["", " ", "-", "—", "\u3000", " - "])


def spelled(digits: str, sep: str, groups: list[int], full_width: bool) -> str:
    """``digits`` written the way people type them: grouped, separated, perhaps full-width."""
    out, i = [], 0
    for g in groups:
        if i >= len(digits):
            break
        out.append(digits[i : i + g])
        i += g
    if i < len(digits):
        out.append(digits[i:])
    text = sep.join(out)
    return text.translate(FULL_WIDTH) if full_width else text


def digits_of(text: str) -> str:
    return "".join(str(int(ch)) if ch.isdigit() else "" for ch in text)


def test_examples() -> None:
    assert mask_free_text("客户电话13812345678，请回电") == "客户电话138****5678，请回电"
    assert mask_free_text("call +86 138-1234-5678 now") == "call 138****5678 now"
    assert mask_free_text("号码 １３８ １２３４ ５６７８") == "号码 １３８****５６７８"
    assert mask_free_text("身份证110101199001011234") == "身份证110101********1234"
    assert mask_free_text("ID 11010119900101123X ok") == "ID 110101********123X ok"
    assert mask_free_text("座机 010-65123456") == "座机 010****3456"
    # Numbers that are not phones or ID numbers stay: dates, amounts, order codes, quantities.
    for text in ("2026-12-03 上门", "费用 350 元", "订单 SM20261203-0042", "3 号楼 2 单元"):
        assert mask_free_text(text) == text


@given(words, mobiles, words, separators, st.lists(st.integers(1, 4), max_size=4), st.booleans())
def test_a_mobile_in_free_text_loses_its_middle_digits(
    before: str, phone: str, after: str, sep: str, groups: list[int], full_width: bool
) -> None:
    text = before + spelled(phone, sep, groups or [3, 4, 4], full_width) + after
    masked = mask_free_text(text)
    assert digits_of(masked) == phone[:3] + phone[-4:]  # the middle four are gone
    assert masked.startswith(before)
    assert masked.endswith(after)


@given(words, mobiles, words, st.sampled_from(["+86", "+86 ", "86-", "＋８６ ", "(+86)"]))
def test_a_country_code_does_not_hide_a_mobile(
    before: str, phone: str, after: str, prefix: str
) -> None:
    masked = mask_free_text(before + prefix + phone + after)
    assert digits_of(masked) == phone[:3] + phone[-4:]


@given(words, id_numbers, words, separators, st.booleans())
def test_an_id_number_in_free_text_loses_its_birth_date(
    before: str, id_number: str, after: str, sep: str, full_width: bool
) -> None:
    text = before + spelled(id_number, sep, [6, 8, 4], full_width) + after
    masked = mask_free_text(text)
    assert digits_of(masked) == digits_of(id_number[:6] + id_number[-4:])  # no birth date
    assert masked.startswith(before)
    assert masked.endswith(after)


@given(st.text(max_size=60))
def test_masking_is_idempotent(text: str) -> None:
    once = mask_free_text(text)
    assert mask_free_text(once) == once


@given(st.text(alphabet=st.characters(blacklist_categories=["Nd"]), max_size=60))
def test_text_without_digits_is_unchanged(text: str) -> None:
    assert mask_free_text(text) == text


def test_text_without_digits_comes_back_as_it_is() -> None:
    text = "客户说阿姨很好，下次还找她"
    assert mask_free_text(text) is text
