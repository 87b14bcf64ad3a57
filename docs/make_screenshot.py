"""Make docs/review.svg, the README's screenshot, with the app's own screenshot feature.

Run: python docs/make_screenshot.py   (uses a throwaway data folder and the demo session)
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import datetime
from pathlib import Path

from thankyou_tui.app import ThankYouApp

HERE = Path(__file__).parent


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        app = ThankYouApp(
            root / "data", demo=False, clock=lambda: datetime(2026, 11, 25, 18, 0),
            config_dir=root / "config",
        )  # fmt: skip
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.press("t")  # the demo session, opened on its review step
            await pilot.pause(0.5)
            app.save_screenshot("review.svg", str(HERE))


if __name__ == "__main__":
    asyncio.run(main())
