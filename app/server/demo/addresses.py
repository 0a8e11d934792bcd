"""Beijing addresses for the demo: real road names, real-sounding compounds, scattered points.

An address reads "朝阳区望京西路48号望京花园3号楼2单元1203室": district, road and gate number,
compound, building, unit, room. Masking keeps what precedes the first digit ("朝阳区望京西路").
"""

from __future__ import annotations

import math
import random

from app.rules.districts import DISTRICT_BY_CODE, DISTRICTS, District

# district code -> (roads, residential compounds); split strings keep the tables compact.
_STREETS: dict[str, tuple[str, str]] = {
    "dongcheng": (
        "东直门内大街 朝阳门北大街 东四北大街 和平里中街 安定门外大街 崇文门外大街 广渠门内大街",
        "和平里小区 东花市北里 幸福家园 青年湖小区 安德里 新中街小区 国瑞城",
    ),
    "xicheng": (
        "西直门内大街 阜成门外大街 月坛北街 广安门内大街 德胜门外大街 白广路 南礼士路",
        "月坛北小街小区 百万庄北里 展览路小区 白纸坊小区 新街口小区 马连道小区 金融街融汇",
    ),
    "chaoyang": (
        "建国路 朝阳北路 望京西路 东三环中路 酒仙桥路 北苑路 安立路 广渠路 朝阳路 十里堡路",
        "望京花园 团结湖北里 潘家园小区 华威西里 农光里 金台里 远洋天地 双井小区 北苑家园 "
        "劲松小区 亚运村小区 八里庄小区",
    ),
    "haidian": (
        "中关村大街 学院路 北四环西路 西三环北路 五道口 上地东路 清河中街 万柳中路 永定路",
        "双榆树小区 万柳新城 志新小区 清河小营小区 蓝靛厂小区 紫竹院小区 当代城市家园 "
        "世纪城 上地西里",
    ),
    "fengtai": (
        "丰台北路 南四环西路 马家堡东路 方庄路 草桥东路 科学城路 卢沟桥路 右安门外大街",
        "方庄芳古园 芳城园 马家堡西里 彩虹城 青塔小区 西罗园小区 丰台东大街小区 角门东里",
    ),
    "shijingshan": (
        "石景山路 鲁谷路 阜石路 八角路 古城大街 杨庄路",
        "八角北里 鲁谷小区 古城小区 苹果园小区 八大处小区 金顶街小区",
    ),
    "tongzhou": (
        "新华大街 通州北苑 九棵树西路 玉桥中路 梨园路 运河西大街 潞苑南大街",
        "玉桥小区 梨园小区 九棵树家园 北苑小区 运河园 新华联家园 潞邑小区",
    ),
    "shunyi": (
        "府前街 光明北街 新顺南大街 后沙峪路 站前街 仁和路",
        "光明小区 石园小区 裕龙小区 后沙峪花园 建新小区 胜利小区",
    ),
    "changping": (
        "回龙观东大街 天通苑北街 政府街 立汤路 昌平路 鼓楼南大街",
        "天通苑小区 回龙观小区 龙泽苑 北七家小区 昌盛园 东关小区 霍营小区",
    ),
    "daxing": (
        "兴华大街 黄村东大街 亦庄文化园路 西红门路 清源路 旧宫东路",
        "亦庄小区 西红门小区 清澄名苑 康庄小区 兴丰家园 旧宫新苑",
    ),
    "fangshan": (
        "良乡拱辰大街 长阳路 燕房路 苏庄大街 政通路",
        "长阳半岛 拱辰小区 燕山小区 苏庄小区 月华小区",
    ),
    "mentougou": (
        "新桥大街 滨河路 石龙路 黑山大街 双峪路",
        "滨河小区 双峪小区 黑山小区 大峪小区 城子小区",
    ),
    "huairou": (
        "青春路 府前街 迎宾路 开放路 雁栖大街",
        "青春小区 富乐小区 南华园 新村小区 于家园",
    ),
    "pinggu": (
        "府前街 新平北路 林荫北街 平谷大街 建设街",
        "林荫小区 滨河小区 建西小区 新平小区 园林小区",
    ),
    "miyun": (
        "鼓楼大街 新东路 滨河路 宾阳路 阳光街",
        "宾阳小区 鼓楼小区 檀营小区 沿湖小区 果园小区",
    ),
    "yanqing": (
        "妫水北街 高塔路 东外大街 湖南路 庆园街",
        "庆园小区 湖南小区 东关小区 妫水小区 新兴小区",
    ),
}

STREETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    code: (tuple(roads.split()), tuple(compounds.split()))
    for code, (roads, compounds) in _STREETS.items()
}

KM_PER_DEGREE_LAT = 111.0


def _seat_distance_km(a: District, b: District) -> float:
    dlat = (a.lat - b.lat) * KM_PER_DEGREE_LAT
    dlng = (a.lng - b.lng) * KM_PER_DEGREE_LAT * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dlat, dlng)


# district code -> the other districts, nearest seat first (providers serve their neighbours).
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    d.code: tuple(
        o.code for o in sorted(DISTRICTS, key=lambda o: _seat_distance_km(d, o)) if o is not d
    )
    for d in DISTRICTS
}

_POPULATION_WEIGHTS: tuple[float, ...] = tuple(d.population_10k for d in DISTRICTS)


def pick_district(rng: random.Random) -> District:
    """A district drawn by population (where people live is where orders come from)."""
    return rng.choices(DISTRICTS, weights=_POPULATION_WEIGHTS)[0]


def scatter(rng: random.Random, district: District) -> tuple[float, float]:
    """A point uniformly inside the disc of ``radius_km`` around the district seat."""
    r = district.radius_km * math.sqrt(rng.random())
    theta = rng.random() * 2 * math.pi
    lat = district.lat + r * math.cos(theta) / KM_PER_DEGREE_LAT
    lng = district.lng + r * math.sin(theta) / (
        KM_PER_DEGREE_LAT * math.cos(math.radians(district.lat))
    )
    return round(lat, 6), round(lng, 6)


def street_address(rng: random.Random, district: District) -> str:
    roads, compounds = STREETS[district.code]
    floor = rng.randint(1, 24 if district.core else 18)
    return (
        f"{district.name_zh}{rng.choice(roads)}{rng.randint(1, 199)}号"
        f"{rng.choice(compounds)}{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元"
        f"{floor}{rng.randint(1, 4):02d}室"
    )


def home(
    rng: random.Random, district: District | None = None
) -> tuple[District, str, float, float]:
    """A home (district, address, lat, lng); the district is drawn by population if not given."""
    where = district or pick_district(rng)
    lat, lng = scatter(rng, where)
    return where, street_address(rng, where), lat, lng


def districts_served(rng: random.Random, home_code: str) -> list[str]:
    """The home district plus one to three of its nearest neighbours."""
    extra = rng.randint(1, 3)
    nearest = NEIGHBOURS[home_code][:4]
    return [home_code, *sorted(rng.sample(nearest, extra), key=nearest.index)]


def district(code: str) -> District:
    return DISTRICT_BY_CODE[code]
