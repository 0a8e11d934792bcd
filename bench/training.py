"""培训考核 figures: the scoring grid's keystroke -> repaint at 40 trainees × 12 criteria,
a provider's training record with 5 years of history read from the local cache, and the
sign-off of a session's 40 assessments against a real server.

    python bench/training.py [--tiny] [--strict]

Budgets (issue 10 / DESIGN.md): keystroke to repaint <= 16 ms, worst case over every score
cell of the grid (a trainer typing must never see a frame dropped); a 5-year provider record
<= 100 ms from the cache; the sign-off of 40 assessments <= 1 s round trip (one POST, as the
desk's Outbox sends it, until the answer is back). The keystroke is a real key event sent
to the page's grid, which updates the row's live result and the page's counts; the timing
ends when the paint it scheduled is done. Baselines, same process: a repaint of the whole
grid without a keystroke; reading the record by decoding every cached enrolment and
assessment (what the indexed reads avoid).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import Figures, add_size_args  # noqa: E402

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
ME = 7


def rubric(n: int) -> list[dict[str, Any]]:
    """``n`` criteria: every third a pass/fail with a minimum, the rest 0-5, some minimums."""
    out = []
    for i in range(n):
        pass_fail = i % 3 == 2
        out.append({
            "code": f"c{i}", "zh": f"评分项{i + 1}", "en": f"Criterion {i + 1}",
            "scale": "pass_fail" if pass_fail else "points", "weight": 1 + i % 3,
            "minimum": 1 if pass_fail else (3 if i % 4 == 0 else None),
        })  # fmt: skip
    return out


def change(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    data = {"version": 1, **data}
    return {"entity": entity, "id": data["id"], "version": 1, "op": "U", "data": data}


def fill_cache(path: Path, trainees: int, criteria: int, years: int, others: int) -> int:
    """A cache with today's session of ``trainees`` and, for provider 1, ``years`` of monthly
    sessions with signed assessments and amendments, among ``others`` providers' history.
    Returns the id of today's session."""
    from app.client.cache import Cache

    rng = random.Random(10)
    cache = Cache(path)
    course = {
        "id": 1, "code": "TR-BENCH", "category": "maternity", "name": "月嫂岗前培训",
        "modules": [], "rubric": rubric(criteria), "theory_pass": 70, "practical_pass": 70,
        "absences_allowed": 0, "validity_days": 365,
    }  # fmt: skip
    providers = max(trainees, others) + 1
    changes = [change("training_course", course)]
    changes += [change("provider", {"id": p, "code": f"P{p:05d}", "name": f"学员{p}"})
                for p in range(1, providers + 1)]  # fmt: skip
    sessions, enrolments, assessments, amendments = [], [], [], []
    months = 12 * years
    per_session = 30
    sid = 0
    for m in range(months):
        for k in range(max(1, others // per_session)):
            sid += 1
            starts = NOW - timedelta(days=30 * (months - m), hours=k)
            sessions.append({"id": sid, "course_id": 1, "trainer_id": ME if k == 0 else 8,
                             "starts_at": starts.isoformat(),
                             "ends_at": (starts + timedelta(hours=4)).isoformat(),
                             "location": "通州培训站", "state": "completed",
                             "capacity": per_session})  # fmt: skip
            seat = [1] if k == 0 else []
            seat += rng.sample(range(2, providers + 1), min(per_session - len(seat),
                                                              providers - 1))  # fmt: skip
            for p in seat:
                eid = len(enrolments) + 1
                enrolments.append({"id": eid, "session_id": sid, "provider_id": p,
                                   "status": "enrolled", "attended": True})  # fmt: skip
                aid = len(assessments) + 1
                passed = rng.random() > 0.2
                assessments.append({
                    "id": aid, "provider_id": p, "course_id": 1, "session_id": sid,
                    "state": "signed", "theory_score": rng.randint(50, 100),
                    "practical_score": rng.randint(50, 100), "absences": 0, "passed": passed,
                    "scores": {f"c{i}": 1 for i in range(criteria)},
                    "signed_at": starts.isoformat(), "assessed_at": starts.isoformat(),
                    "valid_until": (starts + timedelta(days=365)).isoformat() if passed else None,
                })  # fmt: skip
                if p == 1 and m % 6 == 0:
                    amendments.append({"id": len(amendments) + 1, "assessment_id": aid,
                                       "at": starts.isoformat(), "reason": "补录漏记项",
                                       "before": {}, "after": {}})  # fmt: skip
    sid += 1
    sessions.append({"id": sid, "course_id": 1, "trainer_id": ME,
                     "starts_at": (NOW - timedelta(hours=1)).isoformat(),
                     "ends_at": (NOW + timedelta(hours=3)).isoformat(), "location": "通州培训站",
                     "state": "in_progress", "capacity": trainees})  # fmt: skip
    for p in range(1, trainees + 1):
        enrolments.append({"id": len(enrolments) + 1, "session_id": sid, "provider_id": p,
                           "status": "enrolled"})  # fmt: skip
    changes += [change("training_session", s) for s in sessions]
    changes += [change("training_enrolment", e) for e in enrolments]
    changes += [change("assessment", a) for a in assessments]
    changes += [change("assessment_amendment", a) for a in amendments]
    cache.apply_page(changes, "bench")
    cache.close()
    return sid


def ms(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


class Backend:
    """Answers cache reads at once, on the calling thread (the page's Backend surface)."""

    has_server = False
    has_cache = True

    def __init__(self, reader: Any) -> None:
        self.reader = reader

    def local(self, query: Any, on_success: Any, on_failure: Any = None, **_kw: Any) -> None:
        on_success(query(self.reader))

    def server(self, *_a: Any, **_kw: Any) -> None:
        pass


def paint_counter() -> Any:
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        """Counts the grid's paint events: proof that each timed keystroke was painted."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return Counter()


def grid_figures(figures: Figures, path: Path, trainees: int, criteria: int) -> None:
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from app.client.cache import CacheReader
    from app.views.context import PageContext
    from app.views.sync_worker import SyncSignals
    from app.views.training.page import TrainingPage

    class Link(SyncSignals):
        def enqueue_command(self, command: dict[str, Any]) -> None:
            pass

    app = QApplication.instance() or QApplication([])
    reader = CacheReader.open(path)
    user = type("U", (), {"id": ME, "username": "t", "display_name": "周培训", "role": "trainer"})
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    ctx = PageContext(Link(), user(), settings, lambda: NOW, Backend(reader))  # type: ignore[arg-type]
    page = TrainingPage(ctx)
    page.resize(1440, 900)
    page.show()
    app.processEvents()
    grid, view = page.grid, page.grid_view
    figures.check(grid.rowCount() == trainees, f"grid rows {grid.rowCount()} != {trainees}")
    figures.check(len(grid.criteria()) == criteria, "grid criteria")
    view.setFocus()
    viewport = view.viewport()
    paints = paint_counter()
    viewport.installEventFilter(paints)

    def key(digit: str) -> None:
        # The key event, then the paint it scheduled (the changed row, the page's counts),
        # as the event loop would deliver both before the next frame.
        code = Qt.Key(Qt.Key.Key_0.value + int(digit))
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, code,
                                               Qt.KeyboardModifier.NoModifier, digit))  # fmt: skip
        app.processEvents()

    def repaint_all() -> None:
        viewport.update()
        app.processEvents()

    view.setCurrentIndex(grid.index(0, 1))
    key("8")  # warm-up: first paint of the fonts, first result
    view.setCurrentIndex(grid.index(0, 2))
    times, base = [], []
    for row in range(trainees):
        for col in range(1, grid.total_column()):
            view.setCurrentIndex(grid.index(row, col))
            app.processEvents()  # the move (and any scroll) paints before the key is timed
            crit = grid.criteria()[col - 2] if col >= 2 else None
            digits = "95" if crit is None else ("1" if crit.scale == "pass_fail" else "4")
            for digit in digits:  # theory takes two keystrokes, a criterion one
                times.append(ms(lambda d=digit: key(d)))  # type: ignore[misc]
                base.append(ms(repaint_all))
    figures.check(paints.count >= 2 * len(times), f"{paints.count} paints for {len(times)} keys")
    typed = sum(1 for x in grid.lines if x.theory == 95)
    figures.check(typed == trainees, f"theory typed on {typed} of {trainees} rows")
    figures.check(all(r.passed for r in grid.results), "every row passes after typing")
    cells = f"{trainees} x {criteria}, {len(times)} keystrokes"
    figures.figure(f"keystroke -> repaint, worst ({trainees} x {criteria})", max(times), "ms",
                   budget=16, note=cells)  # fmt: skip
    figures.figure("keystroke -> repaint, median", statistics.median(times), "ms",
                   baseline=statistics.median(base),
                   baseline_name="whole grid repaint")  # fmt: skip
    page.close()
    reader.close()


def decode_everything(reader: Any, provider_id: int) -> int:
    """The baseline: every enrolment and assessment decoded, filtered in Python."""
    mine = [e for e in reader.all("training_enrolment") if e["provider_id"] == provider_id]
    sheets = [a for a in reader.all("assessment") if a["provider_id"] == provider_id]
    return len(mine) + len(sheets)


def record_figures(figures: Figures, path: Path, years: int, repeat: int) -> None:
    from app.client.cache import CacheReader
    from app.client.training import provider_record
    from app.reports.training import build_transcript

    reader = CacheReader.open(path)
    record = provider_record(reader, 1, NOW)
    figures.check(len(record.entries) >= 12 * years, f"{len(record.entries)} record entries")
    figures.check(bool(record.certificates), "a certificate on record")
    times = [ms(lambda: provider_record(reader, 1, NOW)) for _ in range(repeat)]
    base = statistics.median([ms(lambda: decode_everything(reader, 1)) for _ in range(repeat)])
    enrolments = reader.count("training_enrolment")
    figures.figure(f"provider record, {years}-year history (cache)", max(times), "ms", budget=100,
                   baseline=base, baseline_name="decode every enrolment",
                   note=f"{len(record.entries)} sessions of {enrolments} enrolments cached, "
                        f"worst of {repeat}")  # fmt: skip
    plain = asdict(record)
    figures.figure(f"transcript PDF, {years}-year history",
                   ms(lambda: build_transcript(plain, printed_at=NOW, printed_by="周培训")),
                   "ms")  # fmt: skip
    reader.close()


def prepare_server(data: Path, trainees: int) -> None:
    from app.models import tables as t
    from app.rules.training import COURSES
    from app.server.db import Database
    from app.server.schema import prepare_database
    from app.server.security import hash_password
    from app.server.services.training_courses import course_columns
    from app.server.settings import ServerSettings

    cfg = ServerSettings(data_dir=data, database_url="", demo=False, simulate=0.0)
    db = Database(cfg.resolved_database_url())
    now = datetime.now(UTC)
    prepare_database(db, cfg, now)
    with db.write() as s:
        secret = hash_password("bench")
        s.add(t.User(username="trainer", display_name="周培训", role="trainer",
                     password_hash=secret, active=True, updated_at=now))  # fmt: skip
        s.add(t.TrainingCourse(**course_columns(COURSES["TR-MATERNITY"]), updated_at=now))
        for i in range(trainees):
            s.add(
                t.Provider(
                    code=f"P{i:05d}", name=f"学员{i}", phone=f"139{i:08d}",
                    id_number="110101199001011234", home_district="tongzhou", home_lat=39.9,
                    home_lng=116.6, districts_served=["tongzhou"], categories=["maternity"],
                    level="standard", status="active", rating=4.8, rating_count=3,
                    daily_cap=4, updated_at=now,
                )
            )  # fmt: skip
    db.dispose()


def server_figures(figures: Figures, tmp: Path, trainees: int) -> None:
    """A session of ``trainees`` scored as drafts over HTTP, then the sign-off timed."""
    import requests

    from bench._server import server_process

    data = tmp / "server"
    prepare_server(data, trainees)
    keys = (f"bench-{i}" for i in itertools.count())
    with server_process(data) as url, requests.Session() as s:
        api = f"{url}/api/v1"
        token = s.post(f"{api}/auth/login", json={"username": "trainer", "password": "bench"},
                       timeout=10).json()["access_token"]  # fmt: skip
        s.headers["Authorization"] = f"Bearer {token}"

        def post(path: str, body: Any, version: int | None = None) -> Any:
            headers = {"Idempotency-Key": next(keys)}
            if version is not None:
                headers["If-Match"] = str(version)
            r = s.post(f"{api}{path}", json=body, headers=headers, timeout=30)
            figures.check(r.ok, f"{path} answered {r.status_code}: {r.text[:200]}")
            return r.json()

        course = s.get(f"{api}/training-courses", timeout=10).json()["data"][0]
        providers = [p["id"] for p in s.get(f"{api}/providers", params={"limit": trainees},
                                             timeout=10).json()["data"]]  # fmt: skip
        starts = datetime.now(UTC) + timedelta(minutes=5)
        session = post("/training-sessions", {
            "course_id": course["id"], "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=4)).isoformat(), "location": "通州培训站",
            "district": "tongzhou", "capacity": trainees})  # fmt: skip
        sid = session["id"]
        for pid in providers:
            session = post(f"/training-sessions/{sid}/enrol", {"provider_id": pid})
        session = post(f"/training-sessions/{sid}/start", {}, session["version"])
        post(f"/training-sessions/{sid}/attendance",
             {"present": {str(p): True for p in providers}}, session["version"])  # fmt: skip
        full = {c["code"]: 5 if c["scale"] == "points" else 1 for c in course["rubric"]}
        sheets = []
        empty = {"theory": None, "practical": {}}
        for pid in providers:
            post(f"/training-sessions/{sid}/assessments/{pid}/draft",
                 {"theory": 90, "practical": full, "base": empty})  # fmt: skip
            sheets.append({"provider_id": pid, "theory": 90, "practical": full, "absences": 0})
        start = time.perf_counter()
        signed = post(f"/training-sessions/{sid}/sign-off", {"sheets": sheets})
        took = (time.perf_counter() - start) * 1000
        figures.check(len(signed.get("data", [])) == len(providers), "every sheet signed")
        figures.figure(f"sign-off of {len(providers)} assessments (round trip)", took, "ms",
                       budget=1000)  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser()
    add_size_args(ap)
    args = ap.parse_args()
    trainees, criteria = (8, 12) if args.tiny else (40, 12)
    years, others = (1, 60) if args.tiny else (5, 3000)
    repeat = 3 if args.tiny else 15
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.sqlite3"
        fill_cache(path, trainees, criteria, years, others)
        grid_figures(figures, path, trainees, criteria)
        record_figures(figures, path, years, repeat)
        server_figures(figures, Path(tmp), trainees if args.tiny else 40)
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    raise SystemExit(main())
