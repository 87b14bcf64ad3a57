"""Step 2: who interviewed you, and what you talked about with each of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from thankyou_tui.compose import ComposedNote
from thankyou_tui.english import addressed_as
from thankyou_tui.model import (
    Interviewer,
    Method,
    Point,
    Problem,
    Session,
    Tone,
    step_problems,
)
from thankyou_tui.screens.step import StepScreen
from thankyou_tui.textsafe import one_line
from thankyou_tui.widgets.form import (
    FieldError,
    FieldHint,
    field_id,
    focus_at_end,
    labelled,
    method_row,
)
from thankyou_tui.widgets.point_list import PointList
from thankyou_tui.wording import PhraseBank

PERSON_FIELDS = ("name", "title", "email", "salutation")


def person_label(index: int, person: Interviewer) -> Content:
    name = one_line(person.name) or "(no name yet)"
    title = one_line(person.title)
    return Content(f"{index + 1}. {name}" + (f" — {title}" if title else ""))


class InterviewersScreen(StepScreen):
    STEP = "interviewers"
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("ctrl+o", "add_person", "Add person"),
        Binding("ctrl+z", "undo_remove", "Undo", show=False),
        Binding("alt+up", "move(-1)", "Move up", show=False),
        Binding("alt+down", "move(1)", "Move down", show=False),
    ]

    def __init__(
        self, session: Session, clock: Callable[[], datetime], bank: PhraseBank | None = None
    ) -> None:
        super().__init__(session, clock, bank)
        if not self.session.interviewers:
            self.session.interviewers.append(Interviewer())
        self.selected = 0
        self.editing_point: int | None = None  # the point loaded into the inputs, if any
        self.removed: tuple[Interviewer, int, Point] | None = None  # for ctrl+z

    @property
    def person(self) -> Interviewer:
        return self.session.interviewers[self.selected]

    def compose_form(self) -> Iterable[Widget]:
        yield Label("Who interviewed you?", classes="form-title")
        yield OptionList(id="people", compact=True)
        with Horizontal(classes="buttons"):
            yield Button("+ Add", id="add-person", compact=True)
            yield Button("Remove", id="remove-person", compact=True)
            yield Button("↑", id="move-up", compact=True)
            yield Button("↓", id="move-down", compact=True)
        yield FieldError(id="error-interviewers")
        person = self.person
        yield from labelled(
            "Name",
            Input(person.name, placeholder="e.g. Priya Raman", id="person-name", compact=True),
        )
        yield from labelled(
            "Title (optional)",
            Input(
                person.title,
                placeholder="e.g. Director of Engineering",
                id="person-title",
                compact=True,
            ),
        )
        yield from labelled(
            "Email (optional)",
            Input(
                person.email, placeholder="e.g. priya@acme.example", id="person-email", compact=True
            ),
        )
        yield from labelled(
            "Greet them as (optional)",
            Input(
                person.salutation,
                placeholder="e.g. Dr. Raman, Ms Castell",
                id="person-salutation",
                compact=True,
            ),
        )
        yield Label("What you talked about, one point at a time", classes="field-label")
        yield PointList(id="points", compact=True)
        yield Label("", id="point-editing", classes="field-hint")
        with Horizontal(classes="point-row"):
            yield Label("Point", classes="inline-label")
            yield Input(
                placeholder="as you'd jot it: her plan to move billing to Stripe",
                id="new-point",
                classes="keeps-enter",
                compact=True,
            )
        with Horizontal(classes="point-row"):
            yield Label("Why", classes="inline-label")
            yield Input(
                placeholder="optional: why it stayed with you, e.g. I did the same at Lyft",
                id="new-why",
                classes="keeps-enter",
                compact=True,
            )
        yield FieldHint(
            Content("Enter adds the point · Enter on an empty line: next step"),
            id="hint-new-point",
        )
        yield FieldError(id="error-points")
        yield Label("Thank them by (this person only)", classes="field-label")
        yield method_row("person-method-", self.session.methods_for(person))

    def on_mount(self) -> None:
        self.show_people()
        self.show_greeting()
        focus_at_end(self.query_one("#person-name", Input))

    # -- showing ---------------------------------------------------------------------

    def show_people(self) -> None:
        people = self.query_one("#people", OptionList)
        people.clear_options()
        people.add_options(
            [Option(person_label(i, p)) for i, p in enumerate(self.session.interviewers)]
        )
        people.highlighted = self.selected
        self.query_one("#points", PointList).show(self.person.points)

    def load_person(self) -> None:
        """Fill the form from the selected person without posting Changed events."""
        person = self.person
        for key in PERSON_FIELDS:
            widget = self.query_one(f"#person-{key}", Input)
            with widget.prevent(Input.Changed):
                widget.value = getattr(person, key)
        self.query_one("#points", PointList).show(person.points)
        self.query_one("#error-points", FieldError).show(None)
        self.stop_editing_point()
        self.show_greeting()
        chosen = self.session.methods_for(person)
        for method in Method:
            box = self.query_one(f"#person-method-{method.value}", Checkbox)
            with box.prevent(Checkbox.Changed):
                box.value = method in chosen
        self.update_preview()

    def show_greeting(self) -> None:
        """Say how the note will greet them, so a wrong guess can be fixed here."""
        person = self.person
        formal = self.session.interview.tone is Tone.FORMAL
        name = addressed_as(person.name, person.salutation, formal)
        hint = f"The note opens “Dear {name},”" if name else ""
        if name and not person.salutation.strip():
            hint += " — type how they would like to be addressed to change it"
        self.query_one("#hint-person-salutation", FieldHint).show(hint)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        method = Method((event.checkbox.id or "").removeprefix("person-method-"))
        if (method in self.session.methods_for(self.person)) != event.value:
            self.session.toggle_method(method, event.value, self.person)
            self.edited()

    def session_for_preview(self) -> Session:
        """The session with the point being typed in it, so the preview shows how it reads."""
        session = super().session_for_preview()
        if not self.is_mounted:
            return session
        text = " ".join(self.query_one("#new-point", Input).value.split())
        if not text or session is not self.session:
            return session
        why = " ".join(self.query_one("#new-why", Input).value.split())
        people = list(session.interviewers)
        person = people[self.selected]
        points = list(person.points)
        if self.editing_point is not None and self.editing_point < len(points):
            points[self.editing_point] = Point(text, why)
        else:
            points.append(Point(text, why))
        people[self.selected] = replace(person, points=points)
        return replace(session, interviewers=people)

    def preview_choice(self, notes: list[ComposedNote]) -> int:
        for i, note in enumerate(notes):
            if note.interviewer_index == self.selected:
                return i
        return 0

    # -- events ----------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "people":
            self.select(event.option_index)
            focus_at_end(self.query_one("#person-name", Input))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "people" and event.option_index != self.selected:
            self.select(event.option_index)

    def select(self, index: int) -> None:
        if index != self.selected:
            self.commit_point()  # a half-typed point belongs to the person it was typed for
        self.selected = max(0, min(index, len(self.session.interviewers) - 1))
        self.preview_offset = 0
        self.load_person()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id in ("new-point", "new-why"):
            self.schedule_preview()  # the preview shows how the point will read
            return
        key = (event.input.id or "").removeprefix("person-")
        if key in PERSON_FIELDS and getattr(self.person, key) != event.value:
            setattr(self.person, key, event.value)
            if key in ("name", "salutation"):
                self.show_greeting()
            if key in ("name", "title"):
                people = self.query_one("#people", OptionList)
                people.replace_option_prompt_at_index(
                    self.selected, person_label(self.selected, self.person)
                )
            self.edited()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id not in ("new-point", "new-why"):
            return  # StepScreen's handler moves focus on
        point = self.query_one("#new-point", Input).value
        why = self.query_one("#new-why", Input).value
        if not point.strip() and not why.strip() and self.editing_point is None:
            # An empty Enter on the point line means "done with this person".
            self.action_next()
            return
        self.commit_point()

    def commit_point(self) -> bool:
        """Keep what is in the point inputs: a new point, or the one being edited."""
        point_input = self.query_one("#new-point", Input)
        why_input = self.query_one("#new-why", Input)
        text, why = " ".join(point_input.value.split()), " ".join(why_input.value.split())
        error = self.query_one("#error-points", FieldError)
        if not text:
            if why or self.editing_point is not None:
                error.show("Points: type the point itself first; the why goes with it")
                focus_at_end(point_input)
                return False
            return True
        points = self.person.points
        if self.editing_point is not None and self.editing_point < len(points):
            points[self.editing_point] = Point(text, why)
        else:
            points.append(Point(text, why))
        with point_input.prevent(Input.Changed), why_input.prevent(Input.Changed):
            point_input.value = ""
            why_input.value = ""
        self.stop_editing_point()
        self.query_one("#points", PointList).show(points)
        error.show(None)
        point_input.focus()
        self.edited()
        return True

    def stop_editing_point(self) -> None:
        self.editing_point = None
        self.query_one("#point-editing", Label).update(Content(""))

    def flush_pending(self) -> None:
        # A point typed but not confirmed with Enter is still a point: keep it on every way out.
        self.commit_point()

    def on_point_list_edit(self, event: PointList.Edit) -> None:
        if not self.commit_point():  # keep anything half-typed before loading another
            return
        point = self.person.points[event.index]
        point_input = self.query_one("#new-point", Input)
        why_input = self.query_one("#new-why", Input)
        with point_input.prevent(Input.Changed), why_input.prevent(Input.Changed):
            point_input.value = point.text
            why_input.value = point.why
        self.editing_point = event.index
        self.query_one("#point-editing", Label).update(
            Content(f"Editing point {event.index + 1}: Enter keeps the change")
        )
        focus_at_end(point_input)

    def on_point_list_removed(self, event: PointList.Removed) -> None:
        point = self.person.points.pop(event.index)
        self.removed = (self.person, event.index, point)
        if self.editing_point is not None:
            self.stop_editing_point()
        event.point_list.show(self.person.points)
        self.notify(
            f"Removed “{one_line(point.text)}” — ctrl+z puts it back.", markup=False, timeout=8
        )
        self.edited()

    def action_undo_remove(self) -> None:
        if self.removed is None:
            return
        person, index, point = self.removed
        self.removed = None
        person.points.insert(min(index, len(person.points)), point)
        if person is self.person:
            self.query_one("#points", PointList).show(person.points)
        self.notify(f"Put back “{one_line(point.text)}”.", markup=False)
        self.edited()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions: dict[str, Callable[[], None]] = {
            "add-person": self.action_add_person,
            "remove-person": self.action_remove_person,
            "move-up": lambda: self.action_move(-1),
            "move-down": lambda: self.action_move(1),
        }
        if event.button.id in actions:
            actions[event.button.id]()

    def action_add_person(self) -> None:
        self.commit_point()
        self.session.interviewers.append(Interviewer())
        self.selected = len(self.session.interviewers) - 1
        self.show_people()
        self.load_person()
        focus_at_end(self.query_one("#person-name", Input))
        self.edited()

    def action_remove_person(self) -> None:
        people = self.session.interviewers
        if len(people) == 1:
            people[0] = Interviewer()
        else:
            del people[self.selected]
        self.selected = min(self.selected, len(people) - 1)
        self.show_people()
        self.load_person()
        self.edited()

    def action_move(self, step: int) -> None:
        people = self.session.interviewers
        target = self.selected + step
        if 0 <= target < len(people):
            people[self.selected], people[target] = people[target], people[self.selected]
            self.selected = target
            self.show_people()
            self.edited()

    # -- checks ----------------------------------------------------------------------

    def step_problems(self) -> list[Problem]:
        # A person with nothing typed in is just an unused row: drop it quietly.
        if self.session.drop_blank_interviewers():
            self.selected = min(self.selected, len(self.session.interviewers) - 1)
            self.show_people()
            self.load_person()
        return step_problems(self.session, self.STEP)

    def widget_id_for(self, path: str) -> str:
        # Problems name a person by index; show those of the selected person on the form.
        prefix = f"interviewers[{self.selected}]."
        if path.startswith(prefix):
            key = path.removeprefix(prefix).split("[")[0]
            return "new-point" if key == "points" else f"person-{key}"
        if path.startswith("interviewers["):
            return "people"
        return field_id(path)

    def show_problems(self, problems: list[Problem]) -> None:
        # Jump to the first person with a problem so its message is next to its field.
        for problem in problems:
            if problem.field.startswith("interviewers["):
                index = int(problem.field.split("[")[1].split("]")[0])
                if index != self.selected:
                    self.select(index)
                    self.query_one("#people", OptionList).highlighted = index
                break
        super().show_problems(problems)
        points_error = next(
            (p.message for p in problems if p.field == f"interviewers[{self.selected}].points"),
            None,
        )
        self.query_one("#error-points", FieldError).show(points_error)
        others = [p for p in problems if p.field == "interviewers"]
        self.query_one("#error-interviewers", FieldError).show(
            others[0].message if others else None
        )
