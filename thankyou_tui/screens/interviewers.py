"""Step 2: who interviewed you, and what you talked about with each of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import ClassVar

from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from thankyou_tui.compose import ComposedNote
from thankyou_tui.english import addressed_as, greeting_for, title_style
from thankyou_tui.model import Interviewer, Method, Problem, Tone
from thankyou_tui.screens.step import StepScreen
from thankyou_tui.textsafe import one_line
from thankyou_tui.widgets.form import FieldError, FieldHint, focus_at_end, labelled, method_row
from thankyou_tui.widgets.point_list import PointList
from thankyou_tui.wizard import SessionEditor, Step, field_id, field_path, message_for
from thankyou_tui.wording import PhraseBank

POINT_HINT = "Enter adds the point · Enter on an empty line: next step"
PLAIN_POINT_HINT = (
    "Added. With no why, the note mentions it plainly, or leaves it out beside a point that "
    "has one: a few words on the Why line let it say why it mattered (Enter on a listed point "
    "edits it) · Enter on an empty line: next step"
)

PERSON_FIELDS = ("name", "title", "email", "salutation")


def person_label(index: int, person: Interviewer) -> Content:
    name = one_line(person.name) or "(no name yet)"
    title = one_line(person.title)
    return Content(f"{index + 1}. {name}" + (f" — {title}" if title else ""))


class InterviewersScreen(StepScreen):
    STEP = Step.INTERVIEWERS
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("ctrl+o", "add_person", "Add"),
        Binding("ctrl+z", "undo_remove", "Undo", show=False),
        Binding("alt+up", "move(-1)", "Move up", show=False),
        Binding("alt+down", "move(1)", "Move down", show=False),
    ]

    def __init__(
        self, editor: SessionEditor, clock: Callable[[], datetime], bank: PhraseBank | None = None
    ) -> None:
        super().__init__(editor, clock, bank)
        editor.ensure_person()
        self.selected = 0
        # The point in the two inputs is in the person's points as it is typed (so it is kept
        # on every way out, even a closed terminal); this is where.
        self.live_point: int | None = None

    @property
    def person(self) -> Interviewer:
        return self.session.interviewers[self.selected]

    def compose_form(self) -> Iterable[Widget]:
        yield Label("Who interviewed you?", classes="form-title")
        yield OptionList(id="people", compact=True, classes="form-list")
        with Horizontal(classes="buttons"):
            # Mouse only: in the Tab order a stray Space or Enter would fire them.
            for label, button_id in (
                ("+ Add", "add-person"),
                ("Remove", "remove-person"),
                ("↑", "move-up"),
                ("↓", "move-down"),
            ):
                button = Button(label, id=button_id, compact=True)
                button.can_focus = False
                yield button
        yield FieldError(id="error-interviewers")
        person = self.person
        for key, label, example in (
            ("name", "Name", "e.g. Priya Raman"),
            ("title", "Title (optional)", "e.g. Director of Engineering"),
            ("email", "Email (optional)", "e.g. priya@acme.example"),
            ("salutation", "Greet them as (optional)", "e.g. Dr. Raman, Ms Castell"),
        ):
            yield from labelled(
                label,
                Input(getattr(person, key), placeholder=example, id=f"person-{key}", compact=True),
            )
        yield Label("What you talked about, one point at a time", classes="field-label")
        yield PointList(id="points", compact=True, classes="form-list")
        yield Label("", id="point-editing")
        with Horizontal(classes="point-row"):
            yield Label("Point", classes="inline-label")
            yield Input(
                placeholder="as jotted: her plan to move billing",
                id="new-point",
                classes="keeps-enter",
                compact=True,
                select_on_focus=False,
            )
        with Horizontal(classes="point-row"):
            yield Label("Why", classes="inline-label")
            yield Input(
                placeholder="optional: why it mattered to you",
                id="new-why",
                classes="keeps-enter",
                compact=True,
                select_on_focus=False,
            )
        yield FieldHint(Content(POINT_HINT), id="hint-new-point")
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
        self.show_points()

    def show_points(self) -> None:
        points = [p for i, p in enumerate(self.person.points) if i != self.live_point]
        self.query_one("#points", PointList).show(points)
        self.show_greeting()  # how the points speak of them can change a formal greeting

    def load_person(self) -> None:
        """Fill the form from the selected person without posting Changed events."""
        person = self.person
        for key in PERSON_FIELDS:
            widget = self.query_one(f"#person-{key}", Input)
            with widget.prevent(Input.Changed):
                widget.value = getattr(person, key)
        self.live_point = None
        self.set_point_inputs("", "")
        self.show_points()
        self.query_one("#error-points", FieldError).show(None)
        self.query_one("#hint-new-point", FieldHint).show(POINT_HINT)
        chosen = self.session.methods_for(person)
        for method in Method:
            box = self.query_one(f"#person-method-{method.value}", Checkbox)
            with box.prevent(Checkbox.Changed):
                box.value = method in chosen
        self.preview_offset = 0
        self.update_preview()

    def show_greeting(self) -> None:
        """Say how the note will greet them, so a wrong guess can be fixed here."""
        person = self.person
        formal = self.session.interview.tone is Tone.FORMAL
        style = title_style(p.name for p in self.session.interviewers if p is not person)
        said = [p.text for p in person.points]
        name = greeting_for(person.name, person.salutation, formal, said, style)
        hint = f"The note opens “Dear {name},”" if name else ""
        if name and not person.salutation.strip():
            if name != addressed_as(person.name, "", formal):  # a title from the points
                hint += " (as your points speak of them)"
            hint += " — type how they would like to be addressed to change it"
        self.query_one("#hint-person-salutation", FieldHint).show(hint)

    def set_point_inputs(self, text: str, why: str) -> None:
        point_input = self.query_one("#new-point", Input)
        why_input = self.query_one("#new-why", Input)
        with point_input.prevent(Input.Changed), why_input.prevent(Input.Changed):
            point_input.value = text
            why_input.value = why
        self.query_one("#point-editing", Label).update(
            Content(
                f"Editing point {self.live_point + 1}: Enter keeps it"
                if self.live_point is not None and text
                else ""
            )
        )

    def preview_choice(self, notes: list[ComposedNote]) -> int:
        for i, note in enumerate(notes):
            if note.interviewer_index == self.selected:
                return i
        return 0

    # -- people ----------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "people":
            self.select(event.option_index)
            focus_at_end(self.query_one("#person-name", Input))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "people" and event.option_index != self.selected:
            self.select(event.option_index)

    def select(self, index: int) -> None:
        self.finish_point()
        self.selected = max(0, min(index, len(self.session.interviewers) - 1))
        self.load_person()

    def on_input_changed(self, event: Input.Changed) -> None:
        widget_id = event.input.id or ""
        if widget_id in ("new-point", "new-why"):
            self.write_point()
            return
        key = widget_id.removeprefix("person-")
        if key not in PERSON_FIELDS or getattr(self.person, key) == event.value:
            return
        kept = self.editor.set(field_path(widget_id, self.selected), event.value)
        if kept != event.value:
            with event.input.prevent(Input.Changed):
                event.input.value = str(kept)
        if key in ("name", "salutation"):
            self.show_greeting()
        if key in ("name", "title"):
            self.query_one("#people", OptionList).replace_option_prompt_at_index(
                self.selected, person_label(self.selected, self.person)
            )
        self.edited()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        method = Method((event.checkbox.id or "").removeprefix("person-method-"))
        if (method in self.session.methods_for(self.person)) != event.value:
            self.editor.toggle_method(method, event.value, self.selected)
            self.edited()

    def action_add_person(self) -> None:
        self.finish_point()
        self.selected = self.editor.add_person()
        self.show_people()
        self.load_person()
        focus_at_end(self.query_one("#person-name", Input))
        self.edited()

    def action_remove_person(self) -> None:
        self.finish_point()
        person = self.person
        self.selected = self.editor.remove_person(self.selected)
        self.show_people()
        self.load_person()
        name = one_line(person.name) or "the empty row"
        self.notify(f"Removed {name} — ctrl+z puts them back.", markup=False, timeout=8)
        self.edited()

    def action_move(self, step: int) -> None:
        self.selected = self.editor.move_person(self.selected, step)
        self.show_people()
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

    # -- points ------------------------------------------------------------------------

    def write_point(self) -> None:
        """The point inputs, written into the session as they are typed."""
        text = self.query_one("#new-point", Input).value
        why = self.query_one("#new-why", Input).value
        self.live_point = self.editor.set_point(self.selected, self.live_point, text, why)
        if text.strip():
            self.query_one("#error-points", FieldError).show(None)
        self.edited()

    def finish_point(self) -> bool:
        """The point being typed is done: tidy it, empty the inputs. False (and a message)
        when a why was typed with no point to go with it."""
        if self.live_point is None:
            return True
        if not self.person.points[self.live_point].text.strip():
            self.query_one("#error-points", FieldError).show(
                "Points: type the point itself first; the why goes with it"
            )
            focus_at_end(self.query_one("#new-point", Input))
            return False
        self.editor.tidy_point(self.selected, self.live_point)
        self.live_point = None
        self.set_point_inputs("", "")
        self.show_points()
        return True

    def flush_pending(self) -> None:
        # The point is in the session already; leaving just finishes it.
        if self.live_point is not None and self.person.points[self.live_point].text.strip():
            self.finish_point()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id not in ("new-point", "new-why"):
            return  # StepScreen's handler (Textual calls it too) moves focus on
        if self.live_point is None:
            # An empty Enter on the point line means "done with this person".
            self.action_next()
            return
        plain = not self.person.points[self.live_point].why.strip()
        if self.finish_point():
            # A point with no why can only be mentioned plainly: say so once it is added, where
            # the eye is, rather than only in the preview (readers marked plain points down).
            self.query_one("#hint-new-point", FieldHint).show(
                PLAIN_POINT_HINT if plain else POINT_HINT
            )
            self.query_one("#new-point", Input).focus()
            self.edited()

    def on_point_list_edit(self, event: PointList.Edit) -> None:
        if not self.finish_point():
            return
        shown = [i for i in range(len(self.person.points)) if i != self.live_point]
        index = shown[event.index]
        point = self.person.points[index]
        self.live_point = index
        self.set_point_inputs(point.text, point.why)
        self.show_points()
        focus_at_end(self.query_one("#new-point", Input))

    def on_point_list_removed(self, event: PointList.Removed) -> None:
        shown = [i for i in range(len(self.person.points)) if i != self.live_point]
        index = shown[event.index]
        if self.live_point is not None and index < self.live_point:
            self.live_point -= 1
        point = self.editor.remove_point(self.selected, index)
        self.show_points()
        self.notify(
            f"Removed “{one_line(point.text)}” — ctrl+z puts it back.", markup=False, timeout=8
        )
        self.edited()

    def action_undo_remove(self) -> None:
        removed = self.editor.undo_remove()
        if removed is None:
            self.notify("Nothing to put back.", markup=False)
            return
        if removed.kind == "person":
            self.selected = min(removed.index, len(self.session.interviewers) - 1)
            self.show_people()
            self.load_person()
            what = one_line(self.person.name) or "the person"
        else:
            if self.live_point is not None and removed.index <= self.live_point:
                self.live_point += 1
            self.show_points()
            what = "the point"
        self.notify(f"Put back {what}.", markup=False)
        self.edited()

    # -- checks ----------------------------------------------------------------------

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
        if len(self.session.interviewers) != self.query_one("#people", OptionList).option_count:
            self.show_people()  # blank rows were dropped on the way out
            self.load_person()
        super().show_problems(problems)
        points_error = next(
            (p for p in problems if p.field == f"interviewers[{self.selected}].points"), None
        )
        if points_error is not None:
            self.query_one("#error-points", FieldError).show(message_for(points_error))
