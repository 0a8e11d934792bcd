"""The sections of the complaint case file, each a list of flowables built from one ``Case``.

In the order the case file tells them: the summary box, the three things a complaint must
have before it may close (record, handling, callback), the sanction decision, the SLA clocks.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph

from app.models.enums import CallbackOutcome, ComplaintStatus
from app.reports.case_text import Case
from app.reports.common import (
    ALERT,
    BODY_W,
    GOOD,
    data_table,
    esc,
    field_table,
    gap,
    lead,
    para,
    section,
    styles,
)
from app.reports.labels import (
    APPEAL_NAMES,
    NONE,
    NOTE_KINDS,
    OUTCOME_NAMES,
    SANCTION_STATUS_NAMES,
    SERVICE_NAMES,
    VERDICT_NAMES,
    beijing,
    category_label,
    duration_text,
    enum_label,
    mask_name,
    paren,
    running_text,
    say,
    severity_label,
    status_label,
)
from app.rules.complaints import CallbackVerdict
from app.rules.orders import STATUS_NAMES as ORDER_STATUS_NAMES
from app.rules.sanction_facts import LEVEL_NAMES
from app.rules.sla import CLOCK_NAMES, SlaClock
from app.rules.text import QT_TRANSLATE_NOOP
from app.schemas.complaints import ComplaintDetail, TimelineNote
from app.schemas.complaints import SlaClock as ClockState
from app.schemas.orders import OrderPublic
from app.schemas.sanctions import SanctionView

HALF = BODY_W / 2
PAIR_WIDTHS = (22 * mm, HALF - 22 * mm, 22 * mm, HALF - 22 * mm)


def summary_box(case: Case) -> Any:
    st = styles()
    tk, lang = case.ticket, case.lang
    severity = tk.severity.value
    severe = severity in ("critical", "high")
    customer, order, provider = tk.customer, tk.order, tk.provider
    who = " · ".join(x for x in (mask_name(customer.name), customer.phone) if x) if customer else ""
    closed = beijing(tk.closed_at) if tk.closed_at else case.t("not_closed")
    provider_text = f"{provider.name}{paren(provider.code, lang)}" if provider else NONE
    sev = para(
        severity_label(severity, lang), st.cell, color=ALERT if severe else None, bold=severe
    )
    reopens = tk.reopen_count
    reopened = (
        case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "never"))
        if reopens == 0
        else case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "{n}×"), n=reopens)
    )
    f = case.f
    escalated = case.t("yes") if tk.escalated else case.t("no")
    address = (order.address if order else "") or (customer.address if customer else "")
    assignee = tk.assignee.display_name if tk.assignee else ""
    rows: list[list[tuple[str, Any]]] = [
        [f("category", category_label(tk.category.value, lang)), f("severity", sev)],
        [f("status", status_label(tk.status.value, lang)), f("finding", case.finding())],
        [f("opened", beijing(tk.opened_at)), f("closed", closed)],
        [f("customer", who or NONE)],
        [f("address", address or NONE)],
        [f("order", _order_text(order, lang) if order else NONE)],
        [f("provider", provider_text), f("assignee", assignee or NONE)],
        [f("reopened", reopened), f("escalated", escalated)],
    ]
    return field_table(rows, PAIR_WIDTHS)


def _order_text(order: OrderPublic, lang: str) -> str:
    start, end = order.scheduled_start, order.scheduled_end
    parts = [
        order.code,
        enum_label(SERVICE_NAMES, order.category.value, lang),
        f"{beijing(start)}–{beijing(end, with_date=False)}",
        enum_label(ORDER_STATUS_NAMES, order.status.value, lang),
        f"¥{order.price_cents / 100:,.2f}",
    ]
    return " · ".join(p for p in parts if p and p != NONE)


def record_section(case: Case) -> list[Any]:
    st = styles()
    out: list[Any] = [
        Paragraph(esc(case.t("summary")), st.heading),
        para(case.ticket.summary, st.body),
    ]
    records = [n for n in case.ticket.notes if n.kind == "record"]
    if records:
        rows = [[beijing(n.at), case.who(n.author_id), n.body] for n in records]
        header = [case.t("time"), case.t("by"), case.t("content")]
        out += [gap(1), data_table(header, rows, (28 * mm, 26 * mm, BODY_W - 54 * mm))]
    repeat = case.ticket.repeat
    if repeat.is_repeat:
        reasons = "; ".join(r.message_en if case.en else r.message for r in repeat.reasons)
        out.append(lead(case.t("repeat"), reasons, case.lang, style=st.muted))
    return out


def _step_kind(case: Case, note: TimelineNote) -> str:
    """The note's kind, naming the two status steps a plain "system" note stands for."""
    kind = note.kind
    if kind == "system":
        if note.at == case.ticket.acknowledged_at:
            kind = "acknowledged"
        elif note.at == case.ticket.closed_at:
            kind = "closed"
    return enum_label(NOTE_KINDS, kind, case.lang)


