"""Step 5: every note, previewed live; edit, regenerate, copy, mark sent."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from thankyou_tui.checks import Finding, Severity, check
from thankyou_tui.clipboard import CopyResult, plain, system_copy, tmux_passes_osc52
from thankyou_tui.compose import ComposedNote, compose
from thankyou_tui.data.exports import export_session
from thankyou_tui.data.paths import export_dir
from thankyou_tui.delivery import (
    MAILTO_LIMIT,
    body_text,
    mailto,
    recipient,
    subject_text,
    whole_email,
)
from thankyou_tui.edits import discard_edit, mark_sent, save_edit
from thankyou_tui.model import (
    METHOD_LABELS,
    OUTCOME_LABELS,
    NoteKind,
    NoteStatus,
    Outcome,
    validate,
)
from thankyou_tui.plan import schedule
from thankyou_tui.screens.choose import ChooseScreen
from thankyou_tui.screens.confirm import ConfirmScreen
from thankyou_tui.screens.step import StepScreen
from thankyou_tui.textsafe import one_line
from thankyou_tui.timing import countdown
from thankyou_tui.widgets.preview import NotePreview
from thankyou_tui.wizard import SessionEditor, Step
from thankyou_tui.wording import PhraseBank

OUTCOME_KEYS = {
    "o": Outcome.OFFER,
    "r": Outcome.REJECTED,
    "w": Outcome.WITHDRAWN,
    "a": Outcome.ACCEPTED,
    "n": None,
}
SYMBOLS = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}
CHECK_DELAY = 0.3  # seconds after the last keystroke in the editor


def counts(findings: list[Finding]) -> str:
    """ "✖1 ⚠2": errors and warnings, for a list line or the header."""
    parts = []
    for severity in (Severity.ERROR, Severity.WARNING):
        n = sum(f.severity is severity for f in findings)
        if n:
            parts.append(f"{SYMBOLS[severity]}{n}")
    return " ".join(parts)


KIND_LABELS = {
    NoteKind.FOLLOW_UP: "follow-up",
    NoteKind.LAST_FOLLOW_UP: "last follow-up",
    NoteKind.REPLY: "reply",
}


def note_label(note: ComposedNote, findings: list[Finding] | None = None) -> Content:
    kind = KIND_LABELS.get(note.kind) or METHOD_LABELS[note.method].lower()
    # A sent note is kept exactly as sent; "sent" says all there is to say about it.
    marks = " ✓ sent" if note.status is NoteStatus.SENT else (" ✎" if note.edited else "")
    tally = counts(findings or [])
    return Content(
        f"{one_line(note.interviewer)} · {kind}{marks}" + (f"  {tally}" if tally else "")
    )


def findings_text(findings: list[Finding], suggestions: int = 0) -> Content:
    if not findings and suggestions:
        # A walk-through read "No findings" beside a "!" line under the note as a contradiction.
        return Content("✓ Proofread: no errors. The ! lines under the note are suggestions.")
    if not findings:
        return Content("✓ No findings: proofread and ready.")
    return Content("\n").join(
        Content(f"{SYMBOLS[f.severity]} {f.code}: ") + Content(one_line(f.message))
        for f in findings
    )


class ReviewScreen(StepScreen):
    STEP = Step.REVIEW
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("c", "copy", "Copy"),
        # In the help, the README and the copy message; the 80-column footer keeps Quit.
        Binding("m", "mail", "Mail", show=False),
        Binding("x", "export", "Export", show=False),
        Binding("o", "outcome", "Outcome", show=False),
        Binding("e", "edit", "Edit"),
        Binding("g", "regenerate", "Regenerate"),
        Binding("s", "toggle_sent", "Sent"),
        Binding("ctrl+s", "save_edit", "Keep edit", show=False),
        Binding("escape", "leave", "Sessions"),
        Binding("ctrl+n", "next", "Next note", show=False),
        Binding("ctrl+r", "next_preview", "Next note", show=False),
        Binding("ctrl+b", "back", "Back", show=False),
    ]

    def __init__(
        self, editor: SessionEditor, clock: Callable[[], datetime], bank: PhraseBank | None = None
    ) -> None:
        super().__init__(editor, clock, bank)
        self.notes: list[ComposedNote] = []
        self.findings: list[Finding] = []
        self.editing = False
        self._check_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield self.header()
        with Horizontal(id="body"):
            with Vertical(id="form"):
                yield from self.compose_form()
            yield NotePreview(id="preview")
            with Vertical(id="editor"):
                yield Label("Subject", id="subject-label", classes="field-label")
                yield Input(id="edit-subject", compact=True)
                yield TextArea(id="edit-body", soft_wrap=True, compact=True)
                yield Static(id="edit-findings")
                yield Static(
                    Content("ctrl+s keep your edit · esc close (asks before dropping changes)"),
                    classes="editor-help",
                )
        yield Footer(compact=True)

    def compose_form(self) -> Iterable[Widget]:
        yield Label("Notes", classes="form-title")
        yield OptionList(id="notes", compact=True)
        with Horizontal(classes="nav"):
            yield Button("Copy", id="review-copy", variant="primary", compact=True)
            yield Button("Edit", id="review-edit", compact=True)
            yield Button("Sent", id="review-sent", compact=True)
        yield Label("Proofreading", classes="field-label")
        yield Static(id="findings")
        yield Static(id="problems")

    def on_mount(self) -> None:
        self.query_one("#notes", OptionList).focus()

    # -- the list and the preview --------------------------------------------------

    def update_preview(self) -> None:
        if not self.editor.is_open:
            return  # the speller arriving after the session was closed
        self.notes = compose(self.session, self.clock(), self.bank, self.editor.workdays)
        self.findings = check(
            self.session,
            self.clock(),
            notes=self.notes,
            speller=getattr(self.app, "speller", None),
            workdays=self.editor.workdays,
        )
        self.findings_label = counts(self.findings) or "✓ proofread"
        notes_list = self.query_one("#notes", OptionList)
        keep = notes_list.highlighted or 0
        notes_list.clear_options()
        notes_list.add_options([Option(note_label(n, self.findings_for(n))) for n in self.notes])
        if self.notes:
            notes_list.highlighted = min(keep, len(self.notes) - 1)
        self.query_one(NotePreview).countdown = countdown(
            self.session.interview, self.clock(), self.editor.workdays
        )
        self.show_selected()
        problems = self.all_problems()
        self.query_one("#problems", Static).update(
            Content("\n".join(f"! {p}" for p in problems)) if problems else Content("")
        )
        self.preview_fresh = True

    def all_problems(self) -> list[str]:
        return [one_line(str(p)) for p in validate(self.session)]

    @property
    def selected(self) -> ComposedNote | None:
        index = self.query_one("#notes", OptionList).highlighted
        if index is None or not self.notes:
            return None
        return self.notes[min(index, len(self.notes) - 1)]

    def findings_for(self, note: ComposedNote | None) -> list[Finding]:
        return [f for f in self.findings if note is not None and f.key == note.key]

    def show_selected(self) -> None:
        note = self.selected
        preview = self.query_one(NotePreview)
        preview.findings = tuple(self.findings_for(note))
        preview.note = note
        if note is not None and note.status is NoteStatus.SENT:
            done = Content("✓ Sent: kept exactly as it went out (s marks it unsent).")
            self.query_one("#findings", Static).update(done)
        else:
            suggestions = len(note.advice) if note is not None else 0
            self.query_one("#findings", Static).update(
                findings_text(self.findings_for(note), suggestions)
            )

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.schedule_check()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "edit-subject":
            self.schedule_check()

    def schedule_check(self) -> None:
        if self.editing:
            if self._check_timer is not None:
                self._check_timer.stop()
            self._check_timer = self.set_timer(CHECK_DELAY, self.check_edit)

    def check_edit(self) -> None:
        """The findings for the words in the editor, as they are typed (typing never waits)."""
        note = self.selected
        if note is None or not self.editing:
            return
        subject = self.query_one("#edit-subject", Input).value if note.subject is not None else None
        draft = replace(
            note, body=self.query_one("#edit-body", TextArea).text, subject=subject, edited=True
        )
        others = [draft if n.key == note.key else n for n in self.notes]
        found = check(
            self.session,
            self.clock(),
            notes=others,
            speller=getattr(self.app, "speller", None),
            workdays=self.editor.workdays,
        )
        mine = [f for f in found if f.key == note.key]
        self.query_one("#edit-findings", Static).update(findings_text(mine))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if not self.editing:
            self.show_selected()

    def action_next_preview(self) -> None:
        notes_list = self.query_one("#notes", OptionList)
        if self.notes:
            notes_list.highlighted = ((notes_list.highlighted or 0) + 1) % len(self.notes)

    # -- actions -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("copy", "edit", "regenerate", "toggle_sent", "mail"):
            return not self.editing and self.selected is not None
        if action == "save_edit":
            return self.editing
        if action == "toggle_preview":
            return False  # the review always shows the note
        if action in ("next", "next_preview"):
            return not self.editing
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {
            "review-copy": self.action_copy,
            "review-edit": self.action_edit,
            "review-sent": self.action_toggle_sent,
        }
        if event.button.id in actions:
            actions[event.button.id]()

    def action_copy(self) -> None:
        note = self.selected
        if note is None:
            return
        if note.subject is None:
            self.copy_out(body_text(note), "the text")
            return
        to = recipient(self.session, note)
        parts = {
            "b": ("the body", body_text(note)),
            "s": ("the subject", subject_text(note)),
            "t": ("the address", to.header if to.email else ""),
            "w": ("the whole email", whole_email(note, to)),
        }

        def chosen(key: str | None) -> None:
            if key is None:
                return
            what, text = parts[key]
            if not text.strip():
                self.notify(
                    f"{note.interviewer} has no email address yet: add it on the "
                    "Interviewers step.",
                    severity="warning",
                    markup=False,
                )
                return
            self.copy_out(text, what)

        self.app.push_screen(
            ChooseScreen(
                f"Copy from the {note.title[0].lower()}{note.title[1:]}:",
                [
                    ("b", "Body (to paste into a new email)"),
                    ("s", "Subject"),
                    ("t", f"To: {to.header if to.email else '(no address yet)'}"),
                    ("w", "Whole email: To, Subject and body"),
                ],
            ),
            chosen,
        )

    def copy_out(self, text: str, what: str) -> None:
        """Copy through the terminal (OSC 52) at once, and to the system clipboard in a
        worker (it can hang); then say which way the text went."""
        text = plain(text)
        self.app.copy_to_clipboard(text)
        self.run_worker(lambda: self._system_copy(text, what), thread=True, exit_on_error=False)

    def _system_copy(self, text: str, what: str) -> None:
        result = system_copy(text)
        tmux = tmux_passes_osc52() if not result.copied else None
        self.app.call_from_thread(self._copied, what, result, tmux)

    def _copied(self, what: str, result: CopyResult, tmux: bool | None = None) -> None:
        if result.copied:
            checked = ", read back" if result.verified else ""
            self.notify(
                f"Copied {what} to the system clipboard ({result.detail}{checked}) and "
                "through the terminal.",
                title="Copied",
                markup=False,
            )
            return
        message = f"Sent {what} through the terminal only; {result.detail}"
        if tmux is False or (tmux is None and os.environ.get("TMUX")):
            message += "; tmux needs `set -g set-clipboard on`"  # (a walk-through saw it when on)
        self.notify(
            message + ". Nothing pastes? Press x to export.",
            # Terminals do not confirm OSC 52: "Copied" promised more than is known.
            title="Sent to the terminal",
            severity="warning",
            markup=False,
            timeout=8,
        )

    def action_mail(self) -> None:
        """Open the mail client with To, Subject and body; a note too long for a mailto: link
        is written as an .eml draft instead."""
        note = self.selected
        if note is None:
            return
        if note.subject is None:
            self.notify("Only emails open in the mail client; copy (c) this one.", markup=False)
            return
        link = mailto(note, recipient(self.session, note))
        if link is not None:
            self.app.open_url(link)
            self.notify("Opening your mail client with this email.", markup=False)
            return
        paths = self.export(["eml"], [note])
        if paths:
            self.notify(
                f"This email is too long for a mailto: link (mail clients cut them near "
                f"{MAILTO_LIMIT} characters), so it is saved as a draft to open: {paths[0]}",
                markup=False,
                timeout=15,
            )

    def action_export(self) -> None:
        paths = self.export(["txt", "md", "eml", "ics"], self.notes)
        if paths:
            self.notify(
                f"Exported {len(paths)} files (notes, drafts, calendar) to {paths[0].parent}",
                title="Exported",
                markup=False,
                timeout=15,
            )

    def export(self, formats: list[str], notes: list[ComposedNote]) -> list[Path]:
        stored = self.editor.stored
        session_id = stored.id if stored is not None else "session"
        marks = schedule(self.session, self.editor.workdays)
        try:
            return export_session(
                self.session, session_id, notes, marks, export_dir(), formats, self.clock()
            )
        except OSError as exc:
            self.notify(f"Could not export: {exc}", severity="error", markup=False)
            return []

    def action_outcome(self) -> None:
        """Record how it ended: no more follow-ups; a rejection gets a gracious reply."""
        choices = [
            (k, OUTCOME_LABELS[o] if o else "Not known yet") for k, o in OUTCOME_KEYS.items()
        ]

        def chosen(key: str | None) -> None:
            if key is None:
                return
            outcome = OUTCOME_KEYS.get(key)
            if outcome is self.session.interview.outcome:
                return
            self.session.interview.outcome = outcome
            self.editor.changed()
            self.edited()
            self.update_preview()
            if outcome is Outcome.REJECTED:
                self.notify(
                    "Sorry. A short, gracious reply is in the list: people remember it "
                    "when the next role opens.",
                    markup=False,
                )

        self.app.push_screen(
            ChooseScreen("How did it end? (no more follow-ups once it is known)", choices),
            chosen,
        )

    def action_edit(self) -> None:
        note = self.selected
        if note is None:
            return
        self.editing = True
        subject = self.query_one("#edit-subject", Input)
        body = self.query_one("#edit-body", TextArea)
        has_subject = note.subject is not None
        subject.display = has_subject
        self.query_one("#subject-label").display = has_subject
        with subject.prevent(Input.Changed), body.prevent(TextArea.Changed):
            subject.value = note.subject or ""
            body.text = note.body.strip("\n")
        self.add_class("-editing")
        self.check_edit()
        body.focus()
        self.refresh_bindings()

    def flush_pending(self) -> None:
        # Leaving or quitting mid-edit keeps the words: nothing typed is ever lost.
        if self.editing:
            self.action_save_edit()

    def action_save_edit(self) -> None:
        note = self.selected
        if note is None or not self.editing:
            return
        subject = self.query_one("#edit-subject", Input).value if note.subject is not None else None
        body = self.query_one("#edit-body", TextArea).text.rstrip() + "\n"
        if body.strip() != note.body.strip() or subject != note.subject:
            save_edit(self.session, note, subject, body)
            self.editor.changed()
            self.edited()
            self.notify("Kept your edit; it will not be regenerated unless you ask.", markup=False)
        self.stop_editing()

    def stop_editing(self) -> None:
        self.editing = False
        self.remove_class("-editing")
        self.query_one("#notes", OptionList).focus()
        self.refresh_bindings()
        self.update_preview()

    def edit_changed(self) -> bool:
        note = self.selected
        if note is None:
            return False
        subject = self.query_one("#edit-subject", Input).value if note.subject is not None else None
        body = self.query_one("#edit-body", TextArea).text
        return body.strip() != note.body.strip() or subject != note.subject

    def action_leave(self) -> None:
        """Esc closes what is open: the editor (asking before dropping changes), else the
        session, back to the list, as on every step."""
        if not self.editing:
            self.action_home()
            return
        if not self.edit_changed():
            self.stop_editing()
            return

        def answered(keep: bool | None) -> None:
            if keep:
                self.action_save_edit()
            elif keep is False:
                self.stop_editing()
            # None (esc again): back to the editor, nothing lost

        self.app.push_screen(
            ConfirmScreen(
                Content("Keep your changes to this note? (esc: back to editing)"),
                yes="Keep them",
                no="Drop them",
                safe="yes",
            ),
            answered,
        )

    def action_regenerate(self) -> None:
        note = self.selected
        if note is None:
            return
        if not note.edited:
            self.notify("This note is already the generated text.", markup=False)
            return

        def answered(yes: bool | None) -> None:
            if yes and discard_edit(self.session, note):
                self.editor.changed()
                self.edited()
                self.update_preview()

        self.app.push_screen(
            ConfirmScreen(
                Content(
                    f"Replace your edited {note.title[0].lower()}{note.title[1:]} with "
                    "freshly generated text? Your edit will be gone."
                ),
                yes="Regenerate",
            ),
            answered,
        )

    def action_toggle_sent(self) -> None:
        note = self.selected
        if note is None:
            return
        errors = [f for f in self.findings_for(note) if f.severity is Severity.ERROR]
        if note.status is not NoteStatus.SENT and errors:

            def answered(yes: bool | None) -> None:
                if yes:
                    self.set_sent(note, True)

            codes = ", ".join(dict.fromkeys(f.code for f in errors))
            self.app.push_screen(
                ConfirmScreen(
                    Content(
                        f"The proofreading found {len(errors)} error(s) in this note ({codes}). "
                        "Mark it sent anyway?"
                    ),
                    yes="Mark sent",
                ),
                answered,
            )
            return
        self.set_sent(note, note.status is not NoteStatus.SENT)

    def set_sent(self, note: ComposedNote, sent: bool) -> None:
        mark_sent(self.session, note, self.clock(), sent=sent)
        self.editor.changed()
        self.edited()
        self.update_preview()

    def action_next(self) -> None:
        self.action_next_preview()
