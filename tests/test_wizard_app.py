"""The wizard's defects, one pilot test each: nothing typed is lost or trapped, and every
message and key means what it says (issue: the wizard gets one owner)."""

from __future__ import annotations

import html
import re
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
from textual.color import Color
from textual.pilot import Pilot
from textual.widgets import Button, Checkbox, Footer, Input, TextArea

from thankyou_tui import app as app_module
from thankyou_tui.app import ThankYouApp
from thankyou_tui.model import Tone
from thankyou_tui.screens.confirm import ConfirmScreen
from thankyou_tui.screens.home import HomeScreen
from thankyou_tui.screens.interview import InterviewScreen
from thankyou_tui.screens.interviewers import InterviewersScreen
from thankyou_tui.screens.pitch import PitchScreen
from thankyou_tui.screens.review import ReviewScreen
from thankyou_tui.widgets.form import FieldError, FieldHint
from thankyou_tui.widgets.point_list import PointList
from thankyou_tui.widgets.preview import NotePreview, NoteReader
from thankyou_tui.wizard import Step

from .test_app import (
    SIZE,
    fill,
    import_example,
    make_app,
    preview_text,
    read_only_session,
    session_files,
    settle,
    type_text,
    wait_for,
)

THURSDAY = datetime(2026, 11, 26, 10, 0)


def profiled(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "profile.toml").write_text('name = "Alex Morgan"\n')


async def to_interviewers(pilot: Pilot[object]) -> None:
    """A new session, through the interview step, to the first person's point line."""
    await pilot.press("n")
    await settle(pilot)
    await fill(pilot, "Acme Robotics")
    await pilot.press("tab")
    await fill(pilot, "Engineer")
    await pilot.press("ctrl+n")
    await settle(pilot)
    assert isinstance(pilot.app.screen, InterviewersScreen)
    await fill(pilot, "Priya Raman")
    pilot.app.screen.query_one("#new-point", Input).focus()
    await pilot.pause()


def saved_points(data_dir: Path) -> list[object]:
    people = read_only_session(data_dir)["interviewers"]
    assert isinstance(people, list)
    return list(people[0].get("points", []))


# 1. A point typed but not confirmed with Enter is kept on every way out.


@pytest.mark.parametrize("exit_key", ["ctrl+n", "next-button", "tab-click", "ctrl+q", "escape"])
async def test_a_point_typed_without_enter_is_kept_on_every_way_out(data_dir: Path, exit_key):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await to_interviewers(pilot)
        await type_text(pilot, "her plan to move")
        if exit_key == "next-button":
            pilot.app.screen.query_one("#step-next").scroll_visible(animate=False)
            await pilot.pause()
            await pilot.click("#step-next")
        elif exit_key == "tab-click":
            await pilot.click("Tab#pitch")
        else:
            await pilot.press(exit_key)
        if exit_key != "ctrl+q":
            await settle(pilot)
            await pilot.press("ctrl+q")
    assert saved_points(data_dir) == ["her plan to move"]


async def test_a_point_survives_the_terminal_closing(data_dir: Path):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await to_interviewers(pilot)
        await type_text(pilot, "on-call load")
        app.exit()  # no quit action: as when the window is closed
    assert saved_points(data_dir) == ["on-call load"]


async def test_a_point_added_without_a_why_says_the_note_mentions_it_plainly_or_leaves_it_out(
    data_dir: Path,
):
    """Readers marked plain points down; the nudge is where the eye is, as the point is added."""
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await to_interviewers(pilot)
        hint = app.screen.query_one("#hint-new-point", FieldHint)
        assert "Why line" not in str(hint.content)
        await fill(pilot, "Discussed their roadmap")
        await pilot.press("enter")
        await settle(pilot)
        assert "mentions it plainly" in str(hint.content)
        await fill(pilot, "her team's on-call load")
        await pilot.press("tab")
        await fill(pilot, "I ran on-call for 3 years")
        await pilot.press("enter")
        await settle(pilot)
        assert "mentions it plainly" not in str(hint.content)


# 2. Points are edited in place; removing a point or a person can be undone.