def handling_section(case: Case) -> list[Any]:
    st = styles()
    tk = case.ticket
    steps = [n for n in tk.notes if n.kind != "record"]
    # The server sends them in order already; a stable sort keeps a hand-built ticket honest.
    steps.sort(key=lambda n: n.at)
    out: list[Any] = []
    if steps:
        rows = [[beijing(n.at), _step_kind(case, n), case.who(n.author_id), n.body] for n in steps]
        header = [case.t("time"), case.t("kind"), case.t("by"), case.t("content")]
        kind_w = (25 if case.en else 18) * mm  # "acknowledged" must not break mid-word
        out.append(data_table(header, rows, (28 * mm, kind_w, 26 * mm, BODY_W - 54 * mm - kind_w)))
    else:
        out.append(para(case.t("no_steps"), st.body))
    if tk.resolution:
        rows_f: list[list[tuple[str, Any]]] = [
            [case.f("resolution", para(tk.resolution, st.cell_bold))],
            [
                case.f("finding", case.finding()),
                case.f("resolved_at", beijing(tk.resolved_at)),
            ],
        ]
        out += [gap(2), field_table(rows_f, PAIR_WIDTHS)]
    return out


def callback_section(case: Case) -> list[Any]:
    st = styles()
    attempts = case.ticket.callbacks
    if not attempts:
        return [para(case.t("no_callback"), st.body)]
    colours = {
        CallbackOutcome.REACHED_SATISFIED: GOOD,
        CallbackOutcome.REACHED_UNSATISFIED: ALERT,
    }
    rows: list[list[Any]] = []
    for cb in attempts:
        cycle = cb.cycle + 1
        colour = colours.get(cb.outcome)
        rows.append(
            [
                beijing(cb.at),
                case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "{n}"), n=cycle),
                case.who(cb.agent_id),
                para(enum_label(OUTCOME_NAMES, cb.outcome, case.lang), st.cell, color=colour),
                cb.note,
            ]
        )
    header = [case.t("time"), case.t("round"), case.t("by"), case.t("outcome"), case.t("note")]
    widths = (28 * mm, 15 * mm, 24 * mm, 34 * mm, BODY_W - 101 * mm)
    code = case.ticket.callback_verdict
    verdict = enum_label(VERDICT_NAMES, code, case.lang)
    if code in (CallbackVerdict.TRYING, CallbackVerdict.UNREACHABLE):
        n = case.ticket.counted_unreachable_attempts
        verdict += paren(
            case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "{n} documented attempts"), n=n),
            case.lang,
        )
    return [data_table(header, rows, widths), gap(1.5), lead(case.t("verdict"), verdict, case.lang)]


def decision_section(case: Case) -> list[Any]:
    st = styles()
    tk, lang = case.ticket, case.lang
    head = [section(case.t("s4")), lead(case.t("finding"), case.finding(), lang)]
    sanctions = tk.sanctions
    out: list[Any] = []
    if sanctions:
        # The heading and finding belong with the first decision box: one page for them.
        out.append(KeepTogether([*head, gap(1), _sanction_box(case, sanctions[0])]))
        out += [x for s in sanctions[1:] for x in (gap(2), _sanction_box(case, s))]
        out.append(gap(1.5))
    else:
        no_sanction = para(case.no_sanction(_no_sanction_key(tk)), st.body)
        out.append(KeepTogether([*head, no_sanction]))
        if tk.sanction_decided and tk.substantiated is True:
            # "No sanction" is a decision with a reason; the server keeps it as a note.
            notes = [n for n in tk.notes if n.kind == "sanction"]
            out += [para(n.body, st.muted) for n in notes[-1:]]
    for block in tk.customer_blocks:
        reason = block.reason
        text = case.t("block_text") + (
            (f" ({reason})" if case.en else f"（{reason}）") if reason else ""
        )
        out.append(lead(case.t("blocks"), text, lang))
    blockers = tk.closing_blockers
    if tk.status is not ComplaintStatus.CLOSED and blockers:
        out.append(lead(case.t("blockers"), "", lang))
        out += [
            Paragraph(
                f'<font color="{ALERT.hexval()}">{esc(b.message_en if case.en else b.message)}'
                "</font>",
                st.bullet,
                bulletText="•",
            )
            for b in blockers
        ]
    return out


