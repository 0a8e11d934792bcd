"""客服工作台: the complaints workbench (hotline intake, queues, ticket handling, handover).

``ComplaintsPage`` is the page; ``show_provider_sanctions`` opens a provider's sanction record
from any page.
"""

from __future__ import annotations

from app.views.complaints.page import ComplaintsPage
from app.views.complaints.sanctions_view import show_provider_sanctions

__all__ = ["ComplaintsPage", "show_provider_sanctions"]
