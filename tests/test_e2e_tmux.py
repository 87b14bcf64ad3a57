"""End to end: the installed `thankyou-tui` command in a real terminal (tmux), as a person uses it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
COMMAND = shutil.which("thankyou-tui") or str(Path(sys.executable).with_name("thankyou-tui"))

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (.ci/run installs it)"),
    pytest.mark.skipif(not Path(COMMAND).exists(), reason="thankyou-tui is not installed"),
]


class Terminal:
    def __init__(self, server: str) -> None:
        self.server = server

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        result = subprocess.run(
            [TMUX, "-L", self.server, *args], capture_output=True, text=True, check=False
        )
        return result.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait_for(self, text: str, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "t", "-l", text)
        time.sleep(0.3)

    def press(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "t", key)
            time.sleep(0.3)


@pytest.fixture
def terminal(data_dir: Path, tmp_path: Path) -> Iterator[Terminal]:
    server = f"thankyou-test-{uuid.uuid4().hex[:8]}"
    term = Terminal(server)
    status = tmp_path / "exit-code"
    env = {
        "THANKYOU_TUI_DATA_DIR": str(data_dir),
        "THANKYOU_TUI_CONFIG_DIR": os.environ["THANKYOU_TUI_CONFIG_DIR"],
        "TERM": "xterm-256color",
        # Textual believes COLUMNS/LINES over the terminal; pytest may have set them.
        "COLUMNS": "100",
        "LINES": "32",
    }
    env_args = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
    term.tmux(
        "new-session", "-d", "-s", "t", "-x", "100", "-y", "32", *env_args,
        f"{COMMAND}; echo $? > {status}; sleep 30",
    )  # fmt: skip
    term.tmux("set-option", "-g", "set-clipboard", "on")
    try:
        yield term
    finally:
        term.tmux("kill-server")


def test_a_short_session_typed_in_a_real_terminal(terminal: Terminal, data_dir: Path):
    terminal.wait_for("No sessions yet")
    terminal.press("n")
    terminal.wait_for("About you")
    terminal.type("Sam Lee")
    terminal.press("Tab")
    terminal.type("sam@example.com")
    terminal.press("Enter", "Enter", "Enter", "Enter")  # phone, country, region: done
    terminal.wait_for("The interview")
    terminal.type("Riverbend Library")
    terminal.press("Enter")
    terminal.type("Librarian")
    terminal.press("Tab", "Tab", "Tab", "Tab")
    terminal.type("today 9:30")
    terminal.press("Enter", "Enter")
    terminal.wait_for("Who interviewed you?")
    terminal.type("Grace Kim")
    terminal.press("Enter", "Enter", "Enter", "Enter")
    terminal.type("the teen coding club")
    terminal.press("Enter")
    shown = terminal.wait_for("Dear Grace,")
    assert "Riverbend Library" in shown
    terminal.press("Enter")  # empty point line: next step
    terminal.wait_for("Your pitch")
    terminal.press("C-n")
    terminal.wait_for("How to thank them")
    terminal.press("C-n")
    terminal.wait_for("Notes")
    terminal.press("c")
    terminal.wait_for("Whole email")
    terminal.press("w")
    terminal.wait_for("through the terminal")  # "Copied … and" or "Sent … only"
    # With set-clipboard on, tmux takes the app's OSC 52 copy into its paste buffer.
    copied = terminal.tmux("show-buffer")
    assert copied.startswith("Subject: ") and "Dear Grace," in copied  # no address: no To:
    assert copied.rstrip().endswith("sam@example.com")
    terminal.press("C-q")
    time.sleep(1)
    (path,) = (data_dir / "sessions").glob("*.toml")
    saved = tomllib.loads(path.read_text("utf-8"))
    assert saved["interview"]["company"] == "Riverbend Library"
    assert saved["interviewers"][0] == {"name": "Grace Kim", "points": ["the teen coding club"]}
    assert "Traceback" not in terminal.screen()


HOSTILE_TEXT = "Evil\x1b]0;pwned\x07 Co\x1b]52;c;aGFja2Vk\x07\x1b[2J\x1bP+q544e\x1b\\\x00\u202eend"


@pytest.fixture
def hostile_session(data_dir: Path) -> str:
    """A session file crafted to set the pane title, write the clipboard and clear the
    screen, were its text ever sent to the terminal as is."""
    import tomli_w

    source = tomllib.loads(
        (Path(__file__).parent / "fixtures" / "examples" / "video-panel.toml").read_text()
    )
    source["interview"]["company"] = HOSTILE_TEXT
    source["interviewers"][0]["name"] = "Priya" + HOSTILE_TEXT
    source["interviewers"][0]["points"] = ["her plan" + HOSTILE_TEXT]
    sessions = data_dir / "sessions"
    sessions.mkdir(parents=True)
    (sessions / "hostile.toml").write_text(tomli_w.dumps(source), "utf-8")
    return "hostile"


def test_escape_sequences_in_a_session_never_reach_the_terminal(
    hostile_session: str, terminal: Terminal
):
    terminal.tmux("set-buffer", "untouched")
    terminal.wait_for("Sessions")
    terminal.press("Enter")  # open it: every field, the people list and the preview
    terminal.wait_for("Interviewers")
    terminal.press("C-n")
    terminal.wait_for("Who interviewed you?")
    time.sleep(1)
    title = terminal.tmux("display-message", "-p", "-t", "t", "#{pane_title}")
    assert "pwned" not in title
    assert terminal.tmux("show-buffer") == "untouched"  # no OSC 52 from the file
    raw = terminal.tmux("capture-pane", "-p", "-e", "-t", "t")
    assert "\x1b]" not in raw and "\x1bP" not in raw and "\x00" not in raw
    screen = terminal.screen()
    assert "␛" in screen  # shown visibly, not obeyed
    assert "Evil" in screen
