"""Writing exported notes: safe file names, and never over a file that is already there."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from thankyou_tui.compose import ComposedNote
from thankyou_tui.data.atomic import write_atomic
from thankyou_tui.delivery import (
    Recipient,
    calendar,
    eml,
    note_file_text,
    recipient,
    session_markdown,
)
from thankyou_tui.model import Method, Session
from thankyou_tui.plan import Task

# Characters no file system minds; everything else becomes "-".
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")  # no dots: "dr.-lena" reads as a typo
# Names Windows keeps for devices.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)}


# A session id ends with its date ("acme-engineer-2026-11-26", "-2" for a second that day).
_DATED = re.compile(r"^(.*?)(-\d{4}-\d{2}-\d{2}(?:-\d+)?)$")


def safe_name(text: str, limit: int = 60) -> str:
    """ "Email to Dr. Lena Fischer" -> "email-to-dr-lena-fischer": ASCII, no path parts.
    A long name is cut between words, and a date at its end is kept whole ("…-2026-1"
    read as January)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    name = _UNSAFE.sub("-", ascii_text.lower()).strip("-.")
    if len(name) > limit:
        dated = _DATED.match(name)
        head, tail = (dated[1], dated[2]) if dated else (name, "")
        room = max(limit - len(tail), 1)
        cut = head[: room + 1]  # one more: a cut that lands on a "-" keeps the whole word
        head = cut.rsplit("-", 1)[0] if "-" in cut else cut[:room]
        name = (head.strip("-.") + tail).strip("-.")
    if not name or name in _RESERVED:
        name = f"note-{name}" if name else "note"
    return name


def write_new(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Write `stem.suffix` in `folder`; if that name is taken, `stem-2.suffix` and so on.

    The name is claimed with O_EXCL, so two exports at once never write over each other,
    and a file that is already there is never touched."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, 1000):
        path = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        try:
            write_atomic(path, data)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
    raise FileExistsError(f"{folder}: too many files named {stem}*{suffix}; clear some out")


FORMATS = ("txt", "md", "eml", "ics")


def export_session(
    session: Session,
    session_id: str,
    notes: Sequence[ComposedNote],
    marks: Sequence[Task],
    folder: Path,
    formats: Sequence[str],
    now: datetime,
) -> list[Path]:
    """Write the chosen formats into `folder`; returns the paths written, in order.

    `.txt` a note, one `.md` for the session, `.eml` an email (drafts), one `.ics`."""
    written: list[Path] = []
    base = safe_name(session_id)
    sender = Recipient(session.candidate.name, session.candidate.email)
    if "txt" in formats:
        for note in notes:
            text = note_file_text(note, recipient(session, note))
            written.append(
                write_new(folder, f"{base}-{safe_name(note.title)}", ".txt", text.encode())
            )
    if "md" in formats:
        text = session_markdown(session, notes, marks)
        written.append(write_new(folder, base, ".md", text.encode()))
    if "eml" in formats:
        for note in notes:
            if note.method is Method.EMAIL and note.subject is not None:
                data = eml(note, recipient(session, note), sender, now)
                written.append(write_new(folder, f"{base}-{safe_name(note.title)}", ".eml", data))
    if "ics" in formats and marks:
        written.append(write_new(folder, base, ".ics", calendar(session, session_id, marks, now)))
    return written
