"""运营日报: the daily operations report, from the same KPI snapshot the dashboard shows.

Every KPI is printed with its formula and its period, cut-off and timezone under it. The
KPI titles and formulas are English source text translated by the caller (``translate``:
the desktop passes its Qt translation, so the report and the tooltips say the same words);
the report's own words are (Chinese, English) pairs as in the other documents.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether

from app.charts.kpi_charts import HourlyChart, HourlyLabels, SlaChart
from app.models.enums import SanctionLevel
from app.reports.common import (
    BODY_W,
    NONE,
    PageFrame,
    colon,
    data_table,
    gap,
    opening,
    para,
    paren,
    pick,
    render_pdf,
    severity_label,
    styles,
)
from app.reports.labels import SERVICE_NAMES, enum_label
from app.rules.beijing import DAY, MINUTE, wall_clock
from app.rules.districts import DISTRICTS
from app.rules.kpi.complaints import SEVERITIES
from app.rules.kpi.definitions import COMPLAINT_RATE, KpiValue, Unit
from app.rules.kpi.snapshot import KpiSnapshot
from app.rules.sanction_facts import LEVEL_NAMES

Translate = Callable[[str], str]

T: dict[str, tuple[str, str]] = {
    "title": ("运营日报", "Daily operations report"),
    "subtitle": (
        "订单指标按当日统计；投诉与处罚按截至当日的近 7 日统计。",
        "Order figures cover the day; complaints and sanctions the 7 days up to it.",
    ),
    "weekly_title": ("运营周报", "Weekly operations report"),
    "weekly_subtitle": (
        "订单、投诉与处罚均按本周（周一至周日）统计；每小时订单为一周合计。",
        "Orders, complaints and sanctions cover the week (Monday to Sunday); orders per hour "
        "add up the week.",
    ),
    "orders": ("一、订单", "1. Orders"),
    "complaints": ("二、投诉", "2. Complaints"),
    "workforce": ("三、服务人员与资质", "3. Providers and certification"),
    "hourly": (
        "每小时新建订单（柱：当日；线：上周同日）",
        "Orders per hour (bars: the day; line: same weekday last week)",
    ),
    "sla_chart": ("投诉时限达成率（%，按严重程度）", "Complaint SLA kept (%, per severity)"),
    "reason": ("取消原因", "Reason"),
    "count": ("数量", "Count"),
    "no_reason": ("（未填写原因）", "(no reason given)"),
    "severity": ("严重程度", "Severity"),
    "first": ("首次响应", "First response"),
    "resolution": ("处理完毕", "Resolution"),
    "district": ("区", "District"),
    "category": ("服务类别", "Service"),
    "complaints_n": ("投诉数", "Complaints"),
    "orders_n": ("完成订单", "Completed orders"),
    "per_k": ("每千单", "Per 1,000"),
    "level": ("处罚级别", "Level"),
    "decided": ("7 日内决定", "Decided (7 days)"),
    "holding": ("当前停单", "Holding now"),
    "within": ("到期期限", "Within"),
    "days": ("{n} 天内", "within {n} days"),
    "data": ("数据区间 {a} – {b}，截止 {b}（{tz}）", "Data {a} – {b}, cut-off {b} ({tz})"),
    "last_week": ("上周同日同时段：{n}", "Same weekday last week by then: {n}"),
    "hourly_weekly": (
        "每小时新建订单（柱：本周合计；线：上周合计）",
        "Orders per hour (bars: this week's total; line: last week's)",
    ),
    "last_week_weekly": ("上周：{n}", "Last week: {n}"),
    "waiting": ("待审 {n} 件，中位等待 {m}", "{n} waiting, median wait {m}"),
    "hours": ("{n} 小时", "{n} h"),
}


def build_daily_report(
    snap: KpiSnapshot,
    *,
    translate: Translate,
    printed_at: datetime,
    printed_by: str,
    lang: str = "zh_CN",
    weekly: bool = False,
) -> bytes:
    """The 日报 of ``snap`` (a :func:`app.rules.kpi.snapshot.daily` snapshot) as PDF bytes;
    ``weekly``: the 周报 of a snapshot whose day and window are one Monday-to-Sunday week."""
    day = wall_clock(snap.day.start, DAY)
    if weekly:
        last = wall_clock(snap.day.cut_off - timedelta(seconds=1), DAY)
        title = f"{pick(T['weekly_title'], lang)} {day} – {last}"
    else:
        title = f"{pick(T['title'], lang)} {day}"
    subtitle = _t("weekly_subtitle" if weekly else "subtitle", lang)
    frame = PageFrame(title, printed_at, printed_by, lang)
    # The charts are drawn once: the layout runs twice (see render_pdf), the pictures need not.
    charts = _charts(snap, lang, weekly)
    heads = Heads(title, subtitle, weekly)
    return render_pdf(lambda: _story(snap, translate, lang, heads, charts), frame, title)


def _t(key: str, lang: str, **values: object) -> str:
    text = pick(T[key], lang)
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def figure_text(value: KpiValue, lang: str) -> str:
    if value.value is None:
        return NONE
    unit = value.definition.unit
    if unit is Unit.RATE:
        return f"{100 * value.value:.1f}%"
    if unit is Unit.PER_THOUSAND:
        return f"{value.value:.1f}‰"
    if unit is Unit.HOURS:
        return _t("hours", lang, n=f"{value.value:.1f}")
    return f"{value.value:,.0f}"


def _basis(value: KpiValue, lang: str) -> str:
    """What a rate was computed from: "（12 / 40）"; nothing for counts."""
    if value.denominator is None or value.definition.unit is not Unit.RATE:
        return ""
    return paren(f"{value.numerator:,.0f} / {value.denominator:,}", lang)


def _period(value: KpiValue, lang: str) -> str:
    return _t(
        "data",
        lang,
        a=wall_clock(value.period.start, MINUTE),
        b=wall_clock(value.cut_off, MINUTE),
        tz=value.timezone,
    )


def kpi_block(value: KpiValue, translate: Translate, lang: str, extra: str = "") -> Any:
    """The KPI's title and figure, then its formula and its period, cut-off and timezone."""
    st = styles()
    head = (
        f"{translate(value.definition.title)}{colon(lang)}{figure_text(value, lang)}"
        f"{_basis(value, lang)}"
    )
    if extra:
        head += f" · {extra}"
    return KeepTogether(
        [
            para(head, st.body, bold=True),
            para(translate(value.definition.formula), st.muted),
            para(_period(value, lang), st.muted),
        ]
    )


