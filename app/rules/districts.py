"""Beijing's 16 districts: seat coordinates (WGS-84), rough extent and 2020 population.

Copied from shared/data/beijing_districts.csv (approximate public facts). ``radius_km`` is a
rough radius of the built-up area around the seat, used to scatter demo addresses.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class District:
    code: str
    name_zh: str
    name_en: str
    lat: float
    lng: float
    population_10k: float
    core: bool
    radius_km: float


DISTRICTS: tuple[District, ...] = (
    District("dongcheng", "东城区", "Dongcheng", 39.9288, 116.4160, 70.9, True, 2.5),
    District("xicheng", "西城区", "Xicheng", 39.9123, 116.3660, 110.6, True, 2.5),
    District("chaoyang", "朝阳区", "Chaoyang", 39.9215, 116.4434, 345.2, True, 7.0),
    District("haidian", "海淀区", "Haidian", 39.9599, 116.2980, 313.3, True, 7.0),
    District("fengtai", "丰台区", "Fengtai", 39.8585, 116.2868, 201.9, True, 6.0),
    District("shijingshan", "石景山区", "Shijingshan", 39.9056, 116.2229, 56.8, True, 3.0),
    District("tongzhou", "通州区", "Tongzhou", 39.9024, 116.6563, 184.0, False, 8.0),
    District("shunyi", "顺义区", "Shunyi", 40.1302, 116.6545, 132.4, False, 8.0),
    District("changping", "昌平区", "Changping", 40.2207, 116.2312, 226.9, False, 9.0),
    District("daxing", "大兴区", "Daxing", 39.7269, 116.3412, 199.4, False, 8.0),
    District("fangshan", "房山区", "Fangshan", 39.7488, 116.1431, 131.3, False, 9.0),
    District("mentougou", "门头沟区", "Mentougou", 39.9405, 116.1020, 39.3, False, 6.0),
    District("huairou", "怀柔区", "Huairou", 40.3160, 116.6317, 44.1, False, 7.0),
    District("pinggu", "平谷区", "Pinggu", 40.1406, 117.1213, 45.7, False, 6.0),
    District("miyun", "密云区", "Miyun", 40.3769, 116.8432, 52.8, False, 7.0),
    District("yanqing", "延庆区", "Yanqing", 40.4654, 115.9749, 34.6, False, 7.0),
)

DISTRICT_BY_CODE: dict[str, District] = {d.code: d for d in DISTRICTS}
