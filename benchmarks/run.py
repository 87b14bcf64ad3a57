"""Every performance figure, each as a ratio against its baseline run in the same invocation.

Run:  python benchmarks/run.py            (about three minutes; --quick for fewer repeats)

The package is byte-compiled first, as an install has it. Whole processes are timed with
time.perf_counter, interleaved with their baseline and repeated; the median is reported. First
frames are timed in tmux (launch until the screen shows the expected text). CPU per keystroke
is process CPU in one process (pilot), preview and checks on against off. Peak memory is the
child's ru_maxrss from os.wait4. Prints the table with each budget and whether it holds.
Never used as a test: speed is not asserted in the suite.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "tests" / "fixtures" / "examples" / "video-panel.toml"
COMMAND = shutil.which("thankyou-tui") or str(Path(sys.executable).with_name("thankyou-tui"))
TMUX = shutil.which("tmux")

MINIMAL_APP = textwrap.dedent(
    """
    import sys
    from textual.app import App
    from textual.widgets import Input, Static, TextArea

    class Minimal(App):
        def compose(self):
            yield Static("READY")
            yield Input()
            yield TextArea()
        def on_mount(self):
            if len(sys.argv) > 1:  # measuring memory: leave once the first frame is up
                self.set_timer(1.0, self.exit)

    Minimal().run(headless=len(sys.argv) > 1)
    """
)

APP_MEMORY = textwrap.dedent(
    """
    import asyncio, sys, time
    from datetime import datetime
    from pathlib import Path
    from thankyou_tui.app import ThankYouApp

    async def main():
        root = Path(sys.argv[1])
        review = sys.argv[2] == "review"
        app = ThankYouApp(root, session_id=sys.argv[3] if review else None,
                          config_dir=root.parent / "config")
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause(0.5)
            if review:
                app.show_step("review")
                deadline = time.monotonic() + 20
                while app.speller is None and time.monotonic() < deadline:
                    await pilot.pause(0.1)
                await pilot.pause(0.5)

    asyncio.run(main())
    """
)


@dataclass
class Figure:
    name: str
    baseline: str
    ratio: float
    budget: float
    detail: str

    @property
    def holds(self) -> bool:
        return self.ratio <= self.budget


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return time.perf_counter() - start


def interleaved(
    ours: Callable[[], float], base: Callable[[], float], repeats: int
) -> tuple[float, float]:
    """Median of each, run alternately so both see the same machine."""
    a: list[float] = []
    b: list[float] = []
    ours(), base()  # warm the file cache
    for _ in range(repeats):
        a.append(ours())
        b.append(base())
    return statistics.median(a), statistics.median(b)


def make_sessions(root: Path, count: int) -> str:
    """`count` session files under root/sessions (the example, renamed); returns one id."""
    sessions = root / "sessions"
    sessions.mkdir(parents=True, exist_ok=True)
    text = EXAMPLE.read_text("utf-8")
    for n in range(count):
        body = text.replace("Acme Robotics", f"Acme Robotics {n}")
        (sessions / f"acme-{n:05d}.toml").write_text(body, "utf-8")
    return "acme-00000"


def env_for(root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "THANKYOU_TUI_DATA_DIR": str(root),
        "THANKYOU_TUI_CONFIG_DIR": str(root.parent / "config"),
    }


def tomllib_parse(root: Path) -> list[str]:
    code = (
        "import tomllib, pathlib\n"
        f"for p in pathlib.Path({str(root / 'sessions')!r}).glob('*.toml'):\n"
        "    tomllib.loads(p.read_text('utf-8'))\n"
    )
    return [sys.executable, "-c", code]


def first_frame(command: str, marker: str, env: dict[str, str]) -> float:
    """Seconds from launching `command` in a fresh tmux server until `marker` is on screen."""
    assert TMUX is not None
    server = f"bench-{uuid.uuid4().hex[:8]}"
    env_args = [
        x
        for k in ("THANKYOU_TUI_DATA_DIR", "THANKYOU_TUI_CONFIG_DIR")
        if k in env
        for x in ("-e", f"{k}={env[k]}")
    ]
    subprocess.run(
        [TMUX, "-L", server, "new-session", "-d", "-s", "b", "-x", "100", "-y", "32", "sh"],
        check=True,
    )
    try:
        start = time.perf_counter()
        subprocess.run(
            [TMUX, "-L", server, "respawn-pane", "-k", "-t", "b", *env_args, command], check=True
        )
        while time.perf_counter() - start < 30:
            shown = subprocess.run(
                [TMUX, "-L", server, "capture-pane", "-p", "-t", "b"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if marker in shown:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise RuntimeError(f"{marker!r} never appeared for {command}")
    finally:
        subprocess.run([TMUX, "-L", server, "kill-server"], check=False)


def peak_memory(command: list[str], env: dict[str, str] | None = None) -> int:
    """The child's peak resident memory in KB."""
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return int(usage.ru_maxrss)


async def keystroke_cpu(root: Path, session_id: str, live: bool) -> float:
    """Process CPU per key typing into a point of a three-person panel."""
    from thankyou_tui.app import ThankYouApp
    from thankyou_tui.screens.step import StepScreen

    text = "her team's on-call load across time zones "
    original = StepScreen.update_preview
    if not live:
        StepScreen.update_preview = lambda self: None  # type: ignore[method-assign]
    try:
        app = ThankYouApp(root, session_id=session_id, config_dir=root.parent / "config")
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause(0.3)
            app.show_step("interviewers")
            await pilot.pause(0.3)
            app.screen.query_one("#new-point").focus()
            await pilot.pause(0.2)
            start = time.process_time()
            await pilot.press(*text)
            await pilot.pause(0.5)  # the debounced preview and checks run too
            return (time.process_time() - start) / len(text)
    finally:
        StepScreen.update_preview = original  # type: ignore[method-assign]


