"""Small pieces every form uses: a labelled field with its error line beneath."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from thankyou_tui.model import SHORT_METHOD_LABELS, Method
from thankyou_tui.widgets.toggles import Tick


class FieldError(Static):
    """The reason a field is not accepted, in words, right under it."""

    DEFAULT_CSS = """
    FieldError { color: $text-error; height: auto; display: none; }
    FieldError.-shown { display: block; }
    """

    message: str | None = None

    def show(self, message: str | None) -> None:
        self.message = message
        self.update(Content(message or ""))
        self.set_class(bool(message), "-shown")


class FieldHint(Static):
    """What a field understood, or an example; hidden when empty."""

    DEFAULT_CSS = """
    FieldHint { color: $text-muted; height: auto; }
    FieldHint.-empty { display: none; }
    """

    def show(self, text: str) -> None:
        self.update(Content(text))
        self.set_class(not text, "-empty")


def field_id(path: str) -> str:
    """Widget id for a session field path: "interview.company" -> "interview-company"."""
    return path.replace(".", "-").replace("[", "-").replace("]", "")


def labelled(label: str, widget: Widget, *, hint: str = "") -> ComposeResult:
    if isinstance(widget, Input) and not widget.has_class("replace-on-focus"):
        # Tab into a filled field puts the cursor at the end: typing adds, never wipes it.
        widget.select_on_focus = False
    yield Label(label, classes="field-label")
    yield widget
    yield FieldHint(Content(hint), id=f"hint-{widget.id}", classes="" if hint else "-empty")
    yield FieldError(id=f"error-{widget.id}")


def focus_at_end(widget: Widget) -> None:
    """Focus a field with the cursor after its text, so typing adds rather than replaces.

    Input selects everything on focus (right for Tab); a screen opening on a filled-in
    field must not let the first keystroke wipe it.
    """
    if isinstance(widget, Input):
        # Decided when the focus event arrives, so set it before focusing: a timer after
        # the fact would race the first keystroke.
        widget.select_on_focus = False
        widget.cursor_position = len(widget.value)
    widget.focus()


def method_row(id_prefix: str, chosen: list[Method]) -> Horizontal:
    """One compact checkbox per delivery method, ids `{id_prefix}{method}`, ticked if chosen."""
    return Horizontal(
        *(
            Tick(
                SHORT_METHOD_LABELS[method],
                method in chosen,
                id=f"{id_prefix}{method.value}",
                compact=True,
            )
            for method in Method
        ),
        classes="methods",
    )
