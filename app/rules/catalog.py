"""Service categories: names, prices, durations, the certificates and training each needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import CertificationKind as C
from app.models.enums import ServiceCategory as S

BASE_CERTIFICATIONS: frozenset[C] = frozenset(
    {C.ID_VERIFICATION, C.HEALTH_CERTIFICATE, C.BACKGROUND_CHECK}
)


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    code: S
    name_zh: str
    name_en: str
    trade_certificate: C | None
    training_course: str
    price_min_cny: int
    price_max_cny: int
    duration_min: int  # typical minutes on site
    duration_max: int

    @property
    def required_certifications(self) -> frozenset[C]:
        extra = {self.trade_certificate} if self.trade_certificate else set()
        return BASE_CERTIFICATIONS | extra


CATEGORIES: dict[S, CategoryInfo] = {
    c.code: c
    for c in (
        CategoryInfo(
            S.CLEANING,
            "日常保洁",
            "Regular cleaning",
            C.HOUSEKEEPING_CERTIFICATE,
            "TR-CLEAN",
            120,
            300,
            120,
            240,
        ),
        CategoryInfo(
            S.DEEP_CLEANING,
            "深度保洁",
            "Deep cleaning",
            C.HOUSEKEEPING_CERTIFICATE,
            "TR-DEEP",
            400,
            1200,
            240,
            480,
        ),
        CategoryInfo(
            S.NANNY,
            "育儿嫂/保姆",
            "Nanny / housekeeper",
            C.HOUSEKEEPING_CERTIFICATE,
            "TR-NANNY",
            300,
            600,
            480,
            600,
        ),
        CategoryInfo(
            S.MATERNITY,
            "月嫂(母婴护理)",
            "Maternity nurse",
            C.MATERNITY_CERTIFICATE,
            "TR-MATERNITY",
            600,
            1200,
            600,
            720,
        ),
        CategoryInfo(
            S.ELDERLY_CARE,
            "养老护理",
            "Elderly care",
            C.ELDERLY_CARE_CERTIFICATE,
            "TR-ELDERLY",
            250,
            600,
            240,
            480,
        ),
        CategoryInfo(
            S.HOME_NURSING,
            "上门护理",
            "Home nursing",
            C.NURSE_LICENSE,
            "TR-NURSING",
            200,
            500,
            60,
            120,
        ),
        CategoryInfo(
            S.APPLIANCE_REPAIR,
            "家电维修",
            "Appliance repair",
            C.ELECTRICIAN_LICENSE,
            "TR-APPLIANCE",
            80,
            500,
            60,
            180,
        ),
        CategoryInfo(
            S.PLUMBING_ELECTRICAL,
            "水电维修",
            "Plumbing & electrical",
            C.ELECTRICIAN_LICENSE,
            "TR-PLUMB",
            80,
            400,
            60,
            180,
        ),
        CategoryInfo(
            S.APPLIANCE_CLEANING,
            "家电清洗",
            "Appliance cleaning",
            C.HOUSEKEEPING_CERTIFICATE,
            "TR-APPCLEAN",
            100,
            350,
            60,
            180,
        ),
        CategoryInfo(S.MOVING, "搬家", "Moving", None, "TR-MOVING", 300, 2000, 120, 360),
    )
}
