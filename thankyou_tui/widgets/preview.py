"""The live preview of a note: subject, body, word count against its target, time left.

It scrolls by keyboard and mouse, says when there is more below, and opens full screen (F3).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Static

from thankyou_tui import english as en
from thankyou_tui.checks import Finding
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


def preview_titles(note: ComposedNote) -> list[str]:
    """The preview's title from fullest to shortest, cut at words, never mid-word."""
    person = one_line(note.interviewer) or "Interviewer"
    # The name, shorter, never its title alone ("Email to Prof. · 114/180 words", a walk)
    parsed = en.parse_name(person)
    bare = " ".join(filter(None, (parsed.first, parsed.last))) or person
    first = parsed.first or parsed.last or person.split()[0]
    what = note.title.split(" to ")[0]
    return [
        f"Preview · {what} to {person} · {word_status(note)}",
        f"{what} to {person} · {word_status(note)}",
        *([f"{what} to {bare} · {word_status(note)}"] if bare != person else []),
        f"{what} to {first} · {word_status(note)}",
        f"{what} · {note.words} words",
        what,
    ]


def preview_title(note: ComposedNote, width: int = 1000) -> Content:
    for title in preview_titles(note):
        if len(title) + 4 <= width:
            return Content(title)
    return Content(preview_titles(note)[-1])


SPAN_STYLES = {"error": "bold underline red", "warning": "underline yellow", "info": "underline"}


def render_note(
    note: ComposedNote, countdown: Countdown | None, findings: Sequence[Finding] = ()
) -> RenderableType:
    """The note as a person will read it, with the checks' findings marked in it. User text
    goes in as Text, never as markup."""
    parts: list[RenderableType] = []
    if note.status is NoteStatus.SENT:
        parts.append(Text("✓ sent — kept exactly as it went out", style="italic"))
    elif note.edited:
        parts.append(Text("✎ your edited text", style="italic"))
    if note.method is Method.EMAIL:
        to = Text("To: ", style="bold")
        to.append(one_line(note.to) if note.to else "")
        if not note.to:
            to.append("no address yet (add it on the Interviewers step)", style="italic")
        parts.append(to)
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
        text = Text(body)
        shift = len(note.body) - len(note.body.lstrip("\n"))  # the body shown starts later
        for finding in findings:
            if finding.start is None or finding.end is None:
                continue
            start, end = finding.start - shift, finding.end - shift
            if (
                0 <= start < end <= len(body)
                and body[start:end] == note.body[finding.start : finding.end]
            ):
                text.stylize(SPAN_STYLES.get(finding.severity.value, "underline"), start, end)
        parts.append(text)
    target = note.target
    if target is not None and note.words > target[1]:
        parts.append(Text(f"\n{note.words} words: aim for at most {target[1]}.", style="bold"))
    for advice in note.advice:
        parts.append(Text("\n! " + one_line(advice), style="italic"))
    if countdown is not None and note.status is not NoteStatus.SENT:
        day = countdown.deadline
        due = f"{weekday_name(day)[:3]} {day:%H:%M}"
        state = "overdue — send it now" if countdown.overdue else countdown.words
        parts.append(Text(f"\nsend by {due} ({state})", style="dim"))
    return Group(*parts)


EMPTY_PREVIEW = "Your note appears here as you type."
# (A user who unticked every way of thanking saw the line above and waited for a note.)
NO_METHOD_PREVIEW = (
    "No way of thanking them is ticked: choose an email, a card, a call or a gift "
    "(Delivery step) to see the note."
)


class NotePreview(VerticalScroll, can_focus=True):
    """Shows one composed note; the screen sets `note` and `countdown`. Up/Down, PageUp/
    PageDown, Home/End and the mouse wheel scroll it; "more ↓" says there is more below."""

    DEFAULT_CSS = """
    NotePreview { border: round $primary-darken-2; padding: 0 1; height: 1fr; }
    NotePreview:focus { border: round $accent; }
    NotePreview > Static { width: 100%; height: auto; }
    """

    note: reactive[ComposedNote | None] = reactive(None, always_update=True)
    countdown: reactive[Countdown | None] = reactive(None)
    findings: reactive[tuple[Finding, ...]] = reactive(())
    # What the preview says when there is no note to show.
    placeholder: reactive[str] = reactive(EMPTY_PREVIEW)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.border_title = Content("Preview")

    def compose(self) -> ComposeResult:
        yield Static("", id="note-text")

    def watch_note(self) -> None:
        self._show()

    def watch_countdown(self) -> None:
        self._show()

    def watch_placeholder(self) -> None:
        self._show()

    def on_resize(self) -> None:
        self._titles()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._more()

    def _show(self) -> None:
        if not self.is_mounted:
            return
        text = self.query_one("#note-text", Static)
        if self.note is None:
            text.update(Text(self.placeholder, style="dim"))
        else:
            text.update(render_note(self.note, self.countdown, self.findings))
        self._titles()
        self.call_after_refresh(self._more)

    def _titles(self) -> None:
        if self.note is None:
            self.border_title = Content("Preview")
        else:
            self.border_title = preview_title(self.note, self.size.width or 1000)

    def _more(self) -> None:
        more = self.max_scroll_y > 0 and self.scroll_y < self.max_scroll_y
        self.border_subtitle = Content("more ↓ · F3 full screen" if more else "")


class NoteReader(ModalScreen[None]):
    """The note full screen, to read it through before sending."""

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("escape,q,f3", "dismiss", "Close"),
    ]
    DEFAULT_CSS = """
    NoteReader { align: center middle; }
    NoteReader > VerticalScroll { width: 100%; height: 100%; border: thick $primary;
                                  background: $surface; padding: 0 2; }
    NoteReader Static { width: 100%; height: auto; }
    """

    def __init__(self, note: ComposedNote, countdown: Countdown | None) -> None:
        super().__init__()
        self.note = note
        self.countdown = countdown

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = Content(f"{one_line(self.note.title)} · esc to close")
            yield Static(render_note(self.note, self.countdown))

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
