"""Fixtures shared by every test package: PostgreSQL schemas per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PG_ENV = "SHANGMEN_TEST_PG_URL"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped after the test."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql://postgres@127.0.0.1/test)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


# Every server and test Database in this run seals personal fields with one fixed key, so a
# test's own Database reads what its live server wrote (tests of the key file unset this).
os.environ.setdefault("SHANGMEN_DATA_KEY", "test:" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY=")


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """pytest-qt closes the test's windows at teardown; a main window with unsent commands would
    then ask "Quit anyway?" in a modal dialog nobody answers and hang the run. Mark them leaving."""
    from PySide6.QtWidgets import QApplication

    from app.views.main_window import MainWindow

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget._leaving = True
    yield


@pytest.fixture(autouse=True)
def no_language_left_behind() -> Iterator[None]:
    """Every test starts with no translator installed (the English source strings). A test that
    installs one and leaves it turned 40 later tests Chinese in CI, depending on the order."""
    yield
    from app.views import i18n

    if i18n.installed_translators():
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            i18n.remove_translators(app)
        pytest.fail("the test left the interface language's translators installed")


@pytest.fixture
def app_as_before(qapp: Any) -> Iterator[Any]:
    """For tests of code that prepares the application (style, font, stylesheet, language) as
    the real start does: the shared QApplication is put back as the other tests expect it."""
    from app.views import i18n

    language, sheet, font, style = (
        i18n.current_language(),
        qapp.styleSheet(),
        qapp.font(),
        qapp.style().name(),
    )
    yield qapp
    # Back to no translator at all (the English source strings): installing ``language``
    # again would install the default Chinese catalogue.
    i18n.remove_translators(qapp)
    i18n.set_language_for_tests(language)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path) -> Iterator[None]:
    """The app in Chinese for one test: the zh_CN catalogue compiled and installed, then
    removed (tests/views/test_translations.py, the training page's Chinese labels)."""
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.views import i18n

    qm = tmp_path / "zh.qm"
    ts = Path(__file__).resolve().parent.parent / "resources/translations/shangmen_zh_CN.ts"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    before = i18n.current_language()
    i18n.set_language_for_tests("zh_CN")
    yield
    QCoreApplication.removeTranslator(translator)
    i18n.set_language_for_tests(before)
