"""Chinese and English names of the domain words that dispatch sentences mention."""

from __future__ import annotations

from app.models.enums import CertificationKind as C
from app.models.enums import ProviderLevel as L
from app.models.enums import ProviderStatus as P

CERTIFICATE_NAMES: dict[C, tuple[str, str]] = {
    C.ID_VERIFICATION: ("身份核验", "identity verification"),
    C.HEALTH_CERTIFICATE: ("健康证", "health certificate"),
    C.BACKGROUND_CHECK: ("背景调查", "background check"),
    C.HOUSEKEEPING_CERTIFICATE: ("家政服务员证", "housekeeping certificate"),
    C.MATERNITY_CERTIFICATE: ("母婴护理证", "maternity care certificate"),
    C.ELDERLY_CARE_CERTIFICATE: ("养老护理员证", "elderly care certificate"),
    C.NURSE_LICENSE: ("护士执业证书", "nurse licence"),
    C.ELECTRICIAN_LICENSE: ("电工特种作业操作证", "electrician licence"),
}

STATUS_NAMES: dict[P, tuple[str, str]] = {
    P.ACTIVE: ("在岗", "active"),
    P.INACTIVE: ("已停用", "inactive"),
    P.ONBOARDING: ("入职办理中", "still onboarding"),
}

LEVEL_NAMES: dict[L, tuple[str, str]] = {
    L.JUNIOR: ("初级", "junior"),
    L.STANDARD: ("中级", "standard"),
    L.SENIOR: ("高级", "senior"),
    L.GOLD: ("金牌", "gold"),
}

# Skill steps for premium orders: a gold provider is three steps above a junior one.
LEVEL_RANK: dict[L, int] = {L.JUNIOR: 0, L.STANDARD: 1, L.SENIOR: 2, L.GOLD: 3}
