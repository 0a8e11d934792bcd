"""Demo training: courses with rubrics, a year of past sessions, the current month (past
sessions with attendance and scored, signed assessments, some failed, some amended; upcoming
ones with enrolments), and certificates that fall due for recertification.

Scores are drawn per rubric criterion and the result is the rules' own verdict, so a demo
assessment never disagrees with what the desk would compute.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from app.models.enums import ServiceCategory
from app.rules.catalog import CATEGORIES
from app.rules.training import (
    COURSES,
    RETRAINING_CATEGORY,
    CourseSpec,
    Scale,
    Scores,
    practical_total,
    result_reasons,
    valid_until,
)
from app.server.demo.base import TRAINER_ID, Ctx, Row
from app.server.services.training_common import reasons_wire, scores_wire
from app.server.services.training_courses import course_columns

if TYPE_CHECKING:
    from app.server.demo.work import Workforce

# (district, venue): where sessions take place, across the city.
SITES: tuple[tuple[str, str], ...] = (
    ("chaoyang", "朝阳区酒仙桥路10号 上门服务培训中心"),
    ("haidian", "海淀区学院路38号 职业技能培训基地"),
    ("fengtai", "丰台区南四环西路188号 家政服务培训学校"),
    ("tongzhou", "通州区新华大街66号 社区服务培训站"),
    ("changping", "昌平区回龙观西大街9号 家政培训学校"),
    ("daxing", "大兴区兴华大街28号 职业培训中心"),
)
MONTH = 30  # days either side of today that the trainers' calendar shows in detail
AMENDMENT_REASONS = (
    "复核试卷发现漏计一题，理论成绩更正",
    "复看实操录像，评分录入有误，予以更正",
    "学员申请复核，经培训主管复评后更正",
)


def training_courses(ctx: Ctx, work: Workforce) -> None:
    for spec in COURSES.values():
        course_id = ctx.next_id("training_courses")
        work.course_ids[spec.code] = course_id
        work.specs[course_id] = spec
        work.courses.append(
            {"id": course_id, "version": 1, "updated_at": ctx.now - timedelta(days=400),
             **course_columns(spec)}
        )  # fmt: skip


def training_sessions(ctx: Ctx, work: Workforce, providers: int) -> dict[int, list[Row]]:
    """A year of past sessions, then weekly sessions of every course through the month
    either side of today; returns the past ones by course id (upcoming: ``work.upcoming``)."""
    past: dict[int, list[Row]] = {}
    per_course = max(2, providers // 100)
    for course in work.courses:
        retraining = course["category"] == RETRAINING_CATEGORY
        count = 2 if retraining else per_course
        days = ctx.rng.sample(range(MONTH + 1, 365), count)
        validity = work.specs[course["id"]].validity
        cohort = None
        if validity is not None and validity.days <= 365:
            # One cohort a year back: its certificates fall due within the next 60 days.
            cohort = validity.days - ctx.rng.randint(5, 55)
            days = [d for d in days if d != cohort] + [cohort]
        days = sorted(days, reverse=True)
        weekly = range(-MONTH + ctx.rng.randint(0, 6), MONTH, 7)
        rows = [session_row(ctx, work, course["id"], -d, retraining) for d in days]
        if cohort is not None:
            work.due_cohort[course["id"]] = rows[days.index(cohort)]
        rows += [session_row(ctx, work, course["id"], d, retraining) for d in weekly]
        past[course["id"]] = [r for r in rows if r["state"] == "completed"]
        work.upcoming[course["id"]] = [r for r in rows if r["state"] == "scheduled"]
    return past


def session_row(
    ctx: Ctx, work: Workforce, course_id: int, day_offset: int, retraining: bool
) -> Row:
    day = ctx.today + timedelta(days=day_offset)
    starts_at = ctx.local(day, ctx.rng.choice((9, 14)))
    district, venue = SITES[0] if retraining else ctx.rng.choice(SITES)
    row = {
        "id": ctx.next_id("training_sessions"), "version": 1,
        "updated_at": min(ctx.now, starts_at - timedelta(days=7)), "course_id": course_id,
        "trainer_id": TRAINER_ID, "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=4), "location": venue, "district": district,
        "state": "completed" if day_offset < 0 else "scheduled",
        "capacity": 12 if retraining else 40, "is_retraining": retraining,
    }  # fmt: skip
    work.sessions.append(row)
    return row


def _scores(ctx: Ctx, spec: CourseSpec, passed: bool) -> Scores:
    """Scores that pass, or that fail one way or another (theory, a minimum, the total)."""
    theory = ctx.rng.randint(max(spec.theory_pass, 60) + 2, 98)
    rnd = ctx.rng.random  # randint is slow, and the demo draws ~40k of these
    practical: dict[str, int | None] = {
        c.code: (4 + (rnd() < 0.5)) if c.scale is Scale.POINTS else 1 for c in spec.criteria
    }
    if not passed:
        how = ctx.rng.random()
        with_minimum = [c for c in spec.criteria if c.minimum is not None]
        if how < 0.45 or not with_minimum:
            theory = ctx.rng.randint(35, spec.theory_pass - 1)
        elif how < 0.8:
            crit = ctx.rng.choice(with_minimum)
            assert crit.minimum is not None
            practical[crit.code] = ctx.rng.randint(0, crit.minimum - 1)
        else:
            practical = {c.code: 1 if c.scale is Scale.POINTS else 0 for c in spec.criteria}
    return Scores(theory, practical, 0)


def assessment(
    ctx: Ctx, work: Workforce, provider_id: int, session: Row, *, passed: bool,
    reason: str = "onboarding",
) -> Row:  # fmt: skip
    """A signed assessment three hours into ``session``, with the provider's enrolment."""
    spec = work.specs[session["course_id"]]
    scores = _scores(ctx, spec, passed)
    reasons = result_reasons(spec, scores)
    total = practical_total(spec, scores.practical)
    at: datetime = session["starts_at"] + timedelta(hours=3)
    if ctx.now - at <= timedelta(days=MONTH) or session["is_retraining"]:
        # Older history predates enrolment records: it holds the signed results only.
        enrolment(ctx, work, session, provider_id, attended=True, reason=reason)
    ok = not reasons
    row = {
        "id": ctx.next_id("assessments"), "version": 1, "updated_at": at,
        "provider_id": provider_id, "course_id": session["course_id"],
        "session_id": session["id"], "theory_score": scores.theory,
        "practical_score": round(total),
        "scores": dict(scores.practical), "absences": 0, "state": "signed",
        "signed_by": TRAINER_ID, "signed_at": at, "passed": ok,
        "fail_reasons": reasons_wire(reasons),
        "valid_until": valid_until(spec, at) if ok else None,
        "is_retraining": session["is_retraining"], "assessed_at": at,
    }  # fmt: skip
    work.assessments.append(row)
    return row


