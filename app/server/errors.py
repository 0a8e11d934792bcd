"""API errors: a machine-readable code plus a message in Chinese and English."""

from __future__ import annotations

from typing import Any

from app.rules.reasons import Reason


class ApiError(Exception):
    """Raised by services and routes; rendered as ``{"error": {...}}`` with ``status``."""

    def __init__(
        self,
        status: int,
        code: str,
        zh: str,
        en: str,
        *,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(en)
        self.status = status
        self.code = code
        self.zh = zh
        self.en = en
        self.details = details or {}
        self.headers = headers or {}

    @classmethod
    def from_reason(cls, status: int, reason: Reason, **kw: Any) -> ApiError:
        return cls(status, reason.code, reason.zh, reason.en, **kw)

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.code,
                "message": self.zh,
                "message_en": self.en,
                "details": self.details,
            }
        }


def not_found(entity: str, entity_id: object) -> ApiError:
    return ApiError(
        404, "not_found", f"找不到{entity} {entity_id}。", f"{entity} {entity_id} was not found."
    )


def forbidden() -> ApiError:
    return ApiError(403, "forbidden", "您的角色无权执行此操作。", "Your role may not do this.")
