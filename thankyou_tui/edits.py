"""What the user does to a note on the review step: edit, regenerate, mark sent, copy. Pure."""

from __future__ import annotations

from datetime import datetime

from thankyou_tui.compose import ComposedNote
from thankyou_tui.model import Note, NoteStatus, Session


def _find(session: Session, note: ComposedNote) -> Note | None:
    person = session.interviewers[note.interviewer_index]
    return person.note_for(note.method, note.kind)


def save_edit(session: Session, note: ComposedNote, subject: str | None, body: str) -> None:
    """Keep the user's words for this note; from now on they win over generated text."""
    saved = _find(session, note)
    if saved is None:
        person = session.interviewers[note.interviewer_index]
        person.notes.append(Note(note.method, body, subject, note.kind))
        return
    saved.subject = subject
    saved.body = body


def discard_edit(session: Session, note: ComposedNote) -> bool:
    """Forget the user's words so the note is generated again. True if there were any."""
    person = session.interviewers[note.interviewer_index]
    saved = _find(session, note)
    if saved is None:
        return False
    person.notes.remove(saved)
    return True


def mark_sent(session: Session, note: ComposedNote, now: datetime, sent: bool = True) -> None:
    """Record that the note went out, freezing its text exactly as it was sent."""
    saved = _find(session, note)
    if saved is None:
        save_edit(session, note, note.subject, note.body)
        saved = _find(session, note)
    assert saved is not None
    saved.status = NoteStatus.SENT if sent else NoteStatus.DRAFT
    saved.sent_at = now.replace(microsecond=0) if sent else None
