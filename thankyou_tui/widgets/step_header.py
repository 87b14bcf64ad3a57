"""The top line of every wizard step: what the session is, where you are, whether it is saved."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static, Tab, Tabs

STEPS: list[tuple[str, str]] = [
    ("interview", "1 Interview"),
    ("interviewers", "2 Interviewers"),
    ("pitch", "3 Pitch"),
    ("delivery", "4 Delivery"),
    ("review", "5 Review"),
]
STEP_NAMES = [name for name, _ in STEPS]


class StepHeader(Horizontal):
    """Session title, the steps (click or arrow keys to jump), and the save state."""

    DEFAULT_CSS = """
    StepHeader { height: 3; dock: top; background: $panel; layout: grid; grid-size: 2 2;
                 grid-columns: 1fr 14; grid-rows: 1 2; }
    StepHeader #title { padding: 0 1; text-style: bold; text-wrap: nowrap;
                        text-overflow: ellipsis; }
    StepHeader #save-state { padding: 0 1; color: $text-muted; text-align: right; }
    StepHeader Tabs { column-span: 2; height: 2; }
    """

    save_state: reactive[str] = reactive("")
    session_label: reactive[str] = reactive("")

    @dataclass
    class Jump(Message):
        step: str

    def __init__(self, current: str) -> None:
        super().__init__()
        self._current = current

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        yield Static("", id="save-state")
        yield Tabs(*[Tab(label, id=name) for name, label in STEPS], active=self._current)

    def watch_session_label(self, label: str) -> None:
        self.query_one("#title", Static).update(Content(label or "New session"))

    def watch_save_state(self, state: str) -> None:
        self.query_one("#save-state", Static).update(Content(state))

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        event.stop()
        step = event.tab.id
        if step and step != self._current:
            self.post_message(self.Jump(step))
