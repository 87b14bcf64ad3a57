"""Making user text safe to print on a terminal."""

from __future__ import annotations

import re

# ANSI/VT escape sequences (CSI, OSC, DCS, ...), then any remaining C0/C1 control except \t \n.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, SOS, PM, APC with terminator
    r"|\x1b[@-Z\\-_]"  # two-character escapes
    r"|[\x9b][0-?]*[ -/]*[@-~]",  # 8-bit CSI
    re.DOTALL,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove terminal control sequences and control characters, keeping tabs and newlines."""
    text = text.replace("\r\n", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def one_line(text: str) -> str:
    """For table cells and list lines: controls gone and newlines folded to spaces."""
    return " ".join(strip_controls(text).split())
