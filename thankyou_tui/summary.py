"""One line about a session for the home table: when, how much is sent, time left. Pure.

Counts come from the saved notes and the dates alone: nothing is composed, so the home
screen stays cheap however many sessions there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from thankyou_tui.compose import follow_up_recipient
from thankyou_tui.model import Method, NoteKind, NoteStatus, Session, Stage, is_draft
from thankyou_tui.timing import countdown, follow_up_at, short_when


@dataclass(frozen=True)
class Summary:
    company: str
    role: str
    when: str
    sent: str
    send_by: str
    search_text: str


def _is_sent(session: Session, index: int, method: Method, kind: NoteKind) -> bool:
    saved = session.interviewers[index].note_for(method, kind)
    return saved is not None and saved.status is NoteStatus.SENT


def summarise(session: Session, now: datetime) -> Summary:
    itv = session.interview
    thanks = [
        (index, method)
        for index, person in enumerate(session.interviewers)
        for method in session.methods_for(person)
    ]
    sent = sum(_is_sent(session, i, m, NoteKind.THANK_YOU) for i, m in thanks)
    left = countdown(itv, now)
    if thanks and sent == len(thanks):
        send_by = _after_thanks(session, now)
    elif left is None:
        send_by = "—"
    elif left.overdue:
        send_by = "overdue"
    else:
        send_by = left.words
    if is_draft(session):
        send_by = "draft" if send_by == "—" else f"draft · {send_by}"
    names = " ".join(p.name for p in session.interviewers)
    return Summary(
        company=itv.company,
        role=itv.role,
        when=short_when(itv.date) if itv.date is not None else "—",
        sent=f"{sent}/{len(thanks)}",
        send_by=send_by,
        search_text=f"{itv.company} {itv.role} {names}".casefold(),
    )


def _after_thanks(session: Session, now: datetime) -> str:
    """Once every thank-you is out, the next thing to do: the polite follow-up."""
    recipient = follow_up_recipient(session, now)
    if recipient is not None:
        if _is_sent(session, recipient, Method.EMAIL, NoteKind.FOLLOW_UP):
            return "follow-up sent"
        return "follow up now"
    due = follow_up_at(session.interview)
    if due is None or session.interview.stage is Stage.OFFER:
        return "done"
    return f"follow up {short_when(due.date())}"
