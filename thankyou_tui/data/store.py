"""The session store: one TOML file a session under `<data dir>/sessions/`.

Reads never modify, move or delete a file. Writes are atomic and private. A save never
overwrites a file that changed on disk since it was loaded: it keeps both.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from thankyou_tui.data.atomic import write_atomic
from thankyou_tui.data.codec import FutureSchemaError, SessionFileError, dumps, loads

# The light file helpers live in files.py; their names stay importable from here.
from thankyou_tui.data.files import MAX_FILE_BYTES as MAX_FILE_BYTES
from thankyou_tui.data.files import SESSIONS, session_ids
from thankyou_tui.data.files import SUFFIX as SUFFIX
from thankyou_tui.data.files import StoreError as StoreError
from thankyou_tui.data.files import check_folder as check_folder
from thankyou_tui.data.files import check_id as check_id
from thankyou_tui.data.files import read_session_file as read_session_file
from thankyou_tui.data.lock import clean_stale, file_lock
from thankyou_tui.data.paths import ensure_private_dir
from thankyou_tui.model import Problem, Session, is_draft, validate


@dataclass
class StoredSession:
    id: str
    path: Path
    session: Session
    # Hash of the bytes this session was read from (None: not on disk yet); a save checks it.
    fingerprint: str | None


@dataclass(frozen=True)
class BrokenFile:
    file: Path
    reason: str
    read_only: bool = False  # written by a newer version, not damaged


@dataclass
class Listing:
    sessions: list[StoredSession]
    broken: list[BrokenFile]


@dataclass(frozen=True)
class SaveResult:
    id: str
    path: Path
    conflict: bool = False

    @property
    def message(self) -> str:
        if self.conflict:
            return (
                f"The file changed on disk since it was opened, so it was left as it is; "
                f"your version is saved beside it as {self.path.name}."
            )
        return "saved"


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Letters that NFKD does not take apart into a base letter and a mark ("Grøn" lost its "ø").
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ð": "d",
     "Ð": "D", "þ": "th", "Þ": "TH", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i"}
)  # fmt: skip


def slug(text: str, limit: int = 48) -> str:
    text = text.translate(_UNDECOMPOSED)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = "-".join(words)[:limit].strip("-")
    return out


def base_id(session: Session) -> str:
    itv = session.interview
    day = itv.date.date() if isinstance(itv.date, datetime) else itv.date
    parts = [slug(itv.company, 32), slug(itv.role, 32), day.isoformat() if day else ""]
    return "-".join(p for p in parts if p) or "session"


def describe(problems: list[Problem]) -> str:
    return "; ".join(str(p) for p in problems)


class SessionStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.sessions_dir = root / SESSIONS
        self.trash_dir = root / "trash"

    # -- reading -----------------------------------------------------------------

    def path_for(self, session_id: str) -> Path:
        return self.sessions_dir / f"{check_id(session_id)}{SUFFIX}"

    def ids(self) -> list[str]:
        """Every `*.toml` name in sessions/, whatever it is (a folder or a pipe by that name is
        listed as broken, not skipped)."""
        return session_ids(self.root)

    def load(self, session_id: str) -> StoredSession:
        """Read one session; raises SessionFileError naming every problem, StoreError if absent."""
        path = self.path_for(session_id)
        try:
            raw = read_session_file(path)
        except FileNotFoundError:
            if path.is_symlink():
                raise StoreError(f"{path}: is a link to a file that is not there") from None
            raise StoreError(f"no session '{session_id}' in {self.sessions_dir}") from None
        session = parse_session_bytes(raw)
        return StoredSession(session_id, path, session, fingerprint(raw))

    def list(self) -> Listing:
        sessions: list[StoredSession] = []
        broken: list[BrokenFile] = []
        clean_stale(self.sessions_dir)  # temps and locks a killed save left behind
        try:
            ids = self.ids()
        except OSError as exc:
            reason = f"can't read this folder ({exc.strerror}); check its permissions"
            return Listing([], [BrokenFile(self.sessions_dir, reason)])
        for session_id in ids:
            try:
                sessions.append(self.load(session_id))
            except FutureSchemaError as exc:
                broken.append(BrokenFile(self.path_for(session_id), describe(exc.problems), True))
            except SessionFileError as exc:
                broken.append(BrokenFile(self.path_for(session_id), describe(exc.problems)))
            except (OSError, StoreError) as exc:
                broken.append(BrokenFile(self.sessions_dir / f"{session_id}{SUFFIX}", str(exc)))
        sessions.sort(key=lambda s: _sort_key(s.session), reverse=True)
        return Listing(sessions, broken)

    # -- writing -----------------------------------------------------------------

    def write_new(self, wanted: str, data: bytes) -> str:
        """Write `data` under a free id like `wanted`, claimed under its lock, so two copies
        of the app (or two imports) never pick the same id and overwrite each other."""
        self._ready()
        n = 1
        while True:
            candidate = wanted if n == 1 else f"{wanted}-{n}"
            path = self.path_for(candidate)
            with file_lock(path):
                if not os.path.lexists(path):
                    write_atomic(path, data)
                    return candidate
            n += 1

    def _ready(self) -> None:
        check_folder(self.root)
        check_folder(self.sessions_dir)
        ensure_private_dir(self.root)
        ensure_private_dir(self.sessions_dir)

    def create(self, session: Session) -> StoredSession:
        data = dumps(session).encode("utf-8")
        new_id = self.write_new(base_id(session), data)
        return StoredSession(new_id, self.path_for(new_id), session, fingerprint(data))

    def save(self, stored: StoredSession) -> SaveResult:
        """Write the session. If its file changed since it was read, write beside it instead.

        On return `stored` points at the file that now holds the user's version.
        """
        self._ready()
        data = dumps(stored.session).encode("utf-8")
        # Compare and write under the file's lock: a second writer waits, then sees the
        # change and writes its conflict copy, never over the first.
        with file_lock(stored.path):
            conflict = self._changed_on_disk(stored)
            if not conflict:
                write_atomic(stored.path, data)
        if conflict:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            stored.id = self.write_new(f"{stored.id}-conflict-{stamp}", data)
            stored.path = self.path_for(stored.id)
        stored.fingerprint = fingerprint(data)
        return SaveResult(stored.id, stored.path, conflict)

    def _changed_on_disk(self, stored: StoredSession) -> bool:
        try:
            current = read_session_file(stored.path)
        except FileNotFoundError:
            return stored.fingerprint is not None  # deleted or moved away by someone else
        except StoreError:
            return True  # replaced by something that is not a session file: keep both
        return fingerprint(current) != stored.fingerprint

    def rename_to_fit(self, stored: StoredSession) -> bool:
        """Give a session created before it had a company and role a name that says what it is.

        Only when the file on disk is still the one we wrote; returns True if renamed.
        """
        wanted = base_id(stored.session)
        if stored.id.startswith(wanted):
            return False
        with file_lock(stored.path):
            if self._changed_on_disk(stored):
                return False
            data = read_session_file(stored.path)
            new_id = self.write_new(wanted, data)
            stored.path.unlink()
        stored.id, stored.path = new_id, self.path_for(new_id)
        return True

    def import_file(self, source: Path) -> str:
        """Validate a session file and copy it, byte for byte, into the store. Returns its id."""
        try:
            raw = read_session_file(source)
        except FileNotFoundError:
            raise StoreError(f"{source}: no such file") from None
        except PermissionError:
            raise StoreError(f"{source}: permission denied; check who may read it") from None
        except OSError as exc:
            raise StoreError(f"{source}: cannot read it ({exc.strerror})") from None
        session = parse_session_bytes(raw)
        problems = validate(session)
        if problems:
            raise SessionFileError(problems)
        return self.write_new(base_id(session), raw)

    def trash(self, session_id: str) -> Path:
        """Move a session to trash/ (recoverable by moving it back)."""
        path = self.path_for(session_id)
        if not path.exists():
            raise StoreError(f"no session '{session_id}' in {self.sessions_dir}")
        ensure_private_dir(self.trash_dir)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.trash_dir / f"{session_id}.{stamp}{SUFFIX}"
        os.replace(path, target)
        return target


def parse_session_bytes(raw: bytes) -> Session:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.start + 1].hex()
        raise SessionFileError(
            [
                Problem(
                    "file", f"line {line}: byte 0x{bad} is not UTF-8 text; save the file as UTF-8"
                )
            ]
        ) from None
    session = loads(text)
    problems = validate(session, draft=is_draft(session))
    if problems:
        raise SessionFileError(problems)
    return session


def _sort_key(session: Session) -> tuple[str, str]:
    when = session.interview.date
    if isinstance(when, datetime):
        stamp = when.replace(tzinfo=None).isoformat()
    elif isinstance(when, date):
        stamp = when.isoformat()
    else:
        stamp = "9999"  # drafts without a date first: they are being written now
    return stamp, session.interview.company.casefold()
