"""App CPU per keystroke while typing on the Interviewers step, with the live preview.

Pilot wall time has an ~80 ms floor per key (idle detection), so this measures process CPU
time instead, against a baseline run in the same process: a bare Textual app with one Input
receiving the same keys. Run: python benchmarks/keystroke_bench.py
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from datetime import datetime
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Input

from thankyou_tui.app import ThankYouApp
from thankyou_tui.data.store import SessionStore

TEXT = "the plan to move fleet telemetry onto Kafka and how on-call is shared "
EXAMPLE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "examples"


class BareInput(App[None]):
    def compose(self) -> ComposeResult:
        yield Input()


async def cpu_per_key(app: App[object], before: object = None) -> float:
    async with app.run_test(size=(100, 32)) as pilot:
        if callable(before):
            before(app)
        await pilot.pause(0.3)
        start = time.process_time()
        await pilot.press(*TEXT)
        await pilot.pause(0.3)  # let the debounced preview and autosave run too
        return (time.process_time() - start) / len(TEXT)


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        store = SessionStore(root / "data")
        session_id = store.import_file(EXAMPLE / "video-panel.toml")
        app = ThankYouApp(
            root / "data",
            session_id=session_id,
            clock=lambda: datetime(2026, 11, 24, 19),
            config_dir=root / "config",
        )

        def to_points(app: App[object]) -> None:
            assert isinstance(app, ThankYouApp)
            app.show_step("interviewers")

        baseline = await cpu_per_key(BareInput())
        ours = await cpu_per_key(app, to_points)
        # show_step is applied before the pause, so the keys land on the person's name field.
    print(f"baseline, bare Input: {baseline * 1e3:.1f} ms CPU per key")
    print(f"thankyou-tui, Interviewers step with preview: {ours * 1e3:.1f} ms CPU per key")
    print(f"ratio: {ours / baseline:.2f}x; share of a 60 Hz frame: {ours * 60:.0%}")


if __name__ == "__main__":
    asyncio.run(main())
