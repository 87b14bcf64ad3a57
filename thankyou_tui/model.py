"""The session model: plain dataclasses, enumerations and validation.

Pure code: no Textual, no I/O. `validate()` returns every problem at once, each
naming the field (as a dotted path into the session file) and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1


class Stage(StrEnum):
    PHONE_SCREEN = "phone-screen"
    INTERVIEW = "interview"
    FINAL = "final"
    TAKE_HOME = "take-home"
    OFFER = "offer"


class Format(StrEnum):
    IN_PERSON = "in-person"
    PHONE = "phone"
    VIDEO = "video"


class Method(StrEnum):
    EMAIL = "email"
    HANDWRITTEN = "handwritten"
    CALL = "call"
    GIFT = "gift"


class Tone(StrEnum):
    WARM = "warm"
    FORMAL = "formal"


class NoteStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"


class NoteKind(StrEnum):
    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    LAST_FOLLOW_UP = "last-follow-up"  # the second, last polite touch
    REPLY = "reply"  # a gracious answer to a rejection


class Outcome(StrEnum):
    """What the company decided (or the candidate did); once known, no more follow-ups."""

    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    ACCEPTED = "accepted"


# Labels a person reads; the enum values are what the file holds.
STAGE_LABELS = {
    Stage.PHONE_SCREEN: "Phone screen",
    Stage.INTERVIEW: "Interview",
    Stage.FINAL: "Final round",
    Stage.TAKE_HOME: "Take-home review",
    Stage.OFFER: "Offer",
}
OUTCOME_LABELS = {
    Outcome.OFFER: "Offer received",
    Outcome.REJECTED: "Not selected",
    Outcome.WITHDRAWN: "I withdrew",
    Outcome.ACCEPTED: "Offer accepted",
}
FORMAT_LABELS = {Format.IN_PERSON: "In person", Format.PHONE: "Phone", Format.VIDEO: "Video"}
SHORT_METHOD_LABELS = {
    Method.EMAIL: "Email",
    Method.HANDWRITTEN: "Card",
    Method.CALL: "Call",
    Method.GIFT: "Gift",
}
METHOD_LABELS = {
    Method.EMAIL: "Email",
    Method.HANDWRITTEN: "Handwritten card",
    Method.CALL: "Phone call",
    Method.GIFT: "Gift with card",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a session: where it is, and what to do about it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass
class Note:
    """A note the user edited or sent. The user's words win over generated text."""

    method: Method
    body: str
    subject: str | None = None
    kind: NoteKind = NoteKind.THANK_YOU
    status: NoteStatus = NoteStatus.DRAFT
    sent_at: dt.datetime | dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Point:
    """Something you discussed with an interviewer, and (optionally) why it stayed with you.

    `why` is a few words of your own ("I did the same move at Lyft"): with it, the note can say
    why the point mattered instead of a stock phrase. In the file, a point without a why is
    plain text; one with a why is a small table `{ text = "...", why = "..." }`.
    """

    text: str
    why: str = ""

    @property
    def is_blank(self) -> bool:
        return not self.text.strip() and not self.why.strip()


@dataclass
class Interviewer:
    name: str = ""
    title: str = ""
    email: str = ""
    salutation: str = ""
    points: list[Point] = field(default_factory=list)
    methods: list[Method] | None = None
    notes: list[Note] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Plain strings are points without a why (convenient in code and tests).
        self.points = [Point(p) if isinstance(p, str) else p for p in self.points]

    @property
    def is_blank(self) -> bool:
        texts = (self.name, self.title, self.email, self.salutation)
        return not any(t.strip() for t in texts) and not self.points and not self.notes

    @property
    def point_texts(self) -> list[str]:
        return [p.text for p in self.points]

    def note_for(self, method: Method, kind: NoteKind = NoteKind.THANK_YOU) -> Note | None:
        for note in self.notes:
            if note.method == method and note.kind == kind:
                return note
        return None


@dataclass
class Candidate:
    name: str = ""
    email: str = ""
    phone: str = ""
    signature: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Interview:
    company: str = ""
    role: str = ""
    stage: Stage = Stage.INTERVIEW
    format: Format = Format.VIDEO
    panel: bool = False
    date: dt.datetime | dt.date | None = None
    decision_by: dt.datetime | dt.date | None = None
    qualifications: list[str] = field(default_factory=list)
    interest: str = ""
    methods: list[Method] = field(default_factory=lambda: [Method.EMAIL])
    tone: Tone = Tone.WARM
    outcome: Outcome | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Session:
    candidate: Candidate = field(default_factory=Candidate)
    interview: Interview = field(default_factory=Interview)
    interviewers: list[Interviewer] = field(default_factory=list)
    schema: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    def methods_for(self, interviewer: Interviewer) -> list[Method]:
        """Delivery methods for one interviewer: their own, else the interview's."""
        if interviewer.methods is not None:
            return list(interviewer.methods)
        return list(self.interview.methods)

    def toggle_method(self, method: Method, on: bool, person: Interviewer | None = None) -> None:
        """Turn a delivery method on or off for everyone, or for one person.

        A person whose choice matches everyone's goes back to following everyone's.
        """
        current = set(self.interview.methods if person is None else self.methods_for(person))
        if on:
            current.add(method)
        else:
            current.discard(method)
        ordered = [m for m in Method if m in current]
        if person is None:
            self.interview.methods = ordered
        else:
            person.methods = None if ordered == self.interview.methods else ordered

    def drop_blank_interviewers(self) -> bool:
        """Forget rows with nothing typed in them (but keep one). True if any went."""
        kept = [p for p in self.interviewers if not p.is_blank]
        if not kept or len(kept) == len(self.interviewers):
            return False  # nothing to drop, or nothing typed yet: keep the one empty row
        self.interviewers[:] = kept
        return True


