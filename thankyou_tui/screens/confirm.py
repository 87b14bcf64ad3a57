"""A yes/no question, answered by keys or mouse; dismisses with True, False, or None (esc:
neither, leave things as they are)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmScreen(ModalScreen[bool | None]):
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("n", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
        Binding("escape", "answer(None)", "Cancel"),
    ]
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical { width: 60; max-width: 90%; height: auto; border: thick $warning;
                               background: $surface; padding: 1 2; }
    ConfirmScreen Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    ConfirmScreen Button { margin-left: 2; }
    """

    def __init__(
        self, question: Content, *, yes: str = "Yes", no: str = "Cancel", safe: str = "no"
    ) -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no
        self.safe = safe  # the button Enter presses: the answer that loses nothing

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question)
            with Horizontal():
                yield Button(f"{self.no_label} (n)", id="no")
                yield Button(f"{self.yes_label} (y)", id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one(f"#{self.safe}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool | None) -> None:
        self.dismiss(answer)
