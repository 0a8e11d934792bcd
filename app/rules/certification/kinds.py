"""Per-kind periods and review policy (DESIGN.md, "Validity and review").

The credential matrix (which kinds a service category needs) stays in ``app.rules.catalog``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.enums import CertificationKind as C
from app.rules.masking import mask_free_text, mask_id_number


@dataclass(frozen=True, slots=True)
class KindPolicy:
    """``validity_years`` None: no expiry unless the issuer states one on the certificate.
    ``review_years``: a review (复审) falls due this often after issue. ``four_eyes``: two
    approvals by different reviewers. ``needs_document``: a scan must be attached."""

    validity_years: int | None
    review_years: int | None
    four_eyes: bool
    needs_document: bool
    name_zh: str
    name_en: str


POLICIES: dict[C, KindPolicy] = {
    C.ID_VERIFICATION: KindPolicy(None, None, False, True, "身份核验", "ID verification"),
    C.HEALTH_CERTIFICATE: KindPolicy(1, None, False, True, "健康证", "health certificate"),
    # 家政信用查 (ID, criminal record, severe mental illness, training records): redone yearly.
    C.BACKGROUND_CHECK: KindPolicy(1, None, True, True, "背景调查", "background check"),
    C.HOUSEKEEPING_CERTIFICATE: KindPolicy(
        None, None, False, True, "家政服务员证", "housekeeping certificate"
    ),
    C.MATERNITY_CERTIFICATE: KindPolicy(
        None, None, False, True, "母婴护理证", "maternity care certificate"
    ),
    C.ELDERLY_CARE_CERTIFICATE: KindPolicy(
        None, None, False, True, "养老护理员证", "elderly care certificate"
    ),
    C.NURSE_LICENSE: KindPolicy(5, None, True, True, "护士执业证书", "nurse licence"),
    # 特种作业操作证: six years, with a review (复审) every three.
    C.ELECTRICIAN_LICENSE: KindPolicy(
        6, 3, True, True, "电工特种作业操作证", "electrician licence"
    ),
}

FOUR_EYES_KINDS: frozenset[C] = frozenset(k for k, p in POLICIES.items() if p.four_eyes)

# Kinds whose number is the holder's national ID number: 身份核验 checks the ID card itself,
# and a 特种作业操作证 carries its holder's ID number as its number.
ID_NUMBER_KINDS: frozenset[C] = frozenset({C.ID_VERIFICATION, C.ELECTRICIAN_LICENSE})


def masked_number(kind: str, number: str) -> str:
    """A certificate's number as it may leave the desk (a file a reviewer hands on): masked
    like an ID number for the kinds whose number is one; for the others, any ID or phone
    number written in it is masked and an ordinary certificate number stays readable."""
    if kind in ID_NUMBER_KINDS:
        return mask_id_number(number)
    return mask_free_text(number)


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def default_expiry(kind: C, issued_on: date) -> date | None:
    """The last valid day when the issuer states none: issue date plus the kind's validity,
    less a day (a one-year health certificate issued on 1 March is valid through 28/29 Feb)."""
    years = POLICIES[kind].validity_years
    if years is None:
        return None
    return date.fromordinal(add_years(issued_on, years).toordinal() - 1)


def review_due(kind: C, issued_on: date) -> date | None:
    """The day the next review (复审) falls due, or None for kinds without one."""
    years = POLICIES[kind].review_years
    return None if years is None else add_years(issued_on, years)
