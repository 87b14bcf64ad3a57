"""A list of short texts (discussion points) you add to one line at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class PointList(OptionList):
    """Shows texts as bullets; Delete removes the highlighted one."""

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("delete,backspace", "remove", "Remove point"),
    ]

    @dataclass
    class Removed(Message):
        point_list: PointList
        index: int

    def show(self, texts: list[str]) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self.add_options([Option(Content("• ") + Content(text)) for text in texts])
        self.can_focus = bool(texts)  # an empty list is not worth a Tab stop
        if texts:
            self.highlighted = min(highlighted or 0, len(texts) - 1)

    def action_remove(self) -> None:
        if self.highlighted is not None and self.option_count:
            self.post_message(self.Removed(self, self.highlighted))
