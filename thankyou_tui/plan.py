"""What is left to do for a session, and when: thank-yous, then the follow-ups. Pure.

Read from the saved notes and the dates alone (nothing is composed), so the home table and
`thankyou-tui due` stay cheap however many sessions there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from thankyou_tui.model import Method, NoteKind, NoteStatus, Session, Stage
from thankyou_tui.timing import (
    MONDAY_TO_FRIDAY,
    Workdays,
    comparable,
    follow_up_at,
    second_touch_at,
    send_by,
)


@dataclass(frozen=True)
class Task:
    """One note still to send: to whom, how, what kind, and by when."""

    interviewer_index: int
    interviewer: str
    method: Method
    kind: NoteKind
    due: datetime

    def overdue(self, now: datetime) -> bool:
        return comparable(now, self.due) > self.due

    @property
    def what(self) -> str:
        """ "send" for a thank-you, "follow-up" for either follow-up (as `due --json` says)."""
        return "send" if self.kind is NoteKind.THANK_YOU else "follow-up"


def is_sent(session: Session, index: int, method: Method, kind: NoteKind) -> bool:
    saved = session.interviewers[index].note_for(method, kind)
    return saved is not None and saved.status is NoteStatus.SENT


def follow_up_person(session: Session) -> int | None:
    """Who gets the follow-ups: the first interviewer thanked by email (else the first)."""
    if session.interview.stage is Stage.OFFER or not session.interviewers:
        return None
    for index, person in enumerate(session.interviewers):
        if Method.EMAIL in session.methods_for(person):
            return index
    return 0


def thank_you_tasks(session: Session, workdays: Workdays = MONDAY_TO_FRIDAY) -> list[Task]:
    deadline = send_by(session.interview, workdays)
    if deadline is None:
        return []
    return [
        Task(index, person.name, method, NoteKind.THANK_YOU, deadline)
        for index, person in enumerate(session.interviewers)
        for method in session.methods_for(person)
        if not is_sent(session, index, method, NoteKind.THANK_YOU)
    ]


def follow_up_task(session: Session, workdays: Workdays = MONDAY_TO_FRIDAY) -> Task | None:
    """The next follow-up: the first, else the last touch once the first went out; none
    once an outcome is recorded or both are sent."""
    waiting = _follow_ups(session, workdays)
    return waiting[0] if waiting else None


def tasks(session: Session, workdays: Workdays = MONDAY_TO_FRIDAY) -> list[Task]:
    """Everything still to send for a session: the thank-yous, then the next follow-up."""
    found = thank_you_tasks(session, workdays)
    follow = follow_up_task(session, workdays)
    return [*found, follow] if follow is not None else found


def due_follow_up(
    session: Session, now: datetime, workdays: Workdays = MONDAY_TO_FRIDAY
) -> Task | None:
    """The follow-up whose time has come (what the composer writes), if any."""
    task = follow_up_task(session, workdays)
    if task is None or comparable(now, task.due) < task.due:
        return None
    return task


def schedule(session: Session, workdays: Workdays = MONDAY_TO_FRIDAY) -> list[Task]:
    """The marks worth a calendar entry: the send-by mark (while a thank-you is unsent) and
    each follow-up not yet sent, the last touch counted from the first one's date."""
    found = thank_you_tasks(session, workdays)[:1]
    return found + _follow_ups(session, workdays)


def _follow_ups(session: Session, workdays: Workdays) -> list[Task]:
    """The follow-ups not yet sent, in order (none once an outcome is recorded); the last
    touch is counted from when the first went out, or was due."""
    itv = session.interview
    index = follow_up_person(session)
    first_due = follow_up_at(itv, workdays)
    if itv.outcome is not None or index is None or first_due is None:
        return []
    name = session.interviewers[index].name
    first = session.interviewers[index].note_for(Method.EMAIL, NoteKind.FOLLOW_UP)
    found = []
    sent_at = None
    if first is not None and first.status is NoteStatus.SENT:
        sent_at = first.sent_at
    else:
        found.append(Task(index, name, Method.EMAIL, NoteKind.FOLLOW_UP, first_due))
    if not is_sent(session, index, Method.EMAIL, NoteKind.LAST_FOLLOW_UP):
        last_due = second_touch_at(first_due, sent_at, workdays)
        found.append(Task(index, name, Method.EMAIL, NoteKind.LAST_FOLLOW_UP, last_due))
    return found
