"""The wizard's rules, without a terminal: steps, fields, the editor's lifecycle and edits."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from thankyou_tui.data.store import SessionStore
from thankyou_tui.model import Candidate, Method, Point, Problem, Stage
from thankyou_tui.wizard import (
    SessionEditor,
    Step,
    field_id,
    field_label,
    field_path,
    is_draft,
    message_for,
    progress_step,
)

from .conftest import FIXTURES

NOW = datetime(2026, 11, 25, 18, 0)


@pytest.fixture
def editor(data_dir: Path) -> SessionEditor:
    return SessionEditor(SessionStore(data_dir), lambda: NOW)


def files(editor: SessionEditor) -> list[str]:
    return editor.store.ids()


# -- steps and fields ---------------------------------------------------------------------------


def test_steps_know_their_order_and_labels():
    assert [s.label for s in Step] == [
        "1 Interview", "2 Interviewers", "3 Pitch", "4 Delivery", "5 Review",
    ]  # fmt: skip
    assert Step.INTERVIEW.previous is None and Step.INTERVIEW.next is Step.INTERVIEWERS
    assert Step.REVIEW.next is None and Step.REVIEW.previous is Step.DELIVERY
    assert Step.named("pitch") is Step.PITCH and Step.named("you") is Step.INTERVIEW


@pytest.mark.parametrize(
    ("path", "step"),
    [
        ("interview.company", Step.INTERVIEW),
        ("interview.date", Step.INTERVIEW),
        ("interviewers[1].name", Step.INTERVIEWERS),
        ("interviewers", Step.INTERVIEWERS),
        ("interview.interest", Step.PITCH),
        ("interview.methods", Step.DELIVERY),
        ("interviewers[0].methods", Step.DELIVERY),
    ],
)
def test_each_problem_belongs_to_one_step(path, step):
    assert [s for s in Step if s.owns(path)] == [step]


@pytest.mark.parametrize(
    ("path", "widget"),
    [
        ("interview.company", "interview-company"),
        ("interview.decision_by", "interview-decision_by"),
        ("interviewers[1].email", "interviewers-1-email"),
        ("candidate.name", "candidate-name"),
    ],
)
def test_one_mapping_between_widget_ids_and_field_paths(path, widget):
    assert field_id(path) == widget
    assert field_path(widget) == path


def test_the_person_on_the_form_maps_to_their_index():
    assert field_path("person-email", 2) == "interviewers[2].email"


def test_messages_name_their_field():
    assert message_for(Problem("interview.company", "is required; fill it in")) == (
        "Company is required; fill it in"
    )
    assert message_for(Problem("interview.date", "is required; give a date such as X")) == (
        "When is required; type a date such as 2026-11-24 14:00, today 14:00 or yesterday"
    )
    assert message_for(Problem("interviewers[0].email", "'x' is not an email address")) == (
        "Email: 'x' is not an email address"
    )
    assert field_label("candidate.name") == "Your name"


# -- the editor -----------------------------------------------------------------------------------


def test_a_new_session_nobody_typed_into_leaves_no_file(editor: SessionEditor):
    editor.new(Candidate("Alex"), ["led a team"])
    assert editor.session.interview.date == date(2026, 11, 25)
    assert editor.session.interview.qualifications == ["led a team"]
    assert editor.save().state == ""
    assert editor.close().state == ""
    assert files(editor) == []


def test_the_first_keystroke_makes_it_a_session_named_once_it_has_a_company(
    editor: SessionEditor,
):
    editor.new(Candidate("Alex"), [])
    editor.set("interview.role", "Engineer")
    assert editor.save().state == "saved draft"
    (first,) = files(editor)
    editor.set("interview.company", "Acme")
    editor.save()
    assert files(editor) == ["acme-engineer-2026-11-25"] != [first]


def test_set_cleans_text_and_says_so(editor: SessionEditor):
    editor.new(Candidate("Alex"), [])
    assert editor.set("interview.company", "Acme\x1b[2J\ud800") == "Acme␛[2J\ufffd"
    assert editor.session.interview.company == "Acme␛[2J\ufffd"
    assert editor.repaired == ["interview.company"]
    assert editor.set("interview.role", "Engineer") == "Engineer"
    assert editor.repaired == ["interview.company"]  # said once


def test_a_chosen_stage_or_format_stays_a_choice_and_saves(editor: SessionEditor):
    """A Stage is a str too (StrEnum): cleaning it as typed text made it a plain string that
    the file writer could not save, and the app crashed on the first choice from a list."""
    from thankyou_tui.model import Format

    editor.new(Candidate("Alex"), [])
    editor.set("interview.company", "Acme")
    assert editor.set("interview.stage", Stage.FINAL) is Stage.FINAL
    assert editor.set("interview.format", Format.IN_PERSON) is Format.IN_PERSON
    editor.set("interview.methods", [Method.EMAIL, Method.HANDWRITTEN])
    assert editor.save().state == "saved draft"
    (saved,) = files(editor)
    loaded = editor.store.load(saved).session
    assert (loaded.interview.stage, loaded.interview.format) == (Stage.FINAL, Format.IN_PERSON)
    assert loaded.interview.methods == [Method.EMAIL, Method.HANDWRITTEN]


def test_opening_cleans_control_characters_and_reports_the_fields(editor: SessionEditor):
    text = (FIXTURES / "examples" / "video-panel.toml").read_text("utf-8")
    text = text.replace('company = "Acme Robotics"', 'company = "Acme\\u001b]52;c;aGk=\\u0007"')
    source = editor.store.root.parent / "hostile.toml"
    source.write_text(text, "utf-8")
    session_id = editor.store.import_file(source)
    editor.open(session_id)
    assert editor.session.interview.company == "Acme␛]52;c;aGk=␇"
    assert editor.repaired == ["interview.company"]


def test_going_forward_needs_the_step_done_going_back_never_does(editor: SessionEditor):
    editor.new(Candidate("Alex"), [])
    problems = editor.leave(Step.INTERVIEW, Step.INTERVIEWERS)
    assert [p.field for p in problems] == ["interview.company", "interview.role"]
    assert editor.leave(Step.INTERVIEW, None) == []  # home
    editor.set("interview.company", "Acme")
    editor.set("interview.role", "Engineer")
    assert editor.leave(Step.INTERVIEW, Step.INTERVIEWERS) == []
    assert progress_step(editor.session) is Step.INTERVIEWERS
    assert editor.leave(Step.INTERVIEWERS, Step.INTERVIEW) == []  # back: nobody named yet


def test_leaving_interviewers_drops_empty_rows_and_asks_for_a_point(editor: SessionEditor):
    editor.new(Candidate("Alex"), [])
    editor.ensure_person()
    editor.set("interviewers[0].name", "Priya Raman")
    editor.add_person()  # left empty
    problems = editor.leave(Step.INTERVIEWERS, Step.PITCH)
    assert len(editor.session.interviewers) == 1
    assert [p.field for p in problems] == ["interviewers[0].points"]
    assert "add at least one thing you discussed with Priya Raman" in problems[0].message


def test_progress_and_draft_are_kept_in_the_file(editor: SessionEditor):
    editor.new(Candidate("Alex"), [])
    editor.set("interview.company", "Acme")
    editor.save()
    assert is_draft(editor.session)
    editor.close()
    (session_id,) = files(editor)
    assert editor.open(session_id) is Step.INTERVIEW


def test_a_session_without_a_name_is_signed_from_the_profile(editor: SessionEditor):
    session_id = editor.store.import_file(FIXTURES / "examples" / "video-panel.toml")
    stored = editor.store.load(session_id)
    stored.session.candidate = Candidate("")
    stored.session.extra["progress"] = {"step": "review", "draft": True}  # started before a profile
    editor.store.save(stored)
    editor.open(session_id, Candidate("Alex Morgan", "alex@example.com"))
    assert editor.session.candidate.name == "Alex Morgan"


def test_next_round_keeps_the_job_and_moves_the_stage_on(editor: SessionEditor):
    session_id = editor.store.import_file(FIXTURES / "examples" / "video-panel.toml")
    session = editor.next_round(session_id)
    assert session.interview.company == "Acme Robotics"
    assert session.interview.stage is Stage.FINAL
    assert session.interviewers == []
    assert session.interview.date == date(2026, 11, 25)
    assert files(editor) == [session_id]  # not saved until typed into


def test_the_point_being_typed_is_a_point_on_every_way_out(editor: SessionEditor):
    editor.new(Candidate("Alex"), [])
    editor.ensure_person()
    live = editor.set_point(0, None, "her plan", "")
    assert editor.session.interviewers[0].points == [Point("her plan")]
    live = editor.set_point(0, live, "her plan to move", "I did the same")
    assert editor.session.interviewers[0].points == [Point("her plan to move", "I did the same")]
    editor.tidy_point(0, live or 0)
    editor.set_point(0, None, "second", "")
    assert [p.text for p in editor.session.interviewers[0].points] == ["her plan to move", "second"]
    assert editor.set_point(0, 1, "", "") is None  # emptied: gone
    assert len(editor.session.interviewers[0].points) == 1


def test_removing_a_point_or_a_person_can_be_undone(editor: SessionEditor):
    editor.new(Candidate("Alex"), [])
    editor.ensure_person()
    editor.set("interviewers[0].name", "Priya")
    editor.set_point(0, None, "a", "")
    editor.set_point(0, None, "b", "")
    editor.remove_point(0, 0)
    assert editor.session.interviewers[0].points == [Point("b")]
    editor.undo_remove()
    assert editor.session.interviewers[0].points == [Point("a"), Point("b")]
    editor.add_person()
    editor.set("interviewers[1].name", "Marcus")
    assert editor.remove_person(0) == 0
    assert [p.name for p in editor.session.interviewers] == ["Marcus"]
    editor.undo_remove()
    assert [p.name for p in editor.session.interviewers] == ["Priya", "Marcus"]
    assert editor.undo_remove() is None


def test_toggling_methods_for_one_person(editor: SessionEditor):
    editor.new(Candidate("Alex"), [])
    editor.ensure_person()
    editor.toggle_method(Method.HANDWRITTEN, True, 0)
    assert editor.session.interviewers[0].methods == [Method.EMAIL, Method.HANDWRITTEN]
    editor.toggle_method(Method.HANDWRITTEN, False, 0)
    assert editor.session.interviewers[0].methods is None  # back to everyone's


def test_a_failed_save_says_so_and_keeps_the_work(editor: SessionEditor, monkeypatch):
    editor.new(Candidate("Alex"), [])
    editor.set("interview.company", "Acme")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("thankyou_tui.data.store.write_atomic", full)
    saved = editor.save()
    assert saved.state == "NOT saved" and saved.error
    assert saved.message and "No space left on device" in saved.message
    assert editor.dirty and editor.session.interview.company == "Acme"