async def test_points_edit_in_place_and_removals_undo(data_dir: Path):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await to_interviewers(pilot)
        for point in ("the roadmap", "on-call"):
            await fill(pilot, point)
            await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, InterviewersScreen)
        points = screen.query_one("#points", PointList)
        points.focus()
        points.highlighted = 0
        await pilot.press("enter")  # edit the first
        await settle(pilot)
        assert app.focused is screen.query_one("#new-point", Input)
        await fill(pilot, " for 2027")
        await pilot.press("tab")
        await fill(pilot, "I planned one before")
        await pilot.press("enter")
        await settle(pilot)
        people = app.editor.session.interviewers
        assert [(p.text, p.why) for p in people[0].points] == [
            ("the roadmap for 2027", "I planned one before"),
            ("on-call", ""),
        ]
        points.focus()
        points.highlighted = 1
        await pilot.press("delete")
        await settle(pilot)
        assert [p.text for p in people[0].points] == ["the roadmap for 2027"]
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert [p.text for p in people[0].points] == ["the roadmap for 2027", "on-call"]

        assert not screen.query_one("#remove-person", Button).can_focus  # no stray Space
        await pilot.click("#remove-person")
        await settle(pilot)
        assert people[0].name == ""
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.editor.session.interviewers[0].name == "Priya Raman"


# 3. Esc in the note editor asks before dropping changes.


async def test_esc_in_the_note_editor_asks_and_enter_keeps_the_words(data_dir: Path):
    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.show_step(Step.REVIEW)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await fill(pilot, "P.S. ")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # neither: back to the editor, nothing lost
        await settle(pilot)
        assert "P.S. " in app.screen.query_one("#edit-body", TextArea).text
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")  # the safe answer: keep them
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert "P.S. " in preview_text(app)
        await pilot.press("ctrl+q")
    body = read_only_session(data_dir)["interviewers"][0]["notes"][0]["body"]  # type: ignore[index]
    assert "P.S. " in body


# 4. At 80x24 a note can be read whole: the preview scrolls, says there is more, opens full.


async def test_at_80_by_24_the_review_preview_scrolls_and_opens_full_screen(data_dir: Path):
    _store, session_id = import_example(data_dir, "messy-panel-inperson.toml")
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.show_step(Step.REVIEW)
        await settle(pilot)
        preview = app.screen.query_one(NotePreview)
        await wait_for(pilot, lambda: preview.max_scroll_y > 0, "a note taller than the pane")
        assert "more ↓" in str(preview.border_subtitle)
        preview.focus()
        await pilot.press("end")
        await wait_for(pilot, lambda: preview.scroll_y == preview.max_scroll_y, "the end")
        assert "more" not in str(preview.border_subtitle)
        await pilot.press("home", "pagedown")
        await wait_for(pilot, lambda: preview.scroll_y > 0, "a page down")
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, NoteReader)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)


# 5. Messages name their field, go as soon as it is fixed; going back is never blocked.


async def test_messages_name_the_field_and_go_once_it_is_fixed(data_dir: Path):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        company = screen.query_one("#error-interview-company", FieldError)
        assert company.message == "Company is required; fill it in"
        await type_text(pilot, "A")
        await settle(pilot)
        assert company.message is None  # gone at once, not at the next Next
        assert screen.query_one("#error-interview-role", FieldError).message == (
            "Role is required; fill it in"
        )
        await pilot.press("ctrl+b")  # back: never blocked by a required field
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_preview_shows_the_last_keystroke(data_dir: Path):
    """The preview follows typing to the last key (a test that fails when it lags)."""
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("tab")
        await type_text(pilot, "Data Enginee")
        await settle(pilot)
        # The role is followed by "role" or "position" (the wording may vary), never by more
        # letters: a word boundary after the last key typed.
        assert re.search(r"\bData Enginee\b", preview_text(app))
        await type_text(pilot, "r")
        await settle(pilot)
        assert re.search(r"\bData Engineer\b", preview_text(app))


# 6. Focus is obvious in every theme; text typed with nothing focused is not lost.


@pytest.mark.parametrize(
    "theme", ["textual-dark", "textual-light", "nord", "gruvbox", "solarized-light"]
)
async def test_the_focused_field_stands_out_in_every_theme(data_dir: Path, theme: str):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.press("n")
        await settle(pilot)
        company = app.screen.query_one("#interview-company", Input)
        role = app.screen.query_one("#interview-role", Input)
        assert app.focused is company
        focused_bg: Color = company.styles.background
        other_bg: Color = role.styles.background
        distance = sum(abs(a - b) for a, b in zip(focused_bg.rgb, other_bg.rgb, strict=True))
        assert distance > 60, (theme, focused_bg, other_bg)


