"""Faults, races and hostile files: nothing is lost, nothing hangs, every error says what to do.

The long rounds (hundreds of kills and races) are marked slow; `.ci/run` runs them. The counts
are in docs/reliability.md.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from textual.widgets import Input, Static

from thankyou_tui.checks import check
from thankyou_tui.compose import compose
from thankyou_tui.data.codec import dumps, loads
from thankyou_tui.data.exports import export_session
from thankyou_tui.data.lock import LockTimeout, clean_stale, file_lock, lock_path
from thankyou_tui.data.paths import ensure_private_dir, exposed_warning
from thankyou_tui.data.store import MAX_FILE_BYTES, SessionStore, StoreError, check_id
from thankyou_tui.model import Session
from thankyou_tui.plan import schedule
from thankyou_tui.screens.choose import ChooseScreen
from thankyou_tui.screens.home import HomeScreen
from thankyou_tui.screens.review import ReviewScreen

from .conftest import FIXTURES
from .conftest import run_cli as cli
from .test_app import SIZE, make_app, settle, shown, type_text
from .test_note_quality import typed_sessions

EXAMPLE = FIXTURES / "examples" / "video-panel.toml"
FORK = multiprocessing.get_context("fork")


def stored(data_dir: Path) -> tuple[SessionStore, str]:
    store = SessionStore(data_dir)
    return store, store.import_file(EXAMPLE)


# -- races between processes ----------------------------------------------------------------


def _save_as(root: str, session_id: str, company: str, barrier: object) -> None:
    store = SessionStore(Path(root))
    mine = store.load(session_id)
    mine.session.interview.company = company
    barrier.wait()  # type: ignore[attr-defined]
    store.save(mine)


def race_saves(data_dir: Path, rounds: int) -> int:
    """Two processes save one session at the same moment; returns versions lost."""
    store, session_id = stored(data_dir)
    lost = 0
    for n in range(rounds):
        barrier = FORK.Barrier(2)
        names = (f"A{n}", f"B{n}")
        workers = [
            FORK.Process(target=_save_as, args=(str(data_dir), session_id, name, barrier))
            for name in names
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join(30)
        kept = {s.session.interview.company for s in store.list().sessions}
        lost += sum(name not in kept for name in names)
        # Start the next round from one file again.
        for path in store.sessions_dir.glob(f"{session_id}-conflict-*.toml"):
            path.unlink()
    return lost


def test_two_saves_at_once_keep_both_versions(data_dir: Path):
    assert race_saves(data_dir, 20) == 0


@pytest.mark.slow
def test_two_saves_at_once_keep_both_versions_200_rounds(data_dir: Path):
    assert race_saves(data_dir, 200) == 0


def _import(root: str, barrier: object, out: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    out.put(SessionStore(Path(root)).import_file(EXAMPLE))  # type: ignore[attr-defined]


def race_imports(data_dir: Path, rounds: int) -> None:
    for _ in range(rounds):
        barrier, out = FORK.Barrier(2), FORK.Queue()
        workers = [FORK.Process(target=_import, args=(str(data_dir), barrier, out)) for _ in "ab"]
        for w in workers:
            w.start()
        for w in workers:
            w.join(30)
        ids = {out.get(timeout=5), out.get(timeout=5)}
        assert len(ids) == 2  # never the same id twice
    store = SessionStore(data_dir)
    assert len(store.list().sessions) == 2 * rounds


def test_two_imports_at_once_get_two_ids(data_dir: Path):
    race_imports(data_dir, 10)


@pytest.mark.slow
def test_two_imports_at_once_get_two_ids_100_rounds(data_dir: Path):
    race_imports(data_dir, 100)


KILL_SAVER = """
import sys
from pathlib import Path
from thankyou_tui.data.store import SessionStore
store = SessionStore(Path(sys.argv[1]))
mine = store.load(sys.argv[2])
n = 0
while True:
    n += 1
    mine.session.interview.interest = "version %d " % n + "x" * (n % 500)
    store.save(mine)
