"""Certification services called directly, on SQLite and PostgreSQL: intake with scans,
findings, claims, four-eyes, decisions, revocation and expiry flagging orders, the queue, and
audited document fetches."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.models.enums import CertificationKind as C
from app.models.enums import CertificationStatus as CS
from app.models.enums import OrderStatus, Role, ServiceCategory
from app.rules.certification import findings as F
from app.rules.orders import OrderAction
from app.server.db import Database
from app.server.errors import ApiError
from app.server.schema import migrate
from app.server.services import certification as cert_svc
from app.server.services import certification_documents as docs
from app.server.services import certification_read as read
from app.server.services.certification_expiry import CERTIFICATE_FLAG, run_expiry
from app.server.services.context import Actor
from app.server.services.eligibility import assignment_blockers
from app.server.services.orders import NewOrder, act, create_order
from tests.server import factories

NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
JPEG = b"\xff\xd8\xff\xe0" + b"scan-front" * 100
PNG = b"\x89PNG\r\n\x1a\n" + b"scan-back" * 100
PDF = b"%PDF-1.7\n" + b"report" * 100


@dataclass
class Desk:
    db: Database
    users: dict[Role, int]

    def actor(self, role: Role) -> Actor:
        return Actor(self.users[role], role.value, role, "127.0.0.1")


@pytest.fixture(params=["sqlite", "postgres"])
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desk]:
    url = (
        request.getfixturevalue("pg_url")
        if request.param == "postgres"
        else f"sqlite:///{tmp_path / 'c.sqlite3'}"
    )
    db = Database(url)
    migrate(db)
    yield Desk(db, factories.add_users(db))
    db.dispose()


def submit(
    desk: Desk, provider: int, kind: C = C.HEALTH_CERTIFICATE, **kw: object
) -> t.Certification:
    new = cert_svc.NewCertification(
        provider_id=provider,
        kind=kind,
        number=str(kw.pop("number", f"N-{provider}-{kind.value}-new")),
        issuer="北京市朝阳区疾病预防控制中心",
        issued_on=date(2026, 2, 1),
        documents=kw.pop("documents", (docs.Upload("front.jpg", JPEG),)),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )
    with desk.db.write() as s:
        cert = cert_svc.create_certification(s, desk.actor(Role.AGENT), NOW, new)
        s.expunge(cert)
    return cert


def do(
    desk: Desk, role: Role, fn: object, cert: t.Certification, at: datetime = NOW, **kw: object
) -> t.Certification:
    with desk.db.write() as s:
        out = fn(s, desk.actor(role), at, cert.id, cert.version, **kw)  # type: ignore[operator]
        s.expunge(out)
    return out  # type: ignore[no-any-return]


def refused(desk: Desk, role: Role, fn: object, cert: t.Certification, **kw: object) -> ApiError:
    with pytest.raises(ApiError) as info:
        do(desk, role, fn, cert, **kw)
    return info.value


def test_intake_stores_scans_once_and_keeps_them_out_of_the_feed(desk: Desk) -> None:
    pid = factories.add_provider(desk.db, qualified=False)
    other = factories.add_provider(desk.db, qualified=False, phone="13900002222")
    first = submit(desk, pid, documents=(docs.Upload("a.jpg", JPEG), docs.Upload("b.png", PNG)))
    second = submit(desk, other, documents=(docs.Upload("copy.jpg", JPEG),))
    assert first.status == "submitted"
    assert first.documents == 2
    assert first.expires_on == date(2027, 1, 31)  # a health certificate: one year
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(t.DocumentBlob)) == 2
        assert s.scalar(select(func.count()).select_from(t.CertificationDocument)) == 3
        entities = set(s.scalars(select(t.ChangeLog.entity)))
        assert entities == {"certification"}
        payloads = [c.payload for c in s.scalars(select(t.ChangeLog))]
        assert all("content" not in p and "sha256" not in p for p in payloads)
        actions = list(s.scalars(select(t.AuditLog.action)))
        assert actions.count("certification.create") == 2
    assert second.documents == 1


def test_files_are_sniffed_and_bounded_and_nothing_is_written_when_refused(desk: Desk) -> None:
    pid = factories.add_provider(desk.db, qualified=False)
    with pytest.raises(ApiError) as info:
        submit(desk, pid, documents=(docs.Upload("scan.jpg", b"GIF89a not really"),))
    assert info.value.status == 415
    big = b"%PDF-" + b"0" * docs.MAX_BYTES
    with pytest.raises(ApiError) as info:
        submit(desk, pid, documents=(docs.Upload("big.pdf", big),))
    assert info.value.status == 413
    assert info.value.zh
    assert info.value.en
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(t.Certification)) == 0
        assert s.scalar(select(func.count()).select_from(t.DocumentBlob)) == 0
    assert docs.sniff(PDF) == docs.PDF


def test_findings_flag_a_shared_number_on_both_providers_and_a_wrong_holder(desk: Desk) -> None:
    a = factories.add_provider(desk.db, qualified=False)
    b = factories.add_provider(desk.db, qualified=False, phone="13900002222")
    first = submit(desk, a, number="JK2026-1")
    assert first.finding_codes == []
    assert not first.flagged
    second = submit(desk, b, number="JK2026-1", holder_name="张伟", documents=())
    assert second.flagged
    assert set(second.finding_codes) == {
        F.DUPLICATE_NUMBER,
        F.NAME_MISMATCH,
        F.DOCUMENT_MISSING,
    }
    with desk.db.read() as s:
        again = s.get(t.Certification, first.id)
        assert again is not None
        assert again.flagged
        detail = read.certification_detail(s, desk.actor(Role.REVIEWER), NOW, first.id)
    assert [(f["code"], f["red"]) for f in detail["findings"]] == [(F.DUPLICATE_NUMBER, True)]
    assert [h["action"] for h in detail["history"]] == ["submit"]
    assert [d["filename"] for d in detail["documents"]] == ["front.jpg"]


def test_four_eyes_needs_a_second_reviewer_and_nobody_approves_their_own(desk: Desk) -> None:
    pid = factories.add_provider(desk.db, qualified=False, categories=("home_nursing",))
    cert = submit(desk, pid, C.NURSE_LICENSE)
    cert = do(desk, Role.ADMIN, cert_svc.claim, cert)
    cert = do(desk, Role.ADMIN, cert_svc.approve, cert)
    assert cert.status == "submitted"
    assert cert.first_approver_id == desk.users[Role.ADMIN]
    cert = do(desk, Role.ADMIN, cert_svc.claim, cert)
    error = refused(desk, Role.ADMIN, cert_svc.approve, cert)
    assert (error.status, error.code) == (409, "certification.self_second_approval")
    with desk.db.read() as s:
        nxt = read.next_to_review(s, desk.actor(Role.ADMIN), NOW)
        assert nxt is None  # never offered their own first approval
        page = read.list_certifications(
            s, desk.actor(Role.REVIEWER), NOW, read.QueueFilter(awaiting_second_approval=True)
        )
    assert [r["id"] for r in page.items] == [cert.id]
    cert = do(desk, Role.ADMIN, cert_svc.release, cert)
    cert = do(desk, Role.REVIEWER, cert_svc.claim, cert)
    cert = do(desk, Role.REVIEWER, cert_svc.approve, cert)
    assert cert.status == "approved"
    assert cert.second_approver_id == desk.users[Role.REVIEWER]
    with desk.db.read() as s:
        steps = list(
            s.scalars(select(t.CertificationReview.action).order_by(t.CertificationReview.id))
        )
    assert steps == ["submit", "claim", "first_approval", "claim", "release", "claim", "approve"]


def test_claims_versions_and_roles(desk: Desk) -> None:
    pid = factories.add_provider(desk.db, qualified=False)
    cert = submit(desk, pid)
    assert refused(desk, Role.DISPATCHER, cert_svc.claim, cert).status == 403
    claimed = do(desk, Role.REVIEWER, cert_svc.claim, cert)
    assert refused(desk, Role.SUPERVISOR, cert_svc.claim, cert).status == 412  # stale version
    busy = refused(desk, Role.SUPERVISOR, cert_svc.claim, claimed)
    assert (busy.status, busy.code) == (409, "certification.claimed_by_other")
    later = NOW + timedelta(minutes=31)
    taken = do(desk, Role.SUPERVISOR, cert_svc.claim, claimed, at=later)
    assert taken.claimed_by == desk.users[Role.SUPERVISOR]
    assert refused(desk, Role.REVIEWER, cert_svc.approve, taken).code == "certification.not_claimed"
    assert refused(desk, Role.SUPERVISOR, cert_svc.reject, taken, code="bogus").status == 409
    rejected = do(desk, Role.SUPERVISOR, cert_svc.reject, taken, code="blurred_scan", text="看不清")
    assert rejected.status == "rejected"
    assert rejected.decision_code == "blurred_scan"
    assert rejected.reviewer_id == desk.users[Role.SUPERVISOR]


def test_resubmission_request_and_a_renewal_that_follows_it(desk: Desk) -> None:
    pid = factories.add_provider(desk.db, qualified=False)
    cert = do(desk, Role.REVIEWER, cert_svc.claim, submit(desk, pid))
    assert refused(desk, Role.REVIEWER, cert_svc.request_resubmission, cert, items=[]).status == 409
    asked = do(
        desk,
        Role.REVIEWER,
        cert_svc.request_resubmission,
        cert,
        items=["corner_cut", "blurred_scan"],
    )
    assert asked.status == "resubmission_requested"
    assert asked.requested_items == ["corner_cut", "blurred_scan"]
    again = submit(desk, pid, renews_id=asked.id, documents=(docs.Upload("new.png", PNG),))
    assert again.renews_id == asked.id
    assert again.status == "submitted"


def _assigned_order(desk: Desk, provider: int, hours_ahead: float) -> t.Order:
    customer = factories.add_customer(desk.db, phone=f"138{int(hours_ahead):08d}")
    dispatcher = desk.actor(Role.DISPATCHER)
    real_now = factories.now()
    with desk.db.write() as s:
        order = create_order(
            s,
            dispatcher,
            real_now,
            NewOrder(
                customer,
                ServiceCategory.CLEANING,
                real_now + timedelta(hours=hours_ahead),
                120,
                19900,
            ),
        )
        order = act(
            s,
            dispatcher,
            real_now,
            order.id,
            order.version,
            OrderAction.ASSIGN,
            provider_id=provider,
        )
        s.expunge(order)
    return order


def test_revoking_a_certificate_flags_the_future_orders_it_breaks(desk: Desk) -> None:
    pid = factories.add_provider(desk.db)
    order = _assigned_order(desk, pid, 30)
    with desk.db.read() as s:
        health = s.scalar(
            select(t.Certification).where(
                t.Certification.provider_id == pid, t.Certification.kind == "health_certificate"
            )
        )
        assert health is not None
        s.expunge(health)
    revoked = do(desk, Role.SUPERVISOR, cert_svc.revoke, health, at=factories.now(), reason="伪造")
    assert revoked.status == "revoked"
    with desk.db.read() as s:
        row = s.get(t.Order, order.id)
        assert row is not None
        assert row.flag_code == CERTIFICATE_FLAG
        assert "健康证" in row.flag_zh
        assert row.status == OrderStatus.ASSIGNED.value
        logged = s.scalars(
            select(t.ChangeLog.payload).where(
                t.ChangeLog.entity == "order", t.ChangeLog.entity_id == order.id
            )
        ).all()
        assert logged[-1]["flag_code"] == CERTIFICATE_FLAG
        provider = s.get(t.Provider, pid)
        assert provider is not None
        assert [r.code for r in assignment_blockers(s, row, provider, factories.now())] == [
            "certificate_missing"
        ]
        version = row.version
    with desk.db.write() as s:
        act(
            s, desk.actor(Role.DISPATCHER), factories.now(), order.id, version, OrderAction.UNASSIGN
        )
    with desk.db.read() as s:
        row = s.get(t.Order, order.id)
        assert row is not None
        assert row.flag_code == ""


def test_the_expiry_job_expires_lapsed_certificates_and_flags_orders(desk: Desk) -> None:
    pid = factories.add_provider(desk.db)
    order = _assigned_order(desk, pid, 48)
    today = (factories.now() + timedelta(hours=8)).date()
    with desk.db.write() as s:
        licence = s.scalar(
            select(t.Certification).where(
                t.Certification.provider_id == pid, t.Certification.kind == "background_check"
            )
        )
        assert licence is not None
        licence.review_due = today - timedelta(days=1)  # the review date passed
        licence.updated_at = factories.now()
    done = run_expiry(desk.db, factories.now())
    assert done == {"certifications_expired": 1, "orders_flagged": 1}
    assert run_expiry(desk.db, factories.now()) == {
        "certifications_expired": 0,
        "orders_flagged": 0,
    }
    with desk.db.read() as s:
        row = s.get(t.Order, order.id)
        assert row is not None
        assert row.flag_code == CERTIFICATE_FLAG
        watch = read.expiry_watch(s, desk.actor(Role.REVIEWER), factories.now())
        assert [r["kind"] for r in watch[0]] == ["background_check"]
        assert (
            s.scalar(select(func.count()).where(t.AuditLog.action == "certification.expire")) == 1
        )


def test_the_queue_filters_and_counts_per_state(desk: Desk) -> None:
    nurse = factories.add_provider(desk.db, qualified=False, categories=("home_nursing",))
    cleaner = factories.add_provider(desk.db, qualified=False, phone="13900002222")
    old = submit(desk, cleaner)
    submit(desk, nurse, C.NURSE_LICENSE)
    do(desk, Role.REVIEWER, cert_svc.claim, old)
    with desk.db.read() as s:
        reviewer = desk.actor(Role.REVIEWER)
        page = read.list_certifications(s, reviewer, NOW, read.QueueFilter())
        assert page.total == 2
        assert page.counts["submitted"] == 1
        assert page.counts["in_review"] == 1
        nursing = read.QueueFilter(category=ServiceCategory.HOME_NURSING)
        assert [r["kind"] for r in read.list_certifications(s, reviewer, NOW, nursing).items] == [
            "nurse_license"
        ]
        mine = read.QueueFilter(claimed_by=desk.users[Role.REVIEWER])
        assert [r["id"] for r in read.list_certifications(s, reviewer, NOW, mine).items] == [old.id]
        states = read.QueueFilter(states=(CS.SUBMITTED,), kinds=(C.NURSE_LICENSE,))
        assert read.list_certifications(s, reviewer, NOW, states).total == 1
        aged = read.QueueFilter(min_age_hours=1)
        assert read.list_certifications(s, reviewer, NOW + timedelta(hours=2), aged).total == 2
        assert read.list_certifications(s, reviewer, NOW, aged).total == 0
        status_only = read.certification_detail(s, desk.actor(Role.DISPATCHER), NOW, old.id)
        assert "history" not in status_only
        assert "findings" not in status_only
        assert status_only["status"] == "in_review"


def test_a_document_fetch_is_audited_and_streams_in_chunks(desk: Desk) -> None:
    pid = factories.add_provider(desk.db, qualified=False)
    cert = submit(desk, pid, documents=(docs.Upload("report.pdf", PDF),))
    with desk.db.read() as s:
        [doc] = docs.list_documents(s, cert.id)
    with pytest.raises(ApiError) as info, desk.db.write() as s:
        docs.open_document(s, desk.actor(Role.DISPATCHER), NOW, cert.id, doc.id)
    assert info.value.status == 403
    with desk.db.write() as s:
        meta = docs.open_document(s, desk.actor(Role.REVIEWER), NOW, cert.id, doc.id)
    assert meta.media_type == "application/pdf"
    body = io.BytesIO()
    for piece in docs.iter_chunks(desk.db, meta.sha256, meta.size, chunk=64):
        assert len(piece) <= 64
        body.write(piece)
    assert body.getvalue() == PDF
    with desk.db.read() as s:
        fetches = s.scalars(
            select(t.AuditLog).where(t.AuditLog.action == "certification.document_fetch")
        ).all()
        assert [(a.user_id, a.detail["document_id"]) for a in fetches] == [
            (desk.users[Role.REVIEWER], doc.id)
        ]


def test_a_missing_scan_can_be_added_while_the_certificate_waits(desk: Desk) -> None:
    pid = factories.add_provider(desk.db, qualified=False)
    cert = submit(desk, pid, documents=())
    assert cert.finding_codes == [F.DOCUMENT_MISSING]
    uploads = [docs.Upload("front.jpg", JPEG), docs.Upload("again.jpg", JPEG)]
    with desk.db.write() as s:
        added = cert_svc.attach_documents(
            s, desk.actor(Role.AGENT), NOW, cert.id, cert.version, uploads
        )
        assert added.documents == 1  # the same bytes twice are one scan
        assert added.finding_codes == []
    assert refused(desk, Role.AGENT, cert_svc.attach_documents, cert, uploads=uploads).status == 412
    with desk.db.read() as s:
        decided = s.get(t.Certification, cert.id)
        assert decided is not None
        s.expunge(decided)
    claimed = do(desk, Role.REVIEWER, cert_svc.claim, decided)
    done = do(desk, Role.REVIEWER, cert_svc.approve, claimed)
    error = refused(desk, Role.AGENT, cert_svc.attach_documents, done, uploads=uploads)
    assert (error.status, error.code) == (409, "certification.not_open")
