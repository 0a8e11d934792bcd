"""资质审核 figures: the queue read from the local cache at 20,000 certificates, the page
load, opening a 5 MB scan, a 5 MB scan upload, and approve -> visible on another client.

    python bench/certification.py [--tiny] [--strict] [--n 20000]

Budgets (issue 9 / DESIGN.md): a queue page read and the page load <= 100 ms; opening a 5 MB
scan <= 300 ms after download; approve visible on a second client <= 1 s.

Why the queue read was slow: decoding every certificate's JSON and sorting in Python (the
"decode all" baseline below) is linear in the cache, 150-200 ms over budget at 20,000 rows.
The read now selects one page by cached, indexed columns (status, submitted_at; declared in
app.rules.feed) and decodes only that page.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from bench._report import Figures, add_size_args  # noqa: E402
from bench._server import server_process  # noqa: E402

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
NAMES = ("王芳", "李秀英", "张伟", "刘洋", "陈静", "杨敏", "赵磊", "黄娟", "周杰", "吴霞", "徐强")
KINDS = ("health_certificate", "nurse_license", "housekeeping_certificate", "background_check")


def best_ms(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def fill_cache(path: Path, n: int) -> None:
    from app.client.cache import Cache

    cache = Cache(path)
    rng = random.Random(9)
    providers = [{"entity": "provider", "id": i, "version": 1, "op": "U",
                  "data": {"id": i, "version": 1, "name": NAMES[i % len(NAMES)]}}
                 for i in range(1, n // 4 + 2)]  # fmt: skip
    cache.apply_page(providers, "p")
    certs = []
    for i in range(1, n + 1):
        status = rng.choice(("submitted",) * 6 + ("in_review", "approved", "rejected"))
        data = {
            "id": i, "version": 1, "provider_id": 1 + i % (n // 4 + 1), "kind": rng.choice(KINDS),
            "status": status, "number": f"N-{i:06d}", "holder_name": "王芳", "issuer": "朝阳区",
            "issued_on": "2026-01-01", "expires_on": "2027-01-01",
            "submitted_at": (NOW - timedelta(minutes=rng.randrange(60 * 24 * 30))).isoformat(),
            "finding_codes": [], "documents": 1, "flagged": False,
        }  # fmt: skip
        certs.append({"entity": "certification", "id": i, "version": 1, "op": "U", "data": data})
    cache.apply_page(certs, "c")
    cache.close()


def decode_all(reader: Any) -> list[dict[str, Any]]:
    """The old way: every row decoded, filtered and sorted in Python."""
    conn = reader.connection
    rows = [json.loads(d) for (d,) in conn.execute("SELECT data FROM ent_certification")]
    open_rows = [r for r in rows if r["status"] in ("submitted", "in_review")]
    open_rows.sort(key=lambda r: (r["submitted_at"], r["id"]))
    return open_rows[:200]


def cache_figures(figures: Figures, n: int, repeat: int, tmp: Path) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from app.client import certifications as cq
    from app.client.cache import CacheReader
    from app.views.certification.model import QueueModel

    path = tmp / "cache.sqlite3"
    fill_cache(path, n)
    reader = CacheReader.open(path)
    page = cq.queue_page(reader)
    figures.check(len(page.rows) == min(cq.PAGE_SIZE, page.total), "queue page size")
    ids = [r.id for r in page.rows]
    figures.check(ids == [int(r["id"]) for r in decode_all(reader)], "queue order")
    base = best_ms(lambda: decode_all(reader), repeat)
    figures.figure("queue page read", best_ms(lambda: cq.queue_page(reader), repeat), "ms",
                   budget=100, baseline=base, baseline_name="decode all",
                   note=f"{n} certificates")  # fmt: skip
    mine = best_ms(lambda: cq.queue_page(reader, cq.QueueQuery(claimed_by=3)), repeat)
    figures.figure("my claims read", mine, "ms", budget=100)
    figures.figure("claim next (cache)", best_ms(lambda: cq.next_claimable(reader, 3, NOW),
                   repeat), "ms", budget=100)  # fmt: skip
    # Search by a provider's pinyin initials (every provider's initials computed in SQLite).
    search = cq.QueueQuery(search="wf")
    found = cq.queue_page(reader, search)
    figures.check(found.total > 0, "pinyin search finds 王芳")
    figures.figure("queue search (pinyin initials)", best_ms(lambda: cq.queue_page(reader, search),
                   repeat), "ms", budget=100, note=f"{found.total} found")  # fmt: skip

    app = QApplication.instance() or QApplication([])
    model = QueueModel(NOW)
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    view.show()

    def load() -> None:
        got = cq.queue_page(reader)
        model.set_queue(got.rows, {}, NOW)
        view.grab()

    figures.figure("page load (read + model + paint)", best_ms(load, repeat), "ms", budget=100)
    reader.close()
    del app


def scan_bytes(megabytes: float) -> bytes:
    from PIL import Image

    rng = random.Random(3)
    side = 400
    while True:
        noise = rng.randbytes(side * side)
        image = Image.frombytes("L", (side, side), noise).convert("RGB")
        out = io.BytesIO()
        image.save(out, "JPEG", quality=95)
        if out.tell() >= megabytes * 1024 * 1024 or side > 4000:
            return out.getvalue()
        side = int(side * 1.05)


def open_scan_figure(figures: Figures, content: bytes, repeat: int) -> None:
    from PySide6.QtGui import QImage

    def decode() -> None:
        figures.check(not QImage.fromData(content).isNull(), "scan decodes")

    size = len(content) / 1024 / 1024
    figures.figure("open a scan (decode)", best_ms(decode, repeat), "ms", budget=300,
                   note=f"{size:.1f} MB")  # fmt: skip


def prepare_server(data: Path) -> None:
    from app.models import tables as t
    from app.server.db import Database
    from app.server.schema import prepare_database
    from app.server.security import hash_password
    from app.server.settings import ServerSettings

    cfg = ServerSettings(data_dir=data, database_url="", demo=False, simulate=0.0)
    db = Database(cfg.resolved_database_url())
    now = datetime.now(UTC)
    prepare_database(db, cfg, now)
    with db.write() as s:
        for name, role in (("rev", "reviewer"), ("disp", "dispatcher")):
            secret = hash_password("bench")
            s.add(
                t.User(username=name, display_name=name, role=role, password_hash=secret,
                       active=True, updated_at=now)
            )  # fmt: skip
        s.add(
            t.Provider(
                code="P1", name="王芳", phone="13900001111", id_number="110101199001011234",
                home_district="chaoyang", home_lat=39.9, home_lng=116.4,
                districts_served=["chaoyang"], categories=["cleaning"], level="standard",
                status="active", rating=4.8, rating_count=3, daily_cap=4, updated_at=now,
            )
        )  # fmt: skip
    db.dispose()


def server_figures(figures: Figures, scan: bytes, tmp: Path) -> None:
    data = tmp / "server"
    prepare_server(data)
    with server_process(data) as url:
        api = f"{url}/api/v1"

        def session(name: str) -> requests.Session:
            s = requests.Session()
            token = s.post(f"{api}/auth/login", json={"username": name, "password": "bench"},
                           timeout=10).json()["access_token"]  # fmt: skip
            s.headers["Authorization"] = f"Bearer {token}"
            return s

        rev, disp = session("rev"), session("disp")
        body = {"provider_id": 1, "kind": "health_certificate", "number": "HC-1",
                "issuer": "朝阳区疾控中心", "issued_on": "2026-06-01"}  # fmt: skip
        cert = rev.post(f"{api}/certifications", json=body, timeout=10).json()
        start = time.perf_counter()
        r = rev.post(f"{api}/certifications/{cert['id']}/documents",
                     files={"files": ("scan.jpg", scan, "image/jpeg")},
                     headers={"If-Match": str(cert["version"])}, timeout=60)  # fmt: skip
        figures.check(r.status_code == 200, f"upload answered {r.status_code}")
        figures.figure("upload a scan", (time.perf_counter() - start) * 1000, "ms",
                       note=f"{len(scan) / 1048576:.1f} MB")  # fmt: skip
        cert = r.json()
        cursor = disp.get(f"{api}/changes", params={"cursor": "", "limit": 5000},
                          timeout=30).json()["cursor"]  # fmt: skip
        cert = rev.post(f"{api}/certifications/{cert['id']}/claim",
                        headers={"If-Match": str(cert["version"])}, timeout=10).json()  # fmt: skip
        # the second client is caught up to the claim before the approval is timed
        while True:
            page = disp.get(f"{api}/changes", params={"cursor": cursor, "wait": 2},
                            timeout=30).json()  # fmt: skip
            cursor = page["cursor"]
            if any(c["entity"] == "certification" and c["data"].get("status") == "in_review"
                   for c in page["changes"]):  # fmt: skip
                break
        start = time.perf_counter()
        rev.post(f"{api}/certifications/{cert['id']}/approve",
                 headers={"If-Match": str(cert["version"])}, timeout=10)  # fmt: skip
        seen = False
        while time.perf_counter() - start < 10 and not seen:
            page = disp.get(f"{api}/changes", params={"cursor": cursor, "wait": 5},
                            timeout=30).json()  # fmt: skip
            cursor = page["cursor"]
            seen = any(c["entity"] == "certification" and c["data"].get("status") == "approved"
                       for c in page["changes"])  # fmt: skip
        figures.check(seen, "approval never reached the second client")
        figures.figure("approve -> visible on another client",
                       (time.perf_counter() - start) * 1000, "ms", budget=1000)  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int)
    add_size_args(ap)
    args = ap.parse_args()
    n = args.n or (400 if args.tiny else 20_000)
    repeat = 3 if args.tiny else 9
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        cache_figures(figures, n, repeat, Path(tmp))
        scan = scan_bytes(0.2 if args.tiny else 5.0)
        open_scan_figure(figures, scan, repeat)
        server_figures(figures, scan, Path(tmp))
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    raise SystemExit(main())
