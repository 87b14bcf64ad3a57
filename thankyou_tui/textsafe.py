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
# C0 and C1 controls, DEL, and the bidirectional overrides and isolates that can make printed
# text read differently from what it is (U+202A-202E, U+2066-2069, U+200E/F).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """Remove terminal control sequences and control characters, keeping tabs and newlines."""
    text = text.replace("\r\n", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def one_line(text: str) -> str:
    """For table cells and list lines: controls gone and newlines folded to spaces."""
    return " ".join(strip_controls(text).split())


# Visible stand-ins for control characters in a field: a terminal never receives the control
# itself, and the user sees that something odd is there ("␛[2J" rather than a cleared screen).
_PICTURES = {i: chr(0x2400 + i) for i in range(0x20)} | {0x7F: "\u2421"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_FIELD_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> tuple[str, bool]:
    """Text that is safe to keep and to show: a lone surrogate (from some pastes; it cannot be
    saved as UTF-8) becomes U+FFFD, and a control character its visible symbol (ESC -> ␛, NUL
    -> ␀; C1 controls -> U+FFFD). Tabs and newlines stay. Returns the text and whether it
    changed, so the change can be reported rather than made silently."""
    cleaned = _SURROGATE.sub(REPLACEMENT, text)
    cleaned = _FIELD_CONTROLS.sub(lambda m: _PICTURES.get(ord(m[0]), REPLACEMENT), cleaned)
    return cleaned, cleaned != text


def address_line(name: str, email: str) -> str:
    """ "Katarzyna Nowak-Zielińska <k@example>" as a person reads it: the name quoted only where
    an address needs it ("inż. K. Nowak" has a full stop), never RFC 2047-encoded
    ("=?utf-8?q?in=C5=BC…?=" stood in the preview's To: line); a mail program's own header
    encodes it when the message is built."""
    name, email = one_line(name), one_line(email)
    if not name:
        return email
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{email}>"
