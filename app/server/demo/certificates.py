"""Demo certificates (资质) and the reviewers' backlog.

Every provider gets the certificates their categories need, most approved, some expired,
rejected or sent back for resubmission, some expiring within 30/60/90 days. Then the backlog
(about 300 submitted certificates with 2,000 providers): new providers' papers, resubmissions
and renewals, four-eyes items waiting for a second reviewer, a few with the holder's name wrong
or a number another provider already uses, each with a rendered scan (some blurred, cut or of
the wrong kind, some missing) and the findings the server would have recorded at intake.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.models.enums import CertificationKind as C
from app.models.enums import CertificationStatus as CS
from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.certification import findings as F
from app.rules.certification.decisions import DECISION_REASONS
from app.rules.certification.kinds import FOUR_EYES_KINDS, POLICIES, add_years
from app.server.demo import names, scans
from app.server.demo.base import AGENT_ID, REVIEWER_ID, SUPERVISOR_ID, Ctx, Row

# kind -> (number prefix, issuer; "{d}" is the home district). Periods are the rules'.
CERT_STYLE: dict[C, tuple[str, str]] = {
    C.ID_VERIFICATION: ("SFHY", "北京市公安局{d}分局"),
    C.HEALTH_CERTIFICATE: ("JK", "北京市{d}疾病预防控制中心"),
    C.BACKGROUND_CHECK: ("WFZ", "北京市公安局{d}分局"),
    C.HOUSEKEEPING_CERTIFICATE: ("JZ", "北京市人力资源和社会保障局"),
    C.MATERNITY_CERTIFICATE: ("MY", "北京市家政服务协会"),
    C.ELDERLY_CARE_CERTIFICATE: ("YL", "北京市养老服务行业协会"),
    C.NURSE_LICENSE: ("HS", "北京市卫生健康委员会"),
    C.ELECTRICIAN_LICENSE: ("DG", "北京市应急管理局"),
}
# The maternity association states a three-year validity on its certificates.
ISSUER_VALIDITY_DAYS: dict[C, int] = {C.MATERNITY_CERTIFICATE: 3 * 365}
REJECT_CODES = ("blurred_scan", "name_mismatch", "expired", "corner_cut", "wrong_document_type")


@dataclass
class Certificates:
    rows: list[Row] = field(default_factory=list)
    blobs: list[Row] = field(default_factory=list)  # document_blobs
    documents: list[Row] = field(default_factory=list)  # certification_documents
    _names: dict[int, str] = field(default_factory=dict)  # provider id -> name


def _period_days(kind: C) -> int | None:
    years = POLICIES[kind].validity_years
    return ISSUER_VALIDITY_DAYS.get(kind, None if years is None else years * 365)


def provider_certificates(
    ctx: Ctx, book: Certificates, provider: Row, district_zh: str, onboarding: bool
) -> set[C]:
    """Certificate rows for everything the provider's categories need; the kinds valid today."""
    book._names[provider["id"]] = provider["name"]
    kinds: set[C] = set()
    for c in provider["categories"]:
        kinds |= CATEGORIES[S(c)].required_certifications
    valid: set[C] = set()
    for kind in sorted(kinds, key=list(C).index):
        roll = ctx.rng.random()
        if onboarding:
            outcome = "submitted" if roll < 0.35 else "rejected" if roll < 0.45 else "valid"
        else:
            outcome = (
                "rejected" if roll < 0.015
                else "submitted" if roll < 0.02
                else "expired" if roll < 0.05
                else "expiring" if roll < 0.12
                else "valid"
            )  # fmt: skip
        if outcome == "rejected":
            old = _cert(ctx, book, provider, kind, district_zh, "rejected")
            if ctx.rng.random() < 0.4:  # resubmitted: back in the queue
                _cert(ctx, book, provider, kind, district_zh, "submitted", renews=old)
            continue
        row = _cert(ctx, book, provider, kind, district_zh, outcome)
        renewing = outcome == "expiring" and row["expires_on"] is not None
        if renewing and ctx.rng.random() < 0.15:  # the renewal is in already
            _cert(ctx, book, provider, kind, district_zh, "submitted", renews=row)
        if outcome in ("valid", "expiring"):
            valid.add(kind)
    return valid


def _review_due(kind: C, issued_on: date, today: date) -> date | None:
    """The next review (复审) date not yet passed: every ``review_years`` after issue."""
    years = POLICIES[kind].review_years
    if years is None:
        return None
    due = add_years(issued_on, years)
    while due < today:
        due = add_years(due, years)
    return due


