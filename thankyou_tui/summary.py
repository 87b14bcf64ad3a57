"""One line about a session for the home table: when, how much is sent, what is next. Pure.

Counts come from the saved notes and the dates alone: nothing is composed. What does not
depend on the time of day is a `Digest`, kept in the session index, so the home screen needs
neither the files nor the model to draw its rows; `summary_of` adds "now". Only `digest`
reads a session: it imports the model and the plan itself, and the home screen's first frame
loads neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from thankyou_tui.timing import (
    MONDAY_TO_FRIDAY,
    Countdown,
    Workdays,
    comparable,
    short_day,
    short_when,
    time_left,
)

if TYPE_CHECKING:
    from thankyou_tui.model import Session

# By NoteKind value (the kinds are written in session files, so they do not change; a test
# keeps these the model's).
STEP_WORDS = {
    "follow-up": "follow up",
    "last-follow-up": "last touch",
}


@dataclass(frozen=True)
class Summary:
    company: str
    role: str
    when: str
    sent: str
    decision: str  # "Fri 4 Dec", or "—"
    next: str  # "send in 19 h", "send · overdue", "follow up Tue 8 Dec", "done"
    search_text: str


@dataclass(frozen=True)
class Digest:
    """A session's home row without the time of day (JSON-safe: kept in the index)."""

    company: str
    role: str
    when: str
    sent: str
    decision: str
    search_text: str
    has_date: bool
    draft: bool
    thanks_due: str | None = None  # ISO: the send-by mark, while a thank-you is unsent
    outcome: str | None = None  # "not selected"
    follow_kind: str | None = None  # the next follow-up's NoteKind value
    follow_due: str | None = None  # ISO
    follow_person: bool = False  # someone gets follow-ups (not an offer-stage session)


def digest(session: Session, workdays: Workdays = MONDAY_TO_FRIDAY) -> Digest:
    from thankyou_tui.model import OUTCOME_LABELS, NoteKind, is_draft
    from thankyou_tui.plan import follow_up_person, follow_up_task, is_sent, thank_you_tasks

    itv = session.interview
    thanks = [
        (index, method)
        for index, person in enumerate(session.interviewers)
        for method in session.methods_for(person)
    ]
    sent = sum(is_sent(session, i, m, NoteKind.THANK_YOU) for i, m in thanks)
    waiting = thank_you_tasks(session, workdays)
    follow = follow_up_task(session, workdays)
    names = " ".join(p.name for p in session.interviewers)
    return Digest(
        company=itv.company,
        role=itv.role,
        when=short_day(_day(itv.date)) if itv.date is not None else "—",
        sent=f"{sent}/{len(thanks)}",
        decision=short_day(_day(itv.decision_by)) if itv.decision_by is not None else "—",
        search_text=f"{itv.company} {itv.role} {names}".casefold(),
        has_date=itv.date is not None,
        draft=is_draft(session),
        thanks_due=waiting[0].due.isoformat() if waiting else None,
        outcome=OUTCOME_LABELS[itv.outcome].lower() if itv.outcome is not None else None,
        follow_kind=follow.kind.value if follow is not None else None,
        follow_due=follow.due.isoformat() if follow is not None else None,
        follow_person=follow_up_person(session) is not None,
    )


def summary_of(d: Digest, now: datetime) -> Summary:
    next_step = next_words(d, now)
    if d.draft:
        next_step = "draft" if next_step == "—" else f"draft · {next_step}"
    return Summary(d.company, d.role, d.when, d.sent, d.decision, next_step, d.search_text)


def summarise(session: Session, now: datetime, workdays: Workdays = MONDAY_TO_FRIDAY) -> Summary:
    return summary_of(digest(session, workdays), now)


def next_words(d: Digest, now: datetime) -> str:
    """What to do next for a session, in a few words."""
    if not d.has_date:
        return "—"
    if d.thanks_due is not None:
        due = datetime.fromisoformat(d.thanks_due)
        left = time_left(due, now)
        if left.total_seconds() < 0:
            return "send · overdue"
        return "send " + Countdown(due, left).words
    if d.outcome is not None:
        return d.outcome
    if d.follow_kind is None or d.follow_due is None:
        return "follow-ups sent" if d.follow_person else "done"
    due = datetime.fromisoformat(d.follow_due)
    words = STEP_WORDS[d.follow_kind]
    if comparable(now, due) >= due:
        return f"{words} now"
    return f"{words} {short_when(due.date())}"


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value
