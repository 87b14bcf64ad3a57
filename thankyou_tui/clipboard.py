"""The system clipboard, through pyperclip (xclip, xsel, wl-copy, pbcopy, clip.exe), with a
timeout and a read-back. No Textual here: the app runs `system_copy` in a worker thread and
also sends OSC 52 through the terminal, then says which way the text went.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from dataclasses import dataclass

from thankyou_tui.textsafe import strip_controls

TIMEOUT = 2.0  # seconds: a hung clipboard tool must not hang the copy


@dataclass(frozen=True)
class CopyResult:
    copied: bool  # the system clipboard took it
    verified: bool  # and reading it back gave the same text
    detail: str  # "xclip", or why it could not ("no clipboard tool: install xclip…")


def plain(text: str) -> str:
    """What may go on a clipboard: user text without terminal controls."""
    return strip_controls(text)


def system_copy(text: str, timeout: float = TIMEOUT) -> CopyResult:
    """Put `text` on the system clipboard and read it back, within `timeout` seconds."""
    outcome: list[CopyResult] = []

    def attempt() -> None:
        outcome.append(_copy(text))

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        return CopyResult(False, False, f"the clipboard tool did not answer in {timeout:g} s")
    return outcome[0]


def _copy(text: str) -> CopyResult:
    try:
        import pyperclip  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a dependency; kept for broken installs
        return CopyResult(False, False, "pyperclip is not installed")
    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        return CopyResult(
            False, False, "no system clipboard here (install xclip, xsel or wl-clipboard)"
        )
    except Exception as exc:  # a tool that exists but fails (no display, permissions)
        return CopyResult(False, False, f"the system clipboard failed: {exc}")
    name = _tool_name(pyperclip) or "system clipboard"
    try:
        back = pyperclip.paste()
    except Exception:
        return CopyResult(True, False, name)
    return CopyResult(True, back == text, name)


def _tool_name(pyperclip: object) -> str:
    """ "xclip", "wl-clipboard", "pbcopy"… from pyperclip's chosen copy function's name."""
    copy = getattr(pyperclip, "copy", None)
    qualname = getattr(copy, "__qualname__", "") or ""
    # pyperclip names its functions init_xclip_clipboard.<locals>.copy_xclip and the like.
    head = qualname.split(".", 1)[0]
    return head.removeprefix("init_").removesuffix("_clipboard").replace("_", "-")


def tmux_passes_osc52() -> bool | None:
    """Inside tmux, whether it passes the terminal's clipboard escape on (its `set-clipboard`
    option is "on"); None outside tmux or when tmux cannot be asked. Run off the UI thread."""
    if not os.environ.get("TMUX") or shutil.which("tmux") is None:
        return None
    try:
        answer = subprocess.run(
            ["tmux", "show-options", "-gv", "set-clipboard"],
            capture_output=True,
            text=True,
            timeout=1,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return answer.stdout.strip() == "on" if answer.returncode == 0 else None
