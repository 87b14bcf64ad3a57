"""One line about a session for the home table: when, how much is sent, time left. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from thankyou_tui.compose import ComposedNote, compose
from thankyou_tui.edits import sent_count
from thankyou_tui.model import NoteKind, NoteStatus, Session, Stage, is_draft
from thankyou_tui.timing import countdown, follow_up_at, short_when
from thankyou_tui.wording import PhraseBank


@dataclass(frozen=True)
class Summary:
    company: str
    role: str
    when: str
    sent: str
    send_by: str
    search_text: str


def summarise(session: Session, now: datetime, bank: PhraseBank | None = None) -> Summary:
    itv = session.interview
    composed = compose(session, now, bank) if session.interviewers else []
    notes = [n for n in composed if n.kind is NoteKind.THANK_YOU]
    follow_up = next((n for n in composed if n.kind is NoteKind.FOLLOW_UP), None)
    sent = sent_count(notes)
    left = countdown(itv, now)
    if notes and sent == len(notes):
        send_by = _after_thanks(session, follow_up)
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
        sent=f"{sent}/{len(notes)}",
        send_by=send_by,
        search_text=f"{itv.company} {itv.role} {names}".casefold(),
    )


def _after_thanks(session: Session, follow_up: ComposedNote | None) -> str:
    """Once every thank-you is out, the next thing to do: the polite follow-up."""
    if follow_up is not None:
        return "follow-up sent" if follow_up.status is NoteStatus.SENT else "follow up now"
    due = follow_up_at(session.interview)
    if due is None or session.interview.stage is Stage.OFFER:
        return "done"
    return f"follow up {short_when(due.date())}"
