"""One line about a session for the home table: when, how much is sent, what is next. Pure.

Counts come from the saved notes and the dates alone: nothing is composed, so the home
screen stays cheap however many sessions there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from thankyou_tui.model import OUTCOME_LABELS, NoteKind, Session, is_draft
from thankyou_tui.plan import follow_up_person, follow_up_task, is_sent, thank_you_tasks
from thankyou_tui.timing import (
    MONDAY_TO_FRIDAY,
    Countdown,
    Workdays,
    comparable,
    short_day,
    short_when,
    time_left,
)

STEP_WORDS = {NoteKind.FOLLOW_UP: "follow up", NoteKind.LAST_FOLLOW_UP: "last touch"}


@dataclass(frozen=True)
class Summary:
    company: str
    role: str
    when: str
    sent: str
    decision: str  # "Fri 4 Dec", or "—"
    next: str  # "send in 19 h", "send · overdue", "follow up Tue 8 Dec", "done"
    search_text: str


def summarise(session: Session, now: datetime, workdays: Workdays = MONDAY_TO_FRIDAY) -> Summary:
    itv = session.interview
    thanks = [
        (index, method)
        for index, person in enumerate(session.interviewers)
        for method in session.methods_for(person)
    ]
    sent = sum(is_sent(session, i, m, NoteKind.THANK_YOU) for i, m in thanks)
    next_step = next_words(session, now, workdays)
    if is_draft(session):
        next_step = "draft" if next_step == "—" else f"draft · {next_step}"
    names = " ".join(p.name for p in session.interviewers)
    return Summary(
        company=itv.company,
        role=itv.role,
        when=short_day(_day(itv.date)) if itv.date is not None else "—",
        sent=f"{sent}/{len(thanks)}",
        decision=short_day(_day(itv.decision_by)) if itv.decision_by is not None else "—",
        next=next_step,
        search_text=f"{itv.company} {itv.role} {names}".casefold(),
    )


def next_words(session: Session, now: datetime, workdays: Workdays = MONDAY_TO_FRIDAY) -> str:
    """What to do next for a session, in a few words."""
    itv = session.interview
    if itv.date is None:
        return "—"
    waiting = thank_you_tasks(session, workdays)
    if waiting:
        left = time_left(waiting[0].due, now)
        if left.total_seconds() < 0:
            return "send · overdue"
        return "send " + Countdown(waiting[0].due, left).words
    if itv.outcome is not None:
        return OUTCOME_LABELS[itv.outcome].lower()
    follow = follow_up_task(session, workdays)
    if follow is None:
        person = follow_up_person(session)
        return "done" if person is None else "follow-ups sent"
    words = STEP_WORDS[follow.kind]
    if comparable(now, follow.due) >= follow.due:
        return f"{words} now"
    return f"{words} {short_when(follow.due.date())}"


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value