async def test_text_typed_with_nothing_focused_goes_into_the_first_field(data_dir: Path):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        app.screen.set_focus(None)
        await type_text(pilot, "Acme")
        await settle(pilot)
        assert app.editor.session.interview.company == "Acme"


async def test_space_on_a_checkbox_says_what_it_did_and_shows_it(data_dir: Path):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        box = app.screen.query_one("#interview-panel", Checkbox)
        # Off and on differ in the characters drawn, not only in colour (a monochrome
        # terminal showed the same dim "X" for both).
        assert str(box.render()).startswith("▐ ▌")
        box.focus()
        await pilot.press("space")
        await settle(pilot)
        assert any("Panel: on" in str(n.message) for n in app._notifications)
        assert str(box.render()).startswith("▐X▌")


# 7. Dates: "next friday" as people mean it, the parsed date shown, the future questioned.


def thursday_app(data_dir: Path) -> ThankYouApp:
    profiled(data_dir)
    app = make_app(data_dir)
    app.clock = lambda: THURSDAY
    return app


async def focus_the_date(pilot: Pilot[object]) -> Input:
    """A new session, the cursor in its date field."""
    await pilot.press("n")
    await settle(pilot)
    field = pilot.app.screen.query_one("#interview-date", Input)
    field.focus()
    await pilot.pause()
    return field


async def test_dates_read_as_people_mean_them_and_the_future_is_questioned(data_dir: Path):
    app = thursday_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await focus_the_date(pilot)
        await fill(pilot, "next friday 10:00")  # over the selected default, as typing does
        await settle(pilot)
        hint = app.screen.query_one("#hint-interview-date", FieldHint)
        shown = str(hint.content)
        assert "Fri 4 Dec 2026, 10:00" in shown and "in the future" in shown
        assert any("still ahead" in a for a in app.screen.query_one(NotePreview).note.advice)  # type: ignore[union-attr]


async def test_typing_a_time_key_by_key_never_leaves_a_stale_error(data_dir: Path):
    """'2026-11-26 10' is read as 10:00, '10:' and '10:0' are not dates; at '10:00' the
    field is back to the kept value and the error must go."""
    app = thursday_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        field = await focus_the_date(pilot)
        await pilot.press("end")
        await type_text(pilot, " 10:00")
        await settle(pilot)
        assert field.value.endswith(" 10:00")
        error = app.screen.query_one("#error-interview-date", FieldError)
        assert error.message is None
        assert "10:00" in str(app.screen.query_one("#hint-interview-date", FieldHint).content)


# 8. Esc: one meaning per place; a session nobody typed into leaves no file.


async def test_esc_means_back_to_sessions_and_an_untouched_new_session_is_not_saved(
    data_dir: Path,
):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        shown = {
            b.binding.key: b.binding.description
            for b in app.screen.active_bindings.values()
            if b.binding.show
        }
        assert shown["escape"] == "Sessions"  # the footer says what esc does here
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert session_files(data_dir) == []
        await pilot.press("slash")
        await type_text(pilot, "zzz")
        await pilot.press("escape")  # in the search: clear it and back to the list
        await settle(pilot)
        assert app.screen.query_one("#search", Input).value == ""
        assert not isinstance(app.focused, Input)


# 9. At 80 columns nothing important is cut.


async def footer_text(app: app_module.ThankYouApp) -> str:
    svg = app.export_screenshot()
    text = html.unescape(re.sub(r"<[^>]+>", "", svg))
    return text.replace("\xa0", " ")


