"""One line about a session for the home table: when, how much is sent, time left. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from thankyou_tui.compose import compose
from thankyou_tui.edits import sent_count
from thankyou_tui.model import NoteKind, Session, is_draft
from thankyou_tui.timing import countdown, short_when
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
    notes = (
        [n for n in compose(session, now, bank) if n.kind is NoteKind.THANK_YOU]
        if (session.interviewers)
        else []
    )
    sent = sent_count(notes)
    left = countdown(itv, now)
    if notes and sent == len(notes):
        send_by = "done"
    elif left is None:
        send_by = "—"
    elif left.overdue:
        send_by = "overdue"
    else:
        send_by = left.words
    if is_draft(session):
        send_by = f"draft · {send_by}" if send_by not in ("—",) else "draft"
    names = " ".join(p.name for p in session.interviewers)
    return Summary(
        company=itv.company,
        role=itv.role,
        when=short_when(itv.date) if itv.date is not None else "—",
        sent=f"{sent}/{len(notes)}",
        send_by=send_by,
        search_text=f"{itv.company} {itv.role} {names}".casefold(),
    )
