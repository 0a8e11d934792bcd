"""Small, explicit test data: users with known passwords, a customer, providers, orders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from app.server.db import Database
from app.server.security import hash_password

PASSWORD = "correct horse"


@cache
def _password_hash() -> str:
    return hash_password(PASSWORD)  # argon2 is slow on purpose: hash once per run


def now() -> datetime:
    return datetime.now(UTC)


def add_users(db: Database, roles: tuple[Role, ...] = tuple(Role)) -> dict[Role, int]:
    ids: dict[Role, int] = {}
    with db.write() as s:
        for role in roles:
            u = t.User(
                username=role.value,
                display_name=f"{role.value} 测试",
                role=role.value,
                password_hash=_password_hash(),
                active=True,
                updated_at=now(),
            )
            s.add(u)
            s.flush()
            ids[role] = u.id
    return ids


def add_customer(db: Database, phone: str = "13812345678") -> int:
    with db.write() as s:
        c = t.Customer(
            code=f"C{phone}",
            name="张三",
            phone=phone,
            district="chaoyang",
            address="朝阳区建国路88号院3号楼2单元501",
            lat=39.91,
            lng=116.46,
            vip=False,
            updated_at=now(),
        )
        s.add(c)
        s.flush()
        return c.id


def add_provider(
    db: Database,
    *,
    status: str = "active",
    categories: tuple[str, ...] = ("cleaning",),
    phone: str = "13900001111",
    qualified: bool = True,
) -> int:
    """A provider in Chaoyang; ``qualified`` gives the certificates and training every
    category needs, so that the dispatch rules let them be assigned."""
    from datetime import date

    from app.models.enums import ServiceCategory
    from app.rules.catalog import CATEGORIES
    from app.rules.training import COURSES
    from app.server.services.training_courses import course_columns

    with db.write() as s:
        p = t.Provider(
            code=f"P{phone}",
            name="李秀英",
            phone=phone,
            id_number="110101199001011234",
            home_district="chaoyang",
            home_lat=39.92,
            home_lng=116.44,
            districts_served=["chaoyang"],
            categories=list(categories),
            level="standard",
            status=status,
            rating=4.9,
            rating_count=12,
            daily_cap=4,
            updated_at=now(),
        )
        s.add(p)
        s.flush()
        if qualified:
            kinds = set().union(
                *(CATEGORIES[ServiceCategory(c)].required_certifications for c in categories)
            )
            for kind in sorted(kinds):
                s.add(
                    t.Certification(
                        provider_id=p.id,
                        kind=kind.value,
                        number=f"N-{p.id}-{kind.value}",
                        issuer="北京市朝阳区",
                        issued_on=date(2025, 1, 1),
                        expires_on=date(2030, 1, 1),
                        status="approved",
                        decision_reason="",
                        submitted_at=now() - timedelta(days=400),
                        updated_at=now(),
                    )
                )
            for c in categories:
                code = CATEGORIES[ServiceCategory(c)].training_course
                course = s.scalar(select(t.TrainingCourse).where(t.TrainingCourse.code == code))
                if course is None:
                    course = t.TrainingCourse(**course_columns(COURSES[code]), updated_at=now())
                    s.add(course)
                    s.flush()
                s.add(
                    t.Assessment(
                        provider_id=p.id,
                        course_id=course.id,
                        theory_score=90,
                        practical_score=90,
                        passed=True,
                        is_retraining=False,
                        assessed_at=now() - timedelta(days=30),
                        signed_at=now() - timedelta(days=30),
                        valid_until=(
                            now() - timedelta(days=30) + timedelta(days=course.validity_days)
                            if course.validity_days
                            else None
                        ),
                        updated_at=now(),
                    )
                )
        return p.id


def order_body(customer_id: int, *, hours_ahead: float = 4) -> dict[str, object]:
    start = now() + timedelta(hours=hours_ahead)
    return {
        "customer_id": customer_id,
        "category": "cleaning",
        "scheduled_start": start.isoformat(),
        "duration_minutes": 120,
        "price_cents": 19900,
    }
