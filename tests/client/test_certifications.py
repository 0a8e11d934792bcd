"""The certification desk's cache reads, commands and scan calls (app/client/certifications)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from app.client import certifications as cq
from app.client.api import ApiClient
from app.client.cache import Cache
from tests.client.stubs import StubSession, response

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


def put(cache: Cache, entity: str, rows: list[dict[str, Any]]) -> None:
    changes = [
        {"entity": entity, "id": r["id"], "version": r.get("version", 1), "op": "U",
         "data": {"version": 1, **r}}
        for r in rows
    ]  # fmt: skip
    cache.apply_page(changes, cache.cursor() + "x")


def cert(id: int, *, hours_ago: float, status: str = "submitted", **kw: Any) -> dict[str, Any]:
    return {
        "id": id,
        "provider_id": 10 + id % 2,
        "kind": "health_certificate",
        "status": status,
        "number": f"HC-{id}",
        "holder_name": "王芳",
        "issuer": "朝阳区疾控中心",
        "issued_on": "2026-01-05",
        "expires_on": "2027-01-05",
        "review_due": None,
        "submitted_at": (NOW - timedelta(hours=hours_ago)).isoformat(),
        "claimed_by": None,
        "claimed_at": None,
        "first_approver_id": None,
        "flagged": False,
        "finding_codes": [],
        "documents": 1,
        **kw,
    }


@pytest.fixture
def filled(cache: Cache) -> Cache:
    put(cache, "provider", [{"id": 10, "name": "王芳"}, {"id": 11, "name": "李秀英"}])
    put(
        cache,
        "certification",
        [
            cert(1, hours_ago=5),
            cert(
                2,
                hours_ago=30,
                status="in_review",
                claimed_by=7,
                claimed_at=(NOW - timedelta(minutes=5)).isoformat(),
            ),
            cert(3, hours_ago=40, kind="nurse_license", first_approver_id=7),
            cert(4, hours_ago=900, status="approved", expires_on="2026-12-20"),
            cert(
                5,
                hours_ago=900,
                status="approved",
                expires_on="2031-01-01",
                review_due="2027-01-30",
            ),
            cert(6, hours_ago=999, status="expired", expires_on="2026-11-01"),
            cert(
                7,
                hours_ago=1,
                status="in_review",
                claimed_by=8,
                claimed_at=(NOW - timedelta(hours=2)).isoformat(),
                submitted_at="2026-12-02T10:00:00",
            ),
        ],
    )
    return cache


def test_the_queue_reads_one_page_oldest_first_with_counts(filled: Cache) -> None:
    page = cq.queue_page(filled)
    assert [r.id for r in page.rows] == [3, 2, 7, 1]
    assert page.total == 4
    assert page.counts == {"submitted": 2, "in_review": 2, "approved": 2, "expired": 1}
    assert page.rows[0].provider_name == "李秀英"
    assert page.rows[0].awaiting_second_approval
    assert [r.id for r in cq.queue_page(filled, cq.QueueQuery(limit=2, offset=1)).rows] == [2, 7]
    mine = cq.queue_page(filled, cq.QueueQuery(claimed_by=7))
    assert [r.id for r in mine.rows] == [2]
    nurses = cq.queue_page(filled, cq.QueueQuery(kind="nurse_license"))
    assert [r.id for r in nurses.rows] == [3]
    row = page.rows[1]
    assert row.age(NOW) == timedelta(hours=30)
    assert row.claim_active(NOW)
    assert row.submitted_at is not None
    assert row.submitted_at.tzinfo is not None
    assert page.rows[2].submitted_at == datetime(2026, 12, 2, 10, 0, tzinfo=UTC)  # naive: UTC
    assert cq.CertRow.from_data({"id": 9, "provider_id": 1}).age(NOW) == timedelta(0)


def test_an_empty_cache_has_an_empty_queue(cache: Cache) -> None:
    assert cq.queue_page(cache) == cq.QueuePage([], 0, {})
    assert cq.next_claimable(cache, 7, NOW) is None


def test_claim_next_skips_live_claims_and_ones_own_first_approval(filled: Cache) -> None:
    # 3 is reviewer 7's own first approval; 2 is 7's live claim; 7 is 8's lapsed claim.
    first = cq.next_claimable(filled, 7, NOW)
    assert first is not None
    assert first.id == 2
    other = cq.next_claimable(filled, 9, NOW)
    assert other is not None
    assert other.id == 3
    rows = {r.id: r for r in cq.queue_page(filled).rows}
    assert not rows[2].claimable_by(9, NOW)
    assert rows[7].claimable_by(9, NOW)
    assert not cq.CertRow.from_data(cert(8, hours_ago=1, status="approved")).claimable_by(9, NOW)
    put(filled, "certification", [cert(2, hours_ago=30, status="rejected", version=2),
                                  cert(1, hours_ago=5, status="approved", version=2)])  # fmt: skip
    only = cq.next_claimable(filled, 7, NOW)
    assert only is not None
    assert only.id == 7


def test_claim_next_reads_past_the_first_page(
    filled: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cq, "PAGE_SIZE", 1)
    found = cq.next_claimable(filled, 7, NOW)  # 3 (own first approval) is on page one
    assert found is not None
    assert found.id == 2
    assert cq.next_claimable(filled, 3, NOW + timedelta(days=900)) is not None


def test_a_providers_certificates_and_the_expiry_watch(filled: Cache) -> None:
    assert [r.id for r in cq.provider_certificates(filled, 10)] == [2, 4, 6]
    watch = cq.expiring(filled, date(2026, 12, 3), 90)
    assert [r.id for r in watch] == [6, 4, 5]
    assert watch[2].lapses_on() == date(2027, 1, 30)
    assert cq.CertRow.from_data({"id": 9, "provider_id": 1}).lapses_on() is None
    one = cq.certificate(filled, 4)
    assert one is not None
    assert one.status == "approved"
    assert one.provider_name == "王芳"
    assert cq.certificate(filled, 99) is None


def test_decisions_are_outbox_commands_at_the_seen_version(filled: Cache) -> None:
    row = cq.queue_page(filled).rows[0]
    command = cq.decision_command(row, "reject", cq.reject_body("blurred_scan", " 看不清 "), "驳回")
    assert command == {
        "path": f"/api/v1/certifications/{row.id}/reject",
        "body": {"code": "blurred_scan", "text": "看不清"},
        "if_match": row.version,
        "entity": "certification",
        "entity_id": row.id,
        "label": "驳回",
    }
    assert cq.resubmission_body(["corner_cut", "corner_cut", "blurred_scan"]) == {
        "items": ["corner_cut", "blurred_scan"], "text": ""
    }  # fmt: skip
    assert cq.revoke_body(" 伪造 ") == {"reason": "伪造"}
    with pytest.raises(ValueError, match="unknown certification action"):
        cq.decision_path(1, "delete")


SCAN = {"id": 5, "media_type": "image/jpeg", "filename": "front.jpg", "size": 1234,
        "sha256": "ab", "certification_id": 3}  # fmt: skip
DETAIL = {
    "id": 3, "version": 2,
    "findings": [{"code": "finding.duplicate_number", "message": "证件编号重复",
                  "message_en": "Same number elsewhere", "red": True}],
    "history": [{"at": "2026-12-02T01:00:00+00:00", "actor_id": 7, "action": "claim",
                 "from": "submitted", "to": "in_review", "code": None, "note": None,
                 "items": []}],
    "documents": [SCAN],
}  # fmt: skip


def test_a_detail_without_findings_history_or_scans_is_empty() -> None:
    detail = cq.CertDetail.from_data({"id": 4})
    assert (detail.version, detail.findings, detail.history, detail.documents) == (1, (), (), ())
    # An agent (intake, no review) gets the status part: the scans' count, not their list.
    assert cq.CertDetail.from_data({"id": 4, "version": 2, "documents": 2}).documents == ()


def test_a_rows_expiry_bucket(filled: Cache) -> None:
    buckets = {r.id: r.bucket(NOW.date()) for r in cq.expiring(filled, NOW.date(), 90)}
    assert buckets == {4: 30, 5: 60, 6: 0}
    pending = cq.certificate(filled, 1)
    assert pending is not None
    assert pending.bucket(NOW.date()) is None  # not in force: not watched


def test_the_desk_reads_queue_watch_and_the_claimers_names(filled: Cache) -> None:
    put(filled, "user", [{"id": 7, "username": "rev1", "display_name": "赵审核"},
                         {"id": 8, "username": "rev2"}])  # fmt: skip
    desk = cq.read_desk(filled, cq.QueueQuery(), NOW.date(), 90)
    assert [r.id for r in desk.page.rows] == [r.id for r in cq.queue_page(filled).rows]
    assert len(desk.page.rows) == 4
    assert desk.names == {7: "赵审核", 8: "rev2"}
    assert [r.id for r in desk.watch] == [6, 4, 5]


def test_detail_scans_and_uploads_go_to_the_server() -> None:
    s = StubSession(
        response(200, DETAIL),
        response(200, raw=b"\xff\xd8\xffscan"),
        response(200, {**DETAIL, "version": 3, "documents": [SCAN, {**SCAN, "id": 6}]}),
    )
    api = ApiClient("http://desk.test", session=s, token="t")
    detail = cq.fetch_detail(api, 3)
    assert (detail.id, detail.version) == (3, 2)
    assert detail.findings == (
        cq.Finding("finding.duplicate_number", "证件编号重复", "Same number elsewhere", True),
    )
    assert detail.history == (
        cq.ReviewStep(datetime(2026, 12, 2, 1, 0, tzinfo=UTC), 7, "claim", "submitted",
                      "in_review", "", ""),
    )  # fmt: skip
    assert detail.documents == (cq.ScanInfo(5, "image/jpeg", "front.jpg", 1234),)
    assert cq.download_document(api, 3, 5) == b"\xff\xd8\xffscan"
    uploaded = cq.upload_documents(api, 3, 2, [("back.jpg", b"\xff\xd8\xff")], "k-1")
    assert [d.id for d in uploaded.documents] == [5, 6]
    assert [c.url for c in s.calls] == [
        "http://desk.test/api/v1/certifications/3",
        "http://desk.test/api/v1/certifications/3/documents/5",
        "http://desk.test/api/v1/certifications/3/documents",
    ]
    upload = s.calls[2].kwargs
    assert upload["headers"]["If-Match"] == "2"
    assert upload["headers"]["Idempotency-Key"] == "k-1"
    assert upload["files"] == [("files", ("back.jpg", b"\xff\xd8\xff", "application/octet-stream"))]
    api.close()


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("lxy", [1, 3, 7]),  # pinyin initials of 李秀英 (provider 11)
        ("LXY", [1, 3, 7]),
        ("李秀", [1, 3, 7]),
        ("hc-2", [2]),  # the certificate number, any case
        ("张伟", [1]),  # the holder named on the card
        ("nobody", []),
    ],
)
def test_the_queue_searches_names_pinyin_initials_holders_and_numbers(
    filled: Cache, search: str, found: list[int]
) -> None:
    put(filled, "certification", [{**cert(1, hours_ago=5), "holder_name": "张伟", "version": 2}])
    page = cq.queue_page(filled, cq.QueueQuery(search=search))
    assert sorted(r.id for r in page.rows) == found
    assert page.total == len(found)


def test_red_flags_only_and_claim_next_within_the_shown_filter(filled: Cache) -> None:
    put(filled, "certification", [cert(8, hours_ago=50, flagged=True, provider_id=11)])
    assert [r.id for r in cq.queue_page(filled, cq.QueueQuery(flagged=True)).rows] == [8]
    # N takes the oldest claimable item the reviewer is looking at, not the oldest overall.
    oldest = cq.next_claimable(filled, 7, NOW)
    assert oldest is not None
    assert oldest.id == 8
    # "My claims" ticked does not narrow N to the items one already holds.
    got = cq.next_claimable(filled, 7, NOW, cq.QueueQuery(search="HC-1", claimed_by=7))
    assert got is not None
    assert got.id == 1
    assert cq.next_claimable(filled, 7, NOW, cq.QueueQuery(search="nobody")) is None


def test_certificate_status_applies_the_dispatch_rule_to_the_cached_certificates(
    cache: Cache,
) -> None:
    base = {"provider_id": 3, "status": "approved", "submitted_at": NOW.isoformat()}
    put(cache, "certification", [
        {**base, "id": 1, "kind": "id_verification"},
        {**base, "id": 2, "kind": "background_check", "expires_on": "2027-06-01"},
        {**base, "id": 3, "kind": "housekeeping_certificate"},
        {**base, "id": 4, "kind": "health_certificate", "expires_on": "2026-12-10"},
        {**base, "id": 5, "kind": "retired_kind"},  # a kind this build does not know
    ])  # fmt: skip
    ends = NOW + timedelta(days=3)
    assert cq.certificate_status(cache, 3, "cleaning", ends).reasons == []
    late = cq.certificate_status(cache, 3, "cleaning", NOW + timedelta(days=30))
    assert [r.code for r in late.reasons] == ["certificate_expired"]
    assert "2026-12-10" in late.reasons[0].zh


def test_intake_finds_providers_by_pinyin_reads_the_scans_and_words_the_certificate(
    filled: Cache, tmp_path: Any
) -> None:
    assert cq.find_providers(filled, "lxy") == [cq.ProviderPick(11, "李秀英")]
    assert [p.id for p in cq.find_providers(filled, "王")] == [10]
    assert cq.find_providers(filled, "  ") == []

    front, big = tmp_path / "front.jpg", tmp_path / "big.pdf"
    front.write_bytes(b"\xff\xd8\xffscan")
    big.write_bytes(b"%PDF" + b"0" * cq.MAX_SCAN_BYTES)
    assert cq.read_scans([front]) == [("front.jpg", b"\xff\xd8\xffscan")]
    with pytest.raises(ValueError, match=r"big\.pdf"):
        cq.read_scans([front, big])

    new = cq.NewCertificate(
        11, "health_certificate", " HC-9 ", "疾控中心", date(2026, 12, 1),
        holder_name="李秀英", expires_on=date(2027, 12, 1), renews_id=4,
    )  # fmt: skip
    assert new.body() == {
        "provider_id": 11, "kind": "health_certificate", "number": "HC-9", "issuer": "疾控中心",
        "issued_on": "2026-12-01", "holder_name": "李秀英", "expires_on": "2027-12-01",
        "renews_id": 4,
    }  # fmt: skip
    bare = cq.NewCertificate(10, "id_verification", "ID-1", "公安局", date(2026, 1, 1))
    assert "expires_on" not in bare.body()
