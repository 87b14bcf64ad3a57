"""The real app under Textual's pilot: typing and pressing keys as a person would."""

from __future__ import annotations

import html
import re
import time
import tomllib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, OptionList, TextArea

from thankyou_tui.app import ThankYouApp
from thankyou_tui.compose import compose
from thankyou_tui.data.store import SessionStore
from thankyou_tui.model import Method
from thankyou_tui.screens.delivery import DeliveryScreen
from thankyou_tui.screens.home import HomeScreen
from thankyou_tui.screens.interview import InterviewScreen
from thankyou_tui.screens.interviewers import InterviewersScreen
from thankyou_tui.screens.pitch import PitchScreen
from thankyou_tui.screens.profile import ProfileScreen
from thankyou_tui.screens.review import ReviewScreen
from thankyou_tui.screens.step import StepScreen
from thankyou_tui.widgets.preview import NotePreview

from .conftest import FIXTURES

NOW = datetime(2026, 11, 25, 18, 0)  # Wednesday evening, after a morning interview
SIZE = (100, 32)


def make_app(data_dir: Path, **kwargs: object) -> ThankYouApp:
    return ThankYouApp(
        data_dir,
        clock=lambda: NOW,
        config_dir=data_dir.parent / "config",
        **kwargs,  # type: ignore[arg-type]
    )


def import_example(data_dir: Path, name: str = "video-panel.toml") -> tuple[SessionStore, str]:
    store = SessionStore(data_dir)
    return store, store.import_file(FIXTURES / "examples" / name)


async def type_text(pilot: Pilot[object], text: str) -> None:
    """Type key by key, as a person does: where typing itself is what is tested."""
    await pilot.press(*text)


async def fill(pilot: Pilot[object], text: str) -> None:
    """Put text into the focused field at once: where typing is not what is tested."""
    focused = pilot.app.focused
    if isinstance(focused, TextArea):
        focused.insert(text)
    else:
        assert isinstance(focused, Input), focused
        if not focused.selection.is_empty:
            focused.delete_selection()  # typing over a selected default replaces it
        focused.insert_text_at_cursor(text)
    await pilot.pause()


