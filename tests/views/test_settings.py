"""UI settings: the workstation's login form, and each user's own layout and landing page."""

from __future__ import annotations

from pathlib import Path

from app.views.settings import MAIN_PAGE, open_user_settings, read, write


def test_colleagues_on_one_workstation_keep_their_own_layout(tmp_path: Path) -> None:
    write(open_user_settings(tmp_path, "王芳"), MAIN_PAGE, "complaints")
    write(open_user_settings(tmp_path, "dispatcher"), MAIN_PAGE, "dispatch")

    assert read(open_user_settings(tmp_path, "王芳"), MAIN_PAGE) == "complaints"
    assert read(open_user_settings(tmp_path, "dispatcher"), MAIN_PAGE) == "dispatch"
    assert read(open_user_settings(tmp_path, "李娜"), MAIN_PAGE) == ""  # a new user: role's home
