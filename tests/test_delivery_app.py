"""Delivery in the app: copy (terminal and system clipboard), export, outcome, offer thanks."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Input, OptionList, TextArea

from thankyou_tui.compose import ComposedNote
from thankyou_tui.screens.choose import ChooseScreen
from thankyou_tui.screens.home import HomeScreen
from thankyou_tui.screens.interview import InterviewScreen
from thankyou_tui.screens.review import ReviewScreen
from thankyou_tui.widgets.preview import NotePreview, render_note

from .conftest import FakeClipboard
from .test_app import SIZE, import_example, make_app, preview_text, settle, wait_for


def rendered(note: ComposedNote) -> str:
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(render_note(note, None))
    return console.export_text()


def notifications(app: object) -> str:
    return "\n".join(n.message for n in app._notifications)  # type: ignore[attr-defined]


async def open_review(pilot, app) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    app.show_step("review")
    await settle(pilot)
    assert isinstance(app.screen, ReviewScreen)


async def test_copy_each_part_through_the_terminal_and_the_system_clipboard(
    data_dir: Path, fake_clipboard: FakeClipboard
):
    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot, app)
        note = app.screen.query_one(NotePreview).note
        assert note is not None
        assert "To: Priya Raman <priya.raman@acme.example>" in rendered(note)
        expected = {
            "b": "Dear Dr. Raman,",
            "s": "Thank you for your time — Staff Software Engineer",
            "t": "Priya Raman <priya.raman@acme.example>",
            "w": "To: Priya Raman <priya.raman@acme.example>\nSubject: Thank you",
        }
        for key, start in expected.items():
            await pilot.press("c")
            await settle(pilot)
            assert isinstance(app.screen, ChooseScreen)
            await pilot.press(key)
            await settle(pilot)
            assert app.clipboard.startswith(start), key
            await wait_for(pilot, lambda: fake_clipboard.text == app.clipboard, "the copy")
        assert app.clipboard.count("Subject:") == 1 and app.clipboard.endswith("0134\n")
        await wait_for(pilot, lambda: "system clipboard" in notifications(app), "the message")
        assert "read back" in notifications(app)


async def test_without_a_system_clipboard_it_says_so_and_offers_export(data_dir: Path):
    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot, app)
        await pilot.press("c", "b")
        await wait_for(
            pilot, lambda: "through the terminal only" in notifications(app), "the message"
        )
        assert "Press x to export" in notifications(app)
        assert app.clipboard.startswith("Dear Dr. Raman,")


@pytest.mark.parametrize("passes", [True, False])
async def test_inside_tmux_the_set_clipboard_hint_shows_only_when_tmux_would_block_it(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, passes: bool
):
    """A walk-through with `set-clipboard on` was still told to turn it on."""
    from thankyou_tui.screens import review

    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    monkeypatch.setattr(review, "tmux_passes_osc52", lambda: passes)
    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot, app)
        await pilot.press("c", "b")
        await wait_for(
            pilot, lambda: "through the terminal only" in notifications(app), "the message"
        )
        assert ("set-clipboard on" in notifications(app)) is not passes


async def test_control_characters_never_reach_the_clipboard(
    data_dir: Path, fake_clipboard: FakeClipboard
):
    store, session_id = import_example(data_dir)
    stored = store.load(session_id)
    stored.session.interviewers[0].points[0].text = "Kafka\x1b]52;c;aGk=\x07 move\x00"
    store.save(stored)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot, app)
        await pilot.press("c", "w")
        await wait_for(pilot, lambda: bool(fake_clipboard.text), "the copy")
        for text in (app.clipboard, fake_clipboard.text):
            assert "\x1b" not in text and "\x00" not in text and "\x07" not in text


async def test_export_from_the_app_writes_the_files_and_says_where(data_dir: Path):
    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot, app)
        await pilot.press("x")
        await settle(pilot)
        exports = data_dir.parent / "exports"
        names = sorted(p.suffix for p in exports.iterdir())
        assert names == [".eml", ".eml", ".ics", ".md", ".txt", ".txt"]
        assert str(exports) in notifications(app)


async def test_recording_a_rejection_offers_a_gracious_reply_and_stops_follow_ups(
    data_dir: Path,
):
    store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot, app)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ChooseScreen)
        await pilot.press("r")
        await settle(pilot)
        labels = [str(o.prompt) for o in app.screen.query_one("#notes", OptionList).options]
        assert labels[-1].startswith("Priya Raman · reply")
        app.screen.query_one("#notes", OptionList).highlighted = len(labels) - 1
        await settle(pilot)
        assert "your decision about the Staff Software Engineer" in preview_text(app)
        await pilot.press("ctrl+q")
    saved = tomllib.loads(store.path_for(session_id).read_text("utf-8"))
    assert saved["interview"]["outcome"] == "rejected"


async def test_offer_thanks_starts_an_offer_session_with_the_same_people(data_dir: Path):
    store, first = import_example(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.query_one("#interview-company", Input).value == "Acme Robotics"
        session = app.editor.session
        assert session.interview.stage.value == "offer"
        assert [p.name for p in session.interviewers] == ["Priya Raman", "Marcus Bell"]
        assert all(not p.points for p in session.interviewers)
        assert store.ids() == [first]  # nothing typed yet: not saved


async def test_mail_opens_a_mailto_link_or_saves_a_draft_when_too_long(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kwargs: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot, app)
        await pilot.press("m")
        await settle(pilot)
        (link,) = opened
        assert link.startswith("mailto:priya.raman@acme.example?subject=Thank%20you")
        assert "body=Dear%20Dr.%20Raman" in link
        # A long edit: too long for a link, so an .eml draft, and the message says why.
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#edit-body", TextArea).text = "Dear Dr. Raman,\n\n" + "word " * 600
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert len(opened) == 1
        (draft,) = (data_dir.parent / "exports").glob("*.eml")
        assert "too long for a mailto: link" in notifications(app)
        assert str(draft) in notifications(app)
