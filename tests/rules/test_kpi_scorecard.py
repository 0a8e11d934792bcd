"""The provider scorecard's figures: counts over the last 90 Beijing days, the weekly rating
trend, peer medians (none below five peers), certificate and training lines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.models.enums import (
    CertificationKind,
    CertificationStatus,
    OrderStatus,
    SanctionLevel,
)
from app.rules.certification.facts import CertFact
from app.rules.kpi.facts import CertKpiFacts, OrderKpiFacts
from app.rules.kpi.scorecard import (
    MIN_PEERS,
    ComplaintMark,
    Figures,
    ProviderFacts,
    TrainingResult,
    cert_lines,
    figures,
    main_category,
    peer_medians,
    period_start_day,
    rating_trend,
    scorecard,
    scorecard_period,
)
from app.rules.sanction_facts import SanctionFacts

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # Friday 10:00 in Beijing


def order(
    oid: int, *, days_ago: float, status: OrderStatus = OrderStatus.COMPLETED,
    late: bool = False, cancelled: bool = False,
) -> OrderKpiFacts:  # fmt: skip
    start = NOW - timedelta(days=days_ago)
    return OrderKpiFacts(
        id=oid, status=OrderStatus.CANCELLED if cancelled else status, category="cleaning",
        district="chaoyang", created_at=start - timedelta(days=1), scheduled_start=start,
        dispatch_by=start - timedelta(hours=2),
        assigned_at=start - timedelta(hours=3),
        started_at=None if cancelled else start + timedelta(minutes=40 if late else 5),
        completed_at=None if cancelled else start + timedelta(hours=2),
        cancelled_at=start - timedelta(hours=1) if cancelled else None,
    )  # fmt: skip


def test_period_is_ninety_beijing_days() -> None:
    period = scorecard_period(NOW)
    assert period.cut_off == NOW
    assert period_start_day(period) == date(2026, 9, 6)  # 90 days counting today


def test_figures_count_the_period_only() -> None:
    orders = [order(1, days_ago=1), order(2, days_ago=2, late=True), order(3, days_ago=3,
              cancelled=True), order(4, days_ago=200)]  # fmt: skip
    ratings = {1: 5, 2: 3, 4: 1}
    complaints = [
        ComplaintMark(NOW - timedelta(days=5), True),
        ComplaintMark(NOW - timedelta(days=6), False),
        ComplaintMark(NOW - timedelta(days=7), None),
        ComplaintMark(NOW - timedelta(days=300), True),
    ]
    f = figures(orders, ratings, complaints, scorecard_period(NOW))
    assert f.completed == 2
    assert f.on_time_rate == 0.5
    assert f.cancellations == 1
    assert f.mean_rating == 4.0
    assert f.ratings == 2
    assert (f.complaints, f.substantiated) == (3, 1)


def test_figures_of_nobody() -> None:
    f = figures([], {}, [], scorecard_period(NOW))
    assert f == Figures(0, None, 0, None, 0, 0, 0)


def test_rating_trend_one_point_per_week() -> None:
    period = scorecard_period(NOW)
    orders = [order(1, days_ago=0.1), order(2, days_ago=1), order(3, days_ago=8)]
    weeks = rating_trend(orders, {1: 5, 2: 4, 3: 2}, period)
    assert weeks[0].monday == date(2026, 8, 31)  # the week of 6 September
    assert weeks[-1].monday == date(2026, 11, 30)
    assert len(weeks) == 14
    assert all(w.monday.weekday() == 0 for w in weeks)
    assert (weeks[-1].mean, weeks[-1].count) == (4.5, 2)
    assert (weeks[-2].mean, weeks[-2].count) == (2.0, 1)
    assert weeks[0].mean is None
    assert weeks[0].count == 0


def test_no_medians_below_five_peers() -> None:
    one = Figures(3, 0.5, 1, 4.0, 2, 1, 0)
    assert peer_medians([one] * (MIN_PEERS - 1)).figures is None
    assert peer_medians([one] * (MIN_PEERS - 1)).peers == MIN_PEERS - 1


def test_medians_skip_missing_rates() -> None:
    peers = [
        Figures(1, 1.0, 0, 5.0, 1, 0, 0),
        Figures(2, 0.5, 1, None, 0, 1, 1),
        Figures(3, None, 2, 4.0, 1, 2, 0),
        Figures(4, 0.0, 3, 3.0, 1, 3, 1),
        Figures(10, None, 0, None, 0, 9, 2),
    ]
    m = peer_medians(peers)
    assert m.peers == 5
    assert m.figures == Figures(3, 0.5, 1, 4.0, 1, 2, 1)


def test_medians_of_no_rates_at_all() -> None:
    m = peer_medians([Figures(0, None, 0, None, 0, 0, 0)] * 5).figures
    assert m is not None
    assert m.on_time_rate is None
    assert m.mean_rating is None


def test_main_category() -> None:
    assert main_category(("nanny", "cleaning")) == "nanny"
    assert main_category(()) == ""


def cert(cid: int, status: CertificationStatus, expires: date | None, review: date | None
         ) -> CertKpiFacts:  # fmt: skip
    return CertKpiFacts(
        cid, CertFact(CertificationKind.HEALTH_CERTIFICATE, status, expires, review), None
    )


def test_cert_lines_soonest_first() -> None:
    today = date(2026, 12, 4)
    lines = cert_lines(
        [
            cert(1, CertificationStatus.APPROVED, None, None),
            cert(2, CertificationStatus.APPROVED, date(2027, 1, 10), date(2026, 12, 20)),
            cert(3, CertificationStatus.APPROVED, date(2026, 11, 1), None),
        ],
        today,
    )
    assert [x.id for x in lines] == [3, 2, 1]
    assert lines[0].bucket == 0
    assert (lines[1].lapses_on, lines[1].bucket) == (date(2026, 12, 20), 30)
    assert lines[2].lapses_on is None
    assert lines[2].bucket is None


def test_scorecard_puts_it_together() -> None:
    sanctions = (
        SanctionFacts(1, 9, SanctionLevel.WARNING, "r", 1, NOW - timedelta(days=200)),
        SanctionFacts(2, 9, SanctionLevel.RETRAINING, "r", 1, NOW - timedelta(days=10)),
    )
    training = (
        TrainingResult("C1", "Course", NOW - timedelta(days=30), True, False, 80, 40),
        TrainingResult("C2", "Retrain", NOW - timedelta(days=5), False, True, 50, None),
    )
    facts = ProviderFacts(
        9, "P009", "王芳", ("cleaning", "nanny"), "chaoyang",
        (order(1, days_ago=1),), {1: 5}, (ComplaintMark(NOW - timedelta(days=2), True),),
        sanctions, (cert(5, CertificationStatus.APPROVED, date(2027, 1, 1), None),), training,
    )  # fmt: skip
    peer = Figures(2, 1.0, 0, 4.5, 2, 0, 0)
    card = scorecard(facts, [peer] * 6, NOW)
    assert (card.category, card.district, card.code, card.name) == (
        "cleaning", "chaoyang", "P009", "王芳",
    )  # fmt: skip
    assert card.figures.completed == 1
    assert card.figures.substantiated == 1
    assert card.peers.figures == peer
    assert [s.id for s in card.sanctions] == [2, 1]
    assert card.sanctions_in_period[SanctionLevel.RETRAINING] == 1
    assert card.sanctions_in_period[SanctionLevel.WARNING] == 0
    assert [c.id for c in card.certificates] == [5]
    assert [t.course_code for t in card.training] == ["C2", "C1"]
    assert card.trend[-1].mean == 5.0
