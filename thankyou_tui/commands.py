"""The commands. Only the TUI branch imports Textual or Rich, so every other command starts fast
(a test reads sys.modules to keep it so)."""

from __future__ import annotations

import errno
import gc
import json
import os
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from thankyou_tui import __version__
from thankyou_tui.data.paths import data_dir
from thankyou_tui.textsafe import one_line, strip_controls

# The store, codec and model load only for the commands that read sessions: `list` answers
# from the index without them. argparse loads only when there are arguments to parse.
if TYPE_CHECKING:
    import argparse

    from thankyou_tui.compose import ComposedNote
    from thankyou_tui.data.store import SessionStore
    from thankyou_tui.model import Session
    from thankyou_tui.timing import Workdays

# Method values (model.Method; a test keeps the two the same), and what the screens call one.
METHODS = ("email", "handwritten", "call", "gift")
METHOD_ALIASES = {"card": "handwritten"}
FORMATS = ("txt", "md", "eml", "ics")

PROG = "thankyou-tui"


class UsageError(Exception):
    """Bad input: reported as one line on stderr with exit code 2."""


def _fail(message: str) -> NoReturn:
    print(f"{PROG}: error: {one_line(message)}", file=sys.stderr)
    raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            _fail(f"{message} (see '{self.prog} --help')")

    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where sessions live (default: $THANKYOU_TUI_DATA_DIR, else your user data folder)",
    )
    parser = _Parser(
        prog=PROG,
        description="Write a personal thank-you note for every interviewer. "
        "With no command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a demo session in a throwaway folder (your data is not touched)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("where", parents=[common], help="print the data folder")

    listing = commands.add_parser("list", parents=[common], help="list sessions and broken files")
    listing.add_argument("--json", action="store_true", help="machine-readable output")

    importing = commands.add_parser(
        "import", parents=[common], help="check a session file and add it; prints the new id"
    )
    importing.add_argument("file", type=Path)

    show = commands.add_parser("show", parents=[common], help="print a session's notes")
    show.add_argument("id")
    show.add_argument("--interviewer", metavar="NAME", help="only this interviewer's notes")
    show.add_argument("--method", choices=list(METHODS), help="only notes sent this way")
    show.add_argument(
        "--now", metavar="ISO-DATETIME", help="compose as if it were this time (for follow-ups)"
    )
    show.add_argument("--json", action="store_true", help="machine-readable output")

    checking = commands.add_parser(
        "check", parents=[common], help="proofread a session's notes; exit 1 if any has an error"
    )
    checking.add_argument("id")
    checking.add_argument(
        "--now", metavar="ISO-DATETIME", help="check as if it were this time (for timing)"
    )
    checking.add_argument("--json", action="store_true", help="machine-readable output")

    due = commands.add_parser(
        "due", parents=[common], help="what to send or follow up, across sessions, overdue first"
    )
    due.add_argument("--now", metavar="ISO-DATETIME", help="as if it were this time")
    due.add_argument("--json", action="store_true", help="machine-readable output")

    sent = commands.add_parser(
        "sent", parents=[common], help="mark notes sent (the next unsent one of each)"
    )
    sent.add_argument("id")
    sent.add_argument("--interviewer", metavar="NAME", help="only this person (title optional)")
    sent.add_argument(
        "--method",
        choices=list(METHODS) + list(METHOD_ALIASES),
        help="only notes sent this way ('card' is handwritten)",
    )
    sent.add_argument("--at", metavar="ISO-DATETIME", help="when it was sent (default: now)")
    sent.add_argument("--undo", action="store_true", help="mark the last sent one unsent again")

    export = commands.add_parser(
        "export", parents=[common], help="write a session's notes to files; prints their paths"
    )
    export.add_argument("id")
    export.add_argument(
        "--to", metavar="DIR", type=Path, default=Path("."), help="folder (default: here)"
    )
    export.add_argument(
        "--format", choices=[*FORMATS, "all"], default="all", help="which files (default: all)"
    )
    export.add_argument("--now", metavar="ISO-DATETIME", help="as if it were this time")

    opening = commands.add_parser("open", parents=[common], help="open a session in the app")
    opening.add_argument("id")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # No arguments (the app, as it is mostly started) needs no parser: importing argparse and
    # building the parser took ~6 ms of the first frame.
    args = build_parser().parse_args(argv) if argv else None
    root = data_dir(getattr(args, "data_dir", None))
    try:
        if args is None or args.command in (None, "open"):
            # The app: it imports what it needs (not the store, codec and model up front).
            demo = args is not None and args.demo
            return _run_app(root, session_id=getattr(args, "id", None), demo=demo)
        if args.command == "where":
            print(root)
            return 0
        if args.command == "list":
            return _list(root, as_json=args.json)
        from thankyou_tui.data.store import SessionStore

        store = SessionStore(root)
        if args.command == "import":
            print(store.import_file(args.file))
            return 0
        if args.command == "show":
            return _show(store, args)
        if args.command == "check":
            return _check(store, args)
        if args.command == "due":
            return _due(store, args)
        if args.command == "sent":
            return _sent(store, args)
        if args.command == "export":
            return _export(store, args)
        raise AssertionError(f"unhandled command {args.command!r}")  # argparse knows them all
    except UsageError as exc:
        _fail(str(exc))
    except BrokenPipeError:
        # `thankyou-tui show ID | head -1`: the reader has what it wanted; not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        _fail(os_message(exc, root))
    except Exception as exc:
        _fail(_session_problem(exc, args, root))


def _session_problem(exc: Exception, args: argparse.Namespace | None, root: Path) -> str:
    """A bad session file or a store refusal as one line; anything else is a bug: raised."""
    from thankyou_tui.data.codec import SessionFileError
    from thankyou_tui.data.store import SessionStore, StoreError, describe

    if isinstance(exc, SessionFileError):
        # Name the file the user can open and fix, whether they gave a path or an id.
        where = getattr(args, "file", None) or _path_of(SessionStore(root), getattr(args, "id", ""))
        return f"{where}: {describe(exc.problems)}"
    if isinstance(exc, StoreError):
        return str(exc)
    raise exc


# What to do about the errors people meet, by errno.
_FIXES = {
    errno.EACCES: "permission denied; check who owns it and its permissions (ls -ld)",
    errno.EPERM: "not permitted; check who owns it and its permissions (ls -ld)",
    errno.ENOSPC: "the disk is full; free some space and try again",
    errno.EROFS: "the file system is read-only; choose another --data-dir or --to folder",
    errno.ENOTDIR: "a part of this path is a file, not a folder; move it away",
    errno.EISDIR: "is a folder, not a file",
    errno.ENOENT: "no such file or folder",
    errno.EDQUOT: "over your disk quota; free some space and try again",
}


def os_message(exc: OSError, root: Path) -> str:
    """An OS error as the user's file and what to do, never Python's raw [Errno N] text."""
    where = exc.filename or root
    fix = _FIXES.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    return f"{where}: {fix}"


def _path_of(store: SessionStore, session_id: str) -> str:
    from thankyou_tui.data.files import StoreError

    try:
        return str(store.path_for(session_id))
    except StoreError:
        return session_id


def _list(root: Path, *, as_json: bool) -> int:
    """From the session index: only files changed since the last look are read."""
    from thankyou_tui.data.files import SESSIONS
    from thankyou_tui.data.index import rows
    from thankyou_tui.data.lock import clean_stale
    from thankyou_tui.data.paths import exposed_warning

    sessions_dir = root / SESSIONS
    clean_stale(sessions_dir)
    found = rows(root)
    sessions = [r for r in found if r.broken is None]
    broken = [r for r in found if r.broken is not None]
    if (warning := exposed_warning(root)) is not None:
        print(f"{PROG}: warning: {one_line(warning)}", file=sys.stderr)
    if as_json:
        payload: dict[str, Any] = {
            "sessions": [
                {
                    "id": r.id,
                    "company": r.company,
                    "role": r.role,
                    "date": r.date,
                    "interviewers": list(r.names),
                }
                for r in sessions
            ],
            "broken": [
                {
                    "file": str(sessions_dir / r.file),
                    "reason": r.broken,
                    "read_only": r.read_only,
                }
                for r in broken
            ],
        }
        print(_json(payload))
        return 0
    if not found:
        print(f"No sessions yet in {sessions_dir}. Run '{PROG}' to start one.")
        return 0
    lines = []
    for r in sessions:
        names = ", ".join(r.names) or "no interviewers yet"
        cells = [r.id, r.company, r.role, r.date or "no date", names]
        lines.append("  ".join(one_line(c) for c in cells))
    for r in broken:
        label = "read-only" if r.read_only else "broken"
        lines.append(one_line(f"{label}: {r.file} — {r.broken} (left untouched)"))
    print("\n".join(lines))
    return 0


def _show(store: SessionStore, args: argparse.Namespace) -> int:
    stored = store.load(args.id)
    from thankyou_tui.compose import compose
    from thankyou_tui.data.paths import config_dir
    from thankyou_tui.wording import load_bank

    bank = load_bank(config_dir())
    for problem in bank.problems:
        print(f"{PROG}: warning: {one_line(str(problem))}", file=sys.stderr)
    session = stored.session
    now = _parse_now(args.now)
    notes = compose(session, now, bank, _workdays(store.root))
    if args.interviewer is not None:
        wanted = _person(session, args.interviewer, args.id)
        notes = [n for n in notes if n.interviewer_index == wanted]
    if args.method is not None:
        notes = _by_method(notes, args.method, args.id)
    if args.json:
        print(_json([n.as_json() for n in notes]))
        return 0
    blocks = []
    for note in notes:
        head = f"== {note.title} · {note.words} words{' · edited' if note.edited else ''} =="
        lines = [one_line(head)]
        if note.subject is not None:
            lines.append("Subject: " + one_line(note.subject))
        lines.append("")
        lines.append(strip_controls(note.body).rstrip("\n"))
        blocks.append("\n".join(lines))
    print("\n\n".join(blocks))
    return 0


def _check(store: SessionStore, args: argparse.Namespace) -> int:
    """A line a finding (interviewer · method · severity · code · message), or JSON.
    Exit 0 with no errors, 1 with errors."""
    stored = store.load(args.id)
    now = _parse_now(args.now)
    from thankyou_tui.checks import Severity, check
    from thankyou_tui.data.paths import config_dir
    from thankyou_tui.spelling import speller
    from thankyou_tui.wording import load_bank

    findings = check(
        stored.session,
        now,
        speller=speller(),
        bank=load_bank(config_dir()),
        workdays=_workdays(store.root),
    )
    if args.json:
        print(_json([f.as_json() for f in findings]))
    elif not findings:
        print(f"No findings: every note in {args.id} reads clean.")
    else:
        for f in findings:
            cells = [f.interviewer, f.method.value, f.severity.value, f.code, f.message]
            print(" · ".join(one_line(c) for c in cells))
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0


def _by_method(
    notes: list[ComposedNote], typed: str, session_id: str, doing: str = ""
) -> list[ComposedNote]:
    """The notes sent the way `typed` says ("card" is a handwritten card), or a usage error
    naming the ways the session has."""
    wanted = METHOD_ALIASES.get(typed, typed)
    chosen = [n for n in notes if n.method.value == wanted]
    if not chosen:
        methods = ", ".join(sorted({n.method.value for n in notes}))
        raise UsageError(f"no {wanted} note{doing} in {session_id}; its methods are {methods}")
    return chosen


def _workdays(root: Path) -> Workdays:
    """Business days where the user lives (their profile's country), else Monday to Friday."""
    from thankyou_tui.data.profile import load_profile

    return load_profile(root).profile.workdays()


def _person(session: Session, typed: str, session_id: str) -> int:
    """The interviewer a typed name means: case-insensitive, with or without the title
    ("Lena Fischer" finds "Dr. Lena Fischer")."""
    from thankyou_tui.english import parse_name

    def plain(name: str) -> str:
        parsed = parse_name(name)
        return " ".join(f"{parsed.first} {parsed.last}".split()).casefold()

    names = [p.name for p in session.interviewers]
    wanted = " ".join(typed.split()).casefold()
    exact = [i for i, n in enumerate(names) if " ".join(n.split()).casefold() == wanted]
    loose = [i for i, n in enumerate(names) if plain(n) == plain(typed)]
    for found in (exact, loose):
        if len(found) == 1:
            return found[0]
    raise UsageError(
        f"no interviewer '{typed}' in {session_id}; there is "
        + (", ".join(f"'{n}'" for n in names) or "nobody yet")
    )


def _due(store: SessionStore, args: argparse.Namespace) -> int:
    """Every note to send or follow up, across sessions: overdue first, then soonest."""
    from thankyou_tui.plan import tasks
    from thankyou_tui.timing import comparable, short_when

    now = _parse_now(args.now)
    workdays = _workdays(store.root)
    listing = store.list()
    found = [(s.id, task) for s in listing.sessions for task in tasks(s.session, workdays)]
    found.sort(key=lambda pair: (not pair[1].overdue(now), comparable(pair[1].due, now)))
    if args.json:
        payload = [
            {
                "session": session_id,
                "interviewer": task.interviewer,
                "method": task.method.value,
                "what": task.what,
                "kind": task.kind.value,
                # A naive time is local time: say which, so the value is unambiguous.
                "due": (task.due if task.due.tzinfo else task.due.astimezone()).isoformat(),
                "overdue": task.overdue(now),
            }
            for session_id, task in found
        ]
        print(_json(payload))
        return 0
    if not found:
        print("Nothing due: every thank-you and follow-up is sent.")
    for session_id, task in found:
        state = "OVERDUE" if task.overdue(now) else "due"
        what = "thank-you" if task.what == "send" else task.kind.value
        cells = [
            f"{state} {short_when(task.due)}",
            session_id,
            task.interviewer,
            f"{what} ({task.method.value})",
        ]
        print("  ".join(one_line(c) for c in cells))
    for b in listing.broken:
        print(one_line(f"skipped {b.file.name}: {b.reason}"), file=sys.stderr)
    return 0


def _sent(store: SessionStore, args: argparse.Namespace) -> int:
    """Mark the next unsent note of each chosen person and method sent (or, with --undo, the
    last sent one unsent); prints what changed."""
    from thankyou_tui.compose import compose
    from thankyou_tui.data.paths import config_dir
    from thankyou_tui.edits import mark_sent
    from thankyou_tui.model import NoteStatus
    from thankyou_tui.wording import load_bank

    stored = store.load(args.id)
    session = stored.session
    at = _parse_now(args.at, "--at")
    # Composed as of the moment it was sent: the text kept is the text that went out.
    notes = compose(session, at, load_bank(config_dir()), _workdays(store.root))
    if args.interviewer is not None:
        person = _person(session, args.interviewer, args.id)
        notes = [n for n in notes if n.interviewer_index == person]
    if args.method is not None:
        notes = _by_method(notes, args.method, args.id, doing=" to mark")
    changed = []
    for key in dict.fromkeys((n.interviewer_index, n.method) for n in notes):
        mine = [n for n in notes if (n.interviewer_index, n.method) == key]
        if args.undo:
            done = [n for n in mine if n.status is NoteStatus.SENT]
            if done:
                mark_sent(session, done[-1], at, sent=False)
                changed.append(f"unsent: {done[-1].title} ({done[-1].kind.value})")
        else:
            waiting = [n for n in mine if n.status is not NoteStatus.SENT]
            if waiting:
                mark_sent(session, waiting[0], at)
                stamp = at.replace(microsecond=0).isoformat()
                changed.append(f"sent: {waiting[0].title} ({waiting[0].kind.value}) at {stamp}")
    if not changed:
        print(
            "Nothing to change: "
            + ("no note is marked sent." if args.undo else "every note is already sent.")
        )
        return 0
    result = store.save(stored)
    for line in changed:
        print(one_line(line))
    if result.conflict:
        print(one_line(result.message), file=sys.stderr)
    return 0


def _export(store: SessionStore, args: argparse.Namespace) -> int:
    from thankyou_tui.compose import compose
    from thankyou_tui.data.exports import export_session
    from thankyou_tui.data.paths import config_dir
    from thankyou_tui.plan import schedule
    from thankyou_tui.wording import load_bank

    stored = store.load(args.id)
    now = _parse_now(args.now)
    workdays = _workdays(store.root)
    notes = compose(stored.session, now, load_bank(config_dir()), workdays)
    formats = FORMATS if args.format == "all" else (args.format,)
    marks = schedule(stored.session, workdays)
    paths = export_session(stored.session, stored.id, notes, marks, args.to, formats, now)
    for path in paths:
        print(strip_controls(str(path)))
    return 0


def _json(value: object) -> str:
    """JSON safe to print on a terminal: every control character, DEL, C1 and bidi override
    escaped (ensure_ascii=False would leave them raw)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return re.sub(
        "[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]",
        lambda m: f"\\u{ord(m[0]):04x}",
        text,
    )


def _parse_now(value: str | None, flag: str = "--now") -> datetime:
    if value is None:
        return datetime.now()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"{flag}: can't read '{value}'; use a form like 2026-11-25T18:00"
        ) from None
    if not 1900 <= parsed.year <= 2200:
        raise UsageError(f"{flag}: {parsed.year} is out of range; use a year from 1900 to 2200")
    return parsed


def _run_app(root: Path, *, session_id: str | None, demo: bool) -> int:
    if session_id is not None:
        from thankyou_tui.data.store import SessionStore

        SessionStore(root).load(session_id)  # report a bad id or file here, before the TUI starts
    # Start-up makes hundreds of thousands of objects that all live on (Textual's classes,
    # styles and widgets): collecting them over and over cost ~50 ms before the first frame.
    # The app turns collection back on once that frame is drawn.
    gc.disable()
    from thankyou_tui.app import run

    return run(root, session_id=session_id, demo=demo)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
