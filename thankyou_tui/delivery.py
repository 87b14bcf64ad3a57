"""How a note leaves the app: plain text, Markdown, a draft email (.eml), a calendar (.ics),
a mailto: link. Pure: builds text and bytes; writing files is `data/exports.py`'s job.

User text is data everywhere here: terminal controls are stripped from every text, and a
header (To, Subject) is one line, so a newline typed into a subject cannot add a header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from urllib.parse import quote

from thankyou_tui.compose import ComposedNote
from thankyou_tui.model import METHOD_LABELS, Method, NoteKind, Session
from thankyou_tui.plan import Task
from thankyou_tui.textsafe import address_line, one_line, strip_controls
from thankyou_tui.timing import short_when

# Common mail clients cut a mailto: link somewhere past 2,000 characters.
MAILTO_LIMIT = 2000


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str  # "" when the session has no address for them

    @property
    def header(self) -> str:
        """ "Priya Raman <priya@acme.example>", or just the name without an address."""
        if not self.email:
            return one_line(self.name)
        return address_line(self.name, self.email)


def recipient(session: Session, note: ComposedNote) -> Recipient:
    person = session.interviewers[note.interviewer_index]
    return Recipient(person.name.strip(), person.email.strip())


def body_text(note: ComposedNote) -> str:
    """The note's body, plain: controls stripped, one newline at the end."""
    return strip_controls(note.body).strip("\n") + "\n"


def subject_text(note: ComposedNote) -> str:
    return one_line(note.subject or "")


def whole_email(note: ComposedNote, to: Recipient) -> str:
    """To, Subject and body, as a person would paste them."""
    head = []
    if to.email:
        head.append(f"To: {to.header}")
    if note.subject is not None:
        head.append(f"Subject: {subject_text(note)}")
    return "\n".join(head) + ("\n\n" if head else "") + body_text(note)


def mailto(note: ComposedNote, to: Recipient) -> str | None:
    """A mailto: link with To, Subject and Body, or None when it would be too long for mail
    clients to take whole (export the .eml instead)."""
    link = "mailto:" + quote(one_line(to.email), safe="@")
    params = []
    if note.subject is not None:
        params.append("subject=" + quote(subject_text(note), safe=""))
    params.append("body=" + quote(body_text(note).replace("\n", "\r\n"), safe=""))
    link += "?" + "&".join(params)
    return link if len(link) <= MAILTO_LIMIT else None


def eml(note: ComposedNote, to: Recipient, sender: Recipient, now: datetime) -> bytes:
    """An RFC 5322 draft: mail clients open it ready to send (X-Unsent for Outlook, the
    draft marker for Apple Mail)."""
    message = EmailMessage(policy=SMTP)
    if to.email:
        message["To"] = to.header
    if sender.email:
        message["From"] = sender.header
    message["Subject"] = subject_text(note)
    message["Date"] = format_datetime(now if now.tzinfo else now.astimezone())
    message["X-Unsent"] = "1"
    message["X-Uniform-Type-Identifier"] = "com.apple.mail-draft"
    message.set_content(body_text(note))
    return message.as_bytes()


def note_file_text(note: ComposedNote, to: Recipient) -> str:
    """A .txt file for one note: who it is for, then the text to send or copy by hand."""
    lines = [f"{note.title}", ""]
    if note.method is Method.EMAIL:
        if to.email:
            lines.append(f"To: {to.header}")
        lines += [f"Subject: {subject_text(note)}", ""]
    return one_line(lines[0]) + "\n" + "\n".join(lines[1:]) + "\n" + body_text(note)


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in `text`, so the text cannot end it."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def session_markdown(session: Session, notes: Sequence[ComposedNote], marks: Sequence[Task]) -> str:
    """One Markdown file for the whole session: each note laid out to copy (cards and call
    points verbatim, in a block that keeps their lines), then what is next."""
    itv = session.interview
    title = " — ".join(one_line(t) for t in (itv.role, itv.company) if t.strip()) or "Session"
    out = [f"# Thank-you notes: {title}", ""]
    if itv.date is not None:
        out += [f"Interview: {short_when(itv.date)}", ""]
    for note in notes:
        to = recipient(session, note)
        out += [f"## {one_line(note.title)}", ""]
        if note.method is Method.EMAIL and to.email:
            out += [f"To: {to.header}  "]
        if note.subject is not None:
            out += [f"Subject: {subject_text(note)}", ""]
        elif note.method is Method.EMAIL:
            out.append("")
        if note.method in (Method.HANDWRITTEN, Method.GIFT):
            out += ["Copy by hand:", ""]
        body = body_text(note)
        fence = _fence(body)
        out += [fence + "text", body.rstrip("\n"), fence, ""]
        if note.status.value == "sent":
            out += ["*Sent.*", ""]
    if marks:
        out += ["## What is next", ""]
        for mark in marks:
            out.append(f"- {mark_title(mark)}: {short_when(mark.due)}")
        out.append("")
    return "\n".join(out)


def mark_title(task: Task) -> str:
    who = one_line(task.interviewer) or "your interviewer"
    if task.kind is NoteKind.THANK_YOU:
        return "Send the thank-you notes"
    if task.kind is NoteKind.FOLLOW_UP:
        return f"Follow up with {who}"
    return f"Last follow-up to {who}"


def calendar(session: Session, session_id: str, marks: Sequence[Task], now: datetime) -> bytes:
    """An .ics file: the send-by mark and each follow-up as a 15-minute event with an alarm."""
    from icalendar import Alarm, Calendar, Event  # only exports need it

    itv = session.interview
    cal = Calendar()
    cal.add("prodid", "-//thankyou-tui//thank-you notes//EN")
    cal.add("version", "2.0")
    what = " at ".join(one_line(t) for t in (itv.role, itv.company) if t.strip())
    for mark in marks:
        event = Event()
        event.add("uid", f"{session_id}-{mark.kind.value}@thankyou-tui")
        event.add("dtstamp", (now if now.tzinfo else now.astimezone()).astimezone(UTC))
        event.add("summary", f"{mark_title(mark)} ({what})" if what else mark_title(mark))
        due = mark.due.astimezone(UTC) if mark.due.tzinfo else mark.due  # UTC, or floating
        start = due - timedelta(minutes=15) if mark.kind is NoteKind.THANK_YOU else due
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=15))
        used = {m for person in session.interviewers for m in session.methods_for(person)}
        methods = ", ".join(METHOD_LABELS[m].lower() for m in Method if m in used)
        event.add(
            "description",
            f"thankyou-tui open {session_id}"
            + (f"\nBy {methods}." if mark.kind is NoteKind.THANK_YOU and methods else ""),
        )
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", mark_title(mark))
        before = timedelta(hours=2) if mark.kind is NoteKind.THANK_YOU else timedelta(0)
        alarm.add("trigger", -before)
        event.add_component(alarm)
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical
