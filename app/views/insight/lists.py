"""The lists under the dashboard's charts: cancellations by reason, complaint rates by service,
and the tables behind the activity and training tiles (those a role's view shows).

Their words keep the dashboard's translation context ("DashboardPage")."""

from __future__ import annotations

from collections.abc import Mapping
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel

from app.rules.kpi.snapshot import KpiSnapshot
from app.views.i18n import category_name, district_name
from app.views.insight.labels import fraction_text, tooltip, value_text
from app.views.insight.roles import ACTIVITY, CATEGORIES, REASONS, TRAINING, DashboardView


def reason_text(reason: str | None) -> str:
    """A cancellation reason as shown (the customer may have given none)."""
    return reason or QCoreApplication.translate("DashboardPage", "(no reason given)")


class FigureLists:
    """The labels of the lists, laid out in ``row`` (the page adds the reports panel there)."""

    def __init__(self, view: DashboardView) -> None:
        self.view = view
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.categories = QLabel()
        self.categories.setWordWrap(True)
        self.categories.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.activity = QLabel()
        self.activity.setObjectName("activityTable")
        self.activity.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.training = QLabel()
        self.training.setObjectName("trainingTable")
        self.training.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.row = QHBoxLayout()
        for part, label in (
            (REASONS, self.reasons),
            (CATEGORIES, self.categories),
            (ACTIVITY, self.activity),
            (TRAINING, self.training),
        ):
            if view.shows(part):
                self.row.addWidget(label, 1)
            else:
                label.hide()

    def show(self, snap: KpiSnapshot, trainers: Mapping[int, str]) -> None:
        """Show ``snap``'s lists; ``trainers``: names by id for the pass-rate table."""
        reasons = [
            f"{reason_text(reason)}: {n}" for reason, n in list(snap.cancel_reasons.items())[:6]
        ]
        self.reasons.setText(
            "<b>"
            + QCoreApplication.translate("DashboardPage", "Cancellations by reason (today)")
            + "</b><br>"
            + ("<br>".join(reasons) or QCoreApplication.translate("DashboardPage", "None"))
        )
        self.reasons.setToolTip(tooltip(snap.cancellations))
        rates = [f"{category_name(c)}: {value_text(v)}" for c, v in snap.rate_by_category.items()]
        self.categories.setText(
            "<b>"
            + QCoreApplication.translate(
                "DashboardPage", "Complaints per 1,000 orders by service (7 days)"
            )
            + "</b><br>"
            + ("<br>".join(rates) or QCoreApplication.translate("DashboardPage", "None"))
        )
        sample = next(iter(snap.rate_by_category.values()), None)
        self.categories.setToolTip(tooltip(sample) if sample is not None else "")
        self._show_breakdowns(snap, trainers)

    def _show_breakdowns(self, snap: KpiSnapshot, trainers: Mapping[int, str]) -> None:
        """The tables behind the activity and training tiles (only when their text changed:
        laying out a rich-text label is what an update would spend its time on)."""
        if self.view.shows(ACTIVITY):
            active = snap.activity
            rows = [(category_name(c), value_text(v)) for c, v in active.by_category.items()]
            rows += [(district_name(d), value_text(v)) for d, v in active.by_district.items()]
            self._set_table(
                self.activity,
                QCoreApplication.translate(
                    "DashboardPage", "Active providers by service and district (today)"
                ),
                rows,
                tooltip(active.active),
            )
        if self.view.shows(TRAINING):
            passes = snap.pass_rates
            rows = [(course, f"{value_text(v)} ({fraction_text(v)})")
                    for course, v in passes.by_course.items()]  # fmt: skip
            nobody = QCoreApplication.translate("DashboardPage", "(no trainer)")
            rows += [
                (trainers.get(trainer, f"#{trainer}") if trainer is not None else nobody,
                 f"{value_text(v)} ({fraction_text(v)})")
                for trainer, v in passes.by_trainer.items()
            ]  # fmt: skip
            retrained = QCoreApplication.translate(
                "DashboardPage", "Retraining %1: complaints ‰ before → after"
            )
            tip = tooltip(passes.overall)
            if "retraining" in self.view.tiles:  # those who see complaints
                rows += [
                    (retrained.replace("%1", course),
                     f"{value_text(o.before)} → {value_text(o.after)}")
                    for course, o in snap.retraining.items() if course
                ]  # fmt: skip
                tip += "<hr>" + tooltip(snap.retraining[""].after)
            self._set_table(
                self.training,
                QCoreApplication.translate(
                    "DashboardPage", "Pass rate by course and trainer (7 days)"
                ),
                rows,
                tip,
            )

    @staticmethod
    def _set_table(label: QLabel, heading: str, rows: list[tuple[str, str]], tip: str) -> None:
        body = "".join(
            f"<tr><td>{escape(name)}</td><td align='right'>&nbsp;{escape(value)}</td></tr>"
            for name, value in rows
        )
        none = QCoreApplication.translate("DashboardPage", "None")
        text = f"<b>{escape(heading)}</b><table>{body or escape(none)}</table>"
        if label.text() != text:
            label.setText(text)
            label.setToolTip(tip)
