"""What every wizard step shares: the step header, the form, the live preview, the keys."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import Resize
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, TextArea

from thankyou_tui.compose import ComposedNote, compose
from thankyou_tui.model import Interviewer, Problem, Session
from thankyou_tui.textsafe import one_line
from thankyou_tui.timing import countdown
from thankyou_tui.widgets.form import FieldError, focus_at_end
from thankyou_tui.widgets.preview import (
    EMPTY_PREVIEW,
    NO_METHOD_PREVIEW,
    NotePreview,
    NoteReader,
)
from thankyou_tui.widgets.step_header import StepHeader
from thankyou_tui.wizard import SessionEditor, Step, field_id, message_for
from thankyou_tui.wording import PhraseBank, shipped

NARROW = 100  # below this width the preview is a toggled lower pane
STAND_IN = "Interviewer"  # named on the next step
PREVIEW_DELAY = 0.12  # seconds after the last keystroke; composing takes a few milliseconds


class StepScreen(Screen[None]):
    """Base for the wizard steps. Subclasses set STEP and write `compose_form`."""

    STEP: ClassVar[Step] = Step.INTERVIEW
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("ctrl+n", "next", "Next"),
        Binding("ctrl+b", "back", "Back"),
        Binding("ctrl+r", "next_preview", "Next preview", show=False),
        Binding("f2", "toggle_preview", "Preview"),
        Binding("f3", "read_note", "Read", show=False),
        Binding("escape", "home", "Sessions"),
    ]

    save_state: reactive[str] = reactive("")
    session_label: reactive[str] = reactive("")
    findings_label: reactive[str] = reactive("")  # "✖1 ⚠2" on the review step

    @dataclass
    class SessionEdited(Message):
        """The user changed the session; the app autosaves."""

    @dataclass
    class Navigate(Message):
        """Go to a step, or to the sessions list (None). The step has already been left."""

        step: Step | None

    def __init__(
        self,
        editor: SessionEditor,
        clock: Callable[[], datetime],
        bank: PhraseBank | None = None,
    ) -> None:
        super().__init__()
        self.editor = editor
        self.clock = clock
        self.bank = bank or shipped()
        self.preview_offset = 0
        self._preview_timer: Timer | None = None
        self.preview_fresh = False  # the preview shows the session as it is now

    @property
    def session(self) -> Session:
        return self.editor.session

    # -- layout ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield self.header()
        with Horizontal(id="body"):
            with VerticalScroll(id="form"):
                yield from self.compose_form()
                with Horizontal(classes="nav"):
                    yield Button("← Back", id="step-back", compact=True)
                    yield Button("Next →", id="step-next", variant="primary", compact=True)
            yield NotePreview(id="preview")
        yield Footer(compact=True)

    def header(self) -> StepHeader:
        return StepHeader(self.STEP).data_bind(
            StepScreen.save_state, StepScreen.session_label, StepScreen.findings_label
        )

    def session_title(self) -> str:
        itv = self.session.interview
        return " · ".join(one_line(t) for t in (itv.company, itv.role) if t.strip())

    def compose_form(self) -> Iterable[Widget]:
        raise NotImplementedError

    def on_mount(self) -> None:
        self.watch(self.app, "save_state", self._follow_save_state)
        self.watch(self.app, "show_preview", self._follow_show_preview)
        self.session_label = self.session_title()
        self.update_preview()

    def _follow_save_state(self, state: str) -> None:
        self.save_state = state

    def _follow_show_preview(self, shown: bool) -> None:
        self.set_class(shown, "-show-preview")

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_preview":
            return self.has_class("-narrow")  # the preview is always shown when wide
        return True

    def action_toggle_preview(self) -> None:
        # The app remembers it, so the pane stays as the user left it on the next step.
        self.app.show_preview = not self.has_class("-show-preview")  # type: ignore[attr-defined]
        # Keep the field being typed in on screen above the preview pane.
        focused = self.focused
        if focused is not None:
            self.call_after_refresh(focused.scroll_visible)

    def action_read_note(self) -> None:
        note = self.query_one(NotePreview).note
        if note is not None:
            self.app.push_screen(NoteReader(note, self.query_one(NotePreview).countdown))

    # -- editing -------------------------------------------------------------------

    def flush_pending(self) -> None:
        """Write anything typed but not yet in the session (the app calls this before
        leaving the screen or quitting). Most steps write on every keystroke already."""

    def edited(self) -> None:
        """Call after handing user input to the editor."""
        self.session_label = self.session_title()
        self.post_message(self.SessionEdited())
        self.clear_fixed_problems()
        self.schedule_preview()

    def schedule_preview(self) -> None:
        """Recompose the preview once typing pauses (composing takes a few milliseconds)."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self.preview_fresh = False
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self.update_preview)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter moves on: to the next field, or to the next step from the last one."""
        if event.input.has_class("last"):
            self.action_next()
        elif not event.input.has_class("keeps-enter"):
            self.focus_next()

    def on_key(self, event: events.Key) -> None:
        """Text typed while nothing editable has focus goes into the first field, not nowhere."""
        if not event.is_printable or event.character is None or event.character == " ":
            return
        if isinstance(self.focused, Input | TextArea):
            return
        if self.focused is not None and not self.focused.has_class("form-list"):
            return
        target = self.first_field()
        if target is not None:
            focus_at_end(target)
            target.insert_text_at_cursor(event.character)
            event.stop()

    def first_field(self) -> Input | None:
        fields = [w for w in self.query(Input) if w.display and not w.disabled]
        return fields[0] if fields else None

    # -- preview -------------------------------------------------------------------

    def preview_choice(self, notes: list[ComposedNote]) -> int:
        """Which note to preview; a step may point at the person being edited."""
        return 0

    def update_preview(self) -> None:
        if not self.editor.is_open:
            return  # a debounced refresh arriving after the session was closed
        notes = compose(self.session_for_preview(), self.clock(), self.bank, self.editor.workdays)
        preview = self.query_one(NotePreview)
        preview.countdown = countdown(self.session.interview, self.clock(), self.editor.workdays)
        if not notes:
            people = self.session_for_preview().interviewers
            chosen = any(self.session.methods_for(p) for p in people)
            preview.placeholder = EMPTY_PREVIEW if chosen else NO_METHOD_PREVIEW
            preview.note = None
        else:
            base = self.preview_choice(notes)
            preview.note = notes[(base + self.preview_offset) % len(notes)]
        self.preview_fresh = True

    def session_for_preview(self) -> Session:
        """Before anyone is named, preview the note for a stand-in interviewer."""
        if any(p.name.strip() for p in self.session.interviewers):
            return self.session
        return replace(self.session, interviewers=[Interviewer(name=STAND_IN)])

    def action_next_preview(self) -> None:
        self.preview_offset += 1
        self.update_preview()

    # -- problems --------------------------------------------------------------------

    def step_problems(self) -> list[Problem]:
        """What must be fixed before leaving this step forward."""
        return self.editor.problems(self.STEP)

    def show_problems(self, problems: list[Problem]) -> None:
        messages: dict[str, str] = {}
        for problem in problems:
            messages.setdefault(f"error-{self.widget_id_for(problem.field)}", message_for(problem))
        for error in self.query(FieldError):
            error.show(messages.get(error.id or ""))
        first = next(iter(messages), None)
        if first is not None:
            target = self.query(f"#{first.removeprefix('error-')}")
            if target:
                focus_at_end(target.first())

    def clear_fixed_problems(self) -> None:
        """A message goes as soon as its field is fixed, not at the next press of Next."""
        shown = [e for e in self.query(FieldError) if e.message and not e.has_class("local")]
        if not shown:
            return
        still = {f"error-{self.widget_id_for(p.field)}" for p in self.step_problems()}
        for error in shown:
            if error.id not in still:
                error.show(None)

    def widget_id_for(self, path: str) -> str:
        return field_id(path)

    # -- moving between steps ------------------------------------------------------

    def go(self, to: Step | None) -> None:
        """Leave this step for `to` (None: the sessions list), if the editor allows it."""
        self.flush_pending()
        if to is None:
            self.post_message(self.Navigate(None))
            return
        problems = self.editor.leave(self.STEP, to)
        if problems:
            self.show_problems(problems)
            count = len(problems)
            self.notify(
                f"{count} thing{'s' if count > 1 else ''} to fix on this step before moving on: "
                + "; ".join(message_for(p) for p in problems[:2]),
                severity="warning",
                markup=False,
            )
            return
        self.post_message(self.Navigate(to))

    def action_next(self) -> None:
        if self.STEP.next is not None:
            self.go(self.STEP.next)

    def action_back(self) -> None:
        self.go(self.STEP.previous)

    def action_home(self) -> None:
        self.go(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "step-next":
            self.action_next()
        elif event.button.id == "step-back":
            self.action_back()

    def on_step_header_jump(self, message: StepHeader.Jump) -> None:
        self.go(message.step)
