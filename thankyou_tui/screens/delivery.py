"""Step 4: how to thank each person — email, handwritten card, call, gift — with etiquette."""

from __future__ import annotations

from collections.abc import Iterable

from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Checkbox, Label, Static

from thankyou_tui.checks import Level, delivery_hints
from thankyou_tui.model import METHOD_LABELS, Method
from thankyou_tui.screens.step import StepScreen
from thankyou_tui.textsafe import one_line
from thankyou_tui.widgets.form import FieldError, method_row
from thankyou_tui.widgets.toggles import Tick
from thankyou_tui.wizard import Step


class DeliveryScreen(StepScreen):
    STEP = Step.DELIVERY

    def compose_form(self) -> Iterable[Widget]:
        itv = self.session.interview
        yield Label("How to thank them", classes="form-title")
        yield Label("For everyone", classes="field-label")
        with Vertical(classes="methods-all"):
            for method in Method:
                yield Tick(
                    METHOD_LABELS[method],
                    method in itv.methods,
                    id=f"all-{method.value}",
                    compact=True,
                )
        yield FieldError(id="error-interview-methods")
        if len(self.session.interviewers) > 1 or any(
            p.methods is not None for p in self.session.interviewers
        ):
            yield Label("Per person", classes="field-label")
            for index, person in enumerate(self.session.interviewers):
                chosen = self.session.methods_for(person)
                yield Static(
                    Content(one_line(person.name) or f"Person {index + 1}"), classes="person-name"
                )
                yield method_row(f"p{index}-", chosen)
                yield FieldError(id=f"error-interviewers-{index}-methods")
        yield Label("Etiquette", classes="field-label")
        yield Static(id="hints")

    def on_mount(self) -> None:
        self.show_hints()
        self.query_one("#all-email", Checkbox).focus()

    def show_hints(self) -> None:
        hints = delivery_hints(self.session)
        content = Content("\n").join(
            Content.from_markup(
                "[b]$mark[/b] $text", mark="!" if h.level is Level.CAUTION else "•", text=h.text
            )
            for h in hints
        )
        self.query_one("#hints", Static).update(content)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        box = event.checkbox.id or ""
        who, _, method_name = box.partition("-")
        method = Method(method_name)
        if who == "all":
            self.editor.toggle_method(method, event.value)
            self._sync_people()
        else:
            self.editor.toggle_method(method, event.value, int(who[1:]))
        self.show_hints()
        self.edited()

    def _sync_people(self) -> None:
        """People who follow 'everyone' show its boxes; their own choices stay."""
        for index, person in enumerate(self.session.interviewers):
            if person.methods is not None:
                continue
            for method in Method:
                boxes = self.query(f"#p{index}-{method.value}")
                for box in boxes:
                    assert isinstance(box, Checkbox)
                    with box.prevent(Checkbox.Changed):
                        box.value = method in self.session.interview.methods
