"""The live preview of a note: subject, body, word count against its target, time left."""

from __future__ import annotations

import textwrap

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from thankyou_tui.compose import ComposedNote
from thankyou_tui.model import Method, NoteStatus
from thankyou_tui.textsafe import one_line, strip_controls
from thankyou_tui.timing import Countdown, weekday_name

CARD_WIDTH = 36  # about what fits on the inside of a folded card, handwritten


def word_status(note: ComposedNote) -> str:
    target = note.target
    if target is None:
        return f"{note.words} words"
    return f"{note.words}/{target[1]} words"


def preview_title(note: ComposedNote) -> Content:
    return Content(one_line(f"{note.title} · {word_status(note)}"))


def render_note(note: ComposedNote, countdown: Countdown | None) -> RenderableType:
    """The note as a person will read it. User text goes in as Text, never as markup."""
    parts: list[RenderableType] = []
    if note.status is NoteStatus.SENT:
        parts.append(Text("✓ sent — kept exactly as it went out", style="italic"))
    elif note.edited:
        parts.append(Text("✎ your edited text", style="italic"))
    if note.subject is not None:
        subject = Text("Subject: ", style="bold")
        subject.append(one_line(note.subject))
        parts.append(subject)
        parts.append(Text(""))
    body = strip_controls(note.body).strip("\n")
    if note.method in (Method.HANDWRITTEN, Method.GIFT):
        # Wrap each line on its own: a sign-off and a name stay on separate lines.
        wrapped = "\n".join(textwrap.fill(line, CARD_WIDTH) for line in body.split("\n"))
        label = "gift card" if note.method is Method.GIFT else "inside of the card"
        parts.append(Panel(Text(wrapped), title=Text(label), width=CARD_WIDTH + 4, expand=False))
    else:
        parts.append(Text(body))
    target = note.target
    if target is not None and note.words > target[1]:
        parts.append(Text(f"\n{note.words} words: aim for at most {target[1]}.", style="bold"))
    for advice in note.advice:
        parts.append(Text("\n! " + one_line(advice), style="italic"))
    if countdown is not None:
        day = countdown.deadline
        due = f"{weekday_name(day)[:3]} {day:%H:%M}"
        state = "overdue — send it now" if countdown.overdue else countdown.words
        parts.append(Text(f"\nsend by {due} ({state})", style="dim"))
    return Group(*parts)


class NotePreview(Static, can_focus=True):
    """Shows one composed note; the screen sets `note` and `countdown`."""

    DEFAULT_CSS = """
    NotePreview { border: round $primary-darken-2; padding: 0 1; height: 1fr; overflow-y: auto; }
    NotePreview:focus { border: round $accent; }
    """

    note: reactive[ComposedNote | None] = reactive(None, always_update=True)
    countdown: reactive[Countdown | None] = reactive(None)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes)
        self.border_title = Content("Preview")

    def watch_note(self) -> None:
        self._show()

    def watch_countdown(self) -> None:
        self._show()

    def _show(self) -> None:
        note = self.note
        if note is None:
            self.border_title = Content("Preview")
            self.update(Text("Your note appears here as you type.", style="dim"))
            return
        self.border_title = Content("Preview · ") + preview_title(note)
        self.update(render_note(note, self.countdown))