async def wait_for(
    pilot: Pilot[object], condition: Callable[[], bool], what: str, timeout: float = 5.0
) -> None:
    """Wait for what an assertion depends on (never a fixed sleep); fail if it never comes."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.02)


async def settle(pilot: Pilot[object]) -> None:
    """Messages processed, and the preview showing the session as it is now."""
    await pilot.pause()
    screen = pilot.app.screen
    if isinstance(screen, StepScreen):
        await wait_for(pilot, lambda: screen.preview_fresh, "the preview to catch up")


def session_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "sessions").glob("*.toml"))


def read_only_session(data_dir: Path) -> dict[str, object]:
    (path,) = session_files(data_dir)
    return tomllib.loads(path.read_text("utf-8"))


def preview_text(app: ThankYouApp) -> str:
    preview = app.screen.query_one(NotePreview)
    assert preview.note is not None
    return preview.note.body


async def fill_profile(pilot: Pilot[object]) -> None:
    assert isinstance(pilot.app.screen, ProfileScreen)
    await fill(pilot, "Alex Morgan")
    await pilot.press("tab")
    await fill(pilot, "alex@example.com")
    await pilot.press("enter")  # to phone
    await pilot.press("enter", "enter")  # to country (none: Monday to Friday), to region
    await pilot.press("enter")  # last field: save and continue
    await settle(pilot)


async def fill_interview(pilot: Pilot[object], *, panel: bool = True) -> None:
    assert isinstance(pilot.app.screen, InterviewScreen)
    await type_text(pilot, "Acme Robotics")  # typed key by key
    await pilot.press("enter")
    await fill(pilot, "Staff Software Engineer")
    await pilot.press("tab", "tab", "tab")  # stage, format, panel
    if panel:
        await pilot.press("space")
    await pilot.press("tab")
    await fill(pilot, "today 9:30")
    await pilot.press("enter")
    await fill(pilot, "2026-12-04")
    await pilot.press("enter")  # last field: next step
    await settle(pilot)


async def add_person(pilot: Pilot[object], name: str, email: str, points: list[str]) -> None:
    await fill(pilot, name)
    await pilot.press("enter", "enter")  # name -> title -> email
    await fill(pilot, email)
    await pilot.press("enter", "enter")  # -> salutation -> new point
    for point in points:
        await fill(pilot, point)
        await pilot.press("enter")
    await settle(pilot)


async def test_walk_the_whole_wizard_from_an_empty_data_dir(data_dir: Path):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.has_class("-empty")
        await pilot.press("n")
        await settle(pilot)
        await fill_profile(pilot)
        await fill_interview(pilot)

        assert isinstance(app.screen, InterviewersScreen)
        await add_person(
            pilot,
            "Priya Raman",
            "priya@acme.example",
            ["the plan to move fleet telemetry onto Kafka", "How on-call is shared."],
        )
        assert "plan to move fleet telemetry onto Kafka" in preview_text(app)
        await pilot.press("ctrl+o")
        await settle(pilot)
        await add_person(
            pilot, "Marcus Bell", "marcus@acme.example", ["property-based testing of the planner"]
        )
        assert "Dear Marcus," in preview_text(app)
        # The panel line names the colleague, in every other note of a panel: Priya's
        # names Marcus (Marcus's may leave it out, so four notes are not a roll call).
        priya = compose(app.editor.session, app.editor.session.interview.date)[0]
        assert "Marcus" in priya.body and "Marcus Bell" not in priya.body
        await pilot.press("enter")  # empty point line: next step
        await settle(pilot)

        assert isinstance(app.screen, PitchScreen)
        await fill(pilot, "led the move of 40 services to Kubernetes")
        await pilot.press("tab")
        await fill(pilot, "building software that keeps robots safe")
        await pilot.press("enter")  # the last text field moves on
        await settle(pilot)

        assert isinstance(app.screen, DeliveryScreen)
        assert app.focused is app.screen.query_one("#all-email", Checkbox)
        await pilot.press("tab", "space")  # handwritten card for everyone
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)

        assert isinstance(app.screen, ReviewScreen)
        notes = app.screen.query_one("#notes", OptionList)
        assert notes.option_count == 4  # two people, email and card each
        first = preview_text(app)
        assert first.startswith("Dear Priya,")
        assert "this morning" in first and "video" in first
        assert "Staff Software Engineer" in first
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("w")  # the whole email
        await settle(pilot)
        assert app.clipboard.startswith("To: Priya")
        assert "\nSubject: " in app.clipboard
        assert "\n\nDear Priya," in app.clipboard
        assert app.clipboard.endswith("alex@example.com\n")
        await pilot.press("ctrl+q")

    saved = read_only_session(data_dir)
    assert saved["candidate"] == {"name": "Alex Morgan", "email": "alex@example.com"}
    interview = saved["interview"]
    assert isinstance(interview, dict)
    assert interview["company"] == "Acme Robotics"
    assert interview["role"] == "Staff Software Engineer"
    assert interview["panel"] is True
    assert interview["date"] == datetime(2026, 11, 25, 9, 30)
    assert str(interview["decision_by"]) == "2026-12-04"
    assert interview["methods"] == ["email", "handwritten"]
    assert interview["qualifications"] == ["led the move of 40 services to Kubernetes"]
    assert interview["interest"] == "building software that keeps robots safe"
    people = saved["interviewers"]
    assert isinstance(people, list)
    assert [p["name"] for p in people] == ["Priya Raman", "Marcus Bell"]
    assert people[0]["points"] == [
        "the plan to move fleet telemetry onto Kafka",
        "How on-call is shared.",
    ]
    assert saved["progress"] == {"step": "review"}
    assert (
        session_files(data_dir)[0].name == "acme-robotics-staff-software-engineer-2026-11-25.toml"
    )
    profile = tomllib.loads((data_dir / "profile.toml").read_text("utf-8"))
    assert profile == {"name": "Alex Morgan", "email": "alex@example.com"}


async def test_required_fields_are_checked_inline_before_moving_on(data_dir: Path):
    (data_dir).mkdir(parents=True)
    (data_dir / "profile.toml").write_text('name = "Alex Morgan"\n')
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)  # did not move on
        errors = {e.id: e.message for e in app.screen.query("FieldError") if e.message}  # type: ignore[attr-defined]
        assert errors == {
            "error-interview-company": "Company is required; fill it in",
            "error-interview-role": "Role is required; fill it in",
        }
        assert app.focused is app.screen.query_one("#interview-company", Input)
        date_input = app.screen.query_one("#interview-date", Input)
        date_input.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "tomorow")
        await settle(pilot)
        error = app.screen.query_one("#error-interview-date")
        assert error.message == (  # type: ignore[attr-defined]
            "can't read 'tomorow' — try 2026-11-24 14:00, today 14:00 or yesterday"
        )


async def test_quit_mid_typing_loses_nothing_and_reopening_resumes(data_dir: Path):
    (data_dir).mkdir(parents=True)
    (data_dir / "profile.toml").write_text('name = "Alex Morgan"\n')
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        await fill_interview(pilot, panel=False)
        await type_text(pilot, "Priya Ra")  # no pause: the autosave timer has not fired
        await pilot.press("ctrl+q")
    saved = read_only_session(data_dir)
    assert saved["interviewers"] == [{"name": "Priya Ra"}]
    assert saved["progress"] == {"step": "interviewers"}

    (path,) = session_files(data_dir)
    again = make_app(data_dir, session_id=path.stem)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, InterviewersScreen)
        assert again.screen.query_one("#person-name", Input).value == "Priya Ra"


HOSTILE = "[/] [link=x]y[/link] [bold]b [@click=app.quit]q"


def fill_every_field(app: ThankYouApp, text: str, skip: tuple[str, ...] = ()) -> None:
    """Set every Input and TextArea on the screen, as typing or pasting would."""
    for widget in app.screen.query("Input, TextArea"):
        if widget.id in skip or not widget.display:
            continue
        if isinstance(widget, Input):
            widget.value = text
        elif isinstance(widget, TextArea):
            widget.text = text


def shown(app: ThankYouApp) -> str:
    """What the terminal shows, as text: the SVG screenshot without its tags and styles."""
    svg = app.export_screenshot()
    body = svg[svg.index("<g class=") :]  # after the <style> block
    return html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\xa0", " ")


async def test_hostile_text_in_every_field_shows_literally_and_never_crashes(data_dir: Path):
    app = make_app(data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.press("p")
        await settle(pilot)
        fill_every_field(
            app, HOSTILE, skip=("candidate-email", "profile-country", "profile-region")
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)

        await pilot.press("n")
        await settle(pilot)
        fill_every_field(app, HOSTILE, skip=("interview-decision_by",))
        await settle(pilot)
        error = app.screen.query_one("#error-interview-date")
        assert error.message == (  # type: ignore[attr-defined]
            f"can't read '{HOSTILE}' — try 2026-11-24 14:00, today 14:00 or yesterday"
        )
        assert f"can't read '{HOSTILE}'" in shown(app)
        app.screen.query_one("#interview-date", Input).value = "today 9:00"
        await pilot.press("ctrl+n")
        await settle(pilot)

        assert isinstance(app.screen, InterviewersScreen)
        fill_every_field(app, HOSTILE, skip=("person-email",))
        app.screen.query_one("#new-point", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert HOSTILE in preview_text(app)
        assert HOSTILE in shown(app)
        await pilot.press("ctrl+n")
        await settle(pilot)

        assert isinstance(app.screen, PitchScreen)
        fill_every_field(app, HOSTILE)
        await settle(pilot)
        for _ in range(2):
            await pilot.press("ctrl+n")
            await settle(pilot)

        assert isinstance(app.screen, ReviewScreen)
        assert HOSTILE in preview_text(app)
        await pilot.press("c")  # the copy menu names the interviewer
        await settle(pilot)
        assert HOSTILE in shown(app)
        await pilot.press("b")  # the body, and a message naming them
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        fill_every_field(app, HOSTILE)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert preview_text(app) == HOSTILE + "\n"
        screen_text = shown(app)
        assert HOSTILE in screen_text and "[@click=app.quit]q" in screen_text

        for _ in range(5):
            await pilot.press("escape")
            await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert HOSTILE in shown(app)  # the sessions table
        await pilot.press("slash")
        fill_every_field(app, "[/]")
        await settle(pilot)
        await pilot.press("ctrl+q")
    saved = read_only_session(data_dir)
    assert saved["candidate"]["name"] == HOSTILE  # type: ignore[index]
    assert saved["interview"]["company"] == HOSTILE  # type: ignore[index]
    person = saved["interviewers"][0]  # type: ignore[index]
    assert person["title"] == person["salutation"] == HOSTILE
    assert person["points"] == [{"text": HOSTILE, "why": HOSTILE}]
    assert person["notes"][0]["body"] == HOSTILE + "\n"
    assert person["notes"][0]["subject"] == HOSTILE


async def test_review_edit_regenerate_and_mark_sent(data_dir: Path):
    store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.show_step("review")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("e")
        await settle(pilot)
        body = app.screen.query_one("#edit-body", TextArea)
        assert app.focused is body
        body.text = "Dear Dr. Raman,\n\nMy own words.\n\nAlex"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert preview_text(app).startswith("Dear Dr. Raman,\n\nMy own words.")
        await pilot.press("s")  # mark sent
        await settle(pilot)
        await pilot.press("g", "y")  # regenerate, confirmed
        await settle(pilot)
        assert "My own words" not in preview_text(app)
        await pilot.press("ctrl+q")
    saved = tomllib.loads(store.path_for(session_id).read_text("utf-8"))
    assert saved["interviewers"][0].get("notes") is None


async def test_demo_flag_opens_the_demo_on_review(data_dir: Path):
    app = make_app(data_dir, demo=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert "Product Designer" in preview_text(app)


async def test_home_lists_sessions_and_broken_files(data_dir: Path):
    import_example(data_dir)
    broken = data_dir / "sessions" / "old.toml"
    broken.write_bytes(b"schema = 1\n[candidate\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#table")
        assert table.row_count == 1  # type: ignore[attr-defined]
        broken_text = str(app.screen.query_one("#broken").render())
        assert "broken: old.toml" in broken_text and "left untouched" in broken_text
        await type_text(pilot, "/")
        await type_text(pilot, "nomatch")
        await settle(pilot)
        assert table.row_count == 0  # type: ignore[attr-defined]
    assert broken.read_bytes() == b"schema = 1\n[candidate\n"


@pytest.mark.parametrize("size", [(80, 24)])
async def test_usable_at_80_by_24_with_toggled_preview(data_dir: Path, size: tuple[int, int]):
    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.show_step("interview")
        await settle(pilot)
        preview = app.screen.query_one(NotePreview)
        assert not preview.display or preview.region.height == 0
        await pilot.press("f2")
        await settle(pilot)
        assert preview.region.height > 0


async def test_duplicate_for_the_next_round_and_trash_with_confirmation(data_dir: Path):
    store, first = import_example(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.query_one("#interview-company", Input).value == "Acme Robotics"
        await pilot.press("escape")  # nothing typed: the round is not saved
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert store.ids() == [first]
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("end", "space", "backspace")  # typed into: now it is a session
        await pilot.press("escape")
        await settle(pilot)
        assert len(store.ids()) == 2
        copy = next(i for i in store.ids() if i != first)
        duplicated = store.load(copy).session
        assert duplicated.interview.stage.value == "final"  # the next round
        assert duplicated.interviewers == []
        assert duplicated.candidate.name == "Alex Morgan"

        table = app.screen.query_one("#table")
        table.move_cursor(row=[str(k.value) for k in table.rows].index(first))  # type: ignore[attr-defined]
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("n")  # "no" keeps it
        await settle(pilot)
        assert first in store.ids()
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert store.ids() == [copy]
        assert len(list(store.trash_dir.glob(f"{first}.*.toml"))) == 1


async def test_profile_from_home_is_saved_and_fills_new_sessions(data_dir: Path):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        await type_text(pilot, "Rosa Delgado")
        await pilot.press("tab")
        await type_text(pilot, "not-an-email")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)  # the bad email is named, not saved
        error = app.screen.query_one("#error-candidate-email")
        assert (
            error.message
            == "Your email: 'not-an-email' is not an email address; it should look like "
            "name@example.com"
        )  # type: ignore[attr-defined]
        await pilot.press("ctrl+u")
        await type_text(pilot, "rosa@example.com")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("n")  # no profile question now: straight to the interview
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert app.editor.is_open
        assert app.editor.session.candidate.email == "rosa@example.com"
    profile = tomllib.loads((data_dir / "profile.toml").read_text("utf-8"))
    assert profile == {"name": "Rosa Delgado", "email": "rosa@example.com"}


async def test_next_and_back_buttons_work_with_the_mouse(data_dir: Path):
    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        await pilot.click("#step-next")
        await settle(pilot)
        assert isinstance(app.screen, InterviewersScreen)
        app.screen.query_one("#step-back").scroll_visible(animate=False)  # as a person scrolls
        await settle(pilot)
        await pilot.click("#step-back")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        await pilot.click("Tab#review")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.click("#review-copy")
        await settle(pilot)
        await pilot.click("ChooseScreen OptionList")  # the first choice: the body
        await settle(pilot)
        assert app.clipboard.startswith("Dear Dr. Raman,")


async def test_a_broken_pasted_character_is_replaced_visibly_not_lost(data_dir: Path):
    store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        company = app.screen.query_one("#interview-company", Input)
        company.value = "Acme \ud800Robotics"
        await settle(pilot)
        await pilot.press("ctrl+q")
    saved = store.load(session_id).session
    assert saved.interview.company == "Acme \ufffdRobotics"


async def test_a_file_changed_on_disk_is_kept_and_the_user_told(data_dir: Path):
    store, session_id = import_example(data_dir)
    path = store.path_for(session_id)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        hand_edit = path.read_text("utf-8").replace("Staff Software Engineer", "Edited Elsewhere")
        path.write_text(hand_edit, "utf-8")
        await type_text(pilot, " Inc")
        await pilot.press("ctrl+q")
    assert path.read_text("utf-8") == hand_edit
    conflicts = [p for p in store.ids() if "conflict" in p]
    assert len(conflicts) == 1
    assert store.load(conflicts[0]).session.interview.company == "Acme Robotics Inc"


def test_card_preview_wraps_lines_but_keeps_sign_off_and_name_apart():
    from rich.console import Console

    from thankyou_tui.compose import compose
    from thankyou_tui.data.codec import loads
    from thankyou_tui.model import Method
    from thankyou_tui.widgets.preview import CARD_WIDTH, render_note

    session = loads((FIXTURES / "examples" / "inperson-single.toml").read_text("utf-8"))
    card = next(n for n in compose(session, NOW) if n.method is Method.HANDWRITTEN)
    console = Console(width=80, record=True)
    console.print(render_note(card, None))
    lines = console.export_text().splitlines()
    inside = [line for line in lines if line.startswith("│")]
    assert all(len(line) <= CARD_WIDTH + 4 for line in lines if line.startswith(("│", "╭", "╰")))
    assert any(line.strip("│ ").startswith(card.body.strip().splitlines()[-2]) for line in inside)
    assert any(line.strip("│ ") == "Rosa Delgado" for line in inside)


async def test_command_palette_starts_a_new_session(data_dir: Path):
    (data_dir).mkdir(parents=True)
    (data_dir / "profile.toml").write_text('name = "Alex Morgan"\n')
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "New session")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)


async def test_per_person_methods_on_the_interviewers_step(data_dir: Path):
    store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.show_step("interviewers")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewersScreen)
        screen.select(1)  # Marcus Bell
        await settle(pilot)
        card = screen.query_one("#person-method-handwritten", Checkbox)
        assert card.value is False
        card.value = True
        await settle(pilot)
        assert app.editor.is_open
        people = app.editor.session.interviewers
        assert people[1].methods == [Method.EMAIL, Method.HANDWRITTEN]
        assert people[0].methods is None
        screen.select(0)
        await settle(pilot)
        assert card.value is False  # shows Priya's choice now
        await pilot.press("ctrl+q")
    saved = store.load(session_id).session
    assert saved.interviewers[1].methods == [Method.EMAIL, Method.HANDWRITTEN]


async def test_theme_choice_is_remembered_in_the_config_folder(data_dir: Path):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)
    settings = data_dir.parent / "config" / "settings.toml"
    assert tomllib.loads(settings.read_text("utf-8")) == {"theme": "nord"}
    again = make_app(data_dir)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "nord"
    assert not (data_dir / "settings.toml").exists()  # settings are not the user's data


async def test_quitting_or_leaving_mid_edit_keeps_the_words(data_dir: Path):
    store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.show_step("review")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#edit-body", TextArea).text = "Dear Dr. Raman,\n\nHalf-written."
        await pilot.click("Tab#pitch")  # leave without ctrl+s
        await settle(pilot)
        assert isinstance(app.screen, PitchScreen)
        app.show_step("review")
        await settle(pilot)
        await pilot.press("down", "e")
        await settle(pilot)
        app.screen.query_one("#edit-body", TextArea).text = "Dear Marcus,\n\nAlso half-written."
        await pilot.press("ctrl+q")
    people = store.load(session_id).session.interviewers
    assert people[0].notes[0].body == "Dear Dr. Raman,\n\nHalf-written.\n"
    assert people[1].notes[0].body == "Dear Marcus,\n\nAlso half-written.\n"


async def test_quitting_on_the_profile_screen_keeps_what_was_typed(data_dir: Path):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "Rosa")
        await pilot.press("ctrl+q")
    assert tomllib.loads((data_dir / "profile.toml").read_text("utf-8")) == {"name": "Rosa"}


async def test_a_session_without_your_name_is_signed_from_the_profile(data_dir: Path):
    store = SessionStore(data_dir)
    text = (FIXTURES / "examples" / "video-panel.toml").read_text("utf-8")
    text = text.replace('name = "Alex Morgan"', 'name = ""').replace(
        "schema = 1", 'schema = 1\n[progress]\nstep = "review"\ndraft = true', 1
    )
    (data_dir / "sessions").mkdir(parents=True)
    (data_dir / "sessions" / "unsigned.toml").write_text(text, "utf-8")
    (data_dir / "profile.toml").write_text('name = "Alex Morgan"\nemail = "alex@example.com"\n')
    app = make_app(data_dir, session_id="unsigned")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "\nAlex Morgan\nalex@example.com\n" in preview_text(app)
        await pilot.press("ctrl+q")
    assert store.load("unsigned").session.candidate.name == "Alex Morgan"


def test_the_sessions_table_gives_a_column_the_room_another_does_not_use():
    """A new user saw "Riverside Community…" and "Band 7 MSK…" beside 30 empty columns: a
    cut at a word leaves room the other column can use."""
    from thankyou_tui.screens.home import _spend_slack, shorten

    assert shorten("Riverside Community NHS Trust", 21) == "Riverside Community…"
    assert shorten("Band 7 MSK Physiotherapist", 23) == "Band 7 MSK…"
    company, role = _spend_slack(
        ["Riverside Community NHS Trust"], ["Band 7 MSK Physiotherapist"], 23, 23
    )
    assert company + role == 46 and role == 26  # the role whole, the company cut at a word
    assert shorten("Riverside Community NHS Trust", company) == "Riverside Community…"