# Lone surrogates (from some pastes) pass TOML serialisation but cannot be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NOT_EMAIL = "is not an email address; it should look like name@example.com"


# Dates a session may hold: far enough for any career, near enough that date arithmetic
# (business days, follow-ups a week later) never runs off the calendar.
YEARS = (1900, 2200)


def _date_problems(path: str, value: dt.datetime | dt.date | None) -> list[Problem]:
    if value is not None and not YEARS[0] <= value.year <= YEARS[1]:
        return [
            Problem(
                path,
                f"the year {value.year} is out of range; use a year from {YEARS[0]} to "
                f"{YEARS[1]}, such as 2026-11-24T14:00:00",
            )
        ]
    return []


def _text_problems(path: str, value: str) -> list[Problem]:
    if _SURROGATE.search(value):
        return [
            Problem(path, "contains a broken character (a lone surrogate); retype or delete it")
        ]
    return []


def _required(path: str, value: str) -> list[Problem]:
    if not value.strip():
        return [Problem(path, "is required; fill it in")]
    return []


def validate(session: Session, *, draft: bool = False) -> list[Problem]:
    """Every problem with the session, in file order.

    `draft` skips the "required" checks, for a session the wizard is still filling in.
    """
    problems: list[Problem] = []
    cand, itv = session.candidate, session.interview

    if not draft:
        problems += _required("candidate.name", cand.name)
    for key in ("name", "email", "phone", "signature"):
        problems += _text_problems(f"candidate.{key}", getattr(cand, key))
    if cand.email.strip() and not _EMAIL.match(cand.email.strip()):
        problems.append(Problem("candidate.email", f"'{cand.email}' {_NOT_EMAIL}"))

    if not draft:
        problems += _required("interview.company", itv.company)
        problems += _required("interview.role", itv.role)
        if itv.date is None:
            problems.append(
                Problem("interview.date", "is required; give a date such as 2026-11-24T14:00:00")
            )
    for key in ("company", "role", "interest"):
        problems += _text_problems(f"interview.{key}", getattr(itv, key))
    problems += _date_problems("interview.date", itv.date)
    problems += _date_problems("interview.decision_by", itv.decision_by)
    for i, qual in enumerate(itv.qualifications):
        problems += _text_problems(f"interview.qualifications[{i}]", qual)
    if not itv.methods:
        problems.append(Problem("interview.methods", "needs at least one of " + _choices(Method)))
    if (
        itv.date is not None
        and itv.decision_by is not None
        and _day(itv.decision_by) < _day(itv.date)
    ):
        problems.append(
            Problem("interview.decision_by", "is before the interview date; check both dates")
        )

    if not session.interviewers and not draft:
        problems.append(Problem("interviewers", "add at least one interviewer"))
    seen: dict[str, int] = {}
    for i, person in enumerate(session.interviewers):
        where = f"interviewers[{i}]"
        if not draft:
            problems += _required(f"{where}.name", person.name)
        for key in ("name", "title", "email", "salutation"):
            problems += _text_problems(f"{where}.{key}", getattr(person, key))
        if person.email.strip() and not _EMAIL.match(person.email.strip()):
            problems.append(Problem(f"{where}.email", f"'{person.email}' {_NOT_EMAIL}"))
        for j, point in enumerate(person.points):
            problems += _text_problems(f"{where}.points[{j}]", point.text)
            problems += _text_problems(f"{where}.points[{j}].why", point.why)
        if person.methods is not None and not person.methods:
            problems.append(
                Problem(f"{where}.methods", "is empty; remove it to use interview.methods")
            )
        key = person.name.strip().casefold()
        if key:
            if key in seen:
                problems.append(
                    Problem(f"{where}.name", f"'{person.name}' is listed twice; rename one")
                )
            seen[key] = i
        problems += _note_problems(where, person)
    return problems


def _note_problems(where: str, person: Interviewer) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[Method, NoteKind]] = set()
    for k, note in enumerate(person.notes):
        path = f"{where}.notes[{k}]"
        problems += _text_problems(f"{path}.body", note.body)
        problems += _date_problems(f"{path}.sent_at", note.sent_at)
        if note.subject is not None:
            problems += _text_problems(f"{path}.subject", note.subject)
        if (note.method, note.kind) in seen:
            problems.append(
                Problem(f"{path}.method", f"a second {note.kind} {note.method} note; keep one")
            )
        seen.add((note.method, note.kind))
    return problems


def _day(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


# The wizard keeps its place in the file as `[progress]`: `step` to resume at, and
# `draft = true` while required fields may still be empty (the file format allows it).
PROGRESS_KEY = "progress"


def is_draft(session: Session) -> bool:
    progress = session.extra.get(PROGRESS_KEY)
    return isinstance(progress, dict) and progress.get("draft") is True
