"""The session index is a cache that is never wrong: after any change to the files, `list`
says what reading every file would say."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from thankyou_tui.data.index import INDEX_FILE, forget, head, rows
from thankyou_tui.data.store import SessionStore

from .conftest import FIXTURES
from .conftest import run_cli as cli

EXAMPLE = (FIXTURES / "examples" / "video-panel.toml").read_text("utf-8")


def fresh(store: SessionStore) -> list[object]:
    """What reading every file says, with no index."""
    forget(store.root)
    found = rows(store.root)
    forget(store.root)
    return found


def write(store: SessionStore, name: str, company: str) -> None:
    store.sessions_dir.mkdir(parents=True, exist_ok=True)
    (store.sessions_dir / f"{name}.toml").write_text(EXAMPLE.replace("Acme Robotics", company))


def test_the_index_follows_every_kind_of_change(data_dir: Path):
    store = SessionStore(data_dir)
    chance = random.Random(7)
    names = [f"s{n}" for n in range(8)]
    for name in names:
        write(store, name, f"Co {name}")
    for step in range(120):
        indexed = rows(store.root)  # builds or uses the index
        assert indexed == fresh(store), step
        rows(store.root)  # leave an index behind for the next change to go stale against
        name = chance.choice(names)
        path = store.sessions_dir / f"{name}.toml"
        action = chance.choice(["edit", "edit-same-size", "delete", "break", "add", "index"])
        if action == "edit":
            write(store, name, f"Co {name} {step}")
        elif action == "edit-same-size" and path.exists():
            text = path.read_text()
            path.write_text(text.replace("Co ", "Xo ", 1))  # same size, new mtime
        elif action == "delete":
            path.unlink(missing_ok=True)
        elif action == "break":
            path.write_text("schema = 1\n[candidate\n")
        elif action == "add":
            write(store, f"{name}-new{step}", "Added Co")
        elif action == "index":
            (data_dir / INDEX_FILE).write_text(chance.choice(["{", "[]", '{"version": 99}']))
    assert rows(store.root) == fresh(store)


def test_a_sync_that_replaces_a_file_is_seen_at_once(data_dir: Path):
    store = SessionStore(data_dir)
    write(store, "a", "First Co")
    assert rows(store.root)[0].company == "First Co"
    path = store.sessions_dir / "a.toml"
    stat = path.stat()
    replacement = store.sessions_dir / "incoming.tmp"
    replacement.write_text(EXAMPLE.replace("Acme Robotics", "Other Co")[: stat.st_size])
    os.utime(replacement, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same time
    os.replace(replacement, path)  # a new inode, as sync tools write
    assert rows(store.root)[0].company.startswith("Other")


def test_list_uses_the_index_and_is_the_same_with_or_without_it(data_dir: Path):
    cli("import", str(FIXTURES / "examples" / "video-panel.toml"))
    first = cli("list", "--json").stdout
    header, *entries = (data_dir / INDEX_FILE).read_text().splitlines()
    assert json.loads(header)["version"] == 2 and len(entries) == 1
    assert cli("list", "--json").stdout == first
    forget(data_dir)
    assert cli("list", "--json").stdout == first


async def test_the_home_screen_draws_from_the_index_and_finds_any_session(data_dir: Path):
    from textual.widgets import DataTable, Input

    from .test_app import SIZE, make_app, settle

    store = SessionStore(data_dir)
    for n in range(350):
        write(store, f"s{n:03d}", f"Company {n:03d}")
    rows(store.root)  # as a previous start leaves it
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#table", DataTable)
        assert table.row_count == 300
        assert "50 more" in str(app.screen.query_one("#more").render())
        await pilot.press("slash")
        app.screen.query_one("#search", Input).value = "company 349"
        await settle(pilot)
        assert table.row_count == 1
        assert not app.screen.query_one("#more").display


def test_the_head_of_the_index_is_the_listing_or_nothing(data_dir: Path):
    store = SessionStore(data_dir)
    for n in range(5):
        write(store, f"s{n}", f"Company {n}")
    assert head(store.root, 3) is None  # no index yet: the caller reads every file
    listed = rows(store.root)
    assert head(store.root, 3) == listed[:3]
    assert head(store.root, 50) == listed
    path = store.sessions_dir / f"{listed[1].id}.toml"
    path.write_text(path.read_text().replace("Company", "Other Co"))
    assert head(store.root, 3) is None  # a shown file changed: never a stale row
    rows(store.root)
    path.unlink()
    assert head(store.root, 3) is None  # nor a deleted one


async def test_a_first_frame_from_the_head_of_the_index_is_then_checked_against_every_file(
    data_dir: Path,
):
    """The first screenful comes from the head of the index; the full read right after it
    finds what changed behind the app's back further down the list."""
    from textual.widgets import DataTable

    from .test_app import make_app, settle

    store = SessionStore(data_dir)
    for n in range(60):
        write(store, f"s{n:03d}", f"Company {n:03d}")
    listed = rows(store.root)
    gone = listed[-1].id  # below the first screenful
    (store.sessions_dir / f"{gone}.toml").unlink()
    write(store, "late", "Arrived By Sync")
    app = make_app(data_dir)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        table = app.screen.query_one("#table", DataTable)
        keys = {key.value for key in table.rows}
        assert "late" in keys and gone not in keys
        assert table.row_count == 60
