"""The admin page's tables: accounts and audit records, each over plain rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.client.audit import detail_text
from app.rules.beijing import wall_clock
from app.schemas.audit import AuditEntry
from app.schemas.users import AccountRecord
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.labels import role_name
from app.views.rows_model import RowsModel


class AccountsModel(RowsModel):
    CONTEXT = "AdminModels"
    HEADERS = (
        QT_TRANSLATE_NOOP("AdminModels", "User name"),
        QT_TRANSLATE_NOOP("AdminModels", "Name"),
        QT_TRANSLATE_NOOP("AdminModels", "Role"),
        QT_TRANSLATE_NOOP("AdminModels", "State"),
        QT_TRANSLATE_NOOP("AdminModels", "Second factor"),
        QT_TRANSLATE_NOOP("AdminModels", "Last login"),
        QT_TRANSLATE_NOOP("AdminModels", "Sessions"),
    )

    def cell(self, row: AccountRecord, column: int) -> str:
        if column == 0:
            return row.username
        if column == 1:
            return row.display_name
        if column == 2:
            return role_name(row.role)
        if column == 3:
            if not row.active:
                return QCoreApplication.translate("AdminModels", "Disabled")
            return (
                QCoreApplication.translate("AdminModels", "Must change password")
                if row.must_change_password
                else QCoreApplication.translate("AdminModels", "Enabled")
            )
        if column == 4:
            return (
                QCoreApplication.translate("AdminModels", "TOTP")
                if row.totp_enabled
                else QCoreApplication.translate("AdminModels", "None")
            )
        if column == 5:
            return (
                wall_clock(row.last_login_at)
                if row.last_login_at
                else QCoreApplication.translate("AdminModels", "Never")
            )
        return str(row.open_sessions)


class AuditModel(RowsModel):
    CONTEXT = "AdminModels"
    HEADERS = (
        QT_TRANSLATE_NOOP("AdminModels", "Time"),
        QT_TRANSLATE_NOOP("AdminModels", "User"),
        QT_TRANSLATE_NOOP("AdminModels", "Action"),
        QT_TRANSLATE_NOOP("AdminModels", "Entity"),
        QT_TRANSLATE_NOOP("AdminModels", "From"),
        QT_TRANSLATE_NOOP("AdminModels", "Detail"),
    )

    def cell(self, row: AuditEntry, column: int) -> str:
        if column == 0:
            return wall_clock(row.at)
        if column == 1:
            return row.username
        if column == 2:
            return row.action
        if column == 3:
            return f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
        if column == 4:
            return row.client_address
        return detail_text(row)
