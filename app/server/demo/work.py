"""What the workforce part of the demo builds up: providers, their certificates and training.

Its own module so that the builders (workforce, training, sanctions) can share it without
importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.rules.training import CourseSpec
from app.server.demo.base import Row
from app.server.demo.certificates import Certificates


@dataclass
class Workforce:
    providers: list[Row] = field(default_factory=list)
    book: Certificates = field(default_factory=Certificates)
    courses: list[Row] = field(default_factory=list)
    sessions: list[Row] = field(default_factory=list)
    assessments: list[Row] = field(default_factory=list)
    enrolments: list[Row] = field(default_factory=list)
    amendments: list[Row] = field(default_factory=list)
    specs: dict[int, CourseSpec] = field(default_factory=dict)  # course id -> rules' view
    upcoming: dict[int, list[Row]] = field(default_factory=dict)  # course id -> sessions
    due_cohort: dict[int, Row] = field(default_factory=dict)  # course id -> a year-old session
    # provider id -> categories whose certificates and course are in order today
    qualified: dict[int, set[str]] = field(default_factory=dict)
    course_ids: dict[str, int] = field(default_factory=dict)  # course code -> id

    @property
    def certifications(self) -> list[Row]:
        return self.book.rows
