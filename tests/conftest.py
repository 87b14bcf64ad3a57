from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyperclip  # type: ignore[import-untyped]
import pytest
from hypothesis import settings as _hypothesis_settings

# Derandomized: CI runs the same generated sessions every time, so a rare slip a random seed
# finds in a large panel (seeds 10, 15 and 16 found a word three times and a 98-word email in
# five-person panels; see the issue note) is fixed on purpose, not met as a flaky red build.
# Explore with `pytest --hypothesis-seed=N -p no:cacheprovider` after any change to notes.
_hypothesis_settings.register_profile("deterministic", derandomize=True)
_hypothesis_settings.load_profile("deterministic")

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"
FIXTURES = Path(__file__).parent / "fixtures"


# Times in snapshots and notes must not depend on the machine's zone.
os.environ["TZ"] = "UTC"
time.tzset()


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and config folders; a real user's are never touched."""
    data = tmp_path / "data"
    monkeypatch.setenv("THANKYOU_TUI_DATA_DIR", str(data))
    monkeypatch.setenv("THANKYOU_TUI_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("THANKYOU_TUI_EXPORT_DIR", str(tmp_path / "exports"))
    # Snapshots differ when these are set in the developer's shell.
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    monkeypatch.delenv("TMUX", raising=False)
    # The profile guesses the holiday country from the locale: none, unless a test sets one.
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    monkeypatch.setenv("LANG", "C.UTF-8")
    # The system clipboard is the machine's: tests get a clipboard that is not there, unless
    # they install a fake one (see FakeClipboard).
    monkeypatch.setattr(pyperclip, "copy", _no_clipboard)
    monkeypatch.setattr(pyperclip, "paste", _no_clipboard)
    return data


def _no_clipboard(*args: object) -> None:
    raise pyperclip.PyperclipException("no clipboard mechanism (test)")


class FakeClipboard:
    """A system clipboard that works, as xclip would."""

    def __init__(self) -> None:
        self.text = ""

    def copy(self, text: str) -> None:
        self.text = text

    def paste(self) -> str:
        return self.text


@pytest.fixture
def fake_clipboard(monkeypatch: pytest.MonkeyPatch) -> FakeClipboard:
    fake = FakeClipboard()
    monkeypatch.setattr(pyperclip, "copy", fake.copy)
    monkeypatch.setattr(pyperclip, "paste", fake.paste)
    return fake


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs


def example_files() -> list[Path]:
    """Copies of the shared example sessions, checked in so golden texts stay stable."""
    return sorted((FIXTURES / "examples").glob("*.toml"))


@pytest.fixture
def examples() -> list[Path]:
    files = example_files()
    assert files, "no example sessions found"
    return files


def copy_example(name: str, target: Path) -> Path:
    source = next(p for p in example_files() if p.name == name)
    target.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(source, target / name))


def run_cli(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m thankyou_tui ARGS` in a real subprocess (environment as the test set it)."""
    env = dict(os.environ)
    if data_dir is not None:
        env["THANKYOU_TUI_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "thankyou_tui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
