"""Reason codes a reviewer picks when rejecting or asking for a resubmission (zh and en)."""

from __future__ import annotations

from app.rules.reasons import Reason

BLURRED_SCAN = "blurred_scan"
CORNER_CUT = "corner_cut"
NAME_MISMATCH = "name_mismatch"
EXPIRED = "expired"
WRONG_DOCUMENT_TYPE = "wrong_document_type"
ISSUER_UNKNOWN = "issuer_unknown"
OTHER = "other"

DECISION_REASONS: dict[str, Reason] = {
    r.code: r
    for r in (
        Reason(BLURRED_SCAN, "证件照片模糊，无法辨认", "The scan is blurred and cannot be read"),
        Reason(CORNER_CUT, "证件边角缺失，信息不完整", "A corner of the document is cut off"),
        Reason(
            NAME_MISMATCH,
            "证件姓名与服务人员不一致",
            "The name on the document differs from the provider's",
        ),
        Reason(EXPIRED, "证件已过期", "The certificate has expired"),
        Reason(
            WRONG_DOCUMENT_TYPE, "上传的证件类型不对", "The wrong kind of document was uploaded"
        ),
        Reason(ISSUER_UNKNOWN, "发证机关无法核实", "The issuer is not recognised"),
        Reason(OTHER, "其他原因", "Other reason"),
    )
}


def decision_reason(code: str, text: str = "") -> Reason | None:
    """The reason for ``code`` with the reviewer's ``text`` appended; None for an unknown code
    or for ``other`` without a text (the reviewer must say what)."""
    base = DECISION_REASONS.get(code)
    if base is None or (code == OTHER and not text.strip()):
        return None
    if not text.strip():
        return base
    return Reason(code, f"{base.zh}：{text.strip()}", f"{base.en}: {text.strip()}")
