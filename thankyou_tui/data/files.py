"""Session files as files: ids, names, folders and safe reading. Light (no codec, no model),
so `list` from the index imports nothing it does not need."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

SUFFIX = ".toml"
SESSIONS = "sessions"  # the folder under the data folder with one file a session
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,150}")
# A session is a few kilobytes; a file far larger is not one (or is /dev/zero behind a link),
# and is refused unread.
MAX_FILE_BYTES = 1024 * 1024


class StoreError(Exception):
    """Something the user asked of the store that cannot be done; the message says why."""


def check_id(session_id: str) -> str:
    """An id names a file inside sessions/ and nothing else."""
    if not _ID.fullmatch(session_id) or ".." in session_id:
        raise StoreError(
            f"'{session_id}' is not a session id; ids are like acme-robotics-engineer-2026-11-24 "
            "(see 'thankyou-tui list')"
        )
    return session_id


def read_session_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES. A FIFO, a device, a folder or a
    huge file is refused without reading it (StoreError naming it); a missing file raises
    FileNotFoundError."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a session file; rename or move it") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise StoreError(f"{path}: is a folder, not a session file; rename or move it")
        if not stat.S_ISREG(info.st_mode):
            raise StoreError(
                f"{path}: is not a regular file (a pipe, device or folder); "
                "thankyou-tui only reads plain files: remove or replace it"
            )
        if info.st_size > MAX_FILE_BYTES:
            raise StoreError(
                f"{path}: is {info.st_size // 1024} KB; a session file is at most "
                f"{MAX_FILE_BYTES // 1024} KB, so it is left unread"
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise StoreError(f"{path}: grew past {MAX_FILE_BYTES // 1024} KB while read; left alone")
    return data


def check_folder(path: Path) -> None:
    """A data folder (or sessions/) that exists as something else is the user's to fix."""
    if path.exists() and not path.is_dir():
        raise StoreError(
            f"{path} is a file, not a folder; move it away, or point --data-dir "
            "(or THANKYOU_TUI_DATA_DIR) at another folder"
        )


def session_ids(root: Path) -> list[str]:
    """Every `*.toml` name in root/sessions/, whatever it is (a folder or a pipe by that name
    is listed as broken, not skipped)."""
    sessions = root / SESSIONS
    check_folder(root)
    check_folder(sessions)
    if not sessions.is_dir():
        return []
    found = []
    for entry in os.scandir(sessions):
        name = entry.name
        if name.endswith(SUFFIX) and not name.startswith("."):
            stem = name[: -len(SUFFIX)]
            if _ID.fullmatch(stem) and ".." not in stem:
                found.append(stem)
    return sorted(found)
