"""Role checks as FastAPI dependencies, each keeping the set it lets through.

Every route's roles come from a named set in ``app.rules.access``; :func:`route_roles` reads
them back from a route, so a test can hold the whole route table against those sets.

No ``from __future__ import annotations`` here: FastAPI reads the annotations of a callable
*instance*'s ``__call__`` without the module's globals, so they must be real objects.
"""

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends
from fastapi.dependencies.models import Dependant
from starlette.routing import Route

from app.models.enums import Role
from app.rules.access import ALL_STAFF
from app.server.deps import CurrentSession, current_session
from app.server.errors import forbidden


class RoleCheck:
    """A dependency that lets only ``roles`` through (admins always).

    Attributes:
        roles: who passes, admins included.
    """

    def __init__(self, roles: frozenset[Role]) -> None:
        self.roles: frozenset[Role] = roles | {Role.ADMIN}

    async def __call__(
        self, current: Annotated[CurrentSession, Depends(current_session)]
    ) -> CurrentSession:
        if current.actor.role not in self.roles:
            raise forbidden()
        return current

    def __repr__(self) -> str:
        return f"RoleCheck({sorted(self.roles)})"


class GuardedRoute(Route):
    """A plain Starlette route (the change feed: no dependency solving on the hot path) that
    calls ``check`` itself and states it here, so :func:`route_roles` can read it."""

    def __init__(self, path: str, endpoint: Any, check: RoleCheck, **kw: Any) -> None:
        super().__init__(path, endpoint, **kw)
        self.role_check = check


def role_checks(dependant: Dependant) -> Iterator[RoleCheck]:
    """Every RoleCheck in a route's dependency tree."""
    for sub in dependant.dependencies:
        if isinstance(sub.call, RoleCheck):
            yield sub.call
        yield from role_checks(sub)


def route_roles(route: Any) -> frozenset[Role] | None:
    """The roles a route lets through, or None for a route no RoleCheck guards."""
    if isinstance(route, GuardedRoute):
        return route.role_check.roles
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return None
    checks = list(role_checks(dependant))
    if not checks:
        return None
    allowed = frozenset(Role)
    for check in checks:  # every check must pass
        allowed &= check.roles
    return allowed


# Any logged-in member of staff (``app.rules.access.ALL_STAFF``).
Staff = Annotated[CurrentSession, Depends(RoleCheck(ALL_STAFF))]