def _no_sanction_key(tk: ComplaintDetail) -> str:
    if tk.provider_id is None and tk.provider is None:
        return "no_provider"
    found = tk.substantiated
    if found is True:
        return "decided_none" if tk.sanction_decided else "pending"
    if found is False:
        return "not_substantiated"
    return "no_finding" if tk.status is ComplaintStatus.CLOSED else "pending"


def _sanction_box(case: Case, sanction: SanctionView) -> Any:
    st = styles()
    lang = case.lang
    level = para(enum_label(LEVEL_NAMES, sanction.level, lang), st.cell_bold, color=ALERT)
    state = sanction.effective_status or sanction.status
    until = (
        ("lifted_at", sanction.lifted_at) if sanction.lifted_at else ("ends_at", sanction.ends_at)
    )
    f = case.f
    rows: list[list[tuple[str, Any]]] = [
        [f("level", level), f("sanction_status", enum_label(SANCTION_STATUS_NAMES, state, lang))],
        [f("decided_by", case.who(sanction.decided_by)),
         f("decided_at", beijing(sanction.decided_at))],
        [f("reason", sanction.reason)],
        [f(until[0], beijing(until[1]))],
    ]  # fmt: skip
    appeal = sanction.appeal
    if appeal is None:
        rows.append([f("appeal", case.t("no_appeal"))])
    else:
        result = para(enum_label(APPEAL_NAMES, appeal.status, lang), st.cell_bold)
        rows += [
            [f("appeal_filed", beijing(appeal.filed_at)), f("appeal_result", result)],
            [f("appeal_reason", appeal.reason)],
        ]
        if appeal.decided_at:
            rows += [
                [f("appeal_note", appeal.decision_note)],
                [f("appeal_by", case.who(appeal.decided_by)),
                 f("appeal_at", beijing(appeal.decided_at))],
            ]  # fmt: skip
    return field_table(rows, PAIR_WIDTHS)


def sla_section(case: Case) -> list[Any]:
    st = styles()
    clocks = dict(case.ticket.sla.clocks())
    rows: list[list[Any]] = []
    missed_rows: list[int] = []
    for clock in SlaClock:
        state = clocks[clock.value]
        result, missed = _clock_result(case, state)
        if missed:
            missed_rows.append(len(rows))
        rows.append(
            [
                say(CLOCK_NAMES[clock], case.lang).capitalize(),
                beijing(state.deadline),
                beijing(state.stopped_at),
                para(result, st.cell, color=ALERT if missed else None, bold=missed),
            ]
        )
    header = [case.t("clock"), case.t("deadline"), case.t("actual"), case.t("result")]
    widths = (30 * mm, 34 * mm, 34 * mm, BODY_W - 98 * mm)
    out: list[Any] = [data_table(header, rows, widths, alert_rows=missed_rows), gap(1.5)]
    out.append(para(case.t("sla_note"), st.muted))
    if case.ticket.reopen_count > 0:
        out.append(para(case.t("sla_reopen"), st.muted))
    return out


def _clock_result(case: Case, state: ClockState) -> tuple[str, bool]:
    """What became of one SLA clock, and whether it was missed."""
    lang = case.lang
    deadline, stopped = state.deadline, state.stopped_at
    if deadline is None:
        return case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "not started")), False
    if stopped is not None:
        if stopped > deadline:
            late = duration_text(stopped - deadline, lang)
            return case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "missed, {late} late"),
                            late=late), True  # fmt: skip
        early = duration_text(deadline - stopped, lang)
        return case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "met ({early} early)"),
                        early=early), False  # fmt: skip
    text, overdue = running_text(deadline, case.now, lang)
    if overdue:
        return case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "{clock}, running"),
                        clock=text), True  # fmt: skip
    return case.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "running, {clock}"),
                    clock=text), False  # fmt: skip
