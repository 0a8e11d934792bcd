"""Demo providers (阿姨/师傅), their certifications (资质) and training records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.models.enums import CertificationKind as C
from app.models.enums import CertificationStatus, ProviderLevel, ProviderStatus
from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.training import RETRAINING_COURSE, CourseSpec
from app.server.demo import addresses, names
from app.server.demo.base import REVIEWER_ID, Ctx, Row, Weighted
from app.server.demo.training import assessment

# Re-exported: the demo's sanctions module books retraining with these.
__all__ = ["RETRAINING_COURSE", "Workforce", "assessment", "provider_rows"]


@dataclass(frozen=True, slots=True)
class Group:
    """A kind of worker: who does it and which categories go together."""

    weight: float
    female_share: float
    core: tuple[S, ...]  # one of these is always taken
    extras: tuple[S, ...]  # up to two more, if not taken already
    min_age: int
    max_age: int


GROUPS: tuple[Group, ...] = (
    Group(40, 0.92, (S.CLEANING,), (S.DEEP_CLEANING, S.APPLIANCE_CLEANING), 28, 56),
    Group(24, 0.98, (S.NANNY, S.MATERNITY, S.ELDERLY_CARE), (S.NANNY, S.ELDERLY_CARE), 32, 56),
    Group(7, 0.9, (S.HOME_NURSING,), (S.ELDERLY_CARE,), 24, 50),
    Group(18, 0.04, (S.APPLIANCE_REPAIR, S.PLUMBING_ELECTRICAL),
          (S.APPLIANCE_REPAIR, S.PLUMBING_ELECTRICAL, S.APPLIANCE_CLEANING), 24, 58),
    Group(10, 0.02, (S.MOVING,), (S.DEEP_CLEANING,), 22, 50),
)  # fmt: skip

LEVELS = Weighted({
    ProviderLevel.JUNIOR: 20, ProviderLevel.STANDARD: 45, ProviderLevel.SENIOR: 25,
    ProviderLevel.GOLD: 10,
})  # fmt: skip
STATUSES = Weighted(
    {ProviderStatus.ACTIVE: 90, ProviderStatus.INACTIVE: 4, ProviderStatus.ONBOARDING: 6}
)

# kind -> (validity in days or None, number prefix, issuer; "{d}" is the home district)
CERT_STYLE: dict[C, tuple[int | None, str, str]] = {
    C.ID_VERIFICATION: (None, "SFHY", "北京市公安局{d}分局"),
    C.HEALTH_CERTIFICATE: (365, "JK", "北京市{d}疾病预防控制中心"),
    C.BACKGROUND_CHECK: (None, "WFZ", "北京市公安局{d}分局"),
    C.HOUSEKEEPING_CERTIFICATE: (None, "JZ", "北京市人力资源和社会保障局"),
    C.MATERNITY_CERTIFICATE: (3 * 365, "MY", "北京市家政服务协会"),
    C.ELDERLY_CARE_CERTIFICATE: (None, "YL", "北京市养老服务行业协会"),
    C.NURSE_LICENSE: (5 * 365, "HS", "北京市卫生健康委员会"),
    C.ELECTRICIAN_LICENSE: (6 * 365, "DG", "北京市应急管理局"),
}
REJECT_REASONS = (
    "证件照片模糊，无法辨认",
    "证件信息与身份证不一致",
    "上传的证件已过期，请重新上传",
    "缺少证件背面照片",
)


@dataclass
class Workforce:
    providers: list[Row] = field(default_factory=list)
    certifications: list[Row] = field(default_factory=list)
    courses: list[Row] = field(default_factory=list)
    sessions: list[Row] = field(default_factory=list)
    assessments: list[Row] = field(default_factory=list)
    enrolments: list[Row] = field(default_factory=list)
    amendments: list[Row] = field(default_factory=list)
    specs: dict[int, CourseSpec] = field(default_factory=dict)  # course id -> rules' view
    upcoming: dict[int, list[Row]] = field(default_factory=dict)  # course id -> sessions
    due_cohort: dict[int, Row] = field(default_factory=dict)  # course id -> a year-old session
    # provider id -> categories whose certificates and course are in order today
    qualified: dict[int, set[str]] = field(default_factory=dict)
    course_ids: dict[str, int] = field(default_factory=dict)  # course code -> id


def provider_rows(
    ctx: Ctx, work: Workforce, count: int, past: dict[int, list[Row]], *, records: bool = True
) -> None:
    """``count`` providers; with ``records``, their certificates and assessments too (without,
    every active provider counts as qualified for their categories)."""
    weights = [g.weight for g in GROUPS]
    for _ in range(count):
        group = ctx.rng.choices(GROUPS, weights=weights)[0]
        categories = _categories(ctx, group)
        gender = "F" if ctx.rng.random() < group.female_share else "M"
        where, _address, lat, lng = addresses.home(ctx.rng)
        birth = names.birth_date(ctx.rng, ctx.today, group.min_age, group.max_age)
        level = LEVELS.pick(ctx.rng)
        status = STATUSES.pick(ctx.rng)
        provider_id = ctx.next_id("providers")
        experienced = {"junior": 30, "standard": 200, "senior": 500, "gold": 900}[level]
        work.providers.append(
            {
                "id": provider_id, "version": 1, "updated_at": ctx.days_ago(1, 60),
                "code": f"P{provider_id:06d}", "name": names.person_name(ctx.rng, gender),
                "gender": gender, "phone": names.mobile(ctx.rng),
                "id_number": names.id_number(ctx.rng, where.code, birth, gender),
                "home_district": where.code, "home_lat": lat, "home_lng": lng,
                "districts_served": addresses.districts_served(ctx.rng, where.code),
                "categories": categories, "level": level, "status": status,
                "rating": round(4.0 + ctx.rng.betavariate(5, 1.6), 2),
                "rating_count": ctx.rng.randint(0, experienced),
                "daily_cap": ctx.rng.randint(3, 5),
            }
        )  # fmt: skip
        if status != ProviderStatus.ACTIVE:
            work.qualified[provider_id] = set()
        if not records:
            work.qualified.setdefault(provider_id, set(categories))
            continue
        onboarding = status == ProviderStatus.ONBOARDING
        valid = _certifications(ctx, work, provider_id, where.name_zh, categories, onboarding)
        passed = _assessments(ctx, work, provider_id, categories, onboarding, past)
        work.qualified.setdefault(
            provider_id,
            {
                c
                for c in categories
                if CATEGORIES[S(c)].required_certifications <= valid
                and CATEGORIES[S(c)].training_course in passed
            },
        )


def _categories(ctx: Ctx, group: Group) -> list[str]:
    first = ctx.rng.choice(group.core)
    extras = [c for c in group.extras if c is not first]
    chosen = [first, *ctx.rng.sample(extras, ctx.rng.randint(0, min(2, len(extras))))]
    order = list(CATEGORIES)
    return [c.value for c in sorted(chosen, key=order.index)]


def _certifications(
    ctx: Ctx, work: Workforce, provider_id: int, district_zh: str, categories: list[str],
    onboarding: bool,
) -> set[C]:  # fmt: skip
    """Certificate rows for everything the categories need; returns the kinds valid today."""
    kinds: set[C] = set()
    for c in categories:
        kinds |= CATEGORIES[S(c)].required_certifications
    valid: set[C] = set()
    for kind in sorted(kinds, key=list(C).index):
        roll = ctx.rng.random()
        if onboarding:
            outcome = "pending" if roll < 0.6 else "rejected" if roll < 0.7 else "valid"
        else:
            outcome = (
                "rejected" if roll < 0.015
                else "pending" if roll < 0.045
                else "expired" if roll < 0.075
                else "expiring" if roll < 0.15
                else "valid"
            )  # fmt: skip
        if outcome == "rejected":
            _cert(ctx, work, provider_id, kind, district_zh, "rejected")
            if ctx.rng.random() < 0.6:  # most resubmit, which puts them back in the queue
                _cert(ctx, work, provider_id, kind, district_zh, "pending")
            continue
        _cert(ctx, work, provider_id, kind, district_zh, outcome)
        if outcome in ("valid", "expiring"):
            valid.add(kind)
    return valid


def _cert(
    ctx: Ctx, work: Workforce, provider_id: int, kind: C, district_zh: str, outcome: str
) -> None:
    rng = ctx.rng
    period, prefix, issuer = CERT_STYLE[kind]
    today = ctx.today
    expires_on: date | None = None
    if outcome == "pending":
        issued_on = today - timedelta(days=rng.randint(1, 40))
    elif period is None:
        issued_on = today - timedelta(days=rng.randint(30, 2000))
    else:
        ahead = {"valid": (31, period - 1), "expiring": (0, 30), "expired": (-120, -1)}
        low, high = ahead.get(outcome, (31, period - 1))
        expires_on = today + timedelta(days=rng.randint(low, max(low, high)))
        issued_on = expires_on - timedelta(days=period)
    if outcome == "pending" and period is not None:
        expires_on = issued_on + timedelta(days=period)
    submitted = ctx.local(issued_on, 8) + timedelta(minutes=rng.randrange(12 * 60))
    reviewed_at: datetime | None = None
    if outcome != "pending":
        reviewed_at = ctx.not_after_now(submitted + timedelta(days=rng.randint(1, 6)))
    status = {"pending": CertificationStatus.PENDING, "rejected": CertificationStatus.REJECTED}
    cert_id = ctx.next_id("certifications")
    work.certifications.append(
        {
            "id": cert_id, "version": 1,
            "updated_at": ctx.not_after_now(reviewed_at or submitted),
            "provider_id": provider_id, "kind": kind.value,
            "number": f"{prefix}{issued_on.year}{rng.randrange(10**8):08d}",
            "issuer": issuer.format(d=district_zh), "issued_on": issued_on,
            "expires_on": expires_on,
            "status": status.get(outcome, CertificationStatus.APPROVED).value,
            "reviewer_id": None if reviewed_at is None else REVIEWER_ID,
            "reviewed_at": reviewed_at,
            "decision_reason": rng.choice(REJECT_REASONS) if outcome == "rejected" else "",
            "attachments": [f"certs/{provider_id}/{cert_id}-front.jpg",
                            f"certs/{provider_id}/{cert_id}-back.jpg"],
        }
    )  # fmt: skip


def _assessments(
    ctx: Ctx, work: Workforce, provider_id: int, categories: list[str], onboarding: bool,
    past: dict[int, list[Row]],
) -> set[str]:  # fmt: skip
    """Assessment rows for the provider's courses; returns the course codes passed."""
    passed: set[str] = set()
    for c in categories:
        code = CATEGORIES[S(c)].training_course
        roll = ctx.rng.random()
        if onboarding and roll < 0.25:
            continue  # not trained yet
        fails_first = roll < 0.06 or (onboarding and roll < 0.5)
        sessions = past[work.course_ids[code]]
        picks = sorted(ctx.rng.sample(range(len(sessions)), min(2, len(sessions))))
        if fails_first:
            assessment(ctx, work, provider_id, sessions[picks[0]], passed=False)
            if onboarding or len(picks) < 2:
                continue
        last = sessions[picks[-1]]
        cohort = work.due_cohort.get(work.course_ids[code])
        if cohort is not None and not fails_first and ctx.rng.random() < 0.2:
            last = cohort  # trained a year ago: recertification falls due soon
        assessment(ctx, work, provider_id, last, passed=True)
        passed.add(code)
    return passed