@pytest.mark.parametrize(
    "step", ["home", "interview", "interviewers", "pitch", "delivery", "review"]
)
async def test_at_80_columns_quit_and_help_are_in_every_footer(data_dir: Path, step: str):
    _store, session_id = import_example(data_dir, "messy-panel-inperson.toml")
    app = make_app(data_dir, session_id=None if step == "home" else session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        if step != "home":
            app.show_step(Step(step))
            await settle(pilot)
        text = await footer_text(app)
        # (The footer's line, wherever the screenshot puts it: under load on CI an input's
        # placeholder came after it in the SVG, and the last line was "e.g. Dr. Raman, …".)
        lines = [line for line in text.splitlines() if line.strip()]
        assert any("Quit" in line and "Help" in line for line in lines), lines[-3:]
        if step == "home":
            assert "Next" in text and "overdue" in text
        assert app.screen.query_one(Footer)


# 10. The preview follows the person added; F2 stays as left; the focused field stays in view.


async def test_the_preview_follows_the_new_person_and_f2_stays_as_left(data_dir: Path):
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_interviewers(pilot)
        await fill(pilot, "the roadmap")
        await pilot.press("enter")
        await pilot.press("ctrl+o")
        await settle(pilot)
        await fill(pilot, "Marcus Bell")
        await settle(pilot)
        assert preview_text(app).startswith("Dear Marcus,")
        await pilot.press("f2")
        await settle(pilot)
        assert app.screen.has_class("-show-preview")
        focused = app.focused
        assert focused is not None
        await wait_for(
            pilot,
            lambda: app.screen.query_one("#form").region.contains_region(focused.region),
            "the focused field to stay in view",
        )
        await pilot.press("ctrl+b")  # to the interview step: the pane stays open
        await settle(pilot)
        assert app.screen.has_class("-show-preview")


# 11. The demo never lands among your sessions and leaves nothing behind.


async def test_the_demo_is_a_throwaway(data_dir: Path, tmp_path: Path):
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        demo_dir = app.demo_dir
        assert demo_dir is not None and demo_dir.exists()
        await pilot.press("escape")
        await settle(pilot)
        assert session_files(data_dir) == []
        assert not demo_dir.exists()


def test_demo_flag_leaves_no_folder_and_keeps_no_theme(monkeypatch, tmp_path: Path):
    made: list[Path] = []

    def fake_run(self: app_module.ThankYouApp) -> None:
        made.append(self.root)
        assert self.start_demo

    monkeypatch.setattr(app_module.ThankYouApp, "run", fake_run)
    assert app_module.run(tmp_path / "data", session_id=None, demo=True) == 0
    (root,) = made
    assert not root.exists()


async def test_a_theme_tried_in_the_demo_is_not_kept(data_dir: Path):
    app = make_app(data_dir, demo=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)
    settings = data_dir.parent / "config" / "settings.toml"
    assert not settings.exists() or "nord" not in tomllib.loads(settings.read_text())


async def to_pitch(pilot: Pilot) -> None:
    """From the sessions list to the Pitch step, with one point typed on the way."""
    await to_interviewers(pilot)
    await fill(pilot, "the roadmap")
    await pilot.press("enter")
    await pilot.press("ctrl+n")
    await settle(pilot)
    assert isinstance(pilot.app.screen, PitchScreen)


async def test_pitch_step_is_reached_with_its_fields(data_dir: Path):
    """A smoke test that the step after Interviewers still opens on its first field."""
    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await to_pitch(pilot)
        assert isinstance(app.focused, TextArea)


async def test_enter_on_the_tone_chooses_it_and_moves_on(data_dir: Path):
    """A new user pressed Enter on Tone, the Pitch step's last field, and nothing happened."""
    from thankyou_tui.screens.delivery import DeliveryScreen

    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await to_pitch(pilot)
        app.screen.query_one("#interview-tone").focus()
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DeliveryScreen)
        session = app.screen.session
        assert session.interview.tone is Tone.FORMAL


# Proofreading on the review step: findings beside the preview, counts in the list and header,
# marked in the note, and updated while the note is edited.


