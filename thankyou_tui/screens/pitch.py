"""Step 3: what to highlight, why you want the role (in your words), and the tone."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Input, Label, RadioSet, TextArea

from thankyou_tui.model import Tone
from thankyou_tui.screens.step import StepScreen
from thankyou_tui.widgets.form import labelled
from thankyou_tui.widgets.toggles import Choice, LastChoice
from thankyou_tui.wizard import Step

TONE_LABELS = {Tone.WARM: "Warm (still professional)", Tone.FORMAL: "Formal"}


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class PitchScreen(StepScreen):
    STEP = Step.PITCH

    def compose_form(self) -> Iterable[Widget]:
        itv = self.session.interview
        yield Label("Your pitch", classes="form-title")
        yield from labelled(
            "What to highlight: one qualification a line",
            TextArea(
                "\n".join(itv.qualifications),
                id="interview-qualifications",
                compact=True,
                placeholder="e.g. ran a 12-person team and cut waiting times by a third",
            ),
            hint="Each note uses the one closest to what that person discussed.",
        )
        yield from labelled(
            "Why you want this role, in your words",
            Input(
                itv.interest,
                placeholder="e.g. building a team from scratch",
                id="interview-interest",
                classes="last",  # Enter moves on; the tone below has a default and Tab reaches it
                compact=True,
            ),
        )
        yield Label("Tone", classes="field-label")
        with LastChoice(id="interview-tone", compact=True):
            for tone, label in TONE_LABELS.items():
                yield Choice(label, value=itv.tone is tone, id=f"tone-{tone.value}", compact=True)

    def on_mount(self) -> None:
        self.query_one("#interview-qualifications", TextArea).focus()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        lines = lines_of(event.text_area.text)
        if lines != self.session.interview.qualifications:
            self.editor.set("interview.qualifications", lines)
            self.edited()

    def on_input_changed(self, event: Input.Changed) -> None:
        if (
            event.input.id == "interview-interest"
            and event.value != self.session.interview.interest
        ):
            kept = self.editor.set("interview.interest", event.value)
            if kept != event.value:
                with event.input.prevent(Input.Changed):
                    event.input.value = str(kept)
            self.edited()

    def on_last_choice_done(self, _: LastChoice.Done) -> None:
        self.action_next()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        tone = Tone((event.pressed.id or "").removeprefix("tone-"))
        if tone is not self.session.interview.tone:
            self.editor.set("interview.tone", tone)
            self.edited()