def _footnote(value: KpiValue, translate: Translate, lang: str) -> list[Any]:
    st = styles()
    return [
        para(translate(value.definition.formula), st.muted),
        para(_period(value, lang), st.muted),
    ]


Picture = tuple[bytes, float]  # PNG bytes and height / width


def _png(figure: Any) -> Picture:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=160)
    w, h = figure.get_size_inches()
    return out.getvalue(), float(h / w)


def _image(picture: Picture, width_mm: float) -> Any:
    data, ratio = picture
    return Image(io.BytesIO(data), width=width_mm * mm, height=width_mm * mm * ratio)


def _charts(snap: KpiSnapshot, lang: str, weekly: bool) -> dict[str, Picture]:
    bars, line = (("本周", "This week"), ("上周", "Last week")) if weekly else (
        ("当日", "The day"), ("上周同日", "Last week"))  # fmt: skip
    hourly = HourlyChart(
        HourlyLabels(pick(bars, lang), pick(line, lang), pick(("时", "h"), lang)),
        size=(7.0, 2.2),
    )
    hourly.update(snap.volume.today, snap.volume.last_week)
    sla = SlaChart(
        [severity_label(s, lang) for s in SEVERITIES],
        (_t("first", lang), _t("resolution", lang)),
        size=(5.0, 2.0),
    )
    sla.update(
        [snap.first_response[s].value for s in SEVERITIES],
        [snap.resolution[s].value for s in SEVERITIES],
    )
    return {"hourly": _png(hourly.figure), "sla": _png(sla.figure)}


def _level(level: SanctionLevel, lang: str) -> str:
    name = pick(LEVEL_NAMES[level], lang)
    return name[:1].upper() + name[1:]


def _district(code: str, lang: str) -> str:
    for d in DISTRICTS:
        if d.code == code:
            return pick((d.name_zh, d.name_en), lang)
    return code or NONE


def _rate_rows(rates: Mapping[str, KpiValue], name: Callable[[str], str], lang: str) -> list[Any]:
    return [
        [name(key), f"{v.numerator:,.0f}", f"{v.denominator or 0:,}", figure_text(v, lang)]
        for key, v in rates.items()
    ]


