"""Check boxes and radio buttons that read as on or off without colour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import Checkbox, RadioButton, RadioSet


class Tick(Checkbox):
    """A checkbox whose box is empty when off. The stock one shows a dim "X" either way,
    which a monochrome terminal or a colour-blind user cannot tell from a bright one (new
    users in tmux could not say which methods were chosen)."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button


class Choice(RadioButton):
    """A radio button whose dot shows only when it is the one chosen (see `Tick`)."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else " "
        return super()._button


class LastChoice(RadioSet):
    """A form's last field as a choice: Enter takes the highlighted option and moves on, as
    Enter does in the last text field (a new user pressed Enter on Tone and nothing
    happened); space still only chooses."""

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("enter", "choose_and_go_on", "Choose and go on", show=False)
    ]

    @dataclass
    class Done(Message):
        """The user chose with Enter: the step goes on."""

    def action_choose_and_go_on(self) -> None:
        self.action_toggle_button()
        self.post_message(self.Done())
