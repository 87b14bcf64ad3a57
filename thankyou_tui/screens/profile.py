"""You: name, contact, signature and usual qualifications, kept for every new session."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static, TextArea

from thankyou_tui.data.profile import Profile
from thankyou_tui.model import Candidate
from thankyou_tui.screens.pitch import lines_of
from thankyou_tui.timing import PlaceError, locale_country, workdays_for
from thankyou_tui.widgets.form import FieldError, focus_at_end, labelled
from thankyou_tui.wizard import candidate_problems, field_id, message_for


def known_country(code: str) -> str:
    """`code` if the holiday calendar knows it, else "" (a guess must never block saving)."""
    try:
        workdays_for(code)
    except PlaceError:
        return ""
    return code


class ProfileScreen(Screen[Profile | None]):
    """Dismisses with the edited profile (ctrl+s / Enter on the last field) or None (esc)."""

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("ctrl+s,ctrl+n", "done", "Save and continue"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, profile: Profile, *, first_time: bool = False) -> None:
        super().__init__()
        self.profile = replace(
            profile, qualifications=list(profile.qualifications), extra=dict(profile.extra)
        )
        if first_time and not profile.country:
            self.profile.country = known_country(locale_country())  # the locale's guess
        self.first_time = first_time

    def compose(self) -> ComposeResult:
        p = self.profile
        with VerticalScroll(id="profile-form"):
            yield Label("About you", classes="form-title")
            intro = (
                "First, who is writing? This is kept in your profile and filled in for every "
                "new session."
                if self.first_time
                else "Kept in your profile and filled in for every new session."
            )
            yield Static(Content(intro), classes="intro")
            yield from labelled(
                "Your name",
                Input(p.name, placeholder="your full name", id="candidate-name", compact=True),
            )
            yield from labelled(
                "Email (optional)",
                Input(
                    p.email, placeholder="e.g. you@example.com", id="candidate-email", compact=True
                ),
            )
            yield from labelled(
                "Phone (optional)",
                Input(
                    p.phone,
                    placeholder="e.g. +1 415 555 0134",
                    id="candidate-phone",
                    compact=True,
                ),
            )
            yield from labelled(
                "Country, for public holidays (two letters; empty: Monday to Friday)",
                Input(p.country, placeholder="e.g. US, GB, DE", id="profile-country", compact=True),
                hint="A Friday interview, or one before a holiday, is due after it.",
            )
            yield from labelled(
                "Region (optional)",
                Input(
                    p.region,
                    placeholder="e.g. CA (US), SCT (GB), BY (DE)",
                    id="profile-region",
                    compact=True,
                    classes="last",
                ),
            )
            yield from labelled(
                "Signature (optional)",
                TextArea(
                    p.signature,
                    id="candidate-signature",
                    placeholder="Default: your name, email and phone",
                    compact=True,
                ),
            )
            yield from labelled(
                "What you usually highlight: one qualification a line (optional)",
                TextArea("\n".join(p.qualifications), id="profile-qualifications", compact=True),
            )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        focus_at_end(self.query_one("#candidate-name", Input))

    def on_input_changed(self, event: Input.Changed) -> None:
        key = (event.input.id or "").removeprefix("candidate-").removeprefix("profile-")
        setattr(self.profile, key, event.value)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "candidate-signature":
            self.profile.signature = event.text_area.text
        else:
            self.profile.qualifications = lines_of(event.text_area.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.has_class("last"):
            self.action_done()
        else:
            self.focus_next()

    def action_done(self) -> None:
        p = self.profile
        problems = candidate_problems(Candidate(p.name, p.email, p.phone, p.signature))
        messages = {f"error-{field_id(pr.field)}": message_for(pr) for pr in problems}
        try:
            workdays_for(p.country, p.region)
        except PlaceError as exc:
            where = "profile-region" if "region" in str(exc) else "profile-country"
            messages[f"error-{where}"] = str(exc)
        for error in self.query(FieldError):
            error.show(messages.get(error.id or ""))
        if messages:
            first = next(iter(messages)).removeprefix("error-")
            focus_at_end(self.query_one(f"#{first}"))
            return
        self.dismiss(self.profile)

    def action_cancel(self) -> None:
        self.dismiss(None)
