"""The training certificate: one page for a passed assessment, read back as text."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path

from app.client.training_certificate import certificate_facts
from app.reports.training_certificate import build_certificate
from tests.client.test_training_status import T0, at, filled, passed, put
from tests.reports.test_handover import pdf_text


def facts(retraining: bool = False) -> dict[str, object]:
    cache = filled()
    put(cache, "user", [{"id": 7, "username": "zhou", "display_name": "周培训"}])
    course = 2 if retraining else 1
    put(cache, "assessment", [passed(9, 1, course, -30, valid_until=None if retraining
                                     else at(335), signed_by=7)])  # fmt: skip
    got = certificate_facts(cache, 9)
    assert got is not None
    return asdict(got)


def test_one_page_with_the_number_provider_course_dates_and_trainer(tmp_path: Path) -> None:
    pdf = build_certificate(facts(), printed_at=T0, printed_by="周培训")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1  # one page
    text = pdf_text(pdf, tmp_path)
    for expected in ("培训合格证明", "TR-MATERNITY-000009", "阿姨1", "P1", "2026-11-03",
                     "2027-11-03", "周培训", "兹证明", "岗前培训，于",
                     "培训机构（盖章）"):  # fmt: skip
        assert expected in text, expected


def test_in_english_and_for_a_retraining_without_expiry(tmp_path: Path) -> None:
    pdf = build_certificate(facts(retraining=True), printed_at=T0, printed_by="zhou", lang="en")
    text = pdf_text(pdf, tmp_path)
    for expected in ("Trainingcertificate(retraining)", "Noexpiry", "Thiscertifiesthat"):
        assert expected in text, expected