"""


def kill_saves(data_dir: Path, kills: int) -> None:
    """Kill a process in the middle of saving, again and again: the file is always whole."""
    store, session_id = stored(data_dir)
    for n in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", KILL_SAVER, str(data_dir), session_id])
        time.sleep(0.15 + (n % 7) * 0.013)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # Whole, parseable, and still ours (the lock a killed save leaves is taken over).
        loaded = store.load(session_id)
        assert loaded.session.interview.company == "Acme Robotics"
    leftovers = [p for p in store.sessions_dir.iterdir() if p.name.startswith(".")]
    clean_stale(store.sessions_dir, temp_age=0)
    assert [p for p in store.sessions_dir.iterdir() if p.name.startswith(".")] == []
    assert len(store.list().sessions) == 1, leftovers


def test_killed_saves_leave_a_whole_file_and_no_litter(data_dir: Path):
    kill_saves(data_dir, 15)


@pytest.mark.slow
def test_killed_saves_leave_a_whole_file_and_no_litter_500_times(data_dir: Path):
    kill_saves(data_dir, 500)


def test_a_stale_lock_is_taken_over_and_a_live_one_waits(data_dir: Path, tmp_path: Path):
    target = tmp_path / "s.toml"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], text=True,
                          capture_output=True, check=True).stdout.strip()  # fmt: skip
    lock_path(target).write_text(f"{dead} {os.uname().nodename}")
    with file_lock(target, wait=1):  # the dead owner's lock is taken over at once
        assert lock_path(target).read_text().startswith(str(os.getpid()))
        with (
            pytest.raises(LockTimeout, match="another copy of thankyou-tui"),
            file_lock(target, wait=0.2),
        ):
            pass
    assert not lock_path(target).exists()


def test_stale_temp_files_are_removed_at_start(data_dir: Path):
    store, _ = stored(data_dir)
    temp = store.sessions_dir / ".x.toml.abc123.tmp"
    temp.write_text("half a session")
    os.utime(temp, (time.time() - 120, time.time() - 120))
    fresh = store.sessions_dir / ".y.toml.def456.tmp"
    fresh.write_text("a save in progress")
    store.list()
    assert not temp.exists() and fresh.exists()


# -- files that are not sessions --------------------------------------------------------------


def test_pipes_devices_folders_links_and_huge_files_are_listed_broken_never_read(
    data_dir: Path,
):
    store, _ = stored(data_dir)
    folder = store.sessions_dir
    os.mkfifo(folder / "pipe.toml")
    (folder / "zero.toml").symlink_to("/dev/zero")
    (folder / "dir.toml").mkdir()
    (folder / "dangling.toml").symlink_to(folder / "nowhere.toml")
    huge = folder / "huge.toml"
    huge.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    result = cli("list", "--json")
    assert result.returncode == 0, result.stderr
    import json

    broken = {Path(b["file"]).name: b["reason"] for b in json.loads(result.stdout)["broken"]}
    assert "not a regular file" in broken["pipe.toml"]
    assert "not a regular file" in broken["zero.toml"]
    assert "is a folder" in broken["dir.toml"]
    assert "not there" in broken["dangling.toml"]
    assert "left unread" in broken["huge.toml"]
    shown = cli("show", "pipe")
    assert shown.returncode == 2 and "not a regular file" in shown.stderr


def test_a_newer_schema_is_listed_read_only(data_dir: Path):
    store, _ = stored(data_dir)
    text = EXAMPLE.read_text("utf-8").replace("schema = 1", "schema = 99")
    (store.sessions_dir / "future.toml").write_text(text)
    import json

    (entry,) = json.loads(cli("list", "--json").stdout)["broken"]
    assert entry["read_only"] is True and "newer thankyou-tui" in entry["reason"]


def test_a_date_out_of_range_is_a_problem_not_a_crash(data_dir: Path, tmp_path: Path):
    store, _ = stored(data_dir)
    text = EXAMPLE.read_text("utf-8").replace(
        "date = 2026-11-24T14:00:00-08:00", "date = 9999-12-30T14:00:00-08:00"
    )
    (store.sessions_dir / "far.toml").write_text(text)
    listing = store.list()
    (bad,) = listing.broken
    assert "year 9999 is out of range" in bad.reason
    shown = cli("show", "far")
    assert shown.returncode == 2 and "interview.date" in shown.stderr
    assert "Traceback" not in shown.stderr


def test_check_id_refuses_a_trailing_newline():
    with pytest.raises(StoreError):
        check_id("abc\n")
    assert check_id("abc") == "abc"


# -- clear errors ---------------------------------------------------------------------------


def test_a_data_dir_that_is_a_file_says_so(tmp_path: Path):
    not_a_folder = tmp_path / "data-file"
    not_a_folder.write_text("oops")
    for args in (("list",), ("import", str(EXAMPLE)), ("due",)):
        result = cli(*args, data_dir=not_a_folder)
        assert result.returncode == 2, args
        assert "is a file, not a folder" in result.stderr and "Errno" not in result.stderr


def test_a_closed_pipe_is_not_an_error(data_dir: Path):
    session_id = cli("import", str(EXAMPLE)).stdout.strip()
    command = f"{sys.executable} -m thankyou_tui show {session_id} | head -1"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, check=False)
    assert result.stdout.startswith("== Email to Priya Raman")
    assert result.stderr == ""


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_import_into_a_read_only_folder_names_the_folder_and_the_fix(data_dir: Path):
    ensure_private_dir(data_dir / "sessions")
    os.chmod(data_dir / "sessions", 0o500)
    try:
        result = cli("import", str(EXAMPLE))
    finally:
        os.chmod(data_dir / "sessions", 0o700)
    assert result.returncode == 2
    assert "permission denied" in result.stderr and ".tmp" not in result.stderr
    assert "Errno" not in result.stderr


def test_folders_are_created_private_whatever_the_umask(tmp_path: Path):
    old = os.umask(0)
    try:
        ensure_private_dir(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(old)
    for level in ("a", "a/b", "a/b/c"):
        assert (tmp_path / level).stat().st_mode & 0o777 == 0o700, level
    exposed = tmp_path / "open"
    exposed.mkdir()
    os.chmod(exposed, 0o755)
    warning = exposed_warning(exposed)
    assert warning is not None and "chmod 700" in warning
    assert exposed_warning(tmp_path / "a") is None


def test_a_round_trip_never_changes_a_session(data_dir: Path):
    session = loads(EXAMPLE.read_text("utf-8"))
    assert loads(dumps(session)) == session


# -- the whole pipeline, generated sessions ---------------------------------------------------


def pipeline(session: Session, root: Path, out: Path) -> None:
    """validate -> save -> load -> compose -> check -> export, as the app and CLI do."""
    store = SessionStore(root)
    made = store.create(session)
    again = store.load(made.id)
    assert again.session == session
    now = (session.interview.date or datetime(2026, 11, 24)) + timedelta(hours=3)
    now = now if isinstance(now, datetime) else datetime.combine(now, datetime.min.time())
    notes = compose(again.session, now)
    check(again.session, now, notes=notes)
    marks = schedule(again.session)
    export_session(again.session, made.id, notes, marks, out, ("txt", "md", "eml", "ics"), now)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed_sessions())
def test_generated_sessions_go_through_every_stage(session: Session):
    with tempfile.TemporaryDirectory() as tmp:
        pipeline(session, Path(tmp) / "data", Path(tmp) / "out")


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed_sessions())
def test_5000_generated_sessions_go_through_every_stage(session: Session):
    with tempfile.TemporaryDirectory() as tmp:
        pipeline(session, Path(tmp) / "data", Path(tmp) / "out")


# -- no network, ever -------------------------------------------------------------------------


async def test_a_whole_walk_opens_no_socket(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("thankyou-tui tried to open a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    _store, session_id = stored(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(4):
            await pilot.press("ctrl+n")
            await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("c", "w", "x", "s")
        await settle(pilot)
        await pilot.press("ctrl+q")
    assert (data_dir.parent / "exports").is_dir()


# -- quitting after a failed save -------------------------------------------------------------


async def test_quit_after_a_failed_save_asks_and_a_copy_is_saved_elsewhere(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    store, session_id = stored(data_dir)
    app = make_app(data_dir, session_id=session_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        def disk_full(self: SessionStore, stored: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device", str(self.sessions_dir))

        monkeypatch.setattr(SessionStore, "save", disk_full)
        await pilot.press("end")
        await type_text(pilot, " Ltd")
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, ChooseScreen)  # never a silent exit
        assert app.save_state == "NOT saved"
        await pilot.press("e")
        await pilot.pause()
    assert app.return_code == 0
    (copy,) = (data_dir.parent / "exports").glob("*.toml")
    assert loads(copy.read_text("utf-8")).interview.company == "Acme Robotics Ltd"
    # The real file was never touched.
    assert store.load(session_id).session.interview.company == "Acme Robotics"


async def test_the_app_starts_when_the_data_folder_is_a_file(tmp_path: Path):
    not_a_folder = tmp_path / "data-file"
    not_a_folder.write_text("oops")
    app = make_app(not_a_folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        message = str(app.screen.query_one("#broken", Static).render())
        assert "is a file, not a folder" in message and str(not_a_folder) in message
        assert "Traceback" not in shown(app)


async def test_a_100_kb_paste_into_a_point_is_kept_and_saved(data_dir: Path):
    store, session_id = stored(data_dir)
    app = make_app(data_dir, session_id=session_id)
    big = ("her team's on-call load \x1b[2J " * 3300)[:100_000]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        point = app.screen.query_one("#new-point", Input)
        point.focus()
        point.insert_text_at_cursor(big)
        await settle(pilot)
        await pilot.press("ctrl+q")
    saved = store.load(session_id).session
    kept = [p.text for p in saved.interviewers[0].points]
    assert any(len(t) > 90_000 and "\x1b" not in t and "␛" in t for t in kept)


def test_a_broken_session_is_named_by_its_path(data_dir: Path):
    store, _ = stored(data_dir)
    (store.sessions_dir / "bad.toml").write_text("schema = 1\n[interview]\nformat = 'zoom'\n")
    result = cli("show", "bad")
    assert result.returncode == 2
    assert str(store.sessions_dir / "bad.toml") in result.stderr
