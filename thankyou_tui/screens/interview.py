"""Step 1: the interview — company, role, stage, format, panel, when, decision date."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select

from thankyou_tui.model import FORMAT_LABELS, STAGE_LABELS, Format, Problem, Stage
from thankyou_tui.screens.step import StepScreen
from thankyou_tui.timing import DATE_EXAMPLES, DateError, describe_when, is_future, parse_when
from thankyou_tui.widgets.form import FieldError, FieldHint, focus_at_end, labelled
from thankyou_tui.widgets.toggles import Tick
from thankyou_tui.wizard import Step, field_path

E = TypeVar("E", bound=StrEnum)

DATE_HINT = f"e.g. {DATE_EXAMPLES}"


def when_text(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def _choice(labels: Mapping[E, str], value: E, widget_id: str) -> Select[str]:
    """A compact drop-down over an enumeration, labelled for people, valued as in the file."""
    return Select(
        [(label, member.value) for member, label in labels.items()],
        value=value.value,
        allow_blank=False,
        compact=True,
        id=widget_id,
    )


class InterviewScreen(StepScreen):
    STEP = Step.INTERVIEW

    def compose_form(self) -> Iterable[Widget]:
        itv = self.session.interview
        yield Label("The interview", classes="form-title")
        yield from labelled(
            "Company",
            Input(
                itv.company, placeholder="e.g. Acme Robotics", id="interview-company", compact=True
            ),
        )
        yield from labelled(
            "Role",
            Input(
                itv.role,
                placeholder="e.g. Staff Software Engineer",
                id="interview-role",
                compact=True,
            ),
        )
        yield from labelled("Stage", _choice(STAGE_LABELS, itv.stage, "interview-stage"))
        yield from labelled("Format", _choice(FORMAT_LABELS, itv.format, "interview-format"))
        yield Tick(
            "Panel: they interviewed me together", itv.panel, id="interview-panel", compact=True
        )
        yield from labelled(
            "When",
            # A date is typed whole ("yesterday 14:00"): typing replaces the default.
            Input(
                when_text(itv.date),
                placeholder=DATE_HINT,
                id="interview-date",
                classes="replace-on-focus",
                compact=True,
            ),
            hint=self._understood(itv.date),
        )
        yield from labelled(
            "Decision expected (optional)",
            Input(
                when_text(itv.decision_by),
                placeholder="e.g. next friday or in 2 weeks",
                id="interview-decision_by",
                classes="last replace-on-focus",
                compact=True,
            ),
            hint=self._understood(itv.decision_by, optional=True),
        )

    def _understood(self, value: datetime | date | None, optional: bool = False) -> str:
        """What the field read, in words; for the interview, a word if it is still ahead."""
        if value is None:
            return "" if optional else DATE_HINT
        if not optional and is_future(value, self.clock()):
            return (
                f"→ {describe_when(value)}: that is in the future — thank-you notes are for "
                "interviews that happened"
            )
        if not isinstance(value, datetime) and not optional:
            return f"→ {describe_when(value)}: add the time, e.g. today 14:00"
        return "→ " + describe_when(value)

    def on_mount(self) -> None:
        focus_at_end(self.query_one("#interview-company", Input))

    def on_input_changed(self, event: Input.Changed) -> None:
        itv = self.session.interview
        widget_id = event.input.id or ""
        path = field_path(widget_id)
        attribute = path.removeprefix("interview.")
        if attribute in ("company", "role"):
            value: object = event.value
        elif attribute in ("date", "decision_by"):
            value = self._read_date(
                event.value, widget_id, getattr(itv, attribute), future=attribute == "decision_by"
            )
        else:
            return
        # Input posts Changed for its first value too: only a real change is an edit.
        if value != getattr(itv, attribute):
            kept = self.editor.set(path, value)
            if isinstance(kept, str) and kept != event.value:
                with event.input.prevent(Input.Changed):
                    event.input.value = kept  # show what is kept, not what was pasted
            self.edited()

    def _read_date(
        self, text: str, widget_id: str, current: datetime | date | None, *, future: bool
    ) -> datetime | date | None:
        hint = self.query_one(f"#hint-{widget_id}", FieldHint)
        error = self.query_one(f"#error-{widget_id}", FieldError)
        if current is not None and text == when_text(current):
            # The field showing the value already kept (its first value, or typed back to
            # it after an error): nothing to change, but no stale error either.
            error.show(None)
            hint.show(self._understood(current, optional=future))
            return current
        if not text.strip():
            error.show(None)
            hint.show(DATE_HINT if widget_id == "interview-date" else "")
            return None
        try:
            value = parse_when(text, self.clock(), future=future)
        except DateError as exc:
            # Keep the last good value; the error says what to type.
            hint.show("")
            error.show(str(exc))
            return current
        error.show(None)
        hint.show(self._understood(value, optional=future))
        return value

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.value is Select.NULL:
            return
        itv = self.session.interview
        # Select posts Changed when it is first shown: only a real change counts.
        if event.select.id == "interview-stage" and itv.stage != event.value:
            self.editor.set("interview.stage", Stage(str(event.value)))
        elif event.select.id == "interview-format" and itv.format != event.value:
            self.editor.set("interview.format", Format(str(event.value)))
        else:
            return
        self.edited()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        if event.value == self.session.interview.panel:
            return
        self.editor.set("interview.panel", event.value)
        # Space on a checkbox is easy to press by accident: say what it did.
        self.notify(
            "Panel: on — each person gets a note of their own; some name the others."
            if event.value
            else "Panel: off — they interviewed you one at a time.",
            markup=False,
            timeout=4,
        )
        self.edited()

    def step_problems(self) -> list[Problem]:
        problems = super().step_problems()
        for widget_id, path in (
            ("interview-date", "interview.date"),
            ("interview-decision_by", "interview.decision_by"),
        ):
            error = self.query_one(f"#error-{widget_id}", FieldError)
            if error.message:
                problems = [p for p in problems if p.field != path]
                problems.append(Problem(path, error.message))
        return problems
