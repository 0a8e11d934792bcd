"""The daily operations report, from the same KPI snapshot the dashboard shows.

Every KPI is printed with its formula and its period, cut-off and timezone under it. The
KPI titles and formulas are English source text translated by the caller (``translate``:
the desktop passes its Qt translation, so the report and the tooltips say the same words);
the report's own words are English source text in the "DailyReport" context, their Chinese
from the one catalogue (``app.i18n.catalogue``).
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
from app.reports.labels import SERVICE_NAMES, enum_label, say
from app.rules.beijing import DAY, MINUTE, wall_clock
from app.rules.districts import DISTRICTS
from app.rules.kpi.complaints import SEVERITIES
from app.rules.kpi.definitions import COMPLAINT_RATE, KpiValue, Unit
from app.rules.kpi.snapshot import KpiSnapshot
from app.rules.sanction_facts import LEVEL_NAMES
from app.rules.text import QT_TRANSLATE_NOOP, text

Translate = Callable[[str], str]

T: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("DailyReport", "Daily operations report"),
    "subtitle": QT_TRANSLATE_NOOP(
        "DailyReport",
        "Order figures cover the day; complaints and sanctions the 7 days up to it.",
    ),
    "weekly_title": QT_TRANSLATE_NOOP("DailyReport", "Weekly operations report"),
    "weekly_subtitle": QT_TRANSLATE_NOOP(
        "DailyReport",
        "Orders, complaints and sanctions cover the week (Monday to Sunday); orders per "
        "hour add up the week.",
    ),
    "orders": QT_TRANSLATE_NOOP("DailyReport", "1. Orders"),
    "complaints": QT_TRANSLATE_NOOP("DailyReport", "2. Complaints"),
    "workforce": QT_TRANSLATE_NOOP("DailyReport", "3. Providers and certification"),
    "hourly": QT_TRANSLATE_NOOP(
        "DailyReport",
        "Orders per hour (bars: the day; line: same weekday last week)",
    ),
    "sla_chart": QT_TRANSLATE_NOOP("DailyReport", "Complaint SLA kept (%, per severity)"),
    "reason": QT_TRANSLATE_NOOP("DailyReport", "Reason"),
    "count": QT_TRANSLATE_NOOP("DailyReport", "Count"),
    "no_reason": QT_TRANSLATE_NOOP("DailyReport", "(no reason given)"),
    "severity": QT_TRANSLATE_NOOP("DailyReport", "Severity"),
    "first": QT_TRANSLATE_NOOP("DailyReport", "First response"),
    "resolution": QT_TRANSLATE_NOOP("DailyReport", "Resolution"),
    "district": QT_TRANSLATE_NOOP("DailyReport", "District"),
    "category": QT_TRANSLATE_NOOP("DailyReport", "Service"),
    "complaints_n": QT_TRANSLATE_NOOP("DailyReport", "Complaints"),
    "orders_n": QT_TRANSLATE_NOOP("DailyReport", "Completed orders"),
    "per_k": QT_TRANSLATE_NOOP("DailyReport", "Per 1,000"),
    "level": QT_TRANSLATE_NOOP("DailyReport", "Level"),
    "decided": QT_TRANSLATE_NOOP("DailyReport", "Decided (7 days)"),
    "holding": QT_TRANSLATE_NOOP("DailyReport", "Holding now"),
    "within": QT_TRANSLATE_NOOP("DailyReport", "Within"),
    "days": QT_TRANSLATE_NOOP("DailyReport", "within {n} days"),
    "data": QT_TRANSLATE_NOOP("DailyReport", "Data {a} – {b}, cut-off {b} ({tz})"),
    "last_week": QT_TRANSLATE_NOOP("DailyReport", "Same weekday last week by then: {n}"),
    "hourly_weekly": QT_TRANSLATE_NOOP(
        "DailyReport",
        "Orders per hour (bars: this week's total; line: last week's)",
    ),
    "last_week_weekly": QT_TRANSLATE_NOOP("DailyReport", "Last week: {n}"),
    "waiting": QT_TRANSLATE_NOOP("DailyReport", "{n} waiting, median wait {m}"),
    "hours": QT_TRANSLATE_NOOP("DailyReport", "{n} h"),
    "more": QT_TRANSLATE_NOOP("DailyReport", "4. Follow-up, providers at work and training"),
    "kpi": QT_TRANSLATE_NOOP("DailyReport", "KPI"),
    "figure": QT_TRANSLATE_NOOP("DailyReport", "Figure"),
    "basis": QT_TRANSLATE_NOOP("DailyReport", "From"),
    "repeat_kinds": QT_TRANSLATE_NOOP("DailyReport", "same provider {p} · same customer {c}"),
    "provider_days": QT_TRANSLATE_NOOP("DailyReport", "{n} orders / {d} provider-days"),
    "retrained": QT_TRANSLATE_NOOP("DailyReport", "before retraining {b}, {n} providers"),
    "group": QT_TRANSLATE_NOOP("DailyReport", "Group"),
    "active_n": QT_TRANSLATE_NOOP("DailyReport", "Active providers"),
    "course": QT_TRANSLATE_NOOP("DailyReport", "Course / trainer"),
    "passed": QT_TRANSLATE_NOOP("DailyReport", "Passed / assessed"),
    "rate": QT_TRANSLATE_NOOP("DailyReport", "Pass rate"),
    "before": QT_TRANSLATE_NOOP("DailyReport", "Before"),
    "after": QT_TRANSLATE_NOOP("DailyReport", "After"),
    "trainer": QT_TRANSLATE_NOOP("DailyReport", "trainer {n}"),
    "no_trainer": QT_TRANSLATE_NOOP("DailyReport", "(no trainer)"),
    "all_courses": QT_TRANSLATE_NOOP("DailyReport", "All courses"),
    "bars": QT_TRANSLATE_NOOP("DailyReport", "The day"),
    "line": QT_TRANSLATE_NOOP("DailyReport", "Last week"),
    "hour": QT_TRANSLATE_NOOP("DailyReport", "h"),
}
# The weekly report's chart legend says "last week" for another thing than the daily one's
# (the whole week, not the same weekday), so it has a context of its own.
WEEKLY_LEGEND: tuple[str, str] = (
    QT_TRANSLATE_NOOP("WeeklyReport", "This week"),
    QT_TRANSLATE_NOOP("WeeklyReport", "Last week"),
)


def build_daily_report(
    snap: KpiSnapshot,
    *,
    translate: Translate,
    printed_at: datetime,
    printed_by: str,
    lang: str = "zh_CN",
    weekly: bool = False,
) -> bytes:
    """The daily report of ``snap`` (a :func:`app.rules.kpi.snapshot.daily` snapshot) as PDF
    bytes; ``weekly``: the weekly report of a snapshot whose day and window are one
    Monday-to-Sunday week."""
    day = wall_clock(snap.day.start, DAY)
    if weekly:
        last = wall_clock(snap.day.cut_off - timedelta(seconds=1), DAY)
        title = f"{_t('weekly_title', lang)} {day} – {last}"
    else:
        title = f"{_t('title', lang)} {day}"
    subtitle = _t("weekly_subtitle" if weekly else "subtitle", lang)
    frame = PageFrame(title, printed_at, printed_by, lang)
    # The charts are drawn once: the layout runs twice (see render_pdf), the pictures need not.
    charts = _charts(snap, lang, weekly)
    heads = Heads(title, subtitle, weekly)
    return render_pdf(lambda: _story(snap, translate, lang, heads, charts), frame, title)


def _t(key: str, lang: str, **values: object) -> str:
    return say(text("DailyReport", T[key], **values), lang)


def figure_text(value: KpiValue, lang: str) -> str:
    if value.value is None:
        return NONE
    unit = value.definition.unit
    if unit is Unit.RATIO:
        return f"{value.value:.2f}"
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
    if weekly:
        bars, line = (say(text("WeeklyReport", words), lang) for words in WEEKLY_LEGEND)
    else:
        bars, line = _t("bars", lang), _t("line", lang)
    hourly = HourlyChart(
        HourlyLabels(bars, line, _t("hour", lang)),
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
    story += _more(snap, translate, lang)
    return story


def _more(snap: KpiSnapshot, translate: Translate, lang: str) -> list[Any]:
    """Complaint follow-up, providers at work and training, compact: one table of figures,
    each KPI's formula under it in small print, and the breakdowns a figure cannot say."""
    st = styles()
    follow, active, passes = snap.follow_up, snap.activity, snap.pass_rates
    retraining = snap.retraining[""]
    figures: list[tuple[KpiValue, str]] = [
        (follow.callbacks_reached, ""),
        (follow.callbacks_satisfied, ""),
        (follow.reopen_rate, ""),
        (follow.repeats, _t("repeat_kinds", lang, p=follow.repeat_same_provider,
                            c=follow.repeat_same_customer)),
        (active.active, ""),
        (active.utilisation, _t("provider_days", lang, n=f"{active.utilisation.numerator:,.0f}",
                                d=f"{active.utilisation.denominator or 0:,}")),
        (passes.overall, ""),
        (retraining.after, _t("retrained", lang, b=figure_text(retraining.before, lang),
                              n=retraining.providers)),
    ]  # fmt: skip
    rows = [[translate(v.definition.title), figure_text(v, lang),
             " · ".join(x for x in (_basis(v, lang).strip("（）() "), extra) if x)]
            for v, extra in figures]  # fmt: skip
    story: list[Any] = [
        *opening(_t("more", lang)),
        data_table([_t("kpi", lang), _t("figure", lang), _t("basis", lang)], rows,
                   [BODY_W * 0.34, BODY_W * 0.16, BODY_W * 0.5]),
        gap(1),
    ]  # fmt: skip
    story += [para(f"{translate(v.definition.title)}{colon(lang)}{translate(v.definition.formula)}",
                   st.muted) for v, _ in figures]  # fmt: skip
    # One line per period: the window's (follow-up, training), then the day's and the
    # retraining lookback's, each named.
    story.append(para(_period(follow.reopen_rate, lang), st.muted))
    story += [para(f"{translate(v.definition.title)}{colon(lang)}{_period(v, lang)}", st.muted)
              for v in (active.active, active.utilisation, retraining.after)]  # fmt: skip
    story.append(gap(2))
    groups = [[enum_label(SERVICE_NAMES, c, lang), f"{v.numerator:,.0f}"]
              for c, v in active.by_category.items()]  # fmt: skip
    groups += [[_district(d, lang), f"{v.numerator:,.0f}"] for d, v in active.by_district.items()]
    if groups:
        story.append(data_table([_t("group", lang), _t("active_n", lang)], groups,
                                [BODY_W * 0.6, BODY_W * 0.4]))  # fmt: skip
        story.append(gap(2))
    courses = [[c, f"{v.numerator:,.0f} / {v.denominator or 0:,}", figure_text(v, lang)]
               for c, v in passes.by_course.items()]  # fmt: skip
    courses += [[_t("trainer", lang, n=t) if t is not None else _t("no_trainer", lang),
                 f"{v.numerator:,.0f} / {v.denominator or 0:,}", figure_text(v, lang)]
                for t, v in passes.by_trainer.items()]  # fmt: skip
    if courses:
        story.append(data_table([_t("course", lang), _t("passed", lang), _t("rate", lang)],
                                courses, [BODY_W * 0.5, BODY_W * 0.25, BODY_W * 0.25]))  # fmt: skip
        story.append(gap(2))
    outcomes = [[c or _t("all_courses", lang), figure_text(o.before, lang) + paren(
                    f"{o.before.numerator:,.0f} / {o.before.denominator or 0:,}", lang),
                 figure_text(o.after, lang) + paren(
                    f"{o.after.numerator:,.0f} / {o.after.denominator or 0:,}", lang)]
                for c, o in snap.retraining.items() if o.providers]  # fmt: skip
    if outcomes:
        story.append(data_table([_t("course", lang), _t("before", lang), _t("after", lang)],
                                outcomes, [BODY_W * 0.4, BODY_W * 0.3, BODY_W * 0.3]))  # fmt: skip
    return story
