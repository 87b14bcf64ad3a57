"""Check boxes and radio buttons that read as on or off without colour."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox, RadioButton


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
