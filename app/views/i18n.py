"""The user interface language: Qt translators and the words the board shows for domain codes.

Chinese (zh_CN) is the default. Source strings in the code are English; the zh_CN catalogue
translates every one of them. Category and district names come with both languages from
``app.rules`` (their single source of truth), so they are picked by language, not translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources_path import resource_path
from app.rules.catalog import CATEGORIES
from app.rules.districts import DISTRICT_BY_CODE

DEFAULT_LANGUAGE = "zh_CN"
SUPPORTED_LANGUAGES: tuple[str, ...] = ("zh_CN", "en")

# The one piece of process-wide UI state: which language the translators were installed for.
_language: list[str] = [DEFAULT_LANGUAGE]
# QCoreApplication does not own installed translators; keep them alive here.
_installed: list[QTranslator] = []


def normalize_language(lang: str | None) -> str:
    """``"en"``, ``"en_US"`` -> ``"en"``; anything else (or nothing) -> ``"zh_CN"``."""
    if lang and lang.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def current_language() -> str:
    return _language[0]


def is_english() -> bool:
    return _language[0] == "en"


def pick(zh: str, en: str) -> str:
    """The text for the current language out of a (Chinese, English) pair from app.rules."""
    return en if is_english() else zh


def install_translators(app: QCoreApplication, lang: str | None) -> str:
    """Load the app's catalogue (and Qt's own, for standard buttons) for ``lang``.

    Returns the language actually used. A missing .qm (translations not built) leaves the
    English source strings in place rather than failing to start.
    """
    remove_translators(app)
    language = normalize_language(lang)
    _language[0] = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if language != "en" else QLocale.Language.English)
    )

    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"shangmen_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if language != "en" and qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators ``install_translators`` put in: the English source strings show."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def installed_translators() -> int:
    """How many of our translators are installed (tests check that none is left behind)."""
    return len(_installed)


def set_language_for_tests(lang: str) -> None:
    """Switch the language without translators (tests of pick())."""
    _language[0] = normalize_language(lang)


def category_name(code: str) -> str:
    for info in CATEGORIES.values():
        if info.code.value == code:
            return pick(info.name_zh, info.name_en)
    return code


def district_name(code: str) -> str:
    district = DISTRICT_BY_CODE.get(code)
    return pick(district.name_zh, district.name_en) if district else code


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate looks for this name
    """Mark ``source`` for lupdate under ``context``; translated later where it is shown.

    PySide6's own QT_TRANSLATE_NOOP is typed as returning ``object``; this one keeps ``str``.
    """
    return source
