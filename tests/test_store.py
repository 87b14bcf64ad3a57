import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from thankyou_tui.data import atomic
from thankyou_tui.data.codec import SessionFileError
from thankyou_tui.data.store import SessionStore, StoreError, base_id, check_id, slug
from thankyou_tui.model import Candidate, Interview, Interviewer, Session

from .conftest import example_files


def make_session(company: str = "Acme Robotics", role: str = "Staff Engineer") -> Session:
    return Session(
        candidate=Candidate(name="Alex"),
        interview=Interview(company=company, role=role, date=datetime(2026, 11, 24, 14)),
        interviewers=[Interviewer(name="Priya")],
    )


@pytest.fixture
def store(data_dir: Path) -> SessionStore:
    return SessionStore(data_dir)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_load_round_trip_and_private_permissions(store: SessionStore):
    stored = store.create(make_session())
    assert stored.id == "acme-robotics-staff-engineer-2026-11-24"
    assert store.load(stored.id).session == stored.session
    assert mode(stored.path) == 0o600
    assert mode(store.sessions_dir) == 0o700
    assert mode(store.root) == 0o700


def test_ids_are_unique_slugs_never_raw_text(store: SessionStore):
    first = store.create(make_session("../../etc", "passwd/../x"))
    second = store.create(make_session("../../etc", "passwd/../x"))
    assert first.id == "etc-passwd-x-2026-11-24"
    assert second.id == "etc-passwd-x-2026-11-24-2"
    assert {p.parent for p in store.sessions_dir.iterdir()} == {store.sessions_dir}
    assert base_id(make_session("株式会社", "エンジニア")) == "2026-11-24"


@pytest.mark.parametrize("bad", ["../secret", "a/b", "/etc/passwd", ".hidden", "", "a\x00b", ".."])
def test_ids_cannot_name_files_outside_sessions(store: SessionStore, bad: str):
    with pytest.raises(StoreError):
        check_id(bad)
    with pytest.raises(StoreError):
        store.load(bad)


def test_examples_import_byte_for_byte_and_list(store: SessionStore):
    ids = [store.import_file(p) for p in example_files()]
    for session_id, source in zip(ids, example_files(), strict=True):
        assert store.path_for(session_id).read_bytes() == source.read_bytes()
    listing = store.list()
    assert sorted(s.id for s in listing.sessions) == sorted(ids)
    assert listing.broken == []


def test_broken_files_are_listed_and_left_untouched(store: SessionStore):
    store.create(make_session())
    store.sessions_dir.joinpath("broken.toml").write_bytes(b"schema = 1\n[candidate\n")
    store.sessions_dir.joinpath("latin1.toml").write_bytes(b'schema = 1\nname = "caf\xe9"\n')
    store.sessions_dir.joinpath("future.toml").write_bytes(b"schema = 9\n")
    invalid = b'schema = 1\n[candidate]\nname = ""\n[interview]\nformat = "video"\n'
    store.sessions_dir.joinpath("invalid.toml").write_bytes(invalid)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in store.sessions_dir.iterdir()}

    listing = store.list()

    assert len(listing.sessions) == 1
    reasons = {b.file.name: b.reason for b in listing.broken}
    assert reasons["broken.toml"].startswith("TOML: line 2, column 11:")
    assert (
        reasons["latin1.toml"]
        == "file: line 2: byte 0xe9 is not UTF-8 text; save the file as UTF-8"
    )
    assert "newer thankyou-tui" in reasons["future.toml"]
    assert [b.read_only for b in listing.broken if b.file.name == "future.toml"] == [True]
    assert reasons["invalid.toml"].startswith("candidate.name: is required")
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in store.sessions_dir.iterdir()}
    assert after == before


def test_import_rejects_invalid_files_without_copying(store: SessionStore, tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\n[interview]\nformat = "zoom"\n')
    with pytest.raises(SessionFileError) as err:
        store.import_file(bad)
    assert "interview.format" in str(err.value)
    assert store.ids() == []


def test_failed_write_leaves_old_file_intact(store: SessionStore, monkeypatch):
    stored = store.create(make_session())
    original = stored.path.read_bytes()
    stored.session.interview.role = "Changed"

    def explode(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "fsync", explode)
    with pytest.raises(OSError):
        store.save(stored)
    assert stored.path.read_bytes() == original
    assert [p.name for p in store.sessions_dir.iterdir()] == [stored.path.name]  # no temp left


def test_save_keeps_both_when_file_changed_on_disk(store: SessionStore):
    stored = store.create(make_session())
    path = stored.path
    hand_edit = path.read_text().replace("Staff Engineer", "Edited by hand")
    path.write_text(hand_edit)
    stored.session.interview.role = "Changed in app"

    result = store.save(stored)

    assert result.conflict
    assert path.read_text() == hand_edit
    assert result.path != path and result.path.parent == store.sessions_dir
    assert store.load(result.id).session.interview.role == "Changed in app"
    assert "left as it is" in result.message
    # Later saves go to the conflict copy, quietly.
    stored.session.interview.role = "Again"
    assert not store.save(stored).conflict
    assert path.read_text() == hand_edit


def test_second_copy_of_the_app_cannot_clobber_the_first(store: SessionStore):
    created = store.create(make_session())
    mine = store.load(created.id)
    theirs = store.load(created.id)
    mine.session.interview.role = "Mine"
    theirs.session.interview.role = "Theirs"
    assert not store.save(mine).conflict
    assert store.save(theirs).conflict
    roles = sorted(s.session.interview.role for s in store.list().sessions)
    assert roles == ["Mine", "Theirs"]


def test_trash_moves_file_and_is_recoverable(store: SessionStore):
    stored = store.create(make_session())
    data = stored.path.read_bytes()
    target = store.trash(stored.id)
    assert not stored.path.exists()
    assert target.parent == store.trash_dir and target.read_bytes() == data
    assert store.list().sessions == []


def test_missing_session_is_a_clear_error(store: SessionStore):
    with pytest.raises(StoreError, match="no session 'nope'"):
        store.load("nope")


def test_created_folders_are_private_even_with_loose_umask(data_dir: Path):
    old = os.umask(0)
    try:
        store = SessionStore(data_dir / "deep" / "er")
        stored = store.create(make_session())
    finally:
        os.umask(old)
    assert mode(store.root) == 0o700 and mode(stored.path) == 0o600


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_folder_is_reported_not_raised(store: SessionStore):
    store.create(make_session())
    store.sessions_dir.chmod(0o000)
    try:
        listing = store.list()
    finally:
        store.sessions_dir.chmod(0o700)
    assert listing.sessions == []
    assert "can't read this folder" in listing.broken[0].reason


def test_listing_survives_a_folder_that_cannot_be_listed(store: SessionStore, monkeypatch):
    store.create(make_session())

    def refuse(self: SessionStore) -> list[str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(SessionStore, "ids", refuse)
    listing = store.list()
    assert listing.sessions == []
    assert listing.broken[0].reason == (
        "can't read this folder (Permission denied); check its permissions"
    )


def test_a_slug_keeps_letters_that_have_no_accent_to_drop():
    """Round 8: "Grøn Byrum Landskab" had become "grn-byrum-landskab"."""
    assert slug("Grøn Byrum Landskab") == "gron-byrum-landskab"
    assert slug("Þórsson & Æbeltoft Straße") == "thorsson-aebeltoft-strasse"
    assert slug("Estúdio Marés") == "estudio-mares"