def enrolment(
    ctx: Ctx, work: Workforce, session: Row, provider_id: int, *, attended: bool | None,
    reason: str = "onboarding", sanction_id: int | None = None,
) -> Row:  # fmt: skip
    at = min(ctx.now, session["starts_at"] - timedelta(days=ctx.rng.randint(2, 10)))
    row = {
        "id": ctx.next_id("training_enrolments"), "version": 1,
        "updated_at": min(ctx.now, session["starts_at"]) if attended is not None else at,
        "session_id": session["id"], "provider_id": provider_id, "status": "enrolled",
        "waiting_position": None, "attended": attended, "reason": reason,
        "sanction_id": sanction_id, "enrolled_at": at,
    }  # fmt: skip
    work.enrolments.append(row)
    return row


def month_activity(ctx: Ctx, work: Workforce) -> None:
    """No-shows and amendments in the past month; enrolments for the sessions ahead."""
    since = ctx.now - timedelta(days=MONTH)
    recent = [a for a in work.assessments if a["assessed_at"] >= since]
    for i, row in enumerate(recent):
        if i == 0 or ctx.rng.random() < 0.08:
            _amend(ctx, work, row)
    by_category: dict[str, list[int]] = {}
    for p in work.providers:
        for c in p["categories"]:
            by_category.setdefault(c, []).append(p["id"])
    taken = {(e["session_id"], e["provider_id"]) for e in work.enrolments}
    for s in work.sessions:
        if s["state"] == "completed" and s["starts_at"] >= since and not s["is_retraining"]:
            pool = by_category.get(work.specs[s["course_id"]].category, [])
            absent = ctx.rng.choice(pool) if pool else None
            if absent is not None and (s["id"], absent) not in taken:
                enrolment(ctx, work, s, absent, attended=False)
    _book_upcoming(ctx, work)


def _amend(ctx: Ctx, work: Workforce, row: Row) -> None:
    """The row's scores are the corrected ones; the amendment records what stood before."""
    after = Scores(row["theory_score"], row["scores"], row["absences"])
    before = Scores(max(0, (after.theory or 0) - ctx.rng.choice((5, 10, 12))), after.practical)
    at = min(ctx.now, row["signed_at"] + timedelta(days=ctx.rng.randint(1, 3)))
    work.amendments.append(
        {"id": ctx.next_id("assessment_amendments"), "version": 1, "updated_at": at,
         "assessment_id": row["id"], "at": at, "by": TRAINER_ID,
         "reason": ctx.rng.choice(AMENDMENT_REASONS), "before": scores_wire(before),
         "after": scores_wire(after)}
    )  # fmt: skip
    row["updated_at"] = at  # version stays 1: every seeded row starts this database at 1


def _book_upcoming(ctx: Ctx, work: Workforce) -> None:
    """Onboarding providers without the course, and certificates due within 60 days, get a
    seat in an upcoming session of the course (never two sessions at once)."""
    passed = {(a["provider_id"], a["course_id"]) for a in work.assessments if a["passed"]}
    horizon = ctx.now + timedelta(days=60)
    due = {
        (a["provider_id"], a["course_id"]): a["valid_until"]
        for a in work.assessments
        if a["passed"] and a["valid_until"] is not None and a["valid_until"] <= horizon
    }
    busy: dict[int, list[Row]] = {}
    counts: dict[int, int] = {}
    wanted: list[tuple[int, int, str]] = []
    for p in work.providers:
        for c in p["categories"]:
            course_id = work.course_ids[CATEGORIES[ServiceCategory(c)].training_course]
            if p["status"] == "onboarding" and (p["id"], course_id) not in passed:
                wanted.append((p["id"], course_id, "onboarding"))
    # Half of those due are booked; the rest is the recertification list's work.
    wanted += [(pid, cid, "recertification") for (pid, cid) in sorted(due)[::2]]
    for pid, course_id, reason in wanted:
        for s in work.upcoming.get(course_id, []):
            clash = any(
                o["starts_at"] < s["ends_at"] and s["starts_at"] < o["ends_at"]
                for o in busy.get(pid, [])
            )
            if clash or counts.get(s["id"], 0) >= s["capacity"]:
                continue
            if reason == "recertification" and s["starts_at"] >= due[(pid, course_id)]:
                break
            enrolment(ctx, work, s, pid, attended=None, reason=reason)
            busy.setdefault(pid, []).append(s)
            counts[s["id"]] = counts.get(s["id"], 0) + 1
            break
