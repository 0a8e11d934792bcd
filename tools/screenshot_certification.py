"""Render the 资质审核 page with demo-like certificates and a demo scan, offscreen, to a PNG.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_certification.py [out.png] [--lang en]

Run ``make translations`` first (the .qm files). tools/screenshots.py shows the real app with
the demo server's data instead; this one shows a scan in the viewer.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.client.cache import Cache  # noqa: E402
from app.models.enums import CertificationKind as C  # noqa: E402
from app.server.demo import scans  # noqa: E402
from app.views.app import prepare_application  # noqa: E402
from app.views.certification.page import CertificationPage  # noqa: E402
from app.views.context import PageContext  # noqa: E402
from app.views.settings import open_settings  # noqa: E402
from tests.views.fakes import FakeLink, FakeUser, SyncBackend, put  # noqa: E402

NOW = datetime(2026, 12, 3, 2, 30, tzinfo=UTC)
ME, OTHER = 3, 9
NAMES = ["王芳", "李秀英", "张丽", "刘洋", "陈静", "杨敏", "赵磊", "黄娟", "周杰", "吴霞", "徐强"]
KINDS = [C.HEALTH_CERTIFICATE, C.NURSE_LICENSE, C.HOUSEKEEPING_CERTIFICATE,
         C.ELECTRICIAN_LICENSE, C.BACKGROUND_CHECK, C.MATERNITY_CERTIFICATE]  # fmt: skip
ISSUERS = {
    C.HEALTH_CERTIFICATE: "北京市朝阳区疾病预防控制中心",
    C.NURSE_LICENSE: "北京市卫生健康委员会",
    C.ELECTRICIAN_LICENSE: "北京市应急管理局",
    C.BACKGROUND_CHECK: "北京市家政服务协会",
    C.HOUSEKEEPING_CERTIFICATE: "北京市人力资源和社会保障局",
    C.MATERNITY_CERTIFICATE: "北京市人力资源和社会保障局",
}


def rows() -> list[dict[str, Any]]:
    out = []
    for i in range(24):
        kind = KINDS[i % len(KINDS)]
        extra: dict[str, Any] = {}
        if i == 2:
            extra = {"status": "in_review", "claimed_by": OTHER, "claimed_at": NOW.isoformat()}
        if i == 0:
            extra = {"status": "in_review", "claimed_by": ME, "claimed_at": NOW.isoformat()}
        if i == 4:
            extra = {"first_approver_id": OTHER}
        out.append({
            "id": 100 + i, "provider_id": 1 + i % len(NAMES), "kind": kind.value,
            "status": "submitted", "number": f"{kind.value[:2].upper()}-1101{4821 + i * 37}",
            "holder_name": NAMES[i % len(NAMES)], "issuer": ISSUERS[kind],
            "issued_on": "2026-03-1" + str(i % 9), "expires_on": "2027-03-1" + str(i % 9),
            "submitted_at": (NOW - timedelta(hours=40 - i * 1.7)).isoformat(), "documents": 1,
            "flagged": i == 7, "finding_codes": ["finding.duplicate_number"] if i == 7 else [],
            **extra,
        })  # fmt: skip
    for j, days in enumerate((-3, 12, 27, 45, 80)):
        out.append({
            "id": 300 + j, "provider_id": 1 + j, "kind": C.HEALTH_CERTIFICATE.value,
            "status": "expired" if days < 0 else "approved", "number": f"HC-9{j}",
            "submitted_at": "2025-12-01T02:00:00+00:00",
            "expires_on": (date(2026, 12, 3) + timedelta(days=days)).isoformat(),
        })  # fmt: skip
    return out


class DemoApi:
    def get(self, path: str, params: Any = None) -> dict[str, Any]:
        cert_id = int(path.rsplit("/", 1)[1])
        return {
            "id": cert_id, "documents": [{"id": 1, "media_type": "image/jpeg"}],
            "findings": [{"code": "finding.expires_soon", "message": "证件将于2027-03-10到期",
                          "message_en": "Expires on 2027-03-10", "red": False}],
        }  # fmt: skip

    def get_bytes(self, path: str) -> bytes:
        kind = C.HEALTH_CERTIFICATE
        issued, expires = date(2026, 3, 10), date(2027, 3, 10)
        card = scans.Card(kind, "王芳", "HE-11014821", ISSUERS[kind], issued, expires)
        return scans.render(card, random.Random(4))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "certification.png"))
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--expiry", action="store_true", help="show the expiry watch tab")
    args = parser.parse_args()
    app = prepare_application(sys.argv[:1], args.lang)
    cache = Cache(":memory:")
    put(cache, "provider", [{"id": i + 1, "name": n} for i, n in enumerate(NAMES)])
    put(cache, "user", [{"id": OTHER, "username": "rev2", "display_name": "赵审核"},
                        {"id": ME, "username": "reviewer", "display_name": "孙明"}])  # fmt: skip
    put(cache, "certification", rows())
    with tempfile.TemporaryDirectory() as tmp:
        ctx = PageContext(FakeLink(), FakeUser(ME, "reviewer", "审核员 孙明", "reviewer"),  # type: ignore[arg-type]
                          open_settings(Path(tmp)), lambda: NOW,
                          SyncBackend(reader=cache, api=DemoApi()))  # type: ignore[arg-type]  # fmt: skip
        page = CertificationPage(ctx)
        page.resize(1360, 820)
        page.show()
        for _ in range(5):
            app.processEvents()
        page.table.selectRow(0)
        if args.expiry:
            page.tabs.setCurrentWidget(page.expiry)
            page.expiry.list.setCurrentRow(1)
        for _ in range(10):
            app.processEvents()
        page.grab().save(args.out)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