@dataclass(frozen=True)
class Heads:
    """What names the report: its title and subtitle, and whether it covers a week."""

    title: str
    subtitle: str
    weekly: bool


def _story(
    snap: KpiSnapshot,
    translate: Translate,
    lang: str,
    heads: Heads,
    charts: dict[str, Picture],
) -> list[Any]:
    st = styles()
    week = "_weekly" if heads.weekly else ""
    story: list[Any] = [
        para(heads.title, st.title),
        para(heads.subtitle, st.subtitle),
        gap(3),
        *opening(_t("orders", lang)),
    ]
    volume = snap.volume.value
    story.append(
        kpi_block(
            volume, translate, lang, _t("last_week" + week, lang, n=f"{volume.denominator or 0:,}")
        )
    )
    story += [para(_t("hourly" + week, lang), st.label), _image(charts["hourly"], 170), gap(2)]
    # "Unassigned at risk" is a live figure (orders as they stand now): not in a day's report.
    for value in (snap.dispatched_in_time, snap.on_time_arrival, snap.completed):
        story.append(kpi_block(value, translate, lang))
    story.append(kpi_block(snap.cancellations, translate, lang))
    if snap.cancel_reasons:
        rows = [[reason or _t("no_reason", lang), f"{n:,}"]
                for reason, n in snap.cancel_reasons.items()]  # fmt: skip
        story += [
            gap(1),
            data_table([_t("reason", lang), _t("count", lang)], rows,
                       [BODY_W * 0.75, BODY_W * 0.25]),
        ]  # fmt: skip

    story += opening(_t("complaints", lang))
    rows = [
        [
            severity_label(s, lang),
            figure_text(snap.first_response[s], lang) + _basis(snap.first_response[s], lang),
            figure_text(snap.resolution[s], lang) + _basis(snap.resolution[s], lang),
        ]
        for s in SEVERITIES
    ]
    story += [
        kpi_block(snap.first_response_all, translate, lang),
        kpi_block(snap.resolution_all, translate, lang),
        para(_t("sla_chart", lang), st.label),
        _image(charts["sla"], 120),
        data_table([_t("severity", lang), _t("first", lang), _t("resolution", lang)], rows,
                   [BODY_W * 0.3, BODY_W * 0.35, BODY_W * 0.35]),
        gap(3),
    ]  # fmt: skip
    header = [_t("complaints_n", lang), _t("orders_n", lang), _t("per_k", lang)]
    widths = [BODY_W * 0.34, BODY_W * 0.22, BODY_W * 0.22, BODY_W * 0.22]
    for rates, key, name in (
        (snap.rate_by_district, "district", lambda c: _district(c, lang)),
        (snap.rate_by_category, "category", lambda c: enum_label(SERVICE_NAMES, c, lang)),
    ):
        story.append(para(f"{translate(COMPLAINT_RATE.title)} · {_t(key, lang)}",
                          st.heading))  # fmt: skip
        if rates:
            story.append(data_table([_t(key, lang), *header], _rate_rows(rates, name, lang),
                                    widths))  # fmt: skip
            story += _footnote(next(iter(rates.values())), translate, lang)
        else:
            story.append(para(NONE, st.body))

    story += opening(_t("workforce", lang))
    story.append(kpi_block(snap.on_hold, translate, lang))
    story.append(kpi_block(snap.sanctions, translate, lang))
    rows = [
        [_level(level, lang), f"{snap.sanction_levels.get(level, 0):,}",
         f"{snap.hold_levels.get(level, 0):,}" if level in snap.hold_levels else NONE]
        for level in snap.sanction_levels
    ]  # fmt: skip
    story.append(data_table([_t("level", lang), _t("decided", lang), _t("holding", lang)], rows,
                            [BODY_W * 0.4, BODY_W * 0.3, BODY_W * 0.3]))  # fmt: skip
    median = snap.queue.median_hours
    story.append(
        kpi_block(snap.queue.value, translate, lang,
                  _t("waiting", lang, n=snap.queue.waiting,
                     m=NONE if median is None else _t("hours", lang, n=f"{median:.1f}")))
    )  # fmt: skip
    within = " · ".join(
        f"{_t('days', lang, n=days)}{colon(lang)}{n}" for days, n in snap.expiring_within.items()
    )
    story.append(kpi_block(snap.expiring, translate, lang, within))
    return story
