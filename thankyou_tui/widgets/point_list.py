"""The points you discussed with someone, each with the why that makes it personal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from thankyou_tui.model import Point
from thankyou_tui.textsafe import one_line


def point_label(point: Point) -> Content:
    """ "• the point" and, beneath it, "  why: ..." dimmed. User text is content, not markup."""
    label = Content("• ") + Content(one_line(point.text))
    if point.why.strip():
        label += Content("\n  ") + Content.styled("why: " + one_line(point.why), "dim")
    return label


class PointList(OptionList):
    """Shows points as bullets: Enter edits the highlighted one, Delete removes it."""

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("delete,backspace", "remove", "Remove point"),
        Binding("e", "edit", "Edit point", show=False),
    ]

    @dataclass
    class Removed(Message):
        point_list: PointList
        index: int

    @dataclass
    class Edit(Message):
        point_list: PointList
        index: int

    def show(self, points: list[Point]) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self.add_options([Option(point_label(p)) for p in points])
        self.can_focus = bool(points)  # an empty list is not worth a Tab stop
        if points:
            self.highlighted = min(highlighted or 0, len(points) - 1)

    def action_remove(self) -> None:
        if self.highlighted is not None and self.option_count:
            self.post_message(self.Removed(self, self.highlighted))

    def action_edit(self) -> None:
        if self.highlighted is not None and self.option_count:
            self.post_message(self.Edit(self, self.highlighted))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Edit(self, event.option_index))
