"""The command line. Only the TUI branch imports Textual, so every other command starts fast."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from thankyou_tui import __version__
from thankyou_tui.data.codec import SessionFileError
from thankyou_tui.data.paths import data_dir
from thankyou_tui.data.store import SessionStore, StoreError, describe
from thankyou_tui.model import Method
from thankyou_tui.textsafe import one_line, strip_controls

PROG = "thankyou-tui"


class UsageError(Exception):
    """Bad input: reported as one line on stderr with exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        _fail(f"{message} (see '{self.prog} --help')")


def _fail(message: str) -> NoReturn:
    print(f"{PROG}: error: {one_line(message)}", file=sys.stderr)
    raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
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
    show.add_argument(
        "--method", choices=[m.value for m in Method], help="only notes sent this way"
    )
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

    opening = commands.add_parser("open", parents=[common], help="open a session in the app")
    opening.add_argument("id")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    root = data_dir(getattr(args, "data_dir", None))
    store = SessionStore(root)
    try:
        if args.command == "where":
            print(root)
            return 0
        if args.command == "list":
            return _list(store, as_json=args.json)
        if args.command == "import":
            print(store.import_file(args.file))
            return 0
        if args.command == "show":
            return _show(store, args)
        if args.command == "check":
            return _check(store, args)
        return _run_app(root, session_id=getattr(args, "id", None), demo=args.demo)
    except SessionFileError as exc:
        where = getattr(args, "file", None) or getattr(args, "id", "")
        _fail(f"{where}: {describe(exc.problems)}")
    except (StoreError, UsageError) as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename or root}: {exc.strerror}")


def _list(store: SessionStore, *, as_json: bool) -> int:
    listing = store.list()
    if as_json:
        payload: dict[str, Any] = {
            "sessions": [
                {
                    "id": s.id,
                    "company": s.session.interview.company,
                    "role": s.session.interview.role,
                    "date": _iso(s.session.interview.date),
                    "interviewers": [p.name for p in s.session.interviewers],
                }
                for s in listing.sessions
            ],
            "broken": [{"file": str(b.file), "reason": b.reason} for b in listing.broken],
        }
        print(_json(payload))
        return 0
    if not listing.sessions and not listing.broken:
        print(f"No sessions yet in {store.sessions_dir}. Run '{PROG}' to start one.")
        return 0
    for s in listing.sessions:
        itv = s.session.interview
        names = ", ".join(p.name for p in s.session.interviewers) or "no interviewers yet"
        cells = [s.id, itv.company, itv.role, _iso(itv.date) or "no date", names]
        print("  ".join(one_line(c) for c in cells))
    for b in listing.broken:
        label = "read-only" if b.read_only else "broken"
        print(one_line(f"{label}: {b.file.name} — {b.reason} (left untouched)"))
    return 0


def _iso(value: object) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else None


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
    notes = compose(session, now, bank)
    if args.interviewer is not None:
        names = [p.name for p in session.interviewers]
        wanted = args.interviewer.strip().casefold()
        if wanted not in {n.strip().casefold() for n in names}:
            raise UsageError(
                f"no interviewer '{args.interviewer}' in {args.id}; there is "
                + ", ".join(f"'{n}'" for n in names)
            )
        notes = [n for n in notes if n.interviewer.strip().casefold() == wanted]
    if args.method is not None:
        methods = sorted({n.method.value for n in notes})
        notes = [n for n in notes if n.method.value == args.method]
        if not notes:
            raise UsageError(
                f"no {args.method} note in {args.id}; its methods are " + ", ".join(methods)
            )
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

    findings = check(stored.session, now, speller=speller(), bank=load_bank(config_dir()))
    if args.json:
        print(_json([f.as_json() for f in findings]))
    elif not findings:
        print(f"No findings: every note in {args.id} reads clean.")
    else:
        for f in findings:
            cells = [f.interviewer, f.method.value, f.severity.value, f.code, f.message]
            print(" · ".join(one_line(c) for c in cells))
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0


def _json(value: object) -> str:
    """JSON safe to print on a terminal: every control character, DEL, C1 and bidi override
    escaped (ensure_ascii=False would leave them raw)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return re.sub(
        "[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]",
        lambda m: f"\\u{ord(m[0]):04x}",
        text,
    )


def _parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now()
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--now: can't read '{value}'; use a form like 2026-11-25T18:00") from None


def _run_app(root: Path, *, session_id: str | None, demo: bool) -> int:
    if session_id is not None:
        SessionStore(root).load(session_id)  # report a bad id or file here, before the TUI starts
    from thankyou_tui.app import run

    return run(root, session_id=session_id, demo=demo)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