def compile_package() -> None:
    """Byte-compile the package first, as `pip install .` does (the README's install).

    A development install run with PYTHONDONTWRITEBYTECODE set (as on the machines this was
    measured on) would otherwise compile every module of ours from source on every start,
    a cost no installed copy pays; Textual's own modules come compiled from their wheel.
    """
    import thankyou_tui

    compileall.compile_dir(Path(thankyou_tui.__file__).parent, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and sessions")
    args = parser.parse_args()
    compile_package()
    repeats = 5 if args.quick else 11
    big = 2000 if args.quick else 10_000
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        small_root, big_root = Path(tmp) / "small" / "data", Path(tmp) / "big" / "data"
        small_id = make_sessions(small_root, 100)
        make_sessions(big_root, big)
        small_env, big_env = env_for(small_root), env_for(big_root)
        python_pass = [sys.executable, "-c", "pass"]

        ours, base = interleaved(
            lambda: timed([COMMAND, "--version"]), lambda: timed(python_pass), repeats
        )
        figures.append(
            Figure(
                "thankyou-tui --version",
                "python -c pass",
                ours / base,
                2.5,
                f"{ours * 1000:.0f} ms vs {base * 1000:.0f} ms",
            )
        )

        ours, base = interleaved(
            lambda: timed([COMMAND, "list"], small_env), lambda: timed(python_pass), repeats
        )
        figures.append(
            Figure(
                "thankyou-tui list, 100 sessions",
                "python -c pass",
                ours / base,
                6,
                f"{ours * 1000:.0f} ms vs {base * 1000:.0f} ms",
            )
        )

        ours, base = interleaved(
            lambda: timed([COMMAND, "list"], big_env),
            lambda: timed(tomllib_parse(big_root)),
            max(3, repeats // 3),
        )
        figures.append(
            Figure(
                f"thankyou-tui list, {big:,} sessions",
                "tomllib parse of the files",
                ours / base,
                0.5,
                f"{ours:.2f} s vs {base:.2f} s",
            )
        )

        if TMUX is not None:
            minimal = Path(tmp) / "minimal.py"
            minimal.write_text(MINIMAL_APP)
            frame_small, frame_base = interleaved(
                lambda: first_frame(COMMAND, "Sessions", small_env),
                lambda: first_frame(f"{sys.executable} {minimal}", "READY", small_env),
                max(3, repeats // 2),
            )
            figures.append(
                Figure(
                    "first frame, home, 100 sessions (tmux)",
                    "minimal Textual app",
                    frame_small / frame_base,
                    1.3,
                    f"{frame_small:.2f} s vs {frame_base:.2f} s",
                )
            )
            frame_big, frame_small2 = interleaved(
                lambda: first_frame(COMMAND, "Sessions", big_env),
                lambda: first_frame(COMMAND, "Sessions", small_env),
                max(3, repeats // 3),
            )
            figures.append(
                Figure(
                    f"first frame, home, {big:,} sessions",
                    "the app with 100",
                    frame_big / frame_small2,
                    1.2,
                    f"{frame_big:.2f} s vs {frame_small2:.2f} s",
                )
            )

        # Memory first: a child forked from a process that has loaded Textual reports the
        # parent's pages as its own peak.
        minimal = Path(tmp) / "minimal.py"
        minimal.write_text(MINIMAL_APP)
        memory_app = Path(tmp) / "memory_app.py"
        memory_app.write_text(APP_MEMORY)
        base_kb = statistics.median(
            peak_memory([sys.executable, str(minimal), "exit"]) for _ in range(3)
        )
        home_kb = statistics.median(
            peak_memory([sys.executable, str(memory_app), str(small_root), "home", small_id])
            for _ in range(3)
        )
        review_kb = statistics.median(
            peak_memory([sys.executable, str(memory_app), str(small_root), "review", small_id])
            for _ in range(3)
        )
        figures.append(
            Figure(
                "peak memory, home screen",
                "minimal Textual app",
                home_kb / base_kb,
                1.3,
                f"{home_kb / 1024:.0f} MB vs {base_kb / 1024:.0f} MB",
            )
        )
        figures.append(
            Figure(
                "peak memory, review step, checks and spelling",
                "minimal Textual app",
                review_kb / base_kb,
                2.5,
                f"{review_kb / 1024:.0f} MB vs {base_kb / 1024:.0f} MB",
            )
        )

        live = statistics.median(
            asyncio.run(keystroke_cpu(small_root, small_id, True)) for _ in range(3)
        )
        still = statistics.median(
            asyncio.run(keystroke_cpu(small_root, small_id, False)) for _ in range(3)
        )
        figures.append(
            Figure(
                "CPU per keystroke, point of a panel, preview+checks live",
                "the same with them off",
                live / still,
                2,
                f"{live * 1000:.1f} ms vs {still * 1000:.1f} ms",
            )
        )

    python = platform.python_version()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {python}, "
        f"{platform.system()} {platform.release()}"
    )
    print()
    print("| figure | baseline in the same run | ratio | budget | holds | measured |")
    print("|---|---|---|---|---|---|")
    for f in figures:
        mark = "yes" if f.holds else "NO"
        print(f"| {f.name} | {f.baseline} | {f.ratio:.2f}× | ≤ {f.budget}× | {mark} | {f.detail} |")


if __name__ == "__main__":
    main()
