"""The navigation rail's pages: each one distinct and findable at a glance."""

from __future__ import annotations

from app.resources_path import resource_path
from app.views.pages import default_pages


def test_every_page_has_its_own_icon_that_exists() -> None:
    icons = [spec.icon for spec in default_pages()]

    assert len(set(icons)) == len(icons), icons  # three identical icons once looked alike
    for icon in icons:
        assert resource_path("icons", icon).is_file(), icon


def test_every_role_has_at_most_one_home_page() -> None:
    homes: dict[str, str] = {}
    for spec in default_pages():
        for role in spec.home_for:
            assert role not in homes, f"{role} lands on {homes[role]} and {spec.key}"
            homes[role] = spec.key
            assert spec.roles is None or role in spec.roles, f"{role} cannot see {spec.key}"
