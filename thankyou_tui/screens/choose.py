"""Pick one of a few choices by key or mouse: what to copy, how the process ended. Dismisses
with the chosen key, or None (esc)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


class ChooseScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("escape", "cancel", "Cancel"),
    ]
    DEFAULT_CSS = """
    ChooseScreen { align: center middle; }
    ChooseScreen > Vertical { width: 60; max-width: 90%; height: auto; border: thick $primary;
                              background: $surface; padding: 1 2; }
    ChooseScreen OptionList { height: auto; margin-top: 1; }
    """

    def __init__(self, question: str, choices: list[tuple[str, str]]) -> None:
        """`choices` are (key, label): the key is pressed to choose, and is what comes back."""
        super().__init__()
        self.question = question
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.question))
            yield OptionList(
                *(
                    Option(Content(f"{key}  ") + Content(label), id=key)
                    for key, label in self.choices
                ),
                compact=True,
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_key(self, event: events.Key) -> None:
        if event.character and any(event.character == k for k, _ in self.choices):
            event.stop()
            self.dismiss(event.character)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
