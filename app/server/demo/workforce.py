"""Demo providers (阿姨/师傅), their certifications (资质) and training records."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import ProviderLevel, ProviderStatus
from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.training import RETRAINING_COURSE
from app.server.demo import addresses, names
from app.server.demo.base import Ctx, Row, Weighted
from app.server.demo.certificates import provider_certificates
from app.server.demo.training import assessment
from app.server.demo.work import Workforce

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
        valid = provider_certificates(ctx, work.book, work.providers[-1], where.name_zh, onboarding)
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
