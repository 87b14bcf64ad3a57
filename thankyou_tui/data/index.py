"""The session index: what `list` needs about each session, without reading every file.

A cache, never the source of truth: each entry is kept only while its file's mtime, size and
inode are unchanged, so a hand edit, a sync or a deleted file is seen at once; an index that
cannot be read (or is from another version) is rebuilt. Written atomically, as JSON lines
(never pickle: the data folder may be synced from elsewhere), in `<data dir>/.index.json`: a
header, then one `[file, entry]` line per session in the order the home screen lists them, so
its first screenful is read without decoding the rest (see `head`).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from thankyou_tui.data.files import SESSIONS

INDEX_FILE = ".index.json"
VERSION = 2


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
            header, *lines = self.path.read_bytes().split(b"\n")
            if not _current(header, place):
                return  # another version or holiday calendar: rebuilt as files are read
            # One decode for all lines: a call per line costs twice as much at 10,000.
            entries = json.loads(b"[" + b",".join(line for line in lines if line) + b"]")
            self.entries = {name: entry for name, entry in entries}
        except (OSError, ValueError, TypeError):
            return  # missing or damaged: rebuilt as files are read

    def get(self, name: str, path: str | Path) -> Row | None:
        """The row for `name` if its file is unchanged since it was indexed."""
        return _valid_row(self.entries.get(name), path)

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

    def save(self, order: list[str]) -> None:
        """Write the index if anything changed, its lines in `order` (file names, as listed);
        a failure costs only speed next time."""
        if not self.changed:
            return
        from thankyou_tui.data.atomic import write_atomic

        header = json.dumps({"version": VERSION, "place": self.place})
        lines = [
            json.dumps([name, self.entries[name]], ensure_ascii=False)
            for name in order
            if name in self.entries
        ]
        with contextlib.suppress(OSError):
            if self.path.parent.is_dir():
                write_atomic(self.path, "\n".join([header, *lines, ""]).encode("utf-8"))
        self.changed = False


def _current(header: bytes, place: str) -> bool:
    """Whether an index header is this version's, counted with this holiday calendar
    (deadlines counted with another country's holidays are counted again)."""
    data = json.loads(header)
    return isinstance(data, dict) and data.get("version") == VERSION and data.get("place") == place


def _valid_row(entry: Any, path: str | Path) -> Row | None:
    """The row an index entry holds if its file is unchanged since it was indexed."""
    if not isinstance(entry, dict) or entry.get("key") != _key(path):
        return None
    try:
        row = entry["row"]
        return Row(**{**row, "names": tuple(row.get("names", ()))})
    except (KeyError, TypeError):
        return None


def head(root: Path, count: int, workdays: Any = None) -> list[Row] | None:
    """The first `count` rows as the last full read listed them, each checked against its
    file, without decoding the rest of the index: enough for a first frame at 10,000
    sessions. None when the index cannot vouch for them (missing, damaged, another version,
    or one of these files changed): call `rows` instead. A file added, or one changed or
    deleted further down, is seen only by `rows`: call it right after the frame is drawn."""
    try:
        with open(os.path.join(root, INDEX_FILE), "rb") as handle:
            # Only the lines it shows: at 10,000 sessions the file is several megabytes.
            header, *lines = itertools.islice(handle, count + 1)
        if not _current(header, getattr(workdays, "place", "")):
            return None
        entries = [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError):
        return None
    folder = os.path.join(root, SESSIONS)
    found = []
    for entry in entries:
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)):
            return None
        row = _valid_row(entry[1], os.path.join(folder, entry[0]))
        if row is None:
            return None
        found.append(row)
    return found


def rows(root: Path, workdays: Any = None) -> list[Row]:
    """Every session and broken file under `root`, newest first, reading only files that
    changed since they were indexed (the store, codec and model load only then).

    `workdays` (timing.Workdays) counts the deadlines in each row's digest."""
    from thankyou_tui.data.files import SUFFIX, session_ids

    index = SessionIndex(root, getattr(workdays, "place", ""))
    ids = session_ids(root)
    store: Any = None
    found: list[Row] = []
    folder = os.path.join(root, SESSIONS)
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
    sessions = [r for r in found if r.broken is None]
    sessions.sort(key=lambda r: (r.date or "9999", r.company.casefold()), reverse=True)
    listed = sessions + [r for r in found if r.broken is not None]
    index.save([r.file for r in listed])
    return listed


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