def _cert(
    ctx: Ctx, book: Certificates, provider: Row, kind: C, district_zh: str, outcome: str,
    renews: Row | None = None,
) -> Row:  # fmt: skip
    rng, today = ctx.rng, ctx.today
    prefix, issuer = CERT_STYLE[kind]
    period = _period_days(kind)
    expires_on: date | None = None
    if outcome == "submitted":
        issued_on = today - timedelta(days=rng.randint(1, 40))
        if period is not None:
            expires_on = issued_on + timedelta(days=period - 1)
    elif period is None:
        issued_on = today - timedelta(days=rng.randint(30, 2000))
    else:
        ahead = {"valid": (31, period - 1), "expiring": (0, 30), "expired": (-120, -1)}
        low, high = ahead.get(outcome, (31, period - 1))
        expires_on = today + timedelta(days=rng.randint(low, max(low, high)))
        issued_on = expires_on - timedelta(days=period - 1)
    # Submitted within the last ten days: the queue's ages spread across the 24-hour target.
    submitted = (
        ctx.now - ctx.hours(0.2, 240)
        if outcome == "submitted"
        else ctx.local(issued_on, 8) + timedelta(minutes=rng.randrange(12 * 60))
    ).replace(microsecond=0)
    reviewed_at = None
    if outcome != "submitted":
        reviewed_at = ctx.not_after_now(submitted + ctx.hours(2, 96))
    # Lapsed before yesterday: the leader's job has expired it already; yesterday: not yet.
    long_gone = expires_on is not None and expires_on < today - timedelta(days=1)
    status = {
        "submitted": CS.SUBMITTED, "rejected": CS.REJECTED,
        "expired": CS.EXPIRED if long_gone else CS.APPROVED,
    }.get(outcome, CS.APPROVED)  # fmt: skip
    if status is CS.REJECTED and rng.random() < 0.5:
        status = CS.RESUBMISSION_REQUESTED
    code = rng.choice(REJECT_CODES) if status in (CS.REJECTED, CS.RESUBMISSION_REQUESTED) else ""
    four_eyes = kind in FOUR_EYES_KINDS and status in (CS.APPROVED, CS.EXPIRED)
    row: Row = {
        "id": ctx.next_id("certifications"), "version": 1,
        "updated_at": ctx.not_after_now(reviewed_at or submitted),
        "provider_id": provider["id"], "kind": kind.value,
        "number": renews["number"] if renews and kind is C.ELECTRICIAN_LICENSE
        else f"{prefix}{issued_on.year}{rng.randrange(10**8):08d}",
        "holder_name": provider["name"], "issuer": issuer.format(d=district_zh),
        "issued_on": issued_on, "expires_on": expires_on,
        "review_due": _review_due(kind, issued_on, today),
        "status": status.value, "submitted_at": ctx.not_after_now(submitted),
        "submitted_by": AGENT_ID if rng.random() < 0.3 else None,
        "renews_id": renews["id"] if renews else None,
        "claimed_by": None, "claimed_at": None,
        "first_approver_id": REVIEWER_ID if status in (CS.APPROVED, CS.EXPIRED) else None,
        "first_approved_at": reviewed_at if status in (CS.APPROVED, CS.EXPIRED) else None,
        "second_approver_id": SUPERVISOR_ID if four_eyes else None,
        "second_approved_at": reviewed_at if four_eyes else None,
        "reviewer_id": None if reviewed_at is None else REVIEWER_ID, "reviewed_at": reviewed_at,
        "decision_code": code if status is CS.REJECTED else "",
        "decision_reason": DECISION_REASONS[code].zh if status is CS.REJECTED else "",
        "requested_items": [code] if status is CS.RESUBMISSION_REQUESTED else [],
        "finding_codes": [], "flagged": False, "documents": 0,
    }  # fmt: skip
    book.rows.append(row)
    return row


def backlog(ctx: Ctx, book: Certificates) -> None:
    """Shape the submitted certificates into a Monday-morning queue: four-eyes items with a
    first approval, wrong names, shared numbers; their scans and findings."""
    rng = ctx.rng
    queue = [r for r in book.rows if r["status"] == CS.SUBMITTED.value]
    by_number: dict[tuple[str, str], set[int]] = {}
    for row in book.rows:
        by_number.setdefault((row["kind"], row["number"]), set()).add(row["provider_id"])
    for row in queue:
        kind = C(row["kind"])
        roll = rng.random()
        if kind in FOUR_EYES_KINDS and roll < 0.3:
            row["first_approver_id"] = REVIEWER_ID
            row["first_approved_at"] = ctx.not_after_now(row["submitted_at"] + ctx.hours(0.5, 8))
        elif roll < 0.05:  # someone else's papers
            row["holder_name"] = names.person_name(rng, rng.choice("FM"))
        elif roll < 0.07:  # a number already on another provider (copied papers)
            other = rng.choice(book.rows)
            if other["kind"] == row["kind"] and other["provider_id"] != row["provider_id"]:
                row["number"] = other["number"]
                by_number.setdefault((row["kind"], row["number"]), set()).add(row["provider_id"])
    for row in queue:
        _scans(ctx, book, row)
        others = by_number[(row["kind"], row["number"])] - {row["provider_id"]}
        sub = F.Submission(
            C(row["kind"]), row["number"], row["holder_name"], row["issued_on"],
            row["expires_on"], row["review_due"], row["documents"],
        )  # fmt: skip
        found = F.findings(sub, book._names[row["provider_id"]], others, ctx.today)
        row["finding_codes"] = [f.reason.code for f in found]
        row["flagged"] = any(f.red for f in found)


def _scans(ctx: Ctx, book: Certificates, row: Row) -> None:
    rng = ctx.rng
    roll = rng.random()
    if roll < 0.03:
        return  # the scan never came: "document missing"
    defect = (
        "blurred" if roll < 0.11 else "cut" if roll < 0.17 else "wrong_kind" if roll < 0.2 else ""
    )
    card = scans.Card(
        C(row["kind"]), row["holder_name"], row["number"], row["issuer"], row["issued_on"],
        row["expires_on"],
    )  # fmt: skip
    content = scans.render(card, rng, defect)
    digest = hashlib.sha256(content).hexdigest()
    at: datetime = row["submitted_at"]
    book.blobs.append(
        {"sha256": digest, "media_type": "image/jpeg", "size": len(content), "content": content,
         "created_at": at}
    )  # fmt: skip
    book.documents.append(
        {"id": ctx.next_id("certification_documents"), "certification_id": row["id"],
         "sha256": digest, "filename": f"{row['kind']}-{row['id']}.jpg",
         "media_type": "image/jpeg", "size": len(content), "uploaded_by": row["submitted_by"],
         "uploaded_at": at}
    )  # fmt: skip
    row["documents"] = 1
