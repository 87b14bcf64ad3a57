"""SVG snapshots of every screen at 100×32 and 80×24 (pytest-textual-snapshot).

Update after a deliberate change with `pytest tests/test_snapshots.py --snapshot-update`,
then look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from thankyou_tui.data.store import SessionStore
from thankyou_tui.screens.help import HelpScreen

from .conftest import FIXTURES
from .test_app import make_app

SIZES = [(100, 32), (80, 24)]


async def quiet(pilot: Pilot[object]) -> None:
    """No blinking cursors, nothing pending: a stable picture."""
    await pilot.pause()
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False  # type: ignore[attr-defined]
    await pilot.pause()


def app_with_example(data_dir: Path, step: str | None):
    store = SessionStore(data_dir)
    session_id = store.import_file(FIXTURES / "examples" / "video-panel.toml")
    (data_dir / "profile.toml").write_text('name = "Alex Morgan"\n')
    app = make_app(data_dir, session_id=session_id if step else None)

    async def run_before(pilot: Pilot[object]) -> None:
        await pilot.pause()
        if step is not None:
            app.show_step(step)
        await quiet(pilot)

    return app, run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("step", ["interview", "interviewers", "pitch", "delivery", "review"])
def test_wizard_step(snap_compare, data_dir: Path, step: str, size: tuple[int, int]):
    app, run_before = app_with_example(data_dir, step)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home_with_a_session_and_a_broken_file(snap_compare, data_dir: Path, size):
    app, run_before = app_with_example(data_dir, None)
    (data_dir / "sessions" / "old.toml").write_bytes(b"schema = 1\n[candidate\n")
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home_first_run_welcome(snap_compare, data_dir: Path, size):
    assert snap_compare(make_app(data_dir), terminal_size=size, run_before=quiet)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_profile_first_time(snap_compare, data_dir: Path, size):
    app = make_app(data_dir)

    async def run_before(pilot: Pilot[object]) -> None:
        await pilot.press("n")
        await quiet(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare, data_dir: Path, size):
    app = make_app(data_dir)

    async def run_before(pilot: Pilot[object]) -> None:
        await pilot.press("f1")
        await quiet(pilot)
        assert isinstance(app.screen, HelpScreen)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_review_editing(snap_compare, data_dir: Path, size):
    app, prepare = app_with_example(data_dir, "review")

    async def run_before(pilot: Pilot[object]) -> None:
        await prepare(pilot)
        await pilot.press("e")
        await quiet(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
