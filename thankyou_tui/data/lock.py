"""A lock file beside a session, so compare-and-write is atomic across processes.

A lock is a hidden file created with O_EXCL (which works on local disks and on the folders
people sync), holding the owner's pid and host. A lock left by a killed process is stale
once its pid is gone (same host) or it is older than STALE_AFTER; it is then taken over in
a way that never removes a live lock by mistake.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

STALE_AFTER = 30.0  # seconds: no save holds a lock this long
WAIT = 5.0  # seconds to wait for another copy of the app to finish its save
LOCK_SUFFIX = ".lock"


class LockTimeout(OSError):
    """Another copy of the app held the file for longer than WAIT."""


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}{LOCK_SUFFIX}")


def _host() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform  # Windows

    return platform.node()


def _owner() -> str:
    return f"{os.getpid()} {_host()}"


def _is_stale(owner: str, age: float) -> bool:
    if age > STALE_AFTER:
        return True
    pid_text, _, host = owner.partition(" ")
    if host != _host() or not pid_text.isdigit():
        return False  # another machine's lock: trust it until it is old
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, someone else's
    return False


def _read(lock: Path) -> tuple[str, float] | None:
    try:
        owner = lock.read_text("utf-8", errors="replace")
        age = time.time() - lock.stat().st_mtime
    except FileNotFoundError:
        return None
    return owner, age


def _take_over(lock: Path, owner: str) -> None:
    """Remove a stale lock, unless it was replaced by a live one meanwhile."""
    private = lock.with_name(f"{lock.name}.{os.getpid()}.stale")
    try:
        os.rename(lock, private)
    except FileNotFoundError:
        return
    try:
        if private.read_text("utf-8", errors="replace") != owner:
            # Someone else's fresh lock: put it back (never over a newer one).
            with contextlib.suppress(FileExistsError):
                os.link(private, lock)
    finally:
        with contextlib.suppress(FileNotFoundError):
            private.unlink()


def _write_new(path: Path, data: bytes) -> None:
    """Create `path` holding `data`; FileExistsError if it is there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def _create(lock: Path) -> None:
    """Create the lock with its owner already in it (raises FileExistsError if held).

    Written beside it and hard-linked into place, so no process ever sees (or leaves, when
    killed) an empty lock; where hard links are not supported, O_EXCL then write."""
    owner = _owner().encode("utf-8")
    temp = lock.with_name(f"{lock.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    _write_new(temp, owner)
    try:
        os.link(temp, lock)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some synced or FAT folders)
        _write_new(lock, owner)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


@contextlib.contextmanager
def file_lock(path: Path, wait: float = WAIT) -> Iterator[None]:
    """Hold `path`'s lock for the duration of the block."""
    lock = lock_path(path)
    deadline = time.monotonic() + wait
    while True:
        try:
            _create(lock)
        except FileExistsError:
            seen = _read(lock)
            if seen is not None and _is_stale(*seen):
                _take_over(lock, seen[0])
                continue
            if time.monotonic() > deadline:
                raise LockTimeout(
                    0,
                    "another copy of thankyou-tui is saving it; try again "
                    f"(if none is running, delete {lock.name})",
                    str(path),
                ) from None
            time.sleep(0.005)
            continue
        break
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()


def clean_stale(folder: Path, temp_age: float = 60.0) -> list[Path]:
    """Remove what killed saves left in `folder`: this app's temp files older than
    `temp_age` seconds (`.<name>.<random>.tmp`) and stale locks. Returns what went."""
    removed: list[Path] = []
    try:
        # Only hidden names matter; scandir keeps the thousands of sessions cheap to skip.
        hidden = [Path(e.path) for e in os.scandir(folder) if e.name.startswith(".")]
    except OSError:
        return removed
    now = time.time()
    for entry in hidden:
        name = entry.name
        try:
            if name.endswith(".tmp") and ".toml." in name:
                if now - entry.lstat().st_mtime > temp_age and entry.is_file():
                    entry.unlink()
                    removed.append(entry)
            elif name.endswith(LOCK_SUFFIX) or name.endswith(".stale"):
                seen = _read(entry)
                if seen is not None and _is_stale(*seen):
                    entry.unlink()
                    removed.append(entry)
        except OSError:
            continue
    return removed
