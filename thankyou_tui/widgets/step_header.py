"""The top line of every wizard step: what the session is, where you are, whether it is saved."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static, Tab, Tabs

from thankyou_tui.wizard import Step


class StepHeader(Horizontal):
    """Session title, the steps (click or arrow keys to jump), and the save state."""

    DEFAULT_CSS = """
    StepHeader { height: 3; dock: top; background: $panel; layout: grid; grid-size: 2 2;
                 grid-columns: 1fr 28; grid-rows: 1 2; }
    StepHeader #title { padding: 0 1; text-style: bold; text-wrap: nowrap;
                        text-overflow: ellipsis; }
    StepHeader #save-state { padding: 0 1; color: $text-muted; text-align: right; }
    StepHeader Tabs { column-span: 2; height: 2; }
    """

    save_state: reactive[str] = reactive("")
    session_label: reactive[str] = reactive("")
    findings_label: reactive[str] = reactive("")

    @dataclass
    class Jump(Message):
        step: Step

    def __init__(self, current: Step) -> None:
        super().__init__()
        self._current = current

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        yield Static("", id="save-state")
        yield Tabs(*[Tab(step.label, id=step.value) for step in Step], active=self._current.value)

    def watch_session_label(self, label: str) -> None:
        self.query_one("#title", Static).update(Content(label or "New session"))

    def watch_save_state(self) -> None:
        self._right()

    def watch_findings_label(self) -> None:
        self._right()

    def _right(self) -> None:
        parts = [p for p in (self.findings_label, self.save_state) if p]
        self.query_one("#save-state", Static).update(Content(" · ".join(parts)))

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        event.stop()
        step = Step.named(event.tab.id)
        if event.tab.id and step is not self._current:
            self.post_message(self.Jump(step))
