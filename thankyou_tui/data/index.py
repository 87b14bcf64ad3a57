"""The session index: what `list` needs about each session, without reading every file.

A cache, never the source of truth: each entry is kept only while its file's mtime, size and
inode are unchanged, so a hand edit, a sync or a deleted file is seen at once; an index that
cannot be read (or is from another version) is rebuilt. Written atomically, as JSON (never
pickle: the data folder may be synced from elsewhere), in `<data dir>/.index.json`.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

INDEX_FILE = ".index.json"
VERSION = 1


@dataclass(frozen=True)
class Row:
    """One session as `list` shows it, or one file that could not be read."""

    id: str
    file: str  # the file's name in sessions/
    company: str = ""
    role: str = ""
    date: str | None = None  # ISO 8601
    names: tuple[str, ...] = ()
    broken: str | None = None  # the reason, for a file that is not a readable session
    read_only: bool = False  # written by a newer version
    # The home row's inputs (summary.Digest as a dict); None when the dates defeat the
    # arithmetic.
    digest: dict[str, Any] | None = None


def _key(path: str | Path) -> list[int] | None:
    """What says a file is unchanged: mtime (ns), size and inode; None if it is gone."""
    try:
        info = os.stat(path)  # a plain string path: pathlib costs more than the stat here
    except OSError:
        return None
    return [info.st_mtime_ns, info.st_size, info.st_ino]


class SessionIndex:
    def __init__(self, root: Path, place: str = "") -> None:
        self.path = root / INDEX_FILE
        self.place = place  # the holiday calendar the deadlines were counted with
        self.entries: dict[str, dict[str, Any]] = {}
        self.changed = False
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return  # missing or damaged: rebuilt as files are read
        # Deadlines counted with another country's holidays are counted again.
        if isinstance(data, dict) and data.get("version") == VERSION and data.get("place") == place:
            entries = data.get("entries")
            if isinstance(entries, dict):
                self.entries = entries

    def get(self, name: str, path: str | Path) -> Row | None:
        """The row for `name` if its file is unchanged since it was indexed."""
        entry = self.entries.get(name)
        if entry is None or entry.get("key") != _key(path):
            return None
        try:
            row = entry["row"]
            return Row(**{**row, "names": tuple(row.get("names", ()))})
        except (KeyError, TypeError):
            return None

    def put(self, row: Row, path: str | Path) -> None:
        key = _key(path)
        if key is None:
            return
        self.entries[row.file] = {"key": key, "row": asdict(row)}
        self.changed = True

    def keep_only(self, names: set[str]) -> None:
        """Forget files that are no longer there."""
        gone = set(self.entries) - names
        for name in gone:
            del self.entries[name]
        self.changed = self.changed or bool(gone)

    def save(self) -> None:
        """Write the index if anything changed; a failure costs only speed next time."""
        if not self.changed:
            return
        from thankyou_tui.data.atomic import write_atomic

        data = json.dumps(
            {"version": VERSION, "place": self.place, "entries": self.entries},
            ensure_ascii=False,
        )
        with contextlib.suppress(OSError):
            if self.path.parent.is_dir():
                write_atomic(self.path, data.encode("utf-8"))
        self.changed = False


def rows(root: Path, workdays: Any = None) -> list[Row]:
    """Every session and broken file under `root`, newest first, reading only files that
    changed since they were indexed (the store, codec and model load only then).

    `workdays` (timing.Workdays) counts the deadlines in each row's digest."""
    from thankyou_tui.data.files import SUFFIX, session_ids

    index = SessionIndex(root, getattr(workdays, "place", ""))
    ids = session_ids(root)
    store: Any = None
    found: list[Row] = []
    folder = os.path.join(root, "sessions")
    for session_id in ids:
        name = f"{session_id}{SUFFIX}"
        path = os.path.join(folder, name)
        row = index.get(name, path)
        if row is None:
            if store is None:
                from thankyou_tui.data.store import SessionStore

                store = SessionStore(root)
            row = _read_row(store, session_id, name, workdays)
            index.put(row, path)
        found.append(row)
    index.keep_only({f"{i}{SUFFIX}" for i in ids})
    index.save()
    sessions = [r for r in found if r.broken is None]
    sessions.sort(key=lambda r: (r.date or "9999", r.company.casefold()), reverse=True)
    return sessions + [r for r in found if r.broken is not None]


def _read_row(store: Any, session_id: str, name: str, workdays: Any) -> Row:
    from thankyou_tui.data.codec import FutureSchemaError, SessionFileError
    from thankyou_tui.data.store import StoreError, describe

    try:
        stored = store.load(session_id)
    except FutureSchemaError as exc:
        return Row(session_id, name, broken=describe(exc.problems), read_only=True)
    except SessionFileError as exc:
        return Row(session_id, name, broken=describe(exc.problems))
    except (OSError, StoreError) as exc:
        return Row(session_id, name, broken=str(exc))
    from thankyou_tui.summary import digest
    from thankyou_tui.timing import MONDAY_TO_FRIDAY

    itv = stored.session.interview
    when = itv.date
    try:
        summary: dict[str, Any] | None = asdict(
            digest(stored.session, workdays or MONDAY_TO_FRIDAY)
        )
    except (ValueError, OverflowError):
        summary = None
    return Row(
        session_id,
        name,
        itv.company,
        itv.role,
        when.isoformat() if when is not None else None,
        tuple(p.name for p in stored.session.interviewers),
        digest=summary,
    )


def forget(root: Path) -> None:
    """Remove the index (it is rebuilt on the next read)."""
    with contextlib.suppress(FileNotFoundError):
        os.remove(root / INDEX_FILE)
