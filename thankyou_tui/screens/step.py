"""What every wizard step shares: the step header, the form, the live preview, the keys."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import Resize
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Footer, Input

from thankyou_tui.compose import ComposedNote, compose
from thankyou_tui.model import Interviewer, Problem, Session, step_problems
from thankyou_tui.textsafe import one_line
from thankyou_tui.timing import countdown
from thankyou_tui.widgets.form import FieldError, field_id, focus_at_end
from thankyou_tui.widgets.preview import NotePreview
from thankyou_tui.widgets.step_header import STEP_NAMES, StepHeader
from thankyou_tui.wording import PhraseBank, shipped

NARROW = 100  # below this width the preview is a toggled lower pane
STAND_IN = "Interviewer"  # named on the next step
PREVIEW_DELAY = 0.12  # seconds after the last keystroke; composing takes about 1 ms


class StepScreen(Screen[None]):
    """Base for the wizard steps. Subclasses set STEP and write `compose_form`."""

    STEP: ClassVar[str] = ""
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("ctrl+n", "next", "Next"),
        Binding("ctrl+b", "back", "Back"),
        Binding("ctrl+r", "next_preview", "Next preview"),
        Binding("f2", "toggle_preview", "Preview"),
        Binding("escape", "home", "Sessions"),
    ]

    save_state: reactive[str] = reactive("")
    session_label: reactive[str] = reactive("")

    @dataclass
    class SessionEdited(Message):
        """The user changed the session; the app autosaves."""

    @dataclass
    class Navigate(Message):
        """Go to a step (or "home")."""

        step: str

    def __init__(
        self, session: Session, clock: Callable[[], datetime], bank: PhraseBank | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.clock = clock
        self.bank = bank or shipped()
        self.preview_offset = 0
        self._preview_timer: Timer | None = None

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
        yield Footer()

    def header(self) -> StepHeader:
        return StepHeader(self.STEP).data_bind(StepScreen.save_state, StepScreen.session_label)

    def session_title(self) -> str:
        itv = self.session.interview
        return " · ".join(one_line(t) for t in (itv.company, itv.role) if t.strip())

    def compose_form(self) -> Iterable[Widget]:
        raise NotImplementedError

    def on_mount(self) -> None:
        self.watch(self.app, "save_state", self._follow_save_state)
        self.session_label = self.session_title()
        self.update_preview()

    def _follow_save_state(self, state: str) -> None:
        self.save_state = state

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_preview":
            return self.has_class("-narrow")  # the preview is always shown when wide
        return True

    def action_toggle_preview(self) -> None:
        self.toggle_class("-show-preview")

    # -- editing -------------------------------------------------------------------

    def flush_pending(self) -> None:
        """Write anything typed but not yet in the session (the app calls this before
        leaving the screen or quitting). Most steps write on every keystroke already."""

    def edited(self) -> None:
        """Call after writing user input into the session."""
        self.session_label = self.session_title()
        self.post_message(self.SessionEdited())
        self.schedule_preview()

    def schedule_preview(self) -> None:
        """Recompose the preview once typing pauses (composing takes a few milliseconds)."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self.update_preview)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter moves on: to the next field, or to the next step from the last one."""
        if event.input.has_class("last"):
            self.action_next()
        elif not event.input.has_class("keeps-enter"):
            self.focus_next()

    # -- preview -------------------------------------------------------------------

    def preview_choice(self, notes: list[ComposedNote]) -> int:
        """Which note to preview; a step may point at the person being edited."""
        return 0

    def update_preview(self) -> None:
        notes = compose(self.session_for_preview(), self.clock(), self.bank)
        preview = self.query_one(NotePreview)
        preview.countdown = countdown(self.session.interview, self.clock())
        if not notes:
            preview.note = None
            return
        base = self.preview_choice(notes)
        preview.note = notes[(base + self.preview_offset) % len(notes)]

    def session_for_preview(self) -> Session:
        """Before anyone is named, preview the note for a stand-in interviewer."""
        if any(p.name.strip() for p in self.session.interviewers):
            return self.session
        return replace(self.session, interviewers=[Interviewer(name=STAND_IN)])

    def action_next_preview(self) -> None:
        self.preview_offset += 1
        self.update_preview()

    # -- moving between steps ------------------------------------------------------

    def step_problems(self) -> list[Problem]:
        """What must be fixed before leaving this step forward."""
        return step_problems(self.session, self.STEP)

    def show_problems(self, problems: list[Problem]) -> None:
        messages: dict[str, str] = {}
        for problem in problems:
            messages.setdefault(f"error-{self.widget_id_for(problem.field)}", problem.message)
        for error in self.query(FieldError):
            error.show(messages.get(error.id or ""))
        first = next(iter(messages), None)
        if first is not None:
            target = self.query(f"#{first.removeprefix('error-')}")
            if target:
                focus_at_end(target.first())

    def widget_id_for(self, path: str) -> str:
        return field_id(path)

    def action_next(self) -> None:
        problems = self.step_problems()
        self.show_problems(problems)
        if problems:
            self.notify(
                f"{len(problems)} thing{'s' if len(problems) > 1 else ''} to fix on this step "
                "first: see the red notes.",
                severity="warning",
                markup=False,
            )
            return
        index = STEP_NAMES.index(self.STEP)
        if index + 1 < len(STEP_NAMES):
            self.post_message(self.Navigate(STEP_NAMES[index + 1]))

    def action_back(self) -> None:
        index = STEP_NAMES.index(self.STEP)
        self.post_message(self.Navigate(STEP_NAMES[index - 1] if index else "home"))

    def action_home(self) -> None:
        self.post_message(self.Navigate("home"))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "step-next":
            self.action_next()
        elif event.button.id == "step-back":
            self.action_back()

    def on_step_header_jump(self, message: StepHeader.Jump) -> None:
        self.post_message(self.Navigate(message.step))