async def test_review_shows_findings_and_they_follow_an_edit(data_dir: Path):
    from thankyou_tui.screens.review import ReviewScreen as Review

    _store, session_id = import_example(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.speller is not None, "the spelling dictionary")
        app.show_step(Step.REVIEW)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, Review)
        findings = screen.query_one("#findings")
        # No errors; the note's "!" advice is named as suggestions, not contradicted.
        note = screen.selected
        assert note is not None
        shown = str(findings.content)
        if note.advice:
            assert "no errors" in shown and "suggestions" in shown, shown
        else:
            assert "No findings" in shown, shown
        await pilot.press("e")
        await settle(pilot)
        await fill(pilot, "I am gonna beleive it!!! ")
        await wait_for(
            pilot,
            lambda: "typo" in str(screen.query_one("#edit-findings").content),
            "the findings for the edit",
        )
        shown = str(screen.query_one("#edit-findings").content)
        assert "informal" in shown and "believe" in shown
        await pilot.press("ctrl+s")
        await settle(pilot)
        label = str(screen.query_one("#notes").get_option_at_index(0).prompt)
        assert "✖" in label and "⚠" in label
        assert "✖" in screen.findings_label
        preview = screen.query_one(NotePreview)
        assert any(f.code == "typo" and f.start is not None for f in preview.findings)


async def test_choosing_a_stage_and_a_format_from_their_lists_is_saved(data_dir: Path):
    """The first choice from a drop-down crashed the app at the next save (a StrEnum cleaned
    into a plain string): choose both, save, and read them back from the file."""
    from textual.widgets import Select

    from thankyou_tui.data.store import SessionStore
    from thankyou_tui.model import Format, Stage

    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "Kestrel Logistics")
        app.screen.query_one("#interview-stage", Select).value = Stage.FINAL.value
        app.screen.query_one("#interview-format", Select).value = Format.IN_PERSON.value
        await settle(pilot)
        app.save_now()
        await settle(pilot)
        assert app.is_running
        store = SessionStore(data_dir)
        (session_id,) = store.ids()
        interview = store.load(session_id).session.interview
        assert (interview.stage, interview.format) == (Stage.FINAL, Format.IN_PERSON)


# 13. A formal greeting is shown where it can be changed, and follows the points.


async def test_a_formal_greeting_follows_how_the_points_speak_of_the_person(data_dir: Path):
    _store, session_id = import_example(data_dir, "offer-formal-phone.toml")
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.show_step(Step.INTERVIEWERS)
        await settle(pilot)
        hint = app.screen.query_one("#hint-person-salutation", FieldHint)
        assert "“Dear Ms Castell,”" in str(hint.content)  # her point says "she offered"
        assert preview_text(app).startswith("Dear Ms Castell,")
        app.screen.query_one("#person-salutation", Input).focus()
        await pilot.pause()
        await fill(pilot, "Eleanor")  # the user knows better: their word wins
        await settle(pilot)
        assert "“Dear Eleanor,”" in str(hint.content)
        assert preview_text(app).startswith("Dear Eleanor,")


async def test_with_no_way_of_thanking_ticked_the_preview_says_so(data_dir: Path):
    """A user who unticked the email on the Delivery step saw "Your note appears here as you
    type." and waited for a note that could not come."""
    from thankyou_tui.screens.delivery import DeliveryScreen
    from thankyou_tui.widgets.preview import NO_METHOD_PREVIEW

    profiled(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await to_pitch(pilot)
        app.screen.query_one("#interview-tone").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DeliveryScreen)
        box = app.screen.query_one("#all-email", Checkbox)
        assert box.value
        box.focus()
        await pilot.press("space")
        await settle(pilot)
        preview = app.screen.query_one(NotePreview)
        assert preview.note is None
        assert NO_METHOD_PREVIEW in str(preview.query_one("#note-text").render())
        await pilot.press("space")  # ticked again: the note is back
        await settle(pilot)
        assert preview.note is not None


def test_the_preview_title_shortens_a_name_never_to_its_title_alone():
    """ "Email to Prof. · 114/180 words" on a narrow preview (a walk): the name, shorter."""
    from thankyou_tui.compose import compose
    from thankyou_tui.data.codec import loads
    from thankyou_tui.widgets.preview import preview_titles

    path = Path(__file__).parent / "fixtures" / "unseen" / "19-01-avalanche-forecaster.toml"
    session = loads(path.read_text("utf-8"))
    (note, *_) = compose(session, datetime(2026, 11, 3, 20))
    assert note.interviewer == "Prof. Corina Janett-Caduff"
    titles = preview_titles(note)
    assert not any(t.startswith("Email to Prof. ·") for t in titles)
    assert any(t.startswith("Email to Corina Janett-Caduff ·") for t in titles)
    assert any(t.startswith("Email to Corina ·") for t in titles)
